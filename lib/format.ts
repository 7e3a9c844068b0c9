import { minOf } from '@/lib/arrays';
import { fiscalPosition } from '@/lib/domain/fiscal-year';
import { METRIC_IDS, METRICS } from '@/lib/domain/metrics';

const dateTime = new Intl.DateTimeFormat('en-US', {
  dateStyle: 'medium',
  timeStyle: 'short',
  timeZone: 'UTC',
});

/** "Nov 26, 2026, 2:55 PM UTC": the server renders, so the zone is stated, not guessed. */
export function formatDateTime(iso: string): string {
  return `${dateTime.format(new Date(iso))} UTC`;
}

/** "5.1 KB", "1.8 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Dec 31, 2004" from "2004-12-31", without time-zone surprises. */
export function formatIsoDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${MONTH_NAMES[month - 1]} ${day}, ${year}`;
}

/** "Year to Dec 31, 2004", "3 months to Jul 3, 2004". */
export function formatPeriod(period: { end: string; months: number }): string {
  const length = period.months === 12 ? 'Year' : period.months === 0 ? 'At' : `${period.months} months`;
  return period.months === 0 ? `At ${formatIsoDate(period.end)}` : `${length} to ${formatIsoDate(period.end)}`;
}

// One number formatter: toLocaleString would build a new one on every call.
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });

const SCALES: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
];

/** "$49.0M", "$8.78B", "−$806M", "$1.73" per share; exact below a million. */
export function formatMoney(value: number, unit: 'USD' | 'USD/share'): string {
  const sign = value < 0 ? '−' : '';
  const magnitude = Math.abs(value);
  if (unit === 'USD/share') return `${sign}$${magnitude.toFixed(2)}`;
  for (const [size, suffix] of SCALES) {
    if (magnitude >= size) {
      const scaled = magnitude / size;
      return `${sign}$${scaled.toFixed(scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2)}${suffix}`;
    }
  }
  return `${sign}$${NUMBER.format(magnitude)}`;
}

const GROUPED = [0, 1, 2].map((digits) => new Intl.NumberFormat('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));

/**
 * The one scale a table of dollar figures is written in: the largest (T, B, M) its smallest
 * figure reaches, millions when anything does; 1 (exact) when nothing reaches a million.
 * Zero says nothing of a scale.
 */
export function moneyScale(values: number[]): number {
  const sizes = values.filter((v) => v !== 0).map((v) => SCALES.find(([size]) => Math.abs(v) >= size)?.[0] ?? 1);
  if (sizes.length === 0) return 1;
  const smallest = minOf(sizes);
  return smallest === 1 && sizes.some((s) => s > 1) ? 1e6 : smallest;
}

/** A dollar figure in a table's one scale: "$13,589M" beside "$41.0M"; per-share figures as ever. */
export function formatMoneyIn(value: number, unit: 'USD' | 'USD/share', scale: number): string {
  if (unit === 'USD/share') return formatMoney(value, unit);
  const suffix = SCALES.find(([size]) => size === scale)?.[1];
  if (!suffix) return formatExact(value);
  const scaled = Math.abs(value) / scale;
  return `${value < 0 ? '−' : ''}$${GROUPED[scaled >= 100 ? 0 : scaled >= 10 ? 1 : 2]!.format(scaled)}${suffix}`;
}

/** The figure exactly, for titles and exports: "$49,023,417". */
export function formatExact(value: number): string {
  return `${value < 0 ? '−' : ''}$${NUMBER.format(Math.abs(value))}`;
}

/** "+24.9%", "−3.1%". */
export function formatPercent(value: number): string {
  return `${value < 0 ? '−' : '+'}${Math.abs(value).toFixed(1)}%`;
}

/** Each metric's display name, from the metric definition table. */
export const METRIC_LABELS: Record<string, string> = Object.fromEntries(METRIC_IDS.map((id) => [id, METRICS[id].name]));

/** "FY2004", "3M to Jul 3, 2004", "At Dec 31, 2004": a period where space is short. */
/**
 * A period as analysts name it: "Q1 2022", "Q1 FY2025" when the fiscal year is not the calendar
 * year, "H1 FY2025", "9M 2022", "FY2004"; the dates when it is no quarter, half or year.
 * `yearEnd` is the month the fiscal year ends in (the release's fiscalYearEnd), December if unknown.
 */
export function periodName(period: { end: string; months: number }, yearEnd: number | null): string {
  if (![3, 6, 9, 12].includes(period.months)) return formatShortPeriod(period);
  const { year, quarter } = fiscalPosition(period, yearEnd ?? 12);
  const fiscal = yearEnd !== null && yearEnd !== 12 ? 'FY' : '';
  if (period.months === 12) return `FY${year}`;
  if (period.months === 3) return `Q${quarter} ${fiscal}${year}`;
  if (period.months === 6) return quarter === 2 ? `H1 ${fiscal}${year}` : quarter === 4 ? `H2 ${fiscal}${year}` : formatShortPeriod(period);
  return quarter === 3 ? `9M ${fiscal}${year}` : formatShortPeriod(period);
}

export function formatShortPeriod(period: { end: string; months: number }): string {
  if (period.months === 12) return `FY${period.end.slice(0, 4)}`;
  if (period.months === 0) return `At ${formatIsoDate(period.end)}`;
  return `${period.months}M to ${formatIsoDate(period.end)}`;
}

// "Sears, Roebuck and Co." keeps its "Co.": after "and" or "&" it is part of the name.
const CORPORATE_SUFFIX = /(?<!\s(?:and|&)),?\s+(?:Incorporated|Inc\.?|Corporation|Corp\.?|Company|Co\.?|Limited|Ltd\.?|L\.?L\.?C\.?|plc|N\.V\.|S\.A\.)$/i;

/** "American Locker Group" from "American Locker Group Incorporated": the name as people say it. */
export function shortCompanyName(name: string): string {
  const collapsed = name.replace(/\s+/g, ' ').trim();
  const short = collapsed.replace(CORPORATE_SUFFIX, '');
  return short.length > 0 ? short : collapsed;
}
