import { describe, expect, it } from 'vitest';
import { parseRelease } from '@/lib/parse';
import { compareReleases } from './compare';
import { companyView, type CompanyRelease } from './company-view';
import { companySheets } from './company-sheets';
import { correctRelease } from './corrected-release';

/** A made-up quarterly release of one company: its quarter beside the same quarter a year before, in thousands. */
function release(date: string, quarter: string, ends: [string, string], revenue: [string, string], netIncome: [string, string], tag: string): string {
  return [
    `Quillon Devices Reports ${quarter} Results`,
    '',
    `AUSTIN, Texas, ${date} -- Quillon Devices Inc. (NYSE: QLD) today reported results for the ${quarter.toLowerCase()}. [${tag}]`,
    '',
    'QUILLON DEVICES INC. CONSOLIDATED STATEMENTS OF OPERATIONS (in thousands)',
    '',
    '\tThree Months Ended',
    `\t${ends[0]}\t${ends[1]}`,
    `Revenue\t$${revenue[0]}\t$${revenue[1]}`,
    `Net income\t${netIncome[0]}\t${netIncome[1]}`,
  ].join('\n');
}

function uploaded(id: string, text: string, createdAt: string): CompanyRelease {
  return { id, fileName: `${id}.txt`, createdAt, release: correctRelease(parseRelease(text), []) };
}

describe('companyView', () => {
  const first = release('May 1, 2031', 'First Quarter', ['March 31, 2031', 'March 31, 2030'], ['12,000', '10,000'], ['1,500', '1,200'], 'q1');
  const second = release('July 31, 2031', 'Second Quarter', ['June 30, 2031', 'June 30, 2030'], ['13,200', '11,000'], ['(300)', '1,000'], 'q2');
  // The second quarter again, as another copy of the same release (a newsroom page beside the filing).
  const twin = release('July 31, 2031', 'Second Quarter', ['June 30, 2031', 'June 30, 2030'], ['13,200', '11,000'], ['(300)', '1,000'], 'q2 twin');
  const view = companyView([uploaded('q2', second, '2031-08-01T00:00:00Z'), uploaded('q1', first, '2031-08-02T00:00:00Z'), uploaded('twin', twin, '2031-08-03T00:00:00Z')]);

  it('lists the releases in the order of their periods', () => {
    expect([view.name, view.ticker]).toEqual(['Quillon Devices Inc.', 'QLD']);
    expect(view.releases.map((r) => [r.id, r.period?.end, r.releaseDate])).toEqual([
      ['q1', '2031-03-31', '2031-05-01'],
      ['q2', '2031-06-30', '2031-07-31'],
      ['twin', '2031-06-30', '2031-07-31'],
    ]);
  });

  it('keeps one figure per quarter, from the release that reports on it, with its change on the year before', () => {
    // Changes by hand: 12.0 on 10.0 and 13.2 on 11.0 are +20%; 1.5 on 1.2 is +25%; a loss after a profit has none.
    expect(view.quarters.map((s) => [s.metric, s.points.map((p) => [p.period.end, p.value, p.reportId, p.change === null ? null : Math.round(p.change * 10) / 10])])).toEqual([
      ['revenue', [['2030-03-31', 10_000_000, 'q1', null], ['2030-06-30', 11_000_000, 'q2', null], ['2031-03-31', 12_000_000, 'q1', 20], ['2031-06-30', 13_200_000, 'q2', 20]]],
      ['net_income', [['2030-03-31', 1_200_000, 'q1', null], ['2030-06-30', 1_000_000, 'q2', null], ['2031-03-31', 1_500_000, 'q1', 25], ['2031-06-30', -300_000, 'q2', null]]],
    ]);
    expect(view.years).toEqual([]);
  });

  it('takes a period from the latest release that states it: a comparative restated, or per share after a split', () => {
    // A year on, the first quarter of 2031 is restated: 12,100 in place of 12,000.
    const nextYear = release('May 3, 2032', 'First Quarter', ['March 31, 2032', 'March 31, 2031'], ['14,520', '12,100'], ['1,800', '1,500'], 'q1 2032');
    const later = companyView([uploaded('q1', first, '2031-08-02T00:00:00Z'), uploaded('q1-2032', nextYear, '2032-05-04T00:00:00Z')]);
    // 14.52 on 12.1 is +20%.
    expect(later.quarters[0]!.points.map((p) => [p.period.end, p.value, p.reportId, p.change === null ? null : Math.round(p.change * 10) / 10])).toEqual([
      ['2030-03-31', 10_000_000, 'q1', null],
      ['2031-03-31', 12_100_000, 'q1-2032', 21],
      ['2032-03-31', 14_520_000, 'q1-2032', 20],
    ]);
  });

  it('links each figure to its words in its report', () => {
    const point = view.quarters[0]!.points[3]!;
    const text = correctRelease(parseRelease(second), []).text;
    const [, start, end] = /^src-(\d+)-(\d+)$/.exec(point.anchor)!.map(Number);
    expect(text.slice(start, end)).toBe('$13,200');
  });
});

