import {
  ADJUSTED_TABLE,
  BALANCE_SHEET_ROW,
  BALANCE_SHEET_TITLE,
  CASH_FLOW_ROW,
  CASH_FLOW_TITLE,
  INCOME_STATEMENT_TITLE,
  SEGMENT_TABLE,
} from '../lexicon/statements';

/**
 * What a table of a release is, from its title and the rows read so far: a statement of
 * operations, a reconciliation (or any table of adjusted figures), a balance sheet, a statement
 * of cash flows, or another table (highlights, a summary); and whether it is laid out by segment.
 */
export type TableRole = {
  kind: 'income_statement' | 'reconciliation' | 'balance_sheet' | 'cash_flow' | 'other';
  bySegment: boolean;
};

/** What a row alone can say a table is. */
export type RowHint = 'balance_sheet' | 'cash_flow';

/** What a row's label alone says the table is: "Total assets" only a balance sheet has. */
export function rowHint(label: string): RowHint | null {
  if (BALANCE_SHEET_ROW.test(label)) return 'balance_sheet';
  return CASH_FLOW_ROW.test(label) ? 'cash_flow' : null;
}

function kindOf(title: string, hints: ReadonlySet<RowHint>): TableRole['kind'] {
  if (ADJUSTED_TABLE.test(title)) return 'reconciliation';
  if (BALANCE_SHEET_TITLE.test(title) || hints.has('balance_sheet')) return 'balance_sheet';
  if (CASH_FLOW_TITLE.test(title) || hints.has('cash_flow')) return 'cash_flow';
  if (INCOME_STATEMENT_TITLE.test(title)) return 'income_statement';
  return 'other';
}

/** The role of a table from its title and what its rows so far said of it (`rowHint` of each). */
export function tableRole(title: string, hints: ReadonlySet<RowHint>): TableRole {
  return { kind: kindOf(title, hints), bySegment: SEGMENT_TABLE.test(title) };
}

/**
 * Which table is the authority for a figure two tables state: the statement of operations, then
 * any other table (highlights, a reconciliation's GAAP rows), then the statement of cash flows,
 * whose "Net income" may include minority owners' share, then a balance sheet.
 */
export function authorityRank(kind: TableRole['kind'] | undefined): number {
  switch (kind) {
    case 'income_statement':
      return 0;
    case 'cash_flow':
      return 2;
    case 'balance_sheet':
      return 3;
    default:
      return 1;
  }
}
