import type { IndexedFact } from "../knowledge.ts";
import { strengthOfCode } from "../terms.ts";

/**
 * The posting lists of a store's facts as loaded, all in one array: for each stem number, a run
 * of the facts that have it (in the load's order), the runs end to end, where each starts in a
 * typed array. A list per stem grown by push was most of a 100k-fact build after reading the
 * texts: a Map lookup and a push per fact and stem (1.5M), the copies made as lists grew and when
 * they were trimmed, and the garbage collector walking 60k arrays. Made once from the facts'
 * terms (counted, then placed), never changed after: facts added later have lists of their own
 * (see `KnowledgeBase`), read after these. The runs hold the facts themselves rather than their
 * positions: a walk through positions read one more array per fact (10–15% slower on a list of
 * 10k facts), for 60 ms less build at 100k.
 */
export class LoadedPostings {
  private constructor(
    /** Where each stem's run starts in `items`; one more than there are stems. */
    private readonly starts: Int32Array,
    /** The facts themselves, run after run (a walk reads them in place, not through an index). */
    private readonly items: readonly IndexedFact[],
    /**
     * Beside each, the code of how strongly it has the run's stem (terms.ts): a walk reports it
     * without reading the fact's terms (a fact's terms never change once stored).
     */
    private readonly codes: Uint8Array,
  ) {}

  /** The facts' postings, for stem numbers below `stems` (every stem the facts have). */
  static of(facts: readonly IndexedFact[], stems: number): LoadedPostings {
    const starts = new Int32Array(stems + 1);
    let total = 0;
    for (const indexed of facts) {
      const terms = indexed.terms;
      for (let i = 0; i < terms.size; i++) starts[terms.stemNumberAt(i) + 1]!++;
      total += terms.size;
    }
    for (let stem = 0; stem < stems; stem++) starts[stem + 1]! += starts[stem]!;
    const positions = new Int32Array(total);
    const codes = new Uint8Array(total);
    const filled = starts.slice(0, stems);
    for (let position = 0; position < facts.length; position++) {
      const terms = facts[position]!.terms;
      for (let i = 0; i < terms.size; i++) {
        const at = filled[terms.stemNumberAt(i)]!++;
        positions[at] = position;
        codes[at] = terms.strengthCodeAt(i);
      }
    }
    // Pushed in order, not `new Array(total)`: an array that long would start as a dictionary.
    const items: IndexedFact[] = [];
    for (let k = 0; k < total; k++) items.push(facts[positions[k]!]!);
    return new LoadedPostings(starts, items, codes);
  }

  /** How many facts the stem's list has (removed ones included). */
  count(stem: number): number {
    return stem + 1 < this.starts.length ? this.starts[stem + 1]! - this.starts[stem]! : 0;
  }

  /**
   * Calls back with the live facts of the stem's list, in load order, and how strongly each has
   * the stem; false from `found` stops the walk (and makes this return false).
   */
  visit(stem: number, found: (indexed: IndexedFact, strength: number) => boolean): boolean {
    const { starts, items, codes } = this;
    if (stem + 1 >= starts.length) return true;
    const end = starts[stem + 1]!;
    for (let k = starts[stem]!; k < end; k++) {
      const indexed = items[k]!;
      if (indexed.live && !found(indexed, strengthOfCode(codes[k]!))) return false;
    }
    return true;
  }
}
