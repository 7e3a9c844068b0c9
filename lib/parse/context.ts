import type { Period, Source } from '@/lib/domain/release';
import { findDefinitions } from './customers/entities';
import { findCompanyName } from './header/company';
import { findContacts } from './header/contacts';
import { findDateline, findDatelines, type Dateline } from './header/dateline';
import { findHeadline } from './header/headline';
import { checkReleaseYear } from './header/release-date';
import { findTicker } from './header/ticker';
import { ingest, type Ingested } from './ingest';
import { SECTION_HEADING } from './lexicon/discourse';
import { findDates, fiscalYearEnd, fiscalYearEndFromOpening, findStatedPeriods, type Calendar, type StatedPeriod } from './periods';
import type { ColumnDefaults } from './periods/column';
import { findPrimaryPeriod } from './periods/primary';
import { splitSentences, type Sentence } from './prose/sentences';
import { proseSpans } from './prose/spans';
import { readTableLines, type TableLine } from './tables/rows';
import { splitLines, type Line } from './text/lines';

/** Everything the readers share, built once per release (as chrono's ParsingContext). */
export type ReleaseContext = {
  doc: Ingested;
  text: string;
  lines: Line[];
  tableLines: TableLine[];
  /** Running text: paragraphs of sentences, tables left out. */
  paragraphs: Sentence[][];
  sentences: Sentence[];
  stated: StatedPeriod[];
  calendar: Calendar;
  /** The period the release reports on. */
  primary: Period | null;
  columnDefaults: ColumnDefaults;
  /** "United States Postal Service (USPS)": abbreviations the release defines. */
  definitions: Map<string, string>;
  header: {
    ticker: ReturnType<typeof findTicker>;
    company: ReturnType<typeof findCompanyName>;
    dateline: Dateline | null;
    releaseDate: string | null;
    warning: string | null;
    headline: ReturnType<typeof findHeadline>;
    contacts: ReturnType<typeof findContacts>;
  };
  /** Paragraphs of boilerplate: "About <Company>", forward-looking statements, call notices, contacts. */
  boilerplate: Source[];
  /**
   * The releases a page holds, in text order: the first is the page's own; each later one starts
   * at a dateline of another day ("IRVING, Texas, Nov. 3 --") and reads its periods by that day.
   */
  sections: ReleaseSection[];
};

/** One release of a page: where it starts, its calendar (anchored at its own date) and the period it reports on. */
export type ReleaseSection = { start: number; calendar: Calendar; primary: Period | null };

/** The page's releases: its own, then one at each dateline of another day (a news page of several releases). */
function releaseSections(text: string, stated: StatedPeriod[], calendar: Calendar, primary: Period | null): ReleaseSection[] {
  const sections: ReleaseSection[] = [{ start: 0, calendar, primary }];
  if (!calendar.anchor) return sections;
  for (const dateline of findDatelines(text, calendar.anchor)) {
    const last = sections[sections.length - 1]!;
    if (dateline.date === last.calendar.anchor) continue;
    const own = { ...calendar, anchor: dateline.date };
    sections.push({ start: dateline.at, calendar: own, primary: findPrimaryPeriod(text, stated, own, dateline.at) });
  }
  return sections;
}

// How far into the text a year-less dateline's year is looked for: the page's title and opening.
const YEAR_SCAN_CHARS = 6000;

/** The latest year of a full date in the opening ("(September 19, 1997)" in a page title), if any. */
function latestDatedYear(text: string): number | null {
  const years = findDates(text.slice(0, YEAR_SCAN_CHARS)).map((d) => d.year);
  return years.length ? Math.max(...years) : null;
}

/**
 * The release date: the dateline's, with a mistyped year set right against the period it reports;
 * else the day EDGAR filed it; else none, and a warning says so. Never a period's end.
 */
