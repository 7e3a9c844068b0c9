// `npm run ingest -- PATH...`: installs what is missing, bundles scripts/ingest.ts and the parser
// thread (lib/reports/parse-worker.ts) beside it with esbuild when their sources changed, and runs
// it. "react-server" lets the server-side modules it shares with the app load outside Next; the
// database drivers stay packages (better-sqlite3 is native code).
import path from 'node:path';
import { bundle, ensureDependencies, ROOT } from './lib.mjs';

await ensureDependencies();
const options = { conditions: ['react-server'], external: ['better-sqlite3', 'pg-native'], banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" } };
await bundle(path.join(ROOT, 'lib', 'reports', 'parse-worker.ts'), 'parse-worker.mjs', options);
const { pathToFileURL } = await import('node:url');
await import(pathToFileURL(await bundle(path.join(ROOT, 'scripts', 'ingest.ts'), 'ingest.mjs', options)).href);
