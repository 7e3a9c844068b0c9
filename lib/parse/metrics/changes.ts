import type { Check, Metric, Source } from '@/lib/domain/release';
import { clean } from '../numbers';
import { samePeriod, shiftYears } from '../periods';
import type { StatedChange } from '../prose/extract';

function consolidated(m: Metric): boolean {
  return m.gaap && m.segment === null;
}

function find(metrics: Metric[], metric: Metric['metric'], end: string, months: number): Metric | undefined {
  return metrics.find((m) => consolidated(m) && m.metric === metric && samePeriod(m.period, { end, months }));
}

function priorOf(metrics: Metric[], current: Metric): Metric | undefined {
  return find(metrics, current.metric, shiftYears(current.period.end, -1), current.period.months);
}

// A change in dollars read against a per-share figure, or in cents against a sum, is no change of it.
const MAX_PER_SHARE_CHANGE = 100;

function plausible(current: Metric, amount: number): boolean {
  if (current.unit === 'USD/share') return Math.abs(amount) < MAX_PER_SHARE_CHANGE;
  return Math.abs(amount) >= 1 || Math.abs(current.value) < 1000;
}

/**
 * "Net sales of $49,023,417, an increase of $9,766,979": where the release gives a figure and its
 * change but not the prior figure itself, the prior is the figure less the change (derived: true).
 */
export function derivePriors(metrics: Metric[], changes: StatedChange[]): Metric[] {
  const derived: Metric[] = [];
  for (const change of changes) {
    if (change.amount === null) continue;
    const current = find(metrics, change.metric, change.period.end, change.period.months);
    if (!current || !plausible(current, change.amount) || priorOf([...metrics, ...derived], current)) continue;
    derived.push({
      ...current,
      period: { end: shiftYears(current.period.end, -1), months: current.period.months },
      value: clean(current.value - change.amount),
      derived: true,
      source: change.source,
      sources: [change.source],
      rule: 'metrics/derived-prior',
    });
  }
  return [...metrics, ...derived];
}

// One formatter: toLocaleString builds a new Intl.NumberFormat on every call.
const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const number = (value: number) => NUMBER.format(value);

// Further apart than this, a change and its figures are not one statement.
const MAX_STATEMENT_CHARS = 600;
const SENTENCE_BREAK = /[.!?]["”’)]?\s+(?=[A-Z(“"])/;

/**
 * Whether a stated change and the two figures it is checked against stand in one statement: one
 * line (a table row), or one sentence. Each figure may be any of its statements.
 */
function pairingOf(text: string, change: Source, current: Metric, prior: Metric): Check['pairing'] {
  const within = (a: Source, b: Source) => {
    const [from, to] = [Math.min(a.start, b.start), Math.max(a.end, b.end)];
    if (to - from > MAX_STATEMENT_CHARS) return false;
    const between = text.slice(from, to);
    return !between.includes('\n') || !SENTENCE_BREAK.test(between.replace(/\n/g, ' '));
  };
  const near = (m: Metric) => m.sources.some((s) => within(s, change));
  return near(current) && (prior.derived || near(prior)) && current.sources.some((a) => prior.sources.some((b) => within(a, b))) ? 'stated' : 'inferred';
}

// What a failed check says when the parser, not the release, put the figures side by side.
const INFERRED_NOTE = ' (figures paired by the parser, not in one sentence or row: the release may compare others)';

/** Each stated change or percent change checked against the figures: current − prior. */
export function checkChanges(metrics: Metric[], changes: StatedChange[], text = ''): Check[] {
  const checks: Check[] = [];
  for (const change of changes) {
    const current = find(metrics, change.metric, change.period.end, change.period.months);
    const prior = current && priorOf(metrics, current);
    if (!current || !prior) continue;
    const difference = clean(current.value - prior.value);
    const pairing = pairingOf(text, change.source, current, prior);
    const note = pairing === 'inferred' ? INFERRED_NOTE : '';
    const base = { metric: current.metric, period: current.period, source: change.source, pairing };
    if (change.amount !== null && !prior.derived && plausible(current, change.amount)) {
      const slack = change.tolerance + Math.abs(current.value) * 1e-9 + (current.unit === 'USD/share' ? 0.005 : 0.5);
      const ok = Math.abs(difference - change.amount) <= slack;
      checks.push({
        ...base,
        kind: 'change',
        ok,
        detail: `${number(current.value)} − ${number(prior.value)} = ${number(difference)}; the release says ${change.amount < 0 ? 'down' : 'up'} ${change.written}${ok ? '' : note}`,
      });
    }
    if (change.percent !== null && prior.value !== 0) {
      const computed = (difference / Math.abs(prior.value)) * 100;
      const ok = Math.abs(computed - change.percent) <= change.tolerance + 0.05;
      checks.push({
        ...base,
        kind: 'percent_change',
        ok,
        detail: `(${number(current.value)} − ${number(prior.value)}) / ${number(Math.abs(prior.value))} = ${computed.toFixed(2)}%; the release says ${change.percent < 0 ? 'down' : 'up'} ${change.written}${ok ? '' : note}`,
      });
    }
  }
  return checks;
}
