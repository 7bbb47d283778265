import {
  accessSync,
  closeSync,
  constants,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  rmSync,
  statSync,
} from "node:fs";
import { basename, dirname } from "node:path";
import Database from "better-sqlite3";
import { FeedbackStore } from "./feedback.ts";
import { loadMigrations, migrate, migrationProblem } from "./migrate.ts";
import { OverlayStore } from "./overlay-store.ts";
import { IN_MEMORY, MIGRATIONS_DIR, shownPath } from "./paths.ts";
import { SettingsStore } from "./settings.ts";
import { SourceDraftStore } from "./source-drafts.ts";
import { type SqlConnection, SqliteConnection, scalar } from "./sql.ts";

export interface OpenOptions {
  /** Folder of NNNN_name.sql files; the repository's migrations/ by default. */
  migrationsDir?: string;
  /** Clock for stored timestamps (tests). */
  now?: () => Date;
  /** Milliseconds to wait for another connection's write lock before giving up. */
  busyTimeoutMs?: number;
  /**
   * Only reading (`npm run facts -- export/history`): an existing database is opened read-only, so
   * a read-only file (a backup, a read-only mount) can be read; nothing is migrated or written, and
   * any -wal/-shm that SQLite creates to read it are removed again on close.
   */
  readOnly?: boolean;
}

export type StoreErrorKind =
  | "unreadable"
  | "not-a-database"
  | "corrupt"
  | "too-new"
  | "migration-failed"
  | "locked"
  | "read-only"
  | "no-folder"
  | "outdated"
  | "unreachable"
  | "bad-url";

export interface StoreError {
  kind: StoreErrorKind;
  /** The database file as given, or the server's address without its password. */
  file: string;
  /** One line naming the file and what is wrong, ready to print. */
  message: string;
}

/** `created`: there was no database at the path (or an empty file) and this call made one. */
export type OpenResult<S extends Store = Store> =
  | { ok: true; store: S; created: boolean }
  | { ok: false; error: StoreError };

/** The longest file name Linux, macOS and Windows file systems take, with "-wal" added by SQLite. */
const MAX_FILE_NAME_BYTES = 255 - "-wal".length;

const SQLITE_HEADER = Buffer.from("SQLite format 3\0", "latin1");

/**
 * Opens (creating if missing) the database at `file`, checks it, and migrates it. A file that is
 * not a healthy SQLite database, or that this process may not write, is reported, naming it, and
 * left exactly as it was: nothing here ever repairs or replaces a user's database, and a failed
 * open removes whatever it created (the file itself, `-wal`, `-shm`). A database is created only
 * in a folder that exists: a mistyped folder must not silently start an empty database.
 */
export function openStore(file: string, options: OpenOptions = {}): OpenResult<SqliteStore> {
  const now = options.now ?? (() => new Date());
  const shown = shownPath(file);
  const fail = (kind: StoreErrorKind, why: string): { ok: false; error: StoreError } => ({
    ok: false,
    error: { kind, file, message: `database ${shown}: ${why}` },
  });
  if (file === IN_MEMORY) return connect(file, now, options, fail, () => undefined);
  // The file system would refuse every use of the name (ENAMETOOLONG), even removing what it made.
  if (Buffer.byteLength(basename(file)) > MAX_FILE_NAME_BYTES) {
    return fail(
      "no-folder",
      `the file name is too long (${Buffer.byteLength(basename(file))} bytes; at most ${MAX_FILE_NAME_BYTES}); correct the path (DATABASE_PATH or --db)`,
    );
  }
  if (options.readOnly) return openForReading(file, options, now, fail);

  const exists = existsSync(file);
  if (exists) {
    const header = readHeader(file);
    if (!header.ok) return fail("unreadable", `cannot read the file ${header.message}`);
    if (!writable(file)) {
      return fail("read-only", "the file is read-only for this user; the bot must be able to write to it");
    }
    if (header.size > 0) {
      if (header.size < 100) {
        return fail("corrupt", `the file is truncated (${header.size} bytes); it was left untouched`);
      }
      if (!header.bytes.subarray(0, 16).equals(SQLITE_HEADER)) {
        return fail("not-a-database", "the file is not a SQLite database; it was left untouched");
      }
    }
  }
  const folder = dirname(file);
  const folderProblem = folderUnusable(folder);
  if (folderProblem) return fail(folderProblem.kind, folderProblem.message);
  const empty = !exists || statSync(file).size === 0;
  if (!empty) {
    const check = checkReadOnly(file);
    if (!check.ok) return fail(check.kind, `${check.message}; it was left untouched`);
  }
  // Whatever this call creates is removed again if the database turns out unusable.
  const created = [file, `${file}-wal`, `${file}-shm`].filter((path) => !existsSync(path));
  const opened = connect(file, now, options, fail, () => {
    for (const path of created) rmSync(path, { force: true });
  });
  if (!opened.ok) return opened;
  return { ...opened, created: empty };
}

