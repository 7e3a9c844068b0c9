// Helpers for the start and test scripts. Node built-ins only: they run before `npm ci`.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(ROOT, 'node_modules', '.bin');

// Everything `next build` reads; tests and the scripts themselves are left out on purpose.
const BUILD_INPUTS = [
  'app', 'components', 'lib', 'public', 'instrumentation.ts', 'proxy.ts', 'next.config.js', 'postcss.config.mjs',
  'tsconfig.json', 'package.json', 'package-lock.json',
];
// Written after a successful build. Not .next/BUILD_ID: `next build` also rewrites tsconfig.json.
const BUILD_STAMP = path.join(ROOT, '.next', 'release-desk-build-stamp');

export const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };

/** Runs a command with inherited output; resolves with its exit code. */
export function run(command, args, options = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: 'inherit', env: baseEnv, ...options });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(`Could not run ${command}: ${error.message}`);
      resolve(1);
    });
  });
}

export function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return /\.test\.[cm]?[jt]sx?$/.test(target) ? 0 : stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** `npm ci` when node_modules is missing or older than the lockfile. */
/**
 * `entry` bundled by esbuild into one JavaScript file under node_modules/.cache/release-desk, built
 * again only when the parser's sources are newer. The parse CLI runs this way, and the bench times
 * the parser this way: bundled into one scope, as the app's production build runs it.
 */
export async function bundle(entry, name, options = {}) {
  const outfile = path.join(ROOT, 'node_modules', '.cache', 'release-desk', name);
  const inputs = ['lib', entry, 'tsconfig.json', 'package-lock.json'];
  const built = existsSync(outfile) ? statSync(outfile).mtimeMs : 0;
  if (built <= Math.max(...inputs.map((p) => newestMtime(path.resolve(ROOT, p))))) {
    const { build } = await import('esbuild');
    await build({ entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'bundle', logLevel: 'error', ...options });
  }
  return outfile;
}

export async function ensureDependencies() {
  const installed = path.join(ROOT, 'node_modules', '.package-lock.json');
  const lock = path.join(ROOT, 'package-lock.json');
  if (existsSync(installed) && statSync(installed).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('Installing dependencies (npm ci)…');
  const code = await run('npm', ['ci', '--no-audit', '--no-fund']);
  if (code !== 0) throw new Error(`npm ci failed with exit code ${code}`);
}

/** `next build` when there is no build or a source file changed since the last one. */
export async function buildIfStale() {
  const built = existsSync(BUILD_STAMP) ? statSync(BUILD_STAMP).mtimeMs : 0;
  const sources = Math.max(...BUILD_INPUTS.map((p) => newestMtime(path.join(ROOT, p))));
  if (built > sources) return;
  console.log(built ? 'Sources changed since the last build; rebuilding…' : 'Building the app…');
  const code = await run(path.join(BIN, 'next'), ['build']);
  if (code !== 0) throw new Error(`next build failed with exit code ${code}`);
  writeFileSync(BUILD_STAMP, new Date().toISOString());
}

/** Installs and builds what is missing, or exits with the reason: the first step of start, bench and stress. */
export async function prepareOrExit() {
  try {
    await ensureDependencies();
    await buildIfStale();
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

/** A TCP port nothing listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts the production server on `port` with the database at `databasePath`; resolves once it answers. */
export async function startServer(port, databasePath, extraEnv = {}) {
  const child = spawn(path.join(BIN, 'next'), ['start', '--port', String(port)], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...baseEnv, ...extraEnv, PORT: String(port), DATABASE_PATH: databasePath },
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/reports?pageSize=1`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the server did not answer within 60 s');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Stops a server started by startServer and waits for it to exit. */
export function stopServer(child, signal = 'SIGTERM') {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** The p-th percentile (nearest rank) of some numbers: stress and bench report latencies with it. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

// Command line tools that share the app's server-side modules: "react-server" lets those load
// outside Next; the database drivers stay packages (better-sqlite3 is native code).
const TOOL_BUNDLE = {
  conditions: ['react-server'],
  external: ['better-sqlite3', 'pg-native'],
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
};

/**
 * Installs what is missing, bundles a TypeScript tool (scripts/NAME.ts) and the storing thread it
 * starts (lib/reports/store-worker.ts, beside it) when their sources changed, and runs the tool.
 */
export async function runTool(name) {
  await ensureDependencies();
  await bundle(path.join(ROOT, 'lib', 'reports', 'store-worker.ts'), 'store-worker.mjs', TOOL_BUNDLE);
  const { pathToFileURL } = await import('node:url');
  await import(pathToFileURL(await bundle(path.join(ROOT, 'scripts', `${name}.ts`), `${name}.mjs`, TOOL_BUNDLE)).href);
}
