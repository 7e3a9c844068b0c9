import { PostgresReportStore } from './postgres';
import type { ReportStore } from './report-store';
import { SqliteReportStore } from './sqlite';

/**
 * The ReportStore the settings name: Postgres at DATABASE_URL when set, else SQLite at DATABASE_PATH.
 * `ownThread`: for a worker thread that serves nothing else (lib/reports/store-worker.ts).
 */
export function openStore({ DATABASE_URL, DATABASE_PATH }: { DATABASE_URL?: string; DATABASE_PATH: string }, { ownThread = false } = {}): ReportStore {
  return DATABASE_URL ? new PostgresReportStore(DATABASE_URL) : new SqliteReportStore(DATABASE_PATH, { ownThread });
}
