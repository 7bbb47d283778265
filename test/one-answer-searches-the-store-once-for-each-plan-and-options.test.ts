import { describe, expect, it } from "vitest";
import { syntheticDataset } from "../bench/synthetic.ts";
import type { IndexedFact } from "../src/engine/knowledge.ts";
import { KnowledgeBase } from "../src/engine/knowledge.ts";
import type { QueryPlan } from "../src/engine/query.ts";
import {
  type CandidateOptions,
  candidates,
  DEFAULT_CANDIDATE_OPTIONS,
  inOneSearch,
} from "../src/engine/retrieve.ts";
import { understand } from "../src/engine/understand.ts";
import { countingPostings } from "./support/postings-walks.ts";

/** The plan's candidates, and how many facts the walks of its words' postings reported. */
function searched(kb: KnowledgeBase, plan: QueryPlan, options: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS) {
  const { result: matches, reported } = countingPostings(kb, () => candidates(plan, kb, options));
  return { matches, reported };
}

const ids = (matches: readonly { indexed: IndexedFact; rank: number }[]) =>
  matches.map((m) => `${m.indexed.fact.id} ${m.rank}`);

describe("one answer searches the store once for each question and options", () => {
  // ("Why did the minister welcome the accord?": its answer searches, then the fallback that looks
  // for the reason beside the act searches again with the same plan and options.)
  const kb = KnowledgeBase.fromDataset(syntheticDataset(2_000).dataset);
  const { plan } = understand("Why did the minister welcome the accord?", kb);

  it("a second search with the same plan and options in one answer reads no facts again, and finds the same", () => {
    inOneSearch(() => {
      const first = searched(kb, plan);
      const again = searched(kb, plan);
      expect(first.reported).toBeGreaterThan(0);
      expect(again.reported).toBe(0);
      expect(ids(again.matches)).toEqual(ids(first.matches));
      expect(again.matches.length).toBeGreaterThan(0);
    });
  });

  it("each search's list is its caller's own: emptying one leaves the next whole", () => {
    inOneSearch(() => {
      const first = searched(kb, plan).matches;
      const kept = ids(first);
      first.length = 0;
      expect(ids(searched(kb, plan).matches)).toEqual(kept);
    });
  });

  it("a search with other options is made afresh", () => {
    inOneSearch(() => {
      searched(kb, plan);
      const wider = searched(kb, plan, { ...DEFAULT_CANDIDATE_OPTIONS, threshold: 0.3 });
      expect(wider.reported).toBeGreaterThan(0);
      const without = searched(kb, plan, { ...DEFAULT_CANDIDATE_OPTIONS, exclude: new Set(["none"]) });
      expect(without.reported).toBeGreaterThan(0);
    });
  });

  it("outside an answer, and in the next answer, the store is searched again (it may have changed)", () => {
    expect(searched(kb, plan).reported).toBeGreaterThan(0);
    expect(searched(kb, plan).reported).toBeGreaterThan(0);
    inOneSearch(() => searched(kb, plan));
    inOneSearch(() => expect(searched(kb, plan).reported).toBeGreaterThan(0));
  });
});
