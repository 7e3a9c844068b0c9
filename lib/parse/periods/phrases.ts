import { COUNT, FISCAL, MONTH, ORDINAL, PRIOR, SAME, WEEKDAY, YEAR } from '../lexicon/calendar';
import { runRules, type Rule } from '../rules';
import { memoOn } from '../text/memo';
import { readMention, type PeriodMention } from './mention';

// Pieces the rules are built from.
const DATE = String.raw`${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s*${YEAR}`;
// "June 30, 2018 and 2017", "December 31, 2019, 2018, and 2017", "June 29, 2013 and December 29, 2012"
const DATE_LIST = String.raw`${DATE}(?:(?:,|,?\s+and|,?\s+or)\s+(?:${DATE}|${YEAR}\b))*`;
// "1997", "fiscal 1997", "fiscal year 1997": the year a part of a year is of.
const OF_YEAR = String.raw`(?:${FISCAL}(?:\s+year)?\s*)?${YEAR}`;
// "three and six months", "13 and 39 weeks", "quarter and three quarters", "three fiscal quarters", "fiscal year", "periods"
const LENGTHS = String.raw`(?:(?:${COUNT}(?:\s*(?:,|and|or)\s*${COUNT})*)[-\s]+(?:months?|weeks?)|(?:${ORDINAL}\s+(?:fiscal\s+)?|(?:two|three)\s+(?:fiscal\s+)?)?quarters?(?:\s+of\s+(?:fiscal\s+)?${YEAR})?(?:\s+and\s+(?:two|three)\s+(?:fiscal\s+)?quarters)?|(?:${FISCAL}\s+)?(?:years?|quarters?)|${FISCAL}\s+${YEAR}|periods?)`;

// The rule that reads a year set before a noun ("its 1996 sales"): it dates what follows it.
const YEAR_BEFORE_NOUN_RULE = 'year-before-noun';
export const YEAR_BEFORE_NOUN = `periods/${YEAR_BEFORE_NOUN_RULE}`;

type Kind = PeriodMention['kind'];

/** A phrase a rule matched: what it says is read only for the phrases that win their overlaps. */
export type Phrase = { rule: string; kind: Kind; start: number; end: number; text: string };

/** What a matched phrase says about time. */
export function readPhrase(phrase: Phrase): PeriodMention {
  return readMention(phrase.rule, phrase.kind, phrase.text, phrase.start);
}

function rule(id: string, kind: Kind, cue: RegExp | undefined, source: string): Rule<Phrase, number> {
  return {
    id: `periods/${id}`,
    cue,
    pattern: new RegExp(source, 'gi'),
    read: (m, offset) => ({ rule: `periods/${id}`, kind, start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] }),
  };
}

/**
 * The forms of words a release uses for a stretch of time or a day, most specific first. Every
 * match is read by readMention; where two overlap, the longer wins ("the same period in 1996"
 * over its "in 1996").
 */
// "three and six months ended June 30, 2018 and 2017", "fiscal year ended May 31, 2022", "13 weeks ending",
// "39-week fiscal period ended November 2, 2024", "fiscal 1997 second quarter ended December 31, 1996"
export const ENDED_RULE = rule('ended', 'period', /end/i, String.raw`\b(?:${FISCAL}\s*${YEAR}\s+(?=${ORDINAL}))?${LENGTHS}(?:\s+fiscal)?(?:\s+(?:periods?|quarters?))?,?\s+(?:ended|ending|then\s+ended)(?:\s+on)?\s+${DATE_LIST}`);

