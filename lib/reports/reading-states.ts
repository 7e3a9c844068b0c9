import 'server-only';
import { PARSER_VERSION } from '@/lib/parse';
import { getStore } from '@/lib/storage';
import { reportPath } from './ingest-release';

/** Where a report of a batch stands: waiting for its reading, read (with its company), or stored unread. */
export type ReadingState = { id: string; url: string; state: 'waiting' | 'read' | 'unread'; company: string | null };

/** The reading of each of these reports, as a page following a large batch shows it. */
export async function readingStates(ids: string[]): Promise<ReadingState[]> {
  const states = await getStore().listStates(ids);
  return states.map(({ id, parserVersion, parseFailure, company }) => ({
    id,
    url: reportPath(id),
    // Read by an older parser, or by none yet: this one reads it in the background.
    state: parserVersion !== PARSER_VERSION ? 'waiting' : parseFailure ? 'unread' : 'read',
    company,
  }));
}
