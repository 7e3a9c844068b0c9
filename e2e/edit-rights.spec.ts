import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { madeUpRelease, ownSample } from './fixtures';
import { HomePage } from './pages/home-page';
import { ReportPage } from './pages/report-page';

type Created = { id: string; url: string; editKey: string; editUrl: string };

test('through the API, correcting and deleting need the edit key; others get 403', async ({ playwright, baseURL }) => {
  // A client without cookies: the uploader's browser cookie would grant the right on its own.
  const request = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const uploader = await playwright.request.newContext({ baseURL });
  const created = await uploader.post('/api/reports?name=omicron.txt', { data: madeUpRelease('Omicron Corp'), headers: { 'content-type': 'text/plain' } });
  expect(created.status()).toBe(201);
  const { id, editKey, editUrl } = (await created.json()) as Created;
  expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/); // 16 random bytes: 128 bits
  expect(editKey).toMatch(/^[A-Za-z0-9_-]{22}$/);
  expect(editUrl).toBe(`${baseURL}/reports/${id}/edit?key=${editKey}`);
  // The uploader's browser cookie opens the report's page for editing, never its API: a page of
  // another site could make the browser send the cookie there (CSRF).
  expect((await uploader.storageState()).cookies.map((c) => c.name)).toContain('release_desk_editor');
  const viaCookie = await uploader.post(`/api/reports/${id}/corrections`, { data: { factKey: 'k', kind: 'metric', action: 'dismiss', reason: 'cookie only' } });
  expect(viaCookie.status()).toBe(403);
  expect((await uploader.delete(`/api/reports/${id}`)).status()).toBe(403);
  // And a correction is JSON: what a cross-site form can send (text/plain, form data) is refused.
  const asText = await uploader.post(`/api/reports/${id}/corrections`, { data: '{"action":"dismiss"}', headers: { 'content-type': 'text/plain', authorization: `Bearer ${editKey}` } });
  expect([asText.status(), (await asText.json()).error.code]).toEqual([415, 'json_required']);
  await uploader.dispose();

  const report = await (await request.get(`/api/reports/${id}`)).json();
  const revenue = report.corrected.metrics[0];
  const correction = { factKey: revenue.key, kind: 'metric', action: 'edit', value: '12,000,000', reason: 'typo in the release' };
  const post = (headers: Record<string, string>) => request.post(`/api/reports/${id}/corrections`, { data: correction, headers });

  expect((await post({})).status()).toBe(403);
  expect((await post({ authorization: 'Bearer not-the-key-aaaaaaaaaaa' })).status()).toBe(403);
  // A key of as many characters but not ASCII (more bytes): refused, not a server error.
  expect((await post({ authorization: `Bearer ${'é'.repeat(editKey.length)}` })).status()).toBe(403);
  expect((await request.delete(`/api/reports/${id}`)).status()).toBe(403);
  expect((await request.delete(`/api/reports/${id}`, { headers: { authorization: 'Bearer wrong' } })).status()).toBe(403);

  const ok = await post({ authorization: `Bearer ${editKey}` });
  expect(ok.status()).toBe(201);
  expect((await ok.json()).correction).toMatchObject({ action: 'edit', before: { value: 12345678 }, after: { value: 12000000 } });
  const after = await (await request.get(`/api/reports/${id}`)).json();
  expect(after.corrected.metrics[0].value).toBe(12000000);
  expect(after.parsed.metrics[0].value).toBe(12345678); // the parser's result is kept

  // Adding a fact needs words of the release as its source; a revert only undoes the latest correction first.
  const bearer = { authorization: `Bearer ${editKey}` };
  const adding = { kind: 'event', action: 'add', type: 'order', reason: 'missed order' };
  const outside = await request.post(`/api/reports/${id}/corrections`, { data: { ...adding, sourceStart: 0, sourceEnd: 10_000_000 }, headers: bearer });
  expect([outside.status(), (await outside.json()).error.code]).toEqual([400, 'no_source_selected']);
  const added = await request.post(`/api/reports/${id}/corrections`, { data: { ...adding, sourceStart: 0, sourceEnd: 12 }, headers: bearer });
  expect(added.status()).toBe(201);
  expect((await added.json()).correction).toMatchObject({ action: 'add', before: null, after: { type: 'order', rule: 'analyst/added', source: { start: 0, end: 12 } } });
  const first = (await ok.json()).correction.id;
  const undo = await request.post(`/api/reports/${id}/corrections`, { data: { kind: 'metric', action: 'revert', reverts: first, reason: 'back to the release' }, headers: bearer });
  expect((await undo.json()).correction).toMatchObject({ action: 'revert', reverts: first, before: { value: 12000000 }, after: { value: 12345678 } });
  const twice = await request.post(`/api/reports/${id}/corrections`, { data: { kind: 'metric', action: 'revert', reverts: first, reason: 'again' }, headers: bearer });
  expect([twice.status(), (await twice.json()).error.code]).toEqual([409, 'revert_not_latest']);

  expect((await request.delete(`/api/reports/${id}`, { headers: { authorization: `Bearer ${editKey}` } })).status()).toBe(204);
  expect((await request.get(`/api/reports/${id}`)).status()).toBe(404);
  await request.dispose();
});

