/**
 * Whether a write failed only because another writer held the database's write lock for longer
 * than this connection waits (SQLite's busy timeout, PostgreSQL's statement timeout on the
 * advisory lock), or a deadlock was broken: the transaction was rolled back whole, nothing of it
 * was written, and the same change can simply be made again.
 */
export function isWriteContention(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null | undefined)?.code ?? "");
  return (
    code === "SQLITE_BUSY" ||
    code.startsWith("SQLITE_BUSY_") ||
    code === "SQLITE_LOCKED" ||
    // PostgreSQL: lock_not_available, deadlock_detected, serialization_failure, query_canceled.
    code === "55P03" ||
    code === "40P01" ||
    code === "40001" ||
    code === "57014"
  );
}

/** A COMMIT whose answer never came: the server may or may not have committed it. */
export const COMMIT_UNKNOWN = "commit-unknown";

/**
 * Whether a call failed because the database could not be reached or the connection was lost
 * (PostgreSQL restarted, failed over or ended the session; the network dropped it; the server
 * stopped answering within the timeout). A transaction under way is rolled back by the server, so
 * nothing of it was written (except when only COMMIT's answer was lost: COMMIT_UNKNOWN).
 */
export function isConnectionLoss(error: unknown): boolean {
  const code = String((error as { code?: unknown } | null | undefined)?.code ?? "");
  const message = String((error as { message?: unknown } | null | undefined)?.message ?? "");
  return (
    code === "timeout" ||
    code === "unreachable" ||
    code === "connection-lost" ||
    code === COMMIT_UNKNOWN ||
    // connection_exception, admin_shutdown, crash_shutdown, cannot_connect_now.
    code.startsWith("08") ||
    code.startsWith("57P0") ||
    [
      "ECONNREFUSED",
      "ECONNRESET",
      "EPIPE",
      "ETIMEDOUT",
      "ENOTFOUND",
      "EAI_AGAIN",
      "EHOSTUNREACH",
      "ENETUNREACH",
    ].includes(code) ||
    (code === "" && /Connection terminated|terminated unexpectedly|not queryable/i.test(message))
  );
}
