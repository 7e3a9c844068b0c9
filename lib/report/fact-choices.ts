import type { CorrectableKind } from '@/lib/domain/correction';
import type { CorrectedRelease } from './corrected-release';
import { factLabel } from './highlights';

/** A fact as a picker lists it: which one, of what kind, in one line. */
export type FactChoice = { key: string; kind: CorrectableKind; label: string };

const SUMMARY_CHARS = 60;

/** Every fact of the report an analyst can point at other words, in the order the report lists them. */
export function factChoices(release: CorrectedRelease): FactChoice[] {
  return [
    ...release.metrics.map((m) => ({ key: m.key, kind: 'metric' as const, label: factLabel(m) })),
    ...release.customers.map((c) => ({ key: c.key, kind: 'customer' as const, label: factLabel(c) })),
    ...release.events.map((e) => ({ key: e.key, kind: 'event' as const, label: `${factLabel(e)} · ${e.summary.slice(0, SUMMARY_CHARS)}` })),
  ];
}
