import type { IndexedFact } from "../knowledge.ts";

/**
 * The posting lists of a store's facts as loaded, all in one typed array: for each stem number, a
 * run of positions in `facts` (the load's order). A list per stem grown by push was most of a
 * 100k-fact build after reading the texts: a Map lookup and a push per fact and stem (1.5M), the
 * copies made as lists grew and when they were trimmed, and the garbage collector walking them
 * all. Made once from the facts' terms (two passes: counted, then filled), never changed after:
 * facts added later have lists of their own (see `KnowledgeBase`), read after these.
 */
export class LoadedPostings {
  private constructor(
    private readonly facts: readonly IndexedFact[],
    /** Where each stem's run starts in `items`; one more than there are stems. */
    private readonly starts: Int32Array,
    private readonly items: Int32Array,
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
    const items = new Int32Array(total);
    const filled = starts.slice(0, stems);
    for (let position = 0; position < facts.length; position++) {
      const terms = facts[position]!.terms;
      for (let i = 0; i < terms.size; i++) items[filled[terms.stemNumberAt(i)]!++] = position;
    }
    return new LoadedPostings(facts, starts, items);
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
    if (stem + 1 >= this.starts.length) return true;
    const end = this.starts[stem + 1]!;
    for (let k = this.starts[stem]!; k < end; k++) {
      const indexed = this.facts[this.items[k]!]!;
      if (indexed.live && !found(indexed, indexed.terms.strengthOf(stem)!)) return false;
    }
    return true;
  }
}
