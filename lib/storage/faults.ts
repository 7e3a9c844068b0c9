// The codes of a store that cannot serve just now. SQLite's: locked by another process, a full
// disk, a file that cannot be opened, read or written, or is not (or no longer) a database.
const SQLITE_FAULT = /^SQLITE_(?:BUSY|LOCKED|FULL|IOERR|CORRUPT|NOTADB|CANTOPEN|READONLY|PERM|PROTOCOL)/;
// Postgres's SQLSTATEs: class 08 (connection), class 53 (out of disk, memory or connections),
// 57P01-03 (shutting down, crashed, not yet accepting connections).
const POSTGRES_FAULT = /^(?:08|53)[0-9A-Z]{3}$|^57P0[1-3]$/;
// A database server that is gone or unreachable, as the socket says it.
const SOCKET_FAULT = /^(?:ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN)$/;
// node-postgres says a lost or unreachable server in words, without a code.
const LOST_CONNECTION = /^(?:Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/** Whether an error is the store failing (to be answered "storage unavailable"), not a bug of ours. */
export function isStorageFault(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && [SQLITE_FAULT, POSTGRES_FAULT, SOCKET_FAULT].some((fault) => fault.test(code))) return true;
  return typeof message === 'string' && LOST_CONNECTION.test(message);
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
