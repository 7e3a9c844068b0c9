'use client';

import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { ReadingState } from '@/lib/reports/reading-states';

// How often the page asks after a batch's reading while some of it is still waiting.
const POLL_MS = 1500;

async function fetchStates(ids: string[], signal: AbortSignal): Promise<ReadingState[]> {
  const response = await fetch('/api/reports/states', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ ids }), signal });
  if (!response.ok) throw new Error(`The batch's progress could not be loaded (HTTP ${response.status}).`);
  return ((await response.json()) as { states: ReadingState[] }).states;
}

/** Follows the background reading of these reports, handing each answer to `onStates`, until none is waiting. */
export function useReadingStates(ids: string[], onStates: (states: ReadingState[]) => void) {
  const { data } = useQuery({
    // One key for the batch: each poll asks after the reports still waiting then, not one query per set.
    queryKey: ['reading-states'],
    queryFn: ({ signal }) => fetchStates(ids, signal),
    enabled: ids.length > 0,
    refetchInterval: POLL_MS,
    // A failed poll (the server restarting) is simply asked again at the next interval.
    retry: false,
  });
  useEffect(() => {
    if (data) onStates(data);
  }, [data, onStates]);
}
