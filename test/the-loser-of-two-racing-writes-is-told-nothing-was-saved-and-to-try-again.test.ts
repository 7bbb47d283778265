/**
 * Two writers race for SQLite's one write lock: an import while the bot saves a change, two
 * imports, two moderators. The one that waits longer than the busy timeout gave up with
 * "database …: another process holds a write lock on it" (an import: "the import did not finish
 * (database is locked); run it again (what it saved counts as unchanged)"), and a moderator got
 * "Something went wrong (ref …)": neither said that nothing was written nor that doing it again is
 * safe. Each now says what happened, that nothing was saved, and that trying again is safe.
 */
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { contendedMessage } from "../src/discord/errors.ts";
import { openStore } from "../src/storage/database.ts";
import { FactService } from "../src/storage/service.ts";
import {
  alice,
  baseEngine,
  FIXTURES,
  MEMORANDUM,
  openOrThrow,
  tempDirs,
} from "./fixtures/storage/support.ts";
import { runFacts as facts, CLI_TIMEOUT_MS as TIMEOUT_MS } from "./support/facts-cli.ts";

const GUILD = "123456789012345678";
const dirs = tempDirs();
afterAll(() => dirs.cleanup());

/** Another process's write transaction, held until `release`. */
function holdWriteLock(file: string): { release: () => void } {
  const other = new Database(file);
  other.exec("BEGIN IMMEDIATE");
  return {
    release: () => {
      other.exec("ROLLBACK");
      other.close();
    },
  };
}

describe("the loser of two racing writes", { timeout: 2 * TIMEOUT_MS }, () => {
  it("opening the database: says nothing was done and that trying again is safe", () => {
    const file = join(dirs.make(), "attache.db");
    openOrThrow(file).close();
    const lock = holdWriteLock(file);
    try {
      const opened = openStore(file, { busyTimeoutMs: 50 });
      if (opened.ok) throw new Error("opened under another's write lock");
      expect(opened.error.kind).toBe("locked");
      expect(opened.error.message).toMatch(
        /held its write lock for more than 0\.1 s, so nothing was done; it is safe to try again in a moment$/,
      );
    } finally {
      lock.release();
    }
  });

  it("a moderator's change: is told that nothing was saved and that doing it again is safe", () => {
    const file = join(dirs.make(), "attache.db");
    const opened = openStore(file, { busyTimeoutMs: 50 });
    if (!opened.ok) throw new Error(opened.error.message);
    const service = new FactService(baseEngine(), opened.store);
    const lock = holdWriteLock(file);
    let failure: unknown;
    try {
      service.addFact(GUILD, alice, MEMORANDUM);
    } catch (error) {
      failure = error;
    } finally {
      lock.release();
    }
    expect(contendedMessage(failure)).toMatch(
      /yours was not saved\. Nothing was changed: please do it again/,
    );
    expect(contendedMessage(new Error("disk I/O error"))).toBeUndefined();
    // Nothing half-done: the same change, made again, is saved.
    expect(service.addFact(GUILD, alice, MEMORANDUM).ok).toBe(true);
    opened.store.close();
  });

  it("npm run facts -- import: one line saying nothing was imported and to run it again", async () => {
    const file = join(dirs.make(), "attache.db");
    openOrThrow(file).close();
    const lock = holdWriteLock(file);
    let run: Awaited<ReturnType<typeof facts>>;
    try {
      run = await facts([
        "import",
        join(FIXTURES, "overlay", "trend-2024-05-02"),
        "--guild",
        GUILD,
        "--db",
        file,
      ]);
    } finally {
      lock.release();
    }
    expect(run.code).toBe(1);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: database .*attache\.db: .*nothing was done; it is safe to try again/);
  });
});
