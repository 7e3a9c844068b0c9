'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useDropzone, type FileRejection } from 'react-dropzone';
import { ERRORS, type ErrorCode } from '@/lib/errors';
import limits from '@/lib/limits.json';
import type { IngestOutcome } from '@/lib/reports/ingest-release';
import { UploadResults } from './upload-results';
import { useUploadQueue } from './use-upload-queue';

function refusal(rejection: FileRejection): IngestOutcome {
  const tooLarge = rejection.errors.some((e) => e.code === 'file-too-large');
  const code: ErrorCode = tooLarge ? 'file_too_large' : 'bad_request';
  return { ok: false, code, message: ERRORS[code].message, fileName: rejection.file.name };
}

/** The drop zone: drag files in or pick them; one file opens its report, several are listed, a large batch follows its reading. */
export function UploadPanel() {
  const router = useRouter();
  const { rows, run } = useUploadQueue();
  const [batchError, setBatchError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function onDrop(accepted: File[], rejections: FileRejection[]) {
    if (rejections.some((r) => r.errors.some((e) => e.code === 'too-many-files'))) {
      setBatchError(ERRORS.batch_too_large.message);
      return;
    }
    setBatchError(null);
    setBusy(true);
    const outcomes = await run(accepted, rejections.map(refusal));
    setBusy(false);
    const only = outcomes.length === 1 ? outcomes[0] : undefined;
    if (only?.ok) router.push(only.url);
  }

  const { getRootProps, getInputProps, isDragActive, open } = useDropzone({
    onDrop,
    maxSize: limits.MAX_FILE_BYTES,
    maxFiles: limits.MAX_FILES_PER_BATCH,
    multiple: true,
    noClick: true,
    disabled: busy,
  });

  return (
    <section aria-labelledby="upload-heading" className="space-y-4">
      <h2 id="upload-heading" className="sr-only">
        Upload press releases
      </h2>
      <div
        {...getRootProps({
          'data-testid': 'dropzone',
          'data-dragging': isDragActive ? 'true' : undefined,
          // Dragging over: a solid, thicker, coloured frame and tint, so it is plain the drop will land.
          className: `rounded-xl border-2 p-10 text-center transition-colors ${
            isDragActive ? 'border-solid border-sky-600 bg-sky-100 ring-4 ring-sky-300' : 'border-dashed border-slate-300 bg-white'
          }`,
        })}
      >
        <input {...getInputProps({ 'aria-label': 'Choose files' })} />
        <p className={`text-lg font-medium ${isDragActive ? 'text-sky-900' : 'text-slate-800'}`}>
          {isDragActive ? 'Drop to read these releases' : 'Drag press releases here'}
        </p>
        <p className="mt-1 text-sm text-slate-500">
          Plain text, HTML or whole EDGAR submissions · {Math.round(limits.MAX_FILE_BYTES / 1024 / 1024)} MB each · up to{' '}
          {limits.MAX_FILES_PER_UPLOAD} files read as they land, up to {limits.MAX_FILES_PER_BATCH} read in the background
        </p>
        <button
          type="button"
          onClick={open}
          disabled={busy}
          className="mt-4 rounded-md bg-slate-900 px-4 py-2 text-sm font-medium text-white hover:bg-slate-700 disabled:opacity-50"
        >
          Choose files
        </button>
      </div>
      <div aria-live="polite">
        {batchError && (
          <p data-testid="upload-error" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
            {batchError}
          </p>
        )}
        <UploadResults rows={rows} />
      </div>
    </section>
  );
}
