import { METRIC_IDS } from '@/lib/domain/metrics';
import type { Check, Metric, ParsedRelease } from '@/lib/domain/release';
import { samePeriod, shiftYears } from '@/lib/parse/periods/calendar-math';

/** One line of the metrics table: a figure, the one a year before it, and what the release says of the change. */
export type MetricRow<M extends Metric = Metric> = {
  metric: M;
  prior: M | null;
  change: number | null;
  percentChange: number | null;
  checks: Check[];
};


function sameKind(a: Metric, b: Metric): boolean {
  return a.metric === b.metric && a.gaap === b.gaap && a.segment === b.segment && a.period.months === b.period.months;
}

function yearBefore<M extends Metric>(metrics: M[], m: M): M | null {
  const target = { end: shiftYears(m.period.end, -1), months: m.period.months };
  return metrics.find((p) => p !== m && sameKind(p, m) && samePeriod(p.period, target)) ?? null;
}

/**
 * The percent change from `prior` to `value`; null where it means nothing ("n/m", as analysts write
 * it): from zero, or across zero (a loss to a profit is no "+300%").
 */
export function percentChange(value: number, prior: number): number | null {
  if (prior === 0 || (value !== 0 && Math.sign(value) !== Math.sign(prior))) return null;
  return ((value - prior) / Math.abs(prior)) * 100;
}

/**
 * The metrics table: each figure with its prior-year figure beside it, so a prior appears only in
 * its current figure's row. GAAP consolidated figures first, in income-statement order.
 */
export function metricRows<M extends Metric>(parsed: { metrics: M[]; checks: ParsedRelease['checks'] }): MetricRow<M>[] {
  const { metrics, checks } = parsed;
  const priors = new Set(metrics.map((m) => yearBefore(metrics, m)).filter((p): p is M => p !== null));
  return metrics
    .filter((m) => !priors.has(m))
    .map((metric) => {
      const prior = yearBefore(metrics, metric);
      const change = prior ? metric.value - prior.value : null;
      return {
        metric,
        prior,
        change,
        percentChange: prior ? percentChange(metric.value, prior.value) : null,
        checks: checks.filter((c) => c.metric === metric.metric && c.period.end === metric.period.end && c.period.months === metric.period.months),
      };
    })
    .sort(
      (a, b) =>
        Number(!a.metric.gaap || a.metric.segment !== null) - Number(!b.metric.gaap || b.metric.segment !== null) ||
        METRIC_IDS.indexOf(a.metric.metric) - METRIC_IDS.indexOf(b.metric.metric) ||
        a.metric.period.months - b.metric.period.months ||
        b.metric.period.end.localeCompare(a.metric.period.end),
    );
}

/** Which table of the report a figure belongs in: the consolidated GAAP statement, non-GAAP measures, or segments. */
export type MetricBasis = 'gaap' | 'non_gaap' | 'segment';

export function basisOf(metric: Pick<Metric, 'gaap' | 'segment'>): MetricBasis {
  if (metric.segment !== null) return 'segment';
  return metric.gaap ? 'gaap' : 'non_gaap';
}

/** The metrics table's rows split by basis, each in the table's order. */
export function rowsByBasis<M extends Metric>(rows: MetricRow<M>[]): Record<MetricBasis, MetricRow<M>[]> {
  const out: Record<MetricBasis, MetricRow<M>[]> = { gaap: [], non_gaap: [], segment: [] };
  for (const row of rows) out[basisOf(row.metric)].push(row);
  return out;
}
