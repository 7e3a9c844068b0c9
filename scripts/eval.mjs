// `npm run eval`: scores the parser against the team's gold facts in ../shared/eval, then counts
// how many lexicon entries occur in only one corpus company's documents.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { BIN, ROOT, run } from './lib.mjs';

const scorer = path.join(ROOT, '..', 'shared', 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.error(`No scorer at ${scorer}: clone the team's shared/ folder beside this project to run the evaluation.`);
  process.exit(2);
}
const scored = await run(process.execPath, [scorer, ...process.argv.slice(2)]);
// How general the lexicon is: entries that only one company's documents use were likely learned from them.
const coverage = await run(path.join(BIN, 'tsx'), [path.join(ROOT, 'scripts', 'lexicon-coverage.ts'), ...(process.argv.includes('--verbose') ? ['--verbose'] : [])]);
process.exit(scored || coverage);
