import type { MetricName } from '@/lib/domain/release';

export type LabelMeaning = {
  metrics: MetricName[];
  perShare: boolean;
  /** false when the label itself says adjusted, pro forma or non-GAAP. */
  gaap: boolean;
};

const ADJUSTED = /\b(?:adjusted|non-?gaap|pro\s*-?\s*forma|excluding|excl\.|before (?:special|unusual|non-?recurring|one-time)|operating earnings|core earnings|comparable)\b/i;

function normalize(label: string): string {
  return label
    .toLowerCase()
    .replace(/\(\d\)|\(\w\)$|\*+|[†‡§]/g, ' ')
    .replace(/[’`]/g, "'")
    .replace(/\s*\/\s*/g, '/')
    .replace(/\s+/g, ' ')
    .replace(/[\s:;,.-]+$/, '')
    .trim();
}

const REVENUE = /^(?:total )?(?:net |gross )?(?:consolidated )?(?:sales|revenues?|operating revenues?|sales and (?:other )?(?:operating )?revenues?|sales of products and services|revenues?,? net|sales,? net)(?: \(note \d+\))?$/;
const GROSS_PROFIT = /^(?:total )?gross (?:profit|margin)(?: \(loss\))?$/;
const OPERATING_INCOME = /^(?:total )?(?:operating (?:income|profit|earnings)(?: ?\(loss\))?|operating \(loss\) income|(?:income|earnings|profit)(?: ?\(loss\))? from operations|\(loss\) income from operations|operating (?:income|loss)\/\(?(?:income|loss)\)?)$/;
const PRETAX_INCOME = /^(?:(?:income|earnings|profit)(?: ?\((?:loss|losses)\))?(?:\/\(loss\))?(?: from continuing operations)? before (?:provision for |the provision for )?(?:federal )?(?:income )?tax(?:es)?(?! benefit)|pre-?tax (?:income|earnings|profit)|\(loss\) income before (?:income )?taxes)/;
const NET_INCOME = /^(?:consolidated )?net (?:income|earnings|profit|loss)(?: ?\/? ?\((?:loss|income)\))?(?: attributable to (?!non-?controlling|minority)[\w .,&'-]+| applicable to common (?:stock|shares|shareholders|stockholders))?$/;
const PER_SHARE = /per (?:common |diluted |basic |ordinary )?share|\beps\b|per common and common equivalent share/;
const EPS_EXCLUDED = /dividend|book value|cash flow|before (?:cumulative|extraordinary|accounting)|cumulative effect|extraordinary|discontinued|continuing operations|shares used|weighted|average (?:number|shares)|outstanding|pro forma|price/;
const SHARE_KIND_ONLY = /^(?:basic(?: and diluted)?|diluted|primary|fully diluted|assuming (?:full )?dilution|basic and fully diluted)$/;

function epsKinds(text: string): MetricName[] {
  const basic = /basic|primary/.test(text);
  const diluted = /dilut/.test(text);
  if (basic && diluted) return ['eps_basic', 'eps_diluted'];
  if (diluted) return ['eps_diluted'];
  if (basic) return ['eps_basic'];
  return ['eps'];
}

/**
 * What a table row label (with the section lines above it, nearest last) reports, if it is one of
 * the figures we extract. Precision first: components, costs and ratios are not the figure.
 */
export function classifyLabel(rawLabel: string, context: string[] = []): LabelMeaning | null {
  const label = normalize(rawLabel).replace(/^(?:gaap|reported|as reported)\s+/, '');
  const section = context.map(normalize).join(' / ');
  const nearest = normalize(context[context.length - 1] ?? '');
  const gaap = !ADJUSTED.test(rawLabel);
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
