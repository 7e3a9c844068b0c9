import 'server-only';
import {
  CustomerPatchSchema,
  EventPatchSchema,
  MetricPatchSchema,
  type CorrectionForm,
  type NewCorrection,
} from '@/lib/domain/correction';
import type { CustomerShare, Metric, ReleaseEvent } from '@/lib/domain/release';
import { failure, type Failure } from '@/lib/errors';
import { parseCellNumber } from '@/lib/parse/numbers';
import { correctRelease, type Keyed } from '@/lib/report/corrected-release';
import { listingOf } from '@/lib/report/listing';
import { getStore } from '@/lib/storage';
import { canEdit } from './edit-rights';
import { loadReport } from './load-report';

/** "49,023,417", "(1,234)", "$1.73", "53.9%" as a number; undefined when blank, NaN when unreadable. */
function number(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  return parseCellNumber(raw)?.value ?? Number.NaN;
}

function period(form: CorrectionForm, current: Metric['period'] | null) {
  if (!form.periodEnd) return current;
  return { end: form.periodEnd, months: form.periodMonths ? Number(form.periodMonths) : (current?.months ?? 12) };
}

/** The fact after the analyst's edit, validated; null when the form does not hold a valid fact. */
function edited(fact: Keyed<Metric> | Keyed<CustomerShare> | Keyed<ReleaseEvent>, form: CorrectionForm) {
  const { key: _key, ...before } = fact;
  if ('metric' in before) {
    const patch = MetricPatchSchema.safeParse({
      metric: form.metric || before.metric,
      value: number(form.value) ?? before.value,
      period: period(form, before.period),
    });
    if (!patch.success) return null;
    const perShare = patch.data.metric.startsWith('eps');
    return { ...before, ...patch.data, unit: perShare ? 'USD/share' : 'USD', derived: false } as Metric;
  }
  if ('customer' in before) {
    const patch = CustomerPatchSchema.safeParse({
      customer: form.customer || before.customer,
      share: number(form.value) ?? before.share,
      period: period(form, before.period),
    });
    return patch.success ? ({ ...before, ...patch.data } as CustomerShare) : null;
  }
  const amount = number(form.amount);
  const patch = EventPatchSchema.safeParse({
    type: form.type || before.type,
    date: form.date === undefined ? before.date : form.date || null,
    amount: form.amount === '' ? null : (amount ?? before.amount),
  });
  return patch.success ? ({ ...before, ...patch.data } as ReleaseEvent) : null;
}

/** Records an analyst's correction or dismissal of one fact and refreshes the report's library row. */
export async function correctFact(reportId: string, form: CorrectionForm): Promise<Failure | { ok: true }> {
  if (!(await canEdit(reportId))) return failure('forbidden');
  const loaded = await loadReport(reportId);
  if (!loaded?.release || !loaded.parsed) return failure('not_found');
  const facts = { metric: loaded.release.metrics, customer: loaded.release.customers, event: loaded.release.events }[form.kind];
  const fact = (facts as (Keyed<Metric> | Keyed<CustomerShare> | Keyed<ReleaseEvent>)[]).find((f) => f.key === form.factKey);
  if (!fact) return failure('fact_not_found');
  const { key: _key, ...before } = fact;
  const after = form.action === 'dismiss' ? null : edited(fact, form);
  if (form.action === 'edit' && after === null) return failure('invalid_correction');
  if (after !== null && JSON.stringify(after) === JSON.stringify(before)) return failure('nothing_changed');

  const store = getStore();
  const correction = { factKey: form.factKey, kind: form.kind, action: form.action, before, after, reason: form.reason } as NewCorrection;
  const saved = await store.addCorrection(reportId, correction);
  await store.updateListing(reportId, listingOf(correctRelease(loaded.parsed, [...loaded.release.corrections, saved])));
  return { ok: true };
}
