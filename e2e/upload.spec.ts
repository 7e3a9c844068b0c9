import { expect, test } from '@playwright/test';
import { ELEVEN_MB, madeUpRelease, PNG_BYTES, SAMPLE_TEXT } from './fixtures';
import { HomePage } from './pages/home-page';
import { ReportPage } from './pages/report-page';

const text = (name: string, body: string) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(body) });

async function storedFileNames(request: import('@playwright/test').APIRequestContext): Promise<string[]> {
  const response = await request.get('/api/reports?pageSize=100');
  expect(response.ok()).toBe(true);
  const { items } = (await response.json()) as { items: { fileName: string }[] };
  return items.map((r) => r.fileName);
}

test('dragging the sample onto the drop zone opens its report with the release text', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.dropFile('american-locker-2005.txt', SAMPLE_TEXT);
  const report = new ReportPage(page);
  await report.expectReport('american-locker-2005.txt', 'consolidated net sales of $49,023,417, an increase of $9,766,979');
  // The parsed header and figures, checked by hand against the release.
  await expect(page.getByRole('heading', { name: 'American Locker Group Incorporated' })).toBeVisible();
  await expect(page.getByText('NASDAQ: ALGIE')).toBeVisible();
  await expect(page.getByText('Jul 27, 2005')).toBeVisible();
  await expect(report.metricRow('Revenue')).toContainText('$49.0M');
  await expect(report.metricRow('Revenue')).toContainText('$39.3M');
  await expect(report.metricRow('Net income')).toContainText('$2.70M');
  await expect(report.metricRow('EPS (diluted)')).toContainText('$1.73');
  await expect(report.metricRow('EPS (diluted)')).toContainText('$1.38');
  const customers = page.getByTestId('customers-table');
  await expect(customers).toContainText('United States Postal Service');
  await expect(customers).toContainText('53.9%');
  await expect(customers).toContainText('52.7%');
  await expect(page.getByTestId('event-list')).toContainText('2005-05-31');
});

test('three files chosen in the file picker are listed, each linking to its report', async ({ page, request }) => {
  const home = new HomePage(page);
  await home.goto();
  const files = [
    text('alpha-q1.txt', madeUpRelease('Alpha Widgets Inc.')),
    text('beta-q1.txt', madeUpRelease('Beta Bearings Corp.')),
    text('gamma-q1.txt', madeUpRelease('Gamma Gears Ltd.')),
  ];
  await home.chooseFiles(files);
  await expect(home.results).toContainText('3 of 3 files processed');
  await expect(home.rows).toHaveCount(3);
  for (const { name } of files) {
    await expect(home.row(name).getByRole('link', { name: 'Open report' })).toBeVisible();
  }
  expect(await storedFileNames(request)).toEqual(expect.arrayContaining(files.map((f) => f.name)));

  await home.row('beta-q1.txt').getByRole('link', { name: 'Open report' }).click();
  await new ReportPage(page).expectReport('beta-q1.txt', 'Beta Bearings Corp. today reported net sales');
});

test('an empty file, a PNG and an 11 MB file each get a clear message and nothing is stored', async ({ page, request }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.chooseFiles([
    text('empty.txt', ''),
    { name: 'chart.png', mimeType: 'image/png', buffer: PNG_BYTES },
    { name: 'screenshot-named.txt', mimeType: 'text/plain', buffer: PNG_BYTES },
    text('huge.txt', 'x'.repeat(ELEVEN_MB)),
  ]);
  await expect(home.results).toContainText('4 of 4 files processed');
  await expect(home.row('empty.txt')).toContainText('This file is empty');
  await expect(home.row('chart.png')).toContainText('not a press release we can read');
  await expect(home.row('screenshot-named.txt')).toContainText('not a press release we can read');
  await expect(home.row('huge.txt')).toContainText('larger than 10 MB');
  await expect(home.results.getByRole('link')).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);

  const stored = await storedFileNames(request);
  for (const name of ['empty.txt', 'chart.png', 'screenshot-named.txt', 'huge.txt']) expect(stored).not.toContain(name);
});

