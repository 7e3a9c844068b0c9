import type { ParsedRelease, Period } from '@/lib/domain/release';
import type { ReleaseContext, ReleaseSection } from './context';
import { pushAll } from '@/lib/arrays';
import { extractCustomerShares } from './customers/extract';
import { extractCustomerTables } from './customers/tables';
import type { EventCandidate, EventContext } from './events/candidate';
import { extractEvents } from './events/extract';
import { boilerplate } from './events/refiners/boilerplate';
import { background } from './events/refiners/background';
import { causes } from './events/refiners/causes';
import { headings } from './events/refiners/headings';
import { negation } from './events/refiners/negation';
import { intent } from './events/refiners/intent';
import { purpose } from './events/refiners/purpose';
import { quotes } from './events/refiners/quotes';
import { retellings } from './events/refiners/retellings';
import { specificType } from './events/refiners/specific-type';
import { checkChanges, derivePriors } from './metrics/changes';
import { mergeCandidates, type Candidate } from './metrics/merge';
import { alignReckonedColumns, correctColumnPeriods, dropMisdatedProse, inferTableScales } from './metrics/reconcile';
import { extractProseFacts, type ProseFacts } from './prose/extract';
import type { Sentence } from './prose/sentences';
import type { Refiner } from './rules';
import { extractTableFacts } from './tables/extract';
import { plainWords } from './text/words';

/** What the passes write, field by field, before it is checked against the schema. */
export type Draft = Partial<Omit<ParsedRelease, 'parserVersion'>>;

/** One step of parseRelease: reads the context (and what earlier passes wrote) and writes its fields. */
export type Pass = { id: string; run(context: ReleaseContext, draft: Draft): void };

/** The event refiners, in order: what is no event goes first, merging comes last. */
export const EVENT_REFINERS: readonly Refiner<EventCandidate, EventContext>[] = [boilerplate, headings, quotes, negation, purpose, intent, causes, background, specificType, retellings];

const header: Pass = {
  id: 'header',
  run({ doc, header: h, text, calendar }, draft) {
    Object.assign(draft, {
      format: doc.format,
      fiscalYearEnd: calendar.fiscalYearEnd ? { month: calendar.fiscalYearEnd[0], day: calendar.fiscalYearEnd[1] } : null,
      company: { name: h.company?.name ?? doc.edgar?.companyName ?? null, ticker: h.ticker?.ticker ?? null, exchange: h.ticker?.exchange ?? null, source: h.company?.source ?? null },
      releaseDate: h.releaseDate,
      releaseDateSource: h.dateline?.source ?? null,
      dateline: h.dateline ? { text: h.dateline.text, city: h.dateline.city, source: h.dateline.line } : null,
      headline: h.headline,
      contacts: h.contacts,
      warnings: h.warning ? [h.warning] : [],
      text,
    });
  },
};

function uniquePeriods(periods: Period[]): Period[] {
  const seen = new Set<string>();
  return periods.filter((p) => !seen.has(`${p.end}|${p.months}`) && seen.add(`${p.end}|${p.months}`));
}

/** Figures of the prose, each release of a page read by its own date and period. */
function proseBySection(text: string, paragraphs: Sentence[][], sections: ReleaseSection[]): ProseFacts {
  const facts: ProseFacts = { candidates: [], changes: [] };
  sections.forEach((section, i) => {
    const end = sections[i + 1]?.start ?? Infinity;
    const own = paragraphs.filter((p) => p[0] !== undefined && p[0].start >= section.start && p[0].start < end);
    if (own.length === 0) return;
    const read = extractProseFacts(text, own, section.calendar, section.primary);
    pushAll(facts.candidates, read.candidates);
    pushAll(facts.changes, read.changes);
  });
  return facts;
}

