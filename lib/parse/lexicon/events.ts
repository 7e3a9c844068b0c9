import type { ReleaseEvent } from '@/lib/domain/release';

export type EventType = ReleaseEvent['type'];

/**
 * What a company's press release says happened, as lemmas: a verb (or its noun) that reports an
 * event of a type, and the kinds of thing it must be done to. The event rules build their
 * patterns from these words; inflections come from lemmas (lexicon/inflect.ts). No sentence of
 * any document is stored here: a word is here because it is how English reports the event.
 *
 * `objects` name groups below (or `@name`: a capitalised name, `@money`: a sum); a frame with
 * objects fires only when one stands near its verb, after it (or before it, for the passive
 * "the contract was not renewed" and for `subject` frames: "the lease expired").
 */
export type EventFrame = {
  id: string;
  type: EventType;
  verbs?: string[];
  /** Nouns that report the event on their own ("an impairment", "the acquisition of"). */
  nouns?: string[];
  objects?: string[];
  /** The verb must be negated: "did not renew", "will not extend". */
  negated?: boolean;
  /** The object is the verb's subject: "the contract expired", "the plant became operational". */
  subject?: boolean;
  /** Nouns that need an object too ("termination of the contract"). */
  nounsNeedObject?: boolean;
  /** Nouns read in the singular only: "the sale of the unit" is a divestiture, "sales of products" revenue. */
  singularNouns?: boolean;
  /** Nouns that report the event only when they open their clause: "Collaboration with X to …". */
  nounsOpenClause?: boolean;
  /** The object may not be a count: "sold 4 million units" is sales, not a divestiture. */
  noCount?: boolean;
  /** A name must stand right before the verb, as its subject: "Acme Vector 9 reaches customers". */
  namedSubject?: boolean;
  /** A past form may follow its object: "the businesses divested in the fourth quarter". */
  postNominal?: boolean;
  /** The company must be the doer: "customers which purchased Acme Cloud" report no acquisition. */
  companyActs?: boolean;
};

/** Groups of things an event verb is done to. */
export const OBJECTS: Record<string, string[]> = {
  contract: ['contract', 'subcontract', 'agreement', 'lease', 'license', 'licence', 'arrangement', 'program', 'relationship', 'franchise', 'concession', 'task order', 'option'],
  customer: ['customer', 'client', 'account'],
  order: ['order', 'purchase order', 'backlog'],
  business: [
    'business', 'company', 'companies', 'division', 'unit', 'subsidiary', 'subsidiaries', 'operations', 'operation', 'assets', 'stake',
    'interest', 'stock in', 'affiliate', 'brand', 'product line', 'portfolio', 'holdings', 'properties', 'stores', 'mine', 'plant', 'business unit',
  ],
  facility: [
    'plant', 'facility', 'factory', 'terminal', 'store', 'office', 'center', 'centre', 'mill', 'warehouse', 'smelter', 'refinery', 'mine',
    'pipeline', 'headquarters', 'site', 'campus', 'laboratory', 'lab', 'hub', 'branch', 'supercomputer', 'data center', 'line',
  ],
  debt: [
    'credit facility', 'credit agreement', 'credit line', 'line of credit', 'revolving credit', 'revolver', 'term loan', 'loan', 'loans', 'debt',
    'indebtedness', 'notes', 'debentures', 'bonds', 'borrowings', 'financing', 'mortgage', 'commercial paper',
  ],
  offering: ['offering', 'private placement', 'shares', 'common stock', 'preferred stock', 'warrants', 'notes', 'debentures', 'bonds'],
  ownShares: ['its shares', 'its common shares', 'its common stock', 'its own shares', 'our shares', 'our common stock', 'its outstanding shares', 'shares of its common stock', 'shares of our common stock'],
  title: [
    'chief executive officer', 'chief financial officer', 'chief operating officer', 'chief executive', 'chief technology officer', 'officer', 'CEO', 'CFO', 'COO',
    'president', 'chairman', 'chairwoman', 'chair', 'director', 'board', 'vice president', 'treasurer', 'controller', 'general counsel', 'secretary', 'head of',
  ],
  lawsuit: ['lawsuit', 'suit', 'litigation', 'claim', 'claims', 'dispute', 'case', 'action', 'proceeding', 'complaint', 'charges', 'investigation', 'audit', 'matter'],
  covenant: ['covenant', 'covenants', 'payment', 'obligations', 'terms'],
  report: ['annual report', 'quarterly report', 'form 10-k', 'form 10-q', '10-k', '10-q', 'form 20-f', 'form 40-f'],
  registration: ['registration statement', 'shelf registration', 'form s-1', 'form s-3', 'form s-4', 'form f-1'],
  results: ['results', 'financial statements', 'financial results', 'earnings', 'quarters', 'periods'],
  workforce: ['workforce', 'work force', 'headcount', 'staff', 'employees', 'positions', 'jobs', 'roles', 'personnel'],
  dividend: ['dividend'],
  repurchase: ['repurchase program', 'repurchase plan', 'repurchase authorization', 'buyback program', 'share repurchase', 'stock repurchase'],
  exchange: ['exchange', 'nasdaq', 'nyse', 'stock market', 'market'],
};

