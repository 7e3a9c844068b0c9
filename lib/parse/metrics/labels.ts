import type { MetricName } from '@/lib/domain/release';
import { epsKinds, EPS_EXCLUDED, GROSS_PROFIT, LABEL_ADJUSTED, NET_INCOME, OPERATING_INCOME, PER_SHARE, PRETAX_INCOME, REVENUE, SHARE_KIND_ONLY } from '../lexicon/metrics';

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
  if (PER_SHARE.test(nearest) && !EPS_EXCLUDED.test(nearest) && NET_INCOME.test(plain)) {
    return { metrics: epsKinds(`${label} ${nearest}`), perShare: true, gaap };
  }
  if (REVENUE.test(plain)) return { metrics: ['revenue'], perShare: false, gaap };
  if (GROSS_PROFIT.test(plain)) return { metrics: ['gross_profit'], perShare: false, gaap };
  if (OPERATING_INCOME.test(plain)) return { metrics: ['operating_income'], perShare: false, gaap };
  if (PRETAX_INCOME.test(plain)) return { metrics: ['pretax_income'], perShare: false, gaap };
  if (NET_INCOME.test(plain)) return { metrics: ['net_income'], perShare: false, gaap };
  return null;
}
