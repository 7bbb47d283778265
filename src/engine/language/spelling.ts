/**
 * Typo correction against a vocabulary, by symmetric deletion (SymSpell): every vocabulary word
 * is indexed under itself and each of its one-letter deletions, so a lookup costs a handful of
 * reads instead of a scan. That finds one substitution, insertion, deletion or transposition,
 * and many two-edit slips, with no dependence on the vocabulary's size.
 *
 * The keys are not kept as strings: a 100k-fact store has about half a million of them, and a Map
 * of strings to words was most of this index's 48 MB. Each key is kept as its 32-bit hash in a
 * chained hash table of typed arrays (about 12 bytes a key), computed without building the
 * deleted string; a lookup checks that the word really has the key, so a hash collision never
 * adds a candidate the strings would not have found.
 */
export class SpellingIndex {
  private readonly words = new Set<string>();
  /** Every word added, by number; the first `indexed` of them are in the table. */
  private readonly list: string[] = [];
  private indexed = 0;
  /** Chain heads by hash (power-of-two size), -1 for none. */
  private heads = new Int32Array(1024).fill(-1);
  /** Per key: next in its chain, the word's number, the key's hash. */
  private next = new Int32Array(1024);
  private word = new Int32Array(1024);
  private hash = new Int32Array(1024);
  private keys = 0;
  /** Per word number, the call of `candidates` that met it last (see there). */
  private seen = new Uint32Array(0);
  private stamp = 0;
  /**
   * Per word length, the numbers of the indexed words of that length and each one's letter set
   * (`letterSet`): the two-letters-left-out lookup reads these instead of one deletion lookup per
   * letter and place.
   */
  private readonly byLength = new Map<number, { numbers: number[]; letters: number[] }>();

  // Words are indexed on first lookup, not on add: loading a large store stays fast and
  // a store nobody misspells against never pays for the index.
  add(word: string): void {
    if (word.length < 3 || this.words.has(word)) return;
    this.words.add(word);
    this.list.push(word);
  }

  /** Indexes every word added so far (call ahead of time to keep the first lookup fast). */
  flush(): void {
    for (; this.indexed < this.list.length; this.indexed++) this.index(this.indexed);
  }

  private index(number: number): void {
    const word = this.list[number]!;
    let bucket = this.byLength.get(word.length);
    if (!bucket) {
      bucket = { numbers: [], letters: [] };
      this.byLength.set(word.length, bucket);
    }
    bucket.numbers.push(number);
    bucket.letters.push(letterSet(word));
    // A doubled letter gives the same deletion twice: indexed once.
    for (let skip = -1; skip < word.length; skip++) {
      if (skip > 0 && word[skip] === word[skip - 1]) continue;
      this.insert(hashSkipping(word, skip), number);
    }
  }

  private insert(h: number, number: number): void {
    if (this.keys === this.next.length) this.grow();
    const at = this.keys++;
    const slot = h & (this.heads.length - 1);
    this.next[at] = this.heads[slot]!;
    this.word[at] = number;
    this.hash[at] = h;
    this.heads[slot] = at;
  }

