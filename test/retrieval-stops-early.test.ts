import { describe, expect, it } from "vitest";
import { syntheticDataset } from "../bench/synthetic.ts";
import type { IndexedFact } from "../src/engine/knowledge.ts";
import { KnowledgeBase } from "../src/engine/knowledge.ts";
import { candidates } from "../src/engine/retrieve.ts";
import { understand } from "../src/engine/understand.ts";

/** The question's candidates, and how many facts the walks of its words' postings reported. */
function walked(kb: KnowledgeBase, question: string) {
  const walk = kb.forEachFactWithStem.bind(kb);
  let reported = 0;
  kb.forEachFactWithStem = (stem, found) =>
    walk(stem, (indexed: IndexedFact, strength: number) => {
      reported++;
      return found(indexed, strength);
    });
  try {
    const { plan } = understand(question, kb);
    return { matches: candidates(plan, kb), reported };
  } finally {
    kb.forEachFactWithStem = walk;
  }
}

describe("a common word's facts are read only until the pool is full of the strongest", () => {
  // 10,000 made-up facts, a few hundred of them on each accord topic, each in so many words.
  const kb = KnowledgeBase.fromDataset(syntheticDataset(10_000).dataset);

  it("stops once 400 facts have the word as strongly as any can, where the store has more", () => {
    const { matches, reported } = walked(kb, "Who criticised the climate accord?");
    expect(kb.documentFrequency("climat")).toBeGreaterThan(800);
    // Before: every fact with "climate" (all of them as strongly) was read to pick the first 400.
    expect(reported).toBe(400);
    expect(matches.length).toBeGreaterThan(0);
  });

  it("stops as soon for a word the facts have only through their people's descriptions", () => {
    // No statement says "foreign": a fact has it at most as strongly as a description vouches for it.
    expect(kb.textHasStem("foreign")).toBe(false);
    const { reported } = walked(kb, "Who is the foreign minister?");
    // Before: the walk read on to its cap of 2,000 facts, every one found as strongly as the first.
    expect(reported).toBeGreaterThanOrEqual(400);
    expect(reported).toBeLessThan(500);
  });

  it("reads every fact of the rarest word when the next word still decides the pool", () => {
    // "transport" alone does not reach the slack: "foreign" is looked up on each of its facts.
    const { reported } = walked(kb, "who welcomed the transport deal with the foreign minister");
    expect(reported).toBeGreaterThanOrEqual(kb.documentFrequency("transport"));
  });
});
