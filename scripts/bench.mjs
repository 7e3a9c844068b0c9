// `npm run bench`: install and build if needed, then run the measurements (scripts/bench/run.ts).
import path from 'node:path';
import { BIN, prepareOrExit, run } from './lib.mjs';

await prepareOrExit();
process.exit(await run(path.join(BIN, 'tsx'), [path.join('scripts', 'bench', 'run.ts')]));
