import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { countDialogs, madeUpRelease } from './fixtures';
import { HomePage } from './pages/home-page';
import { ReportPage } from './pages/report-page';

test('the copied share link opens the same report in a fresh browser context', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const home = new HomePage(page);
  await home.goto();
  await home.dropFile('epsilon.txt', madeUpRelease('Epsilon Energy Inc.'));
  await new ReportPage(page).expectReport('epsilon.txt', 'Epsilon Energy Inc. today reported');

  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toBe(page.url());

  const stranger = await browser.newContext();
  const sharedPage = await stranger.newPage();
  await sharedPage.goto(link);
  await new ReportPage(sharedPage).expectReport('epsilon.txt', 'Epsilon Energy Inc. today reported');
  await stranger.close();
});

test('an unknown report id shows the 404 page with a 404 status', async ({ page }) => {
  const response = await page.goto('/reports/AAAAAAAAAAAAAAAAAAAAAA');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'This report does not exist' })).toBeVisible();
  await page.getByRole('link', { name: 'Back to Release Desk' }).click();
  await expect(page).toHaveURL(/\/$/);
});

test('markup in an uploaded release is shown as text, never run', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const dialogs = countDialogs(page);
  // As HTML, the page's words are kept and its scripts dropped.
  const hostile = `<html><body><p>Zeta Corp net sales rose.</p><script>alert(1)</script><img src=x onerror="alert(2)"></body></html>`;
  await home.dropFile('zeta.htm', hostile);
  await new ReportPage(page).expectReport('zeta.htm', 'Zeta Corp net sales rose.');
  await expect(page.getByTestId('release-text')).not.toContainText('alert');

  // As plain text, markup is shown literally.
  await home.goto();
  await home.dropFile('zeta-notes.txt', 'Zeta notes: <script>alert(3)</script> ends here.');
  await new ReportPage(page).expectReport('zeta-notes.txt', '<script>alert(3)</script>');
  expect(dialogs()).toBe(0);
});

test('a report an older parser read shows its facts at once, says a newer parser is reading it, and is read again in the background', async ({ page, request }) => {
  const created = await request.post('/api/reports?name=stale.txt', { data: madeUpRelease('Stale Reading Corp'), headers: { 'content-type': 'text/plain' } });
  const { id } = (await created.json()) as { id: string };
  const current = ((await (await request.get(`/api/reports/${id}`)).json()) as { parserVersion: string }).parserVersion;
  // As if an older parser had written it: the stored facts stay, its version is an old one.
  const db = new Database(process.env.E2E_DATABASE_PATH!);
  db.prepare("UPDATE reports SET parser_version = '0.0.1' WHERE id = ?").run(id);
  db.close();

  await page.goto(`/reports/${id}`);
  await expect(page.getByTestId('stale-parse')).toContainText('read by an older parser (0.0.1)');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Stale Reading Corp');
  // The page did not wait for the new reading; the background soon stores it.
  await expect.poll(async () => ((await (await request.get(`/api/reports/${id}`)).json()) as { parserVersion: string }).parserVersion, { timeout: 15_000 }).toBe(current);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Stale Reading Corp');
  await expect(page.getByTestId('stale-parse')).toHaveCount(0);
});
