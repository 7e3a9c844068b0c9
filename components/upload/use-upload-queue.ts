'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { uploadReleases } from '@/app/actions/upload-releases';
import { LIBRARY_KEY } from '@/components/library/use-library';
import { ERRORS, type ErrorCode } from '@/lib/errors';
import type { IngestOutcome } from '@/lib/reports/ingest-release';

export type UploadRow =
  | { key: string; fileName: string; status: 'queued' | 'uploading' }
  | { key: string; fileName: string; status: 'done'; outcome: IngestOutcome };

let nextKey = 0;

function failed(fileName: string, code: ErrorCode): IngestOutcome {
  return { ok: false, code, message: ERRORS[code].message, fileName };
}

/** Sends one file per server action call, so each file reports its own outcome as it lands. */
async function uploadOne(file: File): Promise<IngestOutcome> {
  const form = new FormData();
  form.append('files', file);
  try {
    const result = await uploadReleases(form);
    if (!result.ok) return failed(file.name, result.code);
    return result.outcomes[0] ?? failed(file.name, 'upload_failed');
  } catch {
    return failed(file.name, 'upload_failed');
  }
}

/** Uploads files one after another and keeps a row per file for the results list. */
export function useUploadQueue() {
  const [rows, setRows] = useState<UploadRow[]>([]);
  const queryClient = useQueryClient();
  const { mutateAsync } = useMutation({
    mutationKey: ['upload'],
    mutationFn: uploadOne,
    onSuccess: (outcome) => {
      if (outcome.ok) void queryClient.invalidateQueries({ queryKey: LIBRARY_KEY });
    },
  });

  const run = useCallback(
    async (accepted: File[], refused: IngestOutcome[]): Promise<IngestOutcome[]> => {
      const queued = accepted.map((file) => ({ key: String(nextKey++), file }));
      setRows([
        ...refused.map((outcome) => ({
          key: String(nextKey++),
          fileName: outcome.fileName,
          status: 'done' as const,
          outcome,
        })),
        ...queued.map(({ key, file }) => ({ key, fileName: file.name, status: 'queued' as const })),
      ]);
      const update = (row: UploadRow) =>
        setRows((all) => all.map((r) => (r.key === row.key ? row : r)));
      const outcomes = [...refused];
      for (const { key, file } of queued) {
        update({ key, fileName: file.name, status: 'uploading' });
        const outcome = await mutateAsync(file);
        update({ key, fileName: file.name, status: 'done', outcome });
        outcomes.push(outcome);
      }
      return outcomes;
    },
    [mutateAsync],
  );

  return { rows, run };
}
