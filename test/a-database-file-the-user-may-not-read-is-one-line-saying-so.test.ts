/**
 * A SQLite database the user running `npm run facts` may not read (the bot's file, owned by its
 * service user, `chmod 600`) was `cannot read the file (EACCES: permission denied, open '…')`,
 * Node's words; and one inside a folder this user may not enter was reported as `does not exist`,
 * sending the operator to look for a file that is there. Each is now one line saying permission
 * was denied and what to do.
 */
import { execFile } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStore } from "../src/storage/database.ts";

const ROOT = resolve(import.meta.dirname, "..");
const TIMEOUT_MS = 60_000;
const NOBODY = 65534;
const GUILD = "123456789012345678";
const root = mkdtempSync(join(tmpdir(), "attache-unreadable-db-"));
chmodSync(root, 0o755);
const EMPTY = join(root, "empty.json");
writeFileSync(
  EMPTY,
  JSON.stringify({
    format: "attache-overlay",
    version: 1,
    sources: [],
    entities: [],
    events: [],
    facts: [],
    aliases: [],
    removedFacts: [],
  }),
);
chmodSync(EMPTY, 0o644);
afterAll(() => {
  chmodSync(join(root, "closed"), 0o755);
  rmSync(root, { recursive: true, force: true });
});

function facts(args: string[]) {
  // As nobody when the tests run as root: a file without permissions is not closed to root.
  const as = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      ["--import", "tsx", join(ROOT, "src", "cli", "facts.ts"), ...args],
      { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" }, timeout: TIMEOUT_MS, ...as },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}

function database(folder: string): string {
  mkdirSync(folder, { recursive: true });
  const file = join(folder, "attache.db");
  const opened = openStore(file);
  if (!opened.ok) throw new Error(opened.error.message);
  opened.store.close();
  return file;
}

describe("a database the user may not read", { timeout: TIMEOUT_MS }, () => {
  it("is one line saying permission was denied and what to do, never 'does not exist'", async () => {
    const locked = database(join(root, "open"));
    chmodSync(locked, 0o000);
    const hidden = database(join(root, "closed"));
    chmodSync(join(root, "closed"), 0o700);
    for (const command of [
      ["export", "--guild", GUILD],
      ["history", "some-fact", "--guild", GUILD],
      ["import", EMPTY, "--guild", GUILD],
    ]) {
      const read = await facts([...command, "--db", locked]);
      expect({ command, code: read.code, stderr: read.stderr }).toEqual({
        command,
        code: 1,
        stderr: `error: database ${locked}: cannot read the file (permission denied): fix its permissions, or run this as the user that owns it\n`,
      });
    }
    for (const command of [
      ["export", "--guild", GUILD],
      ["history", "some-fact", "--guild", GUILD],
    ]) {
      const read = await facts([...command, "--db", hidden]);
      expect({ command, code: read.code, stderr: read.stderr }).toEqual({
        command,
        code: 1,
        stderr: `error: database ${hidden}: its folder cannot be entered by this user (permission denied); fix the folder's permissions, or run this as the user that owns it\n`,
      });
    }
  });
});
