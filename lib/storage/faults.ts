// SQLite's result codes for a store that cannot serve just now: locked by another process, a full
// disk, a file that cannot be opened, read or written, or is not (or no longer) a database.
const FAULT = /^SQLITE_(?:BUSY|LOCKED|FULL|IOERR|CORRUPT|NOTADB|CANTOPEN|READONLY|PERM|PROTOCOL)/;

/** Whether an error is the store failing (to be answered "storage unavailable"), not a bug of ours. */
export function isStorageFault(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && FAULT.test(code);
}

/** The error the store throws when its file fails its check at start: a message for the operator. */
export class StorageUnusableError extends Error {
  constructor(file: string, reason: string) {
    super(`The database ${file} cannot be used: ${reason}. Restore it from a backup, or move it aside to start with an empty one.`);
    this.name = 'StorageUnusableError';
  }
}

/** Runs `work`; when the store fails under it, logs why and gives `unavailable()` instead. Other errors stay errors. */
export async function unlessStorageFails<T, U>(work: () => Promise<T>, unavailable: () => U): Promise<T | U> {
  try {
    return await work();
  } catch (error) {
    if (!isStorageFault(error)) throw error;
    // One line per fault: under a held lock every request meets one, and stacks would bury the log.
    console.error(`storage unavailable (${(error as { code: string }).code}): ${(error as Error).message}`);
    return unavailable();
  }
}
