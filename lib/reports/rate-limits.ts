import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';
import type { ErrorCode } from '@/lib/errors';
import { clientAddress } from '@/lib/http/client-address';
import { getStore } from '@/lib/storage';

/** What is limited per client, each with its window, its allowance and the failure it answers. */
const LIMITS = {
  uploads: { windowMs: 60_000, allowance: () => env().UPLOADS_PER_MINUTE, code: 'too_many_uploads' },
  searches: { windowMs: 60_000, allowance: () => env().SEARCHES_PER_MINUTE, code: 'too_many_searches' },
  edit_key_failures: { windowMs: 60 * 60_000, allowance: () => env().EDIT_KEY_FAILURES_PER_HOUR, code: 'too_many_edit_keys' },
} as const satisfies Record<string, { windowMs: number; allowance: () => number; code: ErrorCode }>;

export type Limited = keyof typeof LIMITS;

/** A refusal: the failure to answer and how many seconds until the client may try again. */
export type Refusal = { code: ErrorCode; retryAfter: number };

async function client(): Promise<string> {
  return clientAddress(await headers(), env().TRUST_PROXY);
}

function refusal(kind: Limited, resetAt: number): Refusal {
  return { code: LIMITS[kind].code, retryAfter: Math.max(1, Math.ceil((resetAt - Date.now()) / 1000)) };
}

/** Counts this request against its client's allowance: a refusal once the allowance is spent, else null. */
export async function spend(kind: Limited): Promise<Refusal | null> {
  const { windowMs, allowance } = LIMITS[kind];
  if (allowance() === 0) return null;
  const { hits, resetAt } = await getStore().hit(kind, await client(), windowMs, true);
  return hits > allowance() ? refusal(kind, resetAt) : null;
}

/** Whether the allowance is spent already, without counting this request (failures count only when they fail). */
export async function spent(kind: Limited): Promise<Refusal | null> {
  const { windowMs, allowance } = LIMITS[kind];
  if (allowance() === 0) return null;
  const { hits, resetAt } = await getStore().hit(kind, await client(), windowMs, false);
  return hits >= allowance() ? refusal(kind, resetAt) : null;
}

/** Counts one failure (a wrong edit key) against the client. */
export async function countFailure(kind: Limited): Promise<void> {
  const { windowMs, allowance } = LIMITS[kind];
  if (allowance() > 0) await getStore().hit(kind, await client(), windowMs, true);
}

/** Whether storing `bytes` more would pass MAX_STORAGE_BYTES. */
export async function overQuota(bytes: number): Promise<boolean> {
  const quota = env().MAX_STORAGE_BYTES;
  return quota !== undefined && (await getStore().usedBytes()) + bytes > quota;
}
