import { closeSync, existsSync, mkdirSync, openSync, readSync, rmSync, statSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { FeedbackStore } from "./feedback.ts";
import { loadMigrations, migrate } from "./migrate.ts";
import { OverlayStore } from "./overlay-store.ts";
import { IN_MEMORY, MIGRATIONS_DIR, shownPath } from "./paths.ts";
import { SettingsStore } from "./settings.ts";
import { SourceDraftStore } from "./source-drafts.ts";

export interface OpenOptions {
  /** Folder of NNNN_name.sql files; the repository's migrations/ by default. */
  migrationsDir?: string;
  /** Clock for stored timestamps (tests). */
  now?: () => Date;
  /** Milliseconds to wait for another connection's write lock before giving up. */
  busyTimeoutMs?: number;
}

export type StoreErrorKind =
  | "unreadable"
  | "not-a-database"
  | "corrupt"
  | "too-new"
  | "migration-failed"
  | "locked";

export interface StoreError {
  kind: StoreErrorKind;
  /** The database file, as given. */
  file: string;
  /** One line naming the file and what is wrong, ready to print. */
  message: string;
}

export type OpenResult = { ok: true; store: Store } | { ok: false; error: StoreError };

const SQLITE_HEADER = Buffer.from("SQLite format 3\0", "latin1");

/**
 * Opens (creating if missing) the database at `file`, checks it, and migrates it. A file that is
 * not a healthy SQLite database is reported, naming it, and left exactly as it was: nothing here
 * ever repairs or replaces a user's database.
 */
export function openStore(file: string, options: OpenOptions = {}): OpenResult {
  const now = options.now ?? (() => new Date());
  const shown = shownPath(file);
  const fail = (kind: StoreErrorKind, why: string): OpenResult => ({
    ok: false,
    error: { kind, file, message: `database ${shown}: ${why}` },
  });

  const exists = file !== IN_MEMORY && existsSync(file);
  if (exists) {
    const header = readHeader(file);
    if (!header.ok) return fail("unreadable", `cannot read the file (${header.message})`);
    if (header.size > 0) {
      if (header.size < 100) {
        return fail("corrupt", `the file is truncated (${header.size} bytes); it was left untouched`);
      }
      if (!header.bytes.subarray(0, 16).equals(SQLITE_HEADER)) {
        return fail("not-a-database", "the file is not a SQLite database; it was left untouched");
      }
      const check = checkReadOnly(file);
      if (!check.ok) return fail(check.kind, `${check.message}; it was left untouched`);
    }
  } else if (file !== IN_MEMORY) {
    try {
      mkdirSync(dirname(file), { recursive: true });
    } catch (error) {
      return fail("unreadable", `cannot create its folder (${messageOf(error)})`);
    }
  }

  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (error) {
    return fail("unreadable", `cannot open the file (${messageOf(error)})`);
  }
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`);
    const mode = db.pragma("journal_mode = WAL", { simple: true });
    if (mode !== "wal" && !(file === IN_MEMORY && mode === "memory")) {
      db.close();
      return fail("unreadable", `cannot switch to WAL mode (journal mode is ${String(mode)})`);
    }
    // FULL: a change acknowledged to a moderator survives a crash of the process and of the machine.
    db.pragma("synchronous = FULL");
    db.pragma("foreign_keys = ON");
    const migrated = migrate(db, loadMigrations(options.migrationsDir ?? MIGRATIONS_DIR), now);
    if (!migrated.ok) {
      db.close();
      return migrated.kind === "too-new"
        ? fail(
            "too-new",
            `schema version ${migrated.version} is newer than this program knows (${migrated.known}); upgrade the program`,
          )
        : fail("migration-failed", `migration ${migrated.migration} failed: ${migrated.message}`);
    }
    return { ok: true, store: new Store(db, file, now) };
  } catch (error) {
    db.close();
    const code = (error as { code?: unknown }).code;
    if (code === "SQLITE_BUSY") return fail("locked", "another process holds a write lock on it");
    if (code === "SQLITE_CORRUPT" || code === "SQLITE_NOTADB") {
      return fail("corrupt", `the database is damaged (${messageOf(error)})`);
    }
    return fail("unreadable", messageOf(error));
  }
}

/** An open, migrated database and the stores over it. */
export class Store {
  readonly overlays: OverlayStore;
  readonly feedback: FeedbackStore;
  readonly settings: SettingsStore;
  /** /source add drafts waiting for review (24 hours). */
  readonly sourceDrafts: SourceDraftStore;

  constructor(
    readonly db: Database.Database,
    readonly file: string,
    readonly now: () => Date,
  ) {
    this.overlays = new OverlayStore(db, now);
    this.feedback = new FeedbackStore(db, now);
    this.settings = new SettingsStore(db, now);
    this.sourceDrafts = new SourceDraftStore(db, now);
  }

  get schemaVersion(): number {
    return Number(this.db.prepare("SELECT max(version) FROM schema_migrations").pluck().get() ?? 0);
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
    if (this.db.open) this.db.close();
  }
}

function readHeader(
  file: string,
): { ok: true; size: number; bytes: Buffer } | { ok: false; message: string } {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) return { ok: false, message: "not a regular file" };
    const bytes = Buffer.alloc(100);
    const fd = openSync(file, "r");
    try {
      readSync(fd, bytes, 0, 100, 0);
    } finally {
      closeSync(fd);
    }
    return { ok: true, size: stat.size, bytes };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
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
    const db = new Database(file, { readonly: true, fileMustExist: true });
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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
