import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

// Six quarters of NVIDIA's results as its newsroom pages, and the last of them again as the EDGAR submission.
const RELEASES = path.join(__dirname, '..', '..', 'shared', 'corpus', 'releases');
const NVIDIA = ['079.html', '080.html', '081.html', '082.html', '083.html', '084.html', '075.txt'];

test('a company page lines up its releases: one figure per quarter, each opening the words it came from', async ({ page, request }, testInfo) => {
  for (const name of NVIDIA) {
    const response = await request.post('/api/reports', { multipart: { file: { name, mimeType: 'text/plain', buffer: readFileSync(path.join(RELEASES, name)) } } });
    expect([200, 201]).toContain(response.status());
  }
  await page.setViewportSize({ width: 1440, height: 1000 });
  await page.goto('/companies/nvda');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('NVIDIA');

  // In the order of their quarters; the filing and the newsroom page of one quarter side by side.
  const releases = page.getByTestId('company-release');
  await expect(releases).toHaveCount(7);
  await expect(releases.first()).toContainText('Q1 FY2025');
  await expect(releases.nth(5)).toContainText('Q2 FY2026');
  await expect(releases.nth(6)).toContainText('Q2 FY2026');

  // One column per quarter: the twin releases give one figure, not two.
  const quarters = page.getByTestId('company-quarters');
  const heads = await quarters.locator('thead th').allTextContents();
  expect(new Set(heads).size).toBe(heads.length);
  const revenue = quarters.locator('tr[data-metric="revenue"] td a');
  const cells = await revenue.count();
  expect(cells).toBeGreaterThanOrEqual(6);
  await expect(revenue.last()).toContainText('$46.7B');
  expect(await quarters.evaluate((t) => t.scrollWidth <= t.clientWidth + 1)).toBe(true);

  // The chart has a point per quarter of the table; the last opens its report at its words.
  const points = page.getByTestId('series-by quarter-revenue').getByTestId('series-point');
  await expect(points).toHaveCount(cells);
  await page.screenshot({ path: testInfo.outputPath('company-1440.png'), fullPage: true });
  await testInfo.attach('company-1440', { path: testInfo.outputPath('company-1440.png'), contentType: 'image/png' });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath('company-390.png'), fullPage: true });
  await testInfo.attach('company-390', { path: testInfo.outputPath('company-390.png'), contentType: 'image/png' });
  await page.setViewportSize({ width: 1440, height: 1000 });

  await points.last().click();
  await expect(page).toHaveURL(/\/reports\/[\w-]+#src-\d+-\d+$/);
  const anchor = new URL(page.url()).hash.slice(1);
  await expect(page.locator(`[id="${anchor}"]`)).toContainText('46,743');

  // The report leads back to the company's page.
  await page.getByTestId('company-link').click();
  await expect(page).toHaveURL(/\/companies\/nvda$/);

  // Two releases side by side: the form offers the latest beside the latest of another quarter, Q1 FY26.
  await expect(page.locator('select[name="a"] option:checked')).toContainText('Q1 FY2026');
  await page.getByRole('button', { name: 'Compare', exact: true }).click();
  await expect(page).toHaveURL(/\/companies\/nvda\/compare\?a=[\w-]+&b=[\w-]+$/);
  const revenueRow = page.getByTestId('compare-metrics').locator('tr[data-metric="revenue"]');
  // $44.06B then $46.74B: up 6.1%, as the two reports state them.
  await expect(revenueRow).toContainText('$44.1B');
  await expect(revenueRow).toContainText('$46.7B');
  await expect(revenueRow).toContainText('+6.1%');

  // The page's table downloads as Excel (read back with the library that wrote it) and as CSV.
  await page.goto('/companies/nvda');
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('navigation', { name: 'Downloads' }).getByRole('link', { name: 'Excel' }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await xlsx.path())!);
  const byQuarter = workbook.getWorksheet('By quarter')!;
  const header = (byQuarter.getRow(1).values as unknown[]).slice(1);
  expect(header.at(-1)).toBe('Q2 FY2026 (to 2025-07-27)');
  const revenueCells = byQuarter.getSheetValues().map((r) => (r as unknown[] | undefined)?.slice(1)).find((r) => r?.[0] === 'Revenue')!;
  expect(revenueCells.at(-1)).toBe(46_743_000_000);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('navigation', { name: 'Downloads' }).getByRole('link', { name: 'CSV' }).click()]);
  const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\n');
  expect(lines[0]).toBe('Company,Ticker,Series,Metric,Period,Period end,Months,Value,Unit,Year before,% change,Source');
  expect(lines).toContainEqual(expect.stringMatching(/^NVIDIA,NVDA,quarter,Revenue,Q2 FY2026,2025-07-27,3,46743000000,USD,30040000000,55\.6025,\/reports\//));
});

test('an unknown company, or a key no company could have, is a 404', async ({ page }) => {
  for (const key of ['no-such-company-zz', 'A%20B']) {
    const response = await page.goto(`/companies/${key}`);
    expect(response?.status()).toBe(404);
  }
  // Comparing reports that are not the company's, or none.
  for (const query of ['?a=nope&b=nada', '']) expect((await page.goto(`/companies/nvda/compare${query}`))?.status()).toBe(404);
});