export const EVENT_FRAMES: readonly EventFrame[] = [
  { id: 'dividend/declare', type: 'dividend', verbs: ['declare', 'pay', 'raise', 'increase', 'approve', 'reinstate', 'initiate'], objects: ['dividend'] },
  { id: 'dividend/payable', type: 'dividend', nouns: ['dividend'], objects: ['@payable'], nounsNeedObject: true },
  { id: 'stock_split/split', type: 'stock_split', nouns: ['stock split', 'forward split', 'reverse split', 'share split', '@n-for-m'] },
  { id: 'buyback/repurchase', type: 'buyback', verbs: ['repurchase', 'buy back'], nouns: ['repurchase of'], objects: ['@shares'], nounsNeedObject: true },
  { id: 'buyback/own-shares', type: 'buyback', verbs: ['purchase', 'buy'], objects: ['ownShares'] },
  { id: 'buyback/program', type: 'buyback', verbs: ['approve', 'authorize', 'announce', 'increase', 'add', 'expand', 'complete', 'adopt'], objects: ['repurchase'] },
  { id: 'leadership/appoint', type: 'leadership', verbs: ['appoint', 'name', 'elect', 'hire', 'promote', 'nominate', 'succeed', 'join', 'return', 'assume', 'resign', 'retire', 'step down', 'depart', 'leave'], objects: ['title'] },
  { id: 'leadership/noun', type: 'leadership', nouns: ['appointment', 'election', 'resignation', 'retirement', 'succession', 'promotion', 'departure'], objects: ['title'], nounsNeedObject: true },
  { id: 'impairment/write-down', type: 'impairment', verbs: ['impair', 'write down', 'write off'] , nouns: ['impairment', 'write-down', 'writedown', 'write-off', 'writeoff'] },
  { id: 'restructuring/workforce', type: 'restructuring', verbs: ['eliminate', 'cut', 'reduce', 'lay off', 'trim', 'downsize'], objects: ['workforce'] },
  { id: 'restructuring/close', type: 'restructuring', verbs: ['close', 'shut down', 'shutter', 'consolidate', 'exit', 'idle'], objects: ['facility'], postNominal: true },
  { id: 'restructuring/plan', type: 'restructuring', verbs: ['restructure', 'reorganize', 'streamline'], objects: ['business', 'facility', '@workforce-noun'], nouns: ['layoff', 'workforce reduction', 'reduction in force', 'job cut', 'plant closure', 'plant closing', 'downsizing'] },
  // "a restructuring plan", "adopted a restructuring", "severance costs": the bare noun needs a plan, a charge or a verb of doing.
  // "the closure of the Lyon plant", "the consolidation of two distribution centers"
  { id: 'restructuring/closure', type: 'restructuring', nouns: ['closure of', 'shutdown of', 'consolidation of'], objects: ['facility'], nounsNeedObject: true },
  { id: 'restructuring/noun', type: 'restructuring', nouns: ['restructuring', 'reorganization', 'severance'], objects: ['@restructuring'], nounsNeedObject: true },
  { id: 'relocation/move', type: 'relocation', verbs: ['relocate', 'move', 'transfer'], objects: ['facility'], nouns: ['relocation'] },
  { id: 'facility/open', type: 'facility', verbs: ['open', 'start up', 'commission', 'complete construction of', 'reopen', 'dedicate', 'launch', 'break ground on'], objects: ['facility'], postNominal: true },
  { id: 'facility/operational', type: 'facility', verbs: ['become operational', 'begin operation', 'commence operation', 'begin operations', 'commence operations', 'come on line', 'come online', 'begin production', 'commence production'], objects: ['facility'], subject: true },
  { id: 'facility/noun', type: 'facility', nouns: ['opening of', 'start-up of', 'startup of', 'grand opening'] },
  { id: 'debt_default/default', type: 'debt_default', verbs: ['default', 'breach', 'violate', 'accelerate', 'waive', 'fail to make'], objects: ['debt', 'covenant'] },
  { id: 'debt_default/noun', type: 'debt_default', nouns: ['in default', 'event of default', 'notice of default', 'covenant violation', 'covenant breach', 'covenant default', 'forbearance', 'acceleration of', 'non-compliance with'] },
  { id: 'financing/credit', type: 'financing', verbs: ['enter into', 'obtain', 'secure', 'arrange', 'establish', 'execute', 'amend', 'extend', 'expand', 'close', 'complete', 'refinance', 'restructure', 'renegotiate', 'increase', 'retire', 'repay', 'redeem', 'prepay', 'eliminate', 'raise', 'issue', 'borrow', 'sign'], objects: ['debt'] },
  { id: 'financing/offering', type: 'financing', verbs: ['sell', 'issue', 'complete', 'close', 'announce', 'conduct'], objects: ['offering'] },
  { id: 'financing/noun', type: 'financing', nouns: ['public offering', 'secondary offering', 'private placement', 'refinancing', 'debt offering', 'rights offering', 'initial public offering'] },
  { id: 'acquisition/acquire', type: 'acquisition', verbs: ['acquire', 'buy', 'purchase', 'take over', 'merge with', 'combine with'], objects: ['business', '@name'], postNominal: true, companyActs: true },
  { id: 'acquisition/noun', type: 'acquisition', nouns: ['acquisition of', 'merger with', 'merger agreement', 'takeover of'] },
  // "its agreement to purchase Combinet, Inc.": the agreement is the acquisition, when what it buys is a business.
  { id: 'acquisition/agreement', type: 'acquisition', nouns: ['acquire', 'purchase', 'buy'].map((v) => `agreement to ${v}`), objects: ['business', '@name'], nounsNeedObject: true, singularNouns: true },
  // "purchases of components from …" are supplies bought: one purchase of a business is an acquisition.
  { id: 'acquisition/purchase-of', type: 'acquisition', nouns: ['purchase of'], objects: ['business', '@name'], nounsNeedObject: true, singularNouns: true },
  { id: 'acquisition/ownership', type: 'acquisition', verbs: ['increase', 'raise'], objects: ['@ownership'] },
  { id: 'divestiture/sell', type: 'divestiture', verbs: ['sell', 'divest', 'dispose of', 'spin off', 'complete the sale of'], objects: ['business'], noCount: true, postNominal: true },
  { id: 'divestiture/noun', type: 'divestiture', nouns: ['sale of', 'divestiture', 'divestiture of', 'disposition of', 'disposal of', 'spin-off', 'spinoff'], objects: ['business', '@name'], nounsNeedObject: true, singularNouns: true },
  { id: 'filing/file', type: 'filing', verbs: ['file', 'submit', 'delay', 'complete'], objects: ['report'] },
  { id: 'restatement/restate', type: 'restatement', verbs: ['restate'], objects: ['results'], nouns: ['restatement'] },
  { id: 'restatement/amend', type: 'restatement', verbs: ['amend'], objects: ['report'] },
  { id: 'legal/settle', type: 'legal', verbs: ['settle', 'resolve', 'dismiss', 'sue', 'file', 'win', 'lose', 'appeal'], objects: ['lawsuit'] },
  { id: 'legal/noun', type: 'legal', nouns: ['lawsuit', 'class action', 'verdict', 'judgment', 'arbitration', 'consent decree', 'injunction', 'subpoena', 'regulatory order', 'litigation', 'indictment', 'export license', 'license requirement'] },
  { id: 'legal/license', type: 'legal', verbs: ['require'], objects: ['@export-license'] },
  { id: 'legal/settlement', type: 'legal', nouns: ['settlement', 'resolution of'], objects: ['lawsuit', '@settled-with'], nounsNeedObject: true },
  { id: 'contract_end/not-renew', type: 'contract_end', verbs: ['renew', 'extend', 'exercise'], objects: ['contract'], negated: true },
  { id: 'contract_end/terminate', type: 'contract_end', verbs: ['terminate', 'cancel', 'lose', 'end', 'discontinue'], objects: ['contract', 'customer'], postNominal: true },
  { id: 'contract_end/expire', type: 'contract_end', verbs: ['expire', 'terminate', 'end', 'lapse'], objects: ['contract'], subject: true },
  { id: 'contract_end/noun', type: 'contract_end', nouns: ['non-renewal', 'nonrenewal', 'termination of', 'cancellation of', 'expiration of', 'expiry of', 'loss of'], objects: ['contract', 'customer'], nounsNeedObject: true },
  { id: 'contract_award/award', type: 'contract_award', verbs: ['award', 'win', 'secure', 'sign', 'execute', 'enter into', 'obtain', 'finalize', 'extend', 'renew', 'receive', 'announce'], objects: ['contract'] },
  { id: 'contract_award/selected', type: 'contract_award', verbs: ['select', 'choose'], objects: ['@selected'] },
  // "received orders for", "the receipt of production orders totaling $1.2 million".
  { id: 'order/receive', type: 'order', verbs: ['receive', 'book', 'win', 'secure', 'obtain', 'deliver', 'ship', 'place'], nouns: ['receipt of'], objects: ['order'], nounsNeedObject: true },
  { id: 'order/noun', type: 'order', nouns: ['order for', 'order from'] },
  // "a $7 million order of units", "an approximately $64 million order": an order with its size.
  { id: 'order/sized', type: 'order', nouns: ['order'], objects: ['@sized'], nounsNeedObject: true },
  { id: 'partnership/partner', type: 'partnership', verbs: ['partner with', 'collaborate with', 'team with', 'team up with', 'ally with', 'join forces with', 'work with'] },
  { id: 'partnership/form', type: 'partnership', verbs: ['enter into', 'form', 'sign', 'announce', 'establish', 'forge', 'expand', 'extend', 'launch', 'unveil', 'reveal', 'deepen'], objects: ['@alliance'] },
  // "joined the program as a founding partner".
  { id: 'partnership/join', type: 'partnership', verbs: ['join'], objects: ['@as-partner'] },
  { id: 'partnership/noun', type: 'partnership', nouns: ['partnership with', 'collaboration with', 'alliance with', 'joint venture', 'licensing agreement', 'license agreement', 'strategic agreement'], nounsOpenClause: true },
  { id: 'listing/list', type: 'listing', verbs: ['list', 'delist', 'begin trading', 'commence trading', 'transfer'], objects: ['exchange', '@listing'] },
  { id: 'listing/noun', type: 'listing', nouns: ['public listing', 'delisting', 'listing on', 'deficiency notice', 'notice of delisting'] },
  { id: 'product/launch', type: 'product', verbs: ['introduce', 'launch', 'unveil', 'release', 'debut', 'roll out', 'announce', 'ship'], objects: ['@name', '@new-product'] },
  // "added two new models to its line", "delivered three new services".
  { id: 'product/add', type: 'product', verbs: ['add', 'deliver'], objects: ['@new-product-first'] },
  // "expanded global availability of", "announced the general availability of".
  { id: 'product/availability', type: 'product', verbs: ['expand', 'extend', 'begin'], objects: ['@availability'] },
  // "began shipments of", "commenced initial shipments of the Acme X", "started shipping".
  { id: 'product/ship', type: 'product', verbs: ['begin', 'commence', 'start'], objects: ['@shipments'] },
  { id: 'product/arrive', type: 'product', verbs: ['ship to', 'reach', 'arrive in', 'arrive at', 'go on sale', 'hit'], objects: ['@to-customers'], namedSubject: true },
  { id: 'product/approval', type: 'product', verbs: ['receive', 'obtain', 'grant', 'approve', 'clear'], objects: ['@approval'] },
  { id: 'product/available', type: 'product', nouns: ['general availability of', 'now available', 'in full production'] },
  { id: 'product/in-service', type: 'product', verbs: ['place', 'put', 'enter'], objects: ['@in-service'] },
  { id: 'other/registration', type: 'other', verbs: ['file'], objects: ['registration'] },
  { id: 'other/disaster', type: 'other', nouns: ['hurricane', 'earthquake', 'tornado', 'flood', 'wildfire', 'explosion', 'strike by'] },
  { id: 'other/offer', type: 'other', nouns: ['exchange offer', 'tender offer', 'offered to exchange', 'name change'] },
];

