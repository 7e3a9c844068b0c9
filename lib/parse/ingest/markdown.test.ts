import { describe, expect, it } from 'vitest';
import { parseRelease } from '../index';
import { looksLikeMarkdown } from './markdown';

// A release as a markdown converter writes it: emphasis marks, escapes, and the statement kept as
// an HTML table because its header spans columns.
const MARKDOWN = `**Exhibit 99.1**

# **Pinecrest Tools Reports Second Quarter Results**

DENVER, Colorado, August 2, 2023 -- Pinecrest Tools Inc. (NASDAQ: PCTL) today reported results for its second quarter\\.

<table><tr><td></td><td colspan="2">Three Months Ended June 30,</td></tr>
<tr><td>(in thousands)</td><td>2023</td><td>2022</td></tr>
<tr><td>Net sales</td><td>$12,345</td><td>$11,000</td></tr>
<tr><td>Net income</td><td>1,020</td><td>870</td></tr></table>

**About Pinecrest Tools**

Pinecrest Tools makes hand tools.`;

describe('markdown pasted as text', () => {
  it('is told from HTML and from plain text', () => {
    expect(looksLikeMarkdown(MARKDOWN)).toBe(true);
    expect(looksLikeMarkdown('<html><body><p>**not** markdown **here**</p></body></html>')).toBe(false);
    expect(looksLikeMarkdown('NET SALES ROSE\n\nSales were $5 million.')).toBe(false);
  });

  it('is told by its links, images and rules too, and reads them as their words', () => {
    const text = [
      '![Larkspur Devices logo](img/logo.png)',
      '',
      '_For Immediate Release_',
      '',
      '**LARKSPUR DEVICES REPORTS RECORD SALES**',
      '',
      '* * *',
      '',
      'AUSTIN, Texas, May 5, 2031 - Larkspur Devices, Inc. (NASDAQ: LRKD) today reported sales of $8.2 million. See [the full release](https://example.com/r).',
    ].join('\n');
    expect(looksLikeMarkdown(text)).toBe(true);
    const parsed = parseRelease(`${text}\n\n<table><tr><td>Net sales</td><td>$8,200</td></tr></table>`);
    expect([parsed.format, parsed.releaseDate, parsed.company?.name]).toEqual(['text', '2031-05-05', 'Larkspur Devices, Inc.']);
    expect(parsed.text).toContain('For Immediate Release\n');
    expect(parsed.text).toContain('See the full release.');
    expect(parsed.text).not.toContain('logo.png');
  });

  it('reads its paragraphs as text, without emphasis marks, and its HTML table as a table', () => {
    const parsed = parseRelease(MARKDOWN);
    expect(parsed.headline?.text).toBe('Pinecrest Tools Reports Second Quarter Results');
    expect(parsed.releaseDate).toBe('2023-08-02');
    expect(parsed.metrics.filter((m) => m.rule.startsWith('metrics/table-row')).map((m) => [m.metric, m.period.end, m.value])).toEqual([
      ['revenue', '2023-06-30', 12345000],
      ['revenue', '2022-06-30', 11000000],
      ['net_income', '2023-06-30', 1020000],
      ['net_income', '2022-06-30', 870000],
    ]);
  });
});
