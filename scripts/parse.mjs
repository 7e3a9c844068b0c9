// `npm run --silent parse -- FILE...`: runs scripts/parse-cli.ts as one JavaScript bundle, built by
// esbuild when the parser's sources are newer than it. Stdout carries the JSON lines only.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, ROOT } from './lib.mjs';

await import(pathToFileURL(await bundle(path.join(ROOT, 'scripts', 'parse-cli.ts'), 'parse-cli.mjs')).href);
