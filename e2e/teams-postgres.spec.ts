import { expect, test } from '@playwright/test';
import pg from 'pg';
import { madeUpRelease, ownSample } from './fixtures';
import { HomePage } from './pages/home-page';
import { startOwnServer, type OwnServer } from './own-server';

// A team's setup: two app servers on one Postgres database (a throwaway cluster of this test's own).
let cluster: { url: string; stop: () => void; pause: () => void; resume: () => void };
const servers: OwnServer[] = [];
const bases: string[] = [];
// The tests share the servers (and their spent upload allowance) in order.
test.describe.configure({ mode: 'serial' });
let storedId = '';

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const { startCluster } = await import('../scripts/postgres.mjs');
  cluster = await startCluster();
  for (let i = 0; i < 2; i++) {
    // Rate limits count across the servers: three uploads a minute from one address, whichever server takes them.
    servers.push(await startOwnServer({ DATABASE_URL: cluster.url, UPLOADS_PER_MINUTE: '3' }));
    bases.push(servers[i]!.base);
  }
});

test.afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  cluster?.stop();
});

test('two app servers on one Postgres serve the same reports, library, corrections, edit links and rate limits', async ({ playwright, browser }) => {
  test.setTimeout(90_000);
  const [a, b] = [await playwright.request.newContext({ baseURL: bases[0] }), await playwright.request.newContext({ baseURL: bases[1] })];

  // An upload on one server is a report on the other at once, in its library and its search.
  const created = await a.post('/api/reports?name=american-locker.txt', { data: ownSample(), headers: { 'content-type': 'text/plain' } });
  expect(created.status()).toBe(201);
  const { id, editKey } = (await created.json()) as { id: string; editKey: string };
  storedId = id;
  const onB = (await (await b.get(`/api/reports/${id}`)).json()) as { corrected: { metrics: { key: string; metric: string; value: number }[] } };
  const revenue = onB.corrected.metrics.find((m) => m.metric === 'revenue')!;
  expect(revenue.value).toBe(49023417);
  expect(((await (await b.get('/api/reports?q=usps')).json()) as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([id]);

  // A correction through one server shows through the other.
  const corrected = await b.post(`/api/reports/${id}/corrections`, {
    data: { factKey: revenue.key, kind: 'metric', action: 'edit', value: '49,000,000', reason: 'rounded in the analyst model' },
    headers: { authorization: `Bearer ${editKey}` },
  });
  expect(corrected.status()).toBe(201);
  const onA = (await (await a.get(`/api/reports/${id}`)).json()) as { corrected: { metrics: { key: string; value: number }[] } };
  expect(onA.corrected.metrics.find((m) => m.key === revenue.key)!.value).toBe(49000000);

  // An edit link opened through server B gives edit rights on server A's pages: rights live in the database.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${bases[1]}/reports/${id}/edit?key=${editKey}`);
  await page.goto(`${bases[0]}/reports/${id}`);
  await expect(page.getByTestId('edit-rights')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('American Locker Group');
  await context.close();

  // Two more uploads, one on each server, spend the allowance of three; the fourth is refused on either.
  for (const [client, name] of [[b, 'Beta'], [a, 'Gamma']] as const) {
    expect((await client.post(`/api/reports?name=${name}.txt`, { data: madeUpRelease(`${name} Team Corp`), headers: { 'content-type': 'text/plain' } })).status()).toBe(201);
  }
  const refused = await b.post('/api/reports?name=delta.txt', { data: madeUpRelease('Delta Team Corp'), headers: { 'content-type': 'text/plain' } });
  expect([refused.status(), ((await refused.json()) as { error: { code: string } }).error.code]).toEqual([429, 'too_many_uploads']);
  await Promise.all([a.dispose(), b.dispose()]);
});

test('Postgres stopped under the servers: requests answer 503 storage_unavailable at once, and the servers reconnect by themselves', async ({ playwright }) => {
  test.setTimeout(90_000);
  const a = await playwright.request.newContext({ baseURL: bases[0] });
  const b = await playwright.request.newContext({ baseURL: bases[1] });
  const id = storedId;
  cluster.pause();
  try {
    for (const [client, request] of [[a, () => a.get('/api/reports')], [b, () => b.get(`/api/reports/${id}`)]] as const) {
      const started = Date.now();
      const response = await request();
      expect([response.status(), ((await response.json()) as { error: { code: string } }).error.code], String(client)).toEqual([503, 'storage_unavailable']);
      expect(response.headers()['retry-after']).toBe('30');
      expect(Date.now() - started).toBeLessThan(6000);
    }
  } finally {
    cluster.resume();
  }
  // Back: both servers answer again without a restart, and what was acknowledged is there.
  await expect.poll(async () => (await b.get(`/api/reports/${id}`)).status(), { timeout: 15_000 }).toBe(200);
  await expect.poll(async () => (await a.get('/api/reports?q=usps')).status(), { timeout: 15_000 }).toBe(200);
  expect(((await (await a.get('/api/reports?q=usps')).json()) as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([id]);
  await Promise.all([a.dispose(), b.dispose()]);
});

test('reports an older parser read are queued for the team and read again by a server, whichever one shows them', async ({ playwright, page }) => {
  test.setTimeout(90_000);
  const a = await playwright.request.newContext({ baseURL: bases[0] });
  const id = storedId;
  const current = ((await (await a.get(`/api/reports/${id}`)).json()) as { parserVersion: string }).parserVersion;
  // As if an older parser had written it: its facts stay, its version is an old one.
  const db = new pg.Client({ connectionString: cluster.url });
  await db.connect();
  try {
    await db.query("UPDATE reports SET parser_version = '0.0.1' WHERE id = $1", [id]);

    // Server B shows the stored reading at once and queues the report; a server reads it again.
    await page.goto(`${bases[1]}/reports/${id}`);
    await expect(page.getByTestId('stale-parse')).toContainText('read by an older parser (0.0.1)');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('American Locker Group');
    // Watched in the database: a view through the API would queue the report again.
    await expect.poll(async () => (await db.query('SELECT parser_version FROM reports WHERE id = $1', [id])).rows[0].parser_version, { timeout: 30_000 }).toBe(current);
    // The page and its client fetch may each queue the report while its first job runs (one waiting
    // beside one running is the queue's policy); a later job finds it read and does nothing. Every
    // job ends completed, none failed or left waiting.
    const jobStates = async () =>
      (await db.query("SELECT state FROM pgboss.job WHERE name = 'release-desk-reparse' AND data->>'reportId' = $1", [id])).rows.map((r: { state: string }) => r.state);
    await expect.poll(async () => [...new Set(await jobStates())], { timeout: 30_000 }).toEqual(['completed']);
    expect((await jobStates()).length).toBeLessThanOrEqual(2);
  } finally {
    await db.end();
  }
  // The correction made earlier is still applied to the new reading.
  const onA = (await (await a.get(`/api/reports/${id}`)).json()) as { corrected: { metrics: { metric: string; value: number }[] } };
  expect(onA.corrected.metrics.find((m) => m.metric === 'revenue')!.value).toBe(49000000);
  await page.goto(`${bases[0]}/reports/${id}`);
  await expect(page.getByTestId('stale-parse')).toHaveCount(0);
  await a.dispose();
});

test('a large batch dropped on one server\'s page waits out the upload limit and is read by the team\'s queue; the other servers list it', async ({ playwright, page }) => {
  test.setTimeout(180_000);
  // A third server on the same database, allowing twenty uploads a minute: the batch of 22 goes over it.
  const third = await startOwnServer({ DATABASE_URL: cluster.url, UPLOADS_PER_MINUTE: '20' });
  servers.push(third);
  const files = Array.from({ length: 22 }, (_, i) => ({ name: `team-batch-${i}.txt`, mimeType: 'text/plain', buffer: Buffer.from(madeUpRelease(`Team Batch ${i} Corp`)) }));
  await page.goto(`${third.base}/`);
  const home = new HomePage(page);
  await home.chooseFiles(files);
  await expect(home.results).toContainText('Over the upload limit', { timeout: 30_000 });
  await expect(page.getByTestId('upload-summary')).toHaveText('22 of 22 files processed', { timeout: 150_000 });
  await expect(home.row('team-batch-21.txt')).toContainText('Team Batch 21 Corp');
  // Read by the team's queue, in the library of every server.
  const a = await playwright.request.newContext({ baseURL: bases[0] });
  const { items } = (await (await a.get('/api/reports?q=team%20batch&pageSize=50')).json()) as { items: { fileName: string; listing: { company: string | null } | null }[] };
  expect(items.map((i) => i.fileName).sort()).toEqual(files.map((f) => f.name).sort());
  expect(items.filter((i) => !i.listing?.company?.startsWith('Team Batch '))).toEqual([]);
  await a.dispose();
});
