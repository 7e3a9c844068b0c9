import type { Correction, CorrectableKind } from '@/lib/domain/correction';
import type { CustomerShare, Metric, ParsedRelease, ReleaseEvent } from '@/lib/domain/release';

/** A fact with the key that names it in the audit trail. */
export type Keyed<T> = T & { key: string };

/** A parsed release with the analyst's corrections applied: dismissed facts gone, edits in place. */
export type CorrectedRelease = Omit<ParsedRelease, 'metrics' | 'customers' | 'events'> & {
  metrics: Keyed<Metric>[];
  customers: Keyed<CustomerShare>[];
  events: Keyed<ReleaseEvent>[];
  /** The whole trail, oldest first. */
  corrections: Correction[];
};

function baseKey(fact: Metric | CustomerShare | ReleaseEvent): string {
  if ('metric' in fact) return `metric:${fact.metric}:${fact.period.end}:${fact.period.months}@${fact.source.start}`;
  if ('customer' in fact) return `customer:${fact.share}:${fact.period?.end ?? ''}@${fact.source.start}`;
  return `event:${fact.type}:${fact.date ?? ''}@${fact.source.start}`;
}

/**
 * Keys from what the parser read (name, period, where it is written), not from list positions,
 * so a correction still finds its fact after the same bytes are parsed again by a newer parser.
 */
function withKeys<T extends Metric | CustomerShare | ReleaseEvent>(facts: T[]): Keyed<T>[] {
  const seen = new Map<string, number>();
  return facts.map((fact) => {
    const key = baseKey(fact);
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return { ...fact, key: n === 0 ? key : `${key}#${n}` };
  });
}

/** The key of a fact an analyst added: never one a parse can give. */
export const ADDED_KEY_PREFIX = 'added:';

/**
 * Replays the trail over the parsed facts. A dismissed fact is kept as null, so reverting the
 * dismissal puts it back in its place; added facts follow the parsed ones, in the order added.
 */
function applyTo<T extends Metric | CustomerShare | ReleaseEvent>(facts: Keyed<T>[], trail: Correction[]): Keyed<T>[] {
  const byKey = new Map<string, Keyed<T> | null>(facts.map((f) => [f.key, f] as const));
  for (const c of trail) {
    // A correction of a fact a newer parser no longer reads stays in the trail, applied to nothing.
    if (!byKey.has(c.factKey) && c.action !== 'add') continue;
    byKey.set(c.factKey, c.after === null ? null : { ...(c.after as T), key: c.factKey });
  }
  return [...byKey.values()].filter((f): f is Keyed<T> => f !== null);
}

/** The release as the analyst has corrected it; `parsed` itself is never changed. */
export function correctRelease(parsed: ParsedRelease, corrections: Correction[]): CorrectedRelease {
  const trail = (kind: CorrectableKind) => corrections.filter((c) => c.kind === kind);
  return {
    ...parsed,
    metrics: applyTo(withKeys(parsed.metrics), trail('metric')),
    customers: applyTo(withKeys(parsed.customers), trail('customer')),
    events: applyTo(withKeys(parsed.events), trail('event')),
    corrections,
  };
}

/** Corrections that no longer match a fact (a newer parser read the release differently). */
export function unmatchedCorrections(parsed: ParsedRelease, corrections: Correction[]): Correction[] {
  const keys = new Set([
    ...withKeys(parsed.metrics).map((f) => f.key),
    ...withKeys(parsed.customers).map((f) => f.key),
    ...withKeys(parsed.events).map((f) => f.key),
  ]);
  return corrections.filter((c) => !keys.has(c.factKey) && !c.factKey.startsWith(ADDED_KEY_PREFIX));
}

/**
 * The corrections that can be reverted now: per fact, the latest one not yet reverted. Reverts
 * undo in turn, as an undo stack does: after an edit and a dismissal are reverted, the edit is next.
 */
export function revertibleCorrections(corrections: Correction[]): Set<number> {
  const stacks = new Map<string, number[]>();
  for (const c of corrections) {
    const stack = stacks.get(c.factKey) ?? [];
    if (c.action === 'revert') {
      if (stack.at(-1) === c.reverts) stack.pop();
    } else stack.push(c.id);
    stacks.set(c.factKey, stack);
  }
  return new Set([...stacks.values()].flatMap((stack) => stack.slice(-1)));
}
