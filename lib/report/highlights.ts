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
export type Mark = Highlight & { pieces: Piece[] };

/**
 * Nests highlights (a figure inside its sentence) into a tree of pieces covering `text` once.
 * A highlight that crosses its parent's end is cut there, so the tree stays well formed.
 */
export function highlightTree(text: string, highlights: Highlight[]): Piece[] {
  const sorted = [...highlights].sort((a, b) => a.start - b.start || b.end - a.end);
  const root: Mark = { start: 0, end: text.length, facts: [], pieces: [] };
  const stack: { mark: Mark; cursor: number }[] = [{ mark: root, cursor: 0 }];
  const close = () => {
    const { mark, cursor } = stack.pop()!;
    if (cursor < mark.end) mark.pieces.push(text.slice(cursor, mark.end));
    const parent = stack.at(-1);
    if (parent) parent.cursor = mark.end;
  };
  for (const h of sorted) {
    while (stack.length > 1 && stack.at(-1)!.mark.end <= h.start) close();
    const parent = stack.at(-1)!;
    const end = Math.min(h.end, parent.mark.end);
    if (h.start < parent.cursor || end <= h.start) continue;
    if (parent.cursor < h.start) parent.mark.pieces.push(text.slice(parent.cursor, h.start));
    const mark: Mark = { ...h, end, pieces: [] };
    parent.mark.pieces.push(mark);
    parent.cursor = h.start;
    stack.push({ mark, cursor: h.start });
  }
  while (stack.length > 0) close();
  return root.pieces;
}
