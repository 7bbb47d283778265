import { Engine } from "../src/engine/engine.ts";
import { conversationsOf, questionFamilies } from "./questions.ts";
import { syntheticDataset } from "./synthetic.ts";

/**
 * Asks one family of bench/questions.ts over and over on a synthetic store, for a CPU profile:
 *   node --cpu-prof --import tsx bench/profile-family.ts vague 100000
 */
const family = process.argv[2] ?? "vague";
const size = Number(process.argv[3] ?? 100_000);
const rounds = Number(process.argv[4] ?? 5);
const { dataset } = syntheticDataset(size);
const engine = new Engine(dataset);
engine.warm();
const found = questionFamilies(dataset).find((f) => f.name === family);
if (!found) throw new Error(`no family "${family}"`);
const { questions } = found;
// Follow-ups in their first question's conversation (those first questions asked before the clock).
const options = conversationsOf(engine, found).map((previous) => (previous ? { previous } : {}));
const start = performance.now();
for (let round = 0; round < rounds; round++) {
  for (const [i, question] of questions.entries()) engine.answer(question, undefined, options[i]);
}
const ms = performance.now() - start;
console.log(`${family}: ${questions.length} questions × ${rounds} in ${ms.toFixed(0)} ms`);
