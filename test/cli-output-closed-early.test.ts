/**
 * `npm run ask … | head -1`, `npm run facts -- validate | head`: the reader of the output goes away
 * before the command has written everything. The command ends quietly, as `cat` and `grep` do,
 * never with a stack trace.
 */
import { spawn } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { SEED_DIR } from "./support/engines.ts";

const ROOT = resolve(import.meta.dirname, "..");
/** Node + tsx start-ups at once on two shared cores. */
const TIMEOUT_MS = 60_000;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs a CLI whose standard output is closed before it writes anything (a reader that left). */
function runWithOutputClosed(script: string, args: string[], input = ""): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "src", "cli", script), ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: SEED_DIR, NO_COLOR: "1" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    // The reading end goes away at once: every write the command makes finds a closed pipe.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", fail);
    child.on("close", (code, signal) => done({ code, signal, stderr }));
    child.stdin.on("error", () => undefined);
    child.stdin.end(input);
  });
}

function expectQuietEnd(run: Run): void {
  expect(run.stderr, run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toMatch(/EPIPE|Unhandled 'error' event|node:internal|\.ts:\d+:\d+/);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
}

describe.concurrent("a command whose output is closed early (piped into head) ends quietly", {
  timeout: TIMEOUT_MS,
}, () => {
  it("npm run ask with one question", async () => {
    expectQuietEnd(await runWithOutputClosed("ask.ts", ["Who chairs CICA?"]));
  });

  it("npm run ask --batch with many questions", async () => {
    expectQuietEnd(await runWithOutputClosed("ask.ts", ["--batch"], "Who chairs CICA?\n".repeat(50)));
  });

  it("npm run facts -- validate and export", async () => {
    const [validate, exported] = await Promise.all([
      runWithOutputClosed("facts.ts", ["validate", SEED_DIR, "--data-only"]),
      runWithOutputClosed("facts.ts", ["export", "--data", SEED_DIR]),
    ]);
    expectQuietEnd(validate);
    expectQuietEnd(exported);
  });
});

describe("a command whose output is closed early still says whether it succeeded", {
  timeout: TIMEOUT_MS,
}, () => {
  it("npm run facts -- validate of a broken folder exits 1, with its one error line", async () => {
    const run = await runWithOutputClosed("facts.ts", [
      "validate",
      join(ROOT, "test", "fixtures", "storage"),
    ]);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).toMatch(/^error: .* has \d+ problems?\n$/);
    expect(run.code).toBe(1);
  });
});
