/**
 * The words that say what a table of a release is: a statement of operations, a reconciliation
 * of GAAP to non-GAAP figures, a table by segment, a balance sheet or a statement of cash flows.
 * Titles name the kind; some rows do too ("Total assets", "Net cash provided by operating activities").
 */

/** Title or section words of a reconciliation or a table of adjusted figures. */
export const ADJUSTED_TABLE = /\b(?:adjusted|non-?gaap|pro\s*-?\s*forma|reconciliation|excluding|before special|fully[-\s]taxed)\b/i;
/** Title words of a table by segment, region or product line. */
export const SEGMENT_TABLE = /\bsegments?\b|\bby (?:region|geograph|business|product|division|category)|\bdivisional\b/i;
/**
 * Words ending in a legal form name a company: a table title so ending is the company's, not a
 * segment's ("ACME FOODS, INC.", "Sears, Roebuck and Co."); a holder so ending is a company
 * whatever words it holds ("CEAC International Limited").
 */
export const ENDS_IN_LEGAL_FORM = /\b(?:inc|incorporated|corp|corporation|company|co|companies|ltd|limited|plc|llc|l\.?p|n\.?v|s\.?a|b\.?v|ag|gmbh|pty|group|holdings)\.?\s*$/i;
/** A segment table's title words other than the segment's name: "Segment Sales", "Revenues by Geographic Region". */
export const SEGMENT_TITLE_WORDS = /\b(?:segments?|sales|revenues?|profits?|earnings|information|summary|by|region|geographic(?:al)?|business|product|division|category|divisional)\b/gi;
export const BALANCE_SHEET_TITLE = /\bbalance\s+sheets?\b|\bstatements?\s+of\s+(?:consolidated\s+)?(?:financial\s+)?(?:position|condition)\b/i;
export const CASH_FLOW_TITLE = /\b(?:statements?\s+of\s+(?:consolidated\s+)?)?cash\s+flows?\b/i;
export const INCOME_STATEMENT_TITLE = /\bstatements?\s+of\s+(?:consolidated\s+)?(?:operations|income|earnings|(?:comprehensive\s+)?(?:income|loss))\b|\bincome\s+statements?\b|\bresults\s+of\s+operations\b/i;
/** Rows only a balance sheet has. */
export const BALANCE_SHEET_ROW = /^total\s+(?:current\s+)?(?:assets|liabilities)\b|^total\s+(?:stockholders|shareholders)['’]?\s+equity\b/i;
/** Rows only a statement of cash flows has. */
export const CASH_FLOW_ROW = /\b(?:operating|investing|financing)\s+activities\b/i;
