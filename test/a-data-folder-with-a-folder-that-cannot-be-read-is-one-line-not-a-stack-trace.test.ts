/**
 * A data folder holding a folder its user may not list (a `chmod 700` folder of another user's, a
 * mount point, `DATA_DIR=/proc`) made `npm run ask`, the console and the bot print Node's stack
 * trace (`Error: EACCES: permission denied, scandir …`) and exit: the loader reads every folder
 * below the data folder. It is one line naming the folder that cannot be read, with exit code 1.
 */
import { execFile } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { unreadablePaths } from "./support/unreadable-paths.ts";

const ROOT = resolve(import.meta.dirname, "..");
const TIMEOUT_MS = 60_000;
const NOBODY = 65534;
const paths = unreadablePaths("locked-data");

function ask(dataDir: string) {
  // As nobody when the tests run as root: a folder without permissions is not closed to root.
  const as = process.getuid?.() === 0 ? { uid: NOBODY, gid: NOBODY } : {};
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      ["--import", "tsx", join(ROOT, "src", "cli", "ask.ts"), "Who chairs CICA?"],
      { cwd: ROOT, env: { ...process.env, DATA_DIR: dataDir, NO_COLOR: "1" }, timeout: TIMEOUT_MS, ...as },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}

describe("a data folder with a folder inside that cannot be listed", { timeout: TIMEOUT_MS }, () => {
  it("is one line naming that folder, exit code 1, no stack trace", async () => {
    const data = paths.seedCopy("data");
    const locked = paths.lockedFolderIn(data);
    const run = await ask(data);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toEqual([
      `error: the data folder ${data} cannot be read: ${locked}: permission denied (fix its permissions, or check DATA_DIR or --data)`,
    ]);
  });
});
