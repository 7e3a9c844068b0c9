import { ListingSchema, type LibraryGroup, type LibraryItem, type LibraryPage, type LibraryQuery, type Listing } from '@/lib/domain/listing';
import { companyKey } from '@/lib/domain/company';
import { ReleaseFormatSchema } from '@/lib/domain/report';

// What the library's pages are made of, whichever engine stores them (sqlite-library.ts, postgres-library.ts).

export type LibraryRow = { id: string; file_name: string; size: number; format: string; created_at: string; listing_json: string | null; copies?: number };

// The library's orders, the same SQL in both engines; each matches an index term for term, so the
// engine walks the index, not the rows.
export const ORDER = {
  uploaded: 'r.created_at DESC, r.id',
  release_date: '(r.release_date IS NULL), r.release_date DESC, r.created_at DESC, r.id',
} as const;

/** A stored library row's listing; null when there is none, or it no longer reads as one. */
export function readListing(json: string | null): Listing | null {
  if (json === null) return null;
  const listing = ListingSchema.safeParse(JSON.parse(json));
  return listing.success ? listing.data : null;
}

export function toItem(row: LibraryRow, snippet: string | null = null): LibraryItem {
  return {
    id: row.id,
    fileName: row.file_name,
    size: row.size,
    format: ReleaseFormatSchema.parse(row.format),
    createdAt: row.created_at,
    listing: readListing(row.listing_json),
    snippet,
    copies: row.copies ?? 0,
  };
}

// Marks around the matched words of a snippet; control characters no release text keeps.
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';
export const SNIPPET_WORDS = 12;

// A company's row in the grouped library shows its newest releases; its page has them all.
export const GROUP_ITEMS = 5;
export const GROUP_ORDER = { uploaded: 'max(r.created_at) DESC, key', release_date: '(max(r.release_date) IS NULL), max(r.release_date) DESC, key' } as const;
export const KEY = "coalesce(r.company_key, '')";

export function groupOf(key: string, total: number, items: LibraryItem[]): LibraryGroup {
  const named = items.find((i) => i.listing?.company || i.listing?.ticker)?.listing;
  return { key, company: named?.company ?? null, ticker: named?.ticker ?? null, total, items };
}

/** Releases found by a similar company name, grouped by company as the page asks. */
export function grouped(page: LibraryPage, query: LibraryQuery): LibraryPage {
  if (query.group !== 'company') return page;
  const byKey = new Map<string, LibraryItem[]>();
  for (const item of page.items) {
    const key = item.listing ? (companyKey({ name: item.listing.company, ticker: item.listing.ticker }) ?? '') : '';
    byKey.set(key, [...(byKey.get(key) ?? []), item]);
  }
  const groups = [...byKey].map(([key, items]) => groupOf(key, items.length, items));
  return { ...page, groups, total: groups.length };
}


// '' for a listing that names no company: keyed, so the store never looks at it again.
export function keyOf(listing: Listing | null): string | null {
  return listing ? (companyKey({ name: listing.company, ticker: listing.ticker }) ?? '') : null;
}

/** A report's library columns, as named parameters of the statements that write them. */
export function listingColumns(listing: Listing | null) {
  return {
    company: listing?.company ?? null,
    ticker: listing?.ticker ?? null,
    releaseDate: listing?.releaseDate ?? null,
    listingJson: listing ? JSON.stringify(listing) : null,
    companyKey: keyOf(listing),
  };
}

