// `npm run stress`: 50 clients uploading real releases at once against the production server,
// then the same burst with the server killed (kill -9) midway and restarted, with another process
// holding the database's write lock, and with the database on a disk that fills up. Passes only if
// no request fails but with "storage unavailable" where the store cannot write, every acknowledged
// upload can be read back, and the database is intact.
// STRESS_SECONDS (30) and STRESS_CLIENTS (50) change the load.
import { createHash, randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { freePort, percentile, prepareOrExit, ROOT, startServer, stopServer } from './lib.mjs';
import { postgresBin, startCluster } from './postgres.mjs';

const SECONDS = Number(process.env.STRESS_SECONDS ?? 30);
const CLIENTS = Number(process.env.STRESS_CLIENTS ?? 50);
// Every client posts from this machine's one address: the per-client upload limit is off here.
const SERVER_ENV = { UPLOADS_PER_MINUTE: '0' };
const CORPUS = path.join(ROOT, '..', 'shared', 'corpus', 'releases');

const releases = readdirSync(CORPUS).sort().map((name) => ({ name, bytes: readFileSync(path.join(CORPUS, name)) }));

/** A real release made unique (a line appended), so every upload is a new report. */
function upload() {
  const release = releases[Math.floor(Math.random() * releases.length)];
  const bytes = Buffer.concat([release.bytes, Buffer.from(`\n[stress ${randomUUID()}]\n`)]);
  return { name: release.name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

// A few releases every client of a team phase also posts as they are: the same bytes at once.
const SHARED = releases.slice(0, 5).map((r) => ({ name: r.name, bytes: r.bytes, sha256: createHash('sha256').update(r.bytes).digest('hex') }));

/**
 * CLIENTS loops posting uploads until `until()` says stop; every answer is recorded. `base` is
 * the server, or a function giving each client its server; with `shared`, one upload in five is
 * one of a few files every client posts (the same bytes at once).
 */
async function burst(base, until, { shared = false } = {}) {
  const acknowledged = [];
  const failures = [];
  const latencies = [];
  async function client(_, index) {
    const server = typeof base === 'function' ? base(index) : base;
    while (!until()) {
      const { name, bytes, sha256 } = shared && Math.random() < 0.2 ? SHARED[Math.floor(Math.random() * SHARED.length)] : upload();
      const started = performance.now();
      try {
        const response = await fetch(`${server}/api/reports?name=${encodeURIComponent(name)}`, {
          method: 'POST',
          body: bytes,
          headers: { 'content-type': 'application/octet-stream' },
        });
        const body = await response.json();
        latencies.push({ at: Date.now(), ms: performance.now() - started });
        if (response.status === 201) acknowledged.push({ id: body.id, sha256, at: Date.now(), server });
        else failures.push({ server, status: response.status, code: body.error?.code ?? null, text: `${name}: HTTP ${response.status} ${JSON.stringify(body.error ?? body)}` });
      } catch (error) {
        failures.push({ server, status: 0, code: null, text: `${name}: ${error.cause?.code ?? error.message}` });
      }
    }
  }
  await Promise.all(Array.from({ length: CLIENTS }, client));
  return { acknowledged, failures, latencies };
}

/** Which acknowledged uploads the server cannot give back with the same bytes' sha256. */
async function missing(base, acknowledged) {
  const lost = [];
  for (let i = 0; i < acknowledged.length; i += 25) {
    await Promise.all(
      acknowledged.slice(i, i + 25).map(async ({ id, sha256 }) => {
        const response = await fetch(`${base}/api/reports/${id}`);
        const body = response.ok ? await response.json() : null;
        if (body?.sha256 !== sha256) lost.push(id);
      }),
    );
  }
  return lost;
}

function integrity(databasePath) {
  const db = new Database(databasePath, { readonly: true });
  try {
    return db.pragma('integrity_check', { simple: true });
  } finally {
    db.close();
  }
}

async function loadPhase(port, databasePath) {
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(port, databasePath, SERVER_ENV);
  const deadline = Date.now() + SECONDS * 1000;
  const { acknowledged, failures, latencies } = await burst(base, () => Date.now() > deadline);
  const lost = await missing(base, acknowledged);
  await stopServer(server);
  console.log(
    `load: ${CLIENTS} clients, ${SECONDS} s: ${acknowledged.length} uploads acknowledged ` +
      `(${(acknowledged.length / SECONDS).toFixed(1)}/s), latency p50 ${percentile(latencies.map((l) => l.ms), 50).toFixed(0)} ms, ` +
      `p95 ${percentile(latencies.map((l) => l.ms), 95).toFixed(0)} ms; ${failures.length} errors; ${lost.length} not retrievable`,
  );
  for (const failure of failures.slice(0, 10)) console.log(`  error: ${failure.text}`);
  return failures.length === 0 && lost.length === 0 && acknowledged.length > 0;
}

async function crashPhase(port, databasePath) {
  const base = `http://127.0.0.1:${port}`;
  let server = await startServer(port, databasePath, SERVER_ENV);
  let killed = false;
  const killAt = Date.now() + Math.min(10, SECONDS / 2) * 1000;
  const killer = (async () => {
    while (Date.now() < killAt) await new Promise((resolve) => setTimeout(resolve, 100));
    await stopServer(server, 'SIGKILL');
    killed = true;
  })();
  // Keep posting until the kill; requests cut off by it fail, as they should.
  const { acknowledged } = await burst(base, () => killed);
  await killer;
  const check = integrity(databasePath);
  server = await startServer(port, databasePath, SERVER_ENV);
  const lost = await missing(base, acknowledged);
  await stopServer(server);
  console.log(
    `crash: kill -9 after ${acknowledged.length} acknowledged uploads; integrity_check: ${check}; ` +
      `${lost.length} acknowledged uploads missing after restart`,
  );
  return check === 'ok' && lost.length === 0 && acknowledged.length > 0;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const LOCK_MS = 3000;

/**
 * Another process holds the database's write lock for LOCK_MS while the clients keep posting:
 * uploads meanwhile must answer 503 storage_unavailable at once (no hung requests, no other
 * error), uploads after it must succeed again, and nothing acknowledged may be lost.
 */
async function lockedPhase(port, databasePath) {
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(port, databasePath, SERVER_ENV);
  const lockFrom = Date.now() + 2000;
  const lockUntil = lockFrom + LOCK_MS;
  const holder = (async () => {
    await sleep(lockFrom - Date.now());
    const db = new Database(databasePath);
    db.exec('BEGIN EXCLUSIVE');
    await sleep(lockUntil - Date.now());
    db.exec('ROLLBACK');
    db.close();
  })();
  const { acknowledged, failures, latencies } = await burst(base, () => Date.now() > lockUntil + 2000);
  await holder;
  const unexpected = failures.filter((f) => f.status !== 503 || f.code !== 'storage_unavailable');
  const inLock = (l) => l.at >= lockFrom && l.at <= lockUntil + 1000;
  const slowest = Math.max(0, ...latencies.filter(inLock).map((l) => l.ms));
  // Held requests would pile up behind the lock; answered ones take what uploads take under this load anyway.
  const usual = percentile(latencies.filter((l) => !inLock(l)).map((l) => l.ms), 95);
  const after = acknowledged.some((a) => a.at > lockUntil);
  const lost = await missing(base, acknowledged);
  const check = integrity(databasePath);
  await stopServer(server);
  console.log(
    `locked: ${LOCK_MS / 1000} s write lock held by another process: ${failures.length - unexpected.length} answered 503 storage_unavailable, ` +
      `slowest answer meanwhile ${slowest.toFixed(0)} ms (p95 outside it ${usual.toFixed(0)} ms); ${unexpected.length} other errors; ${acknowledged.length} acknowledged, ` +
      `${lost.length} missing; integrity_check: ${check}`,
  );
  for (const failure of unexpected.slice(0, 5)) console.log(`  error: ${failure.text}`);
  return unexpected.length === 0 && failures.length > 0 && slowest < 2 * usual && after && lost.length === 0 && check === 'ok';
}

/** A small RAM disk at `dir` (tmpfs), or false where this process may not mount one (not root). */
function smallDisk(dir, megabytes) {
  if (process.getuid?.() !== 0) return false;
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${megabytes}m`, 'tmpfs', dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The database on a disk that fills up under the clients' uploads: uploads must answer 503
 * storage_unavailable (no 500, no hang), and once space is freed they must succeed again, with
 * every acknowledged upload readable and the database intact. Null when no small disk can be made.
 */
async function fullDiskPhase(port, dir) {
  mkdirSync(dir, { recursive: true });
  if (!smallDisk(dir, 6)) return null;
  const filler = path.join(dir, 'filler');
  writeFileSync(filler, Buffer.alloc(2 * 1024 * 1024));
  const base = `http://127.0.0.1:${port}`;
  const databasePath = path.join(dir, 'full.db');
  const server = await startServer(port, databasePath, SERVER_ENV);
  try {
    const filling = await burst(base, ((end) => () => Date.now() > end)(Date.now() + 8000));
    const listed = await fetch(`${base}/api/reports?pageSize=1`);
    rmSync(filler);
    const freed = await burst(base, ((end) => () => Date.now() > end)(Date.now() + 3000));
    const acknowledged = [...filling.acknowledged, ...freed.acknowledged];
    const failures = [...filling.failures, ...freed.failures];
    const full = failures.filter((f) => f.status === 503 && f.code === 'storage_unavailable');
    const unexpected = failures.filter((f) => !full.includes(f));
    const lost = await missing(base, acknowledged);
    await stopServer(server);
    const check = integrity(databasePath);
    console.log(
      `full disk: ${filling.acknowledged.length} uploads fit, then ${full.length} answered 503 storage_unavailable; the library still answered ${listed.status}; ` +
        `after freeing space ${freed.acknowledged.length} more acknowledged; ${unexpected.length} other errors; ${lost.length} acknowledged uploads missing; integrity_check: ${check}`,
    );
    for (const failure of unexpected.slice(0, 5)) console.log(`  error: ${failure.text}`);
    return full.length > 0 && unexpected.length === 0 && listed.ok && freed.acknowledged.length > 0 && lost.length === 0 && check === 'ok';
  } finally {
    if (server.exitCode === null) await stopServer(server);
    execFileSync('umount', [dir]);
  }
}

/**
 * A team's setup: two app servers on one Postgres (a throwaway cluster), the clients split over
 * them, some posting the same bytes at once. No request may fail, each file has one first report,
 * and every acknowledged upload reads back from both servers; then one server is killed (kill -9)
 * mid-burst: nothing it acknowledged is lost. Null when Postgres is not installed.
 */
async function teamsPhase() {
  if (!postgresBin()) return null;
  const cluster = await startCluster();
  const ports = [await freePort(), await freePort()];
  const servers = [];
  try {
    for (const port of ports) servers.push(await startServer(port, '/nonexistent/unused.db', { ...SERVER_ENV, DATABASE_URL: cluster.url }));
    const bases = ports.map((port) => `http://127.0.0.1:${port}`);
    const seconds = Math.min(SECONDS, 20);
    const load = await burst((i) => bases[i % 2], ((end) => () => Date.now() > end)(Date.now() + seconds * 1000), { shared: true });
    const lost = [...(await missing(bases[0], load.acknowledged)), ...(await missing(bases[1], load.acknowledged))];
    const db = new pg.Client({ connectionString: cluster.url });
    await db.connect();
    const doubled = (await db.query('SELECT sha256 FROM reports WHERE copy_of IS NULL GROUP BY sha256 HAVING count(*) > 1')).rowCount;
    console.log(
      `teams: ${CLIENTS} clients over 2 servers on one Postgres, ${seconds} s (1 upload in 5 the same bytes at once): ` +
        `${load.acknowledged.length} acknowledged, ${load.failures.length} errors, ${lost.length} not readable from both servers, ${doubled} files with two first reports`,
    );
    for (const failure of load.failures.slice(0, 5)) console.log(`  error: ${failure.text}`);

    let killed = false;
    const killer = (async () => {
      await new Promise((resolve) => setTimeout(resolve, 5000));
      await stopServer(servers[1], 'SIGKILL');
      killed = true;
    })();
    const crash = await burst((i) => bases[i % 2], ((end) => () => Date.now() > end)(Date.now() + 10_000), { shared: true });
    await killer;
    const crashLost = await missing(bases[0], crash.acknowledged);
    const survivorErrors = crash.failures.filter((f) => f.server === bases[0]);
    await db.end();
    console.log(
      `teams, kill -9 of one server mid-burst: ${crash.acknowledged.length} acknowledged (by both), ${crashLost.length} missing on the other; ` +
        `${survivorErrors.length} errors from the surviving server${killed ? '' : ' (the kill did not happen)'}`,
    );
    return load.failures.length === 0 && lost.length === 0 && doubled === 0 && load.acknowledged.length > 0 && crashLost.length === 0 && survivorErrors.length === 0;
  } finally {
    for (const server of servers) if (server.exitCode === null && server.signalCode === null) await stopServer(server);
    cluster.stop();
  }
}

await prepareOrExit();
try {
  const dir = mkdtempSync(path.join(tmpdir(), 'release-desk-stress-'));
  const loadOk = await loadPhase(await freePort(), path.join(dir, 'load.db'));
  const crashOk = await crashPhase(await freePort(), path.join(dir, 'crash.db'));
  const lockedOk = await lockedPhase(await freePort(), path.join(dir, 'locked.db'));
  const fullOk = await fullDiskPhase(await freePort(), path.join(dir, 'small-disk'));
  if (fullOk === null) console.log('full disk: NOT RUN: mounting a small disk (tmpfs) needs root');
  const teamsOk = await teamsPhase();
  if (teamsOk === null) console.log('teams: NOT RUN: Postgres is not installed (npm test installs it)');
  const ok = loadOk && crashOk && lockedOk && fullOk !== false && teamsOk !== false;
  console.log(ok ? 'stress: passed' : 'stress: FAILED');
  process.exit(ok ? 0 : 1);
} catch (error) {
  console.error(`stress: ${error.message}`);
  process.exit(1);
}
