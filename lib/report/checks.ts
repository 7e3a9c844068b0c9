import type { Check } from '@/lib/domain/release';

/** ✓ the arithmetic holds; ✗ it fails within one statement of the release; ? it fails on a pairing the parser made. */
export function checkSymbol(check: Pick<Check, 'ok' | 'pairing'>): '✓' | '✗' | '?' {
  if (check.ok) return '✓';
  return check.pairing === 'stated' ? '✗' : '?';
}
