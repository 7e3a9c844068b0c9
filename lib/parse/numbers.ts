/** A figure as written in a table cell: "$8,700", "(1,234)", "$(0.42)", ".6", "27.9%", "-". */
export type CellNumber = {
  /** null for a dash or "n/a" placeholder that still holds a column's place. */
  value: number | null;
  percent: boolean;
  dollar: boolean;
  /** Digits after the decimal point: 2 suggests a per-share figure. */
  decimals: number;
};

const CELL =
  /^(\$)?\s*(\()?\s*(\$)?\s*([-−–+]?)\s*(\$)?\s*(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?\s*(\))?\s*(%)?\s*(\))?\s*\**$/;
// "—", "n/a", "n/m" (not meaningful), "nil", "*": the cell holds a column's place, no figure.
const PLACEHOLDER = /^\$?\s*(?:[-−–—]+|n\/?a|n\/?m|nil|\*)$/i;

/** Reads one table cell as a number; null when the cell is not a figure. */
// "Up 15%", "Down 3%": a change written out, a percent cell all the same.
const WORDED_CHANGE = /^(up|down)\s+(\d+(?:\.\d+)?)\s*%$/i;

export function parseCellNumber(raw: string): CellNumber | null {
  const text = raw.trim();
  const worded = WORDED_CHANGE.exec(text);
  if (worded) {
    const magnitude = Number(worded[2]);
    return { value: /^down$/i.test(worded[1]!) ? -magnitude : magnitude, percent: true, dollar: false, decimals: worded[2]!.split('.')[1]?.length ?? 0 };
  }
  if (PLACEHOLDER.test(text)) return { value: null, percent: false, dollar: false, decimals: 0 };
  const m = CELL.exec(text);
  if (!m || (m[6] === undefined && m[7] === undefined)) return null;
  const open = m[2] !== undefined;
  const close = m[8] !== undefined || m[10] !== undefined;
  if (open !== close) return null;
  const magnitude = Number(`${(m[6] ?? '0').replace(/,/g, '')}${m[7] ?? ''}`);
  if (!Number.isFinite(magnitude)) return null;
  const negative = open || (m[4] !== '' && m[4] !== '+');
  return {
    value: negative ? -magnitude : magnitude,
    percent: m[9] !== undefined,
    dollar: m[1] !== undefined || m[3] !== undefined || m[5] !== undefined,
    decimals: m[7] ? m[7].length - 1 : 0,
  };
}

export const SCALE_WORDS: Record<string, number> = {
  thousand: 1e3,
  thousands: 1e3,
  k: 1e3,
  million: 1e6,
  millions: 1e6,
  mil: 1e6,
  mm: 1e6,
  m: 1e6,
  billion: 1e9,
  billions: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
};

/** Rounds away binary noise: 1.2 * 1e9 is 1200000000, not 1200000000.0000002. */
export function clean(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}
