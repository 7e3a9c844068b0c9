import limits from './limits.json';

const MAX_MB = Math.round(limits.MAX_FILE_BYTES / 1024 / 1024);

/** Every failure a user or API client can be told about: one message and one HTTP status each. */
export const ERRORS = {
  no_input: { status: 400, message: 'Choose a file or paste the text of a press release.' },
  empty_file: { status: 400, message: 'This file is empty: there is no text to read.' },
  empty_text: { status: 400, message: 'The pasted text is empty. Paste the text of a press release.' },
  file_too_large: {
    status: 413,
    message: `This file is larger than ${MAX_MB} MB. Press releases are far smaller; check that it is the right file.`,
  },
  too_many_files: {
    status: 400,
    message: `Upload at most ${limits.MAX_FILES_PER_UPLOAD} files at once.`,
  },
  batch_too_large: {
    status: 400,
    message: `Drop at most ${limits.MAX_FILES_PER_BATCH} files at once. A folder of more loads with npm run ingest.`,
  },
  one_file_per_request: {
    status: 400,
    message: 'Send one file per request: post each release on its own.',
  },
  unsupported_type: {
    status: 415,
    message:
      'This is not a press release we can read: upload plain text, HTML or an EDGAR submission (.txt, .htm), not an image, PDF or archive.',
  },
  upload_failed: {
    status: 502,
    message: 'The upload did not reach the server. Check your connection and try again.',
  },
  bad_request: { status: 400, message: 'The request could not be read.' },
  json_required: { status: 415, message: 'Send the correction as JSON (Content-Type: application/json).' },
  forbidden: {
    status: 403,
    message: 'Only the person who uploaded this release (or someone with its edit link) can correct it. This shared page is read-only.',
  },
  reason_required: { status: 400, message: 'Say in a few words why the fact is wrong (at least 3 characters).' },
  reason_too_long: { status: 400, message: 'Keep the reason under 500 characters.' },
  invalid_correction: {
    status: 400,
    message: 'The corrected values could not be read: give a number (e.g. 49,023,417 or (1,234)), a date as YYYY-MM-DD and a share between 0 and 100.',
  },
  nothing_changed: { status: 400, message: 'Nothing was changed: edit a value, period or type, or dismiss the fact.' },
  no_source_selected: { status: 400, message: 'Select the words of the release the fact comes from, then try again.' },
  revert_not_latest: { status: 409, message: 'This correction cannot be reverted now: it was reverted already, or a later correction of the same fact must be reverted first.' },
  fact_not_found: { status: 404, message: 'This fact is no longer in the report; reload the page.' },
  not_parsed: { status: 422, message: 'This release could not be read automatically, so it has no facts to export. Download the original file instead.' },
  not_found: { status: 404, message: 'There is no report at this address.' },
  storage_unavailable: {
    status: 503,
    message: 'The report store cannot answer just now (busy, out of disk space or damaged). Nothing of this request was stored; please try again in a minute.',
  },
  too_many_uploads: { status: 429, message: 'Too many uploads from this address in the last minute. Wait a minute, then try again.' },
  too_many_searches: { status: 429, message: 'Too many searches from this address in the last minute. Wait a moment, then search again.' },
  too_many_edit_keys: { status: 429, message: 'Too many wrong edit keys from this address in the last hour. Wait, then open the edit link again.' },
  storage_full: {
    status: 507,
    message: 'The library is full: it has reached the storage limit set for it (MAX_STORAGE_BYTES). Delete reports you no longer need, or ask whoever runs Release Desk to raise the limit.',
  },
  internal: { status: 500, message: 'Something went wrong on our side. Nothing you uploaded was lost; please try again.' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

/** An expected failure; `retryAfter`, in seconds, when waiting is the remedy (a rate limit, a busy store). */
export type Failure = { ok: false; code: ErrorCode; message: string; retryAfter?: number };

/** The value an action or route returns for an expected failure. */
export function failure(code: ErrorCode, retryAfter?: number): Failure {
  return retryAfter === undefined ? { ok: false, code, message: ERRORS[code].message } : { ok: false, code, message: ERRORS[code].message, retryAfter };
}
