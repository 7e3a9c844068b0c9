import { clean } from '../numbers';
import { memoOn } from '../text/memo';
import { matchesOf } from '../text/regex';

/** An amount written in prose: "$49,023,417", "$1.2 billion", "$(0.42)", "27 cents a share". */
export type Money = {
  value: number;
  perShare: boolean;
  start: number;
  end: number;
  /** Relative precision as written: "$53 million" is good to half a million. */
  tolerance: number;
  /** One end of a range ("$1,050 - $1,070 million", "$4 to $5 million"): an estimate, not a figure. */
  range: boolean;
};

// Between the two ends of a range: a dash, or "to" where no "from" opens a change ("from $4 to $5").
const RANGE_JOIN = /^\s*(?:[-–—]|to)\s*$/i;
const FROM_BEFORE = /\bfrom\s*$/i;

/** Marks both ends of each range: two amounts joined by a dash, or by "to" without a "from" before. */
function markRanges(found: Money[], text: string, offset: number): Money[] {
  for (let i = 0; i + 1 < found.length; i++) {
    const [a, b] = [found[i]!, found[i + 1]!];
    const between = text.slice(a.end - offset, b.start - offset);
    if (!RANGE_JOIN.test(between)) continue;
    if (/to/i.test(between) && FROM_BEFORE.test(text.slice(Math.max(0, a.start - offset - 12), a.start - offset))) continue;
    a.range = b.range = true;
  }
  return found;
}

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, mil: 1e6, mln: 1e6, bn: 1e9 };

// "$", optional "(", digits, optional scale word; or "(d)" / "d cents".
const AMOUNT =
  /(?<neg>\(\s*)?(?:US)?\$\s*(?<neg2>\(\s*)?(?<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)(?<close>\s*\))?(?:\s*(?<scale>thousand|million|billion|trillion|mil|mln|bn)\b)?|(?<cents>\b\d{1,3}(?:\.\d+)?)\s+cents?\b|(?<bare>\b\d{1,3}\.\d{2})(?=\s+(?:per|a)\s+(?:diluted\s+|basic\s+)?share)/gi;
// After the amount: "per share", "a diluted share", "earnings per share" ("or $.06 earnings per share").
// "per primary and fully diluted share" names both kinds before the noun.
const KIND = String.raw`(?:basic|diluted|fully\s+diluted|primary)`;
const PER_SHARE_AFTER = new RegExp(
  String.raw`^[\s,]*(?:(?:(?:net\s+)?(?:earnings|income|loss)\s+)?per\s+(?:${KIND}\s+(?:and\s+${KIND}\s+)?)?(?:common\s+)?share|a\s+(?:diluted\s+)?share|per\s+diluted|each\s+share)`,
  'i',
);
// Between the figures of a list: "$.27 and $.26 per share", "$1.10, $1.05 and $0.98 per share".
export const LIST_JOIN = /^\s*(?:,|,?\s*and)\s*$/i;

const PER_SHARE_BEFORE = /\bper\s+(?:average\s+)?(?:common\s+)?(?:diluted\s+|basic\s+)?share\b[^.;$]*$/i;

function precision(num: string, scale: number): number {
  const decimals = num.includes('.') ? num.split('.')[1]!.length : 0;
  const value = Number(num.replace(/,/g, '')) * scale;
  if (value === 0) return 0;
  // Half a unit of the last digit written, relative to the value.
  const unit = scale === 1 && !num.includes('.') ? 1 : scale * 10 ** -decimals;
  return Math.min(0.5 * unit / value, 0.05);
}

/** Every amount of money in a stretch of text, with whether it is a per-share figure. */
export function findMoney(text: string, offset = 0): Money[] {
  const found: Money[] = [];
  for (const m of matchesOf(AMOUNT, text)) {
    const g = m.groups!;
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 40);
    if (g.cents !== undefined) {
      const cents = Number(g.cents);
      // "38 cents a share", or "earnings per average common share … were 91 cents".
      if (!/^\s*(?:a|per|each)\s+(?:\w+\s+)?share/i.test(after) && !PER_SHARE_BEFORE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue;
      found.push({ value: clean(cents / 100), perShare: true, start: offset + m.index, end: offset + end, tolerance: 0.005 / Math.max(cents / 100, 0.01), range: false });
      continue;
    }
    if (g.bare !== undefined) {
      // "or 2.03 per share": a per-share figure written without its dollar sign.
      found.push({ value: Number(g.bare), perShare: true, start: offset + m.index, end: offset + end, tolerance: 0.005 / Math.max(Number(g.bare), 0.01), range: false });
      continue;
    }
    const scale = g.scale ? SCALE[g.scale.toLowerCase()]! : 1;
    const opened = g.neg !== undefined || g.neg2 !== undefined;
    const negative = opened && g.close !== undefined;
    const magnitude = Number(g.num!.replace(/,/g, '')) * scale;
    // "(including $5.2 million)": that bracket closes an aside, it does not make the amount negative.
    const trimmedEnd = g.close !== undefined && !negative ? end - g.close.length : end;
    found.push({
      value: clean(negative ? -magnitude : magnitude),
      perShare: scale === 1 && PER_SHARE_AFTER.test(after),
      start: offset + m.index + (g.neg !== undefined && !negative ? g.neg.length : 0),
      end: offset + trimmedEnd,
      tolerance: precision(g.num!, scale),
      range: false,
    });
  }
  return markLists(markRanges(found, text, offset), text, offset);
}

/** "$.27 and $.26 per share": a figure listed before a per-share figure, unscaled, is per share too. */
function markLists(found: Money[], text: string, offset: number): Money[] {
  for (let i = found.length - 2; i >= 0; i--) {
    const [a, b] = [found[i]!, found[i + 1]!];
    const written = text.slice(a.start - offset, a.end - offset);
    if (b.perShare && !a.perShare && !/[a-z]/i.test(written) && LIST_JOIN.test(text.slice(a.end - offset, b.start - offset))) a.perShare = true;
  }
  return found;
}

/** A sentence's amounts, read once for the prose and event readers alike. */
export const moneyIn = memoOn((sentence: { text: string; start: number }): readonly Money[] => findMoney(sentence.text, sentence.start));