function releaseDate(text: string, stated: StatedPeriod[], filedAsOf: string | null, title: string | null) {
  // A dateline of month and day ("HOUSTON, Sept. 19 /PRNewswire/") takes its year from the periods
  // the release states, else from its dates or its page's title ("… (September 19, 1997)").
  const latestYear = stated.length ? Math.max(...stated.map((p) => Number(p.end.slice(0, 4)))) : latestDatedYear(`${title ?? ''}\n${text}`);
  const dateline = findDateline(text, filedAsOf ? Number(filedAsOf.slice(0, 4)) : latestYear);
  if (!dateline) {
    if (filedAsOf) return { dateline: null, date: filedAsOf, warning: 'The release states no date: the date shown is the day it was filed with the SEC.' };
    return { dateline: null, date: null, warning: 'The release states no date of its own.' };
  }
  const reported = stated.find((p) => p.start >= dateline.line.start) ?? null;
  const checked = checkReleaseYear(dateline.date, reported?.end ?? null);
  return { dateline, date: checked.date, warning: checked.warning };
}

// A boilerplate section runs from its heading to the next heading, or this many paragraphs.
const SECTION_PARAGRAPHS = 3;

function isHeading(paragraph: Sentence[]): boolean {
  return paragraph.length === 1 && paragraph[0]!.text.length < 90 && !/[.!?]$/.test(paragraph[0]!.text);
}

/** The paragraphs under boilerplate headings ("About Acme", "Forward-Looking Statements"), headings included. */
function boilerplateSections(paragraphs: Sentence[][]): Source[] {
  const spans: Source[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    if (!isHeading(paragraphs[i]!) || !SECTION_HEADING.test(paragraphs[i]![0]!.text)) continue;
    let last = i;
    for (let k = i + 1; k < paragraphs.length && k <= i + SECTION_PARAGRAPHS && !isHeading(paragraphs[k]!); k++) last = k;
    const end = paragraphs[last]!.at(-1)!.end;
    spans.push({ start: paragraphs[i]![0]!.start, end });
    i = last;
  }
  return spans;
}

function monthDay(iso: string): [number, number] {
  return [Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/** Reads a release's text, header, calendar and layout: what every later pass works from. */
export function buildContext(input: Uint8Array | string): ReleaseContext {
  const doc = ingest(input);
  const { text } = doc;
  const lines = splitLines(text);
  const stated = findStatedPeriods(text);
  const ticker = findTicker(text);
  const company = findCompanyName(text, ticker?.source.start ?? null);
  const released = releaseDate(text, stated, doc.edgar?.filedAsOf ?? null, doc.title);
  const calendar: Calendar = {
    stated: stated.map(({ end, months, quarter }) => ({ end, months, quarter })),
    fiscalYearEnd: fiscalYearEnd(stated) ?? fiscalYearEndFromOpening(text, stated, released.dateline?.line.start ?? 0),
    anchor: released.date,
  };
  const primary = findPrimaryPeriod(text, stated, calendar, released.dateline?.line.start ?? 0);
  const tableLines = readTableLines(lines, doc.grid);
  const paragraphs = proseSpans(tableLines).map((span) => splitSentences(text, span.start, span.end));
  return {
    doc,
    text,
    lines,
    tableLines,
    paragraphs,
    sentences: paragraphs.flat(),
    stated,
    calendar,
    primary,
    columnDefaults: { months: primary?.months ?? null, monthDay: primary ? monthDay(primary.end) : null, fiscalYearEnd: calendar.fiscalYearEnd },
    definitions: findDefinitions(text),
    header: {
      ticker,
      company,
      dateline: released.dateline,
      releaseDate: released.date,
      warning: released.warning,
      headline: findHeadline(lines, released.dateline?.line ?? null, doc.title, company?.name ?? doc.edgar?.companyName ?? null),
      contacts: findContacts(lines),
    },
    boilerplate: boilerplateSections(paragraphs),
    sections: releaseSections(text, stated, calendar, primary),
  };
}
