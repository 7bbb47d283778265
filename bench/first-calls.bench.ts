import { execFileSync } from "node:child_process";
import { loadavg } from "node:os";
import { fileURLToPath } from "node:url";
import type { AnswerOptions } from "../src/engine/answer.ts";
import { Engine } from "../src/engine/engine.ts";
import { mayReferBack } from "../src/engine/understand.ts";
import { type Family, questionFamilies } from "./questions.ts";
import { fmt, percentile } from "./stats.ts";
import { syntheticDataset } from "./synthetic.ts";

/**
 * A bot's first questions after start-up, in fresh processes, with and without answering's code
 * warmed (`Engine.warmAnswering`, which `warm` schedules right after start-up). `npm run bench`
 * asks 200 questions before it times anything and its later runs share one process, so the code
 * is warm there: this asks nothing untimed.
 *
 *   node --import tsx bench/first-calls.bench.ts [--runs 6] [--size 10000] [--per-family 300] [--repeats 3]
 *
 * Each run is a new process per mode (the modes alternating, ABBA, so both meet the same load):
 * the synthetic store built, `warm()` (without its code warm-up), the event loop let run once
 * (WordNet is read, as between a bot's start and its first question), the code warm-up done at
 * once in the warmed mode (timed), the autocomplete index finished and a full GC in both; then
 * every family's questions asked in turn, one of each family after another (the n-th question of
 * each family, then the n+1-th…: a bot's questions come mixed), each `--repeats` times in a row,
 * every call timed; a follow-up is asked right after its first question (untimed), in its answer's
 * conversation. Reported per mode, medians over the runs: ready, the warm-up's time, the very first
 * call, each family's first call, the first 100 calls' sum, and per family the p99 of all calls
 * (first calls and repeats, `npm run bench`'s all-call p99) and of first calls only; then the
 * ratio warmed / cold of each median.
 */

interface ChildResult {
  mode: Mode;
  load: [number, number];
  buildMs: number;
  warmMs: number;
  warmUpMs: number;
  firstCallMs: number;
  first100Ms: number;
  cpuMs: number;
  families: { name: string; firstMs: number; p50: number; p99: number; firstP99: number; max: number }[];
}

type Mode = "warmed" | "cold";

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  const value = at >= 0 ? Number(process.argv[at + 1]) : Number.NaN;
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);
const median = (values: readonly number[]) => percentile(sorted(values), 50);

async function child(mode: Mode, size: number, perFamily: number, repeats: number): Promise<ChildResult> {
  const loadBefore = loadavg()[0] ?? 0;
  const { dataset, questions } = syntheticDataset(size);
  const families: Family[] = [
    { name: "named (bench's own)", about: "", questions: questions.filter((_, i) => i % 10 === 0) },
    ...questionFamilies(dataset, { perFamily }),
  ].map((f) => ({ ...f, questions: f.questions.slice(0, perFamily), after: f.after?.slice(0, perFamily) }));
  let start = performance.now();
  const engine = new Engine(dataset);
  const buildMs = performance.now() - start;
  start = performance.now();
  engine.warm({ answering: false });
  const warmMs = performance.now() - start;
  // What runs right after start-up (WordNet's files read), before the first member's question.
  await new Promise((resolve) => setImmediate(resolve));
  start = performance.now();
  if (mode === "warmed") engine.warmAnswering();
  const warmUpMs = performance.now() - start;
  engine.warmSuggestions();
  globalThis.gc?.();

  const times = families.map(() => [] as number[]);
  const firsts = families.map(() => [] as number[]);
  const order: number[] = [];
  const cpu = process.cpuUsage();
  const longest = Math.max(...families.map((f) => f.questions.length));
  for (let i = 0; i < longest; i++) {
    families.forEach((family, f) => {
      const question = family.questions[i];
      if (question === undefined) return;
      let options: AnswerOptions = {};
      const opener = family.after?.[i];
      if (opener !== undefined && mayReferBack(question)) {
        const { answered, turn } = engine.answer(opener);
        if (turn && (answered || turn.entities.length > 0)) options = { previous: turn };
      }
      for (let r = 0; r < repeats; r++) {
        const at = performance.now();
        engine.answer(question, undefined, options);
        const ms = performance.now() - at;
        times[f]!.push(ms);
        if (r === 0) {
          firsts[f]!.push(ms);
          order.push(ms);
        }
      }
    });
  }
  const used = process.cpuUsage(cpu);
  return {
    mode,
    load: [loadBefore, loadavg()[0] ?? 0],
    buildMs,
    warmMs,
    warmUpMs,
    firstCallMs: order[0]!,
    first100Ms: order.slice(0, 100).reduce((a, b) => a + b, 0),
    cpuMs: (used.user + used.system) / 1000,
    families: families.map((family, f) => {
      const all = sorted(times[f]!);
      return {
        name: family.name,
        firstMs: firsts[f]![0]!,
        p50: percentile(all, 50),
        p99: percentile(all, 99),
        firstP99: percentile(sorted(firsts[f]!), 99),
        max: all.at(-1)!,
      };
    }),
  };
}

