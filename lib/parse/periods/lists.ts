import { MONTH, YEAR } from '../lexicon/calendar';
import type { Refiner } from '../rules';
import { readMention, type PeriodMention } from './mention';

// ", 2013 and 2012", " and fiscal 2003", ", December 29, 2012": one more item of a list.
const TAIL = new RegExp(String.raw`^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)(?:fiscal\s+)?(?:${MONTH}\s+\d{1,2},?\s*)?${YEAR}\b`, 'i');
const ENDS_IN_YEAR = new RegExp(String.raw`${YEAR}$`);

/**
 * Lists of periods as one mention: "in 2004 and 2003", "fiscal 2014, 2013 and 2012", "the first
 * two quarters of 2013 and 2012". A mention ending in a year takes the years that follow it.
 */
export const listTails: Refiner<PeriodMention, { text: string; offset: number }> = {
  id: 'periods/list-tails',
  refine(mentions, { text, offset }) {
    return mentions.map((mention, i) => {
      if (!ENDS_IN_YEAR.test(text.slice(mention.start - offset, mention.end - offset))) return mention;
      const limit = (mentions[i + 1]?.start ?? offset + text.length) - offset;
      let end = mention.end - offset;
      for (let tail = TAIL.exec(text.slice(end, limit)); tail; tail = TAIL.exec(text.slice(end, limit))) end += tail[0].length;
      if (end === mention.end - offset) return mention;
      return readMention(`${mention.rule}+periods/list-tails`, mention.kind, text.slice(mention.start - offset, end), mention.start);
    });
  },
};
