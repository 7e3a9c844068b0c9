import { authorityRank, type TableRole } from '../tables/role';
import { METRICS } from '@/lib/domain/metrics';
import type { Metric, MetricName, Period, Source } from '@/lib/domain/release';
import { samePeriod } from '../periods/calendar-math';
import { touchedBy } from '../rules';

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
  /** The kind of table a table figure sits in. */
  role?: TableRole['kind'];
  rule: string;
};

type Group = { primary: Candidate; sources: Source[] };

/**
 * Groups of figures by metric and period, where periods whose ends lie within a week are one
 * ("the quarter ended June 30" in prose, "13 weeks ended July 2" in the table).
 */
class GroupIndex {
  private readonly byMetric = new Map<string, Group[]>();

  find(metric: MetricName, period: Period, also: (g: Group) => boolean = () => true): Group | undefined {
    return this.byMetric.get(metric)?.find((g) => samePeriod(g.primary.period, period) && also(g));
  }

  add(group: Group): void {
    const list = this.byMetric.get(group.primary.metric) ?? [];
    list.push(group);
    this.byMetric.set(group.primary.metric, list);
  }

  all(): Group[] {
    return [...this.byMetric.values()].flat();
  }
}

/** Whether two statements of a figure agree within what either one's rounding allows. */
export function agree(a: Candidate, b: Candidate): boolean {
  const tolerance = Math.max(a.tolerance, b.tolerance, 1e-9);
  const scale = Math.max(Math.abs(a.value), Math.abs(b.value), 1e-9);
  return Math.abs(a.value - b.value) <= tolerance * scale + 1e-9;
}

function toMetric({ primary, sources }: Group): Metric {
  return {
    metric: primary.metric,
    period: primary.period,
    value: primary.value,
    unit: METRICS[primary.metric].unit,
    gaap: primary.gaap,
    segment: primary.segment,
    derived: primary.derived,
    source: primary.source,
    sources: [...sources].sort((a, b) => a.start - b.start),
    label: primary.label,
    rule: sources.length > 1 ? touchedBy(primary.rule, 'metrics/merge') : primary.rule,
  };
}

// Net income "attributable to" the company, not the total that includes non-controlling interests.
const ATTRIBUTABLE = /\battributable to\b(?!\s+non-?controlling)/i;

/**
 * Of two prose figures, the one written to more digits first: a release states its own results in
 * full ("$523,551,000"), a side remark rounds ("revenues were approximately $6 billion").
 */
function precise(a: Candidate, b: Candidate): number {
  // The unit of the last digit written: "$.40" and "$.46" are alike, "$523,551,000" beats "$6 billion".
  const unit = (c: Candidate) => c.tolerance * Math.abs(c.value);
  if (a.origin !== 'prose' || b.origin !== 'prose') return 0;
  // Ten times finer at least: rounding noise never decides.
  return unit(a) * 10 <= unit(b) ? -1 : unit(b) * 10 <= unit(a) ? 1 : 0;
}

// Stated before inferred, tables before prose, the statement of operations before other tables,
// the company's share of net income before the total, a section's sum before its parts, the more
// precise prose figure, then in reading order.
function precedence(a: Candidate, b: Candidate): number {
  const share = (c: Candidate) => Number(!(c.metric === 'net_income' && ATTRIBUTABLE.test(c.label)));
  // The sum under a section ("Revenues:" … its total) before the parts that classify as the same metric.
  const sum = (c: Candidate) => Number(!c.rule.startsWith('metrics/table-total'));
  return (
    Number(a.derived) - Number(b.derived) ||
    (a.origin === b.origin ? authorityRank(a.role) - authorityRank(b.role) || share(a) - share(b) || sum(a) - sum(b) || precise(a, b) || a.source.start - b.source.start : a.origin === 'table' ? -1 : 1)
  );
}

function join(group: Group, c: Candidate): void {
  group.sources.push(c.source);
  // Keep the most precise statement as the value ($49,023,417 over "$49.0 million"), under the
  // group's own metric and period.
  if (c.tolerance < group.primary.tolerance && !c.derived) {
    const { metric, period, label } = group.primary;
    group.primary = { ...c, metric, period, label };
  }
}

// Dilution lowers a profit per share by a little: basic is at least the diluted figure, and not far above it.
const MAX_DILUTION = 1.25;

/**
 * "Profit per common share" over "Profit per common share — diluted": a statement that gives the
 * diluted figure and another per-share figure of the period, unqualified and as large or a little
 * larger, gives the basic one.
 */
function basicBesideDiluted(c: Candidate, kinds: Group[]): boolean {
  const diluted = kinds.length === 1 && kinds[0]!.primary.metric === 'eps_diluted' ? kinds[0]!.primary : null;
  if (c.origin !== 'table' || diluted?.origin !== 'table' || Math.sign(c.value) !== Math.sign(diluted.value)) return false;
  return Math.abs(c.value) >= Math.abs(diluted.value) && Math.abs(c.value) <= Math.abs(diluted.value) * MAX_DILUTION + 0.01;
}

/**
 * One metric per (metric, period) for the consolidated GAAP figure: the first table statement
 * wins, other statements that agree add their source, ones that disagree (a segment's figure, an
 * outlook) are left out. A per-share figure the prose does not call basic or diluted joins the
 * table's basic or diluted figure it matches, in prose or in a table (a summary's "Profit per
 * share"). Adjusted and segment figures are kept apart.
 */
export function mergeCandidates(candidates: Candidate[]): Metric[] {
  const groups = new GroupIndex();
  const others = new GroupIndex();
  const unspecifiedEps: Candidate[] = [];
  for (const c of [...candidates].sort(precedence)) {
    if (!c.gaap || c.segment) {
      const same = others.find(c.metric, c.period, (o) => o.primary.gaap === c.gaap && o.primary.segment === c.segment && agree(o.primary, c));
      if (same) join(same, c);
      else others.add({ primary: c, sources: [c.source] });
      continue;
    }
    if (c.metric === 'eps') {
      unspecifiedEps.push(c);
      continue;
    }
    const group = groups.find(c.metric, c.period);
    if (!group) groups.add({ primary: c, sources: [c.source] });
    else if (agree(group.primary, c) && !c.derived) join(group, c);
  }
  for (const c of unspecifiedEps) {
    const kinds = (['eps_basic', 'eps_diluted', 'eps'] as const).map((m) => groups.find(m, c.period)).filter((g): g is Group => g !== undefined);
    const match = kinds.find((g) => agree(g.primary, c));
    if (match) join(match, c);
    else if (kinds.length === 0) groups.add({ primary: c, sources: [c.source] });
    else if (basicBesideDiluted(c, kinds)) groups.add({ primary: { ...c, metric: 'eps_basic', rule: touchedBy(c.rule, 'metrics/basic-beside-diluted') }, sources: [c.source] });
  }
  return [...groups.all(), ...others.all()].map(toMetric).sort((a, b) => a.source.start - b.source.start);
}
