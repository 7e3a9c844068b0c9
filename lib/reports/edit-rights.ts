import 'server-only';
import { randomBytes } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { env } from '@/lib/env';
import { failure, type Failure } from '@/lib/errors';
import { hashSecret, newSecret } from '@/lib/secrets';
import { getStore, TEAM_LIBRARY, type LibraryScope } from '@/lib/storage';
import { countFailure, spent } from './rate-limits';

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
 * Whether this request may correct or delete the report: null when it may, else why not. It may
 * with the report's edit key as `Authorization: Bearer <key>`, or, from the app's own pages, with
 * the browser's editor cookie. The API never takes the cookie: a page of another site could make
 * the browser send it (CSRF).
 */
export async function editRight(reportId: string, caller: Caller = 'page'): Promise<Failure | null> {
  const bearer = /^Bearer\s+(\S+)$/i.exec((await headers()).get('authorization') ?? '');
  if (bearer) {
    const checked = await checkEditKey(reportId, bearer[1]!);
    if (checked === 'valid') return null;
    if (checked !== 'invalid') return checked;
  }
  if (caller === 'api') return failure('forbidden');
  const token = (await cookies()).get(COOKIE)?.value;
  return token && (await getStore().isEditor(reportId, hashSecret(token))) ? null : failure('forbidden');
}

/** editRight as a yes or no, for pages that only show or hide the edit controls. */
export async function canEdit(reportId: string, caller: Caller = 'page'): Promise<boolean> {
  return (await editRight(reportId, caller)) === null;
}

/**
 * Whether `key` is one of the report's edit keys: 'valid', 'invalid' (counted against the
 * client), or a failure while the client has spent its wrong keys. Only hashes are stored and
 * looked up: the lookup tells nothing about a key's characters, as one key's hash shares nothing
 * with another's.
 */
export async function checkEditKey(reportId: string, key: string): Promise<'valid' | 'invalid' | Failure> {
  const refused = await spent('edit_key_failures');
  if (refused) return failure(refused.code, refused.retryAfter);
  if (key !== '' && (await getStore().isEditKey(reportId, hashSecret(key)))) return 'valid';
  await countFailure('edit_key_failures');
  return 'invalid';
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
  // Outside a request (the server's start-up work) there is no browser: no one's reports.
  const jar = await cookies().catch(() => null);
  const token = jar?.get(COOKIE)?.value;
  return { kind: 'private', editorTokenHash: token ? hashSecret(token) : null };
}
