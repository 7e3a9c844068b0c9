// The whole-process baseline for the parse CLI: read each file, render it with html-to-text, print a JSON line.
import { readFileSync } from 'node:fs';
import { convert } from 'html-to-text';

for (const file of process.argv.slice(2)) {
  process.stdout.write(`${JSON.stringify({ file, text: convert(readFileSync(file, 'latin1'), { wordwrap: false }) })}\n`);
}
