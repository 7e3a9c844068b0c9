import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CustomerShares } from '@/components/report/customer-shares';
import { EventList } from '@/components/report/event-list';
import { MetricsTable } from '@/components/report/metrics-table';
import { ReleaseSummary } from '@/components/report/release-summary';
import { ReleaseText } from '@/components/report/release-text';
import { ReportHeader } from '@/components/report/report-header';
import { metricRows } from '@/lib/report/metric-rows';
import { loadReport } from '@/lib/reports/load-report';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadReport((await params).id);
  if (!loaded) return { title: 'Report not found' };
  return { title: loaded.parsed?.company.name ?? loaded.report.fileName };
}

export default async function ReportPage({ params }: Props) {
  const loaded = await loadReport((await params).id);
  if (!loaded) notFound();
  const { report, parsed } = loaded;
  return (
    <div className="space-y-6">
      <ReportHeader report={report} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,7fr)_minmax(0,6fr)]">
        <ReleaseText text={loaded.text} />
        <div className="space-y-6">
          {parsed ? (
            <>
              <ReleaseSummary parsed={parsed} />
              <section aria-labelledby="metrics-heading" className="space-y-2">
                <h2 id="metrics-heading" className="text-base font-semibold">
                  Financial results
                </h2>
                <MetricsTable rows={metricRows(parsed)} />
              </section>
              <section aria-labelledby="customers-heading" className="space-y-2">
                <h2 id="customers-heading" className="text-base font-semibold">
                  Customer concentration
                </h2>
                <CustomerShares customers={parsed.customers} />
              </section>
              <section aria-labelledby="events-heading" className="space-y-2">
                <h2 id="events-heading" className="text-base font-semibold">
                  Events
                </h2>
                <EventList events={parsed.events} />
              </section>
            </>
          ) : (
            <p role="status" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
              This release could not be read automatically. The original file is kept; download it above.
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
