import type { HeadlineFigure, Listing } from '@/lib/domain/listing';
import { rankedMetrics } from '@/lib/domain/metrics';
import type { ParsedRelease } from '@/lib/domain/release';
import { yearEndMonth } from '@/lib/domain/fiscal-year';
import { formatMoney, formatPercent, METRIC_LABELS, periodName, shortCompanyName } from '@/lib/format';
import { metricRows } from './metric-rows';

const HEADLINE_METRICS = rankedMetrics('headline');

/** The main period's consolidated GAAP revenue, net income and EPS, each with its prior-year change. */
export function headlineFigures(parsed: Pick<ParsedRelease, 'metrics' | 'checks' | 'periods'>): HeadlineFigure[] {
  const main = parsed.periods[0];
  if (!main) return [];
  const rows = metricRows(parsed).filter(
    ({ metric }) =>
      metric.gaap && metric.segment === null && metric.period.end === main.end && metric.period.months === main.months,
  );
  const figures = HEADLINE_METRICS.flatMap((name) => rows.filter((r) => r.metric.metric === name).slice(0, 1));
  // Diluted EPS stands for EPS; an unspecified EPS only when there is no diluted one.
  const perShare = figures.filter((r) => r.metric.unit === 'USD/share').slice(0, 1);
  return [...figures.filter((r) => r.metric.unit === 'USD'), ...perShare].map(({ metric, prior, percentChange }) => ({
    metric: metric.metric,
    period: metric.period,
    value: metric.value,
    unit: metric.unit,
    label: metric.label.replace(/\s+/g, ' '),
    prior: prior?.value ?? null,
    percentChange,
  }));
}

/** The library row's facts for a parsed (and possibly corrected) release. */
export function listingOf(parsed: Pick<ParsedRelease, 'company' | 'releaseDate' | 'headline' | 'periods' | 'fiscalYearEnd' | 'metrics' | 'checks'>): Listing {
  return {
    company: parsed.company.name,
    ticker: parsed.company.ticker,
    releaseDate: parsed.releaseDate,
    headline: parsed.headline?.text.replace(/\s+/g, ' ').trim() ?? null,
    period: parsed.periods[0] ?? null,
    yearEnd: yearEndMonth(parsed.fiscalYearEnd),
    figures: headlineFigures(parsed),
  };
}

// "Consolidated net sales", "Total revenues": the qualifier adds nothing in a one-line summary.
const QUALIFIERS = /^(?:(?:consolidated|total|reported)\s+)+/i;

/** "net sales $49.0M, +24.9%": a headline figure in words, named as the release names it. */
export function describeFigure(figure: HeadlineFigure): string {
  const change = figure.percentChange === null ? '' : `, ${formatPercent(figure.percentChange)}`;
  const name = (figure.label || METRIC_LABELS[figure.metric]!).replace(/\s+/g, ' ').replace(QUALIFIERS, '').toLowerCase();
  return `${name} ${formatMoney(figure.value, figure.unit)}${change}`;
}

/** "American Locker Group — FY2004: net sales $49.0M, +24.9%": the line a shared link previews. */
export function shareDescription(listing: Listing): string {
  const company = listing.company ? shortCompanyName(listing.company) : 'Press release';
  const first = listing.figures[0];
  if (!listing.period || !first) return company;
  return `${company} — ${periodName(listing.period, listing.yearEnd)}: ${describeFigure(first)}`;
}