describe('companySheets', () => {
  const view = companyView([
    uploaded('q1', release('May 1, 2031', 'First Quarter', ['March 31, 2031', 'March 31, 2030'], ['12,000', '10,000'], ['1,500', '1,200'], 'a'), '2031-05-02T00:00:00Z'),
    uploaded('q2', release('July 31, 2031', 'Second Quarter', ['June 30, 2031', 'June 30, 2030'], ['13,200', '11,000'], ['(300)', '1,000'], 'b'), '2031-08-01T00:00:00Z'),
  ]);
  const [quarters, years, figures] = companySheets(view);

  it('exports the page’s table: a row per metric, a column per quarter, oldest first, in units', () => {
    expect(quarters).toEqual({
      name: 'By quarter',
      columns: ['Metric', 'Unit', 'Q1 2030 (to 2030-03-31)', 'Q2 2030 (to 2030-06-30)', 'Q1 2031 (to 2031-03-31)', 'Q2 2031 (to 2031-06-30)'],
      rows: [
        ['Revenue', 'USD', 10_000_000, 11_000_000, 12_000_000, 13_200_000],
        ['Net income', 'USD', 1_200_000, 1_000_000, 1_500_000, -300_000],
      ],
    });
    expect(years).toEqual({ name: 'By year', columns: ['Metric', 'Unit'], rows: [] });
  });

  it('lists every figure with its company, period, change on the year before and the link to its words', () => {
    expect(figures!.rows.find((r) => r[3] === 'Revenue' && r[5] === '2031-06-30')).toEqual([
      'Quillon Devices Inc.', 'QLD', 'quarter', 'Revenue', 'Q2 2031', '2031-06-30', 3, 13_200_000, 'USD', 11_000_000, 20, expect.stringMatching(/^\/reports\/q2#src-\d+-\d+$/),
    ]);
    expect(figures!.rows).toHaveLength(8);
  });
});

describe('compareReleases', () => {
  it("sets two releases' own periods side by side, with the change from the first to the second", () => {
    const first = uploaded('q1', release('May 1, 2031', 'First Quarter', ['March 31, 2031', 'March 31, 2030'], ['12,000', '10,000'], ['1,500', '1,200'], 'c1'), '2031-08-02T00:00:00Z');
    const second = uploaded('q2', release('July 31, 2031', 'Second Quarter', ['June 30, 2031', 'June 30, 2030'], ['13,200', '11,000'], ['(300)', '1,000'], 'c2'), '2031-08-03T00:00:00Z');
    const { metrics, customers, events } = compareReleases(first, second);
    // 13.2 on 12.0 is +10%; a loss after a profit is n/m.
    expect(metrics.map((m) => [m.metric, m.left?.value ?? null, m.right?.value ?? null, m.change === null ? null : Math.round(m.change * 10) / 10])).toEqual([
      ['revenue', 12_000_000, 13_200_000, 10],
      ['net_income', 1_500_000, -300_000, null],
    ]);
    expect([customers, events]).toEqual([{ left: [], right: [] }, { left: [], right: [] }]);
  });
});
