import type { IndexedFact, KnowledgeBase } from "../../src/engine/knowledge.ts";

/**
 * What `run` returns, and how many facts the walks of words' postings reported meanwhile: how
 * much of the store a search read, which is what an early stop or a memo saves.
 */
export function countingPostings<T>(kb: KnowledgeBase, run: () => T): { result: T; reported: number } {
  const walk = kb.forEachFactWithStem.bind(kb);
  let reported = 0;
  kb.forEachFactWithStem = (stem, found) =>
    walk(stem, (indexed: IndexedFact, strength: number) => {
      reported++;
      return found(indexed, strength);
    });
  try {
    const result = run();
    return { result, reported };
  } finally {
    kb.forEachFactWithStem = walk;
  }
}
