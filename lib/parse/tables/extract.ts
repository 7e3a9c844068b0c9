import { pushAll } from '@/lib/arrays';
import type { MetricName, Period, Source } from '@/lib/domain/release';
import { COLUMN_HEADER } from '../lexicon/calendar';
import { GAAP_WORD, LABEL_ADJUSTED } from '../lexicon/metrics';
import { ADJUSTED_TABLE } from '../lexicon/statements';
import { classifyLabel, type LabelMeaning } from '../metrics/labels';
import { clean } from '../numbers';
import { readColumnHeader, type ColumnDefaults } from './column-meaning';
import { segmentIn, segmentOfTitle } from './column-words';
import { stackHeaders } from './columns';
import type { TableLine } from './rows';
import { rowHint, tableRole, type RowHint, type TableRole } from './role';
import { captionScale } from './scale';

/** A figure read from a table row, before prose and table facts are merged. */
export type TableFact = {
  metric: MetricName;
  period: Period;
  value: number;
  gaap: boolean;
  segment: string | null;
  label: string;
  source: Source;
  /** Which table (its first header line) and column the figure sits in. */
  table: number;
  column: string;
  perShare: boolean;
  /** Whether a caption stated the table's unit ("in thousands"); if not, the unit is a guess. */
  scaleStated: boolean;
  /** Relative precision as written: "$241.3" in millions is good to 0.05 million. */
  tolerance: number;
  /** The column's period end was reckoned from a fiscal label ("Q2 FY26"), not read from a date. */
  reckoned: boolean;
  /** What the table is: a statement of operations is the authority where two tables state a figure. */
  role: TableRole['kind'];
  rule: string;
};

const TRAILING = /\btrailing\b|\bTTM\b|\bLTM\b|last twelve months/i;
const MAX_SECTIONS = 4;
// Rows counted in physical units, not dollars: "Sales" of copper in tons.
const NON_MONETARY = /\b(?:tons?|tonnes|ounces|pounds|lbs|barrels|bbls?|mcf|bcf|units|employees|subscribers|stores|shipments|kwh|mwh|gallons|carloads|passengers)\b/i;

type State = {
  scale: number;
  scaleStated: boolean;
  headers: TableLine[];
  seenData: boolean;
  /** Label lines since the last data row (or prose): a new header takes them as its title. */
  sinceData: string[];
  /** Label lines above the current header: the table's title and captions. */
  title: string[];
  /** Label lines since the header: the row's section ("Earnings per share:", "Basic"). */
  sections: string[];
  /** Label lines right above the current line, with no blank between: a label that wraps. */
  pending: TableLine[];
  /** The row with the most figures under the current header: the table's columns. */
  widest: TableLine | null;
  /** Rows read as segments' figures under the current header. */
  segmentRows: number;
  /** What rows under the current header (sections included) said the table is. */
  rowHints: Set<RowHint>;
};

function fresh(): State {
  return { scale: 1, scaleStated: false, headers: [], seenData: false, sinceData: [], title: [], sections: [], pending: [], widest: null, segmentRows: 0, rowHints: new Set() };
}

// A table's note: "(D) Reflects a ten-for-one stock split on June 7, 2024.", "* Restated for ASU 2016-09."
const NOTE_LINE = /^\s*(?:\([A-Za-z0-9]{1,2}\)|\*+|[†‡§])\s*[A-Z]/;
const SENTENCE_LINE = /^(?:\S+\s+){9,}\S*[.;]\s*$/;

/**
 * A column header line: periods only, or cells of a table; not a title like "Q4 FISCAL 2022
 * RESULTS", nor a note set above the header whose years are the note's ("ASU 2016-09").
 */
function namesPeriods(line: TableLine): boolean {
  const { text } = line.line;
  if (!COLUMN_HEADER.test(text) || NOTE_LINE.test(text) || SENTENCE_LINE.test(text.trim())) return false;
  return line.table !== null || line.chunks.length >= 2 || segmentIn(line.line.text) === null;
}

/** "($ in millions) | Q2 FY26 | Q1 FY26": a header line whose first cell is the table's caption of units. */
function periodsBesideCaption(line: TableLine): boolean {
  const rest = line.chunks.filter((c) => captionScale(c.text) === null);
  return rest.length > 0 && rest.length < line.chunks.length && rest.some((c) => COLUMN_HEADER.test(c.text));
}

