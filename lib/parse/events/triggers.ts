import type { ReleaseEvent } from '@/lib/domain/release';

export type EventType = ReleaseEvent['type'];

/**
 * What makes a sentence report an event of each type, most specific first. A sentence may report
 * several events of different types ("adopted a restructuring plan … and the relocation of the
 * Company's headquarters"); `unless` keeps a broader type off a sentence a narrower one owns.
 * `cue` is a word every match of `pattern` contains: a quick test that spares most sentences the
 * slow scan (a unit test checks it against the corpus).
 */
export const TRIGGERS: { type: EventType; cue: RegExp; pattern: RegExp; unless?: RegExp }[] = [
  { type: 'dividend', cue: /dividend/i, pattern: /\bdividends?\b[^.]{0,120}\b(?:declared|payable|will\s+be\s+paid|to\s+be\s+paid)\b|\bdeclared\b[^.]{0,80}\bdividend/i },
  { type: 'stock_split', cue: /split|-for-/i, pattern: /\bstock\s+split\b|\b(?:two|three|four|\d)-for-(?:one|two|\d)\b/i },
  { type: 'buyback', cue: /repurchase|bought|buy-?back/i, pattern: /\b(?:repurchased|repurchase\s+(?:program|of)|bought\s+back|buy-?back)\b/i },
  { type: 'leadership', cue: /appointed|elected|named|resigned|retir|succeed|promoted|hired|chief|president|director|chairman|ceo|cfo/i, pattern: /\b(?:appointed|elected|named|resigned|retired?|retiring|succeeds?|promoted|hired)\b(?:[^.]|\b[A-Z]\.){0,120}\b(?:chief\s+\w+\s+officer|president|director|board|chairman|CEO|CFO|COO|vice\s+president)\b|\b(?:chief\s+\w+\s+officer|president|director|chairman|CEO|CFO)\b[^.]{0,60}\b(?:resigned|retired|appointed|elected)\b/i, unless: /\bsaid\b|\bstated\b/i },
  { type: 'impairment', cue: /impairment|write-?down|written/i, pattern: /\bimpairment\b|\bwrite-?downs?\b|\bwritten\s+down\b/i },
  { type: 'restructuring', cue: /restructuring|severance|layoff|workforce|personnel|closure|productivity/i, pattern: /\brestructuring\s+(?:plan|charge|program|of\s+the\s+company['’]s)|\bseverance\b|\blayoffs?\b|\bworkforce\s+reductions?\b|\bpersonnel\s+reductions\b|\bplant\s+closures?\b|\bproductivity\s+improvement\s+initiatives\b/i },
  { type: 'legal', cue: /settle|lawsuit|litigation|derivative|class|regulatory|irs|internal revenue|take-or-pay/i, pattern: /\bsettle(?:d|ment)\b[^.]{0,80}\b(?:lawsuit|litigation|claim|action|suit|environmental)|\benvironmental\s+settlement\b|\blawsuit\b|\blitigation[-\s]related\b|\bderivative\s+action\b|\bclass\s+action\b|\bregulatory\s+order\b|\bIRS\s+audit\b|\binternal\s+revenue\s+service\s+audit\b|\btake-or-pay\b/i },
  { type: 'charge', cue: /charge|provision|expense|reserves|depreciation/i, pattern: /\b(?:pre-?tax|after-?tax|one-time|special)\s+(?:charge|provision|expense)s?\b|\bcharge\s+of\s+\$|\badditional\s+(?:insurance\s+)?reserves\b|\badditional\s+depreciation\b|\bprovision\s+to\s+add\b/i, unless: /\bimpairment\b|\bseverance\b|\bsettlement\b|\brestructuring\b|\bregulatory\s+order\b|\baudit\b|\blawsuit\b|\blitigation\b|\bexpects?\b/i },
  { type: 'relocation', cue: /relocat|headquarters/i, pattern: /\brelocat(?:e|ed|ion|ing)\b[^.]{0,80}\bheadquarters|\bheadquarters\b[^.]{0,60}\brelocat|\bmov(?:e|ing)\s+(?:its|the\s+company['’]s|our)\s+headquarters/i },
  { type: 'debt_default', cue: /default|covenant|accelerat/i, pattern: /\b(?:in\s+default|notice\s+of\s+default|event\s+of\s+default|covenant\s+(?:violation|breach|default)|accelerat(?:ed|ion)\s+of\s+(?:the\s+)?(?:debt|loans?|indebtedness))\b/i },
  { type: 'financing', cue: /credit|refinanc|restructure|offering|placement|retire|borrowings|bank\s+debt|notes|shares\s+were/i, pattern: /\b(?:credit\s+facility|refinanc\w+|restructure\s+(?:its\s+)?(?:term|debt|loans|bank\s+debt)|term\s+and\s+revolving\s+credit|secondary\s+offering|public\s+offering|private\s+placement|retired\s+\$[\d.,]+\s*(?:million|billion)?\s+of\s+(?:\w+\s+){0,3}debt|retire\s+an\s+additional|increase\s+borrowings|eliminated\s+all\s+bank\s+debt|notes\s+due\s+\d{4}|shares\s+were\s+sold\s+on)\b/i },
  { type: 'restatement', cue: /restat|amended/i, pattern: /\brestat(?:e|ed|ement)\b|\bamended\s+(?:quarterly|annual)\s+reports?\b/i, unless: /\bsplit\b/i },
  { type: 'filing', cue: /filed/i, pattern: /\bfiled\s+(?:its\s+)?(?:annual|quarterly)\s+report\b|\bfiled\s+(?:its\s+)?(?:form\s+)?10-[kq]\b|\bannual\s+report\s+on\s+form\s+10-k\s+filed\b/i },
  { type: 'contract_end', cue: /renew|expired|terminat|loss\s+of/i, pattern: /\b(?:would\s+not\s+renew|not\s+(?:be\s+)?renewed|non-?renewal|expired\s+on|terminat(?:ed|ion)\s+of\s+(?:all\s+)?(?:\w+\s+){0,4}contracts?|loss\s+of\s+(?:\w+\s+){0,3}as\s+a\s+customer)\b/i },
  { type: 'contract_award', cue: /awarded|contract|signed|executed|selected|expanded|new\s+business|consolidated\s+with/i, pattern: /\b(?:awarded\s+(?:a|an|the)\s+(?:\w+\s+){0,3}contract|contract\s+extension|signed\s+(?:a\s+|an\s+|\d+\s+)?(?:\w+\s+){0,3}(?:contract|agreement)s?|executed\s+a\s+(?:\w+[-\s]+){0,4}contract|selected\s+by\b|expanded,?\s+(?:long-term\s+)?agreement|new\s+business\b[^.]{0,40}\bprimary\s+carrier|consolidated\s+with\s+\w+,?\s+effective)/i },
  { type: 'order', cue: /order/i, pattern: /\b(?:bulk\s+)?orders?\s+(?:of|for)\b[^.]{0,60}\b(?:from|by)\b|\bbulk\s+order\b|\$[\d.,]+\s*(?:million|billion)?\s+(?:bulk\s+)?order\b/i },
  { type: 'partnership', cue: /alliance|partnership|joint|collaboration|licensing|teamed|marketing/i, pattern: /\b(?:entered\s+into|formed|announced|signed|established|forged|new)\b[^.]{0,60}\b(?:alliance|partnership|joint\s+venture|collaboration|licensing\s+agreement)\b|\bteamed\s+up\b|\bco-?marketing\b|\bcooperative\s+marketing\b/i },
  { type: 'listing', cue: /list|trading/i, pattern: /\b(?:public\s+listing|intends\s+to\s+list|are\s+listed\s+on|listed\s+on\s+(?:both\s+)?the\b|began\s+trading|delist\w*|listing\s+on\s+the)\b/i },
  { type: 'acquisition', cue: /acqui|purchased|ownership|completed/i, pattern: /\b(?:acquired|acquisition\s+of|agreement\s+to\s+acquire|to\s+acquire|purchased\s+a\s+\d+\s+percent\s+interest|increased\s+its\s+ownership\s+interest|completed\s+(?:the\s+)?(?:acquisition|transaction\s+for|purchase))\b/i, unless: /\bnewly\s+acquired\s+(?:lives|customers)\b/i },
  { type: 'divestiture', cue: /sold|sale|divest|spin|disposition/i, pattern: /\b(?:sold\s+(?:its|the)\b|sale\s+of\s+(?:the\s+|its\s+)?(?:domestic\s+)?[\w&]+(?:\s+[\w&]+){0,5}\s+(?:business|division|unit|subsidiary|limited|stock|interest)|(?<!the\s)divested\s+(?:in|during|its|the)\b|divestiture\s+of|spin-?off|disposition\s+of)\b/i },
  { type: 'facility', cue: /opened|operational|start|commenced/i, pattern: /\b(?:opened\s+(?:domestic\s+|new\s+)?(?:terminals?|plants?|stores?|facilit\w+|offices?)|became\s+operational|start-?up\s+of|commenced\s+operation)\b/i },
  { type: 'product', cue: /introduced|launched|unveiled|shipments|generation|service|reaches/i, pattern: /\b(?:introduced\s+(?:the\s+|a\s+|its\s+)?(?:new\s+)?|launched\s+(?:the\s+|a\s+)?|unveiled|began\s+shipments|announced\s+(?:a\s+)?new\s+generation|placed\s+into\s+(?:revenue\s+)?service|reaches\s+customers)\b/i },
];
