import type { MetricName } from '@/lib/domain/release';

/** Where a sentence names a metric ("net sales", "earnings per diluted share"). */
export type Mention = { metric: MetricName | 'eps_any'; start: number; end: number; loss: boolean; text: string };

// Each metric's pattern, after a word all its matches contain: the quick test skips the slow scan.
const PATTERNS: [MetricName | 'eps_any', RegExp, RegExp][] = [
  ['eps_any', /per|eps/i, /\b(?:(?:basic|diluted|primary|fully\s+diluted|basic\s+and\s+diluted)\s+)?(?:net\s+)?(?:income|earnings|loss|profit)(?:\s*\((?:loss|income)\))?\s+per\s+(?:common\s+|diluted\s+|basic\s+|fully\s+diluted\s+)?share\b|\b(?:diluted\s+|basic\s+)?earnings\s+per\s+(?:common\s+|diluted\s+|basic\s+)?share\b|\bEPS\b|\bper[- ]share\s+(?:earnings|income|loss)\b/gi],
  ['pretax_income', /tax/i, /\b(?:pre-?tax)\s+(?:income|earnings|profits?)\b|\b(?:income|earnings)(?:\s*\(loss\))?\s+before\s+(?:provision\s+for\s+)?(?:income\s+)?taxes\b/gi],
  ['operating_income', /operat/i, /(?<!net\s)\b(?:operating\s+(?:income|profits?|earnings)|income\s+from\s+operations)\b/gi],
  ['gross_profit', /gross/i, /\bgross\s+profits?\b/gi],
  ['net_income', /net|earnings|loss/i, /\bnet\s+(?:income|earnings|profits?|loss(?:es)?)\b|\b(?:reported|record|quarterly|consolidated|fourth[- ]quarter|third[- ]quarter|second[- ]quarter|first[- ]quarter)?\s*earnings\b(?!\s+(?:per|before|from|of\s+\w+\s+subsidiar))|\bnet\s+(?:income|loss)\s+attributable\b|\ba\s+(?:net\s+)?loss\b/gi],
  ['revenue', /revenue|sales/i, /(?<!cost\s+of\s)(?<!same[- ]store\s)(?<!comparable[- ]store\s)(?<!comparable\s)\b(?:total\s+|net\s+|consolidated\s+|operating\s+|quarterly\s+)*(?:revenues?|sales)\b(?!\s+(?:growth|per|tax|volume|force|and\s+marketing|of\s+(?:the|its|our)\s))/gi],
];

// Words that may stand right before "sales" or "revenues" of the whole company. Anything else
// ("Annuity sales", "Merchandise sales", "Kilowatt-hour sales") names a product line or a unit.
const REVENUE_QUALIFIER = /^(?:|total|net|consolidated|operating|quarterly|record|its|their|our|the|company's|companys|with|of|and|in|on|that|which|annual|fiscal|reported|posted|achieved|generated|higher|lower|strong|full-year|year|quarter|first-quarter|second-quarter|third-quarter|fourth-quarter|(?:19|20)\d{2}|[,(—–-])$/i;

function wordBefore(text: string, index: number): string {
  const m = /(\S+)\s*$/.exec(text.slice(Math.max(0, index - 30), index));
  return m ? m[1]!.replace(/[’]/g, "'").replace(/^["“(]+|[,;:"”)]+$/g, '') : '';
}


/** Every metric named in a sentence, longest first where two overlap. */
export function findMentions(text: string, offset = 0): Mention[] {
  const found: Mention[] = [];
  for (const [metric, required, pattern] of PATTERNS) {
    if (!required.test(text)) continue;
    for (const m of text.matchAll(pattern)) {
      if (metric === 'revenue' && !REVENUE_QUALIFIER.test(wordBefore(text, m.index + (m[0].length - m[0].trimStart().length)))) continue;
      const start = offset + m.index + (m[0].length - m[0].trimStart().length);
      const end = offset + m.index + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      found.push({ metric, start, end, loss: /\bloss/i.test(m[0]), text: m[0].trim() });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
