/**
 * The metrics Release Desk reads, one row each: how the metric is named on screen and in charts,
 * its unit, and the words that name it in a statement row, in us-gaap and in prose. The parser's
 * table and prose readers, the formatter, the metrics table and the charts all read this table, so
 * adding a metric is one row here (its id joins the contract's enum) plus its tests.
 *
 * Rows are in income-statement order: the order of the report's table, and the order in which a
 * statement row's label is tried (the first whose words fit wins).
 */
export type MetricDefinition = {
  /** Display name: "Revenue", "EPS (diluted)". */
  name: string;
  /** Where an axis has little room under a pair of bars. */
  shortName?: string;
  unit: 'USD' | 'USD/share';
  /** Place in its unit's comparison chart; null: not charted. */
  chart: number | null;
  /** Place among a release's headline figures (library rows, the share-link preview); null: never one. */
  headline: number | null;
  /**
   * A statement row's label (lower case, footnote marks and trailing colons dropped) that names
   * the metric. Null for the per-share figures, told apart by their per-share words instead.
   */
  label: RegExp | null;
  /** us-gaap concepts for the metric: a label written as the concept ("us-gaap:NetIncomeLoss") or its standard label ("Net Income (Loss)"). */
  usGaap: readonly string[];
  /**
   * Prose: a word every mention holds (a quick test) and the mention's pattern; `rank` orders the
   * patterns, the more specific first ("income before taxes" before "income"). A per-share
   * mention names EPS of any kind: the sentence's words say basic or diluted.
   */
  mention: { cue: RegExp; pattern: RegExp; rank: number } | null;
};

