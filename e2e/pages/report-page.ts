import { expect, type Locator, type Page } from '@playwright/test';

export const REPORT_URL = /\/reports\/[A-Za-z0-9_-]{22}$/;

/** A report: its heading (the file name) and the release text. */
export class ReportPage {
  readonly text: Locator;

  constructor(private readonly page: Page) {
    this.text = page.getByTestId('release-text');
  }

  /** The metrics table row whose first cell names this metric ("Revenue", "EPS (diluted)"). */
  metricRow(name: string): Locator {
    return this.page.getByTestId('metrics-table').getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  async expectReport(fileName: string, excerpt: string) {
    await expect(this.page).toHaveURL(REPORT_URL);
    await expect(this.page.getByRole('heading', { level: 1, name: fileName })).toBeVisible();
    await expect(this.text).toContainText(excerpt);
  }
}
