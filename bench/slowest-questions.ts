// The engine first: questions.ts reaches understand.ts, whose imports alone run score.ts too late.
import "../src/engine/engine.ts";
import { conversationsOf, questionFamilies } from "./questions.ts";
import { startEngine } from "./startup.ts";
import { syntheticDataset } from "./synthetic.ts";

/**
 * The questions of one family whose fastest call is slowest (what the bench's best-call p99 is
 * made of: at 300 questions, its third slowest), each asked `rounds` times after a first call:
 *   node --expose-gc --import tsx bench/slowest-questions.ts "common words" [size] [rounds] [shown]
 */
const name = process.argv[2] ?? "typos";
const size = Number(process.argv[3] ?? 10_000);
const rounds = Number(process.argv[4] ?? 5);
const shown = Number(process.argv[5] ?? 12);
const { dataset, questions } = syntheticDataset(size);
const { engine } = startEngine(dataset);
for (const question of questions.filter((_, i) => i % 10 !== 0).slice(0, 200)) engine.answer(question);
const family = questionFamilies(dataset, { perFamily: 300 }).find((f) => f.name === name);
if (!family) throw new Error(`no family "${name}"`);
const contexts = conversationsOf(engine, family);
const rows = family.questions.map((question, i) => {
  const options = contexts[i] ? { previous: contexts[i] } : {};
  let at = performance.now();
  engine.answer(question, undefined, options);
  const first = performance.now() - at;
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < rounds; r++) {
    at = performance.now();
    engine.answer(question, undefined, options);
    best = Math.min(best, performance.now() - at);
  }
  return { question, first, best };
});
const bests = rows.map((r) => r.best).sort((a, b) => a - b);
const firsts = rows.map((r) => r.first).sort((a, b) => a - b);
const p = (s: number[], q: number) => s[Math.min(s.length - 1, Math.ceil((q / 100) * s.length) - 1)]!;
console.log(
  `${name}: ${rows.length} questions; best p50 ${p(bests, 50).toFixed(3)} p99 ${p(bests, 99).toFixed(3)}; first p50 ${p(firsts, 50).toFixed(3)} p99 ${p(firsts, 99).toFixed(3)}`,
);
for (const r of rows.sort((a, b) => b.best - a.best).slice(0, shown)) {
  console.log(`${r.best.toFixed(3)} (first ${r.first.toFixed(2)})  ${r.question}`);
}
