// The parse CLI: one JSON line per file, as ../shared/eval/README.md specifies. `npm run parse` runs
// it bundled (scripts/parse.mjs), so no TypeScript is compiled when it starts.
import { readFileSync } from 'node:fs';
import { parseRelease } from '../lib/parse';

function errorLine(file: string, code: string, message: string): string {
  return JSON.stringify({ file, error: { code, message } });
}

for (const file of process.argv.slice(2)) {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (error) {
    process.stdout.write(`${errorLine(file, 'unreadable', (error as Error).message)}\n`);
    continue;
  }
  try {
    process.stdout.write(`${JSON.stringify({ file, ...parseRelease(bytes) })}\n`);
  } catch (error) {
    process.stdout.write(`${errorLine(file, 'parse_failed', (error as Error).message)}\n`);
  }
}
