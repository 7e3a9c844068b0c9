import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { ownSample } from './fixtures';
import { HomePage } from './pages/home-page';
import { ReportPage } from './pages/report-page';

/** Follows a download link; its file's path. */
async function downloaded(page: Page, name: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name, exact: true }).click()]);
  return (await file.path())!;
}

async function download(page: Page, name: 'JSON' | 'CSV'): Promise<string> {
  return readFileSync(await downloaded(page, name), 'utf8');
}

async function openOwnSample(page: Page): Promise<ReportPage> {
  const home = new HomePage(page);
  await home.goto();
  await home.dropFile('american-locker-2005.txt', ownSample());
  const report = new ReportPage(page);
  await report.expectReport('american-locker-2005.txt', 'consolidated net sales of $49,023,417');
  return report;
}

test('CSV and JSON exports hold the net sales figure as the release states it', async ({ page }) => {
  await openOwnSample(page);
  const csv = await download(page, 'CSV');
  expect(csv.split('\n')[0]).toBe('company,ticker,release_date,section,key,name,period_end,period_months,value,unit,prior_value,change,percent_change,gaap,segment,derived,basis,date,amount,summary,corrected,rule,source_start,source_end,source_text');
  const who = 'American Locker Group Incorporated,ALGIE,2005-07-27';
  expect(csv).toMatch(new RegExp(String.raw`^${who},metric,[^,]+,revenue,2004-12-31,12,49023417,USD,39256438,9766979,24\.88,true,,false,,,,,false,metrics\/prose-figure,\d+,\d+,"?\$49,023,417"?$`, 'm'));
  expect(csv).toMatch(new RegExp(String.raw`^${who},customer,[^,]+,United States Postal Service,2004-12-31,12,53\.9,%`, 'm'));
  expect(csv).toMatch(new RegExp(String.raw`^${who},event,[^,]+,contract_end,,,,,,,,,,,,2005-05-31,`, 'm'));

  const json = JSON.parse(await download(page, 'JSON'));
  expect(json.company).toMatchObject({ name: 'American Locker Group Incorporated', ticker: 'ALGIE' });
  expect(json.metrics).toContainEqual(expect.objectContaining({ metric: 'revenue', value: 49023417, period: { end: '2004-12-31', months: 12 } }));
  expect(json.corrections).toEqual([]);

  // The Excel file, read back with the library that wrote it: the net sales row with who, when and which period.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await downloaded(page, 'Excel'));
  const rows = workbook.getWorksheet('Metrics')!.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1, 8));
  expect(rows).toContainEqual(['American Locker Group Incorporated', 'ALGIE', '2005-07-27', 'Revenue', '2004-12-31', 12, 49023417]);
});

test('a correction survives a reload, shows in the exports with its trail, and the shared page is read-only', async ({ page, browser }) => {
  const report = await openOwnSample(page);
  await expect(page.getByTestId('edit-rights')).toBeVisible();

  // Correct 2004 pre-tax income, then dismiss the debt default event.
  await report.factAction('Pre-tax income, FY2004', 'Correct current value');
  const dialog = page.getByRole('dialog', { name: 'Correct Pre-tax income, FY2004' });
  await dialog.getByLabel('Value').fill('4,600,000');
  await dialog.getByRole('button', { name: 'Save correction' }).click();
  await dialog.getByLabel(/Reason/).fill('Audited 10-K figure');
  await dialog.getByRole('button', { name: 'Save correction' }).click();
  await expect(dialog).toBeHidden();
  await expect(report.metricRow('Pre-tax income')).toContainText('$4.60M');

  await report.factAction(/Debt default/, 'Dismiss');
  const second = page.getByRole('dialog', { name: /^Dismiss Debt default/ });
  await second.getByLabel(/Reason/).fill('Not an event of this release');
  await second.getByRole('button', { name: 'Dismiss fact' }).click();
  await expect(second).toBeHidden();

  await page.reload();
  await expect(report.metricRow('Pre-tax income')).toContainText('$4.60M');
  await expect(report.metricRow('Pre-tax income')).toContainText('corrected');
  await expect(page.getByTestId('event-list').getByRole('link', { name: 'Debt default' })).toHaveCount(0);
  await expect(page.getByTestId('event-list').getByRole('link', { name: 'Financing' })).toHaveCount(1);
  const trail = page.getByTestId('correction-trail');
  await expect(trail).toContainText('Pre-tax income · Year to Dec 31, 2004 · $4,500,938');
  await expect(trail).toContainText('$4,600,000');
  await expect(trail).toContainText('Reason: Audited 10-K figure');
  await expect(trail).toContainText('dismissed');

  const csv = await download(page, 'CSV');
  expect(csv).toMatch(/^[^\n]*,ALGIE,2005-07-27,metric,[^,]+,pretax_income,2004-12-31,12,4600000,USD,3545379,.*,true,metrics\/[\w/+-]+,\d+,\d+/m);
  expect(csv).toMatch(/^[^\n]*,ALGIE,2005-07-27,correction,[^,]+,edit,.*Audited 10-K figure/m);
  expect(csv).not.toMatch(/,event,[^,]+,debt_default/m);
  const json = JSON.parse(await download(page, 'JSON'));
  expect(json.metrics).toContainEqual(expect.objectContaining({ metric: 'pretax_income', value: 4600000 }));
  expect(json.corrections).toMatchObject([
    { kind: 'metric', action: 'edit', reason: 'Audited 10-K figure', before: { value: 4500938 }, after: { value: 4600000 } },
    { kind: 'event', action: 'dismiss', reason: 'Not an event of this release', after: null },
  ]);

  // The shared link in a fresh browser: the same corrected facts, no edit controls.
  const url = page.url();
  await page.getByTestId('edit-rights').getByRole('button', { name: 'Create edit link' }).click();
  const editLink = await page.getByTestId('edit-rights').getByRole('link').getAttribute('href');
  const stranger = await browser.newContext();
  const shared = await stranger.newPage();
  await shared.goto(url);
  const sharedReport = new ReportPage(shared);
  await expect(sharedReport.metricRow('Pre-tax income')).toContainText('$4.60M');
  await expect(sharedReport.metricRow('Revenue')).toContainText('$49.0M');
  await expect(shared.getByTestId('read-only')).toBeVisible();
  await expect(shared.getByRole('button', { name: /^Actions for/ })).toHaveCount(0);

  // The secret edit link gives that browser edit rights.
  await shared.goto(editLink!);
  await expect(shared).toHaveURL(url);
  await expect(shared.getByRole('button', { name: /^Actions for/ }).first()).toBeVisible();
  await stranger.close();
});

