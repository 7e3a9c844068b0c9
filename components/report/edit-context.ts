import type { Correction } from '@/lib/domain/correction';

/** What a facts table needs to offer corrections: whose report, may this browser edit, the trail. */
export type EditContext = { reportId: string; editable: boolean; corrections: Correction[] };

export function historyFor(context: EditContext, key: string): Correction[] {
  return context.corrections.filter((c) => c.factKey === key);
}