const TABLE = {
  revenue: {
    name: 'Revenue',
    unit: 'USD',
    chart: 1,
    headline: 1,
    label: /^(?:total )?(?:net |gross )?(?:consolidated )?(?:sales|revenues?|operating revenues?|sales and (?:other )?(?:operating )?revenues?|sales of products and services|revenues?,? net|sales,? net(?: of [a-z ,]+)?)(?: \(note \d+\))?$/,
    usGaap: ['Revenues', 'SalesRevenueNet', 'RevenueFromContractWithCustomerExcludingAssessedTax', 'RevenueFromContractWithCustomerIncludingAssessedTax', 'RevenuesNetOfInterestExpense'],
    mention: {
      cue: /revenue|sales/i,
      pattern: /(?<!cost\s+of\s)(?<!same[- ]store\s)(?<!comparable[- ]store\s)(?<!comparable\s)\b(?:total\s+|net\s+|consolidated\s+|operating\s+|quarterly\s+)*(?:revenues?|sales)\b(?!\s+(?:growth|per|tax|volume|force|and\s+marketing|of\s+(?:the|its|our)\s))/gi,
      rank: 5,
    },
  },
  gross_profit: {
    name: 'Gross profit',
    unit: 'USD',
    chart: null,
    headline: null,
    label: /^(?:total )?gross (?:profit|margin)(?: \(loss\))?$/,
    usGaap: ['GrossProfit'],
    mention: { cue: /gross/i, pattern: /\bgross\s+profits?\b/gi, rank: 3 },
  },
  operating_income: {
    name: 'Operating income',
    unit: 'USD',
    chart: null,
    headline: null,
    label: /^(?:total )?(?:operating (?:income|profit|earnings|loss)(?: ?\((?:loss|income)\))?|operating \(loss\) income|(?:income|earnings|profit|loss)(?: ?\((?:loss|income)\))? from operations|\(loss\) income from operations|operating (?:income|loss)\/\(?(?:income|loss)\)?)$/,
    usGaap: ['OperatingIncomeLoss'],
    mention: { cue: /operat/i, pattern: /(?<!net\s)\b(?:operating\s+(?:income|profits?|earnings|loss(?:es)?)|(?:income|loss)\s+from\s+operations)\b/gi, rank: 2 },
  },
  pretax_income: {
    name: 'Pre-tax income',
    shortName: 'Pre-tax',
    unit: 'USD',
    chart: 2,
    headline: null,
    label: /^(?:(?:consolidated )?(?:\((?:loss|income|earnings)\) )?(?:income|earnings|profit|loss)(?: ?\((?:loss|losses|income)\))?(?:\/\(loss\))?(?: from continuing operations)? before (?:minority interests? and |equity in [a-z ]+ and )?(?:provision for |the provision for |provision \(benefit\) for )?(?:federal )?(?:income )?tax(?:es)?(?! benefit)|pre-?tax (?:income|earnings|profit)|\(loss\) income before (?:income )?taxes)/,
    usGaap: [
      'IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest',
      'IncomeLossFromContinuingOperationsBeforeIncomeTaxesMinorityInterestAndIncomeLossFromEquityMethodInvestments',
      'IncomeLossFromContinuingOperationsBeforeIncomeTaxes',
    ],
    mention: {
      cue: /tax/i,
      pattern: /\b(?:pre-?tax)\s+(?:income|earnings|profits?)\b|\b(?:income|earnings)(?:\s*\(loss\))?\s+before\s+(?:provision\s+for\s+)?(?:income\s+)?taxes\b/gi,
      rank: 1,
    },
  },
  net_income: {
    name: 'Net income',
    unit: 'USD',
    chart: 3,
    headline: 2,
    label: /^(?:consolidated )?(?:net (?:income|earnings|profit|loss)(?: ?\/? ?\((?:loss|income)\))?(?: attributable to (?!non-?controlling|minority)[\w .,&'-]+| (?:applicable|available) to common (?:stock|shares|shareholders|stockholders))?|(?:net )?(?:income|earnings|profit)(?: \(loss\))? for the (?:period|quarter|year)|profit(?: \(loss\))?)$/,
    usGaap: ['NetIncomeLoss', 'NetIncomeLossAvailableToCommonStockholdersBasic'],
    mention: {
      cue: /net|earnings|loss/i,
      pattern: /\bnet\s+(?:income|earnings|profits?|loss(?:es)?)\b|\b(?:reported|record|quarterly|consolidated|fourth[- ]quarter|third[- ]quarter|second[- ]quarter|first[- ]quarter)?\s*earnings\b(?!\s+(?:per|before|from|of\s+\w+\s+subsidiar))|\bnet\s+(?:income|loss)\s+attributable\b|\ba\s+(?:net\s+)?loss\b/gi,
      rank: 4,
    },
  },
  eps_basic: { name: 'EPS (basic)', unit: 'USD/share', chart: 2, headline: null, label: null, usGaap: ['EarningsPerShareBasic'], mention: null },
  eps_diluted: { name: 'EPS (diluted)', unit: 'USD/share', chart: 1, headline: 3, label: null, usGaap: ['EarningsPerShareDiluted'], mention: null },
  eps: {
    name: 'EPS',
    unit: 'USD/share',
    chart: 3,
    headline: 4,
    label: null,
    usGaap: ['EarningsPerShareBasicAndDiluted'],
    mention: {
      cue: /per|eps/i,
      pattern: /\b(?:(?:basic|diluted|primary|fully\s+diluted|basic\s+and\s+diluted)\s+)?(?:net\s+)?(?:income|earnings|loss|profit)(?:\s*\((?:loss|income)\))?\s+per\s+(?:common\s+|diluted\s+|basic\s+|fully\s+diluted\s+)?share\b|\b(?:diluted\s+|basic\s+)?earnings\s+per\s+(?:common\s+|diluted\s+|basic\s+)?share\b|\b(?:(?:basic|diluted|fully\s+diluted)\s+)?EPS\b|\bper[- ]share\s+(?:earnings|income|loss)\b/gi,
      rank: 0,
    },
  },
} as const satisfies Record<string, MetricDefinition>;

export type MetricId = keyof typeof TABLE;
export const METRICS: Readonly<Record<MetricId, MetricDefinition>> = TABLE;

/** The metric ids in the table's (income-statement) order. */
export const METRIC_IDS = Object.keys(METRICS) as [MetricId, ...MetricId[]];

/** Where an axis has little room: "Pre-tax". */
export function shortMetricName(id: MetricId): string {
  return METRICS[id].shortName ?? METRICS[id].name;
}

/** Metric ids ordered by a rank of the table, those without it left out: `rankedMetrics('headline')`. */
export function rankedMetrics(rank: 'chart' | 'headline', unit?: MetricDefinition['unit']): MetricId[] {
  return METRIC_IDS.filter((id) => METRICS[id][rank] !== null && (unit === undefined || METRICS[id].unit === unit)).sort(
    (a, b) => (METRICS[a][rank] ?? 0) - (METRICS[b][rank] ?? 0),
  );
}
