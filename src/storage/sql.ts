import Database from "better-sqlite3";
import { StorageError } from "./storage-error.ts";

/** The channel every write transaction notifies on PostgreSQL (delivered when it commits). */
export const CHANGES_CHANNEL = "attache_changes";

/** A value bound to a `?` placeholder. */
export type SqlValue = string | number | null;

/** A row as the database returns it, by column name. */
export type SqlRow = Record<string, unknown>;

/**
 * One connection to the database, whichever it is: the stores write their SQL once, with `?`
 * placeholders and SQL that both SQLite and PostgreSQL read the same way, and ask `dialect` only
 * where the two differ. Calls are synchronous: better-sqlite3 is, and the PostgreSQL connection
 * runs in a worker thread that the calling thread waits for (see pg-connection.ts).
 */
export interface SqlConnection {
  readonly dialect: "sqlite" | "postgres";
  /** Rows typed as the caller declares them (the schema is the migrations'). */
  all<R extends object = SqlRow>(sql: string, params?: readonly SqlValue[]): R[];
  get<R extends object = SqlRow>(sql: string, params?: readonly SqlValue[]): R | undefined;
  /** Runs a statement; the number of rows it changed. */
  run(sql: string, params?: readonly SqlValue[]): number;
  /** Runs one or more statements without parameters (migrations). */
  exec(sql: string): void;
  /**
   * Runs `fn` as one write transaction: on SQLite `BEGIN IMMEDIATE` (one writer at a time); on
   * PostgreSQL a transaction holding the database's write lock (an advisory lock), so read-check-
   * write cannot interleave between processes either. Nested calls are savepoints.
   */
  transaction<T>(fn: () => T): T;
  /** Like `transaction`, committed without waiting for the disk (votes, unanswered questions). */
  lightTransaction<T>(fn: () => T): T;
  close(): void;
  readonly open: boolean;
}

/** The first column of the first row (SQLite's `pluck`). */
export function scalar(connection: SqlConnection, sql: string, params?: readonly SqlValue[]): unknown {
  const row = connection.get(sql, params);
  return row === undefined ? undefined : Object.values(row)[0];
}

/** better-sqlite3 behind SqlConnection. */
export class SqliteConnection implements SqlConnection {
  readonly dialect = "sqlite";
  private readonly statements = new Map<string, Database.Statement>();

  constructor(readonly db: Database.Database) {}

  /** A prepared statement, prepared once per connection. */
  private prepare(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  all<R extends object = SqlRow>(sql: string, params: readonly SqlValue[] = []): R[] {
    try {
      return this.prepare(sql).all(...params) as R[];
    } catch (error) {
      throw fromSqlite(error);
    }
  }

  get<R extends object = SqlRow>(sql: string, params: readonly SqlValue[] = []): R | undefined {
    try {
      return this.prepare(sql).get(...params) as R | undefined;
    } catch (error) {
      throw fromSqlite(error);
    }
  }

  run(sql: string, params: readonly SqlValue[] = []): number {
    try {
      return this.prepare(sql).run(...params).changes;
    } catch (error) {
      throw fromSqlite(error);
    }
  }

  exec(sql: string): void {
    try {
      this.db.exec(sql);
    } catch (error) {
      throw fromSqlite(error);
    }
  }

  transaction<T>(fn: () => T): T {
    try {
      return this.db.transaction(fn).immediate();
    } catch (error) {
      // BEGIN IMMEDIATE's "database is locked" and COMMIT's failures; `fn`'s own errors pass as they are.
      throw fromSqlite(error);
    }
  }

  /**
   * In WAL mode `synchronous = NORMAL` keeps the file consistent and survives a crash of the
   * process; a power cut may lose the last such batch, never a moderator's change (those commit
   * with the connection's FULL, which also syncs whatever came before).
   */
  lightTransaction<T>(fn: () => T): T {
    try {
      const level = Number(this.db.pragma("synchronous", { simple: true }));
      this.db.pragma("synchronous = NORMAL");
      try {
        return this.db.transaction(fn)();
      } finally {
        this.db.pragma(`synchronous = ${level}`);
      }
    } catch (error) {
      throw fromSqlite(error);
    }
  }

  get open(): boolean {
    return this.db.open;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

/**
 * better-sqlite3's error as the storage layer's (its code, message and the original as the cause
 * kept); any other error (a handler's own, thrown inside a transaction) as it is.
 */
function fromSqlite(error: unknown): unknown {
  if (error instanceof StorageError || !(error instanceof Database.SqliteError)) return error;
  return new StorageError(error.message, error.code, { cause: error });
}
