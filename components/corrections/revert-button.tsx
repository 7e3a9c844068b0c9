'use client';

import { useCallback, useState } from 'react';
import type { CorrectableKind } from '@/lib/domain/correction';
import { CorrectionFormDialog } from './correction-form-dialog';

type Props = { reportId: string; correctionId: number; kind: CorrectableKind; what: string };

/** "Revert" beside a fact's latest correction: puts the fact back as it was, with a reason; the trail keeps both. */
export function RevertButton({ reportId, correctionId, kind, what }: Props) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className="rounded border border-slate-300 bg-white px-2 text-xs text-slate-700 hover:bg-slate-100">
        Revert
      </button>
      {open && (
        <CorrectionFormDialog reportId={reportId} title={`Revert: ${what}`} submit="Revert correction" onClose={close}>
          <p className="text-xs text-slate-600">The fact goes back to what it was before this correction. Both stay in the trail.</p>
          <input type="hidden" name="action" value="revert" />
          <input type="hidden" name="kind" value={kind} />
          <input type="hidden" name="reverts" value={correctionId} />
        </CorrectionFormDialog>
      )}
    </>
  );
}