test('a batch of more than 20 files is stored file by file and read in the background, each row following its reading', async ({ page, request }) => {
  test.setTimeout(120_000);
  const home = new HomePage(page);
  await home.goto();
  const files = Array.from({ length: 24 }, (_, i) => text(`batch-${String(i).padStart(2, '0')}.txt`, madeUpRelease(`Batch ${i} Inc.`)));
  // One of them no release at all: refused at once, the rest go on.
  await home.chooseFiles([...files, { name: 'batch-picture.png', mimeType: 'image/png', buffer: PNG_BYTES }]);
  await expect(home.rows).toHaveCount(25);
  await expect(page.getByTestId('upload-summary')).toHaveText('25 of 25 files processed', { timeout: 90_000 });
  await expect(home.row('batch-picture.png')).toContainText('not a press release we can read');
  for (const i of [0, 11, 23]) {
    const row = home.row(`batch-${String(i).padStart(2, '0')}.txt`);
    await expect(row).toContainText(`Batch ${i} Inc.`);
    await expect(row.getByRole('link', { name: 'Open report' })).toBeVisible();
  }
  // Read by this parser, in the library.
  const stored = await storedFileNames(request);
  expect(files.map((f) => f.name).filter((name) => !stored.includes(name))).toEqual([]);
  const href = (await home.row('batch-05.txt').getByRole('link', { name: 'Open report' }).getAttribute('href'))!;
  await home.row('batch-05.txt').getByRole('link', { name: 'Open report' }).click();
  await new ReportPage(page).expectReport('batch-05.txt', 'Batch 5 Inc. today reported net sales');
  await expect(page.getByTestId('stale-parse')).toHaveCount(0);

  // The progress the page follows, asked directly: unknown ids left out, a malformed ask refused.
  const id = href.split('/').pop()!;
  const states = await request.post('/api/reports/states', { data: { ids: [id, 'A'.repeat(22)] } });
  expect(await states.json()).toEqual({ states: [{ id, url: href, state: 'read', company: 'Batch 5 Inc.' }] });
  for (const data of [{ ids: [] }, { ids: ['../etc'] }, 'not json', { ids: Array(1001).fill(id) }]) {
    expect((await request.post('/api/reports/states', { data })).status()).toBe(400);
  }
});

test('pasted text becomes a report; an empty paste gets a message', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  await home.paste('   ');
  await expect(page.getByTestId('paste-error')).toHaveText(
    'The pasted text is empty. Paste the text of a press release.',
  );
  await home.paste(madeUpRelease('Delta Dynamics Co.'));
  await new ReportPage(page).expectReport('pasted-text.txt', 'Delta Dynamics Co. today reported');
});

test('"Try the sample" opens the American Locker report', async ({ page }) => {
  await new HomePage(page).goto();
  await page.getByRole('button', { name: 'Try the sample' }).click();
  await new ReportPage(page).expectReport('american-locker-2005.txt', 'American Locker Group Incorporated announced');
});

test('two people trying the sample each get a report of their own to correct, linked as copies of one file', async ({ browser }) => {
  const open = async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await new HomePage(page).goto();
    await page.getByRole('button', { name: 'Try the sample' }).click();
    await new ReportPage(page).expectReport('american-locker-2005.txt', 'American Locker Group Incorporated announced');
    return { context, page };
  };
  const first = await open();
  const second = await open();
  expect(second.page.url()).not.toBe(first.page.url());
  for (const { page } of [first, second]) {
    await expect(page.getByTestId('edit-rights')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Actions for/ }).first()).toBeVisible();
  }
  // The second's page links the first as another upload of the same file.
  await expect(second.page.getByTestId('report-copies')).toContainText('this one');
  const firstPath = new URL(first.page.url()).pathname;
  await expect(second.page.getByTestId('report-copies').locator(`a[href="${firstPath}"]`)).toHaveCount(1);
  await first.context.close();
  await second.context.close();
});

test('files dragged over the drop zone change it unmistakably, and leaving restores it', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto();
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Acme Corp. reported revenue.'], 'acme.txt', { type: 'text/plain' }));
    return transfer;
  });
  const zone = page.getByTestId('dropzone');
  await zone.dispatchEvent('dragenter', { dataTransfer });
  await expect(zone).toHaveAttribute('data-dragging', 'true');
  await expect(zone).toContainText('Drop to read these releases');
  expect(await zone.evaluate((z) => getComputedStyle(z).borderStyle)).toBe('solid');
  await zone.dispatchEvent('dragleave', { dataTransfer });
  await expect(zone).not.toHaveAttribute('data-dragging');
  await expect(zone).toContainText('Drag press releases here');
});

test('a file of exactly the size limit, and one byte under it, become reports from the page; one byte over is refused with the reason', async ({ page }) => {
  test.setTimeout(60_000);
  const home = new HomePage(page);
  const limit = 10 * 1024 * 1024;
  const release = Buffer.from('Sizable Corp. today reported revenue of $1.2 million for the year ended December 31, 2025.\n');
  const sized = (bytes: number) => Buffer.concat([release, Buffer.alloc(bytes - release.byteLength, '0123456789')]);
  for (const [name, bytes] of [['at-limit.txt', limit], ['under-limit.txt', limit - 1]] as const) {
    await home.goto();
    await home.chooseFiles([{ name, mimeType: 'text/plain', buffer: sized(bytes) }]);
    await expect(page).toHaveURL(/\/reports\/[A-Za-z0-9_-]{22}$/, { timeout: 30_000 });
    await expect(page.getByTestId('report-file')).toHaveText(name);
  }
  await home.goto();
  await home.chooseFiles([{ name: 'over-limit.txt', mimeType: 'text/plain', buffer: sized(limit + 1) }]);
  await expect(home.row('over-limit.txt')).toContainText('This file is larger than 10 MB');
});
