import type { Period } from '@/lib/domain/release';
import { CHANGE_COLUMN } from '../lexicon/metrics';
import { namesFiscalLabel, readColumnPeriod, type ColumnDefaults } from '../periods/column';

export type { ColumnDefaults };

export type ColumnMeaning = {
  period: Period | null;
  /** A change or percent column: not a value of its own. */
  change: boolean;
  /** Pro forma, adjusted or non-GAAP figures. */
  adjusted: boolean;
  /** The period comes from a fiscal label ("Q2 FY26"), its end reckoned from the year end, not read. */
  reckoned: boolean;
};

const ADJUSTED = /pro\s*-?\s*forma|adjusted|\badj\b|non-?gaap|excluding|\bexcl\b|operating basis|before special/i;

/** What a column's stacked header lines (top first) say: its period, and whether it holds changes or adjusted figures. */
export function readColumnHeader(lines: string[], defaults: ColumnDefaults): ColumnMeaning {
  const text = lines.join(' ');
  return { period: readColumnPeriod(lines, defaults), change: CHANGE_COLUMN.test(text), adjusted: ADJUSTED.test(text), reckoned: namesFiscalLabel(lines, defaults) };
}
