import { createRequire } from "node:module";

/**
 * Number words ("twenty", "forty", "hundred") from compromise's lexicon, which tags each with
 * `Cardinal`: a maintained list instead of one written by hand and extended a word at a time
 * ("for thirty years" was missed until someone added "thirty").
 *
 * Loaded on first use, not at import: compromise's tagger takes about 0.3 s to load on two shared
 * cores, and most answers never need a number spelled out (the warm-up pays it before members ask).
 */

interface Lexicon {
  world(): { model: { one: { lexicon: Record<string, string | string[]> } } };
}

let cardinals: readonly string[] | undefined;

/** The cardinal number words compromise knows, singular ("forty", "hundred"), longest first. */
export function cardinalWords(): readonly string[] {
  if (cardinals) return cardinals;
  const nlp = createRequire(import.meta.url)("compromise/two") as Lexicon;
  const lexicon = nlp.world().model.one.lexicon;
  cardinals = Object.entries(lexicon)
    .filter(([word, tags]) => {
      const all = Array.isArray(tags) ? tags : [tags];
      // "Millions", "thousands" count no years ("for thousands of years" is no length to report).
      return all.includes("Cardinal") && /^[a-z]+$/.test(word) && !word.endsWith("s");
    })
    .map(([word]) => word)
    .sort((a, b) => b.length - a.length);
  return cardinals;
}

const UNITS =
  "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(
    " ",
  );
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");

/** The value of a number word of one word ("eight" 8, "twenty" 20), or undefined. */
export function numberWordValue(word: string): number | undefined {
  const unit = UNITS.indexOf(word);
  if (unit >= 0) return unit + 1;
  const ten = TENS.indexOf(word);
  return ten >= 0 ? (ten + 2) * 10 : undefined;
}
