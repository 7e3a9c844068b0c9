import http from 'node:http';
import { expect, test, type APIResponse } from '@playwright/test';
import { madeUpRelease } from './fixtures';
import { startOwnServer, type OwnServer } from './own-server';

// Servers of their own, with small allowances and a small quota, so that a test can reach them.
const servers: OwnServer[] = [];

async function serve(env: Record<string, string>): Promise<string> {
  const server = await startOwnServer(env);
  servers.push(server);
  return server.base;
}

test.afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

/** POSTs from a local address of our choosing (any 127.x.y.z is this machine): another client to the server. */
function postFrom(localAddress: string, url: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method: 'POST', localAddress, headers: { 'content-type': 'text/plain' } }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    request.on('error', reject);
    request.end(body);
  });
}

async function expectRefused(response: APIResponse, code: string, maxWait: number) {
  expect([response.status(), ((await response.json()) as { error: { code: string } }).error.code]).toEqual([code === 'storage_full' ? 507 : 429, code]);
  if (code !== 'storage_full') {
    const wait = Number(response.headers()['retry-after']);
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(maxWait);
  }
}

test('uploads, searches and wrong edit keys are limited per client, and a made-up X-Forwarded-For does not reset the count', async ({ playwright, page }) => {
  test.setTimeout(90_000);
  const base = await serve({ UPLOADS_PER_MINUTE: '3', SEARCHES_PER_MINUTE: '4', EDIT_KEY_FAILURES_PER_HOUR: '3' });
  const api = await playwright.request.newContext({ baseURL: base });
  const upload = (name: string, headers: Record<string, string> = {}) =>
    api.post(`/api/reports?name=${name}.txt`, { data: madeUpRelease(name), headers: { 'content-type': 'text/plain', ...headers } });

  const created = [];
  for (const name of ['Alpha Mills', 'Beta Mills', 'Gamma Mills']) {
    const response = await upload(name);
    expect(response.status()).toBe(201);
    created.push((await response.json()) as { id: string; editKey: string });
  }
  await expectRefused(await upload('Delta Mills'), 'too_many_uploads', 60);
  await expectRefused(await upload('Epsilon Mills', { 'x-forwarded-for': '203.0.113.77' }), 'too_many_uploads', 60);
  // Another address has its own allowance: the count is per client, not one for the server.
  expect(await postFrom('127.0.0.2', `${base}/api/reports?name=other.txt`, madeUpRelease('Other Address Mills'))).toBe(201);
  // The page says so too, file by file.
  await page.goto(`${base}/`);
  await page.getByLabel('Choose files').setInputFiles([
    { name: 'zeta.txt', mimeType: 'text/plain', buffer: Buffer.from(madeUpRelease('Zeta Mills')) },
    { name: 'eta.txt', mimeType: 'text/plain', buffer: Buffer.from(madeUpRelease('Eta Mills')) },
  ]);
  await expect(page.getByTestId('upload-row').filter({ hasText: 'zeta.txt' })).toContainText('Too many uploads from this address');

  // Listing is free; searching counts.
  for (let i = 0; i < 4; i++) expect((await api.get('/api/reports?q=mills')).status()).toBe(200);
  await expectRefused(await api.get('/api/reports?q=mills'), 'too_many_searches', 60);
  expect((await api.get('/api/reports')).status()).toBe(200);

  // Three wrong keys, then even the right one waits: guessing gets nowhere.
  const [{ id, editKey }] = created as [{ id: string; editKey: string }];
  for (let i = 0; i < 3; i++) expect((await api.get(`/reports/${id}/edit?key=wrong-${i}`, { maxRedirects: 0 })).status()).toBe(403);
  const locked = await api.get(`/reports/${id}/edit?key=${editKey}`, { maxRedirects: 0 });
  expect(locked.status()).toBe(429);
  expect(await locked.text()).toContain('Too many wrong edit keys');
  await expectRefused(await api.delete(`/api/reports/${id}`, { headers: { authorization: `Bearer ${editKey}` } }), 'too_many_edit_keys', 3600);
  await api.dispose();
});

test('past MAX_STORAGE_BYTES an upload is refused with the reason, from the API and from the page', async ({ playwright, page }) => {
  test.setTimeout(90_000);
  // A fresh database takes 128 KB; this leaves room for one small release, not for a 256 KB one.
  const base = await serve({ MAX_STORAGE_BYTES: String(300 * 1024) });
  const api = await playwright.request.newContext({ baseURL: base });
  expect((await api.post('/api/reports?name=small.txt', { data: madeUpRelease('Small Co'), headers: { 'content-type': 'text/plain' } })).status()).toBe(201);
  const large = `${madeUpRelease('Large Co')}\n${'Net sales rose in every region. '.repeat(8_000)}`;
  await expectRefused(await api.post('/api/reports?name=large.txt', { data: large, headers: { 'content-type': 'text/plain' } }), 'storage_full', 0);
  expect(((await (await api.get('/api/reports')).json()) as { total: number }).total).toBe(1);
  await api.dispose();

  await page.goto(`${base}/`);
  await page.getByLabel('Choose files').setInputFiles([{ name: 'large.txt', mimeType: 'text/plain', buffer: Buffer.from(large) }]);
  await expect(page.getByTestId('upload-row').filter({ hasText: 'large.txt' })).toContainText('The library is full');
});
