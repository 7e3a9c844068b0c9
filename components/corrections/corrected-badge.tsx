import type { Correction } from '@/lib/domain/correction';
import { formatDateTime } from '@/lib/format';

/** Marks a fact the analyst changed; its history on hover, the full trail under "Corrections". */
export function CorrectedBadge({ history }: { history: Correction[] }) {
  if (history.length === 0) return null;
  const detail = history.map((c) => `${formatDateTime(c.createdAt)}: ${c.reason}`).join('\n');
  return (
    <a href="#corrections" title={detail} className="relative z-10 ml-1 rounded bg-amber-100 px-1 text-[10px] font-medium uppercase tracking-wide text-amber-900">
      corrected
    </a>
  );
}
