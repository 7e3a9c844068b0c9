import { FactMenu, type FactAction } from '@/components/corrections/fact-menu';
import { CorrectedBadge } from '@/components/corrections/corrected-badge';
import type { ReleaseEvent } from '@/lib/domain/release';
import { formatExact } from '@/lib/format';
import { factAnchor, sourceAnchor } from '@/lib/report/anchors';
import type { Keyed } from '@/lib/report/corrected-release';
import { dateSpan } from '@/lib/report/chart-data';
import { EVENT_LABELS } from '@/lib/report/event-labels';
import { historyFor, type EditContext } from './edit-context';

/** Events by the start of the span their date names ("2005-Q1" with January 2005); undated last. */
function sortKey(date: string | null): number {
  return date === null ? Number.POSITIVE_INFINITY : dateSpan(date).start;
}

function eventActions(e: Keyed<ReleaseEvent>): FactAction[] {
  const fact = { factKey: e.key, kind: 'event' as const, title: `${EVENT_LABELS[e.type]} (${e.date ?? 'undated'})`, defaults: { type: e.type, date: e.date ?? '', amount: e.amount === null ? '' : String(e.amount) } };
  return [
    { label: 'Correct', fact, mode: 'edit' },
    { label: 'Dismiss', fact, mode: 'dismiss' },
  ];
}

/** Dated events in date order; undated ones after them. */
export function EventList({ events, edit }: { events: Keyed<ReleaseEvent>[]; edit: EditContext }) {
  if (events.length === 0) return <p className="text-sm text-slate-500">No dated events were found in this release.</p>;
  const ordered = [...events].sort((a, b) => sortKey(a.date) - sortKey(b.date));
  return (
    <ul className="space-y-1 text-sm" data-testid="event-list">
      {ordered.map((e) => (
        <li key={e.key} id={factAnchor(e.key)} className="relative flex gap-3 rounded px-1 py-1 hover:bg-slate-50">
          <span className="w-20 shrink-0 tabular-nums text-slate-500">{e.date ?? 'undated'}</span>
          <span className="min-w-0 flex-1">
            <a href={`#${sourceAnchor(e.source)}`} className="font-medium text-slate-800 after:absolute after:inset-0 hover:underline" title={`Read by ${e.rule}`} data-rule={e.rule}>
              {EVENT_LABELS[e.type]}
            </a>
            {e.amount !== null && <span className="ml-1 text-slate-600">({formatExact(e.amount)})</span>}
            <CorrectedBadge history={historyFor(edit, e.key)} />
            <span className="line-clamp-2 block text-slate-600" title={e.summary}>{e.summary}</span>
          </span>
          {edit.editable && (
            <span className="shrink-0">
              <FactMenu reportId={edit.reportId} name={`${EVENT_LABELS[e.type]} (${e.date ?? 'undated'})`} actions={eventActions(e)} />
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
