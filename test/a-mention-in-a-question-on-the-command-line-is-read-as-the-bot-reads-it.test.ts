/**
 * A question copied from Discord keeps its mention markup: "<@123…> who chairs CICA?" as typed in
 * a server, "<#…>" for a channel, "<@&…>" for a role. The bot (and the console) take the markup
 * out before the engine reads the question, and the README says the command line answers exactly
 * as the bot does; `npm run ask` gave "I don't have a fact about that." to the same text.
 */
import { execFile } from "node:child_process";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { AskedLine } from "../src/cli/format.ts";
import { questionAsAsked } from "../src/discord/question-text.ts";
import { engineFrom, SEED_DIR } from "./support/engines.ts";

const ROOT = resolve(import.meta.dirname, "..");
/** Two starts of tsx on two shared cores. */
const TIMEOUT_MS = 60_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function ask(args: string[], input = ""): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      ["--import", "tsx", join(ROOT, "src", "cli", "ask.ts"), ...args],
      { cwd: ROOT, env: { ...process.env, DATA_DIR: SEED_DIR, NO_COLOR: "1" }, timeout: TIMEOUT_MS },
      (error, stdout, stderr) => {
        done({ code: error ? (typeof error.code === "number" ? error.code : null) : 0, stdout, stderr });
      },
    );
    child.stdin?.end(input);
  });
}

const QUESTIONS = [
  "<@123456789012345678> who chairs CICA?",
  "<#123456789012345678> who chairs CICA?",
  "who chairs <@&123456789012345678> CICA?",
];

describe("npm run ask reads a question with Discord mention markup as the bot does", {
  timeout: TIMEOUT_MS,
}, () => {
  it("answers each one as the bot answers it, in one question and in a batch", async () => {
    const engine = engineFrom(SEED_DIR);
    const expected = engine.answer("who chairs CICA?");
    expect(expected.answered).toBe(true);
    for (const question of QUESTIONS) expect(questionAsAsked(question)).toBe("who chairs CICA?");

    const [one, batch] = await Promise.all([
      ask(["--json", QUESTIONS[0] ?? ""]),
      ask(["--batch"], `${QUESTIONS.join("\n")}\n`),
    ]);
    expect(one.code, one.stderr).toBe(0);
    expect(AskedLine.parse(JSON.parse(one.stdout)).answer).toBe(expected.answer);
    expect(batch.code, batch.stderr).toBe(0);
    const answers = batch.stdout
      .trimEnd()
      .split("\n")
      .map((line) => AskedLine.parse(JSON.parse(line)));
    expect(answers.map((a) => a.answer)).toEqual(QUESTIONS.map(() => expected.answer));
  });

  it("says no question was given when the text is nothing but a mention", async () => {
    const run = await ask(["<@123456789012345678>"]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.split("\n")[0]).toBe("error: no question given");
  });
});
