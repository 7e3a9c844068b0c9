import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Correction, CorrectionForm, NewCorrection } from '@/lib/domain/correction';
import type { CustomerShare, Metric, ReleaseEvent, Source } from '@/lib/domain/release';
import { failure, type Failure } from '@/lib/errors';
import { applyEdit, newFact, repoint } from '@/lib/report/apply-edit';
import { ADDED_KEY_PREFIX, correctRelease, revertibleCorrections, type CorrectedRelease, type Keyed } from '@/lib/report/corrected-release';
import { listingOf } from '@/lib/report/listing';
import { getStore } from '@/lib/storage';
import { unlessStorageFails } from '@/lib/storage/faults';
import { editRight, type Caller } from './edit-rights';
import { loadReport } from './load-report';

type Fact = Metric | CustomerShare | ReleaseEvent;
type Change = Omit<NewCorrection, 'reason' | 'kind'> | Failure;

/** The selected words, when they lie inside the release text and are not empty. */
function sourceOf(form: CorrectionForm, text: string): Source | null {
  const { sourceStart: start, sourceEnd: end } = form;
  if (start === undefined || end === undefined || end <= start || end > text.length) return null;
  return text.slice(start, end).trim() ? { start, end } : null;
}

/** The fact as the report shows it now (corrections applied), without its key. */
function currentFact(release: CorrectedRelease, form: CorrectionForm): Fact | null {
  const facts = { metric: release.metrics, customer: release.customers, event: release.events }[form.kind] as Keyed<Fact>[];
  const fact = facts.find((f) => f.key === form.factKey);
  if (!fact) return null;
  const { key: _key, ...rest } = fact;
  return rest as Fact;
}

/** Undoing a correction puts the fact back as it was before it; a fact's corrections undo latest first. */
function revert(release: CorrectedRelease, form: CorrectionForm): Change {
  const target = release.corrections.find((c) => c.id === form.reverts);
  if (!target || target.kind !== form.kind) return failure('fact_not_found');
  if (!revertibleCorrections(release.corrections).has(target.id)) return failure('revert_not_latest');
  return { factKey: target.factKey, action: 'revert', reverts: target.id, before: target.after, after: target.before };
}

function change(release: CorrectedRelease, form: CorrectionForm): Change {
  if (form.action === 'revert') return revert(release, form);
  if (form.action === 'add') {
    const source = sourceOf(form, release.text);
    if (!source) return failure('no_source_selected');
    const after = newFact(form.kind, form, source, release.text);
    return after ? { factKey: `${ADDED_KEY_PREFIX}${randomUUID()}`, action: 'add', before: null, after } : failure('invalid_correction');
  }
  const before = currentFact(release, form);
  if (!before) return failure('fact_not_found');
  if (form.action === 'dismiss') return { factKey: form.factKey, action: 'dismiss', before, after: null };
  if (form.action === 'repoint') {
    const source = sourceOf(form, release.text);
    return source ? { factKey: form.factKey, action: 'repoint', before, after: repoint(before, source) } : failure('no_source_selected');
  }
  const after = applyEdit(before, form);
  if (after === null) return failure('invalid_correction');
  return JSON.stringify(after) === JSON.stringify(before) ? failure('nothing_changed') : { factKey: form.factKey, action: 'edit', before, after };
}

/**
 * Records an analyst's correction of a report (an edit, dismissal, added fact, new source words or
 * a revert) in its audit trail, and refreshes the report's library row.
 */
export async function correctFact(reportId: string, form: CorrectionForm, caller: Caller = 'page'): Promise<Failure | { ok: true; correction: Correction }> {
  return unlessStorageFails(() => record(reportId, form, caller), () => failure('storage_unavailable'));
}

async function record(reportId: string, form: CorrectionForm, caller: Caller): Promise<Failure | { ok: true; correction: Correction }> {
  const denied = await editRight(reportId, caller);
  if (denied) return denied;
  const loaded = await loadReport(reportId);
  if (!loaded?.release || !loaded.parsed) return failure('not_found');
  const result = change(loaded.release, form);
  if ('ok' in result) return result;

  const store = getStore();
  const saved = await store.addCorrection(reportId, { ...result, kind: form.kind, reason: form.reason } as NewCorrection);
  await store.updateListing(reportId, listingOf(correctRelease(loaded.parsed, [...loaded.release.corrections, saved])));
  return { ok: true, correction: saved };
}
