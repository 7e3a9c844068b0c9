import 'server-only';
import type { Correction, CorrectionForm, NewCorrection } from '@/lib/domain/correction';
import type { CustomerShare, Metric, ReleaseEvent } from '@/lib/domain/release';
import { failure, type Failure } from '@/lib/errors';
import { applyEdit } from '@/lib/report/apply-edit';
import { correctRelease, type Keyed } from '@/lib/report/corrected-release';
import { listingOf } from '@/lib/report/listing';
import { getStore } from '@/lib/storage';
import { canEdit } from './edit-rights';
import { loadReport } from './load-report';

/** Records an analyst's correction or dismissal of one fact and refreshes the report's library row. */
export async function correctFact(reportId: string, form: CorrectionForm): Promise<Failure | { ok: true; correction: Correction }> {
  if (!(await canEdit(reportId))) return failure('forbidden');
  const loaded = await loadReport(reportId);
  if (!loaded?.release || !loaded.parsed) return failure('not_found');
  const facts = { metric: loaded.release.metrics, customer: loaded.release.customers, event: loaded.release.events }[form.kind];
  const fact = (facts as (Keyed<Metric> | Keyed<CustomerShare> | Keyed<ReleaseEvent>)[]).find((f) => f.key === form.factKey);
  if (!fact) return failure('fact_not_found');
  const { key: _key, ...before } = fact;
  const after = form.action === 'dismiss' ? null : applyEdit(before, form);
  if (form.action === 'edit' && after === null) return failure('invalid_correction');
  if (after !== null && JSON.stringify(after) === JSON.stringify(before)) return failure('nothing_changed');

  const store = getStore();
  const correction = { factKey: form.factKey, kind: form.kind, action: form.action, before, after, reason: form.reason } as NewCorrection;
  const saved = await store.addCorrection(reportId, correction);
  await store.updateListing(reportId, listingOf(correctRelease(loaded.parsed, [...loaded.release.corrections, saved])));
  return { ok: true, correction: saved };
}
