import { Session } from "node:inspector/promises";
import { Engine } from "../src/engine/engine.ts";
import { conversationsOf, questionFamilies } from "./questions.ts";
import { syntheticDataset } from "./synthetic.ts";

/**
 * Where answering allocates: V8's sampling heap profiler (objects later collected included) over
 * every family's questions on a synthetic store, bytes per function (self) and per function with
 * what it calls, per call of answer().
 *   node --import tsx bench/alloc-profile.ts 10000 [family|all] [rows]
 */
const size = Number(process.argv[2] ?? 10_000);
const only = process.argv[3] ?? "all";
const rows = Number(process.argv[4] ?? 40);

interface Node {
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  selfSize: number;
  children: Node[];
}

const { dataset, questions } = syntheticDataset(size);
const engine = new Engine(dataset);
engine.warm();
engine.warmSuggestions();
for (const question of questions.slice(0, 300)) engine.answer(question);
const families = [
  { name: "named (bench's own)", questions: questions.filter((_, i) => i % 10 === 0).slice(0, 300) },
  ...questionFamilies(dataset, { perFamily: 300 }),
].filter((f) => only === "all" || f.name === only);
const asks = families.flatMap((f) =>
  conversationsOf(engine, f as never).map(
    (previous, i) => [f.questions[i]!, previous ? { previous } : {}] as const,
  ),
);
// Asked once first, so the profile is of repeats as much as of first calls (the bench asks 3 times).
const session = new Session();
session.connect();
await session.post("HeapProfiler.startSampling", {
  samplingInterval: 512,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
} as never);
let calls = 0;
for (let r = 0; r < 3; r++) {
  for (const [question, options] of asks) {
    engine.answer(question, undefined, options);
    calls++;
  }
}
const { profile } = (await session.post("HeapProfiler.stopSampling")) as unknown as {
  profile: { head: Node };
};
const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
// A built-in's allocations (sort, iterators' next, push) by the function that called it.
const builtins = new Map<string, number>();
const keyOf = (f: Node["callFrame"]) =>
  `${f.functionName || "(anon)"} ${f.url.replace(/.*\/(src|bench|node_modules)\//, "$1/")}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
const walk = (node: Node, stack: Set<string>, parent?: string): number => {
  const f = node.callFrame;
  const key = keyOf(f);
  if (!f.url && parent && node.selfSize > 0) {
    const k = `${f.functionName} ← ${parent}`;
    builtins.set(k, (builtins.get(k) ?? 0) + node.selfSize);
  }
  self.set(key, (self.get(key) ?? 0) + node.selfSize);
  all += node.selfSize;
  let sum = node.selfSize;
  const inner = new Set(stack).add(key);
  for (const child of node.children) sum += walk(child, inner, f.url ? key : parent);
  if (!stack.has(key)) total.set(key, (total.get(key) ?? 0) + sum);
  return sum;
};
walk(profile.head, new Set());
const kb = (bytes: number) => (bytes / calls / 1024).toFixed(1);
console.log(`${calls} calls, ${kb(all)} KB per call sampled`);
console.log("\nself KB per call:");
for (const [key, bytes] of [...self].sort((a, b) => b[1] - a[1]).slice(0, rows))
  console.log(`  ${kb(bytes)}  ${key}`);
console.log("\nwith callees, KB per call:");
for (const [key, bytes] of [...total].sort((a, b) => b[1] - a[1]).slice(0, rows))
  console.log(`  ${kb(bytes)}  ${key}`);
console.log("\nbuilt-ins by caller, KB per call:");
for (const [key, bytes] of [...builtins].sort((a, b) => b[1] - a[1]).slice(0, rows))
  console.log(`  ${kb(bytes)}  ${key}`);
