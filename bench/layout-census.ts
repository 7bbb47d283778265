import { resolveContext } from "../src/engine/context.ts";
import { Engine } from "../src/engine/engine.ts";
import { sortOutNamesakes } from "../src/engine/namesakes.ts";
import { understand } from "../src/engine/understand.ts";
import { conversationsOf, questionFamilies } from "./questions.ts";
import { syntheticDataset } from "./synthetic.ts";

/**
 * How many V8 object layouts (maps) the objects answering passes between its stages come in, over
 * the bench's families at one store size: an understanding, its plan and terms, a reading, a
 * reading's understanding, the turn a follow-up is read against. Objects made by another path
 * (a spread copy, a field added later) are another map even with the same fields in the same
 * order. The last of `passes` (default 2) passes over the families is counted: a field's first
 * values can make V8 widen how the field is stored, which moves earlier objects to a new map once.
 *   node --allow-natives-syntax --import tsx bench/layout-census.ts 10000 [passes]
 * (DEBUG_PRINT=term prints each map of that kind, V8's `%DebugPrint`.)
 */
const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;

class Census {
  reps: { obj: object; first: string; keys: string; count: number }[] = [];
  add(obj: unknown, where: string) {
    if (obj === null || typeof obj !== "object") return;
    const rep = this.reps.find((r) => sameMap(r.obj, obj as object));
    if (rep) rep.count++;
    else this.reps.push({ obj: obj as object, first: where, keys: Object.keys(obj).join(","), count: 1 });
  }
}
const size = Number(process.argv[2] ?? 10_000);
const { dataset, questions } = syntheticDataset(size);
const engine = new Engine(dataset);
engine.warm();
const kb = engine.knowledge();
const families = [
  { name: "named", about: "", questions: questions.filter((_, i) => i % 10 === 0).slice(0, 300) },
  ...questionFamilies(dataset, { perFamily: 300 }),
];
const census: Record<string, Census> = {};
const see = (kind: string, obj: unknown, where: string) => {
  census[kind] ??= new Census();
  census[kind].add(obj, where);
};
const passes = Number(process.argv[3] ?? 2);
for (let pass = 0; pass < passes; pass++) {
  if (pass === passes - 1) for (const key of Object.keys(census)) delete census[key];
  for (const family of families) {
    const conversations = conversationsOf(engine, family);
    family.questions.forEach((question, i) => {
      const previous = conversations[i];
      if (previous) see("turn", previous, `${family.name}: ${question}`);
      const asked = understand(question, kb);
      see("understanding", asked, `${family.name}: ${question}`);
      see("plan", asked.plan, `${family.name}: ${question}`);
      for (const t of asked.plan.terms) see("term", t, `${family.name}: ${question} [${t.word}]`);
      for (const m of asked.plan.mentions) see("mention", m, `${family.name}: ${question}`);
      for (const reading of resolveContext(asked, previous, kb)) {
        if (reading.kind !== "read") continue;
        const sorted = sortOutNamesakes(reading, previous, kb);
        if ("ask" in sorted) continue;
        see("read", sorted.read, `${family.name}: ${question}`);
        see("read.understanding", sorted.read.understanding, `${family.name}: ${question}`);
        see("read.plan", sorted.read.understanding.plan, `${family.name}: ${question}`);
        for (const t of sorted.read.understanding.plan.terms)
          see("read.term", t, `${family.name}: ${question} [${t.word}]`);
      }
    });
  }
}
const debugPrint = new Function("a", "%DebugPrint(a)") as (a: object) => void;
for (const [kind, c] of Object.entries(census)) {
  console.log(`${kind}: ${c.reps.length} layout(s)`);
  for (const r of c.reps) {
    console.log(`  ${r.count}× first ${r.first.slice(0, 100)}\n      ${r.keys.slice(0, 200)}`);
    if (process.env.DEBUG_PRINT === kind) debugPrint(r.obj);
  }
}