test('a fact added from selected words shows with its highlight and in the export; re-pointing and reverting survive a reload', async ({ page }) => {
  const report = await openOwnSample(page);

  // Select the net sales figure: the form starts from what the words say.
  await report.selectWords('$49,023,417');
  await page.getByTestId('selection-menu').getByRole('button', { name: 'Add fact' }).click();
  const add = page.getByRole('dialog', { name: 'Add a fact from the selected words' });
  await expect(add.getByLabel('Kind of fact')).toHaveValue('metric');
  await expect(add.getByRole('combobox', { name: 'Type', exact: true })).toHaveValue('revenue');
  await expect(add.getByLabel(/^Value/)).toHaveValue('49,023,417');
  await expect(add.getByLabel('Period end')).toHaveValue('2004-12-31');
  await expect(add.getByLabel('Months')).toHaveValue('12');
  // The analyst records it as a segment's figure.
  await add.getByLabel(/^Segment/).fill('Lockers');
  await add.getByLabel(/Reason/).fill('Segment figure the parser missed');
  await add.getByRole('button', { name: 'Add fact' }).click();
  await expect(add).toBeHidden();

  const segments = page.getByTestId('segments-table');
  await expect(segments.getByRole('row').filter({ hasText: 'Lockers' })).toContainText('$49.0M');
  await expect(page.getByTestId('correction-trail')).toContainText('added');

  // Point it at other words: the highlight follows.
  await report.selectWords('24.9%');
  await page.getByTestId('selection-menu').getByRole('button', { name: 'Use as source' }).click();
  const repoint = page.getByRole('dialog', { name: 'Use the selected words as a fact’s source' });
  await repoint.getByLabel('Fact').selectOption({ label: 'Revenue · Year to Dec 31, 2004 · $49.0M · Lockers' });
  await repoint.getByLabel(/Reason/).fill('The share is the segment figure');
  await repoint.getByRole('button', { name: 'Use as source' }).click();
  await expect(repoint).toBeHidden();
  await expect(report.highlight('24.9%')).toHaveAttribute('data-label', /Revenue · Year to Dec 31, 2004 · \$49\.0M · Lockers/);

  await page.reload();
  await expect(report.highlight('24.9%')).toHaveAttribute('data-label', /Revenue · Year to Dec 31, 2004 · \$49\.0M · Lockers/);
  const csv = await download(page, 'CSV');
  expect(csv).toMatch(/^[^\n]*,ALGIE,2005-07-27,metric,added:[^,]+,revenue,2004-12-31,12,49023417,USD,.*,true,Lockers,false,.*analyst\/added,\d+,\d+,24\.9%$/m);

  // Revert the re-pointing, then the addition: the trail keeps all four.
  const trail = page.getByTestId('correction-trail');
  await trail.getByRole('button', { name: 'Revert' }).click();
  const revert = page.getByRole('dialog', { name: /^Revert/ });
  await revert.getByLabel(/Reason/).fill('Wrong words');
  await revert.getByRole('button', { name: 'Revert correction' }).click();
  await expect(revert).toBeHidden();
  await expect(report.highlight('24.9%')).not.toHaveAttribute('data-label', /Lockers/);
  await expect(report.highlight('$49,023,417')).toHaveAttribute('data-label', /Revenue · Year to Dec 31, 2004 · \$49\.0M · Lockers/);
  await expect(trail.getByRole('listitem')).toHaveCount(3);

  await trail.getByRole('button', { name: 'Revert' }).click();
  await revert.getByLabel(/Reason/).fill('Not a segment after all');
  await revert.getByRole('button', { name: 'Revert correction' }).click();
  await expect(revert).toBeHidden();
  await page.reload();
  await expect(segments.getByRole('row').filter({ hasText: 'Lockers' })).toHaveCount(0);
  await expect(trail.getByRole('listitem')).toHaveCount(4);
  await expect(trail).toContainText('reverted');
});
