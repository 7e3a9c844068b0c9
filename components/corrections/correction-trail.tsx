import type { Correction } from '@/lib/domain/correction';
import { formatDateTime, formatExact, formatIsoDate, formatPeriod, METRIC_LABELS } from '@/lib/format';
import { EVENT_LABELS } from '@/lib/report/event-labels';

/** A fact in one line, as the trail shows it before and after. */
function describe(c: Correction, fact: Correction['before'] | null): string {
  if (fact === null) return 'dismissed';
  if (c.kind === 'metric' && 'metric' in fact) {
    const value = fact.unit === 'USD' ? formatExact(fact.value) : `$${fact.value}`;
    return `${METRIC_LABELS[fact.metric]} · ${formatPeriod(fact.period)} · ${value}`;
  }
  if ('customer' in fact) return `${fact.customer.replace(/\s+/g, ' ')} · ${fact.share}% · ${fact.period ? formatPeriod(fact.period) : 'no period'}`;
  if ('type' in fact) return `${EVENT_LABELS[fact.type]} · ${fact.date ? (fact.date.length === 10 ? formatIsoDate(fact.date) : fact.date) : 'undated'}${fact.amount === null ? '' : ` · ${formatExact(fact.amount)}`}`;
  return '';
}

/** The audit trail: every correction with the fact before and after, when, and why. */
export function CorrectionTrail({ corrections, unmatched }: { corrections: Correction[]; unmatched: Correction[] }) {
  if (corrections.length === 0) return null;
  const stale = new Set(unmatched.map((c) => c.id));
  return (
    <section id="corrections" aria-labelledby="corrections-heading" className="space-y-2">
      <h2 id="corrections-heading" className="text-base font-semibold">Corrections ({corrections.length})</h2>
      <p className="text-xs text-slate-500">Facts above show the corrected values; the parser’s original result is kept.</p>
      <ol data-testid="correction-trail" className="space-y-2 text-sm">
        {corrections.map((c) => (
          <li key={c.id} className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2">
            <p className="text-xs text-slate-500">
              <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time> · {c.action === 'dismiss' ? 'dismissed' : 'edited'}
              {stale.has(c.id) && ' · no longer matches a fact (the release was re-read by a newer parser)'}
            </p>
            <p>
              <span className="text-slate-500 line-through">{describe(c, c.before)}</span> → <span className="font-medium">{describe(c, c.after)}</span>
            </p>
            <p className="text-slate-700">Reason: {c.reason}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
