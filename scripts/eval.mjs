// `npm run eval`: scores the parser against the team's gold facts in ../shared/eval.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ROOT, run } from './lib.mjs';

const scorer = path.join(ROOT, '..', 'shared', 'eval', 'score.mjs');
if (!existsSync(scorer)) {
  console.error(`No scorer at ${scorer}: clone the team's shared/ folder beside this project to run the evaluation.`);
  process.exit(2);
}
process.exit(await run(process.execPath, [scorer, ...process.argv.slice(2)]));
