import { parseArgs } from "node:util";
import { loadEnvFile } from "../config/env-file.ts";
import { dataDirectory } from "../config/paths.ts";
import { questionAsAsked } from "../discord/question-text.ts";
import { turnToKeep } from "../engine/conversation.ts";
import type { DialogueTurn } from "../engine/schema.ts";
import { endQuietlyWhenOutputCloses } from "./closed-output.ts";
import { type AskedLine, formatAnswerText, jsonLine } from "./format.ts";
import { loadEngineOrExit } from "./load-engine.ts";

const USAGE = `usage: npm run ask -- [--json] [--data DIR] "question"
       npm run ask -- --batch [--dialogue] [--data DIR] < questions.txt
         one question per line, each on its own, each answered as one line of JSON (--json is
         implied); with --dialogue, one conversation (a line may follow up the one before:
         "what else did he say?")`;

function main(): void {
  endQuietlyWhenOutputCloses();
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse();
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    process.exit(2);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (values.batch && positionals.length > 0) {
    const text = positionals.join(" ");
    const dropped = jsonLine(text.length > 80 ? `${text.slice(0, 79)}…` : text);
    process.stderr.write(
      `error: --batch reads the questions from standard input, one a line; ${dropped} was not asked\n${USAGE}\n`,
    );
    process.exit(2);
  }
  // DATA_DIR as the bot reads it: the command line answers from the same knowledge.
  const envFile = loadEnvFile();
  if (envFile) {
    process.stderr.write(`error: ${envFile}\n`);
    process.exit(1);
  }
  if (values.data !== undefined && values.data.trim() === "") {
    process.stderr.write("error: --data needs a data folder, not an empty value\n");
    process.exit(2);
  }
  const engine = loadEngineOrExit(dataDirectory(values.data));
  let previous: DialogueTurn | undefined;
  // Read as the bot reads a member's text (mention markup out, cut where the engine stops reading):
  // the command line answers exactly as the bot does.
  const print = (asked: string) => {
    const result = engine.answer(questionAsAsked(asked), undefined, previous ? { previous } : {});
    if (values.dialogue) previous = turnToKeep(result, previous);
    // (`asked` is the line as typed: a follow-up's `turn.question` is its rewrite, and a script
    // matching answers to its lines needs the line itself.)
    const line: AskedLine = { asked, ...result };
    process.stdout.write(`${values.json || values.batch ? jsonLine(line) : formatAnswerText(result)}\n`);
  };
  if (values.batch) {
    const chunks: Buffer[] = [];
    process.stdin.on("data", (chunk: Buffer) => chunks.push(chunk));
    process.stdin.on("end", () => {
      const lines = Buffer.concat(chunks).toString("utf8").split(/\r?\n/);
      if (lines.at(-1) === "") lines.pop();
      for (const line of lines) print(line);
    });
    return;
  }
  const question = positionals.join(" ");
  if (!questionAsAsked(question)) {
    process.stderr.write(`error: no question given\n${USAGE}\n`);
    process.exit(2);
  }
  print(question);
}

function parse() {
  return parseArgs({
    options: {
      json: { type: "boolean", default: false },
      batch: { type: "boolean", default: false },
      dialogue: { type: "boolean", default: false },
      data: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    allowPositionals: true,
  });
}

main();
