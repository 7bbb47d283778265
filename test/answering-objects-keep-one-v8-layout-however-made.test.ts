/**
 * What answering passes between its stages (the question's tokens, its plan and the plan's terms,
 * the readings of a follow-up, the turn a follow-up is read against) is one V8 object layout (map)
 * however it was made: by the literal that makes it, by a copy with a field changed (a slip
 * corrected, a word softened, a name taken as one of its namesakes), with or without a possessive,
 * a two-word verb, an event. Same field names in the same order are not enough: a spread copy
 * (`{ ...plan, terms }`) is an object of another map than the literal's, and the code optimised on
 * one map was dropped ("wrong map") when a question brought the other, so the next questions ran
 * unoptimised code until it was recompiled (issue 8: a first call's time). The maps are compared
 * with V8's own test (`%HaveSameMap`).
 */
import { setFlagsFromString } from "node:v8";
import { describe, expect, it } from "vitest";
import { resolveContext } from "../src/engine/context.ts";
import { tokenize, tokenOf } from "../src/engine/language/normalize.ts";
import { sortOutNamesakes } from "../src/engine/namesakes.ts";
import { understand } from "../src/engine/understand.ts";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

setFlagsFromString("--allow-natives-syntax");
const sameMap = new Function("a", "b", "return %HaveSameMap(a, b)") as (a: object, b: object) => boolean;
/** How many maps the objects come in. */
const layouts = (objects: readonly object[]) => {
  const maps: object[] = [];
  for (const o of objects) if (!maps.some((m) => sameMap(m, o))) maps.push(o);
  return maps.length;
};

/** A made-up article: two countries sign a river accord, one minister takes over from another. */
const engine = engineFrom(
  madeUpStore("birch-herald-river-accord", {
    outlet: "Birch Herald",
    title: "Norvik and Castel sign a river accord",
    date: "2026-09-20",
    entities: [
      ...norvikAndCastel("A country upriver", "A country downriver"),
      {
        id: "petra-lund",
        kind: "person",
        name: "Petra Lund",
        description: "Minister of Water of Norvik",
        aliases: ["Lund"],
      },
      {
        id: "ivo-marek",
        kind: "person",
        name: "Ivo Marek",
        description: "Minister of Water of Castel",
        aliases: ["Marek"],
      },
    ],
    meetings: [
      {
        id: "2026-09-18-norvik-castel-river-talks",
        title: "Norvik–Castel river talks",
        date: "2026-09-18",
        place: "Port Birch",
        participants: [
          ["petra-lund", "Minister of Water of Norvik"],
          ["ivo-marek", "Minister of Water of Castel"],
        ],
        summary: "Norvik and Castel signed a river accord.",
        topics: ["water"],
        facts: [
          ["accord-signed", "Petra Lund and Ivo Marek signed the river accord.", ["petra-lund", "ivo-marek"]],
          ["dam-fund", "Norvik pays the largest share of the dam fund, 60 percent.", ["norvik"]],
          ["lund-took-over", "Petra Lund took over the talks from her deputy.", ["petra-lund"]],
          ["marek-said", "Ivo Marek said the river would be cleaner by 2030.", ["ivo-marek"]],
        ],
      },
    ],
  }),
);
const kb = engine.knowledge();

/** Questions that make their objects by different paths: a slip, a possessive, a pair, a time, a superlative. */
const QUESTIONS = [
  "who signed the river accord?",
  "who sigend the river acord?",
  "what did Norvik's minister say?",
  "who took over the talks?",
  "who pays the most for the dam fund?",
  "how long did the talks go on until the accord?",
  "what did Marek say before the accord?",
];

describe("Answering's objects keep one V8 layout however they were made", () => {
  it("a question's plans and all their terms, softened or marked as time words or not, are one layout each", () => {
    // (Asked once before: a field's first values can make V8 widen how it stores the field, which
    // moves the objects made before to a new map once per process; the later ones are compared.)
    for (const q of QUESTIONS) understand(q, kb);
    const plans = QUESTIONS.map((q) => understand(q, kb).plan);
    expect(layouts(plans)).toBe(1);
    expect(layouts(plans.flatMap((plan) => plan.terms))).toBe(1);
  });

  it("a word with a possessive and a word read another way are tokens of the one layout", () => {
    const [owner, plain] = tokenize("Norvik's minister");
    expect(owner!.possessive).toBe(true);
    expect(layouts([owner!, plain!, tokenOf({ ...plain!, word: "ministers" })])).toBe(1);
  });

  it("the readings of follow-ups and the turns they are read against are one layout each", () => {
    const turns = QUESTIONS.map((q) => engine.answer(q).turn!);
    expect(turns.some((turn) => turn.event !== undefined)).toBe(true);
    const reads = turns.flatMap((previous) =>
      ["when was that?", "who signed it?", "what else did she say?", "and Castel?", "where?"].flatMap((q) =>
        resolveContext(understand(q, kb), previous, kb)
          .filter((read) => read.kind === "read")
          .map((read) => {
            const sorted = sortOutNamesakes(read, previous, kb);
            return "read" in sorted ? sorted.read : read;
          }),
      ),
    );
    expect(reads.some((read) => read.reading !== undefined)).toBe(true);
    expect(layouts(reads)).toBe(1);
    expect(layouts(reads.map((read) => read.understanding))).toBe(1);
    expect(layouts(turns)).toBe(1);
  });

  it("still answers as before", () => {
    expect(engine.answer("who signed the river accord?").answer).toMatch(/Petra Lund/);
    const { turn } = engine.answer("what did Ivo Marek say?");
    expect(engine.answer("when was that?", undefined, { previous: turn }).answer).toMatch(/2026|September/);
  });
});
