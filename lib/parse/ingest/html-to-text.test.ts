import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-to-text';

describe('htmlToText', () => {
  it('keeps paragraphs apart and drops scripts, styles and hidden blocks', () => {
    const html = `<html><head><title>Q3 Results</title><style>p{color:red}</style></head><body>
      <script>alert(1)</script><p>First   paragraph
      wraps.</p><p>Second&nbsp;paragraph &amp; more.</p><div style="display:none">hidden XBRL</div></body></html>`;
    expect(htmlToText(html)).toEqual({ text: 'First paragraph wraps.\n\nSecond paragraph & more.', title: 'Q3 Results', grid: [] });
  });

  it('puts each table row on one line, gluing "$" and ")" cells to their figures', () => {
    // Modern EDGAR tables put the dollar sign and the closing bracket in cells of their own.
    const html = `<table>
      <tr><td></td><td colspan="3">Three Months Ended</td></tr>
      <tr><td>Net sales</td><td>$</td><td>8,781</td><td></td><td>$</td><td>10,196</td></tr>
      <tr><td>Net loss</td><td>$</td><td>(1,234</td><td>)</td><td>$</td><td>(567</td><td>)</td></tr>
    </table>`;
    const { text, grid } = htmlToText(html);
    expect(text).toBe('Three Months Ended\nNet sales | $8,781 | $10,196\nNet loss | $(1,234) | $(567)');
    expect(grid[2]).toEqual({
      table: 0,
      line: 'Net loss | $(1,234) | $(567)',
      cells: [
        { text: 'Net loss', col: 0, span: 1 },
        { text: '$(1,234)', col: 2, span: 1 },
        { text: '$(567)', col: 5, span: 1 },
      ],
    });
  });

  it('keeps a <pre> table exactly as laid out', () => {
    const html = '<p>Results</p><pre>\n                    1997      1996\nNet income......  $1,839    $1,162\n</pre>';
    expect(htmlToText(html).text).toBe('Results\n\n                    1997      1996\nNet income......  $1,839    $1,162');
  });

  it('lays out a page-layout table holding prose as blocks, not one long row', () => {
    const prose = 'ASARCO Incorporated today reported net income of $58.3 million. '.repeat(8);
    const html = `<table><tr><td><img alt="logo"></td></tr><tr><td><p>${prose}</p><table><tr><td>Sales</td><td>$819.7</td></tr></table></td></tr></table>`;
    const { text, grid } = htmlToText(html);
    expect(text).toBe(`${prose.trim()}\n\nSales | $819.7`);
    expect(grid.map((r) => r.line)).toEqual(['Sales | $819.7']);
  });

  it('renders 10,000 nested tags without overflowing the stack', () => {
    const html = `${'<div>'.repeat(10000)}deep${'</div>'.repeat(10000)}`;
    expect(htmlToText(html).text).toBe('deep');
  });

  it('reads the words of markup nested past any real page (thousands of unclosed tags), tags dropped', () => {
    const html = `<p>Net sales rose.</p>${'<div><b>'.repeat(3000)}Net income &amp; EPS rose.`;
    expect(htmlToText(html).text).toBe('Net sales rose. Net income & EPS rose.');
    // Words apart only by tags (one or a run of them) stay apart.
    expect(htmlToText(`${'<div>'.repeat(3000)}Net<b>sales</b></i><i>rose`).text).toBe('Net sales rose');
    // A tag left open at the end takes the rest, as a browser would hide it.
    expect(htmlToText(`${'<p>'.repeat(3000)}Net sales rose<span class="x`).text).toBe('Net sales rose');
  });
});
