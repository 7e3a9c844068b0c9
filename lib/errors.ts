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
  not_found: { status: 404, message: 'There is no report at this address.' },
  internal: { status: 500, message: 'Something went wrong on our side. Nothing you uploaded was lost; please try again.' },
} as const;

export type ErrorCode = keyof typeof ERRORS;

export type Failure = { ok: false; code: ErrorCode; message: string };

/** The value an action or route returns for an expected failure. */
export function failure(code: ErrorCode): Failure {
  return { ok: false, code, message: ERRORS[code].message };
}
