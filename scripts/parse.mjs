// `npm run --silent parse -- FILE...`: runs scripts/parse-cli.ts as one JavaScript bundle, built by
// esbuild when the parser's sources are newer than it. Stdout carries the JSON lines only.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { newestMtime, ROOT } from './lib.mjs';

const ENTRY = path.join(ROOT, 'scripts', 'parse-cli.ts');
const BUNDLE = path.join(ROOT, 'node_modules', '.cache', 'release-desk', 'parse-cli.mjs');
const INPUTS = ['lib', ENTRY, 'tsconfig.json', 'package-lock.json'];

const built = existsSync(BUNDLE) ? statSync(BUNDLE).mtimeMs : 0;
if (built <= Math.max(...INPUTS.map((p) => newestMtime(path.resolve(ROOT, p))))) {
  const { build } = await import('esbuild');
  await build({ entryPoints: [ENTRY], outfile: BUNDLE, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'bundle', logLevel: 'error' });
}
await import(pathToFileURL(BUNDLE).href);
