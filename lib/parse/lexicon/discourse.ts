/** A sentence that describes a company: "Solion is a privately held company", "Teijin is a leading global manufacturer". */
export const COMPANY_DESCRIPTION = String.raw`\b(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}(?:company|corporation|provider|manufacturer|producer|holding\s+company|firm|leader|supplier|distributor|developer)\b`;

const BOILERPLATE_WORDS =
  /forward-looking|safe\s+harbor|private\s+securities\s+litigation|risks?\s+and\s+uncertaint|important\s+factors|conference\s+call|webcast|replay|for\s+more\s+information|(?:visit|found|available)\s+(?:us\s+)?(?:at|on)\s+(?:www|https?:)|\bis\s+(?:one\s+of\s+)?the\s+(?:world['’]s\s+)?(?:leading|largest)\b|trademarks?\b|registered\s+trademark|\b(?:is|are)\s+(?:calculated|defined|computed)\s+as\b|\bwe\s+define\b|from\s+time\s+to\s+time|\bconsist(?:s|ed)?\s+of\b|\bnon-?gaap\b|^\s*(?:\(\d+\)\s*)?(?:[A-Z][\w-]*\s+){0,3}(?:charges|costs|expenses|items|adjustments)\s+(?:include|included|includes|represent)\b|\b(?:would|could|may|might)\s+(?:[\w-]+\s+){0,2}(?:adversely|negatively|materially|seriously)\s+(?:affect|impact|harm|hurt)/i;
/**
 * Words that say a sentence reports nothing that happened: safe-harbor and risk talk, calls and
 * webcasts, contact lines, descriptions of the business, and hedges.
 */
export const BOILERPLATE = new RegExp(`${BOILERPLATE_WORDS.source}|${COMPANY_DESCRIPTION}`, 'i');
// What is usually so, not what happened: "restructuring expenses generally diminish".
const USUAL = String.raw`generally|typically|usually`;
/** Hedges: what could, might, may or can be done is no event; nor what is usual, or what a rule requires ("is required to file … by July 1"). */
export const HEDGE = new RegExp(
  String.raw`\b(?:could|might|may\s+(?:be|have|not|result|include)|can\s+(?:also\s+)?be|possib(?:le|ly|ility)|potential(?:ly)?|if\s+(?:the|it|we)|whether|risks?\b|no\s+assurance|there\s+can\s+be|eligible\s+to|cannot\s+be\s+certain|uncertain|${USUAL}|(?:is|are)\s+required\s+to)\b`,
  'i',
);
/**
 * A modal after a noun trigger in its clause, however long the list between: "loss of a client
 * could result from …", "the loss of one or more major customers would have a material adverse
 * effect" tell what might happen; "restructuring expenses generally diminish", what is usual.
 */
export const MODAL_AFTER = new RegExp(String.raw`^(?:[^.;]|\.(?=\d)){0,300}?\b(?:could|might|may|would\s+(?:have|result|adversely|materially|harm|hurt|reduce|affect)|${USUAL})\b`);
/** A trigger told as the cause of something else, or set aside: "as a result of the nonrenewal". */
export const CAUSE = /\b(?:as\s+a\s+result\s+of|due\s+to|because\s+of|following|result\s+of|resulting\s+from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$/i;
/** A trigger set aside from a figure ("excluding the impact of the settlement"): told elsewhere, never news here. */
// A list may stand between: "(net income before exploration costs, depreciation and impairments)".
export const SET_ASIDE = /\b(?:excluding|excludes|excluded|exclusive\s+of|before|net\s+of|adjusted\s+for|other\s+than)\s+(?:the\s+)?(?:(?:impact|effect)s?\s+of\s+(?:the\s+)?)?(?:[\w'’-]+,?\s+){0,8}$/i;
/** Figures recast for a later change ("restated to reflect the stock split"): no restatement of their own. */
export const RECAST = /\b(?:restated|adjusted|recast|reclassified)\s+(?:\w+\s+){0,2}(?:to\s+reflect|for|as\s+a\s+result\s+of)\b/i;
/** A gain or loss on a sale refers to the sale: "a gain of $1.4 million on the sale of …". */
export const GAIN_ON = /\b(?:gains?|loss(?:es)?)\b(?:[^.;]|\.(?=\d)){0,80}\b(?:on|from|arising\s+from|generated\s+by|related\s+to)\s+(?:the\s+)?$/i;
/** Examples in a list are no event: "catastrophic events such as fires, floods or hurricanes". */
export const EXAMPLES = /\b(?:such\s+as|including\s+but\s+not\s+limited\s+to|for\s+example)\b(?:[^.;]|\.(?=\d)){0,80}$/i;
/** A capacity, not a happening, right before a trigger: "our ability to pay dividends", "the right to acquire". */
export const CAPACITY = /\b(?:ability|inability|right|rights|opportunity|opportunities|capacity|flexibility|freedom)\s+to\s+(?:[\w-]+\s+)?$/i;
/**
 * What something is for, right before a trigger: "a strategy of acquiring", "resources to invest in
 * the acquisition of", "use the proceeds of the sale principally for acquisitions".
 */
export const PURPOSE = /\b(?:strateg(?:y|ies)|resources|proceeds|funds|invest|use|pursue|seek|explore|evaluate|consider)\b(?:\s+[\w'’-]+){0,6}?\s+(?:for|of|in|on|to)\s+(?:(?:the|future|possible|potential|strategic|selective|additional|further|new)\s+)*$/i;
/**
 * An expectation or a wish before a trigger in its clause, with no decision told between them:
 * "expects to buy", "is exploring the sale of", "will consider a sale", "hopes to sign". What a
 * company has decided stays an event: "agreed to sell", "announced plans to close", "expects to
 * complete the sale" (a sale to complete is agreed).
 */
export const INTENT = /\b(?:expects?|anticipates?|hopes?|seeks?|aims?|wishes|would\s+like|(?:is|are)\s+(?:also\s+|now\s+|still\s+)?(?:exploring|considering|evaluating|studying|weighing)|(?:will|would)\s+(?:consider|explore|evaluate|study|weigh|seek))\b(?:(?!\b(?:agreed|agreement|signed|approved|declared|authorized|announced|(?:complet|clos|consummat|finali[sz])(?:e|es|ed|ing)|entered|decided)\b)[^;])*$/i;
/** "may" as a verb, never the month: "Acme may open more stores"; case-sensitive so "May 3" stays a date. */
export const MAY_BEFORE = /\b(?:may|might)\s+(?:also\s+)?(?:[a-z-]+\s+){0,1}$/;
/** A future told with a condition after it: "will close the plant if demand does not recover". */
export const FUTURE_BEFORE = /\b(?:will|would|intends?\s+to|plans?\s+to)\b/i;
export const CONDITION_AFTER = /\b(?:if|unless)\b/i;
/**
 * A negation right before a trigger: "no layoffs", "did not acquire", "has no present intention to sell";
 * or a stop ("is discontinuing the sale of new policies": it stops selling them, it sells no business).
 */
export const NEGATED = /\b(?:no|not|never|without|nor)\s+(?:[\w-]+\s+){0,1}$|\bno\s+(?:present\s+|current\s+)?(?:intention|plans?)\s+to\s+$|\b(?:discontinu|ceas|stop|halt)\w*\s+(?:the\s+|its\s+|our\s+|their\s+)?$/i;
/** Where a release's boilerplate section starts: "About Acme", "Forward-Looking Statements". */
export const SECTION_HEADING = /^(?:about\s+[A-Z][\w .,&'’®™-]{1,60}|forward[-\s]looking\s+statements?|safe\s+harbor(?:\s+statement)?|cautionary\s+(?:note|statement)s?(?:\s+regarding[\w\s-]*)?|conference\s+call(?:\s+information)?|webcast(?:\s+information)?|investor\s+(?:relations\s+)?contacts?|media\s+contacts?|contacts?)\s*:?$/i;
/** What a company does as its business, a list of verbs in the present: "explores, develops and acquires oil and gas properties". */
export const HABITUAL_LIST = /\b[a-z]+s,\s+(?:[a-z]+s,?\s+)*(?:and|or)\s+$/;

/** A lender's credit statistic, not a write-down of assets: "Write-offs, net of recoveries, were $8 million", "net charge-offs". */
export const CREDIT_LOSSES = /\bwrite-?offs?,?\s+net\s+of\s+recoveries\b|\bnet\s+(?:charge|write)-?offs\b/i;

/** A summary of cash returned to holders ("returned $24 billion to shareholders in repurchases and dividends"): no one event. */
export const CAPITAL_RETURN = /\breturn(?:ed|ing)?\b[^;]{0,80}?\bto\s+(?:shareholders|stockholders|investors)\b|\bpaid\s+(?:cash\s+)?dividends\b/i;

/** Quick tests for the end-anchored patterns above: a window without these words cannot match them. */
export const CUES = {
  cause: /result|due\s+to|because|following/i,
  setAside: /exclu|before|net\s+of|adjusted\s+for|other\s+than/i,
  examples: /such\s+as|including\s+but|for\s+example/i,
  negated: /\b(?:no|not|never|without|nor|discontinu\w*|ceas\w*|stop\w*|halt\w*)\b/i,
};

/** Words a label or a line of a list never ends with: a line that does runs on into the next. */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'of to from was were is are or and by at with approximately than totaled totalled reached about the a an in for on as be per'.split(' '),
);

/**
 * Verbs a headline reports with, besides the event verbs: "Acme Reports Results", "Net Income Up
 * 58%", "Acme to Acquire Beta". Lemmas; their forms are generated.
 */
export const HEADLINE_VERBS = [
  'announce', 'report', 'post', 'present', 'reach', 'sign', 'enter', 'receive', 'win', 'launch', 'introduce', 'unveil',
  'deliver', 'achieve', 'grow', 'rise', 'increase', 'decline', 'fall', 'double', 'triple', 'expand', 'complete',
  'agree', 'reaffirm', 'confirm', 'become', 'surge', 'improve', 'climb', 'jump', 'soar',
];
/** Words that stand in a headline where a verb would: "Net Income Up 58%", "Results Ahead of Plan". */
export const HEADLINE_PREDICATES = ['up', 'down', 'higher', 'lower', 'ahead', 'continue', 'continues'];

/**
 * Lines at the top of a page that are never its headline: a letterhead's address, an SEC cover
 * page, a web page's navigation, a distributor's credit, a contact's title, a copyright.
 */
export const NOT_A_HEADLINE = [
  /\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b[A-Z][a-z]+,?\s+\d{5}(?:-\d{4})?\s*$|\bP\.?\s?O\.?\s+Box\b|\b(?:Suite|Street|Avenue|Boulevard)\b.*\d|^\d+\s+.*\b(?:Street|St|Avenue|Ave|Road|Lane|Drive|Boulevard|Blvd|Parkway|Way|Plaza|Place)\b/i,
  /\b(?:securities and exchange commission|washington,? d\.?c\.?|form (?:8-k|6-k|20-f|40-f)|current report|date of (?:the )?(?:report|earliest event)|event reported|commission file|pursuant to (?:section|rule)|report of foreign (?:private )?issuer|registrant|i\.r\.s\.|jurisdiction|employer identification)\b/i,
  /^(?:(?:condensed|consolidated|unaudited|interim)\s+)*(?:statements?\s+of\s+(?:consolidated\s+)?(?:operations|income|earnings|condition|financial\s+position|cash\s+flows)|balance\s+sheets?|profit\s+and\s+loss\s+account)\b/i,
  /\b(?:released by|press releases?|corporate news|news and press|latest news|click (?:below|here)|download|e-mail|home page|back to|return to)\b/i,
  /^(?:©|\(c\)|copyright)|[☐☒]/i,
  // A lead sentence, not a title: "Acme Inc. (NYSE: ACM) today reported …", "Acme reported earnings of".
  /\btoday\s+(?:announced|reported|said|posted|declared|named)\b/i,
  /\b(?:announced|reported|said|stated)\b/,
  /\b(?:Vice[- ]President|Chief \w+ Officer|CFO|CEO|Treasurer|Secretary|Director|Manager|Relations|Communications)\s*$/,
];

/** The words that set a figure against another: "compared to", "compares with", "in comparison with", "versus", "from". */
export const COMPARISON = String.raw`(?:compar(?:ed|es|ing)\s+(?:to|with)|in\s+comparison\s+(?:to|with)|versus|vs\.?|from|against)`;

/** The words before a period a figure is compared with: "compared to $162 million for the", "versus", "up from". */
export const COMPARED_WITH = new RegExp(String.raw`\b${COMPARISON}\b[^.;]{0,40}$`, 'i');

/** A present perfect shortly before an event word: "has acquired", "have now completed the sale of", "has been awarded". */
export const PRESENT_PERFECT = /\b(?:has|have)\s+(?:(?:now|just|also|recently|successfully|today)\s+)?(?:been\s+)?(?:[a-z]+\s+){0,4}$/i;
