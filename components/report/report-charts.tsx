import { yearEndMonth } from '@/lib/domain/fiscal-year';
import { ComparisonChart } from '@/components/charts/comparison-chart';
import { ConcentrationChart } from '@/components/charts/concentration-chart';
import { EventTimeline } from '@/components/charts/event-timeline';
import { formatMoney } from '@/lib/format';
import { comparisonChart, concentrationGroups, timeline, type ComparisonChart as Comparison } from '@/lib/report/chart-data';
import type { CorrectedRelease } from '@/lib/report/corrected-release';
import { EVENT_LABELS } from '@/lib/report/event-labels';
import { ChartFigure, DataTable } from './chart-figure';

function comparisonTable(chart: Comparison) {
  return (
    <DataTable
      head={['', chart.currentLabel, chart.priorLabel]}
      rows={chart.bars.map((b) => [
        b.name,
        formatMoney(b.current, chart.unit),
        b.prior === null ? '—' : `${formatMoney(b.prior, chart.unit)}${b.priorDerived ? ' (derived)' : ''}`,
      ])}
    />
  );
}

/** The report's charts: results against the year before, customer concentration, the event timeline. */
export function ReportCharts({ release }: { release: CorrectedRelease }) {
  const money = comparisonChart(release, 'USD');
  const perShare = comparisonChart(release, 'USD/share');
  const groups = concentrationGroups(release.customers, yearEndMonth(release.fiscalYearEnd));
  const { points, undated, releasedAt } = timeline(release);
  return (
    <div className="space-y-4">
      <ChartFigure
        id="chart-results"
        title={money ? `Sales and income: ${money.currentLabel} vs ${money.priorLabel}` : 'Sales and income'}
        empty={money ? null : 'No revenue, pre-tax or net income for the main period was found, so there is nothing to compare.'}
        table={money && comparisonTable(money)}
      >
        {money && <ComparisonChart chart={money} />}
        <p className="text-[11px] text-slate-500">Hatched bars are derived: the figure less the change the release states.</p>
      </ChartFigure>
      {perShare && (
        <ChartFigure id="chart-eps" title={`Earnings per share: ${perShare.currentLabel} vs ${perShare.priorLabel}`} empty={null} table={comparisonTable(perShare)}>
          <ComparisonChart chart={perShare} height={150} />
        </ChartFigure>
      )}
      <ChartFigure
        id="chart-customers"
        title="Customer concentration"
        empty={groups.length ? null : 'The release names no customer’s share of sales or receivables.'}
        table={
          <DataTable
            head={['Period', 'Of', 'Customer', 'Share']}
            rows={groups.flatMap((g) => [
              ...g.shares.map((s) => [g.label, g.basis, s.customer, `${s.share}%`]),
              [g.label, g.basis, 'All other customers', `${g.rest}%`],
            ])}
          />
        }
      >
        <ConcentrationChart groups={groups} />
      </ChartFigure>
      <ChartFigure
        id="chart-events"
        title="Event timeline"
        empty={points.length || undated.length ? null : 'No events (contracts, charges, restructurings, financings…) were found.'}
        table={
          <DataTable
            head={['Date', 'Event', 'When']}
            rows={[
              ...points.map((p) => [p.date, p.typeLabel, p.expected ? 'expected' : 'past']),
              ...undated.map((e) => ['undated', EVENT_LABELS[e.type], '—']),
            ]}
          />
        }
      >
        {points.length > 0 ? <EventTimeline points={points} releasedAt={releasedAt} /> : <p className="text-sm text-slate-500">No event in this release has a date.</p>}
        <p className="text-[11px] text-slate-500">● past · ○ expected after the release date · dashed line: release date</p>
        {undated.length > 0 && (
          <p className="text-xs text-slate-600">Undated: {undated.map((e) => EVENT_LABELS[e.type]).join(', ')}</p>
        )}
      </ChartFigure>
    </div>
  );
}
