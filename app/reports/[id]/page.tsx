import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CorrectionTrail } from '@/components/corrections/correction-trail';
import { SelectionMenu } from '@/components/corrections/selection-menu';
import { CustomerShares } from '@/components/report/customer-shares';
import { EventList } from '@/components/report/event-list';
import { MetricSections } from '@/components/report/metric-sections';
import { ReleaseSummary } from '@/components/report/release-summary';
import { ReleaseText } from '@/components/report/release-text';
import { ReportCharts } from '@/components/report/report-charts';
import { ReportHeader } from '@/components/report/report-header';
import { ReportSection } from '@/components/report/report-section';
import { yearEndMonth } from '@/lib/domain/fiscal-year';
import { factChoices } from '@/lib/report/fact-choices';
import { highlightsOf } from '@/lib/report/highlights';
import { listingOf, shareDescription } from '@/lib/report/listing';
import { metricRows, rowsByBasis } from '@/lib/report/metric-rows';
import { reportTitle } from '@/lib/report/title';
import { canEdit } from '@/lib/reports/edit-rights';
import { loadReport } from '@/lib/reports/load-report';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadReport((await params).id);
  if (!loaded) return { title: 'Report not found' };
  const title = reportTitle(loaded.release, loaded.report.fileName);
  const description = loaded.release ? shareDescription(listingOf(loaded.release)) : `${loaded.report.fileName}: a press release on Release Desk`;
  return { title, description, openGraph: { title, description, type: 'article' }, twitter: { card: 'summary', title, description } };
}

export default async function ReportPage({ params }: Props) {
  const { id } = await params;
  const loaded = await loadReport(id);
  if (!loaded) notFound();
  const { report, release } = loaded;
  const editable = await canEdit(id);
  const edit = { reportId: id, editable, corrections: release?.corrections ?? [] };
  return (
    <div className="space-y-6">
      <ReportHeader report={report} title={reportTitle(release, report.fileName)} editable={editable} copies={loaded.copies} staleFrom={loaded.staleFrom} />
      <div id="report-grid" data-text-pane="normal" className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)] xl:gap-4 xl:grid-cols-[minmax(0,36rem)_minmax(0,1fr)_minmax(0,20rem)]">
        <div data-print="hide" data-pane="text" className="min-w-0 lg:row-span-2 xl:row-span-1">
          <ReleaseText text={loaded.text} highlights={release ? highlightsOf(release) : []} />
          {release && editable && (
            <SelectionMenu
              reportId={id}
              choices={factChoices(release)}
              context={{ periods: release.periods, releaseDate: release.releaseDate, metrics: release.metrics.map(({ value, sources }) => ({ value, sources })) }}
            />
          )}
        </div>
        {release ? (
          <>
            <div id="facts" tabIndex={-1} className="min-w-0 space-y-6">
              <ReleaseSummary release={release} />
              <MetricSections rows={rowsByBasis(metricRows(release))} edit={edit} yearEnd={yearEndMonth(release.fiscalYearEnd)} />
              <ReportSection id="customers-heading" title="Customer concentration">
                <CustomerShares customers={release.customers} edit={edit} yearEnd={yearEndMonth(release.fiscalYearEnd)} />
              </ReportSection>
              <ReportSection id="events-heading" title="Events">
                <EventList events={release.events} edit={edit} />
              </ReportSection>
              <CorrectionTrail corrections={release.corrections} unmatched={loaded.unmatched} text={release.text} edit={edit} />
            </div>
            <div className="min-w-0">
              <ReportCharts release={release} />
            </div>
          </>
        ) : (
          <p role="status" data-testid="unread" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
            {report.parseFailure === 'timed_out'
              ? 'This release could not be read in time: it is far larger or more tangled than a press release. The original file is kept; download it above.'
              : 'This release could not be read automatically. The original file is kept; download it above.'}
          </p>
        )}
      </div>
    </div>
  );
}
