import { MONTH } from '../lexicon/calendar';

// Words that may sit between a metric's name and its figure: "net income for the quarter rose 58% to".
const FILLER = new Set(
  ('for the a an in of on during was were is are be been has had have totaled totalled total reached rose increased decreased ' +
    'declined fell grew improved climbed jumped narrowed widened dropped amounted came to at approximately about nearly almost ' +
    'some roughly record from quarter quarters quarterly half year years fiscal full first second third fourth nine six three twelve months month ' +
    'weeks week ended ending period periods with by percent over its this that last current same prior previous consolidated ' +
    'net gaap and or also reported posted recorded achieved generated earned equal equaled totaling respectively ' +
    'company companys which new all time high highest up down ytd year-to-date thirteen fifty two 13-week 52-week ' +
    'unaudited audited basis share shareholders common stockholders s per cents cent diluted basic one four five ' +
    'seven eight ten eleven fifteen twenty thirty forty hundred slightly sharply significantly ' +
    'substantially modestly strongly more than').split(' '),
);
const MONTH_WORD = new RegExp(`^${MONTH}$`, 'i');
// "Net loss attributable to ABVC narrowed": the owner named after "attributable to" is not in the way.
const ATTRIBUTABLE = /\battributable\s+to\s+(?:the\s+)?(?:[A-Z][\w&.'’-]*\s*)+/g;

// Fourteen filler words, figures between them and spaces fit well within this; a longer gap never does.
const MAX_GAP = 400;

/** Whether only period words, verbs of change and small words separate a metric's name from its figure. */
export function onlyFiller(gap: string): boolean {
  if (gap.length > MAX_GAP) return false;
  const words = gap
    .replace(ATTRIBUTABLE, ' ')
    .replace(/\$?\d[\d,.]*%?|\(\w+\)|[,;:'’()%-]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  return words.length <= 14 && words.every((w) => FILLER.has(w.toLowerCase().replace(/[.'’]/g, '')) || MONTH_WORD.test(w));
}
