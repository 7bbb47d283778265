/**
 * `npm run eval -- --split bogus` ran no split and exited 0, which reads as a passing run; and
 * `--help` was an unknown option. A split it does not have is one error line (exit 2); `--help`
 * prints the usage. Neither evaluates anything.
 */
import { execFile } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "..");
const TIMEOUT_MS = 60_000;

function evaluate(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ["--import", "tsx", join(ROOT, "eval", "run.ts"), ...args],
      { cwd: ROOT, timeout: TIMEOUT_MS },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
      },
    );
  });
}

describe("npm run eval told a split it does not have", { timeout: TIMEOUT_MS }, () => {
  it("says so in one line with the splits it has, and fails", async () => {
    const run = await evaluate(["--split", "tset"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const [said, usage, ...more] = run.stderr.trimEnd().split("\n");
    expect(said).toBe('error: no split "tset" (the splits are dev and test)');
    expect(usage).toMatch(/^usage: npm run eval --/);
    expect(more).toEqual([]);
  });

  it("prints its usage for --help and evaluates nothing", async () => {
    const run = await evaluate(["--help"]);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd()).toMatch(/^usage: npm run eval -- .*--split dev\|test/);
    expect(run.stderr).toBe("");
  });
});
