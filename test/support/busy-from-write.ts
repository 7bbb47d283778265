/**
 * A bot's SQLite database that another process takes the write lock of (an import, another shard,
 * a backup) just as the bot makes its Nth write: from that write on, every write of the bot's waits
 * out its busy timeout and fails with SQLite's own "database is locked", until `during` ends. A
 * write is a write transaction, or a statement run outside one; `n` counts from the call.
 */
import Database from "better-sqlite3";
import type { SqlConnection } from "../../src/storage/sql.ts";

export async function busyFromWrite<T>(
  store: { connection: SqlConnection; file: string },
  n: number,
  during: () => Promise<T> | T,
): Promise<T> {
  const connection = store.connection;
  const run = connection.run.bind(connection);
  const transaction = connection.transaction.bind(connection);
  const lightTransaction = connection.lightTransaction.bind(connection);
  let writes = 0;
  let depth = 0;
  let other: Database.Database | undefined;
  const write = () => {
    if (depth > 0) return;
    writes += 1;
    if (writes === n) {
      other = new Database(store.file);
      other.exec("BEGIN IMMEDIATE");
    }
  };
  const inside =
    <R>(fn: () => R) =>
    () => {
      depth += 1;
      try {
        return fn();
      } finally {
        depth -= 1;
      }
    };
  Object.assign(connection, {
    run(sql: string, params?: Parameters<SqlConnection["run"]>[1]) {
      write();
      return run(sql, params);
    },
    transaction<R>(fn: () => R): R {
      write();
      return transaction(inside(fn));
    },
    lightTransaction<R>(fn: () => R): R {
      write();
      return lightTransaction(inside(fn));
    },
  });
  try {
    const result = await during();
    if (!other)
      throw new Error(`only ${writes} writes were made, not the ${n} the database was to be busy from`);
    return result;
  } finally {
    for (const method of ["run", "transaction", "lightTransaction"])
      Reflect.deleteProperty(connection, method);
    if (other) {
      other.exec("ROLLBACK");
      other.close();
    }
  }
}
