import type { CustomerShare, Metric, ReleaseEvent, Source } from '@/lib/domain/release';
import { formatIsoDate, formatMoney, formatPeriod, METRIC_LABELS } from '@/lib/format';
import { factAnchor } from './anchors';
import { checkSymbol } from './checks';
import type { CorrectedRelease } from './corrected-release';
import { EVENT_LABELS } from './event-labels';
import { metricRows } from './metric-rows';

export type FactKind = 'header' | 'metric' | 'customer' | 'event' | 'check';

/** A fact as the text shows it: where its row is, what to say on hover, how to colour it. */
export type FactRef = { anchor: string; label: string; kind: FactKind };

export type Highlight = Source & { facts: FactRef[] };

/** A fact in one line, as a highlight's hover and a list of facts name it. */
export function factLabel(fact: Metric | CustomerShare | ReleaseEvent): string {
  if ('metric' in fact) {
    const basis = `${fact.segment ? ` · ${fact.segment}` : ''}${fact.gaap ? '' : ' · non-GAAP'}`;
    return `${METRIC_LABELS[fact.metric]} · ${formatPeriod(fact.period)} · ${formatMoney(fact.value, fact.unit)}${basis}`;
  }
  if ('customer' in fact) return `${fact.customer.replace(/\s+/g, ' ')}: ${fact.share}% of ${fact.basis}${fact.period ? ` · ${formatPeriod(fact.period)}` : ''}`;
  return `${EVENT_LABELS[fact.type]} · ${fact.date ?? 'undated'}`;
}

function located(release: CorrectedRelease): [Source, FactRef][] {
  const out: [Source, FactRef][] = [];
  const header = (source: Source | null | undefined, anchor: string, label: string) => {
    if (source) out.push([source, { anchor, label, kind: 'header' }]);
  };
  header(release.company.source, 'fact-company', `Company: ${release.company.name ?? ''}`);
  header(release.releaseDateSource, 'fact-release-date', `Release date: ${release.releaseDate ? formatIsoDate(release.releaseDate) : ''}`);
  header(release.dateline?.source, 'fact-dateline', `Dateline: ${release.dateline?.city ?? ''}`);
  header(release.headline?.source, 'fact-headline', 'Headline');

  for (const row of metricRows(release)) {
    const anchor = factAnchor(row.metric.key);
    for (const m of row.prior ? [row.metric, row.prior] : [row.metric]) {
      const label = `${factLabel(m)}${m.derived ? ' (derived)' : ''}`;
      for (const source of m.derived ? [] : m.sources) out.push([source, { anchor, label, kind: 'metric' }]);
    }
    for (const check of row.checks) out.push([check.source, { anchor, label: `Check ${checkSymbol(check)} ${check.detail}`, kind: 'check' }]);
  }
  for (const c of release.customers) out.push([c.source, { anchor: factAnchor(c.key), label: factLabel(c), kind: 'customer' }]);
  for (const e of release.events) out.push([e.source, { anchor: factAnchor(e.key), label: factLabel(e), kind: 'event' }]);
  return out;
}

/** Every place the text states a fact, one highlight per distinct span, facts that share it together. */
export function highlightsOf(release: CorrectedRelease): Highlight[] {
  const bySpan = new Map<string, Highlight>();
  for (const [source, fact] of located(release)) {
    if (source.end <= source.start || source.end > release.text.length) continue;
    const id = `${source.start}-${source.end}`;
    const highlight = bySpan.get(id) ?? { start: source.start, end: source.end, facts: [] };
    if (!highlight.facts.some((f) => f.anchor === fact.anchor && f.label === fact.label)) highlight.facts.push(fact);
    bySpan.set(id, highlight);
  }
  return [...bySpan.values()];
}

/** A run of text, or a highlight holding the pieces inside it. */
export type Piece = string | Mark;
/** A highlight in the tree; `continued` when a block's start cut it (its words began in the block before). */
export type Mark = Highlight & { pieces: Piece[]; continued?: boolean };

/**
 * Nests highlights (a figure inside its sentence) into a tree of pieces covering `text` once, or
 * the part of it in `range`. A highlight that crosses its parent's end, or the range's, is cut
 * there, so the tree stays well formed; a mark keeps its words' full span as its start and end.
 */
export function highlightTree(text: string, highlights: Highlight[], range: Source = { start: 0, end: text.length }): Piece[] {
  const clipped = highlights
    .map((h) => ({ h, start: Math.max(h.start, range.start), end: Math.min(h.end, range.end) }))
    .filter((c) => c.end > c.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const root: Mark = { start: range.start, end: range.end, facts: [], pieces: [] };
  const stack: { mark: Mark; until: number; cursor: number }[] = [{ mark: root, until: range.end, cursor: range.start }];
  const close = () => {
    const { mark, until, cursor } = stack.pop()!;
    if (cursor < until) mark.pieces.push(text.slice(cursor, until));
    const parent = stack.at(-1);
    if (parent) parent.cursor = until;
  };
  for (const c of clipped) {
    while (stack.length > 1 && stack.at(-1)!.until <= c.start) close();
    const parent = stack.at(-1)!;
    const until = Math.min(c.end, parent.until);
    if (c.start < parent.cursor || until <= c.start) continue;
    if (parent.cursor < c.start) parent.mark.pieces.push(text.slice(parent.cursor, c.start));
    // Cut by its parent, a mark ends there; cut by the range, it keeps its words' span (its DOM id).
    const mark: Mark = { ...c.h, end: until < c.end ? until : c.h.end, pieces: [], ...(c.h.start < range.start ? { continued: true } : {}) };
    parent.mark.pieces.push(mark);
    parent.cursor = c.start;
    stack.push({ mark, until, cursor: c.start });
  }
  while (stack.length > 0) close();
  return root.pieces;
}

/** The highlight tree of each range (blocks of the text, in order): one pass over the highlights. */
export function highlightTrees(text: string, highlights: Highlight[], ranges: Source[]): Piece[][] {
  const byStart = [...highlights].sort((a, b) => a.start - b.start);
  let next = 0;
  let active: Highlight[] = [];
  return ranges.map((range) => {
    // Highlights still open at the range's start, and those starting inside it.
    active = active.filter((h) => h.end > range.start);
    while (next < byStart.length && byStart[next]!.start < range.end) {
      const h = byStart[next++]!;
      if (h.end > range.start) active.push(h);
    }
    return highlightTree(text, active.filter((h) => h.start < range.end), range);
  });
}
