import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { ownSample } from './fixtures';
import { HomePage } from './pages/home-page';
import { ReportPage } from './pages/report-page';

// Every expected figure is checked by hand against the release text (public/samples/american-locker-2005.txt).

test.beforeEach(async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.dropFile('american-locker-2005.txt', ownSample());
  await new ReportPage(page).expectReport('american-locker-2005.txt', 'consolidated net sales of $49,023,417');
});

test('charts show sales against the prior year, USPS’s share by year and the dated events', async ({ page }) => {
  const report = new ReportPage(page);
  // A $49.0M net sales bar (FY2004) beside the derived FY2003 bar.
  await expect(report.chart('chart-results').locator('svg text', { hasText: '$49.0M' })).toBeVisible();
  // The legend in bar order (this year, then the year before); only this year's bars carry labels, so none run together.
  await expect(report.chart('chart-results').locator('.recharts-legend-item-text')).toHaveText(['FY2004', 'FY2003']);
  await expect(report.chart('chart-results').locator('.recharts-label-list text', { hasText: '$49.0M' })).toHaveCount(1);
  await expect(report.chart('chart-results').locator('.recharts-label-list text', { hasText: '$39.3M' })).toHaveCount(0);
  const results = await report.chartData('chart-results');
  await expect(results.getByRole('row', { name: /Revenue/ })).toHaveText(/Revenue\s*\$49\.0M\s*\$39\.3M \(derived\)/);

  const customers = await report.chartData('chart-customers');
  await expect(customers).toContainText('FY2004consolidated net salesUSPS53.9%');
  await expect(customers).toContainText('FY2003consolidated net salesUSPS52.7%');
  await expect(report.chart('chart-customers').locator('svg text', { hasText: '53.9%' })).toBeVisible();

  // "The Company's long-term contract with the USPS ... expired on May 31, 2005": before the July 27 release.
  const events = await report.chartData('chart-events');
  await expect(events.getByRole('row', { name: /2005-05-31/ })).toHaveText(/2005-05-31\s*Contract end\s*past/);
  await expect(events.getByRole('row', { name: /2005-12 Restructuring/ })).toContainText('expected');
  await expect(report.chart('chart-events')).toContainText('Undated: Financing, Debt default');
  await expect(report.chart('chart-events').locator('.recharts-scatter-symbol').first()).toBeVisible();
  // Six events are dated by a year, quarter or month (2004, 2004-Q3, 2005-Q1, 2005-02, 2005-12 twice): each a band over its span.
  // The amended reports are dated by the release's day, a point: the year they cover says which reports, not when.
  await expect(report.chart('chart-events').locator('.recharts-reference-area')).toHaveCount(6);
});

test('a fact, its words and its chart bar point at each other, by mouse and by keyboard', async ({ page }) => {
  const report = new ReportPage(page);
  // Clicking the net sales row scrolls the text to "$49,023,417" and highlights it.
  await report.metricRow('Revenue').click();
  await expect(report.targetedHighlight).toHaveText('$49,023,417');
  await expect(report.targetedHighlight).toBeInViewport();

  // Clicking a highlight in the text goes back to its row.
  await report.highlight('$2,702,948').click();
  await expect(page.locator('tr:target')).toContainText('Net income');

  // By keyboard: focus a highlight, Enter.
  await report.highlight('$1.73').focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('tr:target')).toContainText('EPS (diluted)');

  // Hovering a highlight shows its fact.
  const sales = report.highlight('$49,023,417');
  await sales.hover();
  const tip = await sales.evaluate((el) => getComputedStyle(el, '::after').content);
  expect(tip).toBe('"Revenue · Year to Dec 31, 2004 · $49.0M"');

  // A chart bar jumps to the words it was read from.
  await report.chart('chart-results').locator('.recharts-bar-rectangle path').first().click();
  await expect(report.targetedHighlight).toHaveText('$49,023,417');
});

