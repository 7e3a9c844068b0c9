import { METRICS } from '@/lib/domain/metrics';
import {
  CustomerPatchSchema,
  EventPatchSchema,
  MetricPatchSchema,
  type CorrectableKind,
  type CorrectionForm,
} from '@/lib/domain/correction';
import { PeriodSchema, type CustomerShare, type Metric, type ReleaseEvent, type Source } from '@/lib/domain/release';
import { clean, parseCellNumber, SCALE_WORDS } from '@/lib/parse/numbers';

type Fact = Metric | CustomerShare | ReleaseEvent;

/** The rule id of a fact an analyst added: every fact says where it came from. */
export const ANALYST_RULE = 'analyst/added';
const LABEL_CHARS = 200;

// A scale word after a figure, as analysts type it: "13.6B", "$49.0 million", "950K", "1.2bn".
const SCALED = /^(.*?\d[^a-z]*?)\s*([a-z]+)\.?$/i;

/** "49,023,417", "(1,234)", "$1.73", "53.9%" as a number; undefined when blank, NaN when unreadable. */
function number(raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  return parseCellNumber(raw)?.value ?? Number.NaN;
}

/**
 * An amount as an analyst types it: a figure with its own scale word ("13.6B", "$2.7 million"),
 * else a figure counted in the form's scale (thousands, millions, …).
 */
function amount(raw: string | undefined, scale: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  const scaled = SCALED.exec(raw.trim());
  const factor = scaled ? SCALE_WORDS[scaled[2]!.toLowerCase()] : undefined;
  const value = number(factor ? scaled![1] : raw);
  return value === undefined ? undefined : clean(value * (factor ?? Number(scale ?? '1')));
}

function period(form: CorrectionForm, current: Metric['period'] | null) {
  if (!form.periodEnd) return current;
  if (!PeriodSchema.shape.end.safeParse(form.periodEnd).success) return undefined;
  return { end: form.periodEnd, months: form.periodMonths ? Number(form.periodMonths) : (current?.months ?? 12) };
}

function editMetric(before: Metric, form: CorrectionForm): Metric | null {
  const patch = MetricPatchSchema.safeParse({
    metric: form.metric || before.metric,
    // A per-share figure is never scaled: "$1.73" is $1.73 whatever the scale picked.
    value: (METRICS[(form.metric || before.metric) as Metric['metric']]?.unit === 'USD/share' ? number(form.value) : amount(form.value, form.scale)) ?? before.value,
    period: period(form, before.period),
    gaap: form.basis === undefined ? before.gaap : form.basis === 'gaap',
    // A blank segment field makes the figure the consolidated one; a missing field keeps it.
    segment: form.segment === undefined ? before.segment : form.segment || null,
  });
  if (!patch.success) return null;
  // A corrected figure is the analyst's statement, no longer one computed from the release.
  return { ...before, ...patch.data, unit: METRICS[patch.data.metric].unit, derived: false };
}

function editCustomer(before: CustomerShare, form: CorrectionForm): CustomerShare | null {
  const patch = CustomerPatchSchema.safeParse({
    customer: form.customer || before.customer,
    share: number(form.value) ?? before.share,
    period: period(form, before.period),
  });
  return patch.success ? { ...before, ...patch.data } : null;
}

function editEvent(before: ReleaseEvent, form: CorrectionForm): ReleaseEvent | null {
  const patch = EventPatchSchema.safeParse({
    type: form.type || before.type,
    // A blank date or amount field clears it; a missing field keeps it.
    date: form.date === undefined ? before.date : form.date || null,
    amount: form.amount === undefined ? before.amount : form.amount === '' ? null : amount(form.amount, form.scale),
  });
  return patch.success ? { ...before, ...patch.data } : null;
}

/** The fact as the analyst's form changes it; null when the form does not describe a valid fact. */
export function applyEdit<T extends Fact>(before: T, form: CorrectionForm): T | null {
  if ('metric' in before) return editMetric(before, form) as T | null;
  if ('customer' in before) return editCustomer(before, form) as T | null;
  return editEvent(before as ReleaseEvent, form) as T | null;
}

/** The words a fact comes from, in one line, as its label or summary shows them. */
function quote(text: string, source: Source): string {
  return text.slice(source.start, source.end).replace(/\s+/g, ' ').trim().slice(0, LABEL_CHARS);
}

/**
 * A fact the parser missed, from the analyst's form and the words selected for it; null when the
 * form does not describe one. It starts from empty values, so every field the kind needs is asked.
 */
export function newFact(kind: CorrectableKind, form: CorrectionForm, source: Source, text: string): Fact | null {
  const label = quote(text, source);
  const rule = ANALYST_RULE;
  if (kind === 'metric') {
    const blank: Metric = { metric: 'revenue', period: { end: '', months: 0 }, value: Number.NaN, unit: 'USD', gaap: true, segment: null, derived: false, source, sources: [source], label, rule };
    return form.metric && form.value && form.periodEnd ? editMetric(blank, { ...form, basis: form.basis ?? 'gaap', segment: form.segment ?? '' }) : null;
  }
  if (kind === 'customer') {
    const blank: CustomerShare = { customer: '', aliases: [], share: Number.NaN, basis: form.shareOf || 'net sales', period: null, source, rule };
    return form.customer && form.value ? editCustomer(blank, form) : null;
  }
  const blank: ReleaseEvent = { type: 'other', date: null, summary: label, amount: null, source, rule };
  return form.type ? editEvent(blank, form) : null;
}

/** The fact pointed at other words of the release: its highlight follows. */
export function repoint<T extends Fact>(before: T, source: Source): T {
  return 'sources' in before ? { ...before, source, sources: [source] } : { ...before, source };
}
