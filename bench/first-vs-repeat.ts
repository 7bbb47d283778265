import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import { entityWords, factSequences } from "../src/engine/token-cache.ts";
import { conversationsOf, type Family, questionFamilies } from "./questions.ts";
import { startEngine } from "./startup.ts";
import { syntheticDataset } from "./synthetic.ts";

/**
 * What a question's first call does that its repeats do not: a store started as `npm run bench`
 * starts it (built, warmed, 200 warm-up questions, nothing yielded to the event loop), then every
 * family's questions asked once each (first calls), then all again (repeats), each phase's CPU
 * time per family, and with --profile each phase's CPU profile written beside (first.cpuprofile,
 * repeat.cpuprofile) with the self time of the functions that differ most listed.
 *   node --expose-gc --import tsx bench/first-vs-repeat.ts [size] [--profile DIR]
 * Phases in turn are at the mercy of the machine's load changing between them: MIXED=1 asks each
 * question twice in a row instead (see `mixed`), on the first store. RUNS=N: the phases are run on
 * N stores built in turn (the last one's reported: the process's code and word caches warm);
 * FAMILY=name: one family; ROUNDS=N: the repeats asked N times; PREFILL=1: every fact's and
 * entity's words read at start-up (the heap and time that costs printed), to see what is left.
 * Profiles taken through tsx show every function at line 2: bundle first (see the README).
 */
const size = Number(process.argv[2] ?? 10_000);
const at = process.argv.indexOf("--profile");
const profileDir = at >= 0 ? process.argv[at + 1] : undefined;

const runs = Number(process.env.RUNS ?? 2);

function started() {
  const { dataset, questions } = syntheticDataset(size);
  const { engine } = startEngine(dataset);
  if (process.env.PREFILL) {
    globalThis.gc?.();
    const heap = process.memoryUsage().heapUsed;
    const t = performance.now();
    for (const fact of dataset.facts.values()) factSequences(fact);
    for (const entity of dataset.entities.values()) entityWords(entity);
    globalThis.gc?.();
    console.log(
      `prefill ${(performance.now() - t).toFixed(0)} ms, heap +${((process.memoryUsage().heapUsed - heap) / 2 ** 20).toFixed(1)} MB`,
    );
  }
  for (const question of questions.filter((_, i) => i % 10 !== 0).slice(0, 200)) engine.answer(question);
  const families: Family[] = [
    {
      name: "named (bench's own)",
      about: "",
      questions: questions.filter((_, i) => i % 10 === 0).slice(0, 300),
    },
    ...questionFamilies(dataset, { perFamily: 300 }),
  ].filter((f) => !process.env.FAMILY || f.name === process.env.FAMILY);
  const contexts = families.map((family) => conversationsOf(engine, family));
  globalThis.gc?.();
  return { engine, families, contexts };
}
let { engine, families, contexts } = started();

const session = new Session();
session.connect();
const post = (method: string, params?: object): unknown => {
  let result: unknown;
  let failed: unknown;
  session.post(method, params ?? {}, (error, value) => {
    failed = error;
    result = value;
  });
  if (failed) throw failed;
  return result;
};
if (profileDir) {
  post("Profiler.enable");
  post("Profiler.setSamplingInterval", { interval: 100 });
}

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount: number;
}
function selfTimes(profile: { nodes: Node[]; samples: number[]; timeDeltas: number[] }): Map<string, number> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  profile.samples.forEach((id, k) => {
    const node = byId.get(id)!;
    const f = node.callFrame;
    const key = `${f.functionName || "(anon)"} ${f.url.split("/").slice(-2).join("/")}:${f.lineNumber + 1}`;
    out.set(key, (out.get(key) ?? 0) + (profile.timeDeltas[k] ?? 0) / 1000);
  });
  return out;
}

function phase(name: string, rounds = 1): { perFamily: number[]; profile?: Map<string, number> } {
  if (profileDir) post("Profiler.start");
  const perFamily = families.map((family, f) => {
    const cpu = process.cpuUsage();
    for (let round = 0; round < rounds; round++)
      family.questions.forEach((question, i) => {
        const previous = contexts[f]![i];
        engine.answer(question, undefined, previous ? { previous } : {});
      });
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / 1000 / rounds;
  });
  if (!profileDir) return { perFamily };
  const { profile } = post("Profiler.stop") as { profile: Parameters<typeof selfTimes>[0] };
  writeFileSync(`${profileDir}/${name}.cpuprofile`, JSON.stringify(profile));
  return { perFamily, profile: selfTimes(profile) };
}

