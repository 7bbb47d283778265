/**
 * Typo correction against a vocabulary, by symmetric deletion (SymSpell): every vocabulary word
 * is indexed under itself and each of its one-letter deletions, so a lookup costs a handful of map
 * reads instead of a scan. That finds one substitution, insertion, deletion or transposition,
 * and many two-edit slips, with no dependence on the vocabulary's size.
 */
export class SpellingIndex {
  // Most keys lead to one word: store it bare and only make an array on the second.
  private readonly byDeletion = new Map<string, string | string[]>();
  private readonly words = new Set<string>();

  // Words are indexed on first lookup, not on add: loading a large store stays fast and
  // a store nobody misspells against never pays for the index.
  private readonly pending: string[] = [];

  add(word: string): void {
    if (word.length < 3 || this.words.has(word)) return;
    this.words.add(word);
    this.pending.push(word);
  }

  /** Indexes every word added so far (call ahead of time to keep the first lookup fast). */
  flush(): void {
    for (const word of this.pending) this.index(word);
    this.pending.length = 0;
  }

  private index(word: string): void {
    for (const key of deletions(word)) {
      const bucket = this.byDeletion.get(key);
      if (bucket === undefined) this.byDeletion.set(key, word);
      else if (typeof bucket === "string") this.byDeletion.set(key, [bucket, word]);
      else bucket.push(word);
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
    if (this.pending.length > 0) this.flush();
    // Short words allow one slip; two only from eight letters, where two slips rarely make another word.
    const maxDistance = word.length >= 8 ? 2 : 1;
    const seen = new Set<string>();
    const found: { word: string; distance: number }[] = [];
    for (const key of deletions(word)) {
      const bucket = this.byDeletion.get(key);
      if (bucket === undefined) continue;
      for (const candidate of typeof bucket === "string" ? [bucket] : bucket) {
        if (seen.has(candidate)) continue;
        seen.add(candidate);
        const distance = damerauLevenshtein(word, candidate, maxDistance);
        if (distance <= maxDistance) found.push({ word: candidate, distance });
      }
    }
    return found.sort((a, b) => a.distance - b.distance || a.word.localeCompare(b.word));
  }
}

function deletions(word: string): string[] {
  const keys = [word];
  for (let i = 0; i < word.length; i++) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}

/** Optimal-string-alignment distance, giving up early once it exceeds `limit`. */
export function damerauLevenshtein(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
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
