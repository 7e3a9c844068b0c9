import { writeFileSync } from 'node:fs';
import http from 'node:http';
import { expect, test } from '@playwright/test';
import { countDialogs, FIFTY_MB, hostileFiles, madeUpRelease } from './fixtures';
import { HomePage } from './pages/home-page';
import { ReportPage } from './pages/report-page';

const asText = (name: string, buffer: Buffer) => ({ name, mimeType: name.endsWith('.htm') ? 'text/html' : 'text/plain', buffer });

test('through the page: each bad file gets its message, odd but readable files become reports, nothing runs', async ({ page }) => {
  test.setTimeout(90_000);
  const { refused, accepted } = hostileFiles();
  const home = new HomePage(page);
  await home.goto();
  const dialogs = countDialogs(page);
  await home.chooseFiles([...refused, ...accepted].map((f) => asText(f.name, f.buffer)));
  await expect(home.results).toContainText(`${refused.length + accepted.length} of ${refused.length + accepted.length} files processed`, { timeout: 60_000 });
  for (const f of refused) await expect(home.row(f.name)).toContainText(f.message);
  for (const f of accepted) await expect(home.row(f.name)).toContainText('Open report');

  // The same file again opens the report it already has.
  await home.chooseFiles([asText(accepted[1]!.name, accepted[1]!.buffer), asText('xi.txt', Buffer.from(madeUpRelease('Xi Corp')))]);
  await expect(home.row(accepted[1]!.name)).toContainText('Uploaded before: this is your own copy');

  // The hostile HTML report: its words shown, its scripts, frames, handlers and links gone.
  await home.row(accepted[1]!.name).getByRole('link').click();
  const report = new ReportPage(page);
  await report.expectReport(accepted[1]!.name, accepted[1]!.excerpt);
  await expect(report.text).not.toContainText('alert');
  await expect(page.locator('iframe')).toHaveCount(0);
  await expect(page.locator('[href^="javascript:"], [onerror]')).toHaveCount(0);
  const csp = (await page.request.get(page.url())).headers()['content-security-policy'] ?? '';
  expect(csp).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
  expect(scriptSrc).not.toContain('unsafe-inline');
  expect(dialogs()).toBe(0);

  for (const [i, f] of [accepted[0]!, accepted[2]!, accepted[3]!].entries()) {
    await home.goto();
    await home.chooseFiles([asText(f.name, f.buffer), asText(`other-${i}.txt`, Buffer.from(madeUpRelease(`Other ${i}`)))]);
    await home.row(f.name).getByRole('link').click();
    await report.expectReport(f.name, f.excerpt);
  }
});

test('through the page: a 50 MB file and 1,001 files at once are refused before anything is sent', async ({ page, request }, testInfo) => {
  const huge = testInfo.outputPath('huge.txt');
  writeFileSync(huge, Buffer.alloc(FIFTY_MB, 0x61));
  const home = new HomePage(page);
  await home.goto();
  let posts = 0;
  page.on('request', (r) => {
    if (r.method() === 'POST') posts += 1;
  });
  await page.getByLabel('Choose files').setInputFiles(huge);
  await expect(home.row('huge.txt')).toContainText('larger than 10 MB');
  await home.chooseFiles(Array.from({ length: 1001 }, (_, i) => asText(`overflow-${i}.txt`, Buffer.from(madeUpRelease(`Zyxwarble ${i}`)))));
  await expect(page.getByTestId('upload-error')).toHaveText('Drop at most 1000 files at once. A folder of more loads with npm run ingest.');
  expect(posts).toBe(0);
  const stored = (await (await request.get('/api/reports?q=zyxwarble&pageSize=100')).json()) as { total: number };
  expect(stored.total).toBe(0);
});

