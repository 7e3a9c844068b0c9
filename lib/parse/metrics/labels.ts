import { METRICS } from '@/lib/domain/metrics';
import type { MetricName } from '@/lib/domain/release';
import { conceptWords, epsKinds, EPS_EXCLUDED, LABEL_ADJUSTED, METRIC_OF_CONCEPT, METRIC_ROW_LABELS, PER_SHARE, SHARE_KIND_ONLY } from '../lexicon/metrics';

export type LabelMeaning = {
  metrics: MetricName[];
  perShare: boolean;
  /** false when the label itself says adjusted, pro forma or non-GAAP. */
  gaap: boolean;
};

function normalize(label: string): string {
  return label
    .toLowerCase()
    .replace(/\(\d\)|\(\w\)$|\*+|[†‡§]/g, ' ')
    // A footnote's digit after the last word: "Profit 1".
    .replace(/(?<=[a-z)]) \d$/, '')
    .replace(/[’`]/g, "'")
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .replace(/[\s:;,.-]+$/, '')
    .trim();
}

/**
 * What a table row label (with the section lines above it, nearest last) reports, if it is one of
 * the figures we extract. Precision first: components, costs and ratios are not the figure.
 */
export function classifyLabel(rawLabel: string, context: string[] = []): LabelMeaning | null {
  // "GAAP net income", "Non-GAAP net income", "Adjusted net income": the figure is net income either way, its basis apart.
  const label = normalize(rawLabel).replace(/^(?:gaap|reported|as reported|non-?gaap|adjusted)\s+/, '');
  const section = context.map(normalize).join(' / ');
  const nearest = normalize(context[context.length - 1] ?? '');
  const gaap = !LABEL_ADJUSTED.test(rawLabel);
  if (PER_SHARE.test(label) || (SHARE_KIND_ONLY.test(label) && PER_SHARE.test(section))) {
    const scope = SHARE_KIND_ONLY.test(label) ? `${section} ${label}` : label;
    if (EPS_EXCLUDED.test(label) || (SHARE_KIND_ONLY.test(label) && EPS_EXCLUDED.test(context.map(normalize).pop() ?? ''))) return null;
    if (!/(?:net )?(?:income|earnings|loss|profit)|\beps\b|^per share|basic|dilut|primary/.test(scope)) return null;
    const kindText = SHARE_KIND_ONLY.test(label) ? label : `${label} ${context.map(normalize).pop() ?? ''}`;
    return { metrics: epsKinds(kindText), perShare: true, gaap };
  }
  const plain = label.replace(/\s*\((?:unaudited|note \d+)\)$/, '');
  // "Per common share amounts:" above "Net earnings": the row is the per-share figure.
  const named = METRIC_ROW_LABELS.find(({ label: words }) => words.test(plain));
  if (PER_SHARE.test(nearest) && !EPS_EXCLUDED.test(nearest) && named?.metric === 'net_income') {
    return { metrics: epsKinds(`${label} ${nearest}`), perShare: true, gaap };
  }
  if (named) return { metrics: [named.metric], perShare: false, gaap };
  // "Earnings per share:" over its parts, then "Total": the per-share figure itself.
  if (/^total$/.test(plain) && PER_SHARE.test(nearest) && !EPS_EXCLUDED.test(nearest)) return { metrics: epsKinds(nearest), perShare: true, gaap };
  // A label written as a us-gaap concept ("us-gaap:EarningsPerShareDiluted"), as a viewer of a filing's XBRL shows it.
  const concept = METRIC_OF_CONCEPT.get(conceptWords(rawLabel.trim()));
  // Its words are the taxonomy's, GAAP by definition, though some read like an adjustment ("…, Excluding Assessed Tax").
  return concept ? { metrics: [concept], perShare: METRICS[concept].unit === 'USD/share', gaap: true } : null;
}
