import type { CorrectableKind } from '@/lib/domain/correction';
import { EVENT_TYPES, METRIC_NAMES } from '@/lib/domain/release';
import { METRIC_LABELS } from '@/lib/format';
import { EVENT_LABELS } from '@/lib/report/event-labels';

/** The fact's current values, as the form shows them. */
export type CorrectionDefaults = {
  metric?: string;
  value?: string;
  /** What a value without its own scale word is counted in ("1000" for thousands). */
  scale?: string;
  periodEnd?: string;
  periodMonths?: number;
  basis?: 'gaap' | 'non_gaap';
  segment?: string;
  customer?: string;
  type?: string;
  date?: string;
  amount?: string;
};

const input = 'w-full rounded-md border border-slate-300 px-2 py-1 text-sm';

function Field({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <label className="flex flex-col gap-1 text-xs text-slate-600">
      {label}
      {children}
    </label>
  );
}

// What a figure typed without its own scale word ("13.6B") is counted in; per-share figures never scale.
const SCALES: [string, string][] = [['1', 'as typed'], ['1000', 'thousands'], ['1000000', 'millions'], ['1000000000', 'billions']];

function ScaleField({ scale = '1' }: { scale?: string }) {
  return (
    <Field label="In">
      <select name="scale" defaultValue={scale} className={input}>
        {SCALES.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
      </select>
    </Field>
  );
}

function PeriodFields({ defaults, months }: { defaults: CorrectionDefaults; months: number[] }) {
  return (
    <div className="grid grid-cols-2 gap-2">
      <Field label="Period end">
        <input type="date" name="periodEnd" defaultValue={defaults.periodEnd} className={input} />
      </Field>
      <Field label="Months">
        <select name="periodMonths" defaultValue={defaults.periodMonths} className={input}>
          {months.map((m) => <option key={m} value={m}>{m === 0 ? 'balance at date' : `${m} months`}</option>)}
        </select>
      </Field>
    </div>
  );
}

/** The editable parts of a fact: its value, period and type; a new customer share also says what it is a share of. */
export function CorrectionFields({ kind, defaults, adding = false }: { kind: CorrectableKind; defaults: CorrectionDefaults; adding?: boolean }) {
  if (kind === 'metric') {
    return (
      <>
        <Field label="Type">
          <select name="metric" defaultValue={defaults.metric} className={input}>
            {METRIC_NAMES.map((m) => <option key={m} value={m}>{METRIC_LABELS[m]}</option>)}
          </select>
        </Field>
        <div className="grid grid-cols-[2fr_1fr] gap-2">
          <Field label="Value (USD, or USD per share): 13.6B, (1,234), $0.42">
            <input name="value" defaultValue={defaults.value} inputMode="decimal" className={input} />
          </Field>
          <ScaleField scale={defaults.scale} />
        </div>
        <PeriodFields defaults={defaults} months={[3, 6, 9, 12]} />
        <div className="grid grid-cols-2 gap-2">
          <Field label="Basis">
            <select name="basis" defaultValue={defaults.basis} className={input}>
              <option value="gaap">GAAP</option>
              <option value="non_gaap">Non-GAAP (adjusted)</option>
            </select>
          </Field>
          <Field label="Segment (blank: consolidated)">
            <input name="segment" defaultValue={defaults.segment} className={input} />
          </Field>
        </div>
      </>
    );
  }
  if (kind === 'customer') {
    return (
      <>
        <Field label="Customer">
          <input name="customer" defaultValue={defaults.customer} className={input} />
        </Field>
        <div className="grid grid-cols-2 gap-2">
          <Field label="Share (%)">
            <input name="value" defaultValue={defaults.value} inputMode="decimal" className={input} />
          </Field>
          {adding && (
            <Field label="Share of">
              <input name="shareOf" defaultValue="net sales" className={input} />
            </Field>
          )}
        </div>
        <PeriodFields defaults={defaults} months={[0, 3, 6, 9, 12]} />
      </>
    );
  }
  return (
    <>
      <Field label="Type">
        <select name="type" defaultValue={defaults.type} className={input}>
          {EVENT_TYPES.map((t) => <option key={t} value={t}>{EVENT_LABELS[t]}</option>)}
        </select>
      </Field>
      <Field label="Date (YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD; empty if undated)">
        <input name="date" defaultValue={defaults.date} pattern="\d{4}(-Q[1-4]|-\d{2}(-\d{2})?)?" className={input} />
      </Field>
      <Field label="Amount (USD; empty if none)">
        <input name="amount" defaultValue={defaults.amount} inputMode="decimal" className={input} />
      </Field>
    </>
  );
}
