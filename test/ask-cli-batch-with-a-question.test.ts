/**
 * `npm run ask -- --batch "Who chairs CICA?"`: --batch reads its questions from standard input, so
 * the question on the command line would be dropped without a word. It is refused in one line
 * instead, before anything is read or answered.
 */
import { execFile } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { SEED_DIR } from "./support/engines.ts";

const ROOT = resolve(import.meta.dirname, "..");
const TIMEOUT_MS = 30_000;

describe("npm run ask --batch with a question on the command line", { timeout: TIMEOUT_MS }, () => {
  it("says the question belongs on standard input, exit code 2, and answers nothing", async () => {
    const run = await new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      const child = execFile(
        process.execPath,
        ["--import", "tsx", join(ROOT, "src", "cli", "ask.ts"), "--batch", "Who chairs CICA?"],
        { cwd: ROOT, env: { ...process.env, DATA_DIR: SEED_DIR, NO_COLOR: "1" }, timeout: TIMEOUT_MS },
        (error, stdout, stderr) => {
          done({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
        },
      );
      child.stdin?.end("Who is Kairat Sarybay?\n");
    });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const [first, ...usage] = run.stderr.trimEnd().split("\n");
    expect(first).toBe(
      'error: --batch reads the questions from standard input, one a line; "Who chairs CICA?" was not asked',
    );
    expect(usage[0]).toMatch(/^usage: npm run ask/);
  });
});
