// `npm run stress`: 50 clients uploading real releases at once against the production server,
// then the same burst with the server killed (kill -9) midway and restarted. Passes only if no
// request fails, every acknowledged upload can be read back, and the database is intact.
// STRESS_SECONDS (30) and STRESS_CLIENTS (50) change the load.
import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { freePort, percentile, prepareOrExit, ROOT, startServer, stopServer } from './lib.mjs';

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

/** CLIENTS loops posting uploads until `until()` says stop; every answer is recorded. */
async function burst(base, until) {
  const acknowledged = [];
  const failures = [];
  const latencies = [];
  async function client() {
    while (!until()) {
      const { name, bytes, sha256 } = upload();
      const started = performance.now();
      try {
        const response = await fetch(`${base}/api/reports?name=${encodeURIComponent(name)}`, {
          method: 'POST',
          body: bytes,
          headers: { 'content-type': 'application/octet-stream' },
        });
        const body = await response.json();
        latencies.push(performance.now() - started);
        if (response.status === 201) acknowledged.push({ id: body.id, sha256 });
        else failures.push(`${name}: HTTP ${response.status} ${JSON.stringify(body.error ?? body)}`);
      } catch (error) {
        failures.push(`${name}: ${error.cause?.code ?? error.message}`);
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
      `(${(acknowledged.length / SECONDS).toFixed(1)}/s), latency p50 ${percentile(latencies, 50).toFixed(0)} ms, ` +
      `p95 ${percentile(latencies, 95).toFixed(0)} ms; ${failures.length} errors; ${lost.length} not retrievable`,
  );
  for (const failure of failures.slice(0, 10)) console.log(`  error: ${failure}`);
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

await prepareOrExit();
try {
  const dir = mkdtempSync(path.join(tmpdir(), 'release-desk-stress-'));
  const loadOk = await loadPhase(await freePort(), path.join(dir, 'load.db'));
  const crashOk = await crashPhase(await freePort(), path.join(dir, 'crash.db'));
  console.log(loadOk && crashOk ? 'stress: passed' : 'stress: FAILED');
  process.exit(loadOk && crashOk ? 0 : 1);
} catch (error) {
  console.error(`stress: ${error.message}`);
  process.exit(1);
}
