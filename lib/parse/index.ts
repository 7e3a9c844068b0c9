import { ParsedReleaseSchema, type ParsedRelease, type Period } from '@/lib/domain/release';
import { findCompanyName } from './header/company';
import { findContacts } from './header/contacts';
import { findDateline } from './header/dateline';
import { findHeadline } from './header/headline';
import { checkReleaseYear } from './header/release-date';
import { findTicker } from './header/ticker';
import { ingest } from './ingest';
import { checkChanges, derivePriors } from './metrics/changes';
import { mergeCandidates, type Candidate } from './metrics/merge';
import { correctColumnPeriods, inferTableScales } from './metrics/reconcile';
import { findStatedPeriods, fiscalYearEnd, type Calendar, type StatedPeriod } from './periods';
import { findPrimaryPeriod } from './periods/primary';
import { extractCustomerShares } from './customers/extract';
import { extractCustomerTables } from './customers/tables';
import { findDefinitions } from './customers/entities';
import { extractEvents } from './events/extract';
import { extractProseFacts } from './prose/extract';
import { splitSentences, type Sentence } from './prose/sentences';
import { proseSpans } from './prose/spans';
import { extractTableFacts } from './tables/extract';
import { readTableLines } from './tables/rows';
import { splitLines } from './text/lines';

/** Bumped whenever the output for the same input may change, so stored reports are re-parsed. */
export const PARSER_VERSION = '0.4.2';

function uniquePeriods(periods: Period[]): Period[] {
  const seen = new Set<string>();
  return periods.filter((p) => {
    const key = `${p.end}|${p.months}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function monthDay(iso: string): [number, number] {
  return [Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

/** The release date from the dateline, with a mistyped year set right against the period it reports. */
function releaseDate(text: string, stated: StatedPeriod[], filedAsOf: string | null) {
  const latestYear = stated.length ? Math.max(...stated.map((p) => Number(p.end.slice(0, 4)))) : null;
  const dateline = findDateline(text, filedAsOf ? Number(filedAsOf.slice(0, 4)) : latestYear);
  if (!dateline) return { dateline: null, date: null, warning: null };
  const reported = stated.find((p) => p.start >= dateline.line.start) ?? null;
  const checked = checkReleaseYear(dateline.date, reported?.end ?? null);
  return { dateline, date: checked.date, warning: checked.warning };
}

/** Paragraphs less the "About <Company>" boilerplate: a heading and the paragraph after it. */
function withoutAboutSections(paragraphs: Sentence[][]): Sentence[][] {
  return paragraphs.filter((_, i) => !/^About\s+[A-Z][\w .,&'’-]{1,60}$/.test(paragraphs[i]?.[0]?.text ?? '') && !/^About\s+[A-Z][\w .,&'’-]{1,60}$/.test(paragraphs[i - 1]?.[0]?.text ?? ''));
}

/** Parses one press release (bytes or text; plain text, HTML or EDGAR submission) into facts. */
export function parseRelease(input: Uint8Array | string): ParsedRelease {
  const doc = ingest(input);
  const { text } = doc;
  const lines = splitLines(text);
  const stated = findStatedPeriods(text);

  const ticker = findTicker(text);
  const company = findCompanyName(text, ticker?.source.start ?? null);
  const released = releaseDate(text, stated, doc.edgar?.filedAsOf ?? null);
  const { dateline } = released;

  const calendar: Calendar = {
    stated: stated.map(({ end, months, quarter }) => ({ end, months, quarter })),
    fiscalYearEnd: fiscalYearEnd(stated),
    anchor: released.date,
  };
  const primary = findPrimaryPeriod(text, stated, calendar, dateline?.line.start ?? 0);
  const defaults = {
    months: primary?.months ?? null,
    monthDay: primary ? monthDay(primary.end) : null,
    fiscalYearEnd: calendar.fiscalYearEnd,
  };
  const tableLines = readTableLines(lines, doc.grid);
  const tableFacts = extractTableFacts(tableLines, defaults);
  const paragraphs = proseSpans(tableLines).map((span) => splitSentences(text, span.start, span.end));
  const sentences = paragraphs.flat();
  const prose = extractProseFacts(text, paragraphs, calendar, primary);
  const headline = findHeadline(lines, dateline?.line ?? null, doc.title);
  const reconciled = correctColumnPeriods(inferTableScales(tableFacts, prose.candidates), prose.candidates);
  const candidates: Candidate[] = [...reconciled.map((f) => ({ ...f, derived: false, origin: 'table' as const })), ...prose.candidates];
  const metrics = derivePriors(mergeCandidates(candidates), prose.changes);
  const definitions = findDefinitions(text); // "United States Postal Service (USPS)": read once for both customer readers

  return ParsedReleaseSchema.parse({
    parserVersion: PARSER_VERSION,
    format: doc.format,
    company: {
      name: company?.name ?? doc.edgar?.companyName ?? null,
      ticker: ticker?.ticker ?? null,
      exchange: ticker?.exchange ?? null,
      source: company?.source ?? null,
    },
    releaseDate: released.date,
    releaseDateSource: dateline?.source ?? null,
    dateline: dateline ? { text: dateline.text, city: dateline.city, source: dateline.line } : null,
    headline,
    contacts: findContacts(lines),
    periods: uniquePeriods([...(primary ? [primary] : []), ...metrics.map((m) => m.period)]).map(({ end, months }) => ({ end, months })),
    metrics,
    checks: checkChanges(metrics, prose.changes),
    customers: [...extractCustomerShares(text, sentences, calendar.fiscalYearEnd, definitions), ...extractCustomerTables(text, definitions)],
    events: extractEvents(withoutAboutSections(paragraphs), calendar, primary, headline?.source ?? null),
    warnings: released.warning ? [released.warning] : [],
    text,
  });
}
