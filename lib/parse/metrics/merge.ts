import type { Metric, MetricName, Period, Source } from '@/lib/domain/release';

/** A figure found in a table or in prose, before facts about the same thing are merged. */
export type Candidate = {
  metric: MetricName;
  period: Period;
  value: number;
  gaap: boolean;
  segment: string | null;
  derived: boolean;
  label: string;
  source: Source;
  origin: 'table' | 'prose';
  /** Relative precision of the figure as written: "$53 million" is ±0.5 million. */
  tolerance: number;
  /** The period was written out with its end date ("year ended December 31, 1996"), not inferred. */
  explicitPeriod?: boolean;
};

function key(c: Pick<Candidate, 'metric' | 'period'>): string {
  return `${c.metric}|${c.period.end}|${c.period.months}`;
}

/** Whether two statements of a figure agree within what either one's rounding allows. */
export function agree(a: Candidate, b: Candidate): boolean {
  const tolerance = Math.max(a.tolerance, b.tolerance, 1e-9);
  const scale = Math.max(Math.abs(a.value), Math.abs(b.value), 1e-9);
  return Math.abs(a.value - b.value) <= tolerance * scale + 1e-9;
}

function toMetric(primary: Candidate, sources: Source[]): Metric {
  return {
    metric: primary.metric,
    period: primary.period,
    value: primary.value,
    unit: primary.metric.startsWith('eps') ? 'USD/share' : 'USD',
    gaap: primary.gaap,
    segment: primary.segment,
    derived: primary.derived,
    source: primary.source,
    sources,
    label: primary.label,
  };
}

/**
 * One metric per (metric, period) for the consolidated GAAP figure: the first table statement
 * wins (tables carry full precision), prose that agrees adds its source, prose that disagrees
 * (a segment's figure, an outlook) is left out. Adjusted and segment figures are kept apart.
 */
export function mergeCandidates(candidates: Candidate[]): Metric[] {
  const ordered = [...candidates].sort(
    (a, b) => Number(a.derived) - Number(b.derived) || (a.origin === b.origin ? a.source.start - b.source.start : a.origin === 'table' ? -1 : 1),
  );
  const groups = new Map<string, { primary: Candidate; sources: Source[] }>();
  const others: { primary: Candidate; sources: Source[] }[] = [];
  for (const c of ordered) {
    if (!c.gaap || c.segment) {
      const same = others.find((o) => key(o.primary) === key(c) && o.primary.gaap === c.gaap && o.primary.segment === c.segment && agree(o.primary, c));
      if (same) same.sources.push(c.source);
      else others.push({ primary: c, sources: [c.source] });
      continue;
    }
    const group = groups.get(key(c));
    if (!group) groups.set(key(c), { primary: c, sources: [c.source] });
    else if (agree(group.primary, c) && !c.derived) group.sources.push(c.source);
  }
  return [...groups.values(), ...others]
    .map((g) => toMetric(g.primary, g.sources.sort((a, b) => a.start - b.start)))
    .sort((a, b) => a.source.start - b.source.start);
}
