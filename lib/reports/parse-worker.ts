// The parser in a worker thread of its own (lib/reports/parse-off-thread.ts starts it): a slow
// release parses here while the server goes on answering other requests.
import { parentPort } from 'node:worker_threads';
import { parseRelease } from '@/lib/parse';

parentPort!.on('message', ({ id, bytes }: { id: number; bytes: Uint8Array }) => {
  try {
    parentPort!.postMessage({ id, parsed: parseRelease(bytes) });
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) });
  }
});
