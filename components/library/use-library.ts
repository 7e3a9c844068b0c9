'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { LibraryPageSchema, type LibraryQuery } from '@/lib/domain/listing';

/** The react-query key every library page lives under; uploads invalidate it. */
export const LIBRARY_KEY = ['library'] as const;

async function fetchLibrary(query: LibraryQuery, signal: AbortSignal) {
  const params = new URLSearchParams({ q: query.q, sort: query.sort, group: query.group, page: String(query.page), pageSize: String(query.pageSize) });
  if (query.company) params.set('company', query.company);
  if (query.year) params.set('year', String(query.year));
  const response = await fetch(`/api/reports?${params}`, { signal });
  if (!response.ok) throw new Error(`The library could not be loaded (HTTP ${response.status}).`);
  return LibraryPageSchema.parse(await response.json());
}

/** One page of the library, kept on screen while the next one loads. */
export function useLibrary(query: LibraryQuery) {
  return useQuery({
    queryKey: [...LIBRARY_KEY, query],
    queryFn: ({ signal }) => fetchLibrary(query, signal),
    placeholderData: keepPreviousData,
  });
}
