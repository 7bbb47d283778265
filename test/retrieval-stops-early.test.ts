import { describe, expect, it } from "vitest";
import { syntheticDataset } from "../bench/synthetic.ts";
import { KnowledgeBase } from "../src/engine/knowledge.ts";
import { candidates, DEFAULT_CANDIDATE_OPTIONS } from "../src/engine/retrieve.ts";
import { understand } from "../src/engine/understand.ts";
import { countingPostings } from "./support/postings-walks.ts";

/** The question's candidates, and how many facts the walks of its words' postings reported. */
function walked(kb: KnowledgeBase, question: string, exclude: ReadonlySet<string> = new Set()) {
  const { plan } = understand(question, kb);
  const { result: matches, reported } = countingPostings(kb, () =>
    candidates(plan, kb, { ...DEFAULT_CANDIDATE_OPTIONS, exclude }),
  );
  return { matches, reported };
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

  it("counts only the facts the pool may hold: facts not to offer again are read past", () => {
    // "What else …?": the first 50 facts found are left out, so 50 more are read to fill the pool.
    const first = walked(kb, "Who criticised the climate accord?");
    const shown = new Set<string>();
    const walk = kb.forEachFactWithStem.bind(kb);
    walk("climat", (indexed) => {
      shown.add(indexed.fact.id);
      return shown.size < 50;
    });
    const { matches, reported } = walked(kb, "Who criticised the climate accord?", shown);
    expect(reported).toBe(first.reported + 50);
    expect(matches.some((m) => shown.has(m.indexed.fact.id))).toBe(false);
  });

  it("reads every fact of the rarest word when the next word still decides the pool", () => {
    // "transport" alone does not reach the slack: "foreign" is looked up on each of its facts.
    const { reported } = walked(kb, "who welcomed the transport deal with the foreign minister");
    expect(reported).toBeGreaterThanOrEqual(kb.documentFrequency("transport"));
  });
});