export const PERIOD_RULES: readonly Rule<Phrase, number>[] = [
  ENDED_RULE,
  // "as of June 29, 2013 and December 29, 2012", "at December 31, 2019": a balance at a date
  rule('balance', 'balance', /\b(?:as\s+of|at)\s+[A-Z]/i, String.raw`\b(?:as\s+of|at)\s+${DATE_LIST}`),
  // "The 2003 earnings for the fourth quarter": the year stands before what the quarter is of.
  rule('year-then-quarter', 'period', /quarter/i, String.raw`\b${YEAR}\s+(?:\w+\s+){0,2}(?:for|in)\s+the\s+${ORDINAL}\s+quarter\b`),
  // "second quarter of (fiscal) 2004", "first quarter 1996", "the prior fiscal year's second quarter", "fourth-quarter",
  // "second quarter of Fiscal 1998, which ended November 2, 1997", "first quarter of the 1997 fiscal year ended October 31"
  rule(
    'ordinal-quarter',
    'period',
    /quarter/i,
    String.raw`\b(?:${PRIOR}\s+(?:fiscal\s+)?year'?s\s+)?${ORDINAL}[-\s]+(?:fiscal[-\s]+)?quarter(?:\s+(?:of|in|for)\s+(?:the\s+)?(?:${FISCAL}\s*${YEAR}|${YEAR}\s+fiscal\s+year|${YEAR}|${PRIOR}\s+(?:fiscal\s+)?year|fiscal\s+year\s+${YEAR})|\s+(?:${FISCAL}\s*)?${YEAR}\b(?![,.]?\d))?(?:,?\s+(?:(?:which|that)\s+)?ended\s+(?:${DATE}|${MONTH}\s+\d{1,2}\b(?!,?\s*\d)))?`,
  ),
  // "fiscal 2024 first quarter", "2004 second quarter", "Q4 2022", "Q1 fiscal 2023", "Q2 FY26", "FY2025 Q4"
  rule(
    'year-quarter',
    'period',
    /quarter|Q[1-4]/i,
    String.raw`\b(?:${FISCAL}\s*)?${YEAR}\s+${ORDINAL}[-\s]+quarter\b|\bQ[1-4]\s+(?:of\s+)?(?:(?:${FISCAL}\s*'?)?${YEAR}|FY\s*'?\d{2})\b|\b(?:(?:${FISCAL}\s*'?)?${YEAR}|FY\s*'?\d{2})\s+Q[1-4]\b`,
  ),
  // "first nine months of 1995", "first nine months of fiscal year 1997", "nine-month 1996", "six months", "first half of 2004",
  // "the fiscal 1997 first half", "first two quarters of 2013"
  rule(
    'months-of-year',
    'period',
    /month|half|quarters/i,
    String.raw`\b(?:first\s+)?(?:nine|six|three|twelve)[-\s]+months?(?:\s+(?:(?:of|in)\s+)?${OF_YEAR}|\s+of\s+(?:the|this)\s+(?:fiscal\s+)?year)?|\b(?:${FISCAL}\s*)?${YEAR}\s+first[-\s]+half\b|\bfirst[-\s]+half(?:\s+of\s+${OF_YEAR})?|\bfirst\s+(?:two|three)\s+quarters(?:\s+of\s+${OF_YEAR})?`,
  ),
  // "fiscal 1997", "fiscal year 2014", "FY24", "full year 2004", "in 2003", "for 1994"
  rule(
    'year',
    'period',
    /(?:19|20)\d{2}|FY\s*'?\d/i,
    String.raw`\b(?:${FISCAL}(?:\s+years?)?\s*'?${YEAR}|FY\s*'?\d{2}\b|(?:full[-\s]year|calendar\s+year|year)\s+${YEAR}|${YEAR}\s+fiscal\s+year\b|(?:in|for|of|during)\s+${YEAR}\b(?!\s*(?:first|second|third|fourth|Q)))`,
  ),
  // a year set before what it counts: "Tredegar's 1996 sales", "fiscal 1997 revenues" (not "1996 and 1995", "1996 to 1997")
  rule(YEAR_BEFORE_NOUN_RULE, 'period', /(?:19|20)\d{2}\s+[a-z]/, String.raw`\b(?:${FISCAL}\s+)?${YEAR}(?=\s+(?!(?:and|or|to|through|versus|vs|compared|from|was|were|is|are|as|at|in|on|by|of|for|the|a|an|with|when|while|than|period|periods|quarter|year|it|its|they|their|we|our|he|she|this|that|these|those|there)\b)[a-z])`),
  // "in the 1996 period", "the 1997 quarter": a period named by its year
  rule('year-period', 'period', /(?:19|20)\d{2}\s+(?:period|quarter|year)/i, String.raw`\b(?:the\s+)?(?:${FISCAL}\s+)?${YEAR}\s+(?:periods?|quarter|year)\b`),
  // comparison periods: "a year ago", "the prior-year quarter", "the same period of 1996", "last year"
  rule(
    'comparison',
    'period',
    /\b(?:ago|earlier|prior|previous|preceding|last|comparable|corresponding|same|like)\b/i,
    String.raw`\b(?:(?:a|the)\s+year[-\s]+(?:ago|earlier)|(?:the\s+)?${PRIOR}[-\s]+(?:fiscal\s+)?(?:year|quarter|period)(?:'s)?(?:[-\s]+(?:period|quarter|(?:nine|six|three|twelve)[-\s]+months?))?|(?:the\s+)?${SAME}\s+(?:period|quarter|nine months|six months|three months)(?:\s+(?:of|in)\s+(?:the\s+)?(?:${PRIOR}\s+(?:fiscal\s+)?year|${YEAR}))?|last\s+year|(?:the\s+)?previous\s+year)\b`,
  ),
  // the period under report: "the quarter", "this year", "full-year", "the current year quarter"
  rule('current', 'period', /quarter|year|annual/i, String.raw`\b(?:the|this)\s+(?:full[-\s]+|fiscal\s+|current(?:[-\s]+year)?\s+|past\s+|latest\s+|most\s+recent\s+|just[-\s]completed\s+)?(?:quarter|year)\b(?!-)|\bfull[-\s]year\b(?!-)|\bannual\b(?=\s+(?:net\s+)?(?:sales|revenues?))`),
  // a day: "May 31, 2005", "27 July 2005", "6/30/97"
  rule('date', 'date', /\d\/\d|(?:19|20)\d\d/, String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\s*,?\s*${YEAR}\b|\b\d{1,2}\s+${MONTH}\s*,?\s*${YEAR}\b|\b\d{1,2}\/\d{1,2}\/(?:\d{4}|\d{2})\b`),
  // a day without its year: "on July 17"
  rule('month-day', 'date', /\bon\b/i, String.raw`\bon\s+(?:${WEEKDAY},?\s+)?${MONTH}\s+\d{1,2}\b(?!,?\s*${YEAR})`),
  // "by the end of 2005", "by year-end 2004": a deadline in a year's last month
  rule('by-year-end', 'month', /\bby\b/i, String.raw`\bby\s+(?:the\s+)?(?:end\s+of\s+|year-?end\s+)${YEAR}\b`),
  // "in February 2005", "in December, 1995", "in early March 2005", "mid-June of 2004"
  rule('month-year', 'month', /(?:19|20)\d\d/, String.raw`\b(?:(?:in|during|since|from)\s+)?(?:early\s+|late\s+|mid-?)?${MONTH},?\s+(?:of\s+)?${YEAR}\b`),
  // "in June", "in June of this year"
  rule('month', 'month', /\bin\b/i, String.raw`\bin\s+${MONTH}(?:\s+of\s+this\s+year)?\b(?!,?\s+\d)`),
];

const MONTH_NAMED = new RegExp(MONTH, 'i');
const MONTH_RULES = new Set(['periods/month-day', 'periods/month-year', 'periods/month']);

/** Drops the shorter of two overlapping mentions; the earlier rule wins a tie. */
function longestFirst(found: Phrase[], order: Map<string, number>): Phrase[] {
  const kept: Phrase[] = [];
  const ranked = [...found].sort((a, b) => b.end - b.start - (a.end - a.start) || order.get(a.rule)! - order.get(b.rule)!);
  for (const m of ranked) if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  return kept.sort((a, b) => a.start - b.start);
}

const ORDER = new Map(PERIOD_RULES.map((r, i) => [r.id, i]));
const PROSE_KINDS = new Set<PeriodMention['kind']>(['period']);

/** Every mention of time in a text, in order, the longest where two overlap. */
export function findMentions(text: string, offset = 0): PeriodMention[] {
  // The month-name rules are slow to scan; one quick test skips them where no month is named.
  const months = MONTH_NAMED.test(text);
  const rules = months ? PERIOD_RULES : PERIOD_RULES.filter((r) => !MONTH_RULES.has(r.id));
  return longestFirst(runRules(rules, text, offset), ORDER).map(readPhrase);
}

/** A sentence's mentions, read once for the prose, customer and event readers alike. */
export const mentionsIn = memoOn((sentence: { text: string; start: number }): readonly PeriodMention[] => findMentions(sentence.text, sentence.start));

/** The stretches of time a text names (what a figure can be for): no days, months or balance dates. */
export function findPeriodPhrases(text: string, offset = 0): PeriodMention[] {
  return periodPhrases(findMentions(text, offset));
}

/** The stretches of time among a text's mentions. */
export function periodPhrases(mentions: readonly PeriodMention[]): PeriodMention[] {
  return mentions.filter((m) => PROSE_KINDS.has(m.kind));
}
