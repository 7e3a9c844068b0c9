// `npm test`: install what is missing (npm packages, Debian's chromium and postgresql), then
// typecheck, lint, unit tests (the storage contract on SQLite and on a throwaway Postgres cluster)
// and end-to-end tests, ending with one line: "N passed, N failed".
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BIN, baseEnv, buildIfStale, ensureDependencies, run } from './lib.mjs';
import { ensurePostgres } from './postgres.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const reports = mkdtempSync(path.join(tmpdir(), 'release-desk-test-'));
const tally = { passed: 0, failed: 0 };

async function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`${CHROMIUM} is missing. Install Debian's "chromium" package (sudo apt-get install chromium).`);
  }
  console.log('Installing Debian chromium for the end-to-end tests…');
  const apt = { env: { ...baseEnv, DEBIAN_FRONTEND: 'noninteractive' } };
  if ((await run('apt-get', ['update', '-qq'], apt)) !== 0 || (await run('apt-get', ['install', '-y', '-qq', 'chromium'], apt)) !== 0) {
    throw new Error('apt-get could not install chromium.');
  }
}

/** A step that is one check: it passes or fails as a whole. */
async function check(name, command, args) {
  console.log(`\n▶ ${name}`);
  const ok = (await run(command, args)) === 0;
  tally[ok ? 'passed' : 'failed'] += 1;
  if (!ok) console.log(`✗ ${name} failed`);
}

/** A step whose JSON report counts its tests; a run that wrote no report counts as one failure. */
async function suite(name, command, args, reportFile, count, env = {}) {
  console.log(`\n▶ ${name}`);
  const code = await run(command, args, { env: { ...baseEnv, ...env } });
  let counts = null;
  try {
    counts = count(JSON.parse(readFileSync(reportFile, 'utf8')));
  } catch {
    counts = null;
  }
  if (!counts) {
    tally.failed += 1;
    console.log(`✗ ${name} produced no report (exit code ${code})`);
    return;
  }
  tally.passed += counts.passed;
  tally.failed += counts.failed;
  if (code !== 0 && counts.failed === 0) tally.failed += 1; // e.g. a crash after the tests ran
}

try {
  await ensureDependencies();
  await ensureChromium();
  // Without DATABASE_URL the storage tests start a Postgres cluster of their own.
  if (!process.env.DATABASE_URL) await ensurePostgres();
} catch (error) {
  console.error(error.message);
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

await check('typecheck', 'sh', ['-c', `"${BIN}/next" typegen && "${BIN}/tsc" --noEmit`]);
await check('lint', path.join(BIN, 'eslint'), ['--max-warnings=0', '.']);

const unitReport = path.join(reports, 'unit.json');
await suite('unit tests', path.join(BIN, 'vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile=${unitReport}`], unitReport,
  (r) => ({ passed: r.numPassedTests, failed: r.numFailedTests }));

let built = true;
try {
  console.log('\n▶ production build');
  await buildIfStale();
} catch (error) {
  console.error(error.message);
  built = false;
  tally.failed += 1;
}
if (built) {
  const e2eReport = path.join(reports, 'e2e.json');
  await suite('end-to-end tests', path.join(BIN, 'playwright'), ['test', '--reporter=list,json'], e2eReport,
    (r) => ({ passed: r.stats.expected, failed: r.stats.unexpected + r.stats.flaky }),
    { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport });
}

console.log(`\n${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed === 0 ? 0 : 1);
