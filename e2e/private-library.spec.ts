import { expect, test, type Browser } from '@playwright/test';
import { madeUpRelease } from './fixtures';
import { startOwnServer, type OwnServer } from './own-server';

// A server of its own, with LIBRARY=private: each browser's library lists its own reports only.
let server: OwnServer;
let base: string;

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startOwnServer({ LIBRARY: 'private' });
  base = server.base;
});

test.afterAll(async () => {
  await server.stop();
});

/** A browser of its own that uploads one made-up release from the page and lands on its report. */
async function uploader(browser: Browser, company: string) {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Choose files').setInputFiles([{ name: `${company}.txt`, mimeType: 'text/plain', buffer: Buffer.from(madeUpRelease(company)) }]);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(company);
  return { context, page, reportUrl: page.url() };
}

test('each browser lists only its own reports; a share link still opens; an edit link adds the report to the library', async ({ browser }) => {
  const sigma = await uploader(browser, 'Sigma Rail');
  const tau = await uploader(browser, 'Tau Optics');

  await sigma.page.goto('/');
  const library = sigma.page.getByTestId('library');
  await expect(sigma.page.getByRole('heading', { name: 'Your reports' })).toBeVisible();
  await expect(library).toContainText('Sigma Rail');
  await expect(library).not.toContainText('Tau Optics');
  await sigma.page.getByLabel('Search company, ticker or text').fill('Tau');
  await expect(sigma.page.getByText('No report matches “Tau”.')).toBeVisible();

  // A browser with no reports: an empty library and API, yet the share link opens, read-only.
  const strangerContext = await browser.newContext({ baseURL: base });
  const stranger = await strangerContext.newPage();
  await stranger.goto('/');
  await expect(stranger.getByText('No reports yet.')).toBeVisible();
  expect(((await (await strangerContext.request.get('/api/reports')).json()) as { total: number }).total).toBe(0);
  await stranger.goto(tau.reportUrl);
  await expect(stranger.getByRole('heading', { level: 1 })).toContainText('Tau Optics');
  await expect(stranger.getByTestId('read-only')).toBeVisible();

  // Tau's uploader makes an edit link; the stranger who opens it has Tau's report in their library.
  await tau.page.getByTestId('edit-rights').getByRole('button', { name: 'Create edit link' }).click();
  const editLink = await tau.page.getByTestId('edit-rights').getByRole('link').getAttribute('href');
  await stranger.goto(editLink!);
  await stranger.goto('/');
  await expect(stranger.getByTestId('library')).toContainText('Tau Optics');
  await expect(stranger.getByTestId('library')).not.toContainText('Sigma Rail');

  for (const context of [sigma.context, tau.context, strangerContext]) await context.close();
});