// "new products", "next-generation platforms", "the latest version".
const NEW_PRODUCT = String.raw`(?:new|next[-\s]generation|latest|newest|first)\s+(?:[\w-]+\s+){0,3}?(?:products?|services?|platforms?|systems?|versions?|models?|funds?|solutions?|software|chips?|drugs?|devices?|lines?|generation|editions?|family|series|annuity|offerings?)\b`;

/**
 * Special objects, as patterns: what the frame needs that is not a plain noun.
 * (`@name` is a capitalised name; the event reader builds it.)
 */
export const SPECIAL_OBJECTS: Record<string, string> = {
  '@payable': String.raw`\b(?:payable|paid|to\s+be\s+paid|will\s+be\s+paid|record\s+date|holders\s+of\s+record|stockholders\s+of\s+record|shareholders\s+of\s+record)\b`,
  '@ownership': String.raw`\b(?:ownership|stake|interest)\s+in\b`,
  '@selected': String.raw`\b(?:by\s+[A-Z]|as\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+){0,3}(?:supplier|provider|vendor|platform|partner|contractor|carrier|manufacturer|distributor)|to\s+(?:provide|supply|build|develop|deliver|manage|operate))`,
  '@alliance': String.raw`\b(?:alliance|partnership|joint\s+venture|collaboration|licensing\s+agreement|license\s+agreement|co-?marketing\s+agreement|strategic\s+agreement|joint\s+initiative)s?\b(?!-)`,
  '@listing': String.raw`\b(?:on\s+the\s+(?:New\s+York|American|Nasdaq|NASDAQ|Toronto|London)|under\s+the\s+(?:ticker|symbol))\b`,
  '@approval': String.raw`\b(?:FDA|regulatory|marketing)\s+(?:approval|clearance)|\b(?:approval|clearance)\s+(?:from|by)\s+the\b`,
  '@n-for-m': String.raw`\b(?:two|three|four|five|ten|\d{1,2})-for[-\s](?:one|two|three|\d{1,2})\b`,
  '@restructuring': String.raw`^\s*(?:plan|program|programme|charges?|costs|initiatives?|actions?|activities|efforts|payments|benefits|expenses?)\b|\b(?:adopted|announced|approved|implemented|completed|initiated|undertook|began|commenced|launched)\s+(?:a|an|the|its|our)?\s*(?:\w+\s+)?$`,
  '@workforce-noun': String.raw`\b(?:workforce|work\s+force|staff|operations|organization)\b`,
  '@sized': String.raw`\$\s?[\d.,]+\s*(?:million|billion|thousand)?\s+(?:[a-z-]+\s+)?$`,
  '@shipments': String.raw`^\s*(?:\w+\s+){0,2}?(?:shipments?\s+of|shipping)\b`,
  '@in-service': String.raw`^\s*(?:\S+\s+){0,5}?(?:into|in)\s+(?:revenue\s+|commercial\s+)?service\b`,
  '@export-license': String.raw`\b(?:an?\s+)?(?:export\s+)?licen[sc]e\b`,
  '@to-customers': String.raw`\b(?:customers|consumers|stores|shelves|users|buyers|retailers|dealers)\b`,
  '@settled-with': String.raw`\b(?:legal|litigation|environmental|patent|antitrust|class[-\s]action|lawsuit|insurance|tax|regulatory)\s+$|^\s*(?:agreement|with\s+(?:the\s+)?[A-Z]|of\s+(?:the\s+|a\s+|its\s+)?(?:\w+\s+){0,2}(?:claims?|lawsuits?|litigation|dispute|suit|case|matters?))|\b(?:reached|entered\s+into|announced|agreed\s+to)\s+(?:a|an|the)\s+(?:\w+\s+)?$`,
  '@shares': String.raw`\b(?:shares|stock|common\s+stock|its\s+(?:own\s+)?(?:common\s+)?(?:shares|stock))\b|\bpercent\s+of\s+(?:the\s+company['’]s\s+|its\s+)?(?:common\s+)?shares\b`,
  '@availability': String.raw`^\s*(?:the\s+)?(?:global\s+|general\s+|broad\s+|wider\s+|commercial\s+|worldwide\s+)?availability\s+of\b`,
  '@as-partner': String.raw`^\s*(?:\S+\s+){0,8}?as\s+(?:a|an|its|the)\s+(?:[\w-]+\s+){0,3}?(?:partner|member)\b`,
  '@new-product': String.raw`\b${NEW_PRODUCT}`,
  // What is added or delivered is the object itself: "added two new models", not "added support for new models".
  '@new-product-first': String.raw`^\s*(?:(?:a|an|the|its|two|three|four|five|six|several|\d+)\s+)?${NEW_PRODUCT}`,
};

