import { METRIC_IDS, METRICS } from '@/lib/domain/metrics';
import type { MetricName } from '@/lib/domain/release';

/**
 * The words of the figures the parser reads. Each metric's own words (its row labels, us-gaap
 * concepts and prose mentions) are a row of the metric definition table (lib/domain/metrics.ts),
 * which the report's names and charts read too; here are the words every metric shares: what
 * makes a figure adjusted or per share, and what makes a column one of changes.
 */

/**
 * A column header of changes, not values: "% Change", "Increase (Decrease)", "Variance". "Dec. 31"
 * is a month and "Acme Inc." a company: "Inc" and "Dec" are changes only without their period.
 */
export const CHANGE_COLUMN = /%|\bpercent|\bchange|\bincrease|\bdecrease|\binc\b(?!\.)|\bdec\b(?!\.)|\bvariance|\bvar\b|\bgrowth/i;
/**
 * The words around a change column's figure in a text row ("$ 18,120   Up 17%   Down 0.5 pts"):
 * a direction before it, following another figure, and a unit of points after it.
 */
export const CHANGE_CELL_DIRECTION = /\b(?:up|down)(?=\s+[(+\-−]?\d[\d,.]*\)?\s*(?:%|pts?\b|bps\b))/gi;
export const CHANGE_CELL_POINTS = /\s*\b(?:pts?|bps)\b/gi;
/** A change column's head at the start of words that run on: "% Change Net sales …". */
export const CHANGE_COLUMN_HEAD = /^(?:%\s*(?:change|chg\.?)|percent(?:age)?\s+change|change|increase\s*\(decrease\)|inc\.?\s*\(dec\.?\))(?=\s)/i;

/**
 * What a figure is "before" when it is an adjusted one: special items, restructuring, gains. Never
 * taxes, extraordinary items or accounting changes: income before those is a GAAP line.
 */
const BEFORE_ITEMS = String.raw`before\s+(?:an?\s+|the\s+)?(?:special|unusual|non-?recurring|one-time|restructuring|realized|merger|acquisition|impairment|(?:net\s+)?(?:investment\s+)?gains?)`;
export const LABEL_ADJUSTED = new RegExp(String.raw`\b(?:adjusted|non-?gaap|pro\s*-?\s*forma|excluding|excl\.|${BEFORE_ITEMS}|operating earnings|core earnings|comparable)\b`, 'i');
export const PER_SHARE = /per (?:average )?(?:common |diluted |basic |ordinary )?share|\beps\b|per common and common equivalent share/;
export const EPS_EXCLUDED = /dividend|book value|cash flow|before (?:cumulative|extraordinary|accounting)|cumulative effect|extraordinary|discontinued|continuing operations|shares used|weighted|average (?:number|shares)|outstanding|pro forma|price/;
export const SHARE_KIND_ONLY = /^(?:basic(?: and diluted)?|diluted|primary|fully diluted|assuming (?:full )?dilution|basic and fully diluted)$/;

/** Prose mentions from the metric definition table, the more specific first; a per-share mention is of EPS of any kind. */
export const METRIC_MENTIONS: { metric: MetricName | 'eps_any'; cue: RegExp; pattern: RegExp }[] = METRIC_IDS.flatMap((id) => {
  const { mention, unit } = METRICS[id];
  return mention ? [{ metric: unit === 'USD/share' ? ('eps_any' as const) : id, ...mention }] : [];
})
  .sort((a, b) => a.rank - b.rank)
  .map(({ metric, cue, pattern }) => ({ metric, cue, pattern }));

/** The statement row labels of each metric the table names by label, in income-statement order. */
export const METRIC_ROW_LABELS: { metric: MetricName; label: RegExp }[] = METRIC_IDS.flatMap((id) => {
  const { label } = METRICS[id];
  return label ? [{ metric: id, label }] : [];
});

