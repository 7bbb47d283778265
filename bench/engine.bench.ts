import Fuse from "fuse.js";
import { dataDirectory } from "../src/config/paths.ts";
import { Engine } from "../src/engine/engine.ts";
import { loadDataset } from "../src/engine/load.ts";
import type { Dataset } from "../src/engine/schema.ts";
import { fmt, heapUsedMb, type Timing, timeEach } from "./stats.ts";
import { syntheticDataset } from "./synthetic.ts";

/**
 * npm run bench: index build, heap and latency of answer() and suggest() on the real store and on
 * synthetic stores of 1k, 10k and 100k facts, beside a plain Fuse.js search over the statements
 * run in the same process on the same data and questions.
 */
interface Row {
  store: string;
  facts: number;
  buildMs: number;
  warmMs: number;
  heapMb: number;
  answer: Timing;
  suggest: Timing;
  fuseBuildMs: number;
  fuseHeapMb: number;
  fuse: Timing;
}

function measure(store: string, dataset: Dataset, questions: string[], fuseRuns: number): Row {
  const heapBefore = heapUsedMb();
  let start = performance.now();
  const engine = new Engine(dataset);
  const buildMs = performance.now() - start;
  // The typo and autocomplete indexes are built by warm() right after start-up (or on first use).
  start = performance.now();
  engine.warm();
  const warmMs = performance.now() - start;
  const heapMb = heapUsedMb() - heapBefore;

  const answer = timeEach(questions, 2_000, (q) => engine.answer(q));
  const partials = questions.flatMap((q) => [q.slice(0, 3), q.slice(0, 8), q.slice(0, 15)]);
  const suggest = timeEach(partials, 2_000, (p) => engine.suggest(p));

  const statements = [...dataset.facts.values()].map((f) => ({ id: f.id, statement: f.statement }));
  const fuseHeapBefore = heapUsedMb();
  start = performance.now();
  const fuse = new Fuse(statements, { keys: ["statement"], threshold: 0.4, ignoreLocation: true });
  const fuseBuildMs = performance.now() - start;
  const fuseHeapMb = heapUsedMb() - fuseHeapBefore;
  const fuseTiming = timeEach(questions, fuseRuns, (q) => fuse.search(q, { limit: 5 }), 2);
  return {
    store,
    facts: dataset.facts.size,
    buildMs,
    warmMs,
    heapMb,
    answer,
    suggest,
    fuseBuildMs,
    fuseHeapMb,
    fuse: fuseTiming,
  };
}

function main(): void {
  const quick = process.argv.includes("--quick");
  const rows: Row[] = [];
  const real = loadDataset(dataDirectory());
  if (!real.ok) throw new Error("the curated data does not load: run npm run facts -- validate");
  const realQuestions = [...real.dataset.facts.values()].flatMap((f) => f.questions);
  realQuestions.push(
    "who chars cica",
    "What is the capital of France?",
    "hey whats the name of the secretery general",
  );
  printHeader();
  rows.push(measure("real (data/)", real.dataset, realQuestions, 2_000));
  printRow(rows.at(-1)!);
  const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 100_000];
  for (const size of sizes) {
    const { dataset, questions } = syntheticDataset(size);
    // Plain Fuse grows linearly with the store (about 0.1 s per question per 1k facts): fewer runs
    // keep the bench to minutes. Its p99 over so few runs is close to its maximum.
    rows.push(
      measure(
        `synthetic ${size / 1000}k`,
        dataset,
        questions,
        size >= 100_000 ? 8 : size >= 10_000 ? 40 : 200,
      ),
    );
    printRow(rows.at(-1)!);
  }
}

const HEADER = [
  "store",
  "facts",
  "build ms",
  "warm ms",
  "heap MB",
  "answer p50 ms",
  "answer p99 ms",
  "suggest p50 ms",
  "suggest p99 ms",
  "Fuse build ms",
  "Fuse heap MB",
  "Fuse p50 ms",
  "Fuse p99 ms",
  "Fuse p50 / answer p50",
];

function printHeader(): void {
  console.log(
    `node ${process.version}, ${new Date().toISOString()}; answer/suggest: 2,000 timed calls after warm-up`,
  );
  console.log(`| ${HEADER.join(" | ")} |`);
  console.log(`|${HEADER.map(() => "---").join("|")}|`);
}

function printRow(r: Row): void {
  const cells = [
    r.store,
    String(r.facts),
    fmt(r.buildMs, 0),
    fmt(r.warmMs, 0),
    fmt(r.heapMb, 1),
    fmt(r.answer.p50),
    fmt(r.answer.p99),
    fmt(r.suggest.p50),
    fmt(r.suggest.p99),
    fmt(r.fuseBuildMs, 0),
    fmt(r.fuseHeapMb, 1),
    fmt(r.fuse.p50),
    fmt(r.fuse.p99),
    `${fmt(r.fuse.p50 / r.answer.p50, 1)}×`,
  ];
  console.log(`| ${cells.join(" | ")} |`);
}

main();
