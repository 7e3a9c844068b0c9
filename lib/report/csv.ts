import { stringify } from 'csv-stringify/sync';

/**
 * Rows as CSV. A cell that starts with = + - @, a tab or a carriage return is written with a
 * leading ' (csv-stringify's escape_formulas), so a spreadsheet opening the file never runs
 * words from a release ("=HYPERLINK(…)") as a formula. Numbers are numbers, never escaped.
 */
export function csvOf(rows: unknown[][]): string {
  return stringify(rows, { escape_formulas: true });
}