test('in the browser, only the uploader (or the edit link) sees Delete; deleting returns to the library', async ({ page, browser }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.dropFile('pi.txt', ownSample());
  const report = new ReportPage(page);
  await report.expectReport('pi.txt', 'consolidated net sales of $49,023,417');
  const url = page.url();

  const stranger = await browser.newContext();
  const other = await stranger.newPage();
  await other.goto(url);
  await expect(other.getByRole('button', { name: 'Delete' })).toHaveCount(0);
  await expect(other.getByTestId('read-only')).toBeVisible();
  await stranger.close();

  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(/\/$/);
  expect((await page.goto(url))?.status()).toBe(404);
});

test('edit keys are stored only as hashes: the database file holds no key, and each new edit link works on its own', async ({ page, browser, request }) => {
  const created = await request.post('/api/reports?name=rho.txt', { data: madeUpRelease('Rho Corp'), headers: { 'content-type': 'text/plain' } });
  const { id, editKey } = (await created.json()) as Created;

  // The editor asks the page for links: two clicks, two different links, shown once each.
  await page.goto(`/reports/${id}/edit?key=${editKey}`);
  const rights = page.getByTestId('edit-rights');
  await rights.getByRole('button', { name: 'Create edit link' }).click();
  const first = await rights.getByRole('link').getAttribute('href');
  await page.reload();
  await rights.getByRole('button', { name: 'Create edit link' }).click();
  const second = await rights.getByRole('link').getAttribute('href');
  expect(first).toMatch(new RegExp(`^/reports/${id}/edit\\?key=[A-Za-z0-9_-]{22}$`));
  expect(second).not.toBe(first);
  const keys = [editKey, ...[first, second].map((link) => new URL(link!, 'http://x').searchParams.get('key')!)];

  for (const link of [first, second]) {
    const context = await browser.newContext();
    const other = await context.newPage();
    await other.goto(link!);
    await expect(other.getByTestId('edit-rights')).toBeVisible();
    await context.close();
  }

  // What a stolen copy of the database would give: hashes, and no key in any of its files.
  const file = process.env.E2E_DATABASE_PATH!;
  const db = new Database(file, { readonly: true });
  const hashes = (db.prepare('SELECT key_hash FROM edit_keys WHERE report_id = ?').all(id) as { key_hash: string }[]).map((r) => r.key_hash);
  db.close();
  expect(hashes.sort()).toEqual(keys.map((k) => createHash('sha256').update(k).digest('hex')).sort());
  const files = readdirSync(path.dirname(file)).filter((f) => f.startsWith(path.basename(file)));
  for (const f of files) {
    const bytes = readFileSync(path.join(path.dirname(file), f));
    for (const key of keys) expect(bytes.includes(key), `${f} holds a key`).toBe(false);
  }
});
