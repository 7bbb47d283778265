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
