// The parser in a worker thread of its own (lib/reports/parse-pool.ts starts it): a slow release
// parses here while the server goes on answering other requests.
import { parseForStore } from './parse-for-store';
import { answerJobs } from './thread-pool';

answerJobs(({ bytes, keep }: { bytes: Uint8Array; keep: boolean }) => parseForStore(bytes, keep));
