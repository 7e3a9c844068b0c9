import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { madeUpRelease, ownSample } from './fixtures';
import { HomePage } from './pages/home-page';

test('the library lists new uploads without a reload and finds the sample by "USPS"', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  // Two files, so the page stays on the upload list (one file opens its report).
  await home.chooseFiles([
    { name: 'american-locker-2005.txt', mimeType: 'text/plain', buffer: Buffer.from(ownSample()) },
    { name: 'omega.txt', mimeType: 'text/plain', buffer: Buffer.from(madeUpRelease('Omega Widgets Inc.')) },
  ]);
  await expect(home.results).toContainText('2 of 2 files processed');
  const library = page.getByTestId('library');
  // Under its company, a release is listed by its headline.
  const company = library.getByTestId('library-company').filter({ hasText: 'American Locker Group' }).first();
  await expect(company).toContainText('ALGIE');
  await expect(company.getByTestId('library-row').filter({ hasText: 'american-locker-2005.txt' }).first()).toContainText('ANNUAL REPORT ON FORM 10-K FILED');

  await page.getByLabel('Search company, ticker or text').fill('USPS');
  const row = company.getByTestId('library-row').filter({ hasText: 'american-locker-2005.txt' }).first();
  await expect(row).toContainText('Released Jul 27, 2005 · FY2004');
  await expect(row).toContainText('Revenue $49.0M +24.9%');
  await expect(library.getByTestId('library-company').filter({ hasNotText: 'American Locker Group' })).toHaveCount(0);

  await page.getByLabel('Search company, ticker or text').fill('zzzqqq');
  await expect(page.getByText('No report matches “zzzqqq”.')).toBeVisible();
});

test('the library sorts by release date or upload time and pages through results', async ({ page, request }) => {
  const tag = `Pager${Date.now().toString(36)}`;
  // 21 releases from one made-up company, posted oldest release first.
  for (let i = 0; i < 21; i++) {
    const text = madeUpRelease(`${tag} Holdings`).replace('March 3, 2025', `March ${i + 1}, 2003`).replace('2024', '2002');
    const response = await request.post(`/api/reports?name=${tag}-${i}.txt`, { data: text, headers: { 'content-type': 'text/plain' } });
    expect(response.status()).toBe(201);
  }
  // One more, uploaded last but released first.
  await request.post(`/api/reports?name=${tag}-early.txt`, {
    data: madeUpRelease(`${tag} Holdings`).replace('March 3, 2025', 'January 5, 1999').replace('2024', '1998'),
    headers: { 'content-type': 'text/plain' },
  });

  await new HomePage(page).goto();
  // A row per release, not per company.
  await page.getByLabel('Group by company').uncheck();
  await page.getByLabel('Search company, ticker or text').fill(tag);
  const rows = page.getByTestId('library-row');
  await expect(page.getByText('Page 1 of 2 · 22 reports')).toBeVisible();
  await expect(rows).toHaveCount(20);
  await expect(rows.first()).toContainText(`${tag}-early.txt`);

  await page.getByLabel('Sort by').selectOption({ label: 'Release date (newest first)' });
  await expect(rows.first()).toContainText('Released Mar 21, 2003');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('Page 2 of 2 · 22 reports')).toBeVisible();
  await expect(rows).toHaveCount(2);
  await expect(rows.last()).toContainText('Released Jan 5, 1999');
});

test('a search with a typo finds the company, shows why, and lives in the URL the back button returns to', async ({ page, request }) => {
  const file = readFileSync(path.join(__dirname, '..', '..', 'shared', 'corpus', 'releases', '015.htm'));
  const created = await request.post('/api/reports', { multipart: { file: { name: 'caterpillar-015.htm', mimeType: 'text/html', buffer: file } } });
  expect([200, 201]).toContain(created.status());

  await page.goto('/');
  await page.getByLabel('Search company, ticker or text').fill('caterpilar');
  await expect(page).toHaveURL(/[?&]q=caterpilar(?:&|$)/);
  await expect(page.getByTestId('similar-names')).toContainText('Caterpillar Inc.');
  const row = page.getByTestId('library-row').filter({ hasText: 'Caterpillar' }).first();
  await expect(row).toBeVisible();

  // A word the text holds: its words around it, the match marked.
  await page.getByLabel('Search company, ticker or text').fill('Caterpillar');
  await expect(row.getByTestId('library-snippet').locator('mark').first()).toHaveText(/caterpillar/i);

  await page.getByLabel('Search company, ticker or text').fill('caterpilar');
  await expect(page).toHaveURL(/[?&]q=caterpilar(?:&|$)/);
  await row.getByRole('link', { name: /Caterpillar/ }).first().click();
  await expect(page).toHaveURL(/\/reports\//);
  await page.goBack();
  await expect(page.getByLabel('Search company, ticker or text')).toHaveValue('caterpilar');
  await expect(page.getByTestId('library-row').filter({ hasText: 'Caterpillar' }).first()).toBeVisible();
});

test('the library groups releases by company, filters by company and release year, and keeps both in the URL', async ({ page, request }) => {
  const tag = `Grouper${Date.now().toString(36)}`;
  // Seven releases of one made-up company (six in 2003, one in 1999) and one of another.
  for (let i = 0; i < 6; i++) {
    const text = madeUpRelease(`${tag} Alpha Inc.`).replace('March 3, 2025', `March ${i + 1}, 2003`).replace('2024', '2002');
    expect((await request.post(`/api/reports?name=${tag}-a${i}.txt`, { data: text, headers: { 'content-type': 'text/plain' } })).status()).toBe(201);
  }
  const early = madeUpRelease(`${tag} Alpha Inc.`).replace('March 3, 2025', 'January 5, 1999').replace('2024', '1998');
  await request.post(`/api/reports?name=${tag}-early.txt`, { data: early, headers: { 'content-type': 'text/plain' } });
  await request.post(`/api/reports?name=${tag}-b.txt`, { data: madeUpRelease(`${tag} Beta Corp.`), headers: { 'content-type': 'text/plain' } });

  await new HomePage(page).goto();
  await page.getByLabel('Search company, ticker or text').fill(tag);
  const companies = page.getByTestId('library-company');
  await expect(companies).toHaveCount(2);
  const alpha = companies.filter({ hasText: `${tag} Alpha` });
  await expect(alpha).toContainText('7 releases · newest 5 shown');
  await expect(alpha.getByTestId('library-row')).toHaveCount(5);
  await expect(companies.filter({ hasText: `${tag} Beta` })).toContainText('1 release');

  // Released in 1999: only Alpha's early release.
  await page.getByLabel('Released in').selectOption('1999');
  await expect(companies).toHaveCount(1);
  await expect(alpha.getByTestId('library-row')).toHaveCount(1);
  await expect(alpha.getByTestId('library-row')).toContainText('Released Jan 5, 1999');
  await expect(page).toHaveURL(/[?&]year=1999/);

  // One company, any year; the URL holds it and a reload keeps it.
  await page.getByLabel('Released in').selectOption('');
  await alpha.getByRole('button', { name: 'Only this company' }).click();
  await expect(page).toHaveURL(/[?&]company=[a-z0-9-]+/);
  await page.reload();
  await expect(page.getByLabel('Search company, ticker or text')).toHaveValue(tag);
  await expect(companies).toHaveCount(1);
  await expect(companies.first()).toContainText('7 releases');
  await page.getByRole('button', { name: 'Show all companies' }).click();
  await expect(companies).toHaveCount(2);
});
