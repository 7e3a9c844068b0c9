import type { MetricName } from '@/lib/domain/release';

/**
 * The words of the figures the parser reads: table row labels, prose mentions, and the words
 * that make a figure adjusted or per share. Table labels are matched whole, after normalizing to
 * lower case; prose mentions anywhere in a sentence.
 */

/**
 * A column header of changes, not values: "% Change", "Increase (Decrease)", "Variance". "Dec. 31"
 * is a month and "Acme Inc." a company: "Inc" and "Dec" are changes only without their period.
 */
export const CHANGE_COLUMN = /%|\bpercent|\bchange|\bincrease|\bdecrease|\binc\b(?!\.)|\bdec\b(?!\.)|\bvariance|\bvar\b|\bgrowth/i;

/**
 * What a figure is "before" when it is an adjusted one: special items, restructuring, gains. Never
 * taxes, extraordinary items or accounting changes: income before those is a GAAP line.
 */
const BEFORE_ITEMS = String.raw`before\s+(?:an?\s+|the\s+)?(?:special|unusual|non-?recurring|one-time|restructuring|realized|merger|acquisition|impairment|(?:net\s+)?(?:investment\s+)?gains?)`;
export const LABEL_ADJUSTED = new RegExp(String.raw`\b(?:adjusted|non-?gaap|pro\s*-?\s*forma|excluding|excl\.|${BEFORE_ITEMS}|operating earnings|core earnings|comparable)\b`, 'i');
export const REVENUE = /^(?:total )?(?:net |gross )?(?:consolidated )?(?:sales|revenues?|operating revenues?|sales and (?:other )?(?:operating )?revenues?|sales of products and services|revenues?,? net|sales,? net(?: of [a-z ,]+)?)(?: \(note \d+\))?$/;
export const GROSS_PROFIT = /^(?:total )?gross (?:profit|margin)(?: \(loss\))?$/;
export const OPERATING_INCOME = /^(?:total )?(?:operating (?:income|profit|earnings)(?: ?\(loss\))?|operating \(loss\) income|(?:income|earnings|profit)(?: ?\(loss\))? from operations|\(loss\) income from operations|operating (?:income|loss)\/\(?(?:income|loss)\)?)$/;
export const PRETAX_INCOME = /^(?:(?:consolidated )?(?:income|earnings|profit|loss)(?: ?\((?:loss|losses|income)\))?(?:\/\(loss\))?(?: from continuing operations)? before (?:minority interests? and |equity in [a-z ]+ and )?(?:provision for |the provision for |provision \(benefit\) for )?(?:federal )?(?:income )?tax(?:es)?(?! benefit)|pre-?tax (?:income|earnings|profit)|\(loss\) income before (?:income )?taxes)/;
export const NET_INCOME = /^(?:consolidated )?(?:net (?:income|earnings|profit|loss)(?: ?\/? ?\((?:loss|income)\))?(?: attributable to (?!non-?controlling|minority)[\w .,&'-]+| (?:applicable|available) to common (?:stock|shares|shareholders|stockholders))?|(?:net )?(?:income|earnings|profit)(?: \(loss\))? for the (?:period|quarter|year)|profit(?: \(loss\))?)$/;
export const PER_SHARE = /per (?:common |diluted |basic |ordinary )?share|\beps\b|per common and common equivalent share/;
export const EPS_EXCLUDED = /dividend|book value|cash flow|before (?:cumulative|extraordinary|accounting)|cumulative effect|extraordinary|discontinued|continuing operations|shares used|weighted|average (?:number|shares)|outstanding|pro forma|price/;
export const SHARE_KIND_ONLY = /^(?:basic(?: and diluted)?|diluted|primary|fully diluted|assuming (?:full )?dilution|basic and fully diluted)$/;

// Prose mentions: each metric's pattern after a word all its matches contain (the quick test skips the slow scan).
export const METRIC_MENTIONS: [MetricName | 'eps_any', RegExp, RegExp][] = [
  ['eps_any', /per|eps/i, /\b(?:(?:basic|diluted|primary|fully\s+diluted|basic\s+and\s+diluted)\s+)?(?:net\s+)?(?:income|earnings|loss|profit)(?:\s*\((?:loss|income)\))?\s+per\s+(?:common\s+|diluted\s+|basic\s+|fully\s+diluted\s+)?share\b|\b(?:diluted\s+|basic\s+)?earnings\s+per\s+(?:common\s+|diluted\s+|basic\s+)?share\b|\bEPS\b|\bper[- ]share\s+(?:earnings|income|loss)\b/gi],
  ['pretax_income', /tax/i, /\b(?:pre-?tax)\s+(?:income|earnings|profits?)\b|\b(?:income|earnings)(?:\s*\(loss\))?\s+before\s+(?:provision\s+for\s+)?(?:income\s+)?taxes\b/gi],
  ['operating_income', /operat/i, /(?<!net\s)\b(?:operating\s+(?:income|profits?|earnings)|income\s+from\s+operations)\b/gi],
  ['gross_profit', /gross/i, /\bgross\s+profits?\b/gi],
  ['net_income', /net|earnings|loss/i, /\bnet\s+(?:income|earnings|profits?|loss(?:es)?)\b|\b(?:reported|record|quarterly|consolidated|fourth[- ]quarter|third[- ]quarter|second[- ]quarter|first[- ]quarter)?\s*earnings\b(?!\s+(?:per|before|from|of\s+\w+\s+subsidiar))|\bnet\s+(?:income|loss)\s+attributable\b|\ba\s+(?:net\s+)?loss\b/gi],
  ['revenue', /revenue|sales/i, /(?<!cost\s+of\s)(?<!same[- ]store\s)(?<!comparable[- ]store\s)(?<!comparable\s)\b(?:total\s+|net\s+|consolidated\s+|operating\s+|quarterly\s+)*(?:revenues?|sales)\b(?!\s+(?:growth|per|tax|volume|force|and\s+marketing|of\s+(?:the|its|our)\s))/gi],
];

// Words that may stand right before "sales" or "revenues" of the whole company; anything else
// ("Annuity sales", "Kilowatt-hour sales") names a product line or a unit.
export const REVENUE_QUALIFIER = /^(?:|total|net|consolidated|operating|quarterly|record|its|their|our|the|company's|companys|with|of|and|in|on|that|which|annual|fiscal|reported|posted|achieved|generated|higher|lower|strong|full-year|year|quarter|first-quarter|second-quarter|third-quarter|fourth-quarter|(?:19|20)\d{2}|[,(—–-])$/i;

// The words of prose that make a figure adjusted.
const NON_GAAP_WORDS = String.raw`\b(?:adjusted|non-?gaap|excluding|excluded|${BEFORE_ITEMS}|operating\s+earnings)\b`;
/** "GAAP" alone, never "non-GAAP": "GAAP net income", "Net income (GAAP)". */
export const GAAP_WORD = /(?<!non-?)\bGAAP\b/i;
// A sentence that states adjusted figures.
export const PROSE_NON_GAAP = new RegExp(NON_GAAP_WORDS, 'i');
/** The words that say which basis a figure is on, adjusted or GAAP. */
export const BASIS_WORD = new RegExp(`${NON_GAAP_WORDS}|${GAAP_WORD.source}`, 'gi');
/** Right after a figure: "$4.1 million excluding the charge", "$1.20 on an adjusted basis". */
export const NON_GAAP_AFTER = new RegExp(String.raw`^[\s,]*(?:\(?(?:excluding|${BEFORE_ITEMS})\b|on\s+an?\s+(?:adjusted|non-?gaap|operating)\s+basis|\((?:adjusted|non-?gaap)\))`, 'i');
/** "GAAP and non-GAAP earnings … were $1.08 and $1.05, respectively": one basis for each figure, in order. */
export const BASIS_PAIR = /\b(non-?gaap|adjusted|gaap)\s+and\s+(non-?gaap|adjusted|gaap)\b(?=(?:[^.;]|\.\d)*\brespectively\b)/i;

/** Basic, diluted or both, as a per-share label or sentence says; neither: "eps". */
export function epsKinds(text: string): MetricName[] {
  const basic = /\bbasic\b|\bprimary\b/i.test(text);
  const diluted = /dilut/i.test(text);
  if (basic && diluted) return ['eps_basic', 'eps_diluted'];
  if (diluted) return ['eps_diluted'];
  if (basic) return ['eps_basic'];
  return ['eps'];
}
