import 'server-only';
import { randomBytes } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { env } from '@/lib/env';
import { hashSecret, newSecret } from '@/lib/secrets';
import { getStore, TEAM_LIBRARY, type LibraryScope } from '@/lib/storage';

// One cookie per browser, not per report: a cookie per report would grow every request's headers.
const COOKIE = 'release_desk_editor';
const YEAR_SECONDS = 365 * 24 * 60 * 60;

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
  await getStore().grantEditor(reportId, hashSecret(await ensureToken()));
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
  return token ? getStore().isEditor(reportId, hashSecret(token)) : false;
}

/**
 * Whether `key` is one of the report's edit keys. Only hashes are stored and looked up: the lookup
 * can tell nothing about a key's characters, as a key's hash shares nothing with another's.
 */
export async function isEditKey(reportId: string, key: string): Promise<boolean> {
  return key !== '' && getStore().isEditKey(reportId, hashSecret(key));
}

/** The secret link that gives edit rights to whoever opens it. */
export function editPath(reportId: string, key: string): string {
  return `/reports/${reportId}/edit?key=${key}`;
}

/** A new edit key for the report, stored as its hash: the key is shown this once, and works until the report is deleted. */
export async function newEditKey(reportId: string): Promise<string> {
  const key = newSecret();
  await getStore().addEditKey(reportId, hashSecret(key));
  return key;
}

/** Whose reports this request's listings show: the team's, or (LIBRARY=private) this browser's own. */
export async function libraryScope(): Promise<LibraryScope> {
  if (env().LIBRARY === 'team') return TEAM_LIBRARY;
  const token = (await cookies()).get(COOKIE)?.value;
  return { kind: 'private', editorTokenHash: token ? hashSecret(token) : null };
}
