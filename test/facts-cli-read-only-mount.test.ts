/**
 * An operator reads a backup of the database where it cannot write at all: a read-only mount, or a
 * folder of someone else's. `npm run facts -- export` and `history` only read, so they must work
 * there (SQLite cannot create its -wal/-shm companions beside the file), and write nothing.
 *
 * A folder cannot be made read-only for root, so when the tests run as root (containers) those
 * runs use the unprivileged `nobody` account, as a real operator would be.
 */
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Fact } from "../src/engine/schema.ts";
import { runFacts as facts, CLI_TIMEOUT_MS as TIMEOUT_MS } from "./support/facts-cli.ts";

const GUILD = "123456789012345678";

let root: string;
let mount: string;
let database: string;
let edited: Fact;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "attache-read-only-mount-"));
  chmodSync(root, 0o755);
  mount = join(root, "backup");
  mkdirSync(mount);
  database = join(mount, "attache.db");
  // A server's overlay with one edited fact, written while the folder was still writable.
  const exported = await facts(["export"]);
  if (exported.code !== 0) throw new Error(exported.stderr);
  const overlay = JSON.parse(exported.stdout) as { facts: Fact[] };
  const first = overlay.facts[0];
  if (!first) throw new Error("the seed data has no facts");
  edited = { ...first, statement: `${first.statement} (as a moderator corrected it)` };
  const file = join(root, "overlay.json");
  writeFileSync(file, JSON.stringify({ ...overlay, facts: [edited] }));
  const imported = await facts(["import", file, "--guild", GUILD, "--db", database]);
  if (imported.code !== 0) throw new Error(imported.stderr);
  // Now the mount is read-only: the file and its folder.
  chmodSync(database, 0o444);
  chmodSync(mount, 0o555);
}, TIMEOUT_MS * 2);
afterAll(() => {
  if (!root) return;
  for (const folder of readdirSync(root)) chmodSync(join(root, folder), 0o755);
  rmSync(root, { recursive: true, force: true });
});

describe("a database backup on a read-only mount can be read with npm run facts", {
  timeout: TIMEOUT_MS,
}, () => {
  it("export --guild prints the server's overlay, and history shows the moderator's revision", async () => {
    const before = readdirSync(mount).sort();
    const [exported, history] = await Promise.all([
      facts(["export", "--guild", GUILD, "--db", database], { unprivileged: true }),
      facts(["history", edited.id, "--guild", GUILD, "--db", database], { unprivileged: true }),
    ]);
    expect([exported.code, history.code], `${exported.stderr}${history.stderr}`).toEqual([0, 0]);
    expect(exported.stderr + history.stderr).toBe("");
    const overlay = JSON.parse(exported.stdout) as { guild: string; facts: Fact[] };
    expect(overlay.guild).toBe(GUILD);
    expect(overlay.facts.map((f) => f.statement)).toEqual([edited.statement]);
    expect(history.stdout).toMatch(new RegExp(`^${edited.id} in guild ${GUILD}: revision 2, active`));
    expect(history.stdout).toContain(edited.statement);
    expect(readdirSync(mount).sort()).toEqual(before);
  });

  it("import into it is still refused in one line, naming the folder", async () => {
    const file = join(root, "overlay.json");
    const refused = await facts(["import", file, "--guild", GUILD, "--db", database], { unprivileged: true });
    expect(refused.code).toBe(1);
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toMatch(
      /^error: database .*attache\.db: the (file|folder .*) is read-only for this user/,
    );
  });

  it("a copy taken while the bot was writing (its -wal beside it, no -shm): one line saying what to do", async () => {
    // The database with changes still in its -wal, copied without the -shm, as a file backup may.
    const live = join(root, "live");
    mkdirSync(live);
    copyFileSync(join(root, "backup", "attache.db"), join(live, "attache.db"));
    chmodSync(join(live, "attache.db"), 0o644);
    const db = new Database(join(live, "attache.db"));
    db.pragma("wal_autocheckpoint = 0");
    db.exec("CREATE TABLE IF NOT EXISTS backup_marker (x INTEGER); INSERT INTO backup_marker VALUES (1)");
    const copy = join(root, "copied");
    mkdirSync(copy);
    copyFileSync(join(live, "attache.db"), join(copy, "attache.db"));
    copyFileSync(join(live, "attache.db-wal"), join(copy, "attache.db-wal"));
    db.close();
    chmodSync(join(copy, "attache.db"), 0o444);
    chmodSync(join(copy, "attache.db-wal"), 0o444);
    chmodSync(copy, 0o555);
    const before = readdirSync(copy).sort();
    const run = await facts(["export", "--guild", GUILD, "--db", join(copy, "attache.db")], {
      unprivileged: true,
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr.trim().split("\n")).toEqual([
      `error: database ${join(copy, "attache.db")}: its folder is read-only, and SQLite can read its attache.db-wal only by making an attache.db-shm beside it; copy the database with its -wal to a folder you may write and read the copy`,
    ]);
    expect(readdirSync(copy).sort()).toEqual(before);
  });
});