  private grow(): void {
    const size = this.next.length * 2;
    const widen = (old: Int32Array) => {
      const wider = new Int32Array(size);
      wider.set(old);
      return wider;
    };
    this.next = widen(this.next);
    this.word = widen(this.word);
    this.hash = widen(this.hash);
    // At most one key per head on average: the chains stay short.
    this.heads = new Int32Array(size).fill(-1);
    const mask = size - 1;
    for (let at = 0; at < this.keys; at++) {
      const slot = this.hash[at]! & mask;
      this.next[at] = this.heads[slot]!;
      this.heads[slot] = at;
    }
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  get size(): number {
    return this.words.size;
  }

  /** Vocabulary words within the allowed distance of `word`, closest first. */
  candidates(word: string): { word: string; distance: number }[] {
    if (word.length < 3 || /^\d+$/.test(word)) return [];
    if (this.indexed < this.list.length) this.flush();
    // Short words allow one slip; two only from eight letters, where two slips rarely make another word.
    const maxDistance = word.length >= 8 ? 2 : 1;
    // Asked for every unknown word of every question (a misspelt name matching no one is several):
    // the keys are read from the word, not built as strings, and the words met are marked in an
    // array kept between calls, not a set made per call.
    if (this.seen.length < this.list.length) this.seen = new Uint32Array(this.list.length * 2);
    const stamp = ++this.stamp;
    const found: { word: string; distance: number }[] = [];
    this.collect(word, word, maxDistance, stamp, found);
    // One deletion a side reaches most two-slip words, not those the typist left two letters out of
    // ("survelance", "paragrafs" for "paragraphs"): for a long word nothing else reaches, the
    // words one or two letters longer are read.
    if (found.length === 0 && maxDistance === 2) this.collectLonger(word, maxDistance, found);
    return found.sort((a, b) => a.distance - b.distance || a.word.localeCompare(b.word));
  }

  /**
   * The words one or two letters longer than `word` within `maxDistance` of it, whose letters
   * beyond the English alphabet are all `word`'s own (what putting a letter back at each place
   * and looking that up again found, at 26 lookups a letter: 3,400 for "azerbaijan", milliseconds
   * for every unknown name asked). A word two letters longer has every letter of `word`; one letter
   * longer, all but the one typed for another: the letter sets rule out most words unread.
   */
  private collectLonger(
    word: string,
    maxDistance: number,
    found: { word: string; distance: number }[],
  ): void {
    const letters = letterSet(word);
    for (let extra = 1; extra <= maxDistance; extra++) {
      const bucket = this.byLength.get(word.length + extra);
      if (!bucket) continue;
      const allowedMissing = maxDistance - extra;
      for (let i = 0; i < bucket.numbers.length; i++) {
        if (missingLetters(letters, bucket.letters[i]!) > allowedMissing) continue;
        const candidate = this.list[bucket.numbers[i]!]!;
        if (!extraLettersAreEnglish(candidate, word)) continue;
        const distance = damerauLevenshtein(word, candidate, maxDistance);
        if (distance <= maxDistance) found.push({ word: candidate, distance });
      }
    }
  }

  /** Adds the words `key` (or `key` less a letter) is a key of, measured from `word`, once each. */
  private collect(
    key: string,
    word: string,
    maxDistance: number,
    stamp: number,
    found: { word: string; distance: number }[],
  ): void {
    for (let skip = -1; skip < key.length; skip++) {
      const h = hashSkipping(key, skip);
      for (let at = this.heads[h & (this.heads.length - 1)]!; at >= 0; at = this.next[at]!) {
        const number = this.word[at]!;
        if (this.hash[at] !== h || this.seen[number] === stamp) continue;
        const candidate = this.list[number]!;
        if (!isKeyOf(key, skip, candidate)) continue;
        this.seen[number] = stamp;
        const distance = damerauLevenshtein(word, candidate, maxDistance);
        if (distance <= maxDistance) found.push({ word: candidate, distance });
      }
    }
  }
}

/** The letters a–z a word has, one bit each; any other character sets bit 26 + its code mod 6. */
function letterSet(word: string): number {
  let set = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    set |= code >= 97 && code <= 122 ? 1 << (code - 97) : 1 << (26 + (code % 6));
  }
  return set;
}

/** How many of the letters in `typed` the other set lacks. */
function missingLetters(typed: number, other: number): number {
  let missing = typed & ~other;
  let count = 0;
  for (; missing !== 0; count++) missing &= missing - 1;
  return count;
}

/** Whether every character of `candidate` outside a–z is also in `word` (only a–z are put back). */
function extraLettersAreEnglish(candidate: string, word: string): boolean {
  for (let i = 0; i < candidate.length; i++) {
    const code = candidate.charCodeAt(i);
    if ((code < 97 || code > 122) && !word.includes(candidate[i]!)) return false;
  }
  return true;
}

/** FNV-1a over the word's UTF-16 units, leaving out the one at `skip` (-1: none). */
function hashSkipping(word: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    if (i === skip) continue;
    h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  }
  return h | 0;
}

/**
 * Whether the key (`typed` without its letter at `skip`, -1: none) is `word` itself or `word`
 * with one letter left out.
 */
function isKeyOf(typed: string, skip: number, word: string): boolean {
  const length = skip < 0 ? typed.length : typed.length - 1;
  const keyAt = (i: number) => typed.charCodeAt(skip < 0 || i < skip ? i : i + 1);
  if (length === word.length) {
    for (let i = 0; i < length; i++) if (keyAt(i) !== word.charCodeAt(i)) return false;
    return true;
  }
  if (length !== word.length - 1) return false;
  let i = 0;
  while (i < length && keyAt(i) === word.charCodeAt(i)) i++;
  for (; i < length; i++) if (keyAt(i) !== word.charCodeAt(i + 1)) return false;
  return true;
}

let table = new Int32Array(256);

/** Optimal-string-alignment distance, giving up early once it exceeds `limit`. */
export function damerauLevenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  // One table for every call (each fills the cells it reads): a new one per candidate word was
  // most of a misspelt word's garbage.
  if (rows * cols > table.length) table = new Int32Array(Math.max(rows * cols, 2 * table.length));
  const d = table;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    let rowMin = Number.POSITIVE_INFINITY;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(
        d[(i - 1) * cols + j]! + 1,
        d[i * cols + j - 1]! + 1,
        d[(i - 1) * cols + j - 1]! + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, d[(i - 2) * cols + j - 2]! + 1);
      }
      d[i * cols + j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
  }
  return d[rows * cols - 1]!;
}
