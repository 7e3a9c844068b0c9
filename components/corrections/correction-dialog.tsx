'use client';

import type { CorrectableKind } from '@/lib/domain/correction';
import { CorrectionFields, type CorrectionDefaults } from './correction-fields';
import { CorrectionFormDialog } from './correction-form-dialog';

/** One fact an analyst may correct: where it is, what it is called, its current values. */
export type CorrectableFact = { factKey: string; kind: CorrectableKind; title: string; defaults: CorrectionDefaults };

type Props = { reportId: string; fact: CorrectableFact; mode: 'edit' | 'dismiss'; onClose: () => void };

/** Correct a fact's values, or dismiss it, with a reason for the audit trail; open while mounted. */
export function CorrectionDialog({ reportId, fact, mode, onClose }: Props) {
  const edit = mode === 'edit';
  return (
    <CorrectionFormDialog
      reportId={reportId}
      title={`${edit ? 'Correct' : 'Dismiss'} ${fact.title}`}
      submit={edit ? 'Save correction' : 'Dismiss fact'}
      tone={edit ? 'primary' : 'danger'}
      onClose={onClose}
    >
      <input type="hidden" name="factKey" value={fact.factKey} />
      <input type="hidden" name="kind" value={fact.kind} />
      <input type="hidden" name="action" value={mode} />
      {edit ? (
        <CorrectionFields kind={fact.kind} defaults={fact.defaults} />
      ) : (
        <p className="text-xs text-slate-600">The fact leaves the report, its charts and exports; the trail keeps it and it can be reverted.</p>
      )}
    </CorrectionFormDialog>
  );
}