test('the page is laid out for a wide screen and a phone (screenshots kept as artifacts)', async ({ page }, testInfo) => {
  const report = new ReportPage(page);
  await page.setViewportSize({ width: 1440, height: 1000 });
  const text = await report.text.boundingBox();
  const facts = await page.getByRole('region', { name: 'Financial results' }).boundingBox();
  const charts = await report.chart('chart-results').boundingBox();
  // Three areas side by side: text, facts, charts.
  expect(text!.x + text!.width).toBeLessThanOrEqual(facts!.x);
  expect(facts!.x + facts!.width).toBeLessThanOrEqual(charts!.x);
  // The metrics table fits its area: no sideways scrolling to see a figure.
  const table = page.getByTestId('metrics-table');
  expect(await table.evaluate((t) => t.scrollWidth <= t.parentElement!.clientWidth)).toBe(true);
  await page.screenshot({ path: testInfo.outputPath('report-1440.png'), fullPage: true });
  await testInfo.attach('report-1440', { path: testInfo.outputPath('report-1440.png'), contentType: 'image/png' });

  // The text can be widened or hidden; the choice stays for the next report this browser opens.
  const textPane = page.getByRole('radiogroup', { name: 'Release text' });
  await textPane.getByRole('radio', { name: 'Wide' }).click();
  await expect.poll(async () => (await report.text.boundingBox())!.width).toBeGreaterThan(text!.width + 100);
  // Wide text leaves the facts narrow: the table scrolls sideways, its metric column stays in view.
  const box = page.getByTestId('metrics-table').locator('..');
  await box.evaluate((b) => b.scrollBy(200, 0));
  const revenueName = report.metricRow('Revenue').getByRole('rowheader');
  expect(Math.abs((await revenueName.boundingBox())!.x - (await box.boundingBox())!.x)).toBeLessThan(2);
  await textPane.getByRole('radio', { name: 'Hidden' }).click();
  await expect(report.text).toBeHidden();
  const widened = await page.getByRole('region', { name: 'Financial results' }).boundingBox();
  expect(widened!.width).toBeGreaterThan(facts!.width + 100);
  await page.reload();
  await expect(report.text).toBeHidden();
  await expect(textPane.getByRole('radio', { name: 'Hidden' })).toHaveAttribute('aria-checked', 'true');
  await textPane.getByRole('radio', { name: 'Beside' }).click();
  await expect(report.text).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  // Stacked on a phone, nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const stackedText = await report.text.boundingBox();
  const stackedFacts = await page.getByTestId('metrics-table').boundingBox();
  expect(stackedText!.y + stackedText!.height).toBeLessThanOrEqual(stackedFacts!.y);
  await page.screenshot({ path: testInfo.outputPath('report-390.png'), fullPage: true });
  await testInfo.attach('report-390', { path: testInfo.outputPath('report-390.png'), contentType: 'image/png' });
});

/** Whether any facts table (or its scroll box) is wider than the room it has. */
async function factsOverflow(page: Page): Promise<string[]> {
  return page.locator('#facts table').evaluateAll((tables) =>
    tables.filter((t) => t.scrollWidth > t.parentElement!.clientWidth || t.parentElement!.scrollWidth > t.parentElement!.clientWidth).map((t) => t.getAttribute('data-testid') ?? '?'),
  );
}

test('a release with GAAP, non-GAAP and segment tables, editable: nothing scrolls sideways at 1440 px, rows are cards at 390 px, edits sit in a row menu', async ({ page, browser }, testInfo) => {
  // Uploaded in this browser, so the page shows its edit controls too (the widest the tables get).
  const home = new HomePage(page);
  await home.goto();
  await home.chooseFiles([{ name: 'caterpillar-q1-2022.htm', mimeType: 'text/html', buffer: readFileSync(path.join(__dirname, '..', '..', 'shared', 'corpus', 'releases', '015.htm')) }]);
  const report = new ReportPage(page);
  await report.expectReport('caterpillar-q1-2022.htm', 'Caterpillar Inc.');
  await page.setViewportSize({ width: 1440, height: 1000 });
  for (const id of ['metrics-table', 'non-gaap-table', 'segments-table']) await expect(page.getByTestId(id)).toBeVisible();
  // The release's tables show as tables, the figures highlighted inside their cells, no "a | b | c" runs.
  await expect(report.text.locator('td .hl', { hasText: /^\$13\.6$/ }).first()).toBeVisible();
  expect(await report.text.evaluate((t) => (t as HTMLElement).innerText.includes('Sales and Revenues | $13.6'))).toBe(false);
  // Words selected in a table cell are the release's own: the Add fact dialog quotes them.
  await report.selectWords('Sales and Revenues | $13.6 | $11.9');
  await page.getByTestId('selection-menu').getByRole('button', { name: 'Add fact' }).click();
  const add = page.getByRole('dialog', { name: 'Add a fact from the selected words' });
  await expect(add.locator('blockquote')).toHaveText('Sales and Revenues | $13.6 | $11.9');
  await add.getByRole('button', { name: 'Cancel' }).click();
  expect(await factsOverflow(page)).toEqual([]);
  // Quarters as analysts name them, the dates on hover.
  // The quarter's row (the release also states the year 2021's sales in its "About" paragraph).
  const revenue = report.metricRow('Revenue', 'Q1 2022');
  await expect(revenue.getByRole('cell').first()).toHaveText('Q1 2022');
  await expect(revenue.getByRole('cell').first()).toHaveAttribute('title', '3 months to Mar 31, 2022');
  // One scale for the table's dollars: sales of $13,589M beside a $41.0M change in operating income, exact on hover.
  await expect(revenue.getByRole('cell').nth(1)).toHaveText('$13,589M');
  await expect(revenue.getByRole('cell').nth(1)).toHaveAttribute('title', '$13,589,000,000');
  await expect(report.metricRow('Operating income').getByRole('cell').nth(3)).toHaveText('$41.0M');
  // A row's edits are labelled actions in one menu.
  await page.getByTestId('metrics-table').getByRole('button', { name: 'Actions for Revenue, Q1 2022' }).click();
  await expect(page.getByRole('menu', { name: 'Actions for Revenue, Q1 2022' }).getByRole('menuitem')).toHaveText([
    'Correct current value', 'Correct prior value', 'Dismiss', 'Dismiss prior value',
  ]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('caterpillar-1440.png'), fullPage: true });
  await testInfo.attach('caterpillar-1440', { path: testInfo.outputPath('caterpillar-1440.png'), contentType: 'image/png' });

  await page.setViewportSize({ width: 390, height: 844 });
  expect(await factsOverflow(page)).toEqual([]);
  // Each row a card: the metric across the top, each figure under its column's name.
  expect(await revenue.evaluate((row) => getComputedStyle(row).display)).toBe('grid');
  expect(await revenue.getByRole('cell').nth(1).evaluate((cell) => getComputedStyle(cell, '::before').content)).toBe('"Value"');
  await page.getByTestId('metrics-table').screenshot({ path: testInfo.outputPath('caterpillar-390-cards.png') });
  await testInfo.attach('caterpillar-390-cards', { path: testInfo.outputPath('caterpillar-390-cards.png'), contentType: 'image/png' });

  // Dark mode follows the system: the page and its cards turn dark, text light.
  const dark = await browser.newPage({ colorScheme: 'dark', viewport: { width: 1440, height: 1000 } });
  await dark.goto(page.url());
  // Each colour's lightness 0–1, read back as sRGB through a canvas (computed styles keep oklch).
  const [background, card, ink] = await dark.evaluate(() => {
    const lightness = (color: string) => {
      const context = document.createElement('canvas').getContext('2d')!;
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
      return (Math.max(r!, g!, b!) + Math.min(r!, g!, b!)) / 2 / 255;
    };
    return [
      getComputedStyle(document.body).backgroundColor,
      getComputedStyle(document.querySelector('[data-testid="release-text"]')!.closest('section')!).backgroundColor,
      getComputedStyle(document.querySelector('h1')!).color,
    ].map(lightness);
  });
  expect(background).toBeLessThan(0.15);
  expect(card).toBeLessThan(0.25);
  expect(ink).toBeGreaterThan(0.85);
  await dark.locator('.recharts-bar-rectangle').first().waitFor();
  await dark.screenshot({ path: testInfo.outputPath('caterpillar-dark.png') });
  await testInfo.attach('caterpillar-dark', { path: testInfo.outputPath('caterpillar-dark.png'), contentType: 'image/png' });
  await dark.close();
});