function startsLower(text: string): boolean {
  return /^[a-z(]/.test(text.trim());
}

/** The row's full label: wrapped label lines above it join it while each piece continues the last. */
function fullLabel(row: TableLine, state: State): string {
  let label = row.label?.text ?? '';
  let taken = 0;
  for (let i = state.pending.length - 1; i >= 0; i--) {
    if (label !== '' && !startsLower(label)) break;
    label = `${state.pending[i]!.label?.text ?? ''} ${label}`.trim();
    taken++;
  }
  pushAll(state.sections, state.pending.slice(0, state.pending.length - taken).map((l) => l.label?.text ?? ''));
  state.pending = [];
  return label;
}

// A total line: of a segment table, the consolidated figure when the table lists segments.
const TOTAL_ROW = /^(?:total|consolidated)\b/i;
const CONSOLIDATED_ROW = /^consolidated\b/i;
const CONSOLIDATED_COLUMN = /\b(?:consolidated|total)\b/i;

/** The money metric the nearest section line names ("Net sales:", "Revenues:"), if it names one. */
function sectionMetric(context: string[]): LabelMeaning | null {
  const section = classifyLabel((context[context.length - 1] ?? '').replace(/:\s*$/, ''), []);
  return section && !section.perShare ? section : null;
}

/**
 * A row of a segment table that names a segment under a section naming the metric ("Net sales:"
 * then "U.S. Retail"): that segment's figure of the section's metric. Null for any other row.
 */
function segmentRow(label: string, context: string[], role: TableRole): { meaning: LabelMeaning; segment: string } | null {
  if (!role.bySegment || label === '' || TOTAL_ROW.test(label)) return null;
  const section = sectionMetric(context);
  return section ? { meaning: section, segment: label } : null;
}

/**
 * A row with no label of its own, or "Total", under a section that names the metric ("Revenues:"
 * then its parts then the sum): the section's figure. Null for any other row.
 */
function sectionTotal(label: string, context: string[]): LabelMeaning | null {
  return label === '' || /^total:?$/i.test(label.trim()) ? sectionMetric(context) : null;
}

/**
 * The segment a row of a segment table stands for by the table's title: the segment the title
 * names, else the whole title (the only name the table gives: a total under "Sales by Geographic
 * Region" may be one segment's); none for "Consolidated …", the whole company's.
 */
function titleSegment(label: string, title: string[]): string | null {
  return CONSOLIDATED_ROW.test(label) ? null : (segmentOfTitle(title) ?? title.join(' '));
}

/** The segment a column's header names; none under a "Consolidated" or "Total" column; else the table's. */
function columnSegment(header: string, tableSegment: string | null): string | null {
  return segmentIn(header) ?? (CONSOLIDATED_COLUMN.test(header) ? null : tableSegment);
}

function rowFacts(row: TableLine, label: string, state: State, defaults: ColumnDefaults): TableFact[] {
  const context = state.sections.slice(-MAX_SECTIONS);
  for (const words of [...context, label]) {
    const hint = rowHint(words);
    if (hint) state.rowHints.add(hint);
  }
  const role = tableRole(state.title.join(' '), state.rowHints);
  const own = classifyLabel(label, context);
  const bySegment = own ? null : segmentRow(label, context, role);
  const sum = own || bySegment ? null : sectionTotal(label, context);
  const meaning = bySegment?.meaning ?? sum ?? own;
  // Counted in tons or units: the row's own words say so, or a section above counts what "Sales" sold.
  const counted = NON_MONETARY.test(label) || (NON_MONETARY.test(context.slice(-1).join(' ')) && meaning?.metrics.includes('revenue'));
  if (!meaning || counted) return [];
  const surroundings = [...state.title, ...context].join(' ');
  const tableAdjusted = role.kind === 'reconciliation' || ADJUSTED_TABLE.test(context.join(' '));
  // What an adjusted figure is called where its label does not say: "Non-GAAP revenue", "Adjusted net income".
  const basisWord = /\badjusted\b/i.test(surroundings) ? 'Adjusted' : 'Non-GAAP';
  // The total of a table that lists its segments' rows is the consolidated figure.
  const totalOfSegments = TOTAL_ROW.test(label) && state.segmentRows > 0;
  const tableSegment = bySegment?.segment ?? (role.bySegment && !totalOfSegments ? titleSegment(label, state.title) : null);
  if (bySegment) state.segmentRows++;
  const headers = stackHeaders(state.headers, row, state.widest);
  if (row.values.length > (state.widest?.values.length ?? 0)) state.widest = row;
  const trailing = TRAILING.test(state.title.join(' '));
  const facts: TableFact[] = [];
  row.values.forEach((cell, i) => {
    const value = cell.number.value;
    if (value === null || cell.number.percent) return;
    const column = readColumnHeader(headers[i] ?? [], trailing ? { ...defaults, forceMonths: 12 } : defaults);
    if (!column.period || column.change) return;
    // A reconciliation's "GAAP net income" row is the GAAP figure, whatever the table's title says.
    const gaap = meaning.gaap && (GAAP_WORD.test(label) || (!column.adjusted && !tableAdjusted));
    if (meaning.perShare && (Math.abs(value) >= 1000 || (cell.number.decimals === 0 && Math.abs(value) >= 100))) return;
    const scaled = meaning.perShare ? value : clean(value * state.scale);
    for (const metric of meaning.metrics) {
      facts.push({
        metric,
        period: column.period,
        value: scaled,
        gaap,
        segment: columnSegment((headers[i] ?? []).join(' '), tableSegment),
        label: gaap || LABEL_ADJUSTED.test(label) ? label : `${basisWord} ${label.charAt(0).toLowerCase()}${label.slice(1)}`,
        source: { start: cell.start, end: cell.end },
        table: state.headers[0]?.line.index ?? -1,
        column: `${state.headers[0]?.line.index ?? -1}:${i}`,
        perShare: meaning.perShare,
        scaleStated: state.scaleStated,
        tolerance: value === 0 ? 0 : (0.5 * 10 ** -cell.number.decimals) / Math.abs(value),
        reckoned: column.reckoned,
        role: role.kind,
        rule: sum ? 'metrics/table-total' : 'metrics/table-row',
      });
    }
  });
  return facts;
}

/**
 * Reads every metric row of every table in the release, with each figure's period from its column.
 * `dateline` is the release's own date line: a date, never a column header.
 */
export function extractTableFacts(lines: TableLine[], defaults: ColumnDefaults, dateline: Source | null = null): TableFact[] {
  const facts: TableFact[] = [];
  let state = fresh();
  for (let i = 0; i < lines.length; i++) {
    const row = lines[i]!;
    const scale = captionScale(row.line.text);
    if (row.kind === 'prose' && !wrapsInTable(row, lines[i + 1], state)) {
      state = fresh();
      if (scale) Object.assign(state, { scale, scaleStated: true });
      continue;
    }
    if (scale && row.kind !== 'data') Object.assign(state, { scale, scaleStated: true });
    if (row.kind === 'blank' || row.kind === 'rule') {
      // Column heads set a blank line above the header's years ("Domestic   Sears Canada") wait for them.
      if (row.kind === 'blank' && !(state.pending.length > 0 && state.pending.every((l) => l.chunks.length >= 2) && lines[i + 1]?.kind === 'years')) {
        pushAll(state.sections, state.pending.map((l) => l.label?.text ?? ''));
        state.pending = [];
      }
      continue;
    }
    if (dateline !== null && row.line.start <= dateline.start && dateline.end <= row.line.end) {
      state = fresh();
      continue;
    }
    if ((row.kind === 'years' || (row.kind === 'label' && namesPeriods(row) && (!scale || periodsBesideCaption(row))))) {
      if (state.seenData || state.headers.length === 0) {
        state.title = state.sinceData;
        state.headers = [];
        state.seenData = false;
        state.widest = null;
        state.segmentRows = 0;
        state.rowHints = new Set();
      }
      // Header lines stack without blanks between; a one-cell line is a title unless it names a period.
      pushAll(state.headers, state.pending.filter((l) => namesPeriods(l) || l.chunks.length >= 2)).push(row);
      // Sections are the label lines between the last header line and a row, never above the header.
      state.sections = [];
      state.pending = [];
      continue;
    }
    if (row.kind === 'label' || row.kind === 'prose') {
      state.sinceData.push(row.label?.text ?? '');
      // A caption ("in millions, except per share data") describes the table, not a section of it.
      if (scale) state.title.push(row.label?.text ?? '');
      else state.pending.push(row);
      continue;
    }
    state.seenData = true;
    state.sinceData = [];
    const label = fullLabel(row, state);
    const below = lines[i + 1];
    const wrapped = below ? labelGoingOn(label, below, state) : null;
    if (wrapped !== null) i++;
    if (state.headers.length > 0) pushAll(facts, rowFacts(row, wrapped ?? label, state, defaults));
  }
  return facts;
}

/** A long row label inside a table ("INCOME (LOSS) FROM CONTINUING OPERATIONS BEFORE MINORITY"), wrapped onto the row below: no running text. */
function wrapsInTable(row: TableLine, next: TableLine | undefined, state: State): boolean {
  return state.headers.length > 0 && next?.kind === 'data' && !/[.!?]["”']?$/.test(row.line.text.trim());
}

/**
 * The label of a row whose label wraps below its figures ("Income from" / figures / "Operations"):
 * the row's label and the line below it, when only together they name a metric. Null otherwise.
 */
function labelGoingOn(label: string, below: TableLine, state: State): string | null {
  if (below.kind !== 'label' || namesPeriods(below) || captionScale(below.line.text) || /:$/.test(below.line.text.trim())) return null;
  const more = (below.label?.text ?? '').replace(/\s+\$$/, '');
  const context = state.sections.slice(-MAX_SECTIONS);
  const joined = `${label} ${more}`.trim();
  const alone = label !== '' && !startsLower(more) && classifyLabel(label, context) !== null;
  return !alone && classifyLabel(joined, context) !== null ? joined : null;
}
