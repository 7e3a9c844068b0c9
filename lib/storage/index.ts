import 'server-only';
import { env } from '@/lib/env';
import { openStore } from './open-store';
import type { ReportStore } from './report-store';

export { TEAM_LIBRARY, type LibraryScope, type ReportStore } from './report-store';

// Next may load this module once per route bundle; one connection per process is enough.
const holder = globalThis as typeof globalThis & { releaseDeskStore?: ReportStore };

/** The app's ReportStore: Postgres at DATABASE_URL when it is set, else SQLite at DATABASE_PATH; opened on first use. */
export function getStore(): ReportStore {
  holder.releaseDeskStore ??= openStore(env());
  return holder.releaseDeskStore;
}
