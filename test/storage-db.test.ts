import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../src/storage/database.ts";
import { loadMigrations } from "../src/storage/migrate.ts";
import { databasePath, MIGRATIONS_DIR } from "../src/storage/paths.ts";
import { openOrThrow, tempDirs } from "./fixtures/storage/support.ts";

const dirs = tempDirs();
afterAll(() => dirs.cleanup());

let healthy: Buffer | undefined;
/** The bytes of a real, healthy database with some rows, closed and checkpointed. */
function healthyDatabase(): Buffer {
  if (healthy) return healthy;
  const file = join(dirs.make(), "healthy.db");
  const store = openOrThrow(file);
  store.db.transaction(() => {
    for (let i = 0; i < 400; i++) {
      store.feedback.recordUnanswered({
        guildId: "g",
        userId: "u",
        question: `question ${i} ${"x".repeat(200)}`,
      });
    }
  })();
  store.close();
  healthy = readFileSync(file);
  return healthy;
}

describe("opening the database", () => {
  it("creates the file in an existing folder, in WAL mode, with every migration recorded, and says so", () => {
    const file = join(dirs.make(), "attache.db");
    const opened = openStore(file);
    if (!opened.ok) throw new Error(opened.error.message);
    expect(opened.created).toBe(true);
    const store = opened.store;
    expect(existsSync(file)).toBe(true);
    expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
    const versions = store.db.prepare("SELECT version FROM schema_migrations ORDER BY version").pluck().all();
    expect(versions).toEqual(loadMigrations(MIGRATIONS_DIR).map((m) => m.version));
    expect(store.schemaVersion).toBe(loadMigrations(MIGRATIONS_DIR).at(-1)?.version);
    store.close();
    // Reopening applies nothing twice, and creates nothing.
    const again = openStore(file);
    if (!again.ok) throw new Error(again.error.message);
    expect(again.created).toBe(false);
    expect(again.store.db.prepare("SELECT count(*) FROM schema_migrations").pluck().get()).toBe(
      versions.length,
    );
    again.store.close();
  });

  it("refuses a path in a folder that does not exist, creating nothing (a typo must not start an empty database)", () => {
    const dir = dirs.make();
    const result = openStore(join(dir, "typo", "attache.db"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.kind).toBe("no-folder");
    expect(result.error.message).toBe(
      `database ${join(dir, "typo", "attache.db")}: the folder ${join(dir, "typo")} does not exist; create it, or correct the path (DATABASE_PATH or --db)`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it("takes its path from DATABASE_PATH, else data/attache.db", () => {
    const saved = process.env.DATABASE_PATH;
    try {
      process.env.DATABASE_PATH = "/tmp/somewhere/bot.db";
      expect(databasePath()).toBe("/tmp/somewhere/bot.db");
      expect(databasePath("/x/y.db")).toBe("/x/y.db");
      delete process.env.DATABASE_PATH;
      expect(databasePath().endsWith(join("data", "attache.db"))).toBe(true);
      // An empty line in .env is "not set", not "the working folder".
      process.env.DATABASE_PATH = "  ";
      expect(databasePath().endsWith(join("data", "attache.db"))).toBe(true);
      expect(databasePath("")).toBe(databasePath());
    } finally {
      if (saved === undefined) delete process.env.DATABASE_PATH;
      else process.env.DATABASE_PATH = saved;
    }
  });

  it("applies a new migration in a transaction, and a failing one not at all", () => {
    const dir = dirs.make();
    const migrations = join(dir, "migrations");
    mkdirSync(migrations);
    writeFileSync(join(migrations, "0001_one.sql"), "CREATE TABLE a (x);");
    const file = join(dir, "m.db");
    const options = { migrationsDir: migrations };
    // Version 1 from this folder of migrations (the project's own may be further along).
    const first = openStore(file, options);
    if (!first.ok) throw new Error(first.error.message);
    first.store.close();
    // Migration 2 creates a table, then fails: neither the table nor its version may remain.
    writeFileSync(join(migrations, "0002_two.sql"), "CREATE TABLE b (y); INSERT INTO nowhere VALUES (1);");
    const failed = openStore(file, options);
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.error.kind).toBe("migration-failed");
    expect(failed.error.message).toContain("0002_two.sql");
    const db = new Database(file, { readonly: true });
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'b'").get()).toBeUndefined();
    expect(db.prepare("SELECT max(version) FROM schema_migrations").pluck().get()).toBe(1);
    db.close();
  });

  it("refuses a database migrated by a newer program", () => {
    const dir = dirs.make();
    const file = join(dir, "new.db");
    const store = openOrThrow(file);
    store.db.prepare("INSERT INTO schema_migrations VALUES (999, '0999_future.sql', 'x')").run();
    store.close();
    const result = openStore(file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.kind).toBe("too-new");
  });
});

describe("the health check's question: can the bot write now?", () => {
  it("yes while open, also while another process holds the write lock (without waiting for it); no once closed", () => {
    const file = join(dirs.make(), "h.db");
    const store = openOrThrow(file);
    expect(store.writable()).toBe(true);
    const other = new Database(file);
    other.exec("BEGIN IMMEDIATE");
    const started = performance.now();
    expect(store.writable()).toBe(true);
    expect(performance.now() - started).toBeLessThan(1000);
    other.exec("ROLLBACK");
    other.close();
    // The wait for other writers is back to normal afterwards.
    expect(store.db.pragma("busy_timeout", { simple: true })).toBe(5000);
    store.close();
    expect(store.writable()).toBe(false);
  });
});

describe("a database in memory only", () => {
  it("opens ':memory:' without creating a file of that name", () => {
    const cwd = process.cwd();
    const dir = dirs.make();
    process.chdir(dir);
    try {
      expect(databasePath(":memory:")).toBe(":memory:");
      const store = openOrThrow(databasePath(":memory:"));
      expect(store.db.prepare("SELECT count(*) FROM schema_migrations").pluck().get()).toBeGreaterThan(0);
      store.close();
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe("a damaged database file is reported, named, and left untouched", () => {
  const cases: [string, (bytes: Buffer) => Buffer, string][] = [
    [
      "garbage",
      () => Buffer.from("this is not a database, just some words\n".repeat(200)),
      "not a SQLite database",
    ],
    ["truncated to half", (b) => b.subarray(0, Math.floor(b.length / 2)), "damaged"],
    ["truncated to its first page", (b) => b.subarray(0, 4096), "damaged"],
    ["truncated inside the header", (b) => b.subarray(0, 60), "truncated"],
    ["with a page overwritten", (b) => Buffer.from(b).fill(0x41, 8192, 12288), "damaged"],
  ];
  for (const [name, damage, words] of cases) {
    it(name, () => {
      const dir = dirs.make();
      const file = join(dir, "attache.db");
      const bytes = damage(healthyDatabase());
      writeFileSync(file, bytes);
      const result = openStore(file);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.file).toBe(file);
      expect(result.error.message).toContain("attache.db");
      expect(result.error.message).toContain(words);
      expect(result.error.message).not.toContain("\n");
      expect(readFileSync(file).equals(bytes)).toBe(true);
      // No companions left behind either.
      expect(readdirSync(dir).filter((f) => f.startsWith("attache.db"))).toEqual(["attache.db"]);
    });
  }

  it("a folder where the file should be", () => {
    const dir = dirs.make();
    const result = openStore(dir);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toContain("cannot read");
  });

  it("an empty file is a new database", () => {
    const file = join(dirs.make(), "empty.db");
    writeFileSync(file, "");
    openOrThrow(file).close();
  });
});

describe("feedback and gaps", () => {
  it("commits a batch of feedback without a disk sync of its own, and keeps FULL for moderators' changes", () => {
    const store = openOrThrow(join(dirs.make(), "b.db"));
    const FULL = 2;
    expect(store.db.pragma("synchronous", { simple: true })).toBe(FULL);
    const during: unknown[] = [];
    store.feedback.batch(() => {
      during.push(store.db.pragma("synchronous", { simple: true }));
      store.feedback.recordUnanswered({ guildId: "A", userId: "1", question: "Who chairs NAM?" });
    });
    expect(during).toEqual([1]);
    expect(store.db.pragma("synchronous", { simple: true })).toBe(FULL);
    expect(store.feedback.gaps("A").map((gap) => gap.question)).toEqual(["Who chairs NAM?"]);
    store.close();
  });
});
