/**
 * An operator reads a backup of the database where it cannot write at all: a read-only mount, or a
 * folder of someone else's. `npm run facts -- export` and `history` only read, so they must work
 * there (SQLite cannot create its -wal/-shm companions beside the file), and write nothing.
 *
 * A folder cannot be made read-only for root, so when the tests run as root (containers) those
 * runs use the unprivileged `nobody` account, as a real operator would be.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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
  chmodSync(mount, 0o755);
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
});
