// Vitest's global setup: a Postgres server for the storage contract tests. DATABASE_URL names one
// (its user must be able to create databases); else a throwaway cluster runs for the test run.
import { ensurePostgres, startCluster } from './postgres.mjs';

export default async function setup(project) {
  if (process.env.DATABASE_URL) {
    project.provide('postgresUrl', process.env.DATABASE_URL);
    return undefined;
  }
  await ensurePostgres();
  const cluster = await startCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
