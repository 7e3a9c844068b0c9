import { describe, expect, it } from 'vitest';
import { correctRelease } from './corrected-release';
import { exportCsvRows, exportJson } from './export';
import { parseSample } from './seed.test-helper';

const parsed = parseSample();

describe('exportCsvRows', () => {
  it('writes the 2004 net sales row with its prior, change and source words', () => {
    const [header, ...rows] = exportCsvRows(correctRelease(parsed, []));
    const row = (r: string[]) => Object.fromEntries(header!.map((h, i) => [h, r[i]]));
    expect(rows.map(row).find((r) => r.name === 'revenue' && r.period_end === '2004-12-31')).toMatchObject({
      section: 'metric', value: '49023417', unit: 'USD', prior_value: '39256438', change: '9766979', percent_change: '24.88',
      derived: 'false', corrected: 'false', rule: 'metrics/prose-figure', source_text: '$49,023,417',
    });
    expect(rows.map(row).filter((r) => r.section === 'customer').map((r) => [r.name, r.value, r.period_end])).toEqual([
      ['United States Postal Service', '53.9', '2004-12-31'],
      ['United States Postal Service', '52.7', '2003-12-31'],
    ]);
    expect(rows.every((r) => r.length === header!.length)).toBe(true);
  });

  it('uses corrected values, marks them, and appends the trail', () => {
    const { metrics } = correctRelease(parsed, []);
    const { key, ...before } = metrics.find((m) => m.metric === 'net_income' && m.period.end === '2004-12-31')!;
    const trail = [{ id: 7, kind: 'metric' as const, factKey: key, action: 'edit' as const, before, after: { ...before, value: 2_700_000 }, reason: 'audited', createdAt: '2026-11-26T12:00:00.000Z' }];
    const [header, ...rows] = exportCsvRows(correctRelease(parsed, trail));
    const col = (name: string) => header!.indexOf(name);
    const net = rows.find((r) => r[col('key')] === key)!;
    expect([net[col('value')], net[col('corrected')]]).toEqual(['2700000', 'true']);
    const trailRow = rows.at(-1)!;
    expect(['company', 'ticker', 'release_date', 'section', 'key', 'name'].map((c) => trailRow[col(c)])).toEqual(['American Locker Group Incorporated', 'ALGIE', '2005-07-27', 'correction', key, 'edit']);
    // In words, no JSON in the cell.
    expect(trailRow[col('summary')]).toBe(`audited | before: Net income, 12 months to 2004-12-31: ${before.value} | after: Net income, 12 months to 2004-12-31: 2700000`);
  });
});

describe('exportJson', () => {
  it('keeps the contract’s fields, the file name and the (empty) trail', () => {
    const json = exportJson('american-locker-2005.txt', correctRelease(parsed, []));
    expect(json).toMatchObject({ file: 'american-locker-2005.txt', company: { ticker: 'ALGIE' }, releaseDate: '2005-07-27', corrections: [] });
    expect(json.text).toBe(parsed.text);
  });
});
