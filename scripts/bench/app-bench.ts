// App measurements for `npm run bench`: upload→report in Chromium, and the library with 10,000 reports.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { parseRelease, PARSER_VERSION } from '../../lib/parse';
import { sniffRelease } from '../../lib/parse/sniff';
import { listingOf } from '../../lib/report/listing';
import type { ReportStore } from '../../lib/storage/report-store';
import { maxOf } from '../../lib/arrays';
import { percentile, ROOT } from './stats';
import { hashSecret, newSecret } from '../../lib/secrets';
import { packParse } from '../../lib/storage/packed-parse';

const SAMPLE = readFileSync(path.join(ROOT, 'public', 'samples', 'american-locker-2005.txt'));

export type Latency = { p50: number; p95: number; runs: number };

const latency = (times: number[]): Latency => ({ p50: percentile(times, 50), p95: percentile(times, 95), runs: times.length });

/** Drops a fresh copy of the sample on the page and waits until its report shows its text; `runs` times. */
export async function benchUploadToReport(base: string, runs: number): Promise<Latency> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage();
  const times: number[] = [];
  try {
    for (let i = -2; i < runs; i++) {
      await page.goto(`${base}/`);
      const buffer = Buffer.concat([SAMPLE, Buffer.from(`\n[bench ${Date.now()}-${i}]\n`)]);
      const start = performance.now();
      await page.getByLabel('Choose files').setInputFiles({ name: 'american-locker-2005.txt', mimeType: 'text/plain', buffer });
      await page.waitForURL(/\/reports\/[A-Za-z0-9_-]{22}$/);
      await page.getByTestId('release-text').getByText('consolidated net sales of').first().waitFor();
      if (i >= 0) times.push(performance.now() - start); // the first two warm the server up
    }
  } finally {
    await browser.close();
  }
  return latency(times);
}

/**
 * Library requests, one after another, while a 9 MB release that parses for seconds uploads: the
 * parser works in its own thread, so the server answers them meanwhile.
 */
export async function benchBesideSlowUpload(base: string): Promise<{ slowestMs: number; requests: number; uploadMs: number }> {
  const tangled = `Tangle Corp. results\n${'\t1\t2\t3'.repeat(Math.floor((9 * 1024 * 1024) / 6))}`;
  const started = performance.now();
  let done = false;
  const upload = fetch(`${base}/api/reports?name=tangled.txt`, { method: 'POST', body: tangled, headers: { 'content-type': 'text/plain' } }).then(async (r) => {
    await r.arrayBuffer();
    done = true;
    return performance.now() - started;
  });
  // The body's upload and storage take the server's own thread; time the requests after it is in.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const times: number[] = [];
  while (!done) {
    const start = performance.now();
    await (await fetch(`${base}/api/reports?pageSize=5`)).arrayBuffer();
    times.push(performance.now() - start);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { slowestMs: maxOf(times, 0), requests: times.length, uploadMs: await upload };
}

/** The corpus releases of 40 KB or less: what the library benches fill their stores with. */
export function smallReleases(): Buffer[] {
  const dir = path.join(ROOT, '..', 'shared', 'corpus', 'releases');
  return readdirSync(dir)
    .map((name) => path.join(dir, name))
    .filter((file) => statSync(file).size <= 40_000)
    .map((file) => readFileSync(file));
}

/** Fills a store with `count` reports: the small releases in turn, each made unique, parsed and stored as an upload is. */
export async function seedReports(store: ReportStore, count: number): Promise<void> {
  const small = smallReleases();
  for (let i = 0; i < count; i++) {
    const bytes = new Uint8Array(Buffer.concat([small[i % small.length]!, Buffer.from(`\n[library ${i}]\n`)]));
    const parsed = parseRelease(bytes);
    const sniffed = sniffRelease(bytes);
    await store.saveReport({
      fileName: `release-${i}.txt`,
      bytes,
      format: sniffed.ok ? sniffed.format : 'text',
      parserVersion: PARSER_VERSION,
      parsed: packParse(parsed),
      listing: listingOf(parsed),
      searchText: parsed.text,
      editKeyHash: hashSecret(newSecret()),
    });
  }
}

const LIBRARY_REQUESTS: Record<string, string> = {
  'home page (HTML)': '/',
  'library, newest first': '/api/reports',
  'library, page 400': '/api/reports?page=400',
  'library by release date': '/api/reports?sort=release_date',
  'search "USPS"': '/api/reports?q=USPS',
  'search "net sales"': '/api/reports?q=net%20sales',
  // The home page's view: a row per company, its newest releases beneath.
  'by company': '/api/reports?group=company',
  'by company, released in 2005': '/api/reports?group=company&year=2005',
  'one company (ALGIE)': '/api/reports?company=algie',
};

/** Time to answer each library request, `runs` times each, one at a time. */
export async function benchLibrary(base: string, runs: number): Promise<Record<string, Latency>> {
  return benchRequests(base, LIBRARY_REQUESTS, runs);
}

/** Each request `runs` times after three to warm up: its latencies. */
export async function benchRequests(base: string, requests: Record<string, string>, runs: number): Promise<Record<string, Latency>> {
  const results: Record<string, Latency> = {};
  for (const [label, url] of Object.entries(requests)) {
    const times: number[] = [];
    for (let i = -3; i < runs; i++) {
      const start = performance.now();
      const response = await fetch(`${base}${url}`);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      if (i >= 0) times.push(performance.now() - start);
    }
    results[label] = latency(times);
  }
  return results;
}
