// `npm run worker`: scripts/worker.ts, bundled with its parser thread (scripts/lib.mjs runTool).
import { runTool } from './lib.mjs';

await runTool('worker');
