import 'server-only';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { env } from '@/lib/env';
import { getStore } from '@/lib/storage';

// One cookie per browser, not per report: a cookie per report would grow every request's headers.
const COOKIE = 'release_desk_editor';
const YEAR_SECONDS = 365 * 24 * 60 * 60;

function hash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** This browser's editor token, created (and set as an httpOnly cookie) when it has none. Actions and routes only. */
async function ensureToken(): Promise<string> {
  const jar = await cookies();
  const existing = jar.get(COOKIE)?.value;
  if (existing) return existing;
  const token = randomBytes(32).toString('base64url');
  // Secure only behind https: a plain-http install (localhost, a LAN box) must still keep the cookie.
  // Only a trusted proxy says so (TRUST_PROXY).
  const secure = env().TRUST_PROXY && (await headers()).get('x-forwarded-proto') === 'https';
  jar.set(COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: YEAR_SECONDS });
  return token;
}

/** Lets this browser edit the report: called for the uploader and for whoever opens the edit link. */
export async function grantThisBrowser(reportId: string): Promise<void> {
  await getStore().grantEditor(reportId, hash(await ensureToken()));
}

/** Who asks: a page of the app (a server action, which Next checks comes from this origin) or a program calling the API. */
export type Caller = 'page' | 'api';

/**
 * Whether this request may correct or delete the report: the report's edit key as
 * `Authorization: Bearer <key>`, or, from the app's own pages, the browser's editor cookie. The
 * API never takes the cookie: a page of another site could make the browser send it (CSRF).
 */
export async function canEdit(reportId: string, caller: Caller = 'page'): Promise<boolean> {
  const bearer = /^Bearer\s+(\S+)$/i.exec((await headers()).get('authorization') ?? '');
  if (bearer && (await isEditKey(reportId, bearer[1]!))) return true;
  if (caller === 'api') return false;
  const token = (await cookies()).get(COOKIE)?.value;
  return token ? getStore().isEditor(reportId, hash(token)) : false;
}

/** Whether `key` is the report's edit key, compared in constant time: as digests, whose lengths never differ (a key of other characters has other byte lengths). */
export async function isEditKey(reportId: string, key: string): Promise<boolean> {
  const expected = await getStore().getEditKey(reportId);
  if (!expected) return false;
  return timingSafeEqual(createHash('sha256').update(key).digest(), createHash('sha256').update(expected).digest());
}

/** The report's edit key and the secret link that gives edit rights to whoever opens it. */
export async function editLink(reportId: string): Promise<{ key: string; path: string } | null> {
  const key = await getStore().getEditKey(reportId);
  return key ? { key, path: `/reports/${reportId}/edit?key=${key}` } : null;
}
