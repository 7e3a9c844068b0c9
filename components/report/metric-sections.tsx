import type { Metric } from '@/lib/domain/release';
import type { Keyed } from '@/lib/report/corrected-release';
import type { MetricBasis, MetricRow } from '@/lib/report/metric-rows';
import type { EditContext } from './edit-context';
import { MetricsTable } from './metrics-table';
import { ReportSection } from './report-section';

type Rows = Record<MetricBasis, MetricRow<Keyed<Metric>>[]>;

/** The consolidated GAAP figures, then non-GAAP measures and segments, each in a table of its own when the release has any. */
export function MetricSections({ rows, edit, yearEnd }: { rows: Rows; edit: EditContext; yearEnd: number | null }) {
  return (
    <>
      <ReportSection id="metrics-heading" title="Financial results">
        <MetricsTable rows={rows.gaap} edit={edit} yearEnd={yearEnd} />
      </ReportSection>
      {rows.non_gaap.length > 0 && (
        <ReportSection id="non-gaap-heading" title="Non-GAAP measures (as the release defines them)">
          <MetricsTable rows={rows.non_gaap} edit={edit} basis="non_gaap" yearEnd={yearEnd} />
        </ReportSection>
      )}
      {rows.segment.length > 0 && (
        <ReportSection id="segments-heading" title="Segments">
          <MetricsTable rows={rows.segment} edit={edit} basis="segment" yearEnd={yearEnd} />
        </ReportSection>
      )}
    </>
  );
}
