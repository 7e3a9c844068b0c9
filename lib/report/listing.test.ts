import { describe, expect, it } from 'vitest';
import { correctRelease } from './corrected-release';
import { listingOf, shareDescription } from './listing';
import { parseSample } from './seed.test-helper';

describe('listingOf', () => {
  it('lists the sample by company, ticker, release date, period and its headline figures', () => {
    const listing = listingOf(parseSample());
    expect(listing).toEqual({
      company: 'American Locker Group Incorporated',
      ticker: 'ALGIE',
      releaseDate: '2005-07-27',
      headline: 'ANNUAL REPORT ON FORM 10-K FILED; RESULTS FOR 2004 ANNOUNCED',
      period: { end: '2004-12-31', months: 12 },
      // The sample's year ends December 31, 2004.
      yearEnd: 12,
      figures: [
        { metric: 'revenue', period: { end: '2004-12-31', months: 12 }, value: 49_023_417, unit: 'USD', label: 'consolidated net sales', prior: 39_256_438, percentChange: expect.closeTo(24.88, 2) },
        { metric: 'net_income', period: { end: '2004-12-31', months: 12 }, value: 2_702_948, unit: 'USD', label: expect.any(String), prior: 2_147_132, percentChange: expect.closeTo(25.89, 2) },
        { metric: 'eps_diluted', period: { end: '2004-12-31', months: 12 }, value: 1.73, unit: 'USD/share', label: expect.any(String), prior: 1.38, percentChange: expect.closeTo(25.36, 2) },
      ],
    });
  });

  it('describes the sample for a shared link as the issue asks', () => {
    expect(shareDescription(listingOf(parseSample()))).toBe('American Locker Group — FY2004: net sales $49.0M, +24.9%');
  });

  it('uses corrected figures', () => {
    const parsed = parseSample();
    const { metrics } = correctRelease(parsed, []);
    const { key, ...before } = metrics.find((m) => m.metric === 'revenue' && m.period.end === '2004-12-31')!;
    const release = correctRelease(parsed, [
      { id: 1, kind: 'metric', factKey: key, action: 'edit', before, after: { ...before, value: 50_000_000 }, reason: 'test', createdAt: '2026-11-26T00:00:00.000Z' },
    ]);
    expect(shareDescription(listingOf(release))).toBe('American Locker Group — FY2004: net sales $50.0M, +27.4%');
  });

  it('says only the company when no figure was found', () => {
    expect(shareDescription({ company: 'Acme Corp.', ticker: null, releaseDate: null, headline: null, period: null, yearEnd: null, figures: [] })).toBe('Acme');
  });
});
