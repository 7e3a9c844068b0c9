import 'server-only';
import os from 'node:os';
import path from 'node:path';
import * as z from 'zod';

const EnvSchema = z.object({
  /** A Postgres database for a team (postgres://…): several app servers share it. Unset: SQLite at DATABASE_PATH. */
  DATABASE_URL: z.string().regex(/^postgres(?:ql)?:\/\//, 'a postgres:// URL').optional(),
  /** Where the SQLite file lives; created with its folder on first use. */
  DATABASE_PATH: z.string().min(1).default(path.join(process.cwd(), 'data', 'release-desk.db')),
  /**
   * Releases the server parses at once, each in a thread of its own: a slow one then holds one
   * thread, not every upload behind it. Default: two, or one on a one-core machine.
   */
  PARSE_THREADS: z.coerce.number().int().min(1).max(64).default(Math.min(2, os.availableParallelism())),
  /** How long one release may take to parse before it is stored unread ("could not be read in time"). */
  PARSE_BUDGET_MS: z.coerce.number().int().min(100).max(600_000).default(20_000),
  /** Set ("true") behind a reverse proxy: only then are X-Forwarded-Host and -Proto believed. */
  TRUST_PROXY: z.stringbool().default(false),
  /**
   * Whose reports the library lists: "team" (everyone's, the default) or "private" (only those this
   * browser uploaded or opened an edit link for). Report links open for whoever has them either way.
   */
  LIBRARY: z.enum(['team', 'private']).default('team'),
  /** Files one client (address) may upload per minute; 0 turns the limit off. */
  UPLOADS_PER_MINUTE: z.coerce.number().int().min(0).default(120),
  /** Library searches one client may make per minute; 0 turns the limit off. */
  SEARCHES_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  /** Wrong edit keys one client may try per hour before it must wait; 0 turns the limit off. */
  EDIT_KEY_FAILURES_PER_HOUR: z.coerce.number().int().min(0).default(30),
  /** How long an ingestion job may run before the queue gives it to another worker (its worker died). */
  INGEST_JOB_EXPIRE_SECONDS: z.coerce.number().int().min(2).max(3600).default(60),
  /** The most bytes the database may take; uploads past it are refused. Unset: no quota. */
  MAX_STORAGE_BYTES: z.coerce.number().int().min(1).optional(),
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
