import { yearEndMonth } from '@/lib/domain/fiscal-year';
import { METRIC_IDS, type MetricId } from '@/lib/domain/metrics';
import type { Metric, Period } from '@/lib/domain/release';
import { samePeriod, shiftYears } from '@/lib/parse/periods/calendar-math';
import { sourceAnchor } from './anchors';
import type { CorrectedRelease } from './corrected-release';
import { percentChange } from './metric-rows';

/** One release of a company, with its facts as corrected. */
export type CompanyRelease = { id: string; fileName: string; createdAt: string; release: CorrectedRelease };

/** A metric's figure for one period, from the release that states it best, with its change on the year before. */
export type CompanyPoint = {
  period: Period;
  value: number;
  unit: Metric['unit'];
  reportId: string;
  /** The DOM id of the figure's words in its report. */
  anchor: string;
  /** The same period a year before, when the series has it. */
  prior: number | null;
  /** Percent change on `prior`; null when there is no prior or the change crosses zero ("n/m"). */
  change: number | null;
};

export type CompanySeries = { metric: MetricId; points: CompanyPoint[] };

export type CompanyView = {
  name: string | null;
  ticker: string | null;
  /** The month its fiscal year ends in, as its latest release that says places it; null when none does. */
  yearEnd: number | null;
  /** The company's releases in the order of their periods (undated last). */
  releases: { id: string; fileName: string; headline: string | null; releaseDate: string | null; period: Period | null }[];
  /** Quarter and year series apart, each metric in income-statement order. */
  quarters: CompanySeries[];
  years: CompanySeries[];
};

type Candidate = { metric: Metric; reportId: string; main: boolean; releaseDate: string };

// A company's model has quarters and years; six- and nine-month figures are sums of those.
const LENGTHS = { quarters: 3, years: 12 } as const;

/**
 * Which release's figure stands for a period several releases state: the latest, whose comparative
 * is the latest word (restated, or per share after a split, as a model keeps its history); of
 * releases of one date, the one that reports on the period.
 */
function better(a: Candidate, b: Candidate): boolean {
  if (a.releaseDate !== b.releaseDate) return a.releaseDate > b.releaseDate;
  return a.main && !b.main;
}

function seriesOf(metric: MetricId, candidates: Candidate[]): CompanySeries {
  const chosen: Candidate[] = [];
  for (const c of candidates) {
    const at = chosen.findIndex((k) => samePeriod(k.metric.period, c.metric.period));
    if (at < 0) chosen.push(c);
    else if (better(c, chosen[at]!)) chosen[at] = c;
  }
  chosen.sort((a, b) => a.metric.period.end.localeCompare(b.metric.period.end));
  const points = chosen.map(({ metric: m, reportId }) => ({
    period: m.period,
    value: m.value,
    unit: m.unit,
    reportId,
    anchor: sourceAnchor(m.source),
    prior: null as number | null,
    change: null as number | null,
  }));
  for (const p of points) {
    const prior = points.find((q) => samePeriod(q.period, { end: shiftYears(p.period.end, -1), months: p.period.months }));
    p.prior = prior?.value ?? null;
    p.change = prior ? percentChange(p.value, prior.value) : null;
  }
  return { metric, points };
}

/**
 * A company's releases over time: each consolidated GAAP metric by quarter and by year, one figure
 * per period, the releases in period order.
 */
export function companyView(releases: CompanyRelease[]): CompanyView {
  const candidates: Candidate[] = releases.flatMap(({ id, release }) =>
    release.metrics
      .filter((m) => m.gaap && m.segment === null)
      .map((metric) => ({ metric, reportId: id, main: release.periods[0] !== undefined && samePeriod(release.periods[0], metric.period), releaseDate: release.releaseDate ?? '' })),
  );
  const series = (months: number) =>
    METRIC_IDS.map((id) => seriesOf(id, candidates.filter((c) => c.metric.metric === id && c.metric.period.months === months))).filter((s) => s.points.length > 0);
  const newestFirst = [...releases].sort((a, b) => (b.release.releaseDate ?? '').localeCompare(a.release.releaseDate ?? ''));
  const latest = newestFirst[0]?.release;
  const ordered = [...releases].sort((a, b) => {
    const [pa, pb] = [a.release.periods[0]?.end ?? '9999', b.release.periods[0]?.end ?? '9999'];
    return pa.localeCompare(pb) || (a.release.releaseDate ?? '').localeCompare(b.release.releaseDate ?? '') || a.createdAt.localeCompare(b.createdAt);
  });
  return {
    name: latest?.company.name ?? null,
    ticker: latest?.company.ticker ?? null,
    yearEnd: newestFirst.map((r) => yearEndMonth(r.release.fiscalYearEnd)).find((m) => m !== null) ?? null,
    releases: ordered.map(({ id, fileName, release }) => ({
      id,
      fileName,
      headline: release.headline?.text ?? null,
      releaseDate: release.releaseDate,
      period: release.periods[0] ?? null,
    })),
    quarters: series(LENGTHS.quarters),
    years: series(LENGTHS.years),
  };
}

/** Every period any of the series has a figure for, oldest first: the columns of a company's table. */
export function periodColumns(series: CompanySeries[]): Period[] {
  const columns: Period[] = [];
  for (const s of series) for (const p of s.points) if (!columns.some((c) => samePeriod(c, p.period))) columns.push(p.period);
  return columns.sort((a, b) => a.end.localeCompare(b.end));
}
