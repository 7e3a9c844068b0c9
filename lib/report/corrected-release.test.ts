import { describe, expect, it } from 'vitest';
import type { Correction } from '@/lib/domain/correction';
import { correctRelease, revertibleCorrections, unmatchedCorrections } from './corrected-release';
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

  it('adds an analyst’s fact after the parsed ones, and a reverted dismissal puts a fact back in its place', () => {
    const { events } = correctRelease(parsed, []);
    const { key, ...second } = events[1]!;
    const added = { type: 'order' as const, date: '2005-06', summary: 'an order', amount: null, source: { start: 0, end: 8 }, rule: 'analyst/added' };
    const trail = [
      correction({ id: 1, kind: 'event', action: 'dismiss', factKey: key, before: second, after: null }),
      correction({ id: 2, kind: 'event', action: 'add', factKey: 'added:a1', before: null, after: added }),
      correction({ id: 3, kind: 'event', action: 'revert', reverts: 1, factKey: key, before: null, after: second }),
    ];
    expect(correctRelease(parsed, trail.slice(0, 2)).events.map((e) => e.key)).toEqual([...events.filter((e) => e.key !== key).map((e) => e.key), 'added:a1']);
    expect(correctRelease(parsed, trail).events.map((e) => e.key)).toEqual([...events.map((e) => e.key), 'added:a1']);
    expect(correctRelease(parsed, trail).events.at(-1)).toEqual({ ...added, key: 'added:a1' });
    // An added fact is the analyst's, so it never goes stale when the release is parsed again.
    expect(unmatchedCorrections(parsed, trail)).toEqual([]);
    // Reverting the add removes the fact again.
    const removed = correction({ id: 4, kind: 'event', action: 'revert', reverts: 2, factKey: 'added:a1', before: added, after: null });
    expect(correctRelease(parsed, [...trail, removed]).events.map((e) => e.key)).toEqual(events.map((e) => e.key));
  });

  it('offers each fact’s corrections for reverting latest first, as an undo stack', () => {
    const base = { kind: 'event' as const, before: null, after: null };
    const trail = [
      correction({ ...base, id: 1, action: 'add', factKey: 'added:a' }),
      correction({ ...base, id: 2, action: 'repoint', factKey: 'added:a' }),
      correction({ ...base, id: 3, action: 'dismiss', factKey: 'event:b' }),
    ];
    expect([...revertibleCorrections(trail)]).toEqual([2, 3]);
    const undone = correction({ ...base, id: 4, action: 'revert', reverts: 2, factKey: 'added:a' });
    expect([...revertibleCorrections([...trail, undone])]).toEqual([1, 3]);
    const all = correction({ ...base, id: 5, action: 'revert', reverts: 1, factKey: 'added:a' });
    expect([...revertibleCorrections([...trail, undone, all])]).toEqual([3]);
  });
});