/**
 * Each question asked twice in a row (as the bench asks it), the first call's and the repeat's
 * CPU time summed per family, and with --profile one profile whose samples are split by the call
 * they fell in (first-mixed.cpuprofile, repeat-mixed.cpuprofile): the machine's load, which
 * changes over seconds, then weighs on both alike.
 */
function mixed(): void {
  const windows: { from: number; to: number; first: boolean }[] = [];
  const now = () => Number(process.hrtime.bigint() / 1000n);
  if (profileDir) post("Profiler.start");
  families.forEach((family, f) => {
    let firstCpu = 0;
    let repeatCpu = 0;
    family.questions.forEach((question, i) => {
      const previous = contexts[f]![i];
      for (const first of [true, false]) {
        const cpu = process.cpuUsage();
        const from = now();
        engine.answer(question, undefined, previous ? { previous } : {});
        windows.push({ from, to: now(), first });
        const used = process.cpuUsage(cpu);
        if (first) firstCpu += (used.user + used.system) / 1000;
        else repeatCpu += (used.user + used.system) / 1000;
      }
    });
    const n = family.questions.length;
    console.log(
      `${family.name.padEnd(22)} ${n} q: first ${(firstCpu / n).toFixed(3)} ms/q, repeat ${(repeatCpu / n).toFixed(3)} ms/q (CPU, interleaved)`,
    );
  });
  if (!profileDir) return;
  type Profile = {
    nodes: Node[];
    samples: number[];
    timeDeltas: number[];
    startTime: number;
    endTime: number;
  };
  const { profile } = post("Profiler.stop") as { profile: Profile };
  for (const first of [true, false]) {
    const samples: number[] = [];
    const deltas: number[] = [];
    let t = profile.startTime;
    let w = 0;
    profile.samples.forEach((id, k) => {
      t += profile.timeDeltas[k] ?? 0;
      while (w < windows.length && windows[w]!.to < t) w++;
      const window = windows[w];
      if (window && window.from <= t && window.first === first) {
        samples.push(id);
        deltas.push(profile.timeDeltas[k] ?? 0);
      }
    });
    const name = first ? "first-mixed" : "repeat-mixed";
    writeFileSync(
      `${profileDir}/${name}.cpuprofile`,
      JSON.stringify({ ...profile, samples, timeDeltas: deltas }),
    );
  }
}

if (process.env.MIXED) {
  mixed();
  process.exit(0);
}

for (let run = 1; run < runs; run++) {
  const a = phase(`first-run${run}`);
  const b = phase(`repeat-run${run}`);
  console.log(
    `run ${run}: first ${a.perFamily.reduce((x, y) => x + y, 0).toFixed(0)} ms, repeat ${b.perFamily.reduce((x, y) => x + y, 0).toFixed(0)} ms`,
  );
  ({ engine, families, contexts } = started());
}
const first = phase("first");
const repeat = phase("repeat", Number(process.env.ROUNDS ?? 1));
families.forEach((family, f) => {
  const a = first.perFamily[f]!;
  const b = repeat.perFamily[f]!;
  const n = family.questions.length;
  console.log(
    `${family.name.padEnd(22)} ${n} q: first ${(a / n).toFixed(3)} ms/q, repeat ${(b / n).toFixed(3)} ms/q, excess ${(a - b).toFixed(0)} ms`,
  );
});
if (first.profile && repeat.profile) {
  const keys = new Set([...first.profile.keys(), ...repeat.profile.keys()]);
  const rows = [...keys].map((k) => ({ k, a: first.profile!.get(k) ?? 0, b: repeat.profile!.get(k) ?? 0 }));
  rows.sort((x, y) => y.a - y.b - (x.a - x.b));
  console.log("\nself ms, first phase vs repeat phase, largest differences:");
  for (const r of rows.slice(0, 45))
    console.log(
      `${(r.a - r.b).toFixed(1).padStart(8)} ${r.a.toFixed(1).padStart(8)} ${r.b.toFixed(1).padStart(8)}  ${r.k}`,
    );
}
