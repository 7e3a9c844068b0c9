import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A production server of a spec's own: where it is, and how to stop it. */
export type OwnServer = { base: string; stop: () => Promise<void> };

/**
 * Starts `next start` on a free port with `env` and a fresh SQLite file (unless `env` names a
 * DATABASE_URL), for settings the suite's shared server does not have. The scripts' helpers are ES
 * modules, which a spec loads as such at run time.
 */
export async function startOwnServer(env: Record<string, string> = {}): Promise<OwnServer> {
  const { freePort, startServer, stopServer } = await import('../scripts/lib.mjs');
  const port = await freePort();
  const child = await startServer(port, path.join(mkdtempSync(path.join(tmpdir(), 'release-desk-own-')), 'own.db'), env);
  return { base: `http://127.0.0.1:${port}`, stop: () => stopServer(child) };
}
