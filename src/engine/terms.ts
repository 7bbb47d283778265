/**
 * Compact per-fact search terms. A fact's terms were a Map of stem to strength: about 500 bytes a
 * fact (a hash table for ten entries) and a quarter of a 100k-fact store's heap. Here a knowledge
 * base's facts have their terms end to end in two typed arrays (stem number, strength code), and a
 * fact keeps only where its run starts and how long it is: about 50 bytes a fact. Stems are
 * numbered once for the process, so the same stem in every fact is one string.
 */

/** Stem numbers, shared by every knowledge base of the process (overlays add their new stems). */
const stemNumbers = new Map<string, number>();
const stemTexts: string[] = [];

/** The stem's number, given one on first sight. */
export function stemNumber(stem: string): number {
  let number = stemNumbers.get(stem);
  if (number === undefined) {
    number = stemTexts.length;
    stemNumbers.set(stem, number);
    stemTexts.push(stem);
  }
  return number;
}

/** How many stems are numbered: stem numbers are below it. */
export function stemCount(): number {
  return stemTexts.length;
}

/** The stem's number, or undefined for a stem no knowledge base has (none is given). */
export function knownStemNumber(stem: string): number | undefined {
  return stemNumbers.get(stem);
}

/** The one string kept for a stem (what `FactTerms.keys()` gives back). */
export function internStem(stem: string): string {
  return stemTexts[stemNumber(stem)]!;
}

/**
 * Strengths are few distinct doubles (1, 0.9, …): each is stored as the index of its value here,
 * so what `get` returns is exactly the number that was put in, never a float32 rounding of it.
 */
const strengthValues: number[] = [];

/** The strength a code stands for: what `FactTerms.strengthOf` gives for a stem stored with it. */
export function strengthOfCode(code: number): number {
  return strengthValues[code]!;
}

function strengthCode(strength: number): number {
  let code = strengthValues.indexOf(strength);
  if (code < 0) {
    if (strengthValues.length === 255) throw new Error("more than 255 distinct term strengths");
    code = strengthValues.push(strength) - 1;
  }
  return code;
}

/**
 * The terms of one knowledge base's facts, end to end. One per knowledge base, so that a server's
 * overlay dropped and replayed takes its terms with it. Append-only: a removed or replaced fact's
 * run stays (facts are removed only in a server's overlay, a few at a time), never read again.
 */
export class TermStore {
  /** Read directly by `FactTerms` (a getter per lookup would cost more than the lookup). */
  stems = new Int32Array(256);
  codes = new Uint8Array(256);
  private used = 0;

  /** Room for `count` more terms; returns where they start. */
  reserve(count: number): number {
    if (this.used + count > this.stems.length) {
      // Half as much again, not double: at most a third of the arrays stands empty.
      let size = Math.ceil(this.stems.length * 1.5);
      while (this.used + count > size) size = Math.ceil(size * 1.5);
      const stems = new Int32Array(size);
      stems.set(this.stems.subarray(0, this.used));
      this.stems = stems;
      const codes = new Uint8Array(size);
      codes.set(this.codes.subarray(0, this.used));
      this.codes = codes;
    }
    const start = this.used;
    this.used += count;
    return start;
  }
}

/** The read side of a fact's terms, as the Map it replaces offered it (get, has, keys, size). */
export interface TermLookup {
  get(stem: string): number | undefined;
  has(stem: string): boolean;
  keys(): IterableIterator<string>;
  readonly size: number;
}

/** One fact's terms: a run of its knowledge base's arrays, in the order the stems were first read. */
export class FactTerms implements TermLookup {
  private constructor(
    private readonly store: TermStore,
    private readonly start: number,
    readonly size: number,
  ) {}

  /** Stores the terms of a Map (stem → strength, in its order). */
  static from(terms: ReadonlyMap<string, number>, store: TermStore): FactTerms {
    const gatherer = new TermGatherer();
    for (const [stem, strength] of terms) gatherer.add(stem, strength);
    return gatherer.storeIn(store);
  }

  /** Stores gathered terms (see `TermGatherer`). */
  static of(numbers: Int32Array, strengths: Float64Array, count: number, store: TermStore): FactTerms {
    const start = store.reserve(count);
    for (let i = 0; i < count; i++) {
      store.stems[start + i] = numbers[i]!;
      store.codes[start + i] = strengthCode(strengths[i]!);
    }
    return new FactTerms(store, start, count);
  }

  get(stem: string): number | undefined {
    const number = stemNumbers.get(stem);
    return number === undefined ? undefined : this.strengthOf(number);
  }

  /** `get` by the stem's number (a walk of one stem's postings looks the number up once). */
  strengthOf(number: number): number | undefined {
    // Ten-odd stems a fact: a scan of a few ints is as fast as hashing into a table of them.
    const { stems, codes } = this.store;
    const end = this.start + this.size;
    for (let at = this.start; at < end; at++) if (stems[at] === number) return strengthValues[codes[at]!];
    return undefined;
  }

  has(stem: string): boolean {
    return this.get(stem) !== undefined;
  }

  /** The number of the `i`th stem (0 ≤ i < size), in the order `keys` gives them. */
  stemNumberAt(i: number): number {
    return this.store.stems[this.start + i]!;
  }

  /** The code of the `i`th stem's strength (see `strengthOfCode`). */
  strengthCodeAt(i: number): number {
    return this.store.codes[this.start + i]!;
  }

  *keys(): IterableIterator<string> {
    const end = this.start + this.size;
    for (let at = this.start; at < end; at++) yield stemTexts[this.store.stems[at]!]!;
  }
}

/**
 * Gathers one fact's terms as a Map would (stem → its strongest strength, in first-read order),
 * reused from fact to fact: a Map per fact, or even a cleared one (clearing allocates a new
 * table), was garbage at every fact of a bulk load.
 */
export class TermGatherer {
  private numbers = new Int32Array(64);
  private strengths = new Float64Array(64);
  private count = 0;

  clear(): void {
    this.count = 0;
  }

  /** As `if ((map.get(stem) ?? 0) < strength) map.set(stem, strength)`. */
  add(stem: string, strength: number): void {
    this.addNumbered(stemNumber(stem), strength);
  }

  /** `add` by the stem's number (see `stemNumber`). */
  addNumbered(number: number, strength: number): void {
    // A fact has tens of stems at most: a scan beats hashing.
    for (let i = 0; i < this.count; i++) {
      if (this.numbers[i] !== number) continue;
      if (this.strengths[i]! < strength) this.strengths[i] = strength;
      return;
    }
    if (!(0 < strength)) return;
    if (this.count === this.numbers.length) {
      const numbers = new Int32Array(this.count * 2);
      numbers.set(this.numbers);
      this.numbers = numbers;
      const strengths = new Float64Array(this.count * 2);
      strengths.set(this.strengths);
      this.strengths = strengths;
    }
    this.numbers[this.count] = number;
    this.strengths[this.count] = strength;
    this.count++;
  }

  storeIn(store: TermStore): FactTerms {
    return FactTerms.of(this.numbers, this.strengths, this.count, store);
  }
}
