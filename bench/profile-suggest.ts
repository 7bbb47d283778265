import { Engine } from "../src/engine/engine.ts";
import { questionFamilies } from "./questions.ts";
import { syntheticDataset } from "./synthetic.ts";

/**
 * The slowest prefixes of the bench's suggest() timing (the first 3, 8 and 15 characters of every
 * family's questions), each timed as the fastest of a few calls, on a synthetic store:
 *   node --import tsx bench/profile-suggest.ts 100000 [rounds]
 * With --cpu-prof, the rounds give a profile of suggest() alone.
 */
const size = Number(process.argv[2] ?? 100_000);
const rounds = Number(process.argv[3] ?? 3);
const { dataset } = syntheticDataset(size);
const engine = new Engine(dataset);
engine.warm();
engine.warmSuggestions();
// What the bench times: these in order, the first 2,000 of them (see engine.bench.ts).
const timed = questionFamilies(dataset)
  .flatMap((f) => f.questions.flatMap((q) => [q.slice(0, 3), q.slice(0, 8), q.slice(0, 15)]))
  .slice(0, 2_000);
const partials = [...new Set(timed)];
const best = new Map<string, number>();
for (let round = 0; round < rounds; round++) {
  for (const partial of partials) {
    const start = performance.now();
    engine.suggest(partial);
    const ms = performance.now() - start;
    best.set(partial, Math.min(ms, best.get(partial) ?? Number.POSITIVE_INFINITY));
  }
}
const sorted = [...best].sort((a, b) => b[1] - a[1]);
const total = sorted.reduce((sum, [, ms]) => sum + ms, 0);
console.log(`${partials.length} distinct prefixes, ${total.toFixed(0)} ms per round (best calls)`);
const calls = timed.map((partial) => best.get(partial)!).sort((a, b) => a - b);
const p = (q: number) => calls[Math.ceil((q / 100) * calls.length) - 1]!.toFixed(3);
console.log(`the bench's 2,000 calls, best of ${rounds}: p50 ${p(50)} ms, p99 ${p(99)} ms`);
for (const [partial, ms] of sorted.slice(0, 30)) {
  const times = timed.filter((t) => t === partial).length;
  console.log(ms.toFixed(2).padStart(8), `×${times}`.padStart(5), JSON.stringify(partial));
}
