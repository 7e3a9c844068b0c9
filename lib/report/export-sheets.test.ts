import { describe, expect, it } from 'vitest';
import { correctRelease } from './corrected-release';
import { exportSheets } from './export-sheets';
import { parseSample } from './seed.test-helper';

describe('exportSheets', () => {
  it('tells a correction in words, before and after, beside the release it is of', () => {
    const parsed = parseSample();
    const { key, ...before } = correctRelease(parsed, []).metrics.find((m) => m.metric === 'net_income' && m.period.end === '2004-12-31')!;
    const trail = [{ id: 1, kind: 'metric' as const, factKey: key, action: 'edit' as const, before, after: { ...before, value: 2_700_000 }, reason: 'audited', createdAt: '2026-11-26T12:00:00.000Z' }];
    const corrections = exportSheets(correctRelease(parsed, trail)).find((s) => s.name === 'Corrections')!;
    expect(corrections.rows).toEqual([
      ['American Locker Group Incorporated', 'ALGIE', '2005-07-27', '2026-11-26T12:00:00.000Z', 'edit', 'audited', `Net income, 12 months to 2004-12-31: ${before.value}`, 'Net income, 12 months to 2004-12-31: 2700000'],
    ]);
  });
});