function connect(
  file: string,
  now: () => Date,
  options: OpenOptions,
  fail: (kind: StoreErrorKind, why: string) => { ok: false; error: StoreError },
  undo: () => void,
): OpenResult<SqliteStore> {
  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (error) {
    undo();
    return fail("unreadable", `cannot open the file (${messageOf(error)})`);
  }
  const failed = (kind: StoreErrorKind, why: string) => {
    if (db.open) db.close();
    undo();
    return fail(kind, why);
  };
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    const mode = db.pragma("journal_mode = WAL", { simple: true });
    if (mode !== "wal" && !(file === IN_MEMORY && mode === "memory")) {
      return failed("unreadable", `cannot switch to WAL mode (journal mode is ${String(mode)})`);
    }
    // FULL: a change acknowledged to a moderator survives a crash of the process and of the machine.
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    // A write lock taken and given back: a read-only file system or file is found now, at start-up,
    // not at a moderator's first change.
    db.exec("BEGIN IMMEDIATE; ROLLBACK");
    const connection = new SqliteConnection(db);
    const migrated = migrate(connection, loadMigrations(options.migrationsDir ?? MIGRATIONS_DIR), now);
    if (!migrated.ok) {
      const problem = migrationProblem(migrated);
      return failed(problem.kind, problem.why);
    }
    return { ok: true, store: new SqliteStore(db, file, now), created: false };
  } catch (error) {
    const code = String((error as { code?: unknown }).code ?? "");
    if (code === "SQLITE_BUSY") {
      const seconds = Math.round((options.busyTimeoutMs ?? 5000) / 100) / 10;
      return failed(
        "locked",
        `another process (the bot saving a change, or an import) held its write lock for more than ${seconds} s, ` +
          "so nothing was done; it is safe to try again in a moment",
      );
    }
    if (code === "SQLITE_CORRUPT" || code === "SQLITE_NOTADB") {
      return failed("corrupt", `the database is damaged (${messageOf(error)})`);
    }
    if (code.startsWith("SQLITE_READONLY") || code.startsWith("SQLITE_CANTOPEN")) {
      return failed("read-only", `cannot write to it (${messageOf(error)})`);
    }
    return failed("unreadable", messageOf(error));
  }
}

/** Deletes a database and its companions; only for one this process created and closed. */
export function removeDatabaseFiles(file: string): void {
  if (file === IN_MEMORY) return;
  for (const path of [file, `${file}-wal`, `${file}-shm`]) rmSync(path, { force: true });
}

