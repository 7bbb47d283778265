import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { syntheticDataset } from "../bench/synthetic.ts";
import { KnowledgeBase } from "../src/engine/knowledge.ts";
import { Suggester } from "../src/engine/suggest.ts";

/**
 * A scan for suggestions leaps over runs of entries that cannot match (Suggester.leap): what it
 * offers must be exactly what reading every entry offers.
 */
describe("suggestions found by leaping are the ones a full scan finds", () => {
  const kb = KnowledgeBase.fromDataset(syntheticDataset(3_000).dataset);
  const leaping = new Suggester(kb);
  const reading = new Suggester(kb, { exhaustive: true });
  const words = [
    ...new Set(
      [...kb.facts.values()]
        .slice(0, 400)
        .flatMap((indexed) => [
          ...indexed.fact.statement.split(/\s+/),
          ...indexed.fact.questions.flatMap((q) => q.split(/\s+/)),
        ]),
    ),
    "what",
    "did",
    "who",
    "accord",
    "axcord",
    "trade",
    "signed",
  ];

  it("on the bench's kind of prefixes", () => {
    for (const typed of ["what accord did", "what axcord did", "who signed the tr", "energy d", "Who is K"]) {
      expect(leaping.suggest(typed), typed).toEqual(reading.suggest(typed));
    }
  });

  it("on any words, whole or cut, with hidden facts", () => {
    const hidden = new Set([...kb.facts.keys()].filter((_, i) => i % 3 === 0));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 12 }),
        fc.boolean(),
        fc.boolean(),
        (picked, cut, trailingSpace, hide) => {
          const last = picked.at(-1)!;
          const typed = [...picked.slice(0, -1), last.slice(0, cut)].join(" ") + (trailingSpace ? " " : "");
          const seen = hide ? hidden : undefined;
          expect(leaping.suggest(typed, 25, seen)).toEqual(reading.suggest(typed, 25, seen));
        },
      ),
      { numRuns: 200 },
    );
  });
});
