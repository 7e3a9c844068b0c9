import { expect, test } from '@playwright/test';
import { HomePage } from './pages/home-page';
import { ReportPage } from './pages/report-page';

// A made-up release whose reconciliation table holds GAAP and non-GAAP per-share figures.
function reconciliationRelease(): string {
  return `<html><body>
<p>Orvanta Reports Fourth Quarter Results</p>
<p>BOISE, Idaho, Feb. 4, 2032 -- Orvanta Inc. (NASDAQ: ORVT) reported net sales of $40.2 million for the fourth quarter. [${crypto.randomUUID()}]</p>
<p>Reconciliation of GAAP to Non-GAAP Financial Measures (in thousands, except per share data)</p>
<table>
<tr><td></td><td>Three Months Ended December 31,</td></tr>
<tr><td></td><td>2031</td><td>2030</td></tr>
<tr><td>Net sales</td><td>$40,200</td><td>$35,000</td></tr>
<tr><td>GAAP diluted earnings per share</td><td>$0.50</td><td>$0.40</td></tr>
<tr><td>Stock-based compensation</td><td>0.11</td><td>0.09</td></tr>
<tr><td>Non-GAAP diluted earnings per share</td><td>$0.61</td><td>$0.49</td></tr>
</table></body></html>`;
}

test('a reconciliation table shows GAAP and non-GAAP EPS apart, labelled, and the headline figure is GAAP', async ({ page }, testInfo) => {
  const home = new HomePage(page);
  await home.goto();
  await home.dropFile('orvanta.htm', reconciliationRelease());
  await new ReportPage(page).expectReport('orvanta.htm', 'Orvanta Inc. (NASDAQ: ORVT) reported');

  const gaap = page.getByTestId('metrics-table');
  const gaapEps = gaap.getByRole('row', { name: /^EPS \(diluted\)/ });
  await expect(gaapEps).toContainText('$0.50');
  await expect(gaapEps).toContainText('$0.40');
  await expect(gaap).not.toContainText('$0.61');

  const nonGaap = page.getByTestId('non-gaap-table');
  await expect(page.getByRole('heading', { name: /Non-GAAP measures/ })).toBeVisible();
  const adjustedEps = nonGaap.getByRole('row', { name: /^Non-GAAP diluted earnings per share/ });
  await expect(adjustedEps).toContainText('$0.61');
  await expect(adjustedEps).toContainText('$0.49');

  await page.screenshot({ path: testInfo.outputPath('non-gaap.png'), fullPage: true });
  // The share-link preview takes its figure from the GAAP statement.
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', /\$40\.2M/);
});
