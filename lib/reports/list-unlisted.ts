import 'server-only';
import { listingOf } from '@/lib/report/listing';
import { getStore } from '@/lib/storage';
import { loadReport } from './load-report';

const BATCH = 100;

/**
 * Gives every parsed report its library row: reports stored before the library existed have none.
 * Runs at server start; each report is read (and re-parsed if stale) once.
 */
export async function listUnlistedReports(): Promise<number> {
  const store = getStore();
  let listed = 0;
  for (let ids = await store.listUnlisted(BATCH); ids.length > 0; ids = await store.listUnlisted(BATCH)) {
    for (const id of ids) {
      const loaded = await loadReport(id);
      // A report that no longer parses gets an empty row, so it is not picked again.
      await store.updateListing(id, loaded?.release ? listingOf(loaded.release) : { company: null, ticker: null, releaseDate: null, headline: null, period: null, yearEnd: null, figures: [] });
      listed++;
    }
  }
  return listed;
}
