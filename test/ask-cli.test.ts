/**
 * `npm run ask` as a user runs it: the real command line in a child process (node + tsx, what the
 * npm script runs), from the project's folder, over the seed article.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { AskedLine } from "../src/cli/format.ts";
import type { Entity, Fact } from "../src/engine/schema.ts";
import { SEED_DIR } from "./support/engines.ts";

const ROOT = resolve(import.meta.dirname, "..");
const CLI = join(ROOT, "src", "cli", "ask.ts");
/** Two starts of tsx on two shared cores. */
const TIMEOUT_MS = 30_000;

const facts = JSON.parse(readFileSync(join(SEED_DIR, "facts.json"), "utf8")) as Fact[];
const entities = JSON.parse(readFileSync(join(SEED_DIR, "entities.json"), "utf8")) as Entity[];
const chairsCica = facts.find((f) => f.id === "azerbaijan-chairs-cica")!;
const sarybay = entities.find((e) => e.id === "kairat-sarybay")!;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run ask -- ARGS < input`, with the seed article as the data unless ARGS say otherwise. */
function ask(args: string[], input?: string): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: SEED_DIR, NO_COLOR: "1" },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", fail);
    child.on("close", (code) => done({ code, stdout, stderr }));
    child.stdin.end(input ?? "");
  });
}

/** Each stdout line of a --batch run, as the result line it must be. */
function results(run: Run): AskedLine[] {
  return run.stdout
    .trimEnd()
    .split("\n")
    .map((line) => AskedLine.parse(JSON.parse(line)));
}

/** What a person sees of a failure: lines, none of them a stack frame or a raw Error. */
function expectNoStackTrace(run: Run): void {
  expect(run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stderr).not.toMatch(/\b(?:Error|TypeError|SyntaxError):|node:internal|\.ts:\d+:\d+/);
}

const PRONOUN_DIALOGUE = "What did Sarybay say about COP29?\nwhat else did he say?\n";

describe.concurrent("npm run ask", { timeout: TIMEOUT_MS }, () => {
  it("answers one question with its source", async () => {
    const run = await ask(["Who chairs CICA?"]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(chairsCica.statement);
    expect(run.stdout).toContain("Source: News.Az, 17 April 2024");
    expect(run.stdout).toContain(`“${chairsCica.quote}”`);
  });

  it("--json prints the result object, valid against the schema", async () => {
    const run = await ask(["--json", "who chars cica"]);
    expect(run.code).toBe(0);
    const [result, ...more] = results(run);
    expect(more).toEqual([]);
    expect(result).toMatchObject({ answered: true, facts: [{ id: chairsCica.id }] });
    expect(result?.answer).toContain("Azerbaijan");
    expect(result?.turn?.facts).toEqual([chairsCica.id]);
  });

  it("--batch answers one line per question, each on its own: a pronoun does not use the line before", async () => {
    const run = await ask(["--batch"], PRONOUN_DIALOGUE);
    expect(run.code).toBe(0);
    const [first, second, ...more] = results(run);
    expect(more).toEqual([]);
    expect(first?.answered).toBe(true);
    // "he" is nobody without a conversation: a hint, not a guess.
    expect(second?.answered).toBe(false);
    expect(second?.reading).toBeUndefined();
    expect(second?.answer).toContain('"he"');
    expect(second?.suggestions.length).toBeGreaterThan(0);
  });

  it("--batch --dialogue carries the conversation: the same pronoun line now follows up", async () => {
    const run = await ask(["--batch", "--dialogue"], PRONOUN_DIALOGUE);
    expect(run.code).toBe(0);
    const [first, second, ...more] = results(run);
    expect(more).toEqual([]);
    expect(first?.answered).toBe(true);
    expect(second?.answered).toBe(true);
    expect(second?.reading).toBe(`Taking "he" as ${sarybay.name}`);
    // Each line says the question as typed, the follow-up too (its turn holds the rewrite).
    expect(results(run).map((r) => r.asked)).toEqual(PRONOUN_DIALOGUE.trimEnd().split("\n"));
    expect(second?.turn?.question).not.toBe(second?.asked);
    const before = new Set(first?.facts.map((f) => f.id));
    expect(second?.facts.length).toBeGreaterThan(0);
    for (const fact of second?.facts ?? []) expect(before.has(fact.id)).toBe(false);
  });

  it("--batch answers a file with Windows line endings line by line", async () => {
    const run = await ask(["--batch"], "Who chairs CICA?\r\nWho is Kairat Sarybay?\r\n");
    expect(run.code).toBe(0);
    const answered = results(run);
    expect(answered.map((r) => r.answered)).toEqual([true, true]);
    expect(answered[1]?.answer).toContain(sarybay.description);
  });

  it("without a question: one error line first, exit code 2", async () => {
    const run = await ask([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines[0]).toBe("error: no question given");
    expect(lines.filter((line) => line.startsWith("error:"))).toHaveLength(1);
    // What follows is how to use it, not a stack trace.
    expect(lines.slice(1).join("\n")).toMatch(/^usage: npm run ask/);
    expectNoStackTrace(run);
  });

  it("with an unknown flag: one error line naming it, exit code 2, no stack trace", async () => {
    const run = await ask(["--frobnicate", "Who chairs CICA?"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    const errors = run.stderr.split("\n").filter((line) => line.startsWith("error:"));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain("--frobnicate");
    expectNoStackTrace(run);
  });

  it("with --data pointing to a missing folder: says so and exits non-zero, no stack trace", async () => {
    const missing = join(tmpdir(), "attache-no-such-data-folder");
    const run = await ask(["--data", missing, "Who chairs CICA?"]);
    expect(run.code).not.toBe(0);
    expect(run.code).not.toBeNull();
    expect(run.stdout).toBe("");
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines.length).toBeLessThanOrEqual(3);
    expect(run.stderr).toContain(missing);
    expect(run.stderr).toMatch(/missing|not found/);
    expectNoStackTrace(run);
  });
});
