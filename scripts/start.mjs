// `npm start`: install what is missing, build if stale, serve on PORT (3000) with SQLite under data/.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { baseEnv, BIN, prepareOrExit, ROOT } from './lib.mjs';

await prepareOrExit();

const port = process.env.PORT ?? '3000';
const server = spawn(path.join(BIN, 'next'), ['start', '--port', port], { cwd: ROOT, stdio: 'inherit', env: baseEnv });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