function openForReading(
  file: string,
  options: OpenOptions,
  now: () => Date,
  fail: (kind: StoreErrorKind, why: string) => { ok: false; error: StoreError },
): OpenResult<SqliteStore> {
  const header = readHeader(file);
  if (!header.ok) return fail("unreadable", `cannot read the file ${header.message}`);
  if (header.size < 100)
    return fail("corrupt", `the file is truncated (${header.size} bytes); it was left untouched`);
  if (!header.bytes.subarray(0, 16).equals(SQLITE_HEADER)) {
    return fail("not-a-database", "the file is not a SQLite database; it was left untouched");
  }
  if (!writable(dirname(file)) && existsSync(`${file}-wal`) && !existsSync(`${file}-shm`)) {
    const name = basename(file);
    return fail(
      "read-only",
      `its folder is read-only, and SQLite can read its ${name}-wal only by making an ${name}-shm beside it; ` +
        "copy the database with its -wal to a folder you may write and read the copy",
    );
  }
  const companions = [`${file}-wal`, `${file}-shm`].filter((path) => !existsSync(path));
  const cleanUp = () => {
    for (const path of companions) rmSync(path, { force: true });
  };
  const check = checkReadOnly(file);
  if (!check.ok) return fail(check.kind, `${check.message}; it was left untouched`);
  let db: Database.Database;
  try {
    db = openReadOnly(file);
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
  } catch (error) {
    cleanUp();
    return fail("unreadable", `cannot open the file (${messageOf(error)})`);
  }
  try {
    const known = loadMigrations(options.migrationsDir ?? MIGRATIONS_DIR).at(-1)?.version ?? 0;
    const version = Number(db.prepare("SELECT max(version) FROM schema_migrations").pluck().get() ?? 0);
    if (version > known) {
      db.close();
      cleanUp();
      return fail(
        "too-new",
        `schema version ${version} is newer than this program knows (${known}); upgrade the program`,
      );
    }
    if (version < known) {
      db.close();
      cleanUp();
      return fail(
        "outdated",
        `it was written by an older version (schema ${version} of ${known}); start the bot on it once to bring it up to date`,
      );
    }
    return { ok: true, store: new SqliteStore(db, file, now, cleanUp), created: false };
  } catch (error) {
    db.close();
    cleanUp();
    return fail("unreadable", `cannot read it (${messageOf(error)})`);
  }
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** SQLite writes `-wal` and `-shm` beside the database, so its folder must exist and be writable. */
function folderUnusable(folder: string): { kind: StoreErrorKind; message: string } | undefined {
  let isFolder: boolean;
  try {
    isFolder = statSync(folder).isDirectory();
  } catch {
    return {
      kind: "no-folder",
      message: `the folder ${shownPath(folder)} does not exist; create it, or correct the path (DATABASE_PATH or --db)`,
    };
  }
  if (!isFolder) return { kind: "no-folder", message: `${shownPath(folder)} is not a folder` };
  if (!writable(folder)) {
    return {
      kind: "read-only",
      message: `the folder ${shownPath(folder)} is read-only for this user; SQLite writes its -wal and -shm files there`,
    };
  }
  return undefined;
}

/** An open, migrated database and the stores over it, whichever database it is. */
export abstract class Store {
  readonly overlays: OverlayStore;
  readonly feedback: FeedbackStore;
  readonly settings: SettingsStore;
  /** /source add drafts waiting for review (24 hours). */
  readonly sourceDrafts: SourceDraftStore;

  constructor(
    readonly connection: SqlConnection,
    /** The database file, or the PostgreSQL server's address without its password: for messages. */
    readonly file: string,
    readonly now: () => Date,
  ) {
    this.overlays = new OverlayStore(connection, now);
    this.feedback = new FeedbackStore(connection, now);
    this.settings = new SettingsStore(connection, now);
    this.sourceDrafts = new SourceDraftStore(connection, now);
  }

  get schemaVersion(): number {
    return Number(scalar(this.connection, "SELECT max(version) AS version FROM schema_migrations") ?? 0);
  }

  /** Whether a write would succeed now, without waiting for another writer. For the health check. */
  abstract writable(): boolean;

  /**
   * Whether another process holds the write lock now, so that a write would wait for it (found
   * without waiting). Where asking would itself be a round trip to a server, false.
   */
  lockedElsewhere(): boolean {
    return false;
  }

  /**
   * Whether a write made now may have to wait for another's lock, holding the event loop (the
   * database's calls are synchronous): an interaction that writes is then acknowledged first, so
   * that its reply still reaches Discord. Here: another process holds the write lock now.
   */
  writeMayWait(): boolean {
    return this.lockedElsewhere();
  }

  /** ["ok"] when the database is healthy. */
  abstract integrityCheck(): string[];

  abstract close(): void;
}

/** The embedded database: one SQLite file (WAL) beside the bot. */
export class SqliteStore extends Store {
  constructor(
    readonly db: Database.Database,
    file: string,
    now: () => Date,
    /** After closing: what the opening left to undo (a read-only open's -wal/-shm). */
    private readonly afterClose: () => void = () => undefined,
  ) {
    super(new SqliteConnection(db), file, now);
  }

  /**
   * Whether a write would succeed now: the file is writable and SQLite grants the write lock
   * (taken and given back at once). For the health check.
   */
  writable(): boolean {
    if (!this.db.open) return false;
    try {
      if (this.file !== IN_MEMORY) accessSync(this.file, constants.W_OK);
    } catch {
      return false;
    }
    // Busy means another writer holds the lock right now: the database itself is fine.
    return this.tryWriteLock() !== "failed";
  }

  override lockedElsewhere(): boolean {
    return this.db.open && this.tryWriteLock() === "busy";
  }

  /** Takes the write lock and gives it back at once, never waiting for another process's. */
  private tryWriteLock(): "taken" | "busy" | "failed" {
    // Not waiting: a health check, or a check before a write, must never stall the event loop.
    const wait = this.db.pragma("busy_timeout", { simple: true });
    try {
      this.db.pragma("busy_timeout = 0");
      this.db.exec("BEGIN IMMEDIATE; ROLLBACK");
      return "taken";
    } catch (error) {
      return String((error as { code?: unknown }).code) === "SQLITE_BUSY" ? "busy" : "failed";
    } finally {
      this.db.pragma(`busy_timeout = ${Number(wait)}`);
    }
  }

  /** `PRAGMA integrity_check`: ["ok"] when the file is healthy. */
  integrityCheck(): string[] {
    return this.db
      .prepare("PRAGMA integrity_check")
      .pluck()
      .all()
      .map((row) => String(row));
  }

  close(): void {
    if (!this.db.open) return;
    this.db.close();
    this.afterClose();
  }
}

function readHeader(
  file: string,
): { ok: true; size: number; bytes: Buffer } | { ok: false; message: string } {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { ok: false, message: "(not a regular file)" };
    const bytes = Buffer.alloc(100);
    const fd = openSync(file, "r");
    try {
      readSync(fd, bytes, 0, 100, 0);
    } finally {
      closeSync(fd);
    }
    return { ok: true, size: stat.size, bytes };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    // Node's "EACCES: permission denied, open '…'" says neither whose nor what to do.
    if (code === "EACCES" || code === "EPERM")
      return {
        ok: false,
        message: "(permission denied): fix its permissions, or run this as the user that owns it",
      };
    return { ok: false, message: `(${messageOf(error)})` };
  }
}

