import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

/** The p-th percentile (nearest rank) of some numbers. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

export const median = (values: number[]) => percentile(values, 50);
