// The measurements behind `npm run bench`, printed with their targets (see README, Performance).
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundle, freePort, startServer, stopServer } from '../lib.mjs';
import { benchBesideSlowUpload, benchLibrary, benchRequests, benchUploadToReport, seedReports, type Latency } from './app-bench';
import { seedPostgresLibrary } from './postgres-library';
import { SqliteReportStore } from '../../lib/storage/sqlite';
import { benchCli, largestFile, type AdversarialResult, type CorpusResult } from './parse-bench';
import { benchIngest } from './ingest-bench';
import { postgresBin, startCluster } from '../postgres.mjs';
import { ROOT } from './stats';

const LIBRARY_REPORTS = Number(process.env.BENCH_LIBRARY_REPORTS ?? 10_000);
// The figure: at a thousand, each thread's warm-up (its own JIT) weighed on the scaling measured.
const INGEST_FILES = Number(process.env.BENCH_INGEST_FILES ?? 5_000);
const PG_LIBRARY_REPORTS = Number(process.env.BENCH_PG_LIBRARY_REPORTS ?? 100_000);
// The team library's requests the issue names; "lockerr" is a typo no release holds.
const PG_LIBRARY_REQUESTS: Record<string, string> = {
  'home page (HTML)': '/',
  'newest first': '/api/reports',
  'page 4,000': '/api/reports?page=4000',
  'by release date': '/api/reports?sort=release_date',
  'search "USPS"': '/api/reports?q=USPS',
  'typo search "lockerr"': '/api/reports?q=lockerr',
};

function line(label: string, value: string, target: string, ok: boolean | null) {
  console.log(`${label.padEnd(44)} ${value.padEnd(30)} ${target.padEnd(16)} ${ok === null ? '' : ok ? 'ok' : 'MISSED'}`);
}

const ms = (x: number) => `${x.toFixed(x < 10 ? 2 : 0)} ms`;
const lat = (l: Latency) => `p50 ${ms(l.p50)}, p95 ${ms(l.p95)}`;

async function withServer<T>(databasePath: string, work: (base: string) => Promise<T>): Promise<T> {
  const port = await freePort();
  const server = await startServer(port, databasePath);
  try {
    return await work(`http://127.0.0.1:${port}`);
  } finally {
    await stopServer(server);
  }
}

type ParseMeasures = { corpus: CorpusResult; seed: number; adversarial: AdversarialResult[] };

/**
 * The parser's measurements, in a process of their own that runs the parser bundled into one
 * scope as the app's production build does; and the seed's time through the TypeScript loader,
 * whose module-by-module form reads every export through a getter, for reference.
 */
async function parseMeasures(): Promise<{ bundled: ParseMeasures; loaderSeed: number }> {
  const entry = path.join(ROOT, 'scripts', 'bench', 'parse-measures.ts');
  const options = { encoding: 'utf8' as const, cwd: ROOT, env: { ...process.env, RELEASE_DESK_ROOT: ROOT }, maxBuffer: 1 << 26 };
  const bundled = JSON.parse(execFileSync(process.execPath, [await bundle(entry, 'bench-parse.mjs')], options)) as ParseMeasures;
  const loaded = JSON.parse(execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [entry, 'seed'], options)) as { seed: number };
  return { bundled, loaderSeed: loaded.seed };
}

