/**
 * `npm run ask -- --json "who chairs \u202Eacic"`: the result echoes the question (`turn.question`)
 * and JSON.stringify writes a right-to-left override, the other direction controls, DEL, the C1
 * controls (U+009B starts a terminal escape sequence) and the line and paragraph separators as
 * they are. The JSON was valid, but a terminal showed the rest of the line reversed. The JSON
 * lines of --json and --batch now write those characters as \u escapes: the same JSON value (a
 * program reading it gets the question exactly as asked), printed as plain ASCII where it matters.
 */
import { execFile } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { jsonLine } from "../src/cli/format.ts";
import { SEED_DIR } from "./support/engines.ts";

const ROOT = resolve(import.meta.dirname, "..");
const TIMEOUT_MS = 60_000;
const STEERING = /[\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

function ask(args: string[], input?: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = execFile(
      process.execPath,
      ["--import", "tsx", join(ROOT, "src", "cli", "ask.ts"), ...args],
      { cwd: ROOT, env: { ...process.env, DATA_DIR: SEED_DIR, NO_COLOR: "1" }, timeout: TIMEOUT_MS },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(input ?? "");
  });
}

describe("npm run ask --json with direction controls in the question", { timeout: 2 * TIMEOUT_MS }, () => {
  it("prints valid JSON holding the question as asked, the controls written as escapes", async () => {
    const question = "who chairs \u202Eacic\u2066 \u009B2J\u2028?";
    const run = await ask(["--json", question]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).not.toMatch(STEERING);
    expect(run.stdout).toContain(String.raw`who chairs \u202eacic\u2066 \u009b2J\u2028?`);
    expect(run.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(JSON.parse(run.stdout).turn.question).toBe(question);
  });

  it("--batch: one valid JSON line per question, the same way", async () => {
    const run = await ask(["--json", "--batch"], "who chairs \u202Eacic\nWho chairs CICA?\n");
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(run.stdout).not.toMatch(STEERING);
    expect(JSON.parse(lines[0]!).turn.question).toBe("who chairs \u202Eacic");
  });

  it("the same JSON value as JSON.stringify, for anything", () => {
    const value = { a: 'x\u202E\u007F\u0085\u2029\\\u202E"', b: [1, null, true], c: "plain 👩‍⚕️ مؤتمر\u200F" };
    const line = jsonLine(value);
    expect(line).not.toMatch(STEERING);
    expect(JSON.parse(line)).toEqual(value);
    expect(line).toContain("مؤتمر\u200F");
  });
});