/**
 * Which type owns words two frames both read: a restructuring charge is a restructuring, not a
 * charge; a credit agreement is financing, not a contract award. The first of a pair wins.
 */
export const MORE_SPECIFIC: [EventType, EventType][] = [
  ['impairment', 'charge'],
  ['restructuring', 'charge'],
  ['legal', 'charge'],
  ['divestiture', 'charge'],
  ['financing', 'restructuring'],
  ['financing', 'contract_award'],
  ['buyback', 'acquisition'],
  ['buyback', 'financing'],
  ['acquisition', 'contract_award'],
  ['divestiture', 'contract_award'],
  ['partnership', 'contract_award'],
  ['facility', 'product'],
  ['facility', 'restructuring'],
  ['relocation', 'restructuring'],
  ['relocation', 'facility'],
  ['listing', 'financing'],
  ['dividend', 'stock_split'],
  ['stock_split', 'dividend'],
  ['restatement', 'filing'],
  ['contract_end', 'contract_award'],
  ['contract_end', 'legal'],
  ['debt_default', 'financing'],
  ['acquisition', 'product'],
  ['partnership', 'product'],
  ['legal', 'order'],
  ['buyback', 'contract_award'],
];

/** One-time charges: the charge type's own nouns and the words that make a charge one-off. */
export const CHARGE_NOUNS = ['charge', 'provision', 'reserve', 'expense', 'loss', 'write-off'];
export const ONE_TIME = ['one-time', 'one time', 'special', 'pretax', 'pre-tax', 'after-tax', 'after tax', 'non-cash', 'noncash', 'non-recurring', 'nonrecurring', 'unusual', 'extraordinary', 'additional', 'unfavorable'];
/** Charges that recur with the business: not an event. */
/** Plural event nouns: with no sum of their own they sum up events told one by one ("the quarter's special charges"). */
export const SUMMING_PLURALS = /(?:charges|provisions|reserves|settlements|acquisitions|divestitures|sales)$/i;
/** Things a company buys that are no acquisition: "purchases of property and equipment". */
export const NOT_A_BUSINESS = /^(?:[\s\S]{0,40}?)\b(?:property(?:,\s*plant)?\s+and\s+equipment|intangible\s+assets|fixed\s+assets|capital\s+assets|marketable\s+securities)\b/i;
export const ROUTINE_CHARGES = ['interest', 'service', 'finance', 'bank', 'freight', 'customer', 'usage', 'depreciation and amortization', 'amortization', 'stock-based compensation', 'compensation', 'tax', 'income tax'];

/** Words just before the date an event of a type happens on: a dividend is dated by its payment. */
// Each cue word may be followed by words with no figure in them: "distributed after the close of market on".
export const DATE_CUES: Partial<Record<EventType, RegExp>> = {
  dividend: /\b(?:payable|payment\s+date|paid|pay\s+it)\b[^\d.;]{0,40}$/i,
  stock_split: /\b(?:payable|paid|distributed|effective|effected)\b[^\d.;]{0,40}$/i,
  leadership: /\beffective\b[^\d.;]{0,12}$/i,
  contract_end: /\b(?:expired?s?|effective|terminated|terminates)\b[^\d.;]{0,12}$/i,
};
/** A date that states when something takes effect, in the sentence after the event's own. */
export const EFFECTIVE = /\beffective\s+(?:as\s+of\s+|on\s+)?/i;

/** Idioms that hold a trigger's words and report nothing: "in order for", "when combined with". */
export const TRIGGER_IDIOMS = /\bin\s+order\s+(?:for|to)\b|\b(?:when|once|if)\s+combined\s+with\b|\bin\s+combination\s+with\b/i;
