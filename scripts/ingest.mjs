// `npm run ingest -- PATH...`: scripts/ingest.ts, bundled with its parser thread (scripts/lib.mjs runTool).
import { runTool } from './lib.mjs';

await runTool('ingest');
