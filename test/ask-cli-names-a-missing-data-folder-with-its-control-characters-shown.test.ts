/**
 * `npm run ask -- --data DIR` (or DATA_DIR) naming a folder that is not there says so in one
 * line, but printed the path as given: an escape sequence in it (a path pasted from a log)
 * cleared or recoloured the terminal, hiding the error itself. The path is shown with its control
 * characters as escapes, as `npm run facts` shows what it echoes.
 */
import { execFile } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const TIMEOUT_MS = 60_000;

describe("npm run ask with a data folder that is not there", { timeout: TIMEOUT_MS }, () => {
  it("names it on one line, its escape sequence shown rather than obeyed", async () => {
    const run = await new Promise<{ code: number | null; stderr: string }>((done) => {
      execFile(
        process.execPath,
        ["--import", "tsx", join(ROOT, "src", "cli", "ask.ts"), "--data", "/nowhere\u001b[2J/data", "q"],
        { cwd: ROOT, env: { ...process.env, NO_COLOR: "1" }, timeout: TIMEOUT_MS },
        (error, _stdout, stderr) => done({ code: error ? (error.code as number) : 0, stderr }),
      );
    });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toContain("\u001b");
    expect(run.stderr).toBe(
      String.raw`error: the data folder /nowhere\u001B[2J/data is missing or not a folder (check DATA_DIR or --data)` +
        "\n",
    );
  });
});
