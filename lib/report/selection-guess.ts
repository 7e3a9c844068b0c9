import type { CorrectableKind } from '@/lib/domain/correction';
import { METRIC_IDS, METRICS } from '@/lib/domain/metrics';
import type { Metric, MetricName, Period, Source } from '@/lib/domain/release';
import { parseCellNumber, SCALE_WORDS } from '@/lib/parse/numbers';

/** What the "Add fact" form starts from: the kind and the values the selected words suggest. */
export type FactGuess = {
  kind: CorrectableKind;
  metric?: MetricName;
  value?: string;
  scale?: string;
  periodEnd?: string;
  periodMonths?: number;
  date?: string;
};

/** What the guess reads beside the selection: the release's main period and date, and its parsed figures. */
export type GuessContext = { periods: Period[]; releaseDate: string | null; metrics: Pick<Metric, 'value' | 'sources'>[] };

// A figure as a release writes it, with the scale word after it when there is one: "$49,023,417", "$13.6 million", "(1,234)", "53.9%".
const FIGURE = /\(?-?\$?\s*\d[\d,]*(?:\.\d+)?\)?%?(?:\s*([a-z]+)\b)?/i;
// How far before the figure the words naming it are looked for.
const NAME_CHARS = 120;
const SCALES = [1e9, 1e6, 1e3];

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/**
 * The words that can name a figure: its line before it, or, when that holds no word (a browser's
 * copy of a table puts each cell on a line of its own), the lines above it.
 */
function wordsBefore(text: string, at: number): string {
  const line = text.slice(lineStart(text, at), at);
  return /[a-z]/i.test(line) ? line.slice(-NAME_CHARS) : text.slice(Math.max(0, at - NAME_CHARS), at);
}

/** The metric whose name stands nearest before the figure: "Net sales … $49,023,417". */
function metricNamed(text: string, at: number): MetricName | undefined {
  const before = wordsBefore(text, at);
  let best: { metric: MetricName; end: number } | undefined;
  for (const id of METRIC_IDS) {
    const pattern = METRICS[id].mention?.pattern;
    if (!pattern) continue;
    for (const m of before.matchAll(new RegExp(pattern.source, 'gi'))) {
      const end = m.index + m[0].length;
      if (!best || end > best.end) best = { metric: id, end };
    }
  }
  return best?.metric;
}

/**
 * The scale a table's figures are counted in, from a figure the parser read at the same words or
 * in the same row: a cell "49,023" read as 49,023,000 means thousands.
 */
function scaleNear(source: Source, text: string, metrics: GuessContext['metrics']): string {
  const line = lineStart(text, source.start);
  for (const metric of metrics) {
    for (const s of metric.sources) {
      if (!(s.start < source.end && source.start < s.end) && lineStart(text, s.start) !== line) continue;
      const stated = parseCellNumber(text.slice(s.start, s.end))?.value;
      const scale = stated ? SCALES.find((f) => Math.abs(metric.value / stated - f) < 1e-6 * f) : undefined;
      if (scale) return String(scale);
    }
  }
  return '1';
}

/** The fact the selected words most likely state, for the form to start from; the analyst checks it. */
export function guessFact(text: string, source: Source, context: GuessContext): FactGuess {
  const selected = text.slice(source.start, source.end);
  const period = context.periods[0];
  const figure = FIGURE.exec(selected);
  const cell = figure ? parseCellNumber(figure[0].replace(/\s*[a-z]+$/i, '')) : null;
  if (!figure || cell?.value == null) return { kind: 'event', date: context.releaseDate ?? undefined };
  const digits = figure[0].replace(/\s*[a-z]+$/i, '').replace(/[()$%\s-]/g, '');
  if (cell.percent) return { kind: 'customer', value: digits, periodEnd: period?.end, periodMonths: period?.months };
  const word = figure[1]?.toLowerCase();
  const scale = word && SCALE_WORDS[word] ? String(SCALE_WORDS[word]) : scaleNear(source, text, context.metrics);
  const value = cell.value < 0 ? `(${digits})` : digits;
  return { kind: 'metric', metric: metricNamed(text, source.start + figure.index), value, scale, periodEnd: period?.end, periodMonths: period?.months };
}