function parent(): void {
  const runs = flag("--runs", 6);
  const size = flag("--size", 10_000);
  const perFamily = flag("--per-family", 300);
  const repeats = flag("--repeats", 3);
  console.log(
    `node ${process.version}, ${new Date().toISOString()}; ${size} facts; ${runs} processes per mode (ABBA); ` +
      `${perFamily} questions per family, each asked ${repeats} times in a row; load average ${fmt(loadavg()[0] ?? 0, 2)}`,
  );
  const file = fileURLToPath(import.meta.url);
  const results: ChildResult[] = [];
  for (let run = 0; run < runs; run++) {
    const modes: Mode[] = run % 2 === 0 ? ["cold", "warmed"] : ["warmed", "cold"];
    for (const mode of modes) {
      const out = execFileSync(
        process.execPath,
        [
          "--expose-gc",
          "--max-old-space-size=8192",
          "--import",
          "tsx",
          file,
          "--child",
          mode,
          String(size),
          String(perFamily),
          String(repeats),
        ],
        { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
      );
      const result = JSON.parse(out.trim().split("\n").at(-1)!) as ChildResult;
      results.push(result);
      console.log(
        `  run ${run + 1} ${mode}: load ${fmt(result.load[0], 1)}–${fmt(result.load[1], 1)}, ready ${fmt(result.buildMs + result.warmMs, 0)} ms, ` +
          `warm-up ${fmt(result.warmUpMs, 0)} ms, first call ${fmt(result.firstCallMs, 1)} ms, first 100 ${fmt(result.first100Ms, 0)} ms, CPU ${fmt(result.cpuMs, 0)} ms`,
      );
    }
  }
  const of = (mode: Mode) => results.filter((r) => r.mode === mode);
  const cold = of("cold");
  const warmed = of("warmed");
  const row = (label: string, pick: (r: ChildResult) => number, digits = 1) => {
    const c = median(cold.map(pick));
    const w = median(warmed.map(pick));
    return `| ${label} | ${fmt(c, digits)} | ${fmt(w, digits)} | ${c > 0 ? fmt(w / c, 2) : "–"} |`;
  };
  console.log("");
  console.log("| medians over the processes | cold | warmed | warmed / cold |");
  console.log("|---|---:|---:|---:|");
  console.log(row("ready (build + warm), ms", (r) => r.buildMs + r.warmMs, 0));
  console.log(row("code warm-up, ms", (r) => r.warmUpMs, 0));
  console.log(row("the first call, ms", (r) => r.firstCallMs, 2));
  console.log(
    row("each family's first call, median, ms", (r) => median(r.families.map((f) => f.firstMs)), 2),
  );
  console.log(
    row("each family's first call, slowest, ms", (r) => Math.max(...r.families.map((f) => f.firstMs)), 2),
  );
  console.log(row("the first 100 calls, sum, ms", (r) => r.first100Ms, 0));
  console.log(row("CPU over all the questions, ms", (r) => r.cpuMs, 0));
  console.log("");
  console.log(
    "| family | p50 cold / warmed | p99 of all calls, cold / warmed (ratio) | p99 of first calls, cold / warmed (ratio) | first call, cold / warmed |",
  );
  console.log("|---|---:|---:|---:|---:|");
  cold[0]!.families.forEach((family, f) => {
    const m = (rs: ChildResult[], pick: (x: ChildResult["families"][number]) => number) =>
      median(rs.map((r) => pick(r.families[f]!)));
    const p99c = m(cold, (x) => x.p99);
    const p99w = m(warmed, (x) => x.p99);
    const fc = m(cold, (x) => x.firstP99);
    const fw = m(warmed, (x) => x.firstP99);
    console.log(
      `| ${family.name} | ${fmt(
        m(cold, (x) => x.p50),
        2,
      )} / ${fmt(
        m(warmed, (x) => x.p50),
        2,
      )} | ` +
        `${fmt(p99c, 1)} / ${fmt(p99w, 1)} (${fmt(p99w / p99c, 2)}) | ${fmt(fc, 1)} / ${fmt(fw, 1)} (${fmt(fw / fc, 2)}) | ` +
        `${fmt(
          m(cold, (x) => x.firstMs),
          1,
        )} / ${fmt(
          m(warmed, (x) => x.firstMs),
          1,
        )} |`,
    );
  });
  console.log("");
  console.log(`load average at the end ${fmt(loadavg()[0] ?? 0, 2)}; ${new Date().toISOString()}`);
}

const at = process.argv.indexOf("--child");
if (at >= 0) {
  const [mode, size, perFamily, repeats] = process.argv.slice(at + 1);
  const result = await child(mode as Mode, Number(size), Number(perFamily), Number(repeats));
  console.log(JSON.stringify(result));
} else {
  parent();
}
