import { METRIC_IDS, type MetricId } from '@/lib/domain/metrics';
import type { Metric } from '@/lib/domain/release';
import { samePeriod } from '@/lib/parse/periods/calendar-math';
import { sourceAnchor } from './anchors';
import type { CompanyRelease } from './company-view';
import { percentChange } from './metric-rows';

/** A release's figure in a comparison, linked to its words. */
export type ComparedFigure = { value: number; unit: Metric['unit']; anchor: string };
export type ComparedMetric = { metric: MetricId; left: ComparedFigure | null; right: ComparedFigure | null; change: number | null };

/** Two releases side by side: their main periods' consolidated GAAP metrics, customer shares and events. */
export type Comparison = {
  left: CompanyRelease;
  right: CompanyRelease;
  metrics: ComparedMetric[];
  customers: { left: string[]; right: string[] };
  events: { left: string[]; right: string[] };
};

/** The consolidated GAAP figure of a metric for the release's own (main) period, if it states one. */
function mainFigure(release: CompanyRelease, metric: MetricId): ComparedFigure | null {
  const main = release.release.periods[0];
  if (!main) return null;
  const m = release.release.metrics.find((f) => f.metric === metric && f.gaap && f.segment === null && samePeriod(f.period, main));
  return m ? { value: m.value, unit: m.unit, anchor: sourceAnchor(m.source) } : null;
}

const customerLine = (c: CompanyRelease['release']['customers'][number]) => `${c.customer.replace(/\s+/g, ' ')}: ${c.share}% of ${c.basis.replace(/\s+/g, ' ')}`;
const eventLine = (e: CompanyRelease['release']['events'][number]) => `${e.date ?? 'undated'} · ${e.type.replace(/_/g, ' ')}: ${e.summary}`;

/** Compares two releases; the change is from the left release's figure to the right one's. */
export function compareReleases(left: CompanyRelease, right: CompanyRelease): Comparison {
  const metrics = METRIC_IDS.map((metric) => {
    const [l, r] = [mainFigure(left, metric), mainFigure(right, metric)];
    return { metric, left: l, right: r, change: l && r ? percentChange(r.value, l.value) : null };
  }).filter((row) => row.left !== null || row.right !== null);
  return {
    left,
    right,
    metrics,
    customers: { left: left.release.customers.map(customerLine), right: right.release.customers.map(customerLine) },
    events: { left: left.release.events.map(eventLine), right: right.release.events.map(eventLine) },
  };
}
