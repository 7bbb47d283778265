import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { Engine } from "../src/engine/engine.ts";
import { conversationsOf, questionFamilies } from "./questions.ts";
import { syntheticDataset } from "./synthetic.ts";

/**
 * Every answer and suggestion the bench's questions get on a synthetic store, one JSON line each,
 * and a hash of them all: run before and after a change to the indexes and compare (a change to
 * how things are stored must not change a single answer).
 *   node --import tsx bench/dump-answers.ts 100000 /tmp/after.jsonl [--warmed]
 * With --warmed, what `warm` leaves for after it returns (WordNet, the index of events naming
 * someone, answering's code warm-up) is run first: its answers must be the same as without.
 */
const size = Number(process.argv[2] ?? 10_000);
const out = process.argv[3]?.startsWith("--") ? undefined : process.argv[3];
const { dataset, questions } = syntheticDataset(size);
const engine = new Engine(dataset);
engine.warm();
if (process.argv.includes("--warmed")) {
  await new Promise((resolve) => setImmediate(resolve));
  engine.warmAnswering();
}
// Follow-ups are asked in their first question's conversation, as the bench asks them.
const asked = [
  ...questions
    .filter((_, i) => i % 10 === 0)
    .map((question) => ({ question, previous: undefined }))
    .slice(0, 300),
  ...questionFamilies(dataset, { perFamily: 300 }).flatMap((family) => {
    const conversations = conversationsOf(engine, family);
    return family.questions.map((question, i) => ({ question, previous: conversations[i] }));
  }),
];
const lines = asked.map(({ question, previous }) =>
  JSON.stringify([question, engine.answer(question, undefined, previous ? { previous } : {})]),
);
for (const { question } of asked.slice(0, 600)) {
  for (const typed of [question.slice(0, 3), question.slice(0, 8), question.slice(0, 15)]) {
    lines.push(JSON.stringify([typed, engine.suggest(typed)]));
  }
}
const text = lines.join("\n");
if (out) writeFileSync(out, text);
console.log(
  `${size} facts: ${lines.length} answers and suggestions, sha1 ${createHash("sha1").update(text).digest("hex")}`,
);