async function main() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`Release Desk bench, ${new Date().toISOString().slice(0, 10)}: ${cpu}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.type()} ${os.release()}\n`);
  console.log(`${'measure'.padEnd(44)} ${'result'.padEnd(30)} ${'target'.padEnd(16)}`);

  const { bundled, loaderSeed } = await parseMeasures();
  const { corpus } = bundled;
  line(`parse ${corpus.files} corpus files (${corpus.megabytes.toFixed(1)} MB), per file`, `p50 ${ms(corpus.p50)}, p95 ${ms(corpus.p95)}`, '', null);
  line('  throughput', `${(corpus.megabytes / (corpus.totalParse / 1000)).toFixed(1)} MB/s`, '', null);
  line('  slowest file', corpus.slowest, '', null);
  const ratio = corpus.totalParse / corpus.totalBaseline;
  line('  vs html-to-text on the same bytes', `${ratio.toFixed(2)}× (${ms(corpus.totalParse)} / ${ms(corpus.totalBaseline)})`, '≤ 3×', ratio <= 3);

  const cli = benchCli();
  line('  whole process: parse CLI vs html-to-text CLI', `${cli.ratio.toFixed(2)}× (${ms(cli.cliMs)} / ${ms(cli.baselineMs)})`, '≤ 2×', cli.ratio <= 2);

  const { seed } = bundled;
  line('seed release (American Locker), median', ms(seed), '≤ 2 ms', seed <= 2);
  line('  the same through the TypeScript loader (tsx)', ms(loaderSeed), '', null);

  const rss = JSON.parse(
    execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'scripts', 'bench', 'peak-rss.ts'), largestFile()], { encoding: 'utf8' }),
  ) as { file: string; peakRssMb: number };
  line(`peak RSS parsing the largest (${path.basename(rss.file)})`, `${rss.peakRssMb.toFixed(0)} MB`, '≤ 300 MB', rss.peakRssMb <= 300);

  for (const a of bundled.adversarial) {
    // Linear time grows 10× from 1 MB to 10 MB; allow timing noise up to 12×.
    line(`10 MB adversarial: ${a.name}`, `${ms(a.largeMs)} (${a.growth.toFixed(1)}× the 1 MB time)`, 'linear (≤ 12×)', a.growth <= 12);
  }

  const dir = mkdtempSync(path.join(os.tmpdir(), 'release-desk-bench-'));
  const upload = await withServer(path.join(dir, 'upload.db'), (base) => benchUploadToReport(base, 20));
  line('upload → report visible (Chromium, 20 runs)', lat(upload), 'p95 ≤ 1 s', upload.p95 <= 1000);
  const beside = await withServer(path.join(dir, 'beside.db'), (base) => benchBesideSlowUpload(base));
  line('a request while a 9 MB tangle parses (slowest)', `${ms(beside.slowestMs)} of ${beside.requests}; upload ${ms(beside.uploadMs)}`, '< 500 ms', beside.slowestMs < 500);

  // Ingestion: 1 and every core's parser threads, SQLite and (where Postgres is installed) Postgres.
  const cluster = postgresBin() ? await startCluster() : null;
  try {
    const rates = await benchIngest(INGEST_FILES, cluster?.url ?? null);
    for (const engine of ['SQLite', 'Postgres'] as const) {
      const [one, all] = [rates.find((r) => r.engine === engine && r.threads === 1), rates.find((r) => r.engine === engine && r.threads === os.availableParallelism())];
      if (!one || !all) {
        line(`ingest ${INGEST_FILES} files, ${engine}`, 'not run (no Postgres)', '', null);
        continue;
      }
      line(`ingest ${INGEST_FILES} files, ${engine}, 1 thread`, `${one.perSecond.toFixed(1)}/s (${one.seconds.toFixed(0)} s)`, '', null);
      const target = 0.8 * all.threads * one.perSecond;
      line(`ingest ${INGEST_FILES} files, ${engine}, ${all.threads} threads`, `${all.perSecond.toFixed(1)}/s (${(all.perSecond / one.perSecond).toFixed(2)}× one)`, `≥ ${target.toFixed(1)}/s`, all.perSecond >= target);
    }
  } finally {
    cluster?.stop();
  }

  const seeded = performance.now();
  const seeding = new SqliteReportStore(path.join(dir, 'library.db'));
  try {
    await seedReports(seeding, LIBRARY_REPORTS);
  } finally {
    await seeding.close();
  }
  console.log(`\n(seeded ${LIBRARY_REPORTS} reports in ${((performance.now() - seeded) / 1000).toFixed(0)} s)`);
  const library = await withServer(path.join(dir, 'library.db'), (base) => benchLibrary(base, 50));
  for (const [label, l] of Object.entries(library)) line(`${label}, ${LIBRARY_REPORTS} reports`, lat(l), 'p95 ≤ 100 ms', l.p95 <= 100);

  // The library of a team on Postgres, at BENCH_PG_LIBRARY_REPORTS reports.
  if (!postgresBin()) {
    line('library on Postgres', 'not run (no Postgres)', '', null);
    return;
  }
  const pgCluster = await startCluster();
  try {
    const started = performance.now();
    await seedPostgresLibrary(pgCluster.url, PG_LIBRARY_REPORTS);
    console.log(`\n(seeded ${PG_LIBRARY_REPORTS} reports on Postgres in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
    const port = await freePort();
    const server = await startServer(port, path.join(dir, 'unused.db'), { DATABASE_URL: pgCluster.url, SEARCHES_PER_MINUTE: '0' });
    try {
      const pgLibrary = await benchRequests(`http://127.0.0.1:${port}`, PG_LIBRARY_REQUESTS, 30);
      for (const [label, l] of Object.entries(pgLibrary)) line(`Postgres: ${label}, ${PG_LIBRARY_REPORTS} reports`, lat(l), 'p95 ≤ 100 ms', l.p95 <= 100);
    } finally {
      await stopServer(server);
    }
  } finally {
    pgCluster.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
