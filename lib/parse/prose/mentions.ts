import type { MetricName } from '@/lib/domain/release';
import { METRIC_MENTIONS, REVENUE_QUALIFIER } from '../lexicon/metrics';
import { matchesOf } from '../text/regex';

/** Where a sentence names a metric ("net sales", "earnings per diluted share"). */
export type Mention = { metric: MetricName | 'eps_any'; start: number; end: number; loss: boolean; text: string };

function wordBefore(text: string, index: number): string {
  const m = /(\S+)\s*$/.exec(text.slice(Math.max(0, index - 30), index));
  return m ? m[1]!.replace(/[’]/g, "'").replace(/^["“(]+|[,;:"”)]+$/g, '') : '';
}

/** Every metric named in a sentence, longest first where two overlap. */
export function findMetricMentions(text: string, offset = 0): Mention[] {
  const found: Mention[] = [];
  for (const { metric, cue, pattern } of METRIC_MENTIONS) {
    if (!cue.test(text)) continue;
    for (const m of matchesOf(pattern, text)) {
      if (metric === 'revenue' && !REVENUE_QUALIFIER.test(wordBefore(text, m.index + (m[0].length - m[0].trimStart().length)))) continue;
      const start = offset + m.index + (m[0].length - m[0].trimStart().length);
      const end = offset + m.index + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ metric, start, end, loss: /\bloss/i.test(m[0]), text: m[0].trim() });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
