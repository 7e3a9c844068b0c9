import 'server-only';
import path from 'node:path';
import * as z from 'zod';

const EnvSchema = z.object({
  /** Where the SQLite file lives; created with its folder on first use. */
  DATABASE_PATH: z.string().min(1).default(path.join(process.cwd(), 'data', 'release-desk.db')),
  /** How long one release may take to parse before it is stored unread ("could not be read in time"). */
  PARSE_BUDGET_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  /** Set ("true") behind a reverse proxy: only then are X-Forwarded-Host and -Proto believed. */
  TRUST_PROXY: z.stringbool().default(false),
  /**
   * Whose reports the library lists: "team" (everyone's, the default) or "private" (only those this
   * browser uploaded or opened an edit link for). Report links open for whoever has them either way.
   */
  LIBRARY: z.enum(['team', 'private']).default('team'),
});

export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

/** The validated environment, read once per process. */
export function env(): Env {
  if (!cached) {
    const parsed = EnvSchema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`Invalid environment: ${z.prettifyError(parsed.error)}`);
    }
    cached = parsed.data;
  }
  return cached;
}
