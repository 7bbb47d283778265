/**
 * Made-up data's building blocks, seeded so that every process makes the same: the warm-up's
 * private store (warm-up.ts) and the bench's synthetic stores (bench/synthetic.ts).
 */

/** Small, fast, seeded PRNG (mulberry32): the same draws on every run and machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Fresh pronounceable names of `parts` syllables drawn with `next`, capitalised; a collision grows
 * the name by a syllable, so any number of names terminates.
 */
export function nameMaker(next: () => number, syllables: readonly string[]): (parts: number) => string {
  const pick = () => syllables[Math.floor(next() * syllables.length)]!;
  const used = new Set<string>();
  return (parts) => {
    let word = "";
    for (let i = 0; i < parts; i++) word += pick();
    while (used.has(word)) word += pick();
    used.add(word);
    return word[0]!.toUpperCase() + word.slice(1);
  };
}
