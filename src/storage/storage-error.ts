/**
 * An error the database raised (SQLite's, or PostgreSQL's and its connection's), as the storage
 * layer hands it out: the one mark that says "this came from the database". Error codes are
 * shared with the rest of the world (a socket's EPIPE is the database's on a PostgreSQL
 * connection, and Discord's on the bot's REST calls), so only this type, not a code, lets the
 * handlers tell a member that the database is in trouble.
 */
export class StorageError extends Error {
  override name = "StorageError";

  constructor(
    message: string,
    /** The database's own code: SQLite's ("SQLITE_BUSY"), PostgreSQL's ("23505"), or the connection's. */
    readonly code: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The database's error that `error` is or was caused by (a wrapper keeps it as its cause), if any. */
export function storageErrorIn(error: unknown): StorageError | undefined {
  // A cause chain is short; the bound only guards against a cycle.
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current instanceof Error; depth++) {
    if (current instanceof StorageError) return current;
    current = current.cause;
  }
  return undefined;
}
