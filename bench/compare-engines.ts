import type { AnswerOptions } from "../src/engine/answer.ts";
import type { Engine } from "../src/engine/engine.ts";
import type { Family } from "./questions.ts";

/**
 * Two checkouts' engines in one process, asked in turn: on a shared, loaded machine two bench runs
 * one after the other differ by more than most changes do, but two engines asked alternately
 * meet the same load. Each engine builds the same synthetic store (same seed) from its own code;
 * every question is asked three times in a row on one, then on the other (the order alternating).
 *   node --expose-gc --import tsx bench/compare-engines.ts ../base . "common words" 10000 3 [show]
 * Per family and engine: p50 of all calls and p99 of each question's best of three (medians of
 * the rounds), the p50 and p99 of each question's fastest call over all rounds, and CPU per question.
 */
const [dirA = ".", dirB = ".", family = "all"] = process.argv.slice(2);
const size = Number(process.argv[5] ?? 10_000);
const rounds = Number(process.argv[6] ?? 3);
const show = Number(process.argv[7] ?? 0);

interface Asked {
  name: string;
  engine: Engine;
  asks: (readonly [string, AnswerOptions])[];
}

async function load(dir: string): Promise<Asked[]> {
  const root = new URL(`${dir.replace(/\/$/, "")}/`, `file://${process.cwd()}/`);
  const { Engine } = (await import(
    new URL("src/engine/engine.ts", root).href
  )) as typeof import("../src/engine/engine.ts");
  const { conversationsOf, questionFamilies } = (await import(
    new URL("bench/questions.ts", root).href
  )) as typeof import("./questions.ts");
  const { syntheticDataset } = (await import(
    new URL("bench/synthetic.ts", root).href
  )) as typeof import("./synthetic.ts");
  const { dataset } = syntheticDataset(size);
  const engine = new Engine(dataset);
  engine.warm();
  return questionFamilies(dataset, { perFamily: 300 })
    .filter((f: Family) => family === "all" || f.name === family)
    .map((f: Family) => ({
      name: f.name,
      engine,
      asks: conversationsOf(engine, f).map(
        (previous, i) => [f.questions[i]!, previous ? { previous } : {}] as const,
      ),
    }));
}

const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const fmt = (ms: number) => ms.toFixed(3);

const engines = [await load(dirA), await load(dirB)];
for (const [f, first] of engines[0]!.entries()) {
  const both = [first, engines[1]![f]!];
  const n = first.asks.length;
  const results = both.map(() => ({
    p50: [] as number[],
    bestP99: [] as number[],
    fastest: new Array<number>(n).fill(Number.POSITIVE_INFINITY),
    cpu: 0,
  }));
  for (let round = 0; round < rounds; round++) {
    const calls: number[][] = [[], []];
    const best: number[][] = [[], []];
    for (let i = 0; i < n; i++) {
      for (const e of (i + round) % 2 === 0 ? [0, 1] : [1, 0]) {
        const { engine, asks } = both[e]!;
        const [question, options] = asks[i]!;
        let fastest = Number.POSITIVE_INFINITY;
        const cpu = process.cpuUsage();
        for (let k = 0; k < 3; k++) {
          const start = performance.now();
          engine.answer(question, undefined, options);
          const ms = performance.now() - start;
          calls[e]!.push(ms);
          fastest = Math.min(fastest, ms);
        }
        const used = process.cpuUsage(cpu);
        const result = results[e]!;
        result.cpu += (used.user + used.system) / 1000;
        best[e]!.push(fastest);
        result.fastest[i] = Math.min(result.fastest[i]!, fastest);
      }
    }
    for (const e of [0, 1]) {
      results[e]!.p50.push(percentile(calls[e]!, 50));
      results[e]!.bestP99.push(percentile(best[e]!, 99));
    }
  }
  console.log(`${first.name} (${n} questions, ${rounds} rounds)`);
  for (const [e, dir] of [dirA, dirB].entries()) {
    const r = results[e]!;
    console.log(
      `  ${dir}: p50 ${fmt(percentile(r.p50, 50))}, best-of-3 p99 ${fmt(percentile(r.bestP99, 50))} | fastest over rounds p50 ${fmt(percentile(r.fastest, 50))}, p99 ${fmt(percentile(r.fastest, 99))} | CPU per question ${fmt(r.cpu / (rounds * n))} ms`,
    );
  }
  const slowest = [...Array(n).keys()].sort((a, b) => results[0]!.fastest[b]! - results[0]!.fastest[a]!);
  for (const i of slowest.slice(0, show)) {
    console.log(
      `    ${fmt(results[0]!.fastest[i]!)} / ${fmt(results[1]!.fastest[i]!)}  ${first.asks[i]![0]}`,
    );
  }
}