/** A label's words as a us-gaap concept's: "us-gaap:NetIncomeLoss" and "Net Income (Loss)" are both "net income loss". */
export function conceptWords(label: string): string {
  return label
    .replace(/^us-gaap[:_]/i, '')
    .replace(/([a-z])(?=[A-Z])/g, '$1 ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The metric each us-gaap concept (as its words) stands for. */
export const METRIC_OF_CONCEPT: ReadonlyMap<string, MetricName> = new Map(METRIC_IDS.flatMap((id) => METRICS[id].usGaap.map((c) => [conceptWords(c), id] as const)));

// Words that may stand right before "sales" or "revenues" of the whole company; anything else
// ("Annuity sales", "Kilowatt-hour sales") names a product line or a unit.
export const REVENUE_QUALIFIER = /^(?:|total|net|consolidated|operating|quarterly|record|its|their|our|the|company's|companys|with|of|and|in|on|that|which|annual|fiscal|reported|posted|achieved|generated|higher|lower|strong|full-year|year|quarter|first-quarter|second-quarter|third-quarter|fourth-quarter|(?:19|20)\d{2}|[,(—–-])$/i;

// The words of prose that make a figure adjusted.
// "pro forma" too: as if a deal had closed earlier, not as reported.
const NON_GAAP_WORDS = String.raw`\b(?:adjusted|non-?gaap|excluding|excluded|pro\s+forma|${BEFORE_ITEMS}|operating\s+earnings)\b`;
/** "GAAP" alone, never "non-GAAP": "GAAP net income", "Net income (GAAP)". */
export const GAAP_WORD = /(?<!non-?)\bGAAP\b/i;
// A sentence that states adjusted figures.
export const PROSE_NON_GAAP = new RegExp(NON_GAAP_WORDS, 'i');
/** The words that say which basis a figure is on, adjusted or GAAP. */
export const BASIS_WORD = new RegExp(`${NON_GAAP_WORDS}|${GAAP_WORD.source}`, 'gi');
/** Right after a figure: "$4.1 million excluding the charge", "$1.20 on an adjusted basis". */
export const NON_GAAP_AFTER = new RegExp(String.raw`^[\s,]*(?:per\s+(?:basic\s+|diluted\s+)?share\s*,?\s*)?(?:\(?(?:excluding|${BEFORE_ITEMS})\b|on\s+an?\s+(?:adjusted|non-?gaap|operating|pro\s+forma)\s+basis|\((?:adjusted|non-?gaap)\))`, 'i');
/** "GAAP and non-GAAP earnings … were $1.08 and $1.05, respectively": one basis for each figure, in order. */
export const BASIS_PAIR = /\b(non-?gaap|adjusted|gaap)\s+and\s+(non-?gaap|adjusted|gaap)\b(?=(?:[^.;]|\.\d)*\brespectively\b)/i;

const BASIC_WORD = /\bbasic\b|\bprimary\b/i;
const DILUTED_WORD = /dilut/i;
// In a list, each kind is a word of its own ("primary and fully diluted"), never part of "antidilutive".
const EPS_KIND_WORD = new RegExp(`${BASIC_WORD.source}|\\bdiluted\\b`, 'gi');

/** The per-share kinds a list names, in its order: "primary and fully diluted" gives basic, then diluted. */
export function epsKindsInOrder(text: string): MetricName[] {
  return [...text.matchAll(EPS_KIND_WORD)].map((m) => (DILUTED_WORD.test(m[0]) ? 'eps_diluted' : 'eps_basic'));
}

/** Basic, diluted or both, as a per-share label or sentence says; neither: "eps". */
export function epsKinds(text: string): MetricName[] {
  const basic = BASIC_WORD.test(text);
  const diluted = DILUTED_WORD.test(text);
  if (basic && diluted) return ['eps_basic', 'eps_diluted'];
  if (diluted) return ['eps_diluted'];
  if (basic) return ['eps_basic'];
  return ['eps'];
}