test('a shared link previews the headline figure, and the page is titled company — headline', async ({ page }) => {
  const title = 'American Locker Group — ANNUAL REPORT ON FORM 10-K FILED; RESULTS FOR 2004 ANNOUNCED';
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', title);
  await expect(page).toHaveTitle(`${title} · Release Desk`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByTestId('report-file')).toHaveText(/\.txt$/);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', 'American Locker Group — FY2004: net sales $49.0M, +24.9%');
});

test('keys: a skip link to the facts, j and k step through the facts to their words, ? lists the keys', async ({ page }) => {
  // Loaded afresh, the page's first stop for the keyboard is the skip link.
  await page.reload();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the facts' });
  await expect(skip).toBeFocused();
  await skip.press('Enter');
  await expect(page).toHaveURL(/#facts$/);

  await page.locator('body').press('j');
  await expect(page).toHaveURL(/#src-\d+-\d+$/);
  const first = new URL(page.url()).hash;
  await page.locator('body').press('j');
  const second = new URL(page.url()).hash;
  expect(second).not.toBe(first);
  await page.locator('body').press('k');
  expect(new URL(page.url()).hash).toBe(first);
  // The focused link is the fact's own, and its words are in the text.
  await expect(page.locator(`[id="${first.slice(1)}"]`)).toBeVisible();

  await page.locator('body').press('?');
  await expect(page.getByTestId('shortcuts')).toContainText('next fact');
  await page.locator('body').press('Escape');
  await expect(page.getByTestId('shortcuts')).toHaveCount(0);

  await page.goto('/');
  await page.locator('body').press('/');
  await expect(page.getByLabel('Search company, ticker or text')).toBeFocused();
});

test('printed, the report is its header, facts and charts, without buttons or the release text (screenshot kept)', async ({ page }, testInfo) => {
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('metrics-table')).toBeVisible();
  await expect(page.getByTestId('chart-results')).toBeVisible();
  await expect(new ReportPage(page).text).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Downloads and sharing' })).toBeHidden();
  for (const button of await page.getByRole('button').all()) await expect(button).toBeHidden();
  await page.screenshot({ path: testInfo.outputPath('report-print.png'), fullPage: true });
  await testInfo.attach('report-print', { path: testInfo.outputPath('report-print.png'), contentType: 'image/png' });
});
