import type { Store } from "../../src/storage/database.ts";
import type { SqlConnection, SqlRow, SqlValue } from "../../src/storage/sql.ts";
import type { Actor, RecordKind } from "../../src/storage/types.ts";

/**
 * What `run` returns, and how many overlay records (a row carrying a record's stored JSON) the
 * database handed back meanwhile: what a lookup read and parsed, on either backend, counted
 * rather than timed.
 */
export function countingRecordsRead<T>(store: Store, run: () => T): { result: T; recordsRead: number } {
  const connection: SqlConnection = store.connection;
  const all = connection.all.bind(connection);
  const get = connection.get.bind(connection);
  let recordsRead = 0;
  const counted = (row: object | undefined) => {
    if (row && "record_id" in row && ["data_json", "before_json", "after_json"].some((c) => c in row))
      recordsRead++;
  };
  connection.all = <R extends object = SqlRow>(sql: string, params?: readonly SqlValue[]): R[] => {
    const rows = all<R>(sql, params);
    for (const row of rows) counted(row);
    return rows;
  };
  connection.get = <R extends object = SqlRow>(sql: string, params?: readonly SqlValue[]): R | undefined => {
    const row = get<R>(sql, params);
    counted(row);
    return row;
  };
  try {
    return { result: run(), recordsRead };
  } finally {
    connection.all = all;
    connection.get = get;
  }
}

/**
 * Removals of `count` made-up records of one kind stored in one transaction, as a server that
 * imported and then removed thousands would hold them (each `data` as `made(i)` gives it): the
 * records a narrow lookup must not read.
 */
export function storeRemovals(
  store: Store,
  guildId: string,
  actor: Actor,
  kind: RecordKind,
  count: number,
  made: (i: number) => { id: string; reason?: string; data: object },
): void {
  store.overlays.transaction(() => {
    for (let i = 0; i < count; i++) {
      const { id, reason, data } = made(i);
      store.overlays.append({
        guildId,
        kind,
        recordId: id,
        revision: 2,
        action: "remove",
        state: "removed",
        before: data,
        after: null,
        actor,
        reason,
      });
    }
  });
}
