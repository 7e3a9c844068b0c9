import { Suspense } from 'react';
import { ReportLibrary } from '@/components/library/report-library';
import { env } from '@/lib/env';
import { PasteForm } from '@/components/upload/paste-form';
import { SampleButton } from '@/components/upload/sample-button';
import { UploadPanel } from '@/components/upload/upload-panel';

export default function HomePage() {
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold tracking-tight">Read a press release in seconds</h1>
        <p className="text-slate-600">
          Drop 8-K earnings and business-update releases to get their facts, each linked to the words it came from.
        </p>
      </div>
      <UploadPanel />
      <div className="grid gap-6 md:grid-cols-[2fr_1fr]">
        <PasteForm />
        <div className="space-y-2">
          <p className="text-sm font-medium text-slate-700">No file at hand?</p>
          <SampleButton />
        </div>
      </div>
      {/* The library reads its search from the URL. */}
      <Suspense fallback={<p className="text-sm text-slate-500">Loading the library…</p>}>
        <ReportLibrary scope={env().LIBRARY} />
      </Suspense>
    </div>
  );
}
