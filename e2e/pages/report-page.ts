import { expect, type Locator, type Page } from '@playwright/test';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export const REPORT_URL = /\/reports\/[A-Za-z0-9_-]{22}$/;

/** A report: its heading (company — headline), its file name, the release text, the facts tables and the charts. */
export class ReportPage {
  readonly text: Locator;
  /** The highlight the page last pointed to (the URL's #fragment). */
  readonly targetedHighlight: Locator;

  constructor(private readonly page: Page) {
    this.text = page.getByTestId('release-text');
    this.targetedHighlight = this.text.locator('.hl:target');
  }

  /** The metrics table row whose first cell names this metric ("Revenue", "EPS (diluted)"), corrected or not. */
  metricRow(name: string, period?: string): Locator {
    const header = this.page.getByRole('rowheader', { name: new RegExp(`^${escapeRegExp(name)}( corrected)?$`) });
    const rows = this.page.getByTestId('metrics-table').getByRole('row').filter({ has: header });
    // A release may state a metric for several periods: the row of one period ("Q1 2022").
    return period ? rows.filter({ hasText: period }) : rows;
  }

  /** The highlight whose words are exactly these (not a sentence around them). */
  highlight(words: string): Locator {
    const exact = new RegExp(`^${escapeRegExp(words)}$`);
    return this.text.locator('.hl').filter({ hasText: exact });
  }

  chart(id: 'chart-results' | 'chart-eps' | 'chart-customers' | 'chart-events'): Locator {
    return this.page.getByTestId(id);
  }

  /** A chart's text alternative, opened. */
  async chartData(id: 'chart-results' | 'chart-eps' | 'chart-customers' | 'chart-events'): Promise<Locator> {
    const chart = this.chart(id);
    await chart.getByText('Data table').click();
    return chart.getByRole('table');
  }

  /** Opens a fact's menu ("Actions for Pre-tax income, FY2004") and picks one of its labelled actions. */
  async factAction(fact: string | RegExp, action: string) {
    const name = typeof fact === 'string' ? `Actions for ${fact}` : new RegExp(`^Actions for ${fact.source}`);
    await this.page.getByRole('button', { name }).click();
    await this.page.getByRole('menuitem', { name: action, exact: true }).click();
  }

  /** Selects the first occurrence of these words in the release text, as a mouse drag would. */
  async selectWords(words: string) {
    await this.text.evaluate((pre, wanted) => {
      const at = pre.textContent!.indexOf(wanted);
      if (at < 0) throw new Error(`not in the release text: ${wanted}`);
      // The text is split across highlights: find the text nodes holding the selection's two ends.
      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent!.length;
        if (seen <= at && at < seen + length) range.setStart(node, at - seen);
        if (seen < at + wanted.length && at + wanted.length <= seen + length) range.setEnd(node, at + wanted.length - seen);
        seen += length;
      }
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    }, words);
  }

  async expectReport(fileName: string, excerpt: string) {
    await expect(this.page).toHaveURL(REPORT_URL);
    await expect(this.page.getByTestId('report-file')).toHaveText(fileName);
    await expect(this.text).toContainText(excerpt);
  }
}
