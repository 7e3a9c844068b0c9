// `npm run bench`: install and build if needed, then run the measurements (scripts/bench/run.ts).
import path from 'node:path';
import { BIN, buildIfStale, ensureDependencies, run } from './lib.mjs';

try {
  await ensureDependencies();
  await buildIfStale();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
process.exit(await run(path.join(BIN, 'tsx'), [path.join('scripts', 'bench', 'run.ts')]));
