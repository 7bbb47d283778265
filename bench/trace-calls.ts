import { type PerformanceEntry, PerformanceObserver } from "node:perf_hooks";
import { Engine } from "../src/engine/engine.ts";
import { conversationsOf, questionFamilies } from "./questions.ts";
import { syntheticDataset } from "./synthetic.ts";

/**
 * Every call the bench times, one by one, with the garbage collections that ran during it: which
 * calls make a family's p99 of all calls, whether they are a question's first call (a lazy cache,
 * a file read) or a repeat, and whether a GC ran.
 *   node --expose-gc --import tsx bench/trace-calls.ts 10000 [runs] [slowest shown per family] [ms]
 * As the bench: a store built afresh per run, warmed, 200 warm-up questions, then each family's
 * questions (cycled to 300) asked 3 times in a row. Calls of at least `ms` (default 2) are listed.
 */
const size = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 1);
const show = Number(process.argv[4] ?? 8);
const slowMs = Number(process.argv[5] ?? 2);

const gcs: PerformanceEntry[] = [];
new PerformanceObserver((list) => gcs.push(...list.getEntries())).observe({ entryTypes: ["gc"] });
const GC_KIND: Record<number, string> = { 1: "minor", 2: "major", 4: "incremental", 8: "weak", 16: "minor" };

interface Call {
  family: string;
  question: string;
  index: number;
  repeat: number;
  start: number;
  ms: number;
  /** CPU time of the process during the call (all threads): the machine's other work excluded. */
  cpu: number;
  /** Bytes allocated on the heap (heapUsed's growth; NaN when a GC ran). */
  bytes: number;
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;

for (let run = 0; run < runs; run++) {
  const { dataset, questions } = syntheticDataset(size);
  const engine = new Engine(dataset);
  engine.warm();
  engine.warmSuggestions();
  for (const question of questions.filter((_, i) => i % 10 !== 0).slice(0, 200)) engine.answer(question);
  const families = [
    { name: "named (bench's own)", questions: questions.filter((_, i) => i % 10 === 0).slice(0, 300) },
    ...questionFamilies(dataset, { perFamily: 300 }),
  ];
  const calls: Call[] = [];
  for (const family of families) {
    if (process.env.MARK) console.log(`MARK run ${run + 1} ${family.name}`);
    const conversations = conversationsOf(engine, family as never);
    const count = Math.max(family.questions.length, 300);
    for (let i = 0; i < count; i++) {
      const question = family.questions[i % family.questions.length]!;
      const previous = conversations[i % family.questions.length];
      for (let r = 0; r < 3; r++) {
        const heap = process.memoryUsage().heapUsed;
        const cpu = process.cpuUsage();
        const start = performance.now();
        engine.answer(question, undefined, previous ? { previous } : {});
        const ms = performance.now() - start;
        const used = process.cpuUsage(cpu);
        const grown = process.memoryUsage().heapUsed - heap;
        calls.push({
          family: family.name,
          question,
          index: i,
          repeat: r,
          start,
          ms,
          cpu: (used.user + used.system) / 1000,
          bytes: grown >= 0 ? grown : Number.NaN,
        });
      }
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 50));
  const gcIn = (c: Call) => gcs.filter((g) => g.startTime >= c.start && g.startTime < c.start + c.ms);
  console.log(`\n## run ${run + 1}, ${size} facts`);
  for (const family of families) {
    const mine = calls.filter((c) => c.family === family.name);
    const sorted = mine.map((c) => c.ms).sort((a, b) => a - b);
    const p99 = percentile(sorted, 99);
    const slow = mine.filter((c) => c.ms >= Math.min(p99, slowMs));
    const withGc = slow.filter((c) => gcIn(c).length > 0).length;
    const first = slow.filter((c) => c.repeat === 0 && c.index < family.questions.length).length;
    const allGc = mine.flatMap(gcIn);
    console.log(
      `${family.name}: p50 ${percentile(sorted, 50).toFixed(2)} p99 ${p99.toFixed(2)} max ${sorted.at(-1)!.toFixed(1)}; ` +
        `${slow.length} calls ≥ min(p99, ${slowMs}): ${first} first calls, ${withGc} with a GC; ` +
        `GCs in the family's calls: ${allGc.length} (${allGc.reduce((s, g) => s + g.duration, 0).toFixed(1)} ms)`,
    );
    const clean = mine.filter((c) => !Number.isNaN(c.bytes) && gcIn(c).length === 0);
    const kb = clean.reduce((s, c) => s + c.bytes, 0) / clean.length / 1024;
    const cpuSorted = mine.map((c) => c.cpu).sort((a, b) => a - b);
    let excess = 0;
    const firsts: { c: Call; extra: number }[] = [];
    for (let k = 0; k + 2 < mine.length; k += 3) {
      const extra = mine[k]!.cpu - Math.min(mine[k + 1]!.cpu, mine[k + 2]!.cpu);
      excess += extra;
      firsts.push({ c: mine[k]!, extra });
    }
    firsts.sort((a, b) => b.extra - a.extra);
    console.log(
      `   CPU p50 ${percentile(cpuSorted, 50).toFixed(2)} p99 ${percentile(cpuSorted, 99).toFixed(2)}; allocated ${kb.toFixed(0)} KB per call; first calls' CPU over their repeats: ${excess.toFixed(0)} ms in all; most: ${firsts
        .slice(0, show)
        .map((f) => `+${f.extra.toFixed(1)} "${f.c.question}"`)
        .join("; ")}`,
    );
    // First calls slow where the repeats are fast, no GC in them: a lazy cache or a file read.
    const lazy = mine.filter((c, k) => {
      if (c.repeat !== 0 || gcIn(c).length > 0) return false;
      const rest = Math.min(mine[k + 1]!.ms, mine[k + 2]!.ms);
      return c.ms >= slowMs && rest < c.ms / 3;
    });
    console.log(
      `   first calls ≥ ${slowMs} ms, no GC, repeats 3× faster: ${lazy.length}: ${lazy
        .slice(0, show)
        .map((c) => `${c.ms.toFixed(1)} "${c.question}"`)
        .join("; ")}`,
    );
    for (const c of [...mine].sort((a, b) => b.ms - a.ms).slice(0, show)) {
      const g = gcIn(c);
      const gcText = g
        .map(
          (e) =>
            `${GC_KIND[(e as unknown as { detail: { kind: number } }).detail?.kind] ?? "?"} ${e.duration.toFixed(2)}`,
        )
        .join(", ");
      console.log(
        `   ${c.ms.toFixed(2)} ms  #${c.index} r${c.repeat}  ${gcText ? `[GC ${gcText}] ` : ""}${c.question}`,
      );
    }
  }
  gcs.length = 0;
}
