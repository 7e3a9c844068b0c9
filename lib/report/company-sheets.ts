import { METRICS } from '@/lib/domain/metrics';
import { periodName } from '@/lib/format';
import { samePeriod } from '@/lib/parse/periods/calendar-math';
import { periodColumns, type CompanySeries, type CompanyView } from './company-view';
import { rounded, type Sheet } from './export-sheets';

/** A series as the company page's table has it: a row per metric, a column per period, oldest first. */
function wide(name: string, series: CompanySeries[], yearEnd: number | null): Sheet {
  const columns = periodColumns(series);
  return {
    name,
    columns: ['Metric', 'Unit', ...columns.map((c) => `${periodName(c, yearEnd)} (to ${c.end})`)],
    rows: series.map((s) => [METRICS[s.metric].name, METRICS[s.metric].unit, ...columns.map((c) => s.points.find((p) => samePeriod(p.period, c))?.value ?? null)]),
  };
}

/** Every figure of the company's series in one table: the form to stack, filter or pivot. */
export function companyFigures(view: CompanyView): Sheet {
  const rows = (length: string, series: CompanySeries[]) =>
    series.flatMap((s) =>
      s.points.map((p) => [
        view.name, view.ticker, length, METRICS[s.metric].name, periodName(p.period, view.yearEnd), p.period.end, p.period.months,
        p.value, p.unit, p.prior, rounded(p.change), `/reports/${p.reportId}#${p.anchor}`,
      ]),
    );
  return {
    name: 'Figures',
    columns: ['Company', 'Ticker', 'Series', 'Metric', 'Period', 'Period end', 'Months', 'Value', 'Unit', 'Year before', '% change', 'Source'],
    rows: [...rows('quarter', view.quarters), ...rows('year', view.years)],
  };
}

/** A company page's metric-by-period tables, quarters and years apart, and all its figures in one list. */
export function companySheets(view: CompanyView): Sheet[] {
  return [wide('By quarter', view.quarters, view.yearEnd), wide('By year', view.years, view.yearEnd), companyFigures(view)];
}
