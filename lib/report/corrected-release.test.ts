import { describe, expect, it } from 'vitest';
import type { Correction } from '@/lib/domain/correction';
import { correctRelease, unmatchedCorrections } from './corrected-release';
import { parseSample } from './seed.test-helper';

const parsed = parseSample();

function correction(over: Partial<Correction> & Pick<Correction, 'factKey' | 'before' | 'after'>): Correction {
  return { id: 1, kind: 'metric', action: 'edit', reason: 'checked against the 10-K', createdAt: '2026-11-26T10:00:00.000Z', ...over } as Correction;
}

describe('correctRelease', () => {
  it('gives every fact a distinct key built from what it is and where it is written', () => {
    const release = correctRelease(parsed, []);
    const keys = [...release.metrics, ...release.customers, ...release.events].map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    const revenue = release.metrics.find((m) => m.metric === 'revenue' && m.period.end === '2004-12-31')!;
    expect(revenue.key).toBe(`metric:revenue:2004-12-31:12@${revenue.source.start}`);
    // The same bytes parsed again give the same keys, so stored corrections find their facts.
    expect(correctRelease(parseSample(), []).metrics.map((m) => m.key)).toEqual(release.metrics.map((m) => m.key));
  });

  it('applies edits in order and drops dismissed facts, leaving the parse itself untouched', () => {
    const { metrics, events } = correctRelease(parsed, []);
    const revenue = metrics.find((m) => m.metric === 'revenue' && m.period.end === '2004-12-31')!;
    const { key, ...before } = revenue;
    const debt = events.find((e) => e.type === 'debt_default')!;
    const { key: debtKey, ...debtBefore } = debt;
    const trail = [
      correction({ factKey: key, before, after: { ...before, value: 49_000_000 } }),
      correction({ id: 2, factKey: key, before: { ...before, value: 49_000_000 }, after: { ...before, value: 49_023_000 } }),
      correction({ id: 3, kind: 'event', action: 'dismiss', factKey: debtKey, before: debtBefore, after: null }),
    ];
    const release = correctRelease(parsed, trail);
    expect(release.metrics.find((m) => m.key === key)?.value).toBe(49_023_000);
    expect(release.metrics).toHaveLength(metrics.length);
    expect(release.events.map((e) => e.key)).not.toContain(debtKey);
    expect(release.events).toHaveLength(events.length - 1);
    expect(release.corrections).toEqual(trail);
    expect(parsed.metrics.find((m) => m.metric === 'revenue' && m.period.end === '2004-12-31')?.value).toBe(49_023_417);
  });

  it('reports corrections whose fact the parse no longer has', () => {
    const { metrics } = correctRelease(parsed, []);
    const { key, ...before } = metrics[0]!;
    const stale = correction({ factKey: 'metric:revenue:1999-12-31:12@5', before, after: null, action: 'dismiss' });
    const live = correction({ factKey: key, before, after: null, action: 'dismiss' });
    expect(unmatchedCorrections(parsed, [stale, live])).toEqual([stale]);
  });
});
