import { stemmer } from "stemmer";

/** A word of the input with enough context for the engine to judge it. */
export interface Token {
  /** The word as typed, for messages that quote it back. */
  text: string;
  /** Lower-case, accent-free surface form ("chairs", "covid19"). */
  word: string;
  /** Search key: spelling-unified Porter stem ("chair"). */
  stem: string;
  /** The word looked like a name in the original text (capitalised mid-sentence, or all capitals). */
  nameLike: boolean;
}

const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;
const QUOTES = /[\u201c\u201d\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Unicode-safe canonical form of any text: NFKC, straight quotes, no accents, single spaces. */
export function canonicalText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(APOSTROPHES, "'")
    .replace(QUOTES, '"')
    .replace(DASHES, "-")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[\p{Cc}\p{Cf}]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** British and American spellings share one key, applied to index and query alike. */
function unifySpelling(word: string): string {
  if (word.length >= 6 && word.endsWith("our")) return `${word.slice(0, -3)}or`;
  return word.replace(/is(e|ed|es|ing|ation|ations|er|ers)$/, "iz$1");
}

const stemCache = new Map<string, string>();
export function stemOf(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = /\d/.test(word) ? word : stemmer(unifySpelling(word));
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

const WORD = /[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu;

/**
 * Splits text into tokens. Letter-digit compounds keep together ("COVID-19" -> "covid19",
 * "COP 29" stays two words), possessive "'s" is dropped, dotted names stay whole ("News.Az" -> "news.az").
 */
export function tokenize(text: string): Token[] {
  const canonical = canonicalText(text).replace(/([\p{L}])-(\d)/gu, "$1$2");
  const tokens: Token[] = [];
  let sentenceStart = true;
  let lastIndex = 0;
  for (const match of canonical.matchAll(WORD)) {
    const between = canonical.slice(lastIndex, match.index);
    if (/[.!?:;]\s*$/.test(between) || /^\s*$/.test(canonical.slice(0, match.index))) sentenceStart = true;
    lastIndex = match.index + match[0].length;
    let raw = match[0].replace(/'s$/i, "").replace(/'$/, "");
    if (raw.endsWith(".")) raw = raw.slice(0, -1);
    if (raw.length === 0) continue;
    const word = raw.toLowerCase().replace(/'/g, "");
    const letters = raw.replace(/[^\p{L}]/gu, "");
    const allCaps =
      letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
    const capitalised = /^\p{Lu}/u.test(raw);
    tokens.push({
      text: raw,
      word,
      stem: stemOf(word),
      nameLike: allCaps || (capitalised && !sentenceStart),
    });
    sentenceStart = false;
  }
  return tokens;
}

/** Lower-case token words joined by single spaces: the key for alias and phrase lookups. */
export function phraseKey(text: string): string {
  return tokenize(text)
    .map((token) => token.word)
    .join(" ");
}
