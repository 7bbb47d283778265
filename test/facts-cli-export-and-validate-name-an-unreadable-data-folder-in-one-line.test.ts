/**
 * `npm run facts -- export` and `validate` on a data folder the user may not read (another user's
 * `chmod 700` folder, a folder inside it that cannot be listed) printed Node's own error
 * (`error: EACCES: permission denied, scandir '…'`), which names neither the setting nor what to
 * do. Like `npm run ask` and the bot, they now print one line naming the data folder, the folder
 * that cannot be read and what to do, and exit 1.
 */
import { execFile } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SEED_DIR } from "./support/engines.ts";

const ROOT = resolve(import.meta.dirname, "..");
const TIMEOUT_MS = 60_000;
const NOBODY = 65534;
const root = mkdtempSync(join(tmpdir(), "attache-unreadable-data-"));
chmodSync(root, 0o755);
afterAll(() => {
  chmodSync(join(root, "closed"), 0o755);
  chmodSync(join(root, "open", "locked"), 0o755);
  rmSync(root, { recursive: true, force: true });
});

function facts(args: string[]) {
  // As nobody when the tests run as root: a folder without permissions is not closed to root.
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

const line = (data: string, unreadable: string) =>
  `error: the data folder ${data} cannot be read: ${unreadable}: permission denied (fix its permissions, or check DATA_DIR or --data)`;

describe("facts export and validate on a data folder that cannot be read", { timeout: TIMEOUT_MS }, () => {
  it("are one line naming the folder and what to do, exit code 1", async () => {
    const closed = join(root, "closed");
    cpSync(SEED_DIR, closed, { recursive: true });
    chmodSync(closed, 0o000);
    const open = join(root, "open");
    cpSync(SEED_DIR, open, { recursive: true });
    const locked = join(open, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o000);
    for (const [data, unreadable] of [
      [closed, closed],
      [open, locked],
    ] as const) {
      for (const args of [
        ["export", "--data", data],
        ["validate", "--data", data],
        ["validate", data],
      ]) {
        const run = await facts(args);
        expect({ args, code: run.code, stdout: run.stdout, stderr: run.stderr }).toEqual({
          args,
          code: 1,
          stdout: "",
          stderr: `${line(data, unreadable)}\n`,
        });
      }
    }
  });
});
