'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { queueReleases } from '@/app/actions/queue-releases';
import { uploadReleases } from '@/app/actions/upload-releases';
import { LIBRARY_KEY } from '@/components/library/use-library';
import { ERRORS, type ErrorCode } from '@/lib/errors';
import limits from '@/lib/limits.json';
import type { BatchOutcome, IngestOutcome } from '@/lib/reports/ingest-release';
import type { ReadingState } from '@/lib/reports/reading-states';
import { useReadingStates } from './use-reading-states';

type Stored = Extract<IngestOutcome, { ok: true }>;

export type UploadRow =
  | { key: string; fileName: string; status: 'queued' | 'uploading' }
  /** Held back by the upload limit until `retryAt` (ms since the epoch), then sent again. */
  | { key: string; fileName: string; status: 'paused'; retryAt: number }
  /** Stored, read in the background (a large batch). */
  | { key: string; fileName: string; status: 'waiting'; outcome: Stored }
  /** `reading`: how a batch's background reading ended; `company`, whom it read. */
  | { key: string; fileName: string; status: 'done'; outcome: IngestOutcome; reading?: 'read' | 'unread'; company?: string | null };

let nextKey = 0;

function failed(fileName: string, code: ErrorCode): IngestOutcome {
  return { ok: false, code, message: ERRORS[code].message, fileName };
}

/** Sends one file per server action call, so each file reports its own outcome as it lands. */
async function sendOne(file: File, action: (form: FormData) => Promise<BatchOutcome>): Promise<IngestOutcome> {
  const form = new FormData();
  form.append('files', file);
  try {
    const result = await action(form);
    if (!result.ok) return failed(file.name, result.code);
    return result.outcomes[0] ?? failed(file.name, 'upload_failed');
  } catch {
    return failed(file.name, 'upload_failed');
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Uploads files one after another and keeps a row per file for the results list. A drop of up to
 * MAX_FILES_PER_UPLOAD files is read as each lands; a larger one is stored file by file and read
 * in the background, each row following its reading; a file of it the upload limit holds back
 * waits out the limit and goes again.
 */
export function useUploadQueue() {
  const [rows, setRows] = useState<UploadRow[]>([]);
  const queryClient = useQueryClient();
  const { mutateAsync } = useMutation({
    mutationKey: ['upload'],
    mutationFn: ({ file, queued }: { file: File; queued: boolean }) => sendOne(file, queued ? queueReleases : uploadReleases),
    onSuccess: (outcome) => {
      if (outcome.ok) void queryClient.invalidateQueries({ queryKey: LIBRARY_KEY });
    },
  });

  const onStates = useCallback(
    (states: ReadingState[]) => {
      const read = new Map(states.flatMap((s) => (s.state === 'waiting' ? [] : [[s.id, { reading: s.state, company: s.company }] as const])));
      if (read.size === 0) return;
      setRows((all) =>
        all.map((row) => {
          const state = row.status === 'waiting' ? read.get(row.outcome.id) : undefined;
          return state && row.status === 'waiting' ? { key: row.key, fileName: row.fileName, status: 'done', outcome: row.outcome, ...state } : row;
        }),
      );
      void queryClient.invalidateQueries({ queryKey: LIBRARY_KEY });
    },
    [queryClient],
  );
  useReadingStates(
    rows.flatMap((row) => (row.status === 'waiting' ? [row.outcome.id] : [])),
    onStates,
  );

  const run = useCallback(
    async (accepted: File[], refused: IngestOutcome[]): Promise<IngestOutcome[]> => {
      const queued = accepted.length > limits.MAX_FILES_PER_UPLOAD;
      const pending = accepted.map((file) => ({ key: String(nextKey++), file }));
      setRows([
        ...refused.map((outcome) => ({ key: String(nextKey++), fileName: outcome.fileName, status: 'done' as const, outcome })),
        ...pending.map(({ key, file }) => ({ key, fileName: file.name, status: 'queued' as const })),
      ]);
      const update = (row: UploadRow) => setRows((all) => all.map((r) => (r.key === row.key ? row : r)));
      const outcomes = [...refused];
      for (const { key, file } of pending) {
        update({ key, fileName: file.name, status: 'uploading' });
        let outcome = await mutateAsync({ file, queued });
        // A batch over the upload limit waits it out and sends the file again, as often as it
        // takes; a small drop says why its file was refused, as any upload does.
        while (queued && !outcome.ok && outcome.code === 'too_many_uploads' && outcome.retryAfter) {
          update({ key, fileName: file.name, status: 'paused', retryAt: Date.now() + outcome.retryAfter * 1000 });
          await sleep(outcome.retryAfter * 1000);
          update({ key, fileName: file.name, status: 'uploading' });
          outcome = await mutateAsync({ file, queued });
        }
        update(queued && outcome.ok ? { key, fileName: file.name, status: 'waiting', outcome } : { key, fileName: file.name, status: 'done', outcome });
        outcomes.push(outcome);
      }
      return outcomes;
    },
    [mutateAsync],
  );

  return { rows, run };
}
