import 'server-only';
import { env } from '@/lib/env';
import type { ReportStore } from './report-store';
import { SqliteReportStore } from './sqlite';

export { TEAM_LIBRARY, type LibraryScope, type ReportStore } from './report-store';

// Next may load this module once per route bundle; one connection per process is enough.
const holder = globalThis as typeof globalThis & { releaseDeskStore?: ReportStore };

/** The app's ReportStore (SQLite at DATABASE_PATH), opened and migrated on first use. */
export function getStore(): ReportStore {
  holder.releaseDeskStore ??= new SqliteReportStore(env().DATABASE_PATH);
  return holder.releaseDeskStore;
}