const metrics: Pass = {
  id: 'metrics',
  run({ text, tableLines, paragraphs, primary, columnDefaults, header: h, sections }, draft) {
    const tableFacts = extractTableFacts(tableLines, columnDefaults, h.dateline?.source ?? null);
    const prose = proseBySection(text, paragraphs, sections);
    const reconciled = correctColumnPeriods(alignReckonedColumns(inferTableScales(tableFacts, prose.candidates)), prose.candidates);
    const candidates: Candidate[] = [...reconciled.map((f) => ({ ...f, derived: false, origin: 'table' as const })), ...dropMisdatedProse(prose.candidates, reconciled)];
    const found = derivePriors(mergeCandidates(candidates), prose.changes);
    draft.metrics = found;
    draft.checks = checkChanges(found, prose.changes, text);
    draft.periods = uniquePeriods([...(primary ? [primary] : []), ...found.map((m) => m.period)]).map(({ end, months }) => ({ end, months }));
  },
};

const customers: Pass = {
  id: 'customers',
  run({ text, sentences, calendar, definitions }, draft) {
    draft.customers = [...extractCustomerShares(text, sentences, calendar, definitions), ...extractCustomerTables(text, definitions, calendar.fiscalYearEnd)];
  },
};

const events: Pass = {
  id: 'events',
  run({ text, paragraphs, calendar, primary, header: h, boilerplate, sections }, draft) {
    const companyWords = new Set((h.company?.name ?? '').split(/[\s,.]+/).filter((w) => /^[A-Z]/.test(w)));
    const skip = [...(h.headline ? [h.headline.source] : []), ...boilerplate];
    // The date of the release an offset is in: read from the last one back, as releases come in text order.
    const latestFirst = [...sections].reverse();
    const anchorAt = (at: number) => latestFirst.find((s) => s.start <= at)?.calendar.anchor ?? calendar.anchor;
    draft.events = extractEvents(paragraphs, { text, calendar, primary, skip, companyWords, anchorAt }, EVENT_REFINERS);
  },
};

/**
 * The most facts of each kind one report keeps: ten times the most any corpus release states, so
 * no real release meets them, while a broken or hostile file cannot make a report too large to
 * store, show or export.
 */
export const FACT_LIMITS = { metrics: 1000, checks: 1000, customers: 100, events: 200 } as const;

const NAMES = { metrics: 'figures', checks: 'arithmetic checks', customers: 'customer shares', events: 'events' } as const;

const limits: Pass = {
  id: 'limits',
  run(_context, draft) {
    for (const kind of Object.keys(FACT_LIMITS) as (keyof typeof FACT_LIMITS)[]) {
      const facts = draft[kind] ?? [];
      if (facts.length <= FACT_LIMITS[kind]) continue;
      draft[kind] = facts.slice(0, FACT_LIMITS[kind]) as never;
      draft.warnings = [...(draft.warnings ?? []), `This release states more ${NAMES[kind]} than a report keeps: the first ${FACT_LIMITS[kind]} of ${facts.length} are shown.`];
    }
  },
};

// A customer's name this short ("GE") may stand inside any name: too short to tell the issuer from it.
const MIN_HOLDER_CHARS = 4;

/**
 * The issuer is never one of its own customers: a filing's note that names no issuer ("Sales to
 * The Boeing Company accounted for 18%") leaves the company to EDGAR's record, or unnamed.
 */
const issuer: Pass = {
  id: 'header/issuer-not-a-customer',
  run({ doc }, draft) {
    const company = draft.company;
    if (!company?.name || !draft.customers?.length) return;
    const own = plainWords(company.name);
    const held = draft.customers.some((c) => {
      const holder = plainWords(c.customer);
      return holder.length >= MIN_HOLDER_CHARS && own.includes(holder);
    });
    if (held) draft.company = { ...company, name: doc.edgar?.companyName ?? null, source: null };
  },
};

/** parseRelease, step by step: the header first, then metrics, customers and events; the limits last. */
export const PASSES: readonly Pass[] = [header, metrics, customers, issuer, events, limits];
