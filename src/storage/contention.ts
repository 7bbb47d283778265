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
