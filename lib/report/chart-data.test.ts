import { describe, expect, it } from 'vitest';
import { comparisonChart, concentrationGroups, dateSpan, timeAxis, timeline } from './chart-data';
import { correctRelease } from './corrected-release';
import { parseSample } from './seed.test-helper';

const release = correctRelease(parseSample(), []);

describe('charts of the sample release', () => {
  it('compares 2004 with 2003: net sales $49,023,417 vs $39,256,438 (derived: $49,023,417 less the $9,766,979 increase)', () => {
    const chart = comparisonChart(release, 'USD')!;
    expect(chart).toMatchObject({ unit: 'USD', currentLabel: 'FY2004', priorLabel: 'FY2003' });
    expect(chart.bars.map(({ name, current, prior, priorDerived }) => ({ name, current, prior, priorDerived }))).toEqual([
      { name: 'Revenue', current: 49_023_417, prior: 39_256_438, priorDerived: true },
      { name: 'Pre-tax', current: 4_500_938, prior: 3_545_379, priorDerived: false },
      { name: 'Net income', current: 2_702_948, prior: 2_147_132, priorDerived: false },
    ]);
    expect(chart.bars[0]!.priorAnchor).toBeNull();
    expect(comparisonChart(release, 'USD/share')?.bars).toMatchObject([{ name: 'EPS (diluted)', current: 1.73, prior: 1.38 }]);
  });

  it('groups USPS’s shares by year: 53.9% of 2004 net sales and 52.7% of 2003, with the rest', () => {
    expect(concentrationGroups(release.customers, null).map(({ label, basis, shares, rest }) => ({ label, basis, shares: shares.map((s) => [s.customer, s.share]), rest }))).toEqual([
      { label: 'FY2004', basis: 'consolidated net sales', shares: [['USPS', 53.9]], rest: 46.1 },
      { label: 'FY2003', basis: 'consolidated net sales', shares: [['USPS', 52.7]], rest: 47.3 },
    ]);
  });

  it('puts the May 31, 2005 contract end before the release and the December 2005 restructuring after it', () => {
    const { points, undated, releasedAt } = timeline(release);
    expect(releasedAt).toBe(Date.UTC(2005, 6, 27));
    expect(points.find((p) => p.date === '2005-05-31')).toMatchObject({ type: 'contract_end', expected: false });
    expect(points.find((p) => p.type === 'restructuring')).toMatchObject({ date: '2005-12', expected: true });
    expect(undated.map((e) => e.type)).toEqual(['financing', 'debt_default']);
    expect(points.map((p) => p.at)).toEqual([...points.map((p) => p.at)].sort((a, b) => a - b));
  });
});

describe('dateSpan', () => {
  it.each([
    ['2005', Date.UTC(2005, 0, 1), Date.UTC(2005, 11, 31)],
    ['2005-Q2', Date.UTC(2005, 3, 1), Date.UTC(2005, 5, 30)],
    ['2004-02', Date.UTC(2004, 1, 1), Date.UTC(2004, 1, 29)],
    ['2005-05-31', Date.UTC(2005, 4, 31), Date.UTC(2005, 4, 31)],
  ])('reads %s as a span of days', (date, start, end) => {
    expect(dateSpan(date)).toEqual({ start, end });
  });
});

describe('timeAxis', () => {
  it('spans any number of events: 200,000 dates give the same axis as their first and last', () => {
    const first = Date.UTC(2004, 0, 1);
    const last = Date.UTC(2005, 11, 1);
    const many = [last, ...Array.from({ length: 200_000 }, (_, i) => first + (i % 600) * 86_400_000), first];
    expect(timeAxis(many)).toEqual(timeAxis([first, last]));
  });

  it('puts at most five ticks on month starts inside a padded domain', () => {
    const { domain, ticks } = timeAxis([Date.UTC(2004, 0, 1), Date.UTC(2005, 11, 1)]);
    expect(domain[0]).toBeLessThan(Date.UTC(2004, 0, 1));
    expect(domain[1]).toBeGreaterThan(Date.UTC(2005, 11, 1));
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.length).toBeLessThanOrEqual(5);
    for (const t of ticks) {
      expect(new Date(t).getUTCDate()).toBe(1);
      expect(t).toBeGreaterThanOrEqual(domain[0]);
      expect(t).toBeLessThanOrEqual(domain[1]);
    }
  });

  it('gives a single date room around it', () => {
    const { domain } = timeAxis([Date.UTC(2005, 6, 27)]);
    expect(domain[1] - domain[0]).toBe(60 * 86_400_000);
  });
});