test('through the API: the same files get the same answers as JSON', async ({ request }) => {
  test.setTimeout(60_000);
  const { refused, accepted } = hostileFiles();
  const before = (await (await request.get('/api/reports?pageSize=1')).json()) as { total: number };
  for (const f of refused) {
    const response = await request.post(`/api/reports?name=${f.name}`, { data: f.buffer, headers: { 'content-type': 'application/octet-stream' } });
    expect(response.status(), f.name).toBe(f.status);
    expect((await response.json()).error.code).toBe(f.code);
  }
  for (const f of accepted) {
    const response = await request.post(`/api/reports?name=${f.name}`, { data: f.buffer, headers: { 'content-type': 'application/octet-stream' } });
    expect(response.status(), f.name).toBe(201);
    const { id } = await response.json();
    const report = await (await request.get(`/api/reports/${id}`)).json();
    expect(report.parsed.text).toContain(f.excerpt);
    expect(report.parsed.text).not.toContain('alert(');
  }
  const again = await request.post(`/api/reports?name=again.htm`, { data: accepted[1]!.buffer, headers: { 'content-type': 'text/html' } });
  expect(again.status()).toBe(201);
  expect((await again.json()).copyOf).toEqual(expect.any(String));

  // A word no other test's release holds, to look for afterwards.
  const word = `Multi${Date.now().toString(36)}`;
  const form = new FormData();
  for (let i = 0; i < 50; i++) form.append('file', new Blob([madeUpRelease(`${word} ${i}`)]), `multi-${i}.txt`);
  const many = await request.post('/api/reports', { multipart: form });
  expect(many.status()).toBe(400);
  expect((await many.json()).error.code).toBe('one_file_per_request');

  const after = (await (await request.get('/api/reports?pageSize=1')).json()) as { total: number };
  expect(after.total).toBeGreaterThanOrEqual(before.total + accepted.length);
  expect((await (await request.get(`/api/reports?q=${word}`)).json()).total).toBe(0);
});

test('through the API: a 50 MB upload is answered 413 before the server reads it all', async ({ baseURL }) => {
  const url = new URL('/api/reports?name=huge.txt', baseURL);
  const chunk = Buffer.alloc(1024 * 1024, 0x61);
  const result = await new Promise<{ status: number; sentWhenAnswered: number }>((resolve, reject) => {
    let sent = 0;
    const req = http.request(url, { method: 'POST', headers: { 'content-type': 'text/plain', 'content-length': FIFTY_MB } });
    req.on('response', (res) => {
      const answered = sent;
      res.resume();
      req.destroy();
      resolve({ status: res.statusCode ?? 0, sentWhenAnswered: answered });
    });
    req.on('error', (error) => (sent >= FIFTY_MB ? undefined : reject(error)));
    // Send slowly enough that an early answer can be seen.
    const pump = () => {
      if (sent >= FIFTY_MB || req.destroyed) return;
      sent += chunk.length;
      req.write(chunk, () => setTimeout(pump, 5));
    };
    pump();
  });
  expect(result.status).toBe(413);
  expect(result.sentWhenAnswered).toBeLessThan(FIFTY_MB / 2);
});

test('a release that cannot be parsed in time is stored unread with a clear report, and the server answers other requests meanwhile', async ({ request }) => {
  test.setTimeout(60_000);
  // 9 MB of tab-separated figures: it parses in linear time, but for longer than the 5 s budget the test server is given.
  const tangled = Buffer.from(`Tangle Corp. results\n${'\t1\t2\t3'.repeat(Math.floor((9 * 1024 * 1024) / 6))}`);
  const started = Date.now();
  const upload = request.post('/api/reports?name=tangled.txt', { data: tangled, headers: { 'content-type': 'text/plain' }, timeout: 60_000 });
  // While it parses, other requests are answered at once.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const before = Date.now();
  expect((await request.get('/api/reports?pageSize=1')).status()).toBe(200);
  expect(Date.now() - before).toBeLessThan(1000);
  const response = await upload;
  expect(response.status()).toBe(201);
  expect(Date.now() - started).toBeGreaterThanOrEqual(5000);
  const { id } = await response.json();
  const report = await (await request.get(`/api/reports/${id}`)).json();
  expect([report.parseFailure, report.parsed]).toEqual(['timed_out', null]);
  const page = await request.get(`/reports/${id}`);
  expect(await page.text()).toContain('could not be read in time');
  expect((await (await request.get(`/api/reports/${id}/original`)).body()).equals(tangled)).toBe(true);
});
