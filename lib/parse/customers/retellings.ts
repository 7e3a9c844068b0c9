import type { CustomerShare } from '@/lib/domain/release';
import type { Refiner } from '../rules';

// Shares of sales and of revenue are one kind; receivables and backlog each another.
function basisKind(basis: string): string {
  if (/receivable/i.test(basis)) return 'receivables';
  if (/backlog/i.test(basis)) return 'backlog';
  return 'sales';
}

function names(share: CustomerShare): Set<string> {
  return new Set([share.customer, ...share.aliases].map((n) => n.toLowerCase()));
}

function sameShare(a: CustomerShare, b: CustomerShare): boolean {
  if (a.share !== b.share || basisKind(a.basis) !== basisKind(b.basis)) return false;
  if ((a.period?.end ?? null) !== (b.period?.end ?? null) || (a.period?.months ?? null) !== (b.period?.months ?? null)) return false;
  const ours = names(a);
  return [...names(b)].some((n) => ours.has(n));
}

/**
 * One share told twice ("Sales to Acme represent 16% of our total sales" and, later, "Our largest
 * customer, Acme, accounted for 16% of consolidated net sales") is one fact: the first telling.
 */
export const SHARE_RETELLINGS: Refiner<CustomerShare, null> = {
  id: 'customers/retellings',
  refine: (shares) => shares.filter((share, i) => !shares.slice(0, i).some((earlier) => sameShare(earlier, share))),
};
