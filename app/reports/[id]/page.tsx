import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ReleaseText } from '@/components/report/release-text';
import { ReportHeader } from '@/components/report/report-header';
import { decodeBytes } from '@/lib/parse/decode';
import { getStore } from '@/lib/storage';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const report = await getStore().getReport((await params).id);
  return { title: report ? report.fileName : 'Report not found' };
}

export default async function ReportPage({ params }: Props) {
  const { id } = await params;
  const store = getStore();
  const [report, original] = await Promise.all([store.getReport(id), store.getOriginal(id)]);
  if (!report || !original) notFound();
  return (
    <div className="space-y-6">
      <ReportHeader report={report} />
      <ReleaseText text={decodeBytes(original.bytes)} />
    </div>
  );
}
