import type { Correction, CorrectionAction } from '@/lib/domain/correction';
import type { Source } from '@/lib/domain/release';
import { formatDateTime, formatExact, formatIsoDate, formatPeriod, METRIC_LABELS } from '@/lib/format';
import { revertibleCorrections } from '@/lib/report/corrected-release';
import { EVENT_LABELS } from '@/lib/report/event-labels';
import { RevertButton } from './revert-button';

const DONE: Record<CorrectionAction, string> = {
  edit: 'edited',
  dismiss: 'dismissed',
  add: 'added',
  repoint: 'pointed at other words',
  revert: 'reverted',
};

/** A fact in one line, as the trail shows it before and after. */
function describe(fact: Correction['before']): string {
  if (fact === null) return 'none';
  if ('metric' in fact) {
    const value = fact.unit === 'USD' ? formatExact(fact.value) : `$${fact.value}`;
    return `${METRIC_LABELS[fact.metric]} · ${formatPeriod(fact.period)} · ${value}`;
  }
  if ('customer' in fact) return `${fact.customer.replace(/\s+/g, ' ')} · ${fact.share}% · ${fact.period ? formatPeriod(fact.period) : 'no period'}`;
  return `${EVENT_LABELS[fact.type]} · ${fact.date ? (fact.date.length === 10 ? formatIsoDate(fact.date) : fact.date) : 'undated'}${fact.amount === null ? '' : ` · ${formatExact(fact.amount)}`}`;
}

function quoted(text: string, fact: Correction['before']): string {
  const source: Source | undefined = fact?.source;
  return source ? `“${text.slice(source.start, source.end).replace(/\s+/g, ' ').trim().slice(0, 120)}”` : 'none';
}

/** Before → after: the values, or for a re-pointed fact the words it came from. */
function Change({ c, text }: { c: Correction; text: string }) {
  const show = c.action === 'repoint' ? (f: Correction['before']) => quoted(text, f) : describe;
  return (
    <p>
      <span className="text-slate-500 line-through">{show(c.before)}</span> → <span className="font-medium">{show(c.after)}</span>
    </p>
  );
}

type Props = { corrections: Correction[]; unmatched: Correction[]; text: string; edit: { reportId: string; editable: boolean } };

/** The audit trail: every correction with the fact before and after, when, and why; a fact's corrections can be reverted, latest first. */
export function CorrectionTrail({ corrections, unmatched, text, edit }: Props) {
  if (corrections.length === 0) return null;
  const stale = new Set(unmatched.map((c) => c.id));
  const revertible = revertibleCorrections(corrections);
  return (
    <section id="corrections" aria-labelledby="corrections-heading" className="space-y-2">
      <h2 id="corrections-heading" className="text-base font-semibold">Corrections ({corrections.length})</h2>
      <p className="text-xs text-slate-500">Facts above show the corrected values; the parser’s original result is kept.</p>
      <ol data-testid="correction-trail" className="space-y-2 text-sm">
        {corrections.map((c) => (
          <li key={c.id} id={`correction-${c.id}`} className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2">
            <div className="flex items-start justify-between gap-2">
              <p className="text-xs text-slate-500">
                <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time> · {DONE[c.action]}
                {c.reverts ? <> (<a href={`#correction-${c.reverts}`} className="underline">undoes an earlier correction</a>)</> : null}
                {stale.has(c.id) && ' · no longer matches a fact (the release was re-read by a newer parser)'}
              </p>
              {edit.editable && revertible.has(c.id) && !stale.has(c.id) && (
                <RevertButton reportId={edit.reportId} correctionId={c.id} kind={c.kind} what={describe(c.after ?? c.before)} />
              )}
            </div>
            <Change c={c} text={text} />
            <p className="text-slate-700">Reason: {c.reason}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
