/**
 * `npm run facts -- import` of a folder the user may not list (or one with such a folder inside)
 * printed Node's own error (`error: EACCES: permission denied, scandir '…'`), and of a file it may
 * not read, `cannot read … : EACCES: permission denied, open '…'`. Each is now one line naming what
 * cannot be read, what to do and that nothing was imported; exit code 1, nothing written.
 */
import { execFile } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SEED_DIR } from "./support/engines.ts";

const ROOT = resolve(import.meta.dirname, "..");
const TIMEOUT_MS = 60_000;
const NOBODY = 65534;
const root = mkdtempSync(join(tmpdir(), "attache-unreadable-import-"));
chmodSync(root, 0o777);
afterAll(() => rmSync(root, { recursive: true, force: true }));

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

const DENIED =
  "permission denied (fix its permissions, or run this as a user who may read it); nothing was imported";

describe("facts import of what cannot be read", { timeout: TIMEOUT_MS }, () => {
  it("is one line naming it and what to do; nothing is imported", async () => {
    const file = join(root, "overlay.json");
    writeFileSync(file, "{}\n");
    chmodSync(file, 0o000);
    const closed = join(root, "closed");
    cpSync(SEED_DIR, closed, { recursive: true });
    chmodSync(closed, 0o000);
    const open = join(root, "open");
    cpSync(SEED_DIR, open, { recursive: true });
    const locked = join(open, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o000);
    const db = join(root, "attache.db");
    for (const [path, said] of [
      [file, `error: cannot read ${file}: ${DENIED}`],
      [closed, `error: cannot read ${closed}: ${DENIED}`],
      [open, `error: cannot read ${open}: ${locked}: ${DENIED}`],
    ] as const) {
      for (const args of [
        ["import", path],
        ["import", path, "--guild", "123456789012345678", "--db", db],
      ]) {
        const run = await facts(args);
        expect({ args, code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({
          args,
          code: 1,
          stdout: "",
          stderr: `${said}\n`,
        });
      }
    }
    expect(existsSync(db)).toBe(false);
  });
});