/**
 * Opens the file read-only and runs SQLite's quick check, before any connection that could write.
 * Read-only SQLite may create empty -wal/-shm companions for a WAL database: those it created are
 * removed again, so a damaged file is found exactly as it was.
 */
function checkReadOnly(
  file: string,
): { ok: true } | { ok: false; kind: "corrupt" | "unreadable"; message: string } {
  const companions = [`${file}-wal`, `${file}-shm`].filter((path) => !existsSync(path));
  let healthy = false;
  try {
    const db = openReadOnly(file);
    try {
      const result = db.prepare("PRAGMA quick_check").pluck().all();
      healthy = result.length === 1 && result[0] === "ok";
      if (!healthy) {
        return { ok: false, kind: "corrupt", message: `the database is damaged (${String(result[0])})` };
      }
      return { ok: true };
    } finally {
      db.close();
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (code === "SQLITE_CORRUPT" || code === "SQLITE_NOTADB") {
      return { ok: false, kind: "corrupt", message: `the database is damaged (${messageOf(error)})` };
    }
    return { ok: false, kind: "unreadable", message: `cannot read it (${messageOf(error)})` };
  } finally {
    if (!healthy) for (const path of companions) rmSync(path, { force: true });
  }
}

/**
 * A read-only connection. SQLite reads a WAL database only if it can create the -shm beside it: in
 * a folder this user may not write (a read-only mount, a backup of someone else's) with no -wal
 * left there (a clean close), the file alone holds everything, and a copy of it in memory is read
 * instead, marked as a rollback-journal database, which is all an in-memory copy can be.
 */
function openReadOnly(file: string): Database.Database {
  if (writable(dirname(file)) || existsSync(`${file}-wal`)) {
    return new Database(file, { readonly: true, fileMustExist: true });
  }
  const copy = readFileSync(file);
  // Bytes 18 and 19: the file format's write and read versions, 2 for WAL, 1 for a journal.
  if (copy.length >= 100) copy.fill(1, 18, 20);
  return new Database(copy, { readonly: true });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
