import { stemmer } from "stemmer";

// Regex literals in functions, hoisted: a literal is a new RegExp object each time it is evaluated,
// garbage per word read. (None is global or sticky where it is tested: no state kept.)
const HAS_DIGIT = /\d/;
const EED_VERB = /^(.{2,}eed)(?:s|ed|ing)$/;
const DOUBLED_VERB = /^(add|\p{L}+ff)(?:ed|ing)$/u;
const BRITISH_IS = /is(e|ed|es|ing|ation|ations|er|ers)$/;
const BRITISH_CE = /((?:de|of)fen|preten)ce(s?)$/;
const STRAIGHT_APOSTROPHES = /'/g;
const POSSESSIVE_S = /'s$/i;

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
  /** Typed with a possessive "'s" ("Kazakhstan's president"), which the word itself drops. */
  possessive?: true;
  /**
   * A verb and its particle read as one word ("ask for" as "request"): the other one-word words
   * the pair can mean, and the verb alone, which articles also use ("asked that ...").
   */
  phrasal?: {
    verb: string | undefined;
    synonyms: readonly string[];
    /** The pair itself (the verb's stem, the particle): "took over" in a fact is "take over" asked. */
    pair: readonly [string, string];
  };
}

/** A way an apostrophe is typed other than the straight one (one character; `test` keeps no state). */
export const CURLY_APOSTROPHE = /[\u2018\u2019\u02bc\u0060\u00b4]/;
const APOSTROPHES = new RegExp(CURLY_APOSTROPHE.source, "g");
const QUOTES = /[\u201c\u201d\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Unicode-safe canonical form of any text: NFKC, straight quotes, no accents, single spaces. */
export function canonicalText(text: string): string {
  // Plain printable ASCII needs none of the Unicode folding below: the common case, made cheap.
  if (/^[\x20-\x7e]*$/.test(text)) {
    // The only white space here is the plain space: most texts have no run of it to fold.
    if (!text.includes("  ") && !text.startsWith(" ") && !text.endsWith(" ")) return text;
    return text.replace(/\s+/g, " ").trim();
  }
  return (
    text
      .normalize("NFKC")
      .replace(APOSTROPHES, "'")
      .replace(QUOTES, '"')
      .replace(DASHES, "-")
      .normalize("NFD")
      .replace(/\p{M}+/gu, "")
      // Invisible format characters (zero-width spaces and joiners, soft hyphens) sit inside words:
      // "Ali\u200byev" is "Aliyev". Control characters (tabs, line breaks) separate words.
      .replace(/\p{Cf}+/gu, "")
      .replace(/\p{Cc}+/gu, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

/**
 * Text made from canonical text, shown with the words as they were typed: matching reads
 * "Kyrgyz-Tajik" and "minister's", but a reading quotes "Kyrgyz–Tajik" and "minister’s" as the
 * user wrote them. Each typed word whose canonical form differs is put back where that form
 * stands whole in `shown` (in lower case where `shown` has it so).
 */
export function withTypedWords(shown: string, typed: readonly string[]): string {
  let out = shown;
  for (const text of typed) {
    if (/^[\x20-\x7e]*$/.test(text)) continue;
    for (const spaced of text.split(/\s+/)) {
      const word = spaced.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
      const canonical = canonicalText(word);
      if (canonical === word || canonical.length === 0 || canonical.includes(" ")) continue;
      const escaped = canonical.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "giu"), (found) =>
        found === canonical ? word : found === canonical.toLowerCase() ? word.toLowerCase() : found,
      );
    }
  }
  return out;
}

/** British and American spellings share one key, applied to index and query alike. */
function unifySpelling(word: string): string {
  if (word.length >= 6 && word.endsWith("our")) return `${word.slice(0, -3)}or`;
  // "Flood defense commission" asked of a store that writes "defence": both are real words, so no
  // slip is corrected, and the nouns English spells either way in "-ce"/"-se" must meet here.
  if (word.endsWith("ce") || word.endsWith("ces")) return word.replace(BRITISH_CE, "$1se$2");
  return word.replace(BRITISH_IS, "iz$1");
}

/** A verb's past form ("received", "met"): what the news sentences of facts are built on. */
export function isPastVerb(word: string): boolean {
  return (
    (word.length > 4 && word.endsWith("ed")) || (irregularBase(word) !== undefined && !word.endsWith("s"))
  );
}

/** The plain form of an irregular verb ("took" -> "take"), else undefined. */
export function irregularBase(word: string): string | undefined {
  const base = IRREGULAR.get(word);
  if (base !== undefined) return base;
  // "Withdrew" is "with" + "drew", "understood" "under" + "stood": a verb made with a prefix is as
  // irregular as the verb it is made of.
  const prefix = VERB_PREFIX.exec(word)?.[1];
  if (!prefix) return undefined;
  const rest = IRREGULAR.get(word.slice(prefix.length));
  return rest === undefined ? undefined : prefix + rest;
}

/** Prefixes English makes verbs with that keep the verb's own forms ("withhold", "withheld"). */
const VERB_PREFIX = /^(with|under|over|out|up|fore|mis|be)(?=[a-z]{3})/;

/**
 * Irregular verb forms the stemmer cannot see through ("held" is "hold", "met" is "meet"). A Map,
 * not an object: looking up every word of every question in an object also finds its prototype's
 * members ("constructor" came back as a function, and stemming it threw).
 */
const IRREGULAR = new Map<string, string>(
  Object.entries({
    held: "hold",
    met: "meet",
    said: "say",
    says: "say",
    took: "take",
    taken: "take",
    made: "make",
    gave: "give",
    given: "give",
    won: "win",
    led: "lead",
    began: "begin",
    begun: "begin",
    chose: "choose",
    chosen: "choose",
    spoke: "speak",
    spoken: "speak",
    went: "go",
    ran: "run",
    gone: "go",
    came: "come",
    saw: "see",
    seen: "see",
    told: "tell",
    thought: "think",
    brought: "bring",
    left: "leave",
    sent: "send",
    built: "build",
    paid: "pay",
    sought: "seek",
    wrote: "write",
    written: "write",
    became: "become",
    grew: "grow",
    grown: "grow",
    rose: "rise",
    risen: "rise",
    drew: "draw",
    drawn: "draw",
    undertook: "undertake",
    undertaken: "undertake",
    bought: "buy",
    sold: "sell",
    kept: "keep",
    lost: "lose",
    meant: "mean",
    stood: "stand",
    caught: "catch",
    fought: "fight",
    taught: "teach",
    felt: "feel",
    dealt: "deal",
    sat: "sit",
    struck: "strike",
    fell: "fall",
    fallen: "fall",
    broke: "break",
    broken: "break",
    threw: "throw",
    thrown: "throw",
    hung: "hang",
    froze: "freeze",
    frozen: "freeze",
    shook: "shake",
    shaken: "shake",
    stole: "steal",
    stolen: "steal",
    tore: "tear",
    torn: "tear",
    wore: "wear",
    worn: "wear",
    swore: "swear",
    sworn: "swear",
    flew: "fly",
    flown: "fly",
    drove: "drive",
    driven: "drive",
    ate: "eat",
    eaten: "eat",
    forgot: "forget",
    forgotten: "forget",
    forgave: "forgive",
    forgiven: "forgive",
    got: "get",
    gotten: "get",
    hid: "hide",
    hidden: "hide",
    spent: "spend",
    bent: "bend",
    fed: "feed",
    fled: "flee",
    spun: "spin",
    stuck: "stick",
    sank: "sink",
    sunk: "sink",
    swept: "sweep",
    arose: "arise",
    arisen: "arise",
    woke: "wake",
    woken: "wake",
    borne: "bear",
    laid: "lay",
    heard: "hear",
    slid: "slide",
    dug: "dig",
    rode: "ride",
    ridden: "ride",
    rang: "ring",
    sang: "sing",
    sung: "sing",
    forbade: "forbid",
    forbidden: "forbid",
    slept: "sleep",
    wept: "weep",
  }),
);

/**
 * Words the Porter stemmer cuts into another word ("news" into "new", so "the new chair" would ask
 * for an outlet): the invariant forms of the Snowball English (Porter2) stemmer's exception list.
 */
const INVARIANT = new Set(["news", "sky", "atlas", "cosmos", "bias", "andes", "howe"]);

const stemCache = new Map<string, string>();
export function stemOf(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem =
      HAS_DIGIT.test(word) || INVARIANT.has(word)
        ? word
        : stemmer(unifySpelling(irregularBase(word) ?? withoutDoubledEnding(withoutEedEnding(word))));
    if (stemCache.size > 200_000) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

/**
 * The stemmer reads "succeed" as a word in "-eed" ("succe") but "succeeded" as one in "-ed"
 * ("succeed"): the verbs in "-eed" (succeed, proceed, exceed, need) are given to it bare.
 */
function withoutEedEnding(word: string): string {
  const match = EED_VERB.exec(word);
  return match ? match[1]! : word;
}

/**
 * The stemmer takes a doubled last letter off a verb's "-ed"/"-ing" form ("added" -> "ad",
 * "staffed" -> "staf") but not off the verb itself ("add", "staff"), so "what did they add?" never
 * met "added": the verbs whose own last letters are doubled ("add", every "-ff" verb: "staff",
 * "stuff", "bluff") are given to it bare. ("Planned" and "stopped" double a letter the verb lacks.)
 */
function withoutDoubledEnding(word: string): string {
  const match = DOUBLED_VERB.exec(word);
  return match ? match[1]! : word;
}

const WORD = /[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu;
// Printable ASCII and ordinary white space; anything else takes the Unicode path.
const ASCII_ONLY = /^[\t\n\r\x20-\x7e]*$/;

/**
 * Splits text into tokens. Letter-digit compounds keep together ("COVID-19" -> "covid19",
 * "COP 29" stays two words), possessive "'s" is dropped, dotted names stay whole ("News.Az" -> "news.az").
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  scan(text, (raw, sentenceStart) => {
    const token = makeToken(raw, sentenceStart);
    if (token) tokens.push(token);
    return token !== undefined;
  });
  return tokens;
}

/** A word as the indexes need it: its lower-case form and its search key. */
export interface IndexWord {
  word: string;
  stem: string;
}

/** The words of a text with their stems, as `tokenize` finds them, without the name flags. */
export function indexWords(text: string): IndexWord[] {
  const words: IndexWord[] = [];
  forEachIndexWord(text, (word, stem) => words.push({ word, stem }));
  return words;
}

/** Calls back with each word and its stem; allocates nothing per word beyond the strings. */
export function forEachIndexWord(text: string, visit: (word: string, stem: string) => void): void {
  scan(text, (raw) => {
    const word = wordOf(raw);
    if (word) visit(word, stemOf(word));
    return word !== undefined;
  });
}

/** Just the lower-case words of a text, as `tokenize` would find them (no stems, no name flags). */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  scan(text, (raw) => {
    const word = wordOf(raw);
    if (word) words.push(word);
    return word !== undefined;
  });
  return words;
}

/**
 * Calls `visit` with each raw word and whether it starts a sentence; `visit` says whether it
 * kept the word (a lone apostrophe is not one, and does not end the sentence start).
 */
function scan(text: string, visit: (raw: string, sentenceStart: boolean) => boolean): void {
  // ASCII text needs no Unicode folding, and the scanner skips white space and controls itself.
  let canonical = ASCII_ONLY.test(text) ? text : canonicalText(text);
  if (canonical.includes("-")) canonical = canonical.replace(LETTER_DASH_DIGIT, "$1$2");
  if (ASCII_ONLY.test(canonical)) scanAscii(canonical, visit);
  else scanUnicode(canonical, visit);
}

function trimRaw(match: string): string {
  if (match.endsWith("'s") || match.endsWith("'S")) return match.slice(0, -2);
  if (match.endsWith("'") || match.endsWith(".")) return match.slice(0, -1);
  return match;
}

function wordOf(match: string): string | undefined {
  const raw = trimRaw(match);
  if (raw.length === 0) return undefined;
  const lower = raw.toLowerCase();
  return lower.includes("'") ? lower.replace(STRAIGHT_APOSTROPHES, "") : lower;
}

/** Builds one token from a raw word; returns undefined for what is left of a lone apostrophe. */
function makeToken(match: string, sentenceStart: boolean): Token | undefined {
  const raw = trimRaw(match);
  if (raw.length === 0) return undefined;
  const lower = raw.toLowerCase();
  const word = lower.includes("'") ? lower.replace(STRAIGHT_APOSTROPHES, "") : lower;
  // All capitals (two letters or more) or capitalised mid-sentence: reads as a name.
  const allCaps = raw !== lower && raw === raw.toUpperCase() && raw.length >= 2 && TWO_LETTERS.test(raw);
  const capitalised = raw[0] !== lower[0];
  // Every field, absent ones undefined (see `tokenOf`): a possessive added after was another layout.
  return {
    text: raw,
    word,
    stem: stemOf(word),
    nameLike: allCaps || (capitalised && !sentenceStart),
    possessive: raw.length < match.length && POSSESSIVE_S.test(match) ? true : undefined,
    phrasal: undefined,
  };
}

/**
 * A token read another way (`tokenOf({ ...token, word, stem })`), in the one layout every token
 * has: every field in one order, absent ones undefined. A spread copy, or a possessive set after
 * the token was made, is an object of another V8 layout (map), and the loops over a text's tokens
 * were optimised on one layout and dropped ("wrong map") when a question brought another.
 */
export function tokenOf(t: Token): Token {
  return {
    text: t.text,
    word: t.word,
    stem: t.stem,
    nameLike: t.nameLike,
    possessive: t.possessive,
    phrasal: t.phrasal,
  };
}

/** The common case, plain ASCII, scanned by character codes: no regex match objects per word. */
function scanAscii(text: string, visit: (raw: string, sentenceStart: boolean) => boolean): void {
  let sentenceStart = true;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (!isAsciiWordChar(c)) {
      if (c === 46 || c === 33 || c === 63 || c === 58 || c === 59) sentenceStart = true;
      i++;
      continue;
    }
    const begin = i;
    while (i < n) {
      const d = text.charCodeAt(i);
      if (isAsciiWordChar(d)) i++;
      else if ((d === 39 || d === 46) && i + 1 < n && isAsciiWordChar(text.charCodeAt(i + 1))) i += 2;
      else break;
    }
    if (visit(text.slice(begin, i), sentenceStart)) sentenceStart = false;
  }
}

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function scanUnicode(text: string, visit: (raw: string, sentenceStart: boolean) => boolean): void {
  let sentenceStart = true;
  let lastIndex = 0;
  for (const match of text.matchAll(WORD)) {
    if (lastIndex > 0 && SENTENCE_END.test(text.slice(lastIndex, match.index))) sentenceStart = true;
    lastIndex = match.index + match[0].length;
    if (visit(match[0], sentenceStart)) sentenceStart = false;
  }
}

const LETTER_DASH_DIGIT = /(\p{L})-(\d)/gu;
const SENTENCE_END = /[.!?:;]\s*$/;
const TWO_LETTERS = /\p{L}.*\p{L}/u;

/** Lower-case token words joined by single spaces: the key for alias and phrase lookups. */
export function phraseKey(text: string): string {
  return tokenize(text)
    .map((token) => token.word)
    .join(" ");
}
