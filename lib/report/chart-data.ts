import { maxOf, minOf } from '@/lib/arrays';
import { rankedMetrics, shortMetricName } from '@/lib/domain/metrics';
import type { CustomerShare, Metric, ReleaseEvent } from '@/lib/domain/release';
import { shiftYears } from '@/lib/parse/periods/calendar-math';
import { yearEndMonth } from '@/lib/domain/fiscal-year';
import { periodName } from '@/lib/format';
import { sourceAnchor } from './anchors';
import type { CorrectedRelease, Keyed } from './corrected-release';
import { EVENT_LABELS } from './event-labels';
import { metricRows } from './metric-rows';

/** One metric's pair of bars: this period and the one a year before. */
export type ComparisonBar = {
  name: string;
  current: number;
  prior: number | null;
  priorDerived: boolean;
  currentAnchor: string;
  priorAnchor: string | null;
};

export type ComparisonChart = { unit: Metric['unit']; currentLabel: string; priorLabel: string; bars: ComparisonBar[] };


/** Revenue, pre-tax and net income (or EPS) of the main period beside the year before. */
export function comparisonChart(release: CorrectedRelease, unit: Metric['unit']): ComparisonChart | null {
  const main = release.periods[0];
  if (!main) return null;
  const names = rankedMetrics('chart', unit);
  const rows = metricRows(release).filter(
    ({ metric }) =>
      names.includes(metric.metric) && metric.gaap && metric.segment === null &&
      metric.period.end === main.end && metric.period.months === main.months,
  );
  const bars = names.flatMap((name) => rows.filter((r) => r.metric.metric === name).slice(0, 1)).map(({ metric, prior }) => ({
    name: shortMetricName(metric.metric),
    current: metric.value,
    prior: prior?.value ?? null,
    priorDerived: prior?.derived ?? false,
    currentAnchor: sourceAnchor(metric.source),
    priorAnchor: prior && !prior.derived ? sourceAnchor(prior.source) : null,
  }));
  if (bars.length === 0) return null;
  const yearEnd = yearEndMonth(release.fiscalYearEnd);
  return { unit, currentLabel: periodName(main, yearEnd), priorLabel: periodName({ end: shiftYears(main.end, -1), months: main.months }, yearEnd), bars };
}

/** One period's (and basis's) customer shares and the rest of the company's sales. */
export type ConcentrationGroup = {
  label: string;
  basis: string;
  shares: { customer: string; share: number; anchor: string }[];
  rest: number;
};

/** The name a chart has room for: the shortest the release uses ("USPS"). */
export function chartName(c: CustomerShare): string {
  return [c.customer, ...c.aliases].map((n) => n.replace(/\s+/g, ' ').trim()).sort((a, b) => a.length - b.length)[0]!;
}

/** Customer shares grouped by period and basis, newest period first. */
export function concentrationGroups(customers: Keyed<CustomerShare>[], yearEnd: number | null): ConcentrationGroup[] {
  const groups = new Map<string, ConcentrationGroup & { end: string }>();
  for (const c of customers) {
    const basis = c.basis.replace(/\s+/g, ' ');
    const id = `${c.period?.end ?? ''}|${c.period?.months ?? ''}|${basis}`;
    const group = groups.get(id) ?? { label: c.period ? periodName(c.period, yearEnd) : 'Period not stated', basis, shares: [], rest: 0, end: c.period?.end ?? '' };
    group.shares.push({ customer: chartName(c), share: c.share, anchor: sourceAnchor(c.source) });
    groups.set(id, group);
  }
  return [...groups.values()]
    .sort((a, b) => b.end.localeCompare(a.end))
    .map(({ end: _end, ...group }) => ({
      ...group,
      rest: Math.max(0, Math.round((100 - group.shares.reduce((sum, s) => sum + s.share, 0)) * 10) / 10),
    }));
}

/** An event placed on a time axis: the span its date names and its middle. */
export type TimelinePoint = {
  type: ReleaseEvent['type'];
  typeLabel: string;
  date: string;
  start: number;
  end: number;
  at: number;
  expected: boolean;
  summary: string;
  anchor: string;
};

const DAY = 86_400_000;

/** The span of "2005", "2005-Q2", "2005-05" or "2005-05-31", in UTC milliseconds. */
export function dateSpan(date: string): { start: number; end: number } {
  const [year, rest] = [Number(date.slice(0, 4)), date.slice(5)];
  if (rest === '') return { start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) - DAY };
  if (rest.startsWith('Q')) {
    const q = Number(rest.slice(1)) - 1;
    return { start: Date.UTC(year, q * 3, 1), end: Date.UTC(year, q * 3 + 3, 1) - DAY };
  }
  const month = Number(rest.slice(0, 2)) - 1;
  if (rest.length === 2) return { start: Date.UTC(year, month, 1), end: Date.UTC(year, month + 1, 1) - DAY };
  const day = Date.UTC(year, month, Number(rest.slice(3, 5)));
  return { start: day, end: day };
}

/** Dated events on a time axis (expected when they fall after the release date) and the undated ones. */
export function timeline(release: CorrectedRelease): { points: TimelinePoint[]; undated: Keyed<ReleaseEvent>[]; releasedAt: number | null } {
  const releasedAt = release.releaseDate ? dateSpan(release.releaseDate).start : null;
  const points = release.events
    .filter((e): e is Keyed<ReleaseEvent> & { date: string } => e.date !== null)
    .map((e) => {
      const { start, end } = dateSpan(e.date);
      const at = (start + end) / 2;
      return {
        type: e.type, typeLabel: EVENT_LABELS[e.type], date: e.date, start, end, at,
        expected: releasedAt !== null && start > releasedAt,
        summary: e.summary, anchor: sourceAnchor(e.source),
      };
    })
    .sort((a, b) => a.at - b.at);
  return { points, undated: release.events.filter((e) => e.date === null), releasedAt };
}

const STEPS = [1, 3, 6, 12, 24, 60, 120];

/** The time axis: the events and release date with a margin, ticks on month starts at most five. */
export function timeAxis(times: number[]): { domain: [number, number]; ticks: number[] } {
  // No spread: a report may hold more events than a call has room for arguments.
  const [first, last] = [minOf(times), maxOf(times)];
  const pad = Math.max(30 * DAY, (last - first) * 0.08);
  const domain: [number, number] = [first - pad, last + pad];
  const start = new Date(domain[0]);
  const months = (domain[1] - domain[0]) / (30.44 * DAY);
  const step = STEPS.find((s) => months / s <= 5) ?? STEPS.at(-1)!;
  const ticks: number[] = [];
  // First tick: the first month start after the domain's start that is a multiple of the step.
  let m = start.getUTCFullYear() * 12 + start.getUTCMonth() + 1;
  m += (step - (m % step)) % step;
  for (let t = Date.UTC(Math.floor(m / 12), m % 12, 1); t <= domain[1]; m += step, t = Date.UTC(Math.floor(m / 12), m % 12, 1)) ticks.push(t);
  return { domain, ticks };
}
