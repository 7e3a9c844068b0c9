import { expect, test, type APIResponse } from '@playwright/test';
import { madeUpRelease } from './fixtures';
import { HomePage } from './pages/home-page';

/** The security headers every response carries, whatever it serves. */
function expectGuarded(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers['content-security-policy'], what).toMatch(/default-src '(?:self|none)'/);
  expect(headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['referrer-policy'], what).toBe('same-origin');
  expect(headers['x-powered-by'], what).toBeUndefined();
}

test('every response carries a policy: pages, API, near-API paths, static files, prefetches and misses', async ({ page, request }) => {
  const upload = await request.post('/api/reports?name=headers.txt', { data: madeUpRelease('Headers Corp'), headers: { 'content-type': 'text/plain' } });
  const { id } = (await upload.json()) as { id: string };
  await page.goto('/');
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');

  const paths = ['/', `/reports/${id}`, '/api/reports?pageSize=1', '/apix', '/samples/american-locker-2005.txt', '/icon.svg', '/no-such-page', script!];
  for (const path of paths) expectGuarded(await request.get(path), path);

  // A page asked for as a prefetch is a whole page: its scripts carry the nonce its policy names.
  const prefetches: Record<string, string>[] = [{ purpose: 'prefetch' }, { 'next-router-prefetch': '1' }, { 'sec-purpose': 'prefetch' }];
  for (const headers of prefetches) {
    const response = await request.get(`/reports/${id}`, { headers });
    const what = `prefetch ${JSON.stringify(headers)}`;
    expectGuarded(response, what);
    const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];
    const body = await response.text();
    if (!body.includes('<script')) continue;
    expect(nonce, what).toBeTruthy();
    const scripts = body.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.filter((s) => !s.includes(`nonce="${nonce}"`)), what).toEqual([]);
  }
});

test('no page breaks its own policy: the home page, a report and the library log no violation', async ({ page }) => {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`csp-violation ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => {
    if (m.text().startsWith('csp-violation') || /Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const home = new HomePage(page);
  await home.goto();
  await home.chooseFiles([{ name: 'policy.txt', mimeType: 'text/plain', buffer: Buffer.from(madeUpRelease('Policy Corp')) }]);
  // One file opens its report.
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Policy Corp');
  await page.goto('/?q=policy');
  await expect(page.getByText('Policy Corp').first()).toBeVisible();
  expect(violations).toEqual([]);
});
