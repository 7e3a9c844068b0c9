import type { CustomerShare } from '@/lib/domain/release';
import type { Refiner } from '../rules';

// Shares of sales and of revenue are one kind; receivables and backlog each another.
function basisKind(basis: string): string {
  if (/receivable/i.test(basis)) return 'receivables';
  if (/backlog/i.test(basis)) return 'backlog';
  return 'sales';
}

function names(share: CustomerShare): string[] {
  return [share.customer, ...share.aliases].map((n) => n.toLowerCase());
}

// The same share of the same kind of base in the same period: a retelling when a name is shared too.
function keyOf(share: CustomerShare): string {
  return `${basisKind(share.basis)}|${share.share}|${share.period?.end ?? ''}|${share.period?.months ?? ''}`;
}

/**
 * One share told twice ("Sales to Acme represent 16% of our total sales" and, later, "Our largest
 * customer, Acme, accounted for 16% of consolidated net sales") is one fact: the first telling.
 * Each share is looked up among the names told before with its key, so a release of thousands of
 * shares is read in one pass.
 */
export const SHARE_RETELLINGS: Refiner<CustomerShare, null> = {
  id: 'customers/retellings',
  refine(shares) {
    const told = new Map<string, Set<string>>();
    return shares.filter((share) => {
      const key = keyOf(share);
      const before = told.get(key) ?? new Set<string>();
      told.set(key, before);
      const own = names(share);
      const retold = own.some((n) => before.has(n));
      for (const n of own) before.add(n);
      return !retold;
    });
  },
};
