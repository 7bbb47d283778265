import { getOrCreate } from "./collections.ts";
import type { KnowledgeBase } from "./knowledge.ts";
import { CHAT_SHORTHAND } from "./language/chat.ts";
import { isVerbOfConsenting } from "./language/consent.ts";
import { countryNamed, countryOfCapital, currencyUnits } from "./language/countries.ts";
import {
  englishTier,
  englishWordsOneSlipFrom,
  isColloquialWord,
  isEnglishWord,
  QUESTION_AUXILIARIES,
} from "./language/english.ts";
import {
  ANY_MEETING_NOUNS,
  ARTICLES,
  CHATTY_PREFIX,
  COMPLAINT_NOUNS,
  DETERMINERS,
  EXPANSION_PATTERN,
  KIND_WORDS,
  meetingNounsBut,
  NUMBER_WORDS,
  OBJECTION_NOUNS,
  ORDINAL_WORDS,
  POSSESSIVE_DETERMINERS,
  SOFT_WORDS,
  SPATIAL_PREPOSITIONS,
  STOPWORDS,
  SYNONYM_FAMILIES,
} from "./language/lexicon.ts";
import { NeedleLists } from "./language/needles.ts";
import {
  canonicalText,
  irregularBase,
  isPastVerb,
  phraseKey,
  stemOf,
  type Token,
  tokenize,
  tokenOf,
} from "./language/normalize.ts";
import { numberWordValue } from "./language/numbers.ts";
import { SpellingIndex } from "./language/spelling.ts";
import {
  broaderVerbs,
  canNamePerson,
  causingVerbs,
  clippedFrom,
  derivedWords,
  isAdjective,
  isAdjectiveOnly,
  isAdverbPhrase,
  isConcreteNoun,
  isKindOf,
  isLightVerb,
  isMessageNoun,
  isMoneyNoun,
  isMostlyNoun,
  isNoun,
  isNounOnly,
  isPeopleNoun,
  isPersonNoun,
  isPhrasalVerb,
  isVerb,
  isVerbOfGivingMoney,
  isVerbOfMotion,
  isVerbOfOpinion,
  isVerbOfState,
  namesAmount,
  namesGroup,
  narrowerNouns,
  nounKind,
  nounKindOfSecondSense,
  nounSynonyms,
  nounUseSynonyms,
  oppositeVerbs,
  pairDoneOnlyBySomebody,
  pairMeanings,
  pairSynonyms,
  pairTaggedUses,
  pairTellingReadings,
  pairVerbReadings,
  plainerActsOfMind,
  sharedAdjectiveSense,
  taggedUses,
  usedMostlyAsVerb,
  verbBase,
  verbSenseCount,
  verbSynonyms,
  wordsOfGivingMoney,
} from "./language/thesaurus.ts";
import { CALENDAR_WORDS } from "./language/time.ts";
import type { EntityKind } from "./schema.ts";
import { factSequences } from "./token-cache.ts";

// Regex literals in functions, hoisted: a literal is a new RegExp object each time it is evaluated,
// garbage per word read. (None is global or sticky where it is tested: no state kept.)
const HAS_DIGIT = /\d/;
const ALL_DIGITS = /^\d+$/;
const HAS_VOWEL = /[aeiouy]/;
const PARTICIPLE_ENDING = /(?:ed|en)$/;
const LOOKALIKE_DIGIT = /[013]/;
const HAS_LETTER = /[a-z]/;
const HAS_SPACE = /\s/;

/** Longest question the engine reads; the rest of a pasted essay cannot make an answer better. */
export const MAX_QUESTION_CHARS = 500;
const MAX_WORD_LENGTH = 30;

export type QuestionKind = "who" | "what" | "when" | "where" | "which" | "why" | "how" | "yesno" | "other";

/** A span of the question that names a known entity. */
export interface Mention {
  entityIds: string[];
  text: string;
  /** Position of the mention among the question's tokens, and how many tokens it spans. */
  position: number;
  length: number;
  /** The question used an alias rather than the canonical name (matters for "what does X stand for"). */
  viaAlias: boolean;
  /** Named by the adjective of a country ("Chilean" for Chile). */
  demonym?: true;
}

/**
 * A content word of the question and the stems that would count as finding it. Every field is
 * always there (absent ones undefined), so every term has one layout: see `parseQuestion`.
 */
export interface Term {
  word: string;
  /**
   * The word as typed, where it was read as another: the verb of a two-word verb read as one word
   * ("talks" of "talks about", read "discuss"), a slip corrected.
   */
  typed: string | undefined;
  weight: number;
  /** stem -> strength with which that stem in a fact stands for this word. */
  alternatives: Map<string, number>;
  /** Entity kinds this word names ("country" -> country), if any. */
  kinds: EntityKind[];
  position: number;
  /** Asked as a verb and its particle ("take over"): a fact with the same pair has the word. */
  pair: readonly [string, string] | undefined;
  /**
   * Two-word verbs an article may say for the word ("set up" for "establish", "turn down" for
   * "refuse"), each with the strength a fact with the pair has the word (`pairSynonyms`).
   */
  pairs: readonly PairAlternative[] | undefined;
  /**
   * A time word the question's time constraint stands for ("before" asking for a predecessor):
   * a fact that meets the constraint accounts for it whether or not it repeats the word.
   */
  timeWord: true | undefined;
}

/** A two-word verb standing for a term: its verb's stem and its particle, as `hasPair` reads a fact. */
export interface PairAlternative {
  pair: readonly [string, string];
  strength: number;
}

/**
 * "X of Y" in the question: a fact supports it only where X stands near Y ("president of
 * Chile" is not "President Dorj thanked Chile"). "Y's X" and "Chilean X" say the same with the
 * owner first, and facts word it either way ("Azerbaijan's diplomacy" is "Azerbaijan's
 * experience in multilateral diplomacy"), so those accept Y on either side.
 */
export interface Proximity {
  term: number;
  /** Index of a mention, or of a term, that must stand close to the term. */
  target: { mention: number } | { term: number };
  order: "of" | "either";
  /**
   * "the CICA secretary general": a name before a title is most often whose title it is, but
   * "Aliyev Sarybay meeting" is not a meeting "of" Sarybay; such pairs only tell who is described,
   * they do not cost a fact its score.
   */
  describesOnly?: true;
  /**
   * "When does construction of the line start now?": the other words of the phrase after "of",
   * any of which may be its head ("line", not "start"); a fact may stand the term by any of them.
   */
  phrase?: number[];
  /**
   * "The Grenadian housing minister": the term opens a title the country's adjective stands
   * before, which a fact may write as a title of its own words ("Grenada's Minister of
   * Infrastructure and Housing"), the country further from the term than an adjective would be.
   */
  title?: true;
}

export interface QueryPlan {
  text: string;
  kind: QuestionKind;
  /** The term right after "which"/"what" ("which *outlet*"): the kind of thing asked for. */
  focus?: Term;
  expansion: boolean;
  /** Asks "how many" or "how much". */
  quantity: boolean;
  /** Asks about what is still to come ("when will", "when is the next"). */
  future: boolean;
  /** "On which day …", "what's the exact date": a when-question that asks for a day, not a month. */
  asksDay?: true | undefined;
  /** "Who is/was the ...?": asks who holds a role, not the passive "who was received by ...". */
  whoIs: boolean;
  /** The question's words as read (typos fixed), by position: terms and mentions index into them. */
  words: string[];
  mentions: Mention[];
  terms: Term[];
  /** Words the knowledge does not contain at all, even allowing for typos. */
  unknown: UnknownWord[];
  proximities: Proximity[];
}

/** A word of the question the knowledge does not contain at all (`unknownWord` makes one). */
export interface UnknownWord {
  /** As typed. */
  word: string;
  /** Most likely a name the store has never heard of. */
  nameLike: boolean;
  /**
   * An adjective the store never uses, that WordNet knows neither as a noun nor as a verb ("how
   * *big* is the cap?"): it says how the question is put, not what it asks about. A noun the store
   * lacks ("the Takoradi *airport*", "the *finance* minister") names exactly what it has no fact
   * about, and so does a name it has never heard of; a verb ("still *shut* out") is the act or
   * state asked.
   */
  manner: boolean;
}

/** An unknown word, marked whether it is a manner word (every one in this layout). */
export function unknownWord(word: string, nameLike: boolean): UnknownWord {
  const folded = word.toLowerCase();
  const manner =
    !nameLike && isAdjectiveOnly(folded) && !isVerb(folded) && countryNamed(folded) === undefined;
  return { word, nameLike, manner };
}

const HOST_STEM = stemOf("host");
const RECEIVING_STEMS = ["receive", "welcome"].map(stemOf);

/**
 * "Who hosted Panama's foreign minister?", "whom did Aliyev host?": hosting a person is receiving
 * them, as articles say; hosting a conference is not (the synonym families keep the two apart).
 */
function hostsAPerson(
  term: Term,
  words: readonly Token[],
  opener: number,
  mentions: readonly Mention[],
  kb: KnowledgeBase,
): boolean {
  const guest = mentions.find((m) => m.position > term.position && m.position <= term.position + 3);
  if (guest?.entityIds.some((id) => kb.entity(id)?.kind === "person")) return true;
  // "hosted Latvia's foreign minister", "hosted the envoy": someone named by a role.
  const role = words
    .slice(term.position + 1, term.position + 5)
    .findIndex((token) => !STOPWORDS.has(token.word) && isPersonNoun(token.word));
  if (role >= 0) return true;
  if (guest) return false;
  // "Whom did Aliyev host?": the one asked for is the guest.
  const asks = words[opener]?.word;
  return (asks === "whom" || asks === "who") && AUXILIARY_AFTER_WHO.has(words[opener + 1]?.word ?? "");
}

const AUXILIARY_AFTER_WHO = new Set(["did", "does", "do", "will", "would", "has", "had"]);

/** A Map, not an object: an object's lookup also finds its prototype's members ("constructor"). */
const QUESTION_WORDS = new Map<string, QuestionKind>([
  ["who", "who"],
  ["whom", "who"],
  ["whose", "who"],
  ["whos", "who"],
  ["what", "what"],
  ["whats", "what"],
  ["when", "when"],
  ["whens", "when"],
  ["where", "where"],
  ["wheres", "where"],
  ["which", "which"],
  ["why", "why"],
  ["how", "how"],
  ["hows", "how"],
]);
/** "Do", "have" and their forms: a yes-no question's opener, and a verb that puts the question's own verb after its subject. */
const DO_AND_HAVE: readonly string[] = ["do", "does", "did", "has", "have", "had"];
/** Not "may", "might", "must" or "shall", as it was written: opening a yes-no question with them is a change of its own. */
const YES_NO_OPENERS = new Set([
  "is",
  "are",
  "was",
  "were",
  ...DO_AND_HAVE,
  "can",
  "will",
  "should",
  "could",
  "would",
]);

const KIND_OF_WORD = new Map<string, EntityKind>();
for (const [kind, words] of Object.entries(KIND_WORDS) as [EntityKind, readonly string[]][]) {
  for (const word of words) KIND_OF_WORD.set(stemOf(word), kind);
}

const FAMILIES_OF_STEM = new Map<string, Set<string>>();
for (const family of SYNONYM_FAMILIES) {
  // Single words only: a phrase's parts ("head", "of", "state") do not mean what the phrase means.
  const stems = family.filter((word) => !HAS_SPACE.test(word)).map((word) => stemOf(word.toLowerCase()));
  for (const stem of stems) {
    const related = getOrCreate(FAMILIES_OF_STEM, stem, () => new Set());
    for (const other of stems) if (other !== stem) related.add(other);
  }
}

/**
 * How strongly a stem in a fact stands for the question's word. `related` is a link that is not a
 * shared meaning (a WordNet derivation, a kind of the thing): no stronger than WordNet's synonyms,
 * below the engine's own, so that coverage and the fitted model (through the weakest word) weigh
 * it as less.
 */
const STRENGTH = {
  exact: 1,
  corrected: 0.9,
  derived: 0.8,
  synonym: 0.7,
  thesaurus: 0.65,
  related: 0.65,
} as const;
/** A word that negates the verb up to this many words after it ("couldn't they agree"). */
const NEGATOR_REACH = 3;
const NEGATOR =
  /^(?:not|never|no|didnt|doesnt|dont|wasnt|werent|isnt|arent|hasnt|havent|hadnt|wont|wouldnt|couldnt|shouldnt|cannot|cant)$/;
/** The question's word denies its verb ("not", "doesn't", "never"). */
export function isNegator(word: string): boolean {
  return NEGATOR.test(word);
}
/** The word at `at` is the whole of "how many of (the) N …". */
function wholeAt(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.word ?? "";
  const of = ["the", "those", "these"].includes(before) ? at - 2 : at - 1;
  return tokens[of]?.word === "of" && tokens[of - 1]?.word === "many" && tokens[of - 2]?.word === "how";
}

const WEIGHT = { term: 1, soft: 0.3, number: 1.5, relation: 1.5 } as const;
/**
 * Small words that turn a question around ("who chaired CICA *before* Kazakhstan?"): a fact
 * without them answers another question, so missing one weighs like missing a name.
 */
const RELATION_WORDS = new Set([
  "before",
  "after",
  "since",
  "until",
  "against",
  "without",
  "instead",
  "except",
]);

/**
 * A chat token, standing alone: "u" in "did u see", not in "Ha'u" or "u-turn", where an apostrophe
 * or a hyphen makes it part of a word (a name, most often).
 */
function chatToken(tokens: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}'\u2019-])(?:${tokens})(?![\\p{L}\\p{N}'\u2019-])`, "giu");
}

/**
 * A preposition of place stands before a determiner ("behind the dam", "past their 90 days"): it
 * places the phrase that follows. (Before a bare name, "near Paksan", it may be all that tells one
 * of the name's facts from another, and is kept.)
 */
function placesWhatFollows(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return next !== undefined && DETERMINERS.has(next.word);
}

/** `PHRASES`' readings of "what's X's <noun> with/to/about Y?" as "why does X <verb> Y?" (present, then past). */
function grievanceAsked(
  nouns: readonly string[],
  verb: string,
): (readonly [RegExp, string, readonly string[]])[] {
  const noun = `(?:${nouns.join("|")})s?`;
  const asked = (be: string) =>
    new RegExp(
      String.raw`^((?:and |so |but |ok )*)what(?:${be}) ((?:the )?[\p{L}\p{N}.-]+(?: [\p{L}\p{N}.-]+){0,5}?)(?:'s|’s|s'|’) (?:main |real |big |biggest |chief )?${noun} (?:with|to|about|over|against|regarding)\b`,
      "iu",
    );
  return [
    [asked("'s|’s|s| is| are"), `$1why does $2 ${verb}`, nouns],
    [asked(" was| were"), `$1why did $2 ${verb}`, nouns],
  ];
}

/**
 * Phrases that are one idea, read as the word that says it (before the words are looked at one by
 * one). Each lists strings its pattern cannot match without (in lower case): most questions have
 * none of them, and a substring search is far cheaper than running the pattern.
 */
const PHRASES: readonly (readonly [RegExp, string, readonly string[]])[] = [
  // "@everyone", "@Attaché": who the message is addressed to, not what it asks.
  [/(^|\s)@[\p{L}\p{N}_.-]+/gu, "$1", ["@"]],
  // Chat shorthand.
  [
    chatToken("lol|lmao|haha+|pls|plz|thx|ty|bruh|bro|smh|huh"),
    "",
    ["lol", "lmao", "haha", "pls", "plz", "thx", "ty", "bruh", "bro", "smh", "huh"],
  ],
  // "Did Antigua end up agreeing to the radar?": whether it came in the end, as "finally" says
  // ("end" is no end of anything the fact must name; a lateness adverb weighs little, understand.ts).
  [/\b(?:end|ends|ended|ending) up (?=\p{L}+ing\b)/giu, "finally ", [" up "]],
  // "The Prespa stuff" is "the Prespa thing": what it is about, no word of its own.
  [chatToken("stuff"), "thing", ["stuff"]],
  // "Why them tho?": a trailing "though" only says the asker was surprised.
  [/\s+(?:tho|though)(?=[\s?!.]*$)/gi, "", ["tho"]],
  [chatToken("smth"), "something", ["smth"]],
  [chatToken("abt"), "about", ["abt"]],
  [chatToken("wat|wut|wot"), "what", ["wat", "wut", "wot"]],
  [chatToken("wen"), "when", ["wen"]],
  [/\bhw(?= (?:much|many|long|often|far|did|does|do|is|are|was|were|will)\b)/gi, "how", ["hw"]],
  [/\b(who|what|where|when|why|how)['’]d\b/gi, "$1 did", ["'d", "’d"]],
  // "How often", "how long" ask for a frequency or a span (time constraints read from the
  // question as typed); "often" and "long" themselves are no words to find.
  [/\bhow (?:often|frequently|long)\b/gi, "how", ["how "]],
  [/\b(?:going to|gonna|gon)\b/gi, "will", ["going to", "gon"]],
  // "Armenia gotta leave", "they wanna sign": "got to" is "have to", "want to" as typed in full.
  [chatToken("gotta"), "have to", ["gotta"]],
  [chatToken("wanna"), "want to", ["wanna"]],
  // "supposed to" says what should be.
  [/\bsupposed to\b/gi, "should", ["supposed"]],
  // "The entry-into-force date", "the agreement's entry into force": the treaty's noun for its act,
  // which the store tells with the verb ("will enter into force on 1 April"); "entry" alone is
  // another word (a border entry, an entry visa).
  [/\bentry[- ]into[- ]force\b/gi, "entering into force", ["entry"]],
  [/\btill\b/gi, "until", ["till"]],
  [/\bprez\b/gi, "president", ["prez"]],
  [/\bgovt(s?)\b/gi, "government$1", ["govt"]],
  // Titles and bodies clipped in chat ("the ccfc exec sec", "tonga comms min"): WordNet knows
  // "exec" only as the White House and "min", "sec" as a minute and a second, which a count says.
  // Not "dept": as often a slip for "debt", which spelling correction reads from the store.
  [/\bexecs?\b/gi, "executive", ["exec"]],
  [/(?<!\d\s*)\bsec\b(?![- ]?gen)/gi, "secretary", ["sec"]],
  // A trailing "now" ("the climate min rn") still ends the title.
  [
    /(?<!\d\s*)\bmins?\b(?=\W*(?:who\b|(?:\s+(?:rn|atm|now|currently|today))?\W*$)|\s+(?:of|for)\b)/gi,
    "minister",
    ["min"],
  ],
  // "Since when has she been pm?": the prime minister, not the afternoon a clock says ("10 pm").
  [/(?<!\d\s*)\bpm\b/gi, "prime minister", ["pm"]],
  [/\bcomms\b/gi, "communications", ["comms"]],
  [/\bdocs\b/gi, "documents", ["docs"]],
  [chatToken("u"), "you", ["u"]],
  [chatToken("ur"), "your", ["ur"]],
  [chatToken("r"), "are", ["r"]],
  [chatToken("rn|atm|nowadays"), "now", ["rn", "atm", "nowadays"]],
  [
    chatToken("tbh|idk|imo|btw|fyi|ngl|iirc|afaik"),
    "",
    ["tbh", "idk", "imo", "btw", "fyi", "ngl", "iirc", "afaik"],
  ],
  [chatToken("ppl"), "people", ["ppl"]],
  // Words clipped in chat ("the zuwara desal deal", "each yr") and idioms ("say yes"), read as meant (language/chat.ts).
  ...CHAT_SHORTHAND.map(([typed, meant]) => [chatToken(typed), meant, [typed]] as const),
  // "That guy", "this woman": someone just spoken of, as "he" or "she" would be; "the Kyrgyz guy",
  // "the coast guard guy": one of the people spoken of, picked by the words before it, as "the
  // Kyrgyz one" (not "guys", whom "ones" would not pick out, nor "the last guy", "the new guy":
  // "the last one" is a meeting of the story, "the new one" a new thing of it).
  [
    /\b(?:that|this) (?:guy|dude|fella|fellow|bloke|chap|man)\b/gi,
    "he",
    ["guy", "dude", "fella", "fellow", "bloke", "chap", "man"],
  ],
  [/\b(?:that|this) (?:woman|lady|gal)\b/gi, "she", ["woman", "lady", "gal"]],
  [
    /\b(?<=the (?:[\p{L}'’-]+ ){0,3})(?<!\b(?:last|next|previous|first|second|third|final|new) )(?:guy|dude|fella|bloke|chap)\b/giu,
    "one",
    ["guy", "dude", "fella", "bloke", "chap"],
  ],
  [chatToken("b4"), "before", ["b4"]],
  [/\bw\/o\b/gi, "without", ["w/o"]],
  [/\bw\/(?=\s)/gi, "with", ["w/"]],
  // "the deal w the tajik data thing": a lone lower-case "w" between words is "with" ("W" in a
  // name, "George W Bush", is capitalised).
  [/(?<=\p{L} )w(?= \p{L})/gu, "with", [" w "]],
  [/(?<=\p{L}) n (?=\p{L})/giu, " and ", [" n "]],
  // "… or nah?", "… or not?": a yes-no question's tag, no alternative asked about.
  [/\s+or (?:nah|nope|what|not)(?=[\s?!.]*$)/gi, "", [" or "]],
  // "Is the MBFA based in Panama or where?", "was the vote in May or when?": a guess offered, then
  // the question the asker means. Asked as typed, the guess is a place or a date the fact must
  // name, and a wrong guess refuses (or answers something else held there); asked plainly, the
  // answer names the place or the date, and confirms the guess when it was right.
  [
    /^(\W*(?:(?:yo|so|ok|okay|hey|wait|and|but)\W+)*)(is|are|was|were|do|does|did|will|has|have|had)\s+([^?!.]+?)\s+(?:in|at|to|from|near)\s+[^?!.,]+?\s+or\s+(where)(?=[\s?!.]*$)/i,
    "$1$4 $2 $3",
    [" or where"],
  ],
  [
    /^(\W*(?:(?:yo|so|ok|okay|hey|wait|and|but)\W+)*)(is|are|was|were|do|does|did|will|has|have|had)\s+([^?!.]+?)\s+(?:in|on|by|before|after|until|during)\s+[^?!.,]+?\s+or\s+(when)(?=[\s?!.]*$)/i,
    "$1$4 $2 $3",
    [" or when"],
  ],
  [/\${2,}/g, "money", ["$$"]],
  [/\bhq\b/gi, "headquarters", ["hq"]],
  [/^(\W*)y(?= (?:did|does|do|is|are|was|were|would|will|has|have)\b)/i, "$1why", ["y "]],
  [chatToken("cuz|coz|bc"), "because", ["cuz", "coz", "bc"]],
  // "Who took Doleib's place?" asks who replaced him; "place" there names no place.
  [/\b(?:took|taken) ([\p{L}’'. -]{1,60}?)['’]s place\b/giu, "replaced $1", [" place"]],
  [/\b(?:take|takes|taking) ([\p{L}’'. -]{1,60}?)['’]s place\b/giu, "replace $1", [" place"]],
  // "Is the border demarcation done yet?": done as a state is finished, which the store says in
  // its own words ("is now complete", "was completed"); read as typed, "done" is the auxiliary "do"
  // and the question would ask nothing of the thing but its name. Only of a yes-no question: "when
  // will the line be done?" already asks when it ends.
  [
    /^(\W*(?:(?:yo|so|ok|okay|hey|wait|lol|and|but)\W+)*(?:is|are|was|were|has|have)\b[^?!.]*?\b(?:been |be )?(?:(?:all|finally|actually|fully|really) )?)done\b/i,
    "$1finished",
    ["done"],
  ],
  // "take place" asks whether something happened; "place" there names no place.
  [/\b(?:take|took|taken|takes|taking) place\b/gi, "happen", [" place"]],
  // "Who's running the Aydemir sturgeon place now?": in chat "place" is what "thing" is, the
  // facility or body its first words name (the store says "hatchery", "station", "centre"); read as
  // typed it is a location the fact must name. Not in a where-question, which asks for the place,
  // nor a place picked by order or use ("the first place", "the meeting place").
  [
    /(?<!^\W*(?:\p{L}+\W+){0,3}where\b.*)\b(the(?: (?!(?:first|second|third|last|next|same|right|wrong|only|other|meeting|birth|market|work|resting|hiding|parking|time|whole|entire)\b)[\p{L}'’-]+){1,3}) place\b/giu,
    "$1 thing",
    [" place"],
  ],
  // "the two sides" are the meeting's parties ("they"); "the Chilean side" is Chile's.
  [/\b(?:the )?(?:two|both) sides\b/gi, "they", [" sides"]],
  [/\b(?:the )?(\p{Lu}[\p{L}-]+) side\b/gu, "$1", [" side"]],
  // "be held" says the same of a meeting: that it happens, not who holds it.
  [/\b(?:be|been|being|is|are|was|were) held\b/gi, "happen", [" held"]],
  // "head of state" is most often a president; read as three words, "state" would ask for a country.
  [/\bheads? of (?:state|government)\b/gi, "president", ["head"]],
  // The boss of a ministry, or the one in charge of it, is its minister ("the new boss of St Kitts'
  // disaster ministry", "in charge of Mongolia's foreign ministry"): articles name the post, not
  // the department ("Minister of Foreign Affairs").
  [
    /\b(?:(?:boss|head|chief)s? of|in charge of) (?:the )?((?:[\p{L}'’.-]+ ){0,4}?)ministry\b/giu,
    "$1minister",
    ["ministry"],
  ],
  // "In charge of the ministry" is heading it; "charge" alone is a fee.
  [/\bin charge(?: of)?\b/gi, "heading", ["in charge"]],
  [/\bsec(?:retary)?[- ]?gen(?:eral)?\b/gi, "secretary general", ["sec"]],
  // "What date was it published?", "on which day", "the meeting date": a when-question.
  // "Until what year?", "since which month?", "by what date?": the time word with "when", which
  // the time constraint reads ("until when" asks for an end), not a "what" asking for a year.
  [
    /^((?:and |so |but |ok )*)(until|till|since|by) (?:what|which) (?:date|day|year|month)\b/i,
    "$1$2 when",
    ["date", "day", "year", "month"],
  ],
  [/^(?:on |in )?(?:what|which) (?:date|day|year|month)\b/i, "when", ["date", "day", "year", "month"]],
  [/^(?:what|which)(?:'s| is| was| were| are) the dates? of\b/i, "when was", ["date"]],
  [/\b(?:the )?dates? of\b/gi, "when", ["date"]],
  [/\b(?<!to )dates?\W*$/gi, "when", ["date"]],
  // "Which city is he from?", "what town does she come from?": where from, asked by the kind of
  // place, which an answer names ("a lawmaker from Hiroshima") without the word "city".
  [
    /^((?:and |so |but |ok )*)(?:which|what) (?:city|town|village)(?= (?:is|was|are|were|does|did|do)\b.*\bfrom\W*$)/i,
    "$1where",
    ["city", "town", "village"],
  ],
  [/\bFMs?\b/gi, "foreign minister", ["fm"]],
  // Diplomacy's other title abbreviations, general to every article ("the SG of the OSCE", "the
  // DG", "Kenya's MFA"): read as typed they are names no one has, and the question is refused as
  // about "SG". Only the abbreviation standing alone, in either case ("sg", "SG").
  [/\b(?:UN|U\.N\.)\s?SG\b/gi, "UN secretary general", ["sg"]],
  [/\bSGs?\b/gi, "secretary general", ["sg"]],
  [/\bDGs?\b/gi, "director general", ["dg"]],
  [/\bDPMs?\b/gi, "deputy prime minister", ["dpm"]],
  [/\bVPs?\b/gi, "vice president", ["vp"]],
  [/\bMFAs?\b/gi, "foreign ministry", ["mfa"]],
  [/\bknow[- ]how\b/gi, "expertise", ["know"]],
  // "How come …?" asks why; read as two words, "come" would be a verb to find.
  [/\bhow come\b/gi, "why", ["how come"]],
  // "On what grounds does Paraguay say …?", "for what reason", "what was the reason for the
  // delay?", "what caused the delays?", "what led to the closure?" ask why as well: read as words,
  // "grounds", "reason" or "caused" would be words a fact must have, where a reason is told in
  // its own words ("because", "after armed clashes").
  [/\b(?:on|for) what (?:grounds|reasons?)\b/gi, "why", ["grounds", "reason"]],
  [/\bwhat(?:'s| is| was| were| are) the (?:main )?reasons? (?:for|behind)\b/gi, "why", ["reason"]],
  [/^((?:and |so |but |ok )*)what (?:caused|led to)\b/i, "$1why", ["caused", "led"]],
  [/\b(?:came|come|comes|coming) up\b|\b(?:bring|brings|bringing|brought) up\b/gi, "discussed", [" up"]],
  // Everyday idioms, read as the plain word they mean: their own words ("pen", "paper", "bill",
  // "reins") are no words any article uses for the act. General English only, nothing of an article.
  [/\bput(?:s|ting)? (?:(?:their|his|her|its|our) )?pens? to paper\b/gi, "sign", ["pen"]],
  [/\bput(?:s|ting)? (?:their|his|her|its|our) (?:names?|signatures?) (?:to|on)\b/gi, "sign", ["put"]],
  [/\bfoot(?:s|ed|ing)? the bill(?: for)?\b/gi, "funding", ["foot"]],
  // A price tag is what a thing costs ("tag" is no word of it); "what's the price tag on X?" asks
  // a sum, as "how much is the cost of X?" does (a fact that only says there is a cost is no answer).
  [
    /\bwhat(?:'s|’s|s| is| was| will be)? the ((?:total |final |new )?)price[- ]?tags? (?:on|of|for)\b/gi,
    "how much is the $1cost of",
    ["tag"],
  ],
  [/\bprice[- ]?tags?\b/gi, "cost", ["tag"]],
  // Money put, paid or sunk into something is contributed to it; chipping in is contributing.
  [
    /\b(?:put|puts|putting|pour|pours|poured|pouring|pay|pays|paid|paying|sink|sinks|sank|sunk|sinking) (?:(?:money|cash|funds) )?into\b/gi,
    "contribute to",
    ["into"],
  ],
  // "Out of how many applications?": how many, of a whole; "out" names nothing.
  [/^((?:and |so |but |ok )*)out of (?=how (?:many|much)\b)/i, "$1", ["out of"]],
  [/\bchip(?:s|ped|ping)? in\b/gi, "contribute", ["chip"]],
  // "How much did they put in?": money put in, the particle last (or before when it was), is
  // contributed ("put in a request for" is not).
  [
    /\b(?:put|puts|putting) in(?=(?: (?:back then|then|now|so far|in total|altogether|at first|each|originally))?\W*$)/gi,
    "contribute",
    [" in"],
  ],
  // Taking the reins is taking over (WordNet lacks the idiom; "helm" it has, as steering or heading);
  // holding the gavel is chairing.
  [/\b(?:take|takes|took|taken|taking) (?:over )?the reins\b/gi, "take over", ["reins"]],
  [/\b(?:hold|holds|held|holding) the gavel\b/gi, "chairing", ["gavel"]],
  // Getting the ball rolling is starting (at a meeting, opening it: the word a meeting's fact uses);
  // kicking something down the road is putting it off; coming on board is joining (not "on board
  // the ship", where one is aboard); balking at something is objecting to it.
  [
    /\b(?:get|gets|got|getting|set|sets|setting|start|started|starts|starting) the ball rolling(?= (?:at|of) )/gi,
    "opened",
    ["ball"],
  ],
  [
    /\b(?:get|gets|got|getting|set|sets|setting|start|started|starts|starting) the ball rolling\b/gi,
    "start",
    ["ball"],
  ],
  [
    /\b(?:kick|kicks|kicked|kicking) (?:the can |it |them |this |that )?down the road\b/gi,
    "postponed",
    [" road"],
  ],
  [
    /\b(?:come|came|comes|coming|get|gets|got|getting|climb|climbs|climbed|hop|hops|hopped) on ?board\b(?! (?:the|a|an|her|his|its|their)\b)/gi,
    "join",
    ["board"],
  ],
  [/\b(?:balk|balks|balked|balking|baulk|baulks|baulked|baulking) at\b/gi, "objected to", ["balk", "baulk"]],
  [/\bkeep(?:s|ing)? (?:an|a close) eye on\b|\bkept (?:an|a close) eye on\b/gi, "monitor", [" eye"]],
  // "What did the survey turn up?": turning up a thing asked for (the wh-word its object, a doer
  // before the verb) is finding it, the word a survey's fact uses ("found 112 lakes"); "how many
  // people turned up?", with no doer, is coming, and stays as typed.
  [
    /^((?:and |so |but |ok )*(?:what|which|how many|how much)\b.*?\b(?:did|does|do|has|have|had|will|would|could|can|may|might)\b.+?)\bturn(?:ed|s)? up\b/i,
    "$1find",
    [" up"],
  ],
  // "How long is it meant to keep working?": "keep" before a verb in -ing says the act goes on,
  // and the fact tells the act itself ("designed to work for five years"): the verb is what is
  // asked, "keep" no word to find (not "keep an eye on", nor "keep something", read above).
  [/\b(?:keep|keeps|kept|keeping) (?=(?!\p{L}*thing\b)\p{L}{2,}ing\b)/giu, "", ["keep", "kept"]],
  [/\b(?:sit|sits|sat|sitting) down (?=with|for)/gi, "hold talks ", [" down"]],
  [/\b(?:was|were|been|be|is|are) granted an audience (?:with|by)\b/gi, "was received by", ["audience"]],
  [/\bgrant(?:s|ed|ing)? (?:\w+ )?an audience(?: to)?\b/gi, "receive", ["audience"]],
  [/\btop diplomats?\b/gi, "foreign minister", ["diplomat"]],
  [/\bstep(?:s|ped|ping)? into (\S+?)(?:'s|’s|s'|’) shoes\b/gi, "succeed $1", ["shoes"]],
  [/\bwhose shoes did (.+?) step into\b/gi, "who did $1 succeed", ["shoes"]],
  [/\b(?:hammer|hammers|hammered|hammering|thrash|thrashed) out\b/gi, "agree", [" out"]],
  [/\bsign(?:s|ed|ing)? off on\b/gi, "agree on", [" off"]],
  [/\bon (?:ice|hold)\b/gi, "suspended", [" ice", " hold"]],
  // A plan shelved is one put off ("shelve" is WordNet's "postpone"; a shelf is no word of the act).
  [/\bshel(?:ve|ves|ved|ving)\b/gi, "postponed", ["shelv"]],
  // ("Pushed back from October 1": a time it was moved from is put off too, as "to" one is.)
  [
    /\b(?:push|pushes|pushed|pushing) back(?= to\b| until\b| from (?:\d|(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|early|late|mid|next|the (?:end|start|beginning|middle)\b))|\W*$)/gi,
    "postponed",
    [" back"],
  ],
  // Something that "got" or "was" pushed back was postponed; "X pushed back" alone may be resisting.
  [
    /\b(got|get|gets|getting|was|were|been|be|being|is|are) (?:pushed|put) (?:back|off)\b/gi,
    "$1 postponed",
    [" back", " off"],
  ],
  // "Why was the first train pushed to 2028?": a thing pushed to a later time was postponed (not
  // "pushed to the brink", "pushed to agree"). (Session 40.)
  [
    /\bpushed(?= (?:to|until|into) (?:\d|late|early|mid|next|the (?:end|start|beginning|middle|spring|summer|autumn|fall|winter|second|first|last)\b|(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)\b))/gi,
    "postponed",
    ["pushed "],
  ],
  [/\b(?:dig|digs|dug|digging) in (?:their|his|her|its) heels\b/gi, "refuse", ["heels"]],
  // "Who said no?", "Latvia says no to the toll": a refusal ("said no more" is not).
  [/\b(?:say|says|said|saying) no\b(?! (?:more|one|longer)\b)/gi, "refused", [" no"]],
  [/\b(?:bring|brings|brought|bringing) to the table\b/gi, "offer", ["table"]],
  [/\b(?:get|gets|got|getting|come|came|coming) (?:back )?(?:round|around) the table\b/gi, "meet", ["table"]],
  [/\bpat(?:s|ted|ting)? (.{1,40}?) on the back\b/gi, "praise $1", [" back"]],
  [/\bteam(?:s|ed|ing)? up\b/gi, "join forces", ["team"]],
  [/\b(?:kick|kicks|kicked|kicking) in\b/gi, "start", ["kick"]],
  [/\bset (?:them|us|him|her|you|it|me) back\b/gi, "cost", [" back"]],
  // "What would it have cost extra?" asks what it costs more ("a deck costing 9 million dollars
  // more"); "what would X have added to the bill?" what it adds to the cost (a bill here is no law).
  [/\b(cost|costs|costing) extra\b/gi, "$1 more", ["extra"]],
  [/\b(add|adds|added|adding) to the bill\b/gi, "$1 to the cost", [" bill"]],
  [/\bwhat (?:went|goes|go) down\b/gi, "what happened", [" down"]],
  [/\bbeef with\b/gi, "objection to", ["beef"]],
  // "What's the beef between Cuba and Timor?": their quarrel (not beef traded between them, which
  // is beef "from" or "to" somewhere).
  [/\b(?:what(?:'s|’s|s| is| was)) the beef between\b/gi, "what is the dispute between", ["beef"]],
  // "What's Honduras's problem with the bid?", "what was the union's complaint about the fees?"
  // (and "beef with", read "objection to" above): what the holder has against it is why it objects,
  // a reason a fact gives ("Honduras said the tradition was shared with Copán"), not the bare
  // objection ("Honduras objected to the nomination"), which the question takes for granted.
  ...grievanceAsked(OBJECTION_NOUNS, "object to"),
  ...grievanceAsked(COMPLAINT_NOUNS, "complain about"),
  [/\bplay(?:s|ed|ing)? (?:the )?peacemaker\b/gi, "mediated", ["peacemaker"]],
  [/\b(?:get|gets|got|getting) together\b/gi, "meet", ["together"]],
  // "Who got the contract?", "which company was awarded the tender?": who received it, the one
  // that won it, not the one that awarded it ("got" is a light verb that says nothing of which).
  // (Not a deal, an order or work: "which country got the better deal?" asks of an agreement.)
  [
    /\b((?:who|which [\p{L}-]+|what [\p{L}-]+)(?: (?:has|have|had|did|will|would))?) (?:got|gets|get|getting|gotten|received|receives|receive|landed|lands|land|secured|secures|secure|(?:(?:was|were|is|are|has been|have been|had been|will be|be|been|got|get|gets|getting) )?(?:awarded|given|granted|handed))(?= (?:the|a|an|this|that|its|their|his|her)? ?(?:[\p{L}\d-]+ ){0,4}(?:contracts?|tenders?|jobs?|concessions?|licen[cs]es?|grants?|awards?|prizes?)\b)/giu,
    "$1 won",
    ["got", "get", "receiv", "land", "secur", "award", "given", "grant", "hand"],
  ],
  // Pushing or pressing for something is asking for it.
  [/\b(?:push|pushes|pushed|pushing|press|presses|pressed|pressing) for\b/gi, "ask for", [" for"]],
  // Sealing a deal is signing it ("seal the treaty", "where was the deal sealed?").
  [
    /\bseal(?:s|ed|ing)?(?= (?:(?:the|a|an|their|its|this|that) )?(?:[\p{L}-]+ ){0,3}(?:deals?|treat(?:y|ies)|agreements?|accords?|pacts?|protocols?)\b)/giu,
    "sign",
    ["seal"],
  ],
  [
    /\b(deals?|treat(?:y|ies)|agreements?|accords?|pacts?|protocols?) (was |were |been |be |get |got |gets )?sealed\b/gi,
    "$1 $2signed",
    ["sealed"],
  ],
  [/\bthese days\b/gi, "now", ["these days"]],
  // "When can I actually drive over the new bridge?", "when can we ride the train from A to B?",
  // "when will trucks be able to cross the bridge?": when a road, a line or a crossing can first be
  // used is when it opens, which is what an article says ("will open to traffic in June 2029");
  // read as words, "drive" and "I" are words no fact has. Only with a thing named after the verb.
  // ("When does X open", not "will": the time constraint is read from the question as typed, and
  // the plain present finds the opening as it stands now, after any delay.)
  [
    /\bwhen (?:can|could|will|do|does|shall|would) (?:i|we|you|people|drivers|motorists|travellers|travelers|passengers|trucks|lorries|cars|anyone|one|they) (?:actually |finally |really |first |even )?(?:be able to )?(?:drive|ride|cross|travel|walk|cycle|bike|use|take|get) (?:(?:a|my|our|their|your) (?:car|truck|lorry|bike|bus|van) )?(?:over |across |on |along |through |onto |via )?((?:the|that|this) (?:[\p{L}\d'’–-]+ ?){1,10}?)\W*$/giu,
    "when does $1 open",
    ["drive", "ride", "cross", "travel", "walk", "cycle", "bike", "use", "take", "get"],
  ],
  // Putting on an event is holding it ("put on" alone is also wearing or assuming).
  [
    /\b(?:put|puts|putting) on (?=(?:[\p{L}\d-]+ ){0,3}(?:events?|summits?|conferences?|meetings?|sessions?|shows?|exhibitions?|festivals?)\b)/giu,
    "holding ",
    ["put"],
  ],
  // Coming to a meeting is attending it ("come to" alone is also amounting to, or waking): any
  // of the lexicon's meeting nouns, "the Monrovia signing" as much as "the Osh talks" (not "visit":
  // "she went to visit Accra" is no visit attended).
  [
    new RegExp(
      `\\b(?:came|come|comes|coming|went|go|goes|going) to (?=(?:the |each |every |both |either )?(?:[\\p{L}-]+ ){0,4}(?:${meetingNounsBut("visit").join("|")})\\b)`,
      "giu",
    ),
    "attended ",
    [" to "],
  ],
  // Being on someone's payroll is being employed by them ("how many people are on the agency's
  // payroll?" is met by "the agency employs 85 staff"); WordNet's payroll is only the list.
  [
    /\bon ((?:the |its |their |his |her |[\p{L}\d-]+['’]s |(?:[\p{L}\d-]+ ){0,4}[\p{L}\d-]+['’]s )?)pay-?rolls?\b/giu,
    "on $1employ",
    ["payroll", "pay-roll"],
  ],
  // Running a meeting, or the show at one, is chairing it (running a body is heading it).
  [
    /\b(?:ran|run|runs|running)(?: the show at)? (?=(?:the )?(?:[\p{L}-]+ ){0,3}(?:session|meeting|talks|summit|conference|consultations)\b)/giu,
    "chaired ",
    ["ran ", "run"],
  ],
  // "Who's the boss of X?", "the top official at X": who heads it, whatever its title is.
  [
    /\bwho(?:'s|’s|s| is)? the (?:new |current |top )?(?:boss|chief|top official|top man|top woman)(?: of| at)\b/gi,
    "who heads",
    ["boss", "chief", "top "],
  ],
  // "Who's the new LSR boss?", "the T&T coast guard boss": the same, the body named before the
  // word ("chief" there is most often a title's first word: "the trial's chief investigator").
  [
    /\bwho(?:'s|’s|s| is)? the (?:new |current |top )?((?:[\p{L}&-]+ ){1,3})boss\b(?! of\b| at\b)/giu,
    "who heads the $1",
    ["boss"],
  ],
  // Getting cold feet is withdrawing (WordNet's "cold feet" is only the timidity, no act; its
  // "back out", retreating from a commitment, is "withdraw").
  [
    /\b(?:get|gets|got|gotten|getting|had|has|have|having) cold feet(?: (?:on|about|over|at))?\b/gi,
    "withdrew from",
    ["cold feet"],
  ],
  // Backing down is withdrawing (WordNet's sense of "back down").
  [/\bback(?:s|ed|ing)? down\b/gi, "withdraw", ["back down", "backed down", "backs down", "backing down"]],
  // Bailing (on something) is pulling out of it, in chat ("the bank bailed", "why did X bail on the
  // line?"): WordNet's "bail" is only bail money, a boat bailed of water or a rescue ("bail out",
  // kept). Only the verb's own forms and "bail on": "released on bail" is the money.
  [/\bbail(?:s|ed|ing)? on\b/gi, "withdraw from", ["bail"]],
  [/\bbail(?:ed|ing)\b(?! out\b)/gi, "withdraw", ["bail"]],
  // "What's the deal with X?", "whats going on w X": ask about X, not about any deal.
  [
    /\bwhat(?:'s|’s|s| is) (?:the (?:deal|story|situation)|going on|happening|up) (?:with|w\/?)(?=\s)/gi,
    "what about",
    ["deal", "story", "situation", "going on", "happening", " up "],
  ],
  // "A slice of" something is a share of it.
  [
    /\b(?:slice|chunk|cut|fraction|proportion|portion) of\b/gi,
    "share of",
    ["slice", "chunk", "cut of", "fraction", "proportion", "portion"],
  ],
  // Reducing a number sharply, as news words it.
  [
    /\b(?:scale|scales|scaled|scaling|cut|cuts|cutting) (?:back|down)\b|\bslash(?:es|ed|ing)?\b/gi,
    "cut",
    [" back", " down", "slash"],
  ],
  [/\bat loggerheads\b/gi, "in dispute", ["loggerheads"]],
  // "Which company is no longer part of Hafbru?", "who is no longer on the council?": who left it;
  // "no longer building the section": who withdrew from it ("longer" is no length to find).
  [
    /\b(?:is|are|was|were) no longer (?:(?:a )?part of|(?:a )?member of|involved in|in|on|with|at)\b/gi,
    "has left",
    ["no longer"],
  ],
  [/\b(?:is|are|was|were) no longer (?=[\p{L}]+ing\b)/giu, "has withdrawn from ", ["no longer"]],
  // "back in March", "back in 2019": only when it was, no "back" to find.
  [
    /\bback in (?=(?:early |late |mid-?)?(?:\d{4}\b|jan|feb|mar|apr|may\b|jun|jul|aug|sep|oct|nov|dec))/gi,
    "in ",
    ["back in"],
  ],
  // "the url of the article", "link to the story": its source. A link on its own is a link of
  // the story ("the internet link between Samoa and Tonga", "oversee the link"), not its source.
  [
    /\b(?:url|web address)\b|\blink(?=\s+(?:to|of|for)\s+(?:(?:the|this|that|its|their|your)\s+)?(?:article|story|report|piece|source|coverage|news)\b)|(?<=\b(?:article|story|report|piece|source)(?:'s|s')?\s+)link\b/gi,
    "source",
    ["url", "web address", "link"],
  ],
];
/** "When will ...", "when is the next ...": the future, which a past date does not answer. */
const FUTURE = /\b(?:will|shall|going to|next|upcoming|future|planned for)\b/i;
/** "When is the decision due?", "when was it supposed to start?": a time planned, asked by "when". */
const PAST_TENSE = /\b(?:did|was|were|had)\b/i;
export const PLANNED_TIME =
  /\b(?:due(?=(?:\s+(?:now|currently|at present|these days))?\W*$)|supposed to|meant to|expected(?=(?:\s+(?:now|currently|at present|these days))?\W*$))\b|^\W*(?:(?:and|so|but|ok)\W+)*when (?:do|does|is|are)\b.*\b(?:now|currently|at present|these days)\W*$/i;
/** "How many members", "how much money": the answer must state a quantity. */
const QUANTITY = /\bhow (?:many|much)\b|\bnumber of\b/i;
/** A word said as a verb: "-ing", "-ed", a two-word verb, or a word WordNet has as no noun. */
const VERB_ENDING = /(?:ing|ed)$/;

/**
 * The term is a verb of giving money, said as a verb ("how much is Belgium *giving*?", "putting
 * into", "chipping in"), not a noun ("which country offered a *loan*?"): see `isVerbOfGivingMoney`.
 */
export function givesMoney(term: Term): boolean {
  return (
    term.kinds.length === 0 && saysGivingMoney(term.word, term.typed ?? term.word, term.pair !== undefined)
  );
}

function saysGivingMoney(word: string, typed: string, pair: boolean): boolean {
  if (!isVerbOfGivingMoney(word)) return false;
  return pair || VERB_ENDING.test(typed) || !isNoun(word);
}

const HOW_MANY = /\bhow many\b/i;
const PEOPLE_STEM = stemOf("people");
/** "How much": an amount, often of money. */
const HOW_MUCH = /\bhow much\b/i;

/** Reads a question the way a person meant it: typos fixed, names recognised, filler dropped. */
/** "What day …", "which date", "the exact day": a day is asked ("day of the week" asks a weekday). */
const DAY_ASKED = /\b(?:(?:what|which) (?:date|day)|exact (?:date|day)|day exactly)\b(?! of the week)/i;

/**
 * Reads a question into its plan. `slipsRead`, when given, is filled with how each plain word
 * (lower case as typed, no name, no possessive) was put right (`SlipsRead`), for
 * `withEverydaySlipsRead` to reuse rather than correct the same words again.
 */
export function parseQuestion(question: string, kb: KnowledgeBase, slipsRead?: SlipsRead): QueryPlan {
  const text = canonicalText(question.slice(0, MAX_QUESTION_CHARS * 2)).slice(0, MAX_QUESTION_CHARS);
  // Shorthand first ("can u tell me"), so the chatty opener it is part of is recognised.
  let stripped = withPhrasesRead(text).replace(CHATTY_PREFIX, "");
  stripped = withoutAside(stripped, kb);
  // Again for what is anchored at the start ("what date ...") once the opener is gone.
  stripped = withoutPairedAdverbs(withPhrasesRead(stripped));
  const tokens: Token[] = [];
  for (const token of tokenize(stripped).slice(0, 80)) {
    if (joinsPrevious(tokens, token, kb)) continue;
    splitRunTogether(token, kb, tokens);
  }
  // Where each word as read was typed: a two-word verb read as one ("headed up") shifts the rest.
  const typedAt: number[] = [];
  const particles = new Set<number>();
  const corrected = joinPhrasalVerbs(
    withNamesCompleted(
      tokens,
      tokens.map((token, at) => {
        const read = (at === 0 && openerSlip(token, kb)) || correct(token, kb);
        if (slipsRead && isPlainWord(token)) slipsRead.set(slipKey(token.word, at === 0), read.word);
        return read;
      }),
      kb,
    ),
    kb,
    typedAt,
    particles,
  );
  const kind = questionKind(corrected);
  const { mentions, covered } = findMentions(corrected, kb);
  withCapitalsAsCountries(corrected, mentions, covered, kb);

  const terms: Term[] = [];
  const unknown: QueryPlan["unknown"] = [];
  const howMany = HOW_MANY.test(stripped);
  const howMuch = HOW_MUCH.test(stripped);
  const termAt = new Map<number, number>();
  const binomials = sameThingTwice(corrected, covered);
  const askedByKind = thingAskedFor(corrected, kind, covered);
  const countedAt = thingCounted(corrected, covered);
  // ("Ferry boats": the kind the question names itself is its own word, not another's kind.)
  const ownStems = new Set(corrected.map((token) => token.stem));
  corrected.forEach((token, position) => {
    if (covered.has(position) || STOPWORDS.has(token.word) || token.word.length < 2) return;
    if (particles.has(position) || binomials.has(position + 2)) return;
    // ("Leave unanswered": the state is asked, weighed as the verb would be; `leavesUndone`.)
    if (leavesUndone(corrected, position)) return;
    // "The lake behind the dam", "the crossing across the Danube": a preposition of place before
    // what it places says where, as "at" or "in" would, in words a fact need not share ("the dam's
    // reservoir", "the Danube crossing"); the thing and the place are the words to find.
    if (SPATIAL_PREPOSITIONS.has(token.word) && placesWhatFollows(corrected, position)) return;
    // "According to Battsetseg" says whose word it is, like "by": no "accord" to find.
    if (token.word === "according" && corrected[position + 1]?.word === "to") return;
    // "On behalf of Laos" says for whom, as "for Laos" does (`sideAsked`): no "behalf" to find.
    if (
      token.word === "behalf" &&
      (corrected[position - 1]?.word === "on" || corrected[position - 1]?.word === "in") &&
      corrected[position + 1]?.word === "of"
    )
      return;
    // A country (or its adjective) the store has no entity for: a name it knows nothing about,
    // never a word to match ("the Norwegian foreign minister" is nobody the store knows).
    const typed = tokens[typedAt[position] ?? position]!;
    // (A country the store's own text names, "Ambassador to China", is a word to match.)
    const country =
      !kb.knowsWord(token.word) && (typed.nameLike || !isEnglishWord(typed.word)) && countryNamed(token.word);
    if (country) {
      unknown.push(unknownWord(typed.text, true));
      return;
    }
    const kinds = KIND_OF_WORD.has(token.stem) ? [KIND_OF_WORD.get(token.stem)!] : [];
    const alternatives = binomials.has(position)
      ? oneSenseOf(binomials.get(position)!, [corrected[position - 2]!, token], kb)
      : alternativesFor(
          token,
          kb,
          askedByKind.has(position),
          countedAt.has(position) ? undefined : ownStems,
          readsAsVerbAt(corrected, position),
          kind === "when",
          readsAsNounAt(corrected, position),
        );
    if (kind === "why" && isVerbOfOpinion(token.word)) addSaying(alternatives, kb);
    // "Did Switzerland agree to a second park?", "did they accept the offer?": a refusal answers it,
    // no ("turned down Tanzania's request for a second park"), so a yes-no question's verb of
    // consenting is met by WordNet's opposites of "accept" and their two-word verbs ("turn down"),
    // as a synonym would be: the fact must still tell all else the question names.
    const refusals =
      kind === "yesno" && isVerbOfConsenting(token.word) && !negatedAt(corrected, position)
        ? refusalsOf(alternatives, kb)
        : undefined;
    // "Per day" opens a rate, which a fact says in words of its own ("a day", "for every cubic
    // metre"; score.ts, `perUnits`): a store that never writes "per" still has the rate, so the
    // word is no unknown one.
    if (token.word === "per" && isRateOpenerAt(corrected, position) && alternatives.size === 0)
      alternatives.set(token.stem, STRENGTH.exact);
    // "Why did Equatorial Guinea pull out of the vaccine plant?" where the store says it
    // "withdrew": a why-question's two-word verb is met by what it means in any of its senses
    // (`pairMeanings`), no stronger than a synonym; the reason checks (`score-reason.ts`) still
    // want the fact's own reason for that act. (Session 40.)
    // (A pair whose readings the store has none of is left as its verb, its particle set apart.)
    if (kind === "why" && (token.phrasal || particles.has(position + 1)))
      addPairMeanings(
        token.phrasal ? token.text : `${token.word} ${corrected[position + 1]!.word}`,
        alternatives,
        kb,
      );
    // "How much is Belgium giving?", "how much cash is the fund putting in?": a sum given is said
    // with any verb of giving money or the noun of what is given ("offered a grant of", "will lend").
    if (howMuch && kinds.length === 0 && saysGivingMoney(token.word, typed.word, !!token.phrasal)) {
      for (const word of wordsOfGivingMoney()) {
        const stem = stemOf(word);
        if (kb.knowsStem(stem) && (alternatives.get(stem) ?? 0) < STRENGTH.synonym)
          alternatives.set(stem, STRENGTH.synonym);
      }
    }
    // "How many folks …?": people in general, counted by a kind of person whatever the store calls
    // them (not "the population", a figure of its own).
    if (howMany && isPeopleNoun(token.word) && !alternatives.has(PEOPLE_STEM))
      alternatives.set(PEOPLE_STEM, STRENGTH.synonym);
    // A light verb of going or seeing ("going into the fund") weighs like a hedge word, unless the
    // store's own lexicon gives it a meaning ("run" is "lead") or it is read as a pair ("go on").
    const soft =
      SOFT_WORDS.has(token.word) ||
      (howMany && beingInTheNamed(corrected, position, mentions, countedAt, kb)) ||
      // "How many *times* a week …": the form of a count of occurrences, as "how many" is, not a
      // word to find ("28 crossings a week", "two round trips a day" count them in words of their own).
      (howMany && token.word === "times" && corrected[position - 1]?.word === "many") ||
      // "How many of the *eight* ships were Honduran?": the whole a part of is asked, in words, is
      // given, not sought (a fact that only repeats it is no answer: see score-kind). In digits it
      // stays a figure the fact should have ("how many of the 112 lakes …" is not told by a count
      // of stations that never says 112).
      (howMany && numberWordValue(token.word) !== undefined && wholeAt(corrected, position)) ||
      (!token.nameLike &&
        !token.phrasal &&
        kinds.length === 0 &&
        !FAMILIES_OF_STEM.has(token.stem) &&
        isLightVerb(token.word)) ||
      (kind === "when" && !token.nameLike && sendsAMessage(corrected, position, covered)) ||
      // (Not a why-question's act: the reason asked is that act's own.)
      (kinds.length === 0 && kind !== "why" && !!token.phrasal && readingUncertain(token.text));
    // "What does the accord establish?" where the store says only "sets up" (a word the store
    // has no other way of saying is still unknown unless some fact says the pair).
    const pairs = token.nameLike ? undefined : withPairs(pairAlternatives(token, kb), refusals);
    if (alternatives.size === 0 && kinds.length === 0 && !pairs?.some(({ pair }) => saysPair(kb, pair))) {
      // A hedge word the store never uses ("current", "name") changes nothing about the question;
      // nor does a month no article spells ("as of July 2024" is a time, read from the text).
      if (soft || CALENDAR_WORDS.has(token.word)) return;
      // Not a common English word either: most likely a name the store has never heard of.
      // A lowercase run of consonants ("ngl", "ppl", "tbh") is chat shorthand, not a name.
      const nameLike =
        typed.nameLike ||
        (!isEnglishWord(typed.word) &&
          !isColloquialWord(typed.word) &&
          !ALL_DIGITS.test(typed.word) &&
          HAS_VOWEL.test(typed.word));
      unknown.push(unknownWord(typed.text, nameLike));
      return;
    }
    const weight =
      soft || namesTheOccasion(corrected, position, covered)
        ? WEIGHT.soft
        : RELATION_WORDS.has(token.word) || leavesUndone(corrected, position - 1)
          ? WEIGHT.relation
          : ALL_DIGITS.test(token.word)
            ? WEIGHT.number
            : WEIGHT.term;
    termAt.set(position, terms.length);
    // Every field in one order, absent ones undefined (not missing): V8 then gives every term one
    // layout, and the many loops over a plan's terms stay monomorphic. Terms made with a field
    // the others lack (a slip's typed word, a verb's particle, a time word marked later by a
    // spread copy) were other layouts, and the code optimised on one layout was dropped when the next
    // came: a question after such questions ran unoptimised code and waited for the recompile.
    terms.push({
      word: token.word,
      typed: typed.word !== token.word ? typed.word : undefined,
      weight,
      alternatives,
      kinds,
      position,
      pair: token.phrasal ? token.phrasal.pair : undefined,
      pairs,
      timeWord: undefined,
    });
  });

  // "Which proposal did Latvia not accept?", "what couldn't they agree on?": a fact says it with the
  // verb's WordNet opposite ("refused", "disagreed").
  for (const term of terms) {
    if (
      !corrected
        .slice(Math.max(0, term.position - NEGATOR_REACH), term.position)
        .some((t) => NEGATOR.test(t.word))
    )
      continue;
    for (const opposite of oppositeVerbs(term.word)) {
      const stem = stemOf(opposite);
      if (kb.knowsStem(stem) && (term.alternatives.get(stem) ?? 0) < STRENGTH.synonym)
        term.alternatives.set(stem, STRENGTH.synonym);
    }
  }
  // "What did the commission leave unanswered?": "the request was not answered" says it with the
  // word's own verb, denied. (Session 41.)
  for (const term of terms)
    if (term.word.startsWith("un") && isPastVerb(term.word.slice(2)) && isVerb(term.word.slice(2)))
      offerPrefixed(term, term.word.slice(2), kb);
  const opener = corrected.findIndex((token) => QUESTION_WORDS.has(token.word));
  for (const term of terms) {
    if (term.alternatives.has(HOST_STEM) && hostsAPerson(term, corrected, opener, mentions, kb)) {
      for (const stem of RECEIVING_STEMS) {
        if (kb.knowsStem(stem) && !term.alternatives.has(stem)) term.alternatives.set(stem, STRENGTH.synonym);
      }
    }
  }
  const whoIs = asksWhoIs(corrected);
  // "Which *outlet* ...", and "Who are the two *ministers* who ...": the kind of thing asked for
  // ("which four *countries*": past the count).
  const counted = NUMBER_WORDS.has(corrected[opener + 1]?.word ?? "") ? 1 : 0;
  const focus =
    opener < 0
      ? undefined
      : kind === "which" || kind === "what"
        ? terms.find((term) => term.position === opener + 1 + counted)
        : whoIs && ARTICLES.has(corrected[opener + 2]?.word ?? "")
          ? terms.find((term) => term.weight >= 1 && term.position <= opener + 5 && term.kinds.length === 0)
          : undefined;
  // Every plan has the same properties in the same order (the optional ones undefined when not
  // asked), so the code reading plans sees one shape: plans of two or three shapes made V8 drop
  // and recompile its optimised code of the functions reading them as each new shape came.
  return {
    text: stripped,
    kind,
    focus,
    expansion: EXPANSION_PATTERN.test(stripped),
    // "how mcuh": the words as read, typos fixed, ask it too.
    quantity: QUANTITY.test(stripped) || QUANTITY.test(corrected.map((token) => token.word).join(" ")),
    future:
      FUTURE.test(stripped) || (kind === "when" && PLANNED_TIME.test(stripped) && !PAST_TENSE.test(stripped)),
    asksDay: kind === "when" && DAY_ASKED.test(text) ? (true as const) : undefined,
    whoIs,
    words: wordsOfTokens(corrected),
    mentions,
    terms,
    unknown,
    proximities: findProximities(corrected, mentions, termAt),
  };
}

/**
 * "Go back and forth across the border", "here and there", "by and large": two words joined by
 * "and" that WordNet files as one adverb say how or which way, as "across" already does, and name
 * nothing a fact must have; read word by word, "forth" would even be a slip for "fourth". (Two
 * adjectives so joined, "up and running", are asked once: `sameThingTwice`.)
 */
function withoutPairedAdverbs(text: string): string {
  if (!text.includes(" and ")) return text;
  return text.replace(PAIRED, (whole: string, first: string, second: string) =>
    isAdverbPhrase(first.toLowerCase(), "and", second.toLowerCase()) ? "" : whole,
  );
}
/** Two words joined by "and", with the space before them. */
const PAIRED = /\s*\b(\p{L}+) and (\p{L}+)\b/gu;

/**
 * A plan changed by a copy (`planOf({ ...plan, terms })`), in the layout every plan has: a spread
 * copy is an object of another V8 layout (map) than the literal above, and the code reading plans
 * was optimised on one and dropped ("wrong map") when the other came.
 */
export function planOf(p: QueryPlan): QueryPlan {
  return {
    text: p.text,
    kind: p.kind,
    focus: p.focus,
    expansion: p.expansion,
    quantity: p.quantity,
    future: p.future,
    asksDay: p.asksDay,
    whoIs: p.whoIs,
    words: p.words,
    mentions: p.mentions,
    terms: p.terms,
    unknown: p.unknown,
    proximities: p.proximities,
  };
}

/** A term changed by a copy (`termOf({ ...t, weight })`), in the layout every term has (see `planOf`). */
export function termOf(t: Term): Term {
  return {
    word: t.word,
    typed: t.typed,
    weight: t.weight,
    alternatives: t.alternatives,
    kinds: t.kinds,
    position: t.position,
    pair: t.pair,
    pairs: t.pairs,
    timeWord: t.timeWord,
  };
}

/**
 * The tokens' words, pushed one by one: `map` makes a holey array when it runs in optimised code
 * and a packed one otherwise, so plans would carry words arrays of two kinds (V8's maps), and the
 * many functions reading `plan.words` would be dropped and recompiled as the other kind came.
 */
function wordsOfTokens(tokens: readonly Token[]): string[] {
  const words: string[] = [];
  for (const token of tokens) words.push(token.word);
  return words;
}

/**
 * "ngl confused, who's the new chair?", "sorry, quick one, when …", "confused, did Chile sign?": an
 * aside before the question word (or a yes-no question's verb), none of whose words the store has, says nothing about what is asked. Its words would only
 * count as unknown ones against every fact. An aside with a name or a word of the store stays
 * ("In Sarybay's view, what …").
 */
function withoutAside(asked: string, kb: KnowledgeBase): string {
  // "Switching topics: who …", "ok different question, …", "and back to Djibouti: …": the words
  // that say a new question starts are not part of it (a name after "back to" is).
  const text = asked.replace(TOPIC_SWITCH, "");
  const aside = ASIDE.exec(text);
  if (!aside) return text;
  const words = aside[1]!.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? [];
  const content = words.filter((word) => !STOPWORDS.has(word));
  // Only function words ("and the other one, who …") may point back: they stay. An aside that
  // asks something itself ("why do they care so much, was there …") is a first question, not idle.
  const idle =
    content.length > 0 &&
    !words.some((word) => QUESTION_WORDS.has(word)) &&
    content.every((word) => !kb.knowsWord(word) && !kb.knowsStem(stemOf(word)) && !HAS_DIGIT.test(word));
  return idle ? text.slice(aside[0].length) : text;
}

/** "Ok different question, …", "anyway, …": the question says a new topic starts. */
export function switchesTopic(question: string): boolean {
  return TOPIC_SWITCH.test(question) || LEFT_BEHIND.test(question);
}

const TOPIC_SWITCH =
  /^\W*(?:(?:ok(?:ay)?|so|alright|right|now|anyway|and|hey)\b[\s,]*)*(?:(?:switching|changing|change of) (?:topics?|gears|subjects?|the subject)|switching|(?:a |one )?(?:different|other|unrelated|separate|new|another) (?:thing|question|topic|subject|q)|on (?:a |an )?(?:different|other|another|unrelated|separate) (?:note|topic|subject)|moving on|unrelated(?: question)?|anyway|anyhow)\b\s*[:,;.!—–-]+\s*|^\W*(?:(?:ok(?:ay)?|so|and|now)\b[\s,]*)*back to (?=[^:]{1,40}:)/i;
/** "Anyway, …", "anyhow …": what was being discussed is left behind, without a colon. */
const LEFT_BEHIND = /^\W*(?:anyway|anyhow)\b/i;
const ASIDE =
  /^([^,?;:]{1,40}),\s*(?=(?:who|whom|whose|what|when|where|which|why|how|is|are|was|were|did|does|do|has|have|had|can|will)\b)/i;

/** Each phrase's cue words, found in one pass over the text (see needles.ts). */
const PHRASE_CUES = new NeedleLists(PHRASES.map(([, , needles]) => needles));
/** Which phrases have a cue in the text being read (reused: one question is read at a time). */
const cued = new Uint8Array(PHRASES.length);

/**
 * What `withPhrasesRead` made of each text read in the answer under way: a question is read again
 * in one answer (its text once the opener and an aside are gone, which is most often the same;
 * a follow-up's previous question). Forgotten when the next answer starts (`startReading`).
 */
const phrasesRead = new Map<string, string>();
const MAX_READINGS = 64;

/** Forgets the texts read for the previous answer: each answer reads its question afresh. */
export function startReading(): void {
  phrasesRead.clear();
}

function withPhrasesRead(asked: string): string {
  const known = phrasesRead.get(asked);
  if (known !== undefined) return known;
  let text = asked;
  PHRASE_CUES.scan(text.toLowerCase(), cued);
  for (let p = 0; p < PHRASES.length; p++) {
    if (cued[p] === 0) continue;
    const [phrase, meaning] = PHRASES[p]!;
    const replaced = text.replace(phrase, meaning);
    if (replaced !== text) {
      text = replaced;
      // A replacement can bring in what a later phrase looks for ("wen" -> "when").
      PHRASE_CUES.scan(text.toLowerCase(), cued);
    }
  }
  const read = sizeAsAmount(text);
  if (phrasesRead.size >= MAX_READINGS) phrasesRead.clear();
  phrasesRead.set(asked, read);
  return read;
}

const POSSESSIVE_OR_WORD = /\p{L}+(?:['’]s\b)?/gu;
const APOSTROPHE_S = /['’]s$/;
const HOW_BIG = /\bhow (?:big|large|huge|sizeable|sizable)\b(.*)$/i;

/**
 * "How big is Japan's grant?" asks its amount, as "how much" does ("big" is no word to find);
 * "how big is the lake?" asks a size, which no sum answers.
 */
function sizeAsAmount(text: string): string {
  const size = HOW_BIG.exec(text);
  if (!size) return text;
  // The thing whose size is asked is the first run of words after "how big (is the)": "how big is
  // the *plot* the panamanian state holds … for the customs post" asks of a plot, not of customs
  // (a word for duties, and so a sum), further on.
  // ("Belgium's grant": a possessive is one word of the run, read without its "'s".)
  const words = (size[1]!.toLowerCase().match(POSSESSIVE_OR_WORD) ?? []).map((word) =>
    word.replace(APOSTROPHE_S, ""),
  );
  let from = 0;
  while (from < words.length && STOPWORDS.has(words[from]!)) from++;
  let to = from;
  // (A time said after it is not its head: "the fleet *now*".)
  while (to < words.length && !STOPWORDS.has(words[to]!) && !TIME_AFTER_A_PHRASE.has(words[to]!)) to++;
  const thing = words.slice(from, to);
  if (thing.some((word) => namesAmount(word))) return `${text.slice(0, size.index)}how much${size[1]}`;
  // "How big is the delegation / the fleet / the crowd?": a group's size is how many it has ("the
  // Vietnamese delegation of 18 officials", "19 response vessels"). Its head, the run's last word.
  const head = thing.at(-1);
  if (head && namesGroup(head)) return `${text.slice(0, size.index)}how many${size[1]}`;
  return text;
}

/**
 * "Who represented Guinea *at the CCFC meeting*?": the meeting is where it happened, which every
 * fact of the event is about, whether it calls it a meeting, a session or talks; it is not what
 * is asked.
 */
function namesTheOccasion(tokens: readonly Token[], position: number, names: ReadonlySet<number>): boolean {
  if (!OCCASIONS.has(tokens[position]!.word)) return false;
  for (let at = position - 1; at >= Math.max(0, position - 4); at--) {
    const word = tokens[at]!.word;
    if (OCCASION_PREPOSITIONS.has(word)) return true;
    if (!names.has(at) && !ARTICLES.has(word)) return false;
  }
  return false;
}

/**
 * "When did Laos send its request?", "when did the union submit the letter?": the day of sending a
 * message is the message's own, which articles tell in its own words ("asked Cambodia on 12
 * August", "in a letter dated 8 September", "wrote to the board"), seldom with the carrier verb. A verb of
 * delivering whose object is a message (a noun WordNet files as a message or a writing,
 * `isMessageNoun`) weighs like a hedge word; the message's noun and what it asks are the act.
 * Only for "when": "who sent it?" asks the sender, whom only the verb's own sentence tells.
 */
function sendsAMessage(tokens: readonly Token[], position: number, names: ReadonlySet<number>): boolean {
  const base = verbBase(tokens[position]!.word);
  if (!base || !DELIVERING_VERBS.has(base)) return false;
  let started = false;
  for (let at = position + 1; at < Math.min(tokens.length, position + 7); at++) {
    const word = tokens[at]!.word;
    const determiner = ARTICLES.has(word) || DETERMINERS.has(word);
    // ("Send Cambodia its request": the one it goes to, then whose it is.)
    if (!started && (names.has(at) || determiner)) continue;
    // ("Its letter asking for …": the participle opens what the letter says.)
    if (determiner || !isNoun(word) || (started && PARTICIPLE_OR_GERUND.test(word))) return false;
    started = true;
    // (A compound's message noun may come first, "the letter request", or last, "its withdrawal letter".)
    if (isMessageNoun(word)) return true;
  }
  return false;
}

const PARTICIPLE_OR_GERUND = /ing$/;
/** Verbs that carry a thing to someone without saying what it is: the thing says the act. */
const DELIVERING_VERBS: ReadonlySet<string> = new Set([
  "send",
  "submit",
  "deliver",
  "forward",
  "mail",
  "lodge",
]);

/**
 * Not "visit", "signing" or "round", as before: read as the occasion they change answers (a
 * question asked "during Iturra's visit" is then answered, a refusal among them turned wrong; "who
 * chaired the first round?" is scored otherwise), which is a change of its own, not a tidy-up.
 */
const OCCASIONS: ReadonlySet<string> = new Set([
  ...meetingNounsBut("visit", "signing", "round"),
  ...ANY_MEETING_NOUNS,
]);
const OCCASION_PREPOSITIONS = new Set(["at", "during"]);

/** "Who is ...", "who's ...", "who was ...", but not "who was received by" (a past participle, not a name). */
function asksWhoIs(tokens: readonly Token[]): boolean {
  const [first, second] = tokens;
  if (first?.word !== "whos" && (first?.word !== "who" || !COPULAS.has(second?.word ?? ""))) return false;
  // "Who was received by ...", "who was Sarybay received by?": passive, not who holds a role.
  return !tokens.some(
    (token, i) =>
      i >= 2 &&
      !token.nameLike &&
      PARTICIPLE_ENDING.test(token.word) &&
      isEnglishWord(token.word) &&
      (i === 2 || tokens[i + 1]?.word === "by" || i === tokens.length - 1),
  );
}

const COPULAS = new Set(["is", "was", "are", "were"]);

function questionKind(tokens: Token[]): QuestionKind {
  for (const [at, token] of tokens.slice(0, 4).entries()) {
    const kind = QUESTION_WORDS.get(token.word);
    if (kind === "where" && relativeWhere(tokens, at)) continue;
    if (kind === "what" && asksWhatFor(tokens, at)) return "why";
    if (kind) return kind;
  }
  const first = tokens[0]?.word;
  if (first && YES_NO_OPENERS.has(first)) return "yesno";
  // "The ministers meet in Poprad: give me the exact day": a when-question put as a request.
  return DATE_REQUESTED.test(tokens.map((t) => t.word).join(" ")) ? "when" : "other";
}

/**
 * "List the sectors where the bloc dropped its curbs": a "where" after a noun that a determiner
 * opens is that noun's relative, and the noun is what is asked, not a place, unless WordNet has the
 * noun as a place itself ("name the towns where they met", "the sites where …").
 */
function relativeWhere(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at - 1]?.word;
  if (at < 2 || !noun || !tokens.slice(0, at - 1).some((t) => RELATIVE_HEAD_OPENERS.has(t.word)))
    return false;
  if (!isNoun(noun)) return false;
  const kind = KIND_OF_WORD.get(stemOf(noun));
  if (kind === "place" || kind === "country") return false;
  return !PLACE_KINDS.some((place) => isKindOf(noun, place, 1));
}

/** Words that open the noun phrase a relative "where" hangs on. */
const RELATIVE_HEAD_OPENERS: ReadonlySet<string> = new Set([
  ...ARTICLES,
  "all",
  "every",
  "each",
  "its",
  "their",
]);
/** What WordNet files a place under: a noun of these is where, whatever its clause. */
const PLACE_KINDS: readonly string[] = ["location", "structure", "facility"];

const DATE_REQUESTED =
  /\b(?:give|tell|need|want|send) (?:me |us )?(?:the )?(?:exact |precise )?(?:date|day)\b/;

/** Words a two-word verb's object may take between the verb and its "for": "ask the two countries for". */
const SPLIT_OBJECT_WORDS = 3;

/**
 * "What is the fund for?", "what is their experience good for?": a purpose, which is what "why"
 * asks. Not when "for" belongs to the verb ("what did they ask for?", "what did they push for?":
 * what was asked or pushed for), which WordNet's two-word verbs and a verb before it tell.
 */
function asksWhatFor(tokens: readonly Token[], opener: number): boolean {
  // "What's the toll for?": the copula is inside the question word.
  const contracted = tokens[opener]!.word === "whats" || !!tokens[opener]!.possessive;
  if (tokens.at(-1)?.word !== "for" || tokens.length < opener + (contracted ? 3 : 4)) return false;
  const before = tokens.at(-2)!.word;
  if (isPhrasalVerbCached(before, "for") || EXPANSION_PATTERN.test(tokens.map((t) => t.word).join(" ")))
    return false;
  // "What did the panel ask Castel for?": the two-word verb's object stands between it and "for".
  for (let i = tokens.length - 2 - SPLIT_OBJECT_WORDS; i < tokens.length - 2; i++) {
    if (i > opener + 1 && isPhrasalVerbCached(tokens[i]!.word, "for")) return false;
  }
  return contracted || COPULAS.has(tokens[opener + 1]!.word) || !isVerbCached(before);
}

/** A word the knowledge does not contain becomes the closest one it does, if any is close. */
/**
 * "ofazerbaijan", "thepresident": two words typed without the space, when neither the store nor
 * English knows the whole and the store knows the second part (the first may be any small word).
 */
function splitRunTogether(token: Token, kb: KnowledgeBase, out: Token[]): void {
  const word = token.word;
  if (word.length < 6 || HAS_DIGIT.test(word) || kb.knowsWord(word) || isEnglishWord(word)) {
    out.push(token);
    return;
  }
  // "forrest" is a slip for "forest", not "for rest": a word one slip from a word of the store is
  // corrected, not cut.
  if (kb.spellingCandidates(word).some((c) => c.distance <= 1)) {
    out.push(token);
    return;
  }
  for (let cut = 2; cut <= word.length - 3; cut++) {
    const left = word.slice(0, cut);
    if (!RUN_TOGETHER_FIRST.has(left) && !kb.knowsWord(left)) continue;
    const right = word.slice(cut);
    if (!kb.knowsWord(right)) continue;
    out.push(
      tokenOf({ text: left, word: left, stem: stemOf(left), nameLike: false }),
      tokenOf({ ...token, text: right, word: right, stem: stemOf(right) }),
    );
    return;
  }
  out.push(token);
}

/**
 * "the hydro power", "the water way": a word the store does not know and the next word, typed
 * apart, that written together are a word of the store, are that word. Said of the previous token
 * (`tokens`' last) and `token`: when they join, the joined word replaces the previous one.
 */
function joinsPrevious(tokens: Token[], token: Token, kb: KnowledgeBase): boolean {
  const previous = tokens.at(-1);
  if (previous && joinsItsNumber(previous, token, kb)) {
    const word = previous.word + token.word;
    tokens[tokens.length - 1] = tokenOf({
      ...previous,
      text: `${previous.text} ${token.text}`,
      word,
      stem: stemOf(word),
    });
    return true;
  }
  if (!previous || previous.word.length < 3 || token.word.length < 3) return false;
  if (
    HAS_DIGIT.test(previous.word) ||
    HAS_DIGIT.test(token.word) ||
    STOPWORDS.has(previous.word) ||
    STOPWORDS.has(token.word)
  )
    return false;
  if (kb.knowsWord(previous.word) || kb.knowsStem(previous.stem)) return false;
  const word = previous.word + token.word;
  if (!kb.knowsWord(word)) return false;
  tokens[tokens.length - 1] = tokenOf({
    ...token,
    text: `${previous.text} ${token.text}`,
    word,
    stem: stemOf(word),
  });
  return true;
}

/**
 * "the mekhala 1 satellite": a name whose number the store writes joined to it ("Mekhala-1" is
 * read "mekhala1", as "COVID-19" is "covid19") typed with a space. The word and the number are
 * that one word where the store has it ("COP 29" stays two words where the facts say "COP 29").
 */
function joinsItsNumber(previous: Token, token: Token, kb: KnowledgeBase): boolean {
  if (!ALL_DIGITS.test(token.word) || token.word.length > 2 || !ALL_LETTERS.test(previous.word)) return false;
  if (previous.word.length < 3 || STOPWORDS.has(previous.word)) return false;
  return kb.knowsWord(previous.word + token.word);
}

const ALL_LETTERS = /^\p{L}+$/u;

/**
 * "talk about", "take over", "look into": a verb and its particle mean one thing, which articles
 * often say in one word ("discuss", "assume", "investigate"). When WordNet knows the pair and one
 * of its one-word synonyms is in the store, the pair is read as that word.
 */
/** Senses past which a verb is "light": its meaning in a pair comes from the particle. */
const LIGHT_VERB_SENSES = 12;

function joinPhrasalVerbs(
  tokens: Token[],
  kb: KnowledgeBase,
  typedAt: number[] = [],
  /** Filled with the positions (in the tokens returned) of particles that only complete their verb. */
  particles?: Set<number>,
): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    if (
      next &&
      !token.nameLike &&
      !REFERRING_PRONOUNS.has(next.word) &&
      (STOPWORDS.has(next.word) || PARTICLES.has(next.word)) &&
      isPhrasalVerbCached(token.word, next.word) &&
      !placeNotParticle(next, tokens, i + 2, kb) &&
      !doneByAThing(tokens, i, kb) &&
      !pathNotParticle(token, next, tokens, i + 2, kb) &&
      !stateNotParticle(tokens, i)
    ) {
      // The store's commonest reading, of those people use mostly as verbs first: "go up" is "rise",
      // not "near", which the store says far more often, but as a preposition ("near Marneuli").
      const verbish = (word: string) => (usedMostlyAsVerb(word) ? 0 : 1);
      // "Who put out the final report?": a pair done to a message or a writing is read as the verbs
      // of telling it may mean ("published", "issued"), not in its commonest readings ("trouble").
      const pairText = `${token.word} ${next.word}`;
      const telling = messageObjectAt(tokens, i + 2)
        ? pairTellingReadings(pairText).filter((word) => kb.knowsStem(stemOf(word)))
        : [];
      const known =
        telling.length > 0
          ? telling.sort((a, b) => kb.commonness(b) - kb.commonness(a) || a.localeCompare(b))
          : pairVerbReadings(pairText)
              .filter((word) => !word.includes(" ") && kb.knowsStem(stemOf(word)))
              .sort(
                (a, b) =>
                  verbish(a) - verbish(b) || kb.commonness(b) - kb.commonness(a) || a.localeCompare(b),
              );
      const word = known[0];
      if (word) {
        // A verb of a few senses keeps its meaning in the pair ("ask for"); a light verb of dozens
        // ("take over", "call on") has it from the particle, and alone would match anything.
        const verb = verbSenseCount(token.word) <= LIGHT_VERB_SENSES ? token.word : undefined;
        const pair = [token.stem, next.word] as const;
        typedAt.push(i);
        // A pair met only as a rare idiom ("pay for" as treating a guest) means what its verb does:
        // the verb is read first, the idiom's words beside it.
        const idiomOnly = verb !== undefined && pairTaggedUses(token.word, next.word) === 0;
        const phrasal = idiomOnly
          ? { verb: undefined, synonyms: known, pair }
          : { verb, synonyms: known.slice(1), pair };
        const reading = idiomOnly ? { word: token.word, stem: token.stem } : { word, stem: stemOf(word) };
        out.push(tokenOf({ ...token, text: `${token.text} ${next.text}`, ...reading, phrasal }));
        i++;
        continue;
      }
      // "As Sarybay pointed out", "how much is Madagascar picking up?": a pair WordNet knows
      // whose words the store has none of is still one verb; its particle is no second word to
      // find (nor a word the store has never seen). It stays in the words as read.
      if (PARTICLES.has(next.word)) particles?.add(out.length + 1);
    }
    typedAt.push(i);
    out.push(token);
  }
  return out;
}

/**
 * "How many market spots went to women?", "why does the money go to clinics?": a pair that only
 * somebody does in its commonest senses (WordNet's frames: "go to" is attending, "Somebody ----s
 * something") right after a noun for a thing, the pair's subject, is not that pair: the thing goes
 * to whoever gets it, and the words stand as typed. A name the store knows, a person, people or a
 * group ("the delegation went to the summit") can attend.
 */
function doneByAThing(tokens: readonly Token[], at: number, kb: KnowledgeBase): boolean {
  const subject = tokens[at - 1];
  const verb = tokens[at]!;
  const particle = tokens[at + 1]!;
  if (!subject || subject.nameLike || subject.possessive || STOPWORDS.has(subject.word)) return false;
  if (!isMostlyNoun(subject.word)) return false;
  if (canNamePerson(subject.word) || isPeopleNoun(subject.word) || namesGroup(subject.word)) return false;
  if (kb.entitiesByFirstWord(subject.word).length > 0 || kb.countryOfAdjective(subject.word)) return false;
  return pairDoneOnlyBySomebody(`${verb.word} ${particle.word}`);
}

/**
 * Prepositions that, before a place or a time, say where or when rather than complete a verb.
 * (Not "to": "go to Mongolia" was tried as going, a light verb, and as WordNet's "travel to";
 * "did X go to Y?" then needs no act, and "go to" read as "attend" finds "X attended … in Y".)
 */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["in", "at", "on"]);

/**
 * "Get in September", "go on Small Prespa": the word after the verb is a preposition of the place
 * or time that follows, not the verb's particle ("get in" is entering, "go on" happening).
 */
function placeNotParticle(next: Token, tokens: readonly Token[], at: number, kb: KnowledgeBase): boolean {
  if (!PLACE_PREPOSITIONS.has(next.word)) return false;
  return placeOrTimeAt(tokens, at, kb);
}

/**
 * A message or a writing (`isMessageNoun`: "report", "statement", "letter") heads the noun phrase
 * that starts at the position: after an article or a possessive and up to two more words
 * ("the final report", "its annual report").
 */
function messageObjectAt(tokens: readonly Token[], at: number): boolean {
  let start = at;
  if (NOUN_PHRASE_OPENERS.has(tokens[start]?.word ?? "")) start++;
  for (let k = start; k < Math.min(tokens.length, start + 3); k++) {
    const word = tokens[k]!.word;
    if (STOPWORDS.has(word)) return false;
    if (isMessageNoun(word)) return true;
  }
  return false;
}

/**
 * Words that open the noun phrase a preposition governs ("in *the* banks", "in *its* vaults"): the
 * lexicon's articles and possessives, not "this"/"that" (which also open a clause), and a member's
 * own "our" ("in our banks").
 */
const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set([...ARTICLES, ...POSSESSIVE_DETERMINERS, "our"]);

/**
 * "How much money stuck in European banks …?", "the ships stuck at the port": a past participle
 * WordNet also files as an adjective, right after the noun it describes (or after "is", "were"),
 * tells a state, and the place word after it is a preposition before a place, not the verb's
 * particle (WordNet's "stick in" is inserting, "hold up" delaying). Only where a noun phrase
 * follows the preposition: a particle left standing ("the money was stuck in") stays the pair's.
 */
function stateNotParticle(tokens: readonly Token[], at: number): boolean {
  const verb = tokens[at]!;
  if (!PLACE_PREPOSITIONS.has(tokens[at + 1]?.word ?? "")) return false;
  if (!isPastVerb(verb.word) || !isAdjective(verb.word)) return false;
  const before = tokens[at - 1];
  if (!before || !(BE_FORMS.has(before.word) || (!STOPWORDS.has(before.word) && isNoun(before.word))))
    return false;
  const after = tokens[at + 2];
  if (!after) return false;
  return NOUN_PHRASE_OPENERS.has(after.word) || (!STOPWORDS.has(after.word) && !PARTICLES.has(after.word));
}

/**
 * Prepositions of a path: after a light verb of going they say which way it went.
 */
const PATH_PREPOSITIONS: ReadonlySet<string> = new Set([
  "through",
  "over",
  "down",
  "into",
  "across",
  "along",
  "past",
]);

/**
 * "How many lorries went through Ras Ajdir?", "how much cargo goes down the Hidrovia?", "how much
 * money goes into the compensation fund?": after a light verb of going or coming, a preposition of
 * a path before a named thing says where it goes, not WordNet's pair ("go through" is enduring,
 * "go down" declining, "go over" reviewing). The verb weighs little alone, and the store's own verb
 * ("crossed", "carried", "paid into") is left to the other words. Not "take over" or "set up": their
 * verbs are not verbs of going.
 */
function pathNotParticle(
  verb: Token,
  next: Token,
  tokens: readonly Token[],
  at: number,
  kb: KnowledgeBase,
): boolean {
  if (!PATH_PREPOSITIONS.has(next.word) || !isLightVerb(verb.word) || !isVerbOfMotion(verb.word))
    return false;
  // (The name may follow an adjective or two: "over the old Hodonín–Holíč crossing".)
  let start = at;
  if (tokens[start]?.word === "the") start++;
  for (let skip = 0; skip <= 2; skip++) if (nameAt(tokens, start + skip, kb)) return true;
  return false;
}

/** A name the store knows (of any kind) starts at the position. */
function nameAt(tokens: readonly Token[], start: number, kb: KnowledgeBase): boolean {
  const longest = Math.min(kb.longestAliasTokens, tokens.length - start);
  for (let length = longest; length >= 1; length--) {
    let phrase = tokens[start]!.word;
    for (let k = 1; k < length; k++) phrase += ` ${tokens[start + k]!.word}`;
    if (countryNamed(phrase) !== undefined || kb.entitiesNamed(phrase).length > 0) return true;
  }
  return false;
}

/**
 * A place, a country or a time starts at the position ("Mongolia", "the Saint Kitts side",
 * "September", "2026").
 */
function placeOrTimeAt(tokens: readonly Token[], at: number, kb: KnowledgeBase): boolean {
  let start = at;
  if (tokens[start]?.word === "the") start++;
  const first = tokens[start];
  if (!first) return false;
  if (CALENDAR_WORDS.has(first.word) || /^\d{4}$/.test(first.word)) return true;
  const longest = Math.min(kb.longestAliasTokens, tokens.length - start);
  for (let length = longest; length >= 1; length--) {
    const phrase = tokens
      .slice(start, start + length)
      .map((t) => t.word)
      .join(" ");
    if (countryNamed(phrase) !== undefined) return true;
    for (const id of kb.entitiesNamed(phrase)) {
      const kind = kb.entity(id)?.kind;
      if (kind === "place" || kind === "country") return true;
    }
  }
  return false;
}

/**
 * WordNet has "do it", "make it", "get it" as idioms, but in a question the pronoun points back
 * ("when does it start?" is not "when does know start?").
 */
const REFERRING_PRONOUNS = new Set([
  "it",
  "them",
  "him",
  "her",
  "this",
  "that",
  "these",
  "those",
  "me",
  "us",
  "you",
]);

/** Adverbs that make a two-word verb with the verb before them ("ended up", "put off", "shut out"). */
const PARTICLES = new Set(["up", "off", "out"]);

/** Small words people run into the next one ("ofazerbaijan"); not fragments such as "re" or "ve". */
const RUN_TOGETHER_FIRST = new Set([
  "of",
  "the",
  "in",
  "on",
  "to",
  "and",
  "for",
  "at",
  "by",
  "with",
  "from",
  "is",
  "was",
  "who",
  "what",
]);

/** Words questions use that a store may not ("receive" where it says "received"): typos fixed to them too. */
let questionWords: SpellingIndex | undefined;

function questionWordCandidates(word: string): { word: string; distance: number }[] {
  if (!questionWords) {
    questionWords = new SpellingIndex();
    for (const family of SYNONYM_FAMILIES) for (const member of family) questionWords.add(member);
    for (const words of Object.values(KIND_WORDS)) for (const member of words) questionWords.add(member);
    // "hw much", "wht happened": the words a question opens with, typed in a hurry.
    for (const opener of QUESTION_WORDS.keys()) questionWords.add(opener);
  }
  return questionWords.candidates(word);
}

/**
 * "whare is the MBFA based?": a question's first word, no English word and none of the store, one
 * slip from a question word, is that word; word by word it would as soon be read as a word of the
 * store ("share").
 */
function openerSlip(token: Token, kb: KnowledgeBase): Token | undefined {
  const typed = token.word;
  if (typed.length < 3 || token.nameLike || QUESTION_WORDS.has(typed) || STOPWORDS.has(typed))
    return undefined;
  if (HAS_DIGIT.test(typed) || isEnglishWord(typed) || kb.knowsWord(typed)) return undefined;
  const openers = questionWordCandidates(typed).filter(
    (c) => c.distance === 1 && QUESTION_WORDS.has(c.word) && c.word[0] === typed[0],
  );
  // As in `correct`: "wher" leaves a letter out of "where", and is not "when".
  const opener =
    openers.find((c) => lettersLeftOut(typed, c.word)) ?? (openers.length === 1 ? openers[0] : undefined);
  return opener ? tokenOf({ ...token, word: opener.word, stem: stemOf(opener.word) }) : undefined;
}

/** Times a word is met in WordNet's tagged corpus past which it is no slip ("seal" 12, "dose" 7). */
const COMMON_USES = 10;

/**
 * Facts a word must be met in for a real word one keystroke from it to be read as a slip for it:
 * ten, or one in a hundred of a smaller store's facts (where every word is met but a few times).
 */
function slipTargetFacts(kb: KnowledgeBase): number {
  return Math.min(10, kb.size / 100);
}

/** Shorter unknown words have too many English neighbours one slip away to pick one. */
const MIN_SLIP_LENGTH = 5;

/** Times WordNet's tagged corpus meets a word past which it is an everyday word ("happened" 195). */
const EVERYDAY_USES = 50;

/**
 * The everyday English word one slip from an unknown word, if one stands out: of those a letter
 * away, the one the typed word only leaves letters out of ("happend" is "happened", not "happen"),
 * else the only everyday one.
 */
function commonWordOneSlipFrom(typed: string): string | undefined {
  const everyday = englishWordsOneSlipFrom(typed).filter(
    (word) => word[0] === typed[0] && taggedUses(word) >= EVERYDAY_USES,
  );
  const dropped = everyday.filter((word) => lettersLeftOut(typed, word));
  if (dropped.length === 1) return dropped[0];
  return everyday.length === 1 ? everyday[0] : undefined;
}

/**
 * "what happend at the meeting": the question with each lower-case word that is a slip of an
 * everyday word put right as its token is (`correct`; a word of the store or of English stays as
 * typed). The plan's words are put right already; the phrases that tell what is asked
 * ("what happened at", "what was discussed") are read from the text, and read the slip as typed:
 * the overview asked was refused. A capitalised word may be a name and is left as typed.
 */
export function withEverydaySlipsRead(question: string, kb: KnowledgeBase, slipsRead?: SlipsRead): string {
  if (!LOWER_CASE_WORD.test(question)) return question;
  const first = FIRST_WORD.exec(question)?.index;
  return question.replace(LOWER_CASE_WORDS, (word: string, at: number) => {
    if (word.length > MAX_WORD_LENGTH || STOPWORDS.has(word) || SOFT_WORDS.has(word)) return word;
    if (kb.knowsWord(word) || isEnglishWord(word) || isColloquialWord(word) || taggedUses(word) > 0)
      return word;
    // A word the phrases read as another ("comms", "smth") is theirs, never a slip.
    if (withPhrasesRead(word) !== word) return word;
    // The plan has put the word right already where it read it in the same place (first or not):
    // the same token, so the same word (correcting is the most of a question's reading).
    const meant = slipsRead?.get(slipKey(word, at === first)) ?? slipOf(word, at === first, kb);
    // Only a slip of an everyday English word: a name put right is the plan's alone.
    return meant !== word && taggedUses(meant) >= EVERYDAY_USES ? meant : word;
  });
}

/**
 * A lower-case word as `withEverydaySlipsRead` reads it, as a plain token; the first word is read as
 * the plan reads it: a slip of a question word first ("whare" is "where").
 */
function slipOf(word: string, first: boolean, kb: KnowledgeBase): string {
  const token = tokenOf({ text: word, word, stem: stemOf(word), nameLike: false });
  return ((first && openerSlip(token, kb)) || correct(token, kb)).word;
}

/**
 * How the plan put its plain words right, by `slipKey`: the word as typed, and whether it was the
 * first (read as a question word first). Kept for one question only: the store may change after.
 */
export type SlipsRead = Map<string, string>;

function slipKey(word: string, first: boolean): string {
  return first ? `^${word}` : word;
}

/**
 * A token `slipOf` would make of its word: typed in lower case as it reads, no name, no possessive,
 * no two-word verb, the word's own stem. Only such a token's correction is the slip reader's too.
 */
function isPlainWord(token: Token): boolean {
  return (
    token.text === token.word &&
    !token.nameLike &&
    !token.possessive &&
    !token.phrasal &&
    token.stem === stemOf(token.word)
  );
}

/** Where a question's first word starts. */
const FIRST_WORD = /[\p{L}\p{N}]/u;

/** A word of lower-case letters long enough to be read as a slip (`MIN_SLIP_LENGTH`). */
const LOWER_CASE_WORD = /(?<![\p{L}\p{N}'’-])[a-z]{5,}(?![\p{L}\p{N}'’-])/u;
const LOWER_CASE_WORDS = new RegExp(LOWER_CASE_WORD.source, "gu");

function correct(token: Token, kb: KnowledgeBase): Token {
  // No real word is thirty letters long: such a "word" is noise, and correcting it only costs time.
  if (token.word.length > MAX_WORD_LENGTH) return token;
  // "ghanas foreign minister": a possessive typed without its apostrophe.
  if (token.word.length > 3 && token.word.endsWith("s") && !token.possessive && !kb.knowsWord(token.word)) {
    const owner = token.word.slice(0, -1);
    if (kb.entitiesNamed(owner).length > 0)
      return tokenOf({ ...token, word: owner, stem: stemOf(owner), possessive: true });
  }
  // "Wh0", "secr3tary": a digit typed for the letter it looks like.
  if (LOOKALIKE_DIGIT.test(token.word) && HAS_LETTER.test(token.word) && !kb.knowsWord(token.word)) {
    const word = token.word.replaceAll("0", "o").replaceAll("1", "l").replaceAll("3", "e");
    if (!HAS_DIGIT.test(word) && (STOPWORDS.has(word) || QUESTION_WORDS.has(word) || kb.knowsWord(word))) {
      return tokenOf({ ...token, word, stem: stemOf(word) });
    }
  }
  const ordinal = ordinalWord(token.word, kb);
  if (ordinal) return tokenOf({ ...token, word: ordinal, stem: stemOf(ordinal) });
  const numbered = numberedNameSlip(token, kb);
  if (numbered) return numbered;
  if (
    STOPWORDS.has(token.word) ||
    SOFT_WORDS.has(token.word) ||
    kb.knowsWord(token.word) ||
    HAS_DIGIT.test(token.word)
  ) {
    return token;
  }
  const undoubled = keyStruckTwice(token, kb);
  if (undoubled) return undoubled;
  if (kb.knowsStem(token.stem) || KIND_OF_WORD.has(token.stem) || FAMILIES_OF_STEM.has(token.stem))
    return slipSharingNoStem(token, kb) ?? slipOfSameStem(token, kb) ?? token;
  // "Kazakhstani" is one letter from "Kazakhstan" but says "of Kazakhstan": no slip to correct.
  if (kb.countryOfAdjective(token.word)) return token;
  // "went" is "go", not a slip for "west".
  if (irregularBase(token.word)) return token;
  // A real English word is only ever a slip for another real word, never for a name or acronym;
  // a capitalised word ("Dan") only for a name; a short word only for one with its first letter
  // ("jay" is not a slip for "day": three letters leave too many neighbours).
  const english = isEnglishWord(token.word);
  // A word people use often is meant as typed, however common its neighbour: "sit down with" is
  // not "six", "how clean" not "clear" ("chars" is met too seldom to stand: "chairs"). Only
  // another form of the same word may stand for it ("come" where the store says "came").
  // A rarer word is meant too when it is a kind of an act the store names ("helm" is to steer, to
  // head): it finds that act, where the slip's neighbour ("held") would find another.
  // So is an informal word a dictionary lists past the common ones ("uni", "biz"): most are
  // clippings, and a clipping is a letter or more short of some word of the store ("unit").
  const colloquial = !english && !token.nameLike && isColloquialWord(token.word);
  const meant =
    colloquial ||
    (english &&
      !token.nameLike &&
      (taggedUses(token.word) >= COMMON_USES ||
        broaderVerbs(token.word).some((word) => kb.knowsStem(stemOf(word)))));
  const tier = english ? englishTier(token.word) : undefined;
  // A word of the English lists, or one WordNet's tagged corpus meets ("rome", a city's name typed
  // in lower case), is a word, whatever slip it is one letter from.
  const real = english || colloquial || (!token.nameLike && taggedUses(token.word) > 0);
  // Nor for a rarer one: "top" is meant as typed, not as "ton"; "chars" may be "chairs".
  let candidates = kb
    .spellingCandidates(token.word)
    .filter((c) => tier === undefined || (englishTier(c.word) ?? Number.POSITIVE_INFINITY) <= tier)
    // A real word is no slip for a function word: "beef" is not "been", which would drop it.
    .filter((c) => !english || !STOPWORDS.has(c.word))
    .filter((c) => !token.nameLike || kb.entitiesNamed(c.word).length > 0)
    .filter((c) => token.word.length > 4 || c.word[0] === token.word[0])
    .filter((c) => !meant || sameWord(token.word, c.word))
    // A real word ("fridge", "jabs", "feet", "rome") is a slip for another only by one keystroke
    // after its first letter: a letter dropped, doubled or added, two swapped, or a key beside
    // the one meant ("fridge" is no "ridge").
    .filter(
      (c) =>
        !real ||
        sameWord(token.word, c.word) ||
        (c.word[0] === token.word[0] && oneKeystrokeApart(token.word, c.word)),
    )
    // And only for a word the store says often: a real word one keystroke from a word met in a
    // few facts ("bail" from "basil", "coop" from "cop", "skip" from "slip") is meant as typed;
    // "chars" is a slip for "chairs", which the store's roles say again and again.
    .filter((c) => !real || sameWord(token.word, c.word) || kb.commonness(c.word) >= slipTargetFacts(kb))
    // Nor is an English word a slip for the word it ends with a letter more than ("router" is no
    // "route" with an extra key struck, but a word of its own).
    .filter(
      (c) =>
        !english ||
        sameWord(token.word, c.word) ||
        !(token.word.length === c.word.length + 1 && token.word.startsWith(c.word)),
    );
  if (candidates.length === 0 && !real) candidates = questionWordCandidates(token.word);
  // "refuze": one slip from an English word whose stem the store has ("refused").
  if (candidates.length === 0 && !real && !token.nameLike && token.word.length >= MIN_SLIP_LENGTH) {
    const word = englishWordsOneSlipFrom(token.word).find((w) => kb.knowsStem(stemOf(w)));
    if (word) return tokenOf({ ...token, word, stem: stemOf(word) });
    // "happend", "recieved": one slip from a word people write every day, which the store need not
    // say, is that word: left as typed it reads as a name the store has never heard of. Only a
    // common word is sure enough: a name one slip from a rare one ("aliev", "alive") is a name.
    const common = commonWordOneSlipFrom(token.word);
    if (common) return tokenOf({ ...token, word: common, stem: stemOf(common) });
  }
  const best = candidates[0];
  if (!best) return token;
  // Among equally close words, one the typed word only leaves letters out of is the likeliest
  // intent (chat drops letters: "nxt" is "next", not "not"; "wher" is "where", not "when"); then
  // the most frequent in the knowledge.
  const closest = candidates.filter((c) => c.distance === best.distance);
  const dropped = (c: { word: string }) => (lettersLeftOut(token.word, c.word) ? 1 : 0);
  closest.sort(
    (a, b) =>
      dropped(b) - dropped(a) ||
      kb.commonness(b.word) - kb.commonness(a.word) ||
      a.word.localeCompare(b.word),
  );
  const word = closest[0]!.word;
  return tokenOf({ ...token, word, stem: stemOf(word) });
}

const DIGIT_ORDINAL = /^(\d{1,2})(?:st|nd|rd|th)$/;

/**
 * "the 2nd payment": an ordinal typed in digits is the word the facts write ("the second
 * instalment"), unless the store writes it in digits more often than in letters.
 */
function ordinalWord(typed: string, kb: KnowledgeBase): string | undefined {
  const digits = DIGIT_ORDINAL.exec(typed)?.[1];
  const word = digits === undefined ? undefined : ORDINAL_WORDS[Number(digits) - 1];
  if (word === undefined || kb.commonness(typed) >= kb.commonness(word)) return undefined;
  return word;
}

const LETTERS_THEN_DIGITS = /^(\p{L}{3,})(\d+)$/u;

/**
 * "mekala1" (typed "mekala-1"): a name with its number, its letters slipped. Read as the one name
 * of the store with the same number whose letters are a slip away ("Mekhala-1"), as a name typed
 * without a number would be; a word with digits is otherwise read as typed.
 */
function numberedNameSlip(token: Token, kb: KnowledgeBase): Token | undefined {
  const parts = LETTERS_THEN_DIGITS.exec(token.word);
  if (!parts || kb.knowsWord(token.word)) return undefined;
  const number = parts[2]!;
  const names = kb
    .spellingCandidates(token.word)
    .filter(
      (c) =>
        c.distance <= 1 &&
        c.word.endsWith(number) &&
        !HAS_DIGIT.test(c.word.slice(0, -number.length)) &&
        kb.entitiesNamed(c.word).length > 0,
    );
  if (names.length !== 1) return undefined;
  const word = names[0]!.word;
  return tokenOf({ ...token, word, stem: stemOf(word) });
}

/** Each letter's neighbours on a QWERTY keyboard: the key struck for it by a slip of the finger. */
const KEYBOARD_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

function besideOnKeyboard(a: string, b: string): boolean {
  const place = (ch: string) => {
    const row = KEYBOARD_ROWS.findIndex((r) => r.includes(ch));
    return row < 0 ? undefined : ([row, KEYBOARD_ROWS[row]!.indexOf(ch) + row / 2] as const);
  };
  const pa = place(a);
  const pb = place(b);
  if (!pa || !pb) return false;
  return Math.abs(pa[0] - pb[0]) <= 1 && Math.abs(pa[1] - pb[1]) <= 1;
}

/**
 * Whether one word becomes the other by one keystroke: a letter left out or added, two side by side
 * swapped, or one replaced by a key beside it ("chars"/"chairs", "recieve"/"receive", "tge"/"the";
 * not "fridge"/"bridge" nor "feet"/"feed", two words each meant as typed).
 */
export function oneKeystrokeApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length !== b.length) {
    const [short, long] = a.length < b.length ? [a, b] : [b, a];
    let i = 0;
    while (i < short.length && short[i] === long[i]) i++;
    return short.slice(i) === long.slice(i + 1);
  }
  const differ: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differ.push(i);
  if (differ.length === 1) return besideOnKeyboard(a[differ[0]!]!, b[differ[0]!]!);
  return (
    differ.length === 2 &&
    differ[1] === differ[0]! + 1 &&
    a[differ[0]!] === b[differ[1]!] &&
    a[differ[1]!] === b[differ[0]!]
  );
}

/**
 * "who is losaline kiao", "whos sharlen ventor": two words typed side by side, each one slip from
 * a word of the same person's name, are that name. Word by word the slip is read otherwise ("kiao"
 * is as near "kiat" as "kioa"; "sharlen" is the stem of "sharlene" and not corrected), and the name
 * is then found nowhere. A pair is read as a name only when one person's name fits it (of their
 * spellings, the one nearest what was typed) and one of its
 * typed words is no English word (two English words are meant as typed).
 */
function withNamesCompleted(typed: readonly Token[], corrected: Token[], kb: KnowledgeBase): Token[] {
  for (let at = 0; at + 1 < corrected.length; at++) {
    const first = corrected[at]!;
    const second = corrected[at + 1]!;
    if (!namePart(typed[at]!) || !namePart(typed[at + 1]!)) continue;
    if (isEnglishWord(typed[at]!.word) && isEnglishWord(typed[at + 1]!.word)) continue;
    // Two words the store has as typed ("the nyika satellite") are meant as typed.
    if (kb.knowsWord(typed[at]!.word) && kb.knowsWord(typed[at + 1]!.word)) continue;
    if (kb.entitiesNamed(`${first.word} ${second.word}`).length > 0) continue;
    // Each spelling that names someone, by whom it names: one person's aliases are one fit.
    const fits = new Map<string, [string, string]>();
    for (const one of nameSpellings(typed[at]!, first, kb)) {
      for (const other of nameSpellings(typed[at + 1]!, second, kb)) {
        const named = kb.entitiesNamed(`${one} ${other}`);
        if (named.length === 0) continue;
        const whom = [...named].sort().join(" ");
        const fit = fits.get(whom);
        const changes = (one === typed[at]!.word ? 0 : 1) + (other === typed[at + 1]!.word ? 0 : 1);
        if (!fit || changes < (fit[0] === typed[at]!.word ? 0 : 1) + (fit[1] === typed[at + 1]!.word ? 0 : 1))
          fits.set(whom, [one, other]);
      }
    }
    if (fits.size !== 1) continue;
    const [one, other] = [...fits.values()][0]!;
    corrected[at] = tokenOf({ ...first, word: one, stem: stemOf(one) });
    corrected[at + 1] = tokenOf({ ...second, word: other, stem: stemOf(other) });
    at++;
  }
  return corrected;
}

/** A word that may be part of a person's or body's name: no function word, no number. */
function namePart(token: Token): boolean {
  return (
    token.word.length >= 3 &&
    !STOPWORDS.has(token.word) &&
    !QUESTION_WORDS.has(token.word) &&
    !HAS_DIGIT.test(token.word)
  );
}

/**
 * The word as typed, as corrected, and every word of the store one slip (two, if long) from it;
 * a real English word is no slip for a name's word ("the kribi plan" is not the Kribi plant).
 */
function nameSpellings(typed: Token, corrected: Token, kb: KnowledgeBase): Set<string> {
  const spellings = new Set([typed.word, corrected.word]);
  if (isEnglishWord(typed.word)) return spellings;
  if (typed.word.length <= MAX_WORD_LENGTH)
    for (const { word } of kb.spellingCandidates(typed.word)) spellings.add(word);
  return spellings;
}

/**
 * "ministrial", "directer": no word of the store, no English word or a rare one, yet its stem is
 * one the store has (the stem of "ministry", "direct"), so it was read as typed. When exactly one
 * commoner English word of the store is one slip away with a stem of its own ("ministerial",
 * "director"), that word is what was meant; a slip
 * whose only neighbours share its stem ("surveilance", "surveillance") reads as it did.
 */
function slipSharingNoStem(token: Token, kb: KnowledgeBase): Token | undefined {
  if (token.nameLike || token.word.length < MIN_SLIP_LENGTH || kb.knowsWord(token.word)) return undefined;
  // An English word WordNet has no sense of ("directer") may be the slip too, for a commoner one;
  // one it knows ("leasing", of "lease") is meant as typed.
  const tier = englishTier(token.word);
  if (tier !== undefined && (taggedUses(token.word) > 0 || isVerb(token.word) || isNoun(token.word)))
    return undefined;
  const others = kb
    .spellingCandidates(token.word)
    .filter(
      (c) =>
        c.distance === 1 &&
        stemOf(c.word) !== token.stem &&
        (englishTier(c.word) ?? Number.POSITIVE_INFINITY) < (tier ?? Number.POSITIVE_INFINITY),
    );
  if (others.length !== 1) return undefined;
  const word = others[0]!.word;
  return tokenOf({ ...token, word, stem: stemOf(word) });
}

/**
 * "who is nayef al-buqamy": a slip whose stem is the store's word's own ("buqamy" and "buqami" both
 * stem to "buqami") finds that word's facts, but names are looked up by their words, not stems, so
 * the person was never named and "who is" read as a question about his statements. A word of no
 * English list, one slip from exactly one store word of the same stem, is that word.
 */
function slipOfSameStem(token: Token, kb: KnowledgeBase): Token | undefined {
  if (token.word.length < MIN_SLIP_LENGTH || isEnglishWord(token.word)) return undefined;
  const same = kb
    .spellingCandidates(token.word)
    .filter((c) => c.distance === 1 && stemOf(c.word) === token.stem);
  if (same.length !== 1) return undefined;
  return tokenOf({ ...token, word: same[0]!.word });
}

/** Whether `typed` is `word` with some of its letters left out, in order ("nxt" of "next"). */
function lettersLeftOut(typed: string, word: string): boolean {
  if (typed.length >= word.length) return false;
  let at = 0;
  for (const letter of word) if (letter === typed[at]) at++;
  return at === typed.length;
}

/**
 * "when did she stepp down": a word of no English list that is an English word with one key struck
 * twice, whose stem the store has ("stepped"), is that word, not a word of the store a letter away
 * ("steppe", which shares the slip's stem, or "steps"): a doubled key is the commonest slip of the
 * finger. Only where one such word is.
 */
function keyStruckTwice(token: Token, kb: KnowledgeBase): Token | undefined {
  const typed = token.word;
  if (token.nameLike || typed.length < MIN_SLIP_LENGTH || isEnglishWord(typed) || kb.knowsWord(typed))
    return undefined;
  let found: string | undefined;
  for (let i = 1; i < typed.length; i++) {
    if (typed[i] !== typed[i - 1]) continue;
    const word = typed.slice(0, i) + typed.slice(i + 1);
    if (word === found || !isEnglishWord(word) || !kb.knowsStem(stemOf(word))) continue;
    if (found !== undefined) return undefined;
    found = word;
  }
  return found === undefined ? undefined : tokenOf({ ...token, word: found, stem: stemOf(found) });
}

/** Two forms of one word: the same stem, or one the irregular form of the other ("came", "come"). */
function sameWord(a: string, b: string): boolean {
  return stemOf(a) === stemOf(b) || irregularBase(a) === b || irregularBase(b) === a;
}

/** Words before a country's capital that make it the one acting ("did Tokyo agree", "is Dhaka paying"). */
const ACTOR_BEFORE: ReadonlySet<string> = new Set(QUESTION_AUXILIARIES);
/** Question words whose "'s" is "is" ("what's Belgrade putting in?"); their forms typed without it. */
const WH_IS: ReadonlySet<string> = new Set(["what", "who", "how", "where", "when", "why", "which"]);
const WH_IS_FUSED: ReadonlySet<string> = new Set(["whats", "whos", "hows", "wheres", "whens", "whys"]);

/** The token is an auxiliary, also one fused into the question word before it ("what's" is "what is"). */
function actorBefore(token: Token): boolean {
  return (
    ACTOR_BEFORE.has(token.word) ||
    WH_IS_FUSED.has(token.word) ||
    (!!token.possessive && WH_IS.has(token.word))
  );
}

/**
 * "Did Dhaka cave on the price?", "how much is Tokyo paying?", "what's Belgrade putting in?": a
 * capital the question has act, right after an auxiliary (one fused into "what's" too), stands
 * for its country's government, as news says it (`world-countries` capitals). It reads as the
 * country, when the store has it, not as the city; "in Dhaka", "the Dhaka talks" stay the city.
 */
function withCapitalsAsCountries(
  tokens: readonly Token[],
  mentions: Mention[],
  covered: Set<number>,
  kb: KnowledgeBase,
): void {
  for (let at = 1; at < tokens.length; at++) {
    if (!actorBefore(tokens[at - 1]!)) continue;
    for (const length of [2, 1]) {
      if (at + length > tokens.length) continue;
      const text = tokens
        .slice(at, at + length)
        .map((token) => token.word)
        .join(" ");
      const country = countryOfCapital(phraseKey(text));
      if (!country) continue;
      const id = kb.entitiesNamed(phraseKey(country)).find((e) => kb.entity(e)?.kind === "country");
      if (!id) break;
      // (A name the capital begins, "Port Louis Sentinel", is not the city.)
      const mention = mentions.find((m) => m.position === at);
      if (mention) {
        if (mention.length === length) mention.entityIds = [id];
      } else if (![...Array(length).keys()].some((k) => covered.has(at + k))) {
        mentions.push({ entityIds: [id], text, position: at, length, viaAlias: true });
        for (let k = 0; k < length; k++) covered.add(at + k);
        mentions.sort((a, b) => a.position - b.position);
      }
      break;
    }
  }
}

function findMentions(tokens: Token[], kb: KnowledgeBase): { mentions: Mention[]; covered: Set<number> } {
  const mentions: Mention[] = [];
  const covered = new Set<number>();
  const longest = kb.longestAliasTokens;
  // Every word of a name is a word the knowledge knows (`knowsWord`): a span with a word it does
  // not know names nobody, and is not looked up. Questions about what the store lacks are mostly
  // such words, and each look-up of a span costs far more than one of a word.
  const known = tokens.map((token) => kb.knowsWord(token.word));
  // The keys of the spans from one start, built by appending a word at a time: slicing and
  // joining each span anew made this one of the engine's costliest steps per question.
  const keys: string[] = [];
  for (let start = 0; start < tokens.length; start++) {
    const most = Math.min(longest, tokens.length - start);
    let knownRun = 0;
    while (knownRun < most && known[start + knownRun]) knownRun++;
    keys.length = 0;
    let key = "";
    for (let length = 1; length <= Math.max(knownRun, 1); length++) {
      key = length === 1 ? tokens[start]!.word : `${key} ${tokens[start + length - 1]!.word}`;
      keys.push(key);
    }
    for (let length = Math.max(knownRun, 1); length >= 1; length--) {
      // A lone function word ("the", "us") is never a name, even if some alias is spelled that way.
      if (length === 1 && STOPWORDS.has(tokens[start]!.word)) continue;
      const key = keys[length - 1]!;
      const entityIds = length <= knownRun ? kb.entitiesNamed(key) : [];
      if (entityIds.length === 0) {
        const adjective = length === 1 ? kb.countryOfAdjectiveAt(tokens, start) : undefined;
        if (adjective && !pairedDemonym(tokens, start, adjective.length, kb)) {
          mentions.push({
            entityIds: [adjective.country],
            text: tokens
              .slice(start, start + adjective.length)
              .map((token) => token.word)
              .join(" "),
            position: start,
            length: adjective.length,
            viaAlias: true,
            demonym: true,
          });
          for (let i = start; i < start + adjective.length; i++) covered.add(i);
          start += adjective.length - 1;
          break;
        }
        continue;
      }
      const canonical = entityIds.some((id) => kb.entity(id)?.name.toLowerCase() === key);
      if (!canonical && describesAnother(tokens, start, length, entityIds, kb)) continue;
      if (!canonical && modifiesNextNoun(tokens, start, length)) continue;
      mentions.push({ entityIds, text: key, position: start, length, viaAlias: !canonical });
      for (let i = start; i < start + length; i++) covered.add(i);
      start += length - 1;
      break;
    }
  }
  return ofAnotherStory(mentions, covered, tokens, kb);
}

/**
 * "When did the Cedros association quit the Paria advisory panel?": an alias of ordinary words
 * ("panel", "the trial", "committee") names one entity of the store, but the question's names
 * ("Cedros", "Paria") have nothing to do with it (no description names the other, they never
 * met, no fact names both): the words describe a thing of the story those names are of, and are
 * read as words.
 */
function ofAnotherStory(
  mentions: Mention[],
  covered: Set<number>,
  tokens: readonly Token[],
  kb: KnowledgeBase,
): { mentions: Mention[]; covered: Set<number> } {
  const named = mentions.filter((m) => !ordinaryAlias(m, tokens));
  if (named.length === mentions.length) return { mentions, covered };
  if (named.length === 0) {
    // No name says which: words another story uses of a thing of its own are not taken as this one.
    const kept = mentions.filter((m) => {
      if (!saidOfAnother(m, tokens, kb)) return true;
      for (let i = m.position; i < m.position + m.length; i++) covered.delete(i);
      return false;
    });
    return { mentions: kept, covered };
  }
  const kept = mentions.filter((m) => {
    if (!ordinaryAlias(m, tokens)) return true;
    const own = new Set(m.entityIds);
    const others = named.flatMap((n) => n.entityIds).filter((id) => !own.has(id));
    if (others.length === 0) return true;
    if (m.entityIds.some((id) => others.some((other) => goTogether(id, other, kb)))) return true;
    for (let i = m.position; i < m.position + m.length; i++) covered.delete(i);
    return false;
  });
  return { mentions: kept, covered };
}

/**
 * A mention made by an alias of ordinary words ("panel", "the trial"), no demonym, no name-like word.
 * (A function of its own, not a closure made on each question: `ofAnotherStory` runs on every one.)
 */
function ordinaryAlias(m: Mention, tokens: readonly Token[]): boolean {
  if (m.demonym || !m.viaAlias) return false;
  for (let i = m.position; i < m.position + m.length && i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.nameLike || (token.word !== "the" && !isEnglishWord(token.word))) return false;
  }
  return true;
}

/**
 * "When is the next steering committee meeting?": the words of an alias ("steering committee")
 * said in a fact of another story, of a thing of that story the store has no entity for (no
 * entity of the fact or its meeting goes with the alias's one).
 */
function saidOfAnother(mention: Mention, tokens: readonly Token[], kb: KnowledgeBase): boolean {
  const ids = new Set(mention.entityIds);
  if (ids.size !== 1) return false;
  const id = mention.entityIds[0]!;
  const stems = tokens
    .slice(mention.position, mention.position + mention.length)
    .filter((token) => token.word !== "the")
    .map((token) => token.stem);
  if (stems.length < 2) return false;
  // A name or a noun of the question that the entity's own words have says it is this one ("the
  // next round of Kyrgyz–Tajik talks" of the Kyrgyz–Tajik talks' "next round").
  const entity = kb.entity(id);
  if (!entity) return false;
  const own = new Set(
    tokenize([entity.name, entity.description, ...entity.aliases].join(" ")).map((token) => token.stem),
  );
  const described = tokens.some(
    (token, i) =>
      (i < mention.position || i >= mention.position + mention.length) &&
      !STOPWORDS.has(token.word) &&
      kb.knowsWord(token.word) &&
      (!isEnglishWord(token.word) || isNounOnly(token.word)) &&
      own.has(token.stem),
  );
  if (described) return false;
  let found = false;
  kb.forEachFactSaying(stems[stems.length - 1]!, (indexed) => {
    if (indexed.entities.includes(id) || indexed.eventEntities.has(id)) return true;
    const said = tokenize(indexed.fact.statement).map((token) => token.stem);
    const at = said.findIndex((_, i) => stems.every((stem, j) => said[i + j] === stem));
    if (at < 0) return true;
    const theirs = [...indexed.entities, ...indexed.eventEntities];
    // Not through meetings whose titles have the words: those may be the other story's.
    if (theirs.some((other) => goTogether(id, other, kb, false))) return true;
    found = true;
    return false;
  });
  return found;
}

/**
 * One's description names the other, they took part in one meeting, or a fact names both or names
 * one at a meeting the other took part in.
 */
function goTogether(id: string, other: string, kb: KnowledgeBase, byTitle = true): boolean {
  if (kb.namedInDescription(id).has(other) || kb.namedInDescription(other).has(id)) return true;
  const events = new Set([...kb.eventsWith(id), ...(byTitle ? kb.eventsNaming(id) : [])]);
  if ([...kb.eventsWith(other), ...kb.eventsNaming(other)].some((event) => events.has(event))) return true;
  for (const indexed of kb.factsAbout(id)) {
    if (indexed.entities.includes(other) || indexed.eventEntities.has(other)) return true;
  }
  return false;
}

/**
 * "the hurricane secretariat": an alias of "the" and ordinary words ("the hurricane", "the storm")
 * before a noun that is only a noun describes that noun, the way "the hurricane season" does; it
 * does not name the storm. So does one before two nouns that make one ("the storm warning pact").
 */
function modifiesNextNoun(tokens: readonly Token[], start: number, length: number): boolean {
  if (length < 2 || tokens[start]!.word !== "the") return false;
  const words = tokens.slice(start + 1, start + length);
  if (!words.every((token) => !token.nameLike && isEnglishWord(token.word))) return false;
  if (words[words.length - 1]!.possessive) return false;
  const plain = (token: Token | undefined): token is Token =>
    token !== undefined && !token.nameLike && !STOPWORDS.has(token.word);
  const next = tokens[start + length];
  if (!plain(next)) return false;
  if (isNounOnly(next.word)) return !next.possessive;
  // "the storm warning pact": a noun, itself before a noun that is only a noun.
  const after = tokens[start + length + 1];
  return !next.possessive && isNoun(next.word) && plain(after) && !after.possessive && isNounOnly(after.word);
}

/** Words that tie a phrase naming a meeting to what follows it: "the second round of the … talks". */
const MODIFYING = new Set(["of", "in", "at", "on", "from"]);

/**
 * "The second round of the Malacca oil spill talks", "the second round in Jakarta", "the
 * trilateral power committee": an alias of ordinary words ("second round", "committee") describes a
 * meeting or a thing rather than naming it, and the words that qualify it say which. A name or a
 * noun among them that the entity's own name and description lack means another one described the
 * same way, of another story; the words are then read as words. (Verbs are left out: "was the
 * second round held" says nothing of which one.)
 */
function describesAnother(
  tokens: readonly Token[],
  start: number,
  length: number,
  entityIds: readonly string[],
  kb: KnowledgeBase,
): boolean {
  const entities = entityIds.map((id) => kb.entity(id));
  if (entities.some((entity) => !entity || entity.kind === "person" || entity.kind === "country"))
    return false;
  if (!tokens.slice(start, start + length).every((token) => isEnglishWord(token.word))) return false;
  // A thing's ordinary alias ("committee", "advisory panel") is qualified only by the words right
  // before it ("the trilateral power committee"), not by those before an alias that opens with
  // "the" ("the railway after the bank"), nor across "after" or "of"; what follows it ("in Batken"
  // after "the warning centre") may say where it stands or what it did, not which one it is.
  const meeting = entities.every((entity) => entity!.kind === "event");
  const qualifying: Token[] = [];
  if (meeting || tokens[start]!.word !== "the") {
    for (let i = start - 1; i >= 0 && !STOPWORDS.has(tokens[i]!.word); i--) {
      if (!meeting && (MODIFYING.has(tokens[i]!.word) || RELATION_WORDS.has(tokens[i]!.word))) break;
      qualifying.push(tokens[i]!);
    }
  }
  let i = start + length;
  if (meeting && MODIFYING.has(tokens[i]?.word ?? "")) {
    for (i++; tokens[i]?.word === "the"; i++);
    for (; i < tokens.length && !STOPWORDS.has(tokens[i]!.word); i++) qualifying.push(tokens[i]!);
  }
  const own = new Set(
    entities.flatMap((entity) =>
      tokenize([entity!.name, entity!.description, ...entity!.aliases].join(" ")).map((t) => t.stem),
    ),
  );
  return qualifying.some(
    (token) =>
      kb.knowsWord(token.word) &&
      (!isEnglishWord(token.word) || isNounOnly(token.word)) &&
      !own.has(token.stem),
  );
}

/**
 * "Kyrgyz–Tajik talks", "the kyrgyz tajik glacial system": two adjectives side by side name a
 * thing of both, as its title does ("Kyrgyz–Tajik"); they are its words, not the two countries.
 */
function pairedDemonym(tokens: readonly Token[], start: number, length: number, kb: KnowledgeBase): boolean {
  const after = tokens[start + length];
  if (after && kb.countryOfAdjectiveAt(tokens, start + length)) return true;
  for (let from = Math.max(0, start - 3); from < start; from++) {
    const before = kb.countryOfAdjectiveAt(tokens, from);
    if (before && from + before.length === start) return true;
  }
  return false;
}

/** Some fact of the store says the verb (its stem) with the particle right after it ("sets up"). */
function saysPair(kb: KnowledgeBase, [stem, particle]: readonly [string, string]): boolean {
  return !kb.forEachFactWithStem(
    stem,
    ({ fact }) =>
      !factSequences(fact).some((words) =>
        words.some((t, i) => t.stem === stem && words[i + 1]?.word === particle),
      ),
  );
}

/**
 * "Up and running": two words joined by "and" that WordNet has as adjectives of one sense (or of
 * one cluster of senses) say one thing, asked once: the position of the second word, with the
 * words of that sense. The first is not asked apart ("up" is no word to find).
 */
function sameThingTwice(
  tokens: readonly Token[],
  covered: ReadonlySet<number>,
): Map<number, readonly string[]> {
  const found = new Map<number, readonly string[]>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const first = tokens[i]!;
    const second = tokens[i + 2]!;
    if (tokens[i + 1]!.word !== "and" || covered.has(i) || covered.has(i + 2)) continue;
    if (first.nameLike || second.nameLike || HAS_DIGIT.test(first.word) || HAS_DIGIT.test(second.word))
      continue;
    const words = sharedAdjectiveSense(first.word, second.word);
    if (words.length > 0) found.set(i + 2, words);
  }
  return found;
}

/**
 * What the two words of one sense are found by: either as typed, and the other words of that
 * sense ("functioning", "operative") the store has, as synonyms.
 */
function oneSenseOf(
  words: readonly string[],
  typed: readonly Token[],
  kb: KnowledgeBase,
): Map<string, number> {
  const alternatives = new Map<string, number>();
  // (Not a particle, "up", which a fact has in any "set up" or "go up".)
  for (const word of words) {
    const stem = stemOf(word);
    if (kb.knowsStem(stem) && !PARTICLES.has(word) && !alternatives.has(stem))
      alternatives.set(stem, STRENGTH.synonym);
  }
  for (const token of typed) {
    if (kb.knowsStem(token.stem) && !PARTICLES.has(token.word)) alternatives.set(token.stem, STRENGTH.exact);
  }
  return alternatives;
}

/**
 * The two-word verbs of the store that stand for the word ("set up" for "establish", "turned
 * down" for "refused"): a fact with one has the word as it has a one-word synonym. Undefined when
 * none (most words).
 */
/** A word up to `NEGATOR_REACH` words before the position denies its verb ("didn't they accept"). */
function negatedAt(tokens: readonly Token[], position: number): boolean {
  return tokens.slice(Math.max(0, position - NEGATOR_REACH), position).some((t) => NEGATOR.test(t.word));
}

/**
 * The verbs of refusing (WordNet's opposites of "accept") added to `alternatives` as synonyms, and
 * their two-word verbs ("turn down") the store has, to be offered as the term's pairs.
 */
function refusalsOf(alternatives: Map<string, number>, kb: KnowledgeBase): PairAlternative[] {
  const pairs: PairAlternative[] = [];
  for (const { stem, twoWordVerbs } of refusingVerbs()) {
    if (kb.knowsStem(stem) && (alternatives.get(stem) ?? 0) < STRENGTH.synonym)
      alternatives.set(stem, STRENGTH.synonym);
    for (const [verbStem, particle] of twoWordVerbs) {
      if (!kb.knowsStem(verbStem) || !kb.knowsWord(particle)) continue;
      if (pairs.some(({ pair }) => pair[0] === verbStem && pair[1] === particle)) continue;
      pairs.push({ pair: [verbStem, particle], strength: STRENGTH.synonym });
    }
  }
  return pairs;
}

/** WordNet's opposites of "accept", stemmed with their two-word verbs: the same for every question. */
let refusing: { stem: string; twoWordVerbs: [string, string][] }[] | undefined;
function refusingVerbs(): NonNullable<typeof refusing> {
  refusing ??= oppositeVerbs("accept").map((verb) => ({
    stem: stemOf(verb),
    twoWordVerbs: pairSynonyms(verb).map(([word, particle]) => [stemOf(word), particle]),
  }));
  return refusing;
}

function withPairs(
  own: readonly PairAlternative[] | undefined,
  more: readonly PairAlternative[] | undefined,
): readonly PairAlternative[] | undefined {
  if (!more || more.length === 0) return own;
  const merged = [...(own ?? [])];
  for (const alternative of more)
    if (!merged.some(({ pair }) => pair[0] === alternative.pair[0] && pair[1] === alternative.pair[1]))
      merged.push(alternative);
  return merged;
}

function pairAlternatives(token: Token, kb: KnowledgeBase): readonly PairAlternative[] | undefined {
  const out: PairAlternative[] = [];
  for (const [verb, particle] of pairSynonyms(token.word)) {
    const stem = stemOf(verb);
    if (stem === token.stem || !kb.knowsStem(stem) || !kb.knowsWord(particle)) continue;
    out.push({ pair: [stem, particle], strength: STRENGTH.thesaurus });
  }
  return out.length > 0 ? out : undefined;
}

/** How many words the thing a which- or what-question asks for may run to ("which medical research centre"). */
const THING_ASKED_WORDS = 3;

/**
 * The positions of the nouns that say what a which- or what-question asks for ("which two
 * *metals*", "what *institution*"), right after its opener (and a count); none for other questions.
 */
function thingAskedFor(
  tokens: readonly Token[],
  kind: string,
  covered: ReadonlySet<number>,
): ReadonlySet<number> {
  const positions = new Set<number>();
  if (kind !== "which" && kind !== "what") return positions;
  const opener = tokens.findIndex((token) => token.word === "which" || token.word === "what");
  if (opener < 0) return positions;
  let at = opener + 1 + (NUMBER_WORDS.has(tokens[opener + 1]?.word ?? "") ? 1 : 0);
  for (; at < tokens.length && positions.size < THING_ASKED_WORDS; at++) {
    const word = tokens[at]!.word;
    if (covered.has(at) || STOPWORDS.has(word) || !isNoun(word)) break;
    positions.add(at);
  }
  return positions;
}

/**
 * The positions of the nouns a how-many or how-much question counts ("how many *boats*"): a
 * kind is what it says there, never the narrower things of it.
 */
/**
 * "How many states *belong* to WAMSO?", "how many members *sit* on the committee?": right after the
 * thing counted, a verb of being (WordNet's `verb.stative`) and its preposition before a name say
 * only that the things are in or of what is named, which a fact counting them as its own says in
 * other words ("a body of eleven coastal states", "has nine members"). A deed is no such verb
 * ("how many people *died* in …"), and a place is no body ("how many people *live* in Zuwara?").
 */
function beingInTheNamed(
  tokens: readonly Token[],
  at: number,
  mentions: readonly Mention[],
  countedAt: ReadonlySet<number>,
  kb: KnowledgeBase,
): boolean {
  if (!countedAt.has(at - 1) || countedAt.has(at)) return false;
  if (!BEING_IN.has(tokens[at + 1]?.word ?? "")) return false;
  const named = tokens[at + 2]?.word === "the" ? at + 3 : at + 2;
  // (A body's own: "how many people live in Zuwara?" asks a town's people, which a count of
  // something else there does not give.)
  const body = mentions.some(
    (m) => m.position === named && m.entityIds.some((id) => kb.entity(id)?.kind === "organization"),
  );
  return body && isVerbOfState(tokens[at]!.word);
}

const BEING_IN: ReadonlySet<string> = new Set(["to", "on", "in", "at", "of"]);

function thingCounted(tokens: readonly Token[], covered: ReadonlySet<number>): ReadonlySet<number> {
  const positions = new Set<number>();
  const at = tokens.findIndex(
    (token, i) => token.word === "how" && (tokens[i + 1]?.word === "many" || tokens[i + 1]?.word === "much"),
  );
  if (at < 0) return positions;
  for (let i = at + 2; i < tokens.length && positions.size < THING_ASKED_WORDS; i++) {
    const word = tokens[i]!.word;
    if (covered.has(i) || STOPWORDS.has(word) || !isNoun(word)) break;
    positions.add(i);
  }
  return positions;
}

function alternativesFor(
  token: Token,
  kb: KnowledgeBase,
  byKinds = false,
  /**
   * Not the thing a how-many question counts: a made thing or a place may be met by its kinds,
   * other than those the question names itself (these stems).
   */
  byThingKinds?: ReadonlySet<string>,
  /** Asked as a verb (`readsAsVerbAt`): a rare one is met by the plainer verb it is a kind of. */
  asVerb = false,
  /** A when-question: a choice is dated by any decision that made it. */
  datesAsked = false,
  /** After an article or a possessive (`readsAsNounAt`): a noun, even one that is also a verb. */
  asNoun = false,
): Map<string, number> {
  const alternatives = new Map<string, number>();
  const offer = (stem: string, strength: number) => {
    if (kb.knowsStem(stem) && (alternatives.get(stem) ?? 0) < strength) alternatives.set(stem, strength);
  };
  offer(token.stem, STRENGTH.exact);
  for (const related of FAMILIES_OF_STEM.get(token.stem) ?? []) offer(related, STRENGTH.synonym);
  if (!token.nameLike) {
    for (const stem of synonymStems(token.word)) offer(stem, STRENGTH.thesaurus);
    // A noun's synonym counts where the store has the word itself, not only its stem:
    // "secretariate" stems to what "secretary" does.
    // (Asked as a noun, "the price of a collar", a word that is also a verb shares its noun's sense.)
    for (const synonym of asNoun ? nounUseSynonyms(token.word) : nounSynonyms(token.word)) {
      if (!synonym.includes(" ") && (kb.knowsWord(synonym) || kb.knowsWord(`${synonym}s`))) {
        offer(stemOf(synonym), STRENGTH.thesaurus);
      }
    }
    // A clipped word is the word it is short for ("lab" is "laboratory"), not a synonym of it.
    for (const full of clippedFrom(token.word)) offer(stemOf(full), STRENGTH.exact);
  }
  // A made thing the store names by its kind: "planes" are the articles' "aircraft".
  const kind = token.nameLike ? undefined : nounKind(token.word);
  if (kind && kb.knowsWord(kind)) offer(stemOf(kind), STRENGTH.synonym);
  // Where the store has no word for the kind of the commonest sense, the kind of the next one:
  // "lorries" are first WordNet's horse-drawn wagons (met once in its tagged corpus), then the
  // trucks an article counts ("about 1,100 trucks cross at Namanga").
  else if (!token.nameLike) {
    const second = nounKindOfSecondSense(token.word);
    if (second && kb.knowsWord(second)) offer(stemOf(second), STRENGTH.synonym);
  }
  // The thing a which- or what-question asks for, by its kind where the store names it: "which
  // metals" by "copper" (the words WordNet files one step below the noun's commonest sense, in
  // their own commonest sense, no named instance). Elsewhere in a question a kind is what it
  // says: "how many plants" counts plants, not the refineries among them.
  if (byKinds && !token.nameLike && isMostlyNoun(token.word)) {
    for (const narrower of narrowerNouns(token.word)) {
      if (kb.knowsWord(narrower) || kb.knowsWord(`${narrower}s`)) offer(stemOf(narrower), STRENGTH.thesaurus);
    }
  }
  // A made thing, a natural object or a place named anywhere else in a question (not what it
  // counts) is met by a fact that names a kind of it, as weakly as a synonym: "once the new
  // *boats* arrive" by "two hybrid-electric ferries", "the *streams* of eastern Georgia" by "river
  // flows", "its main *office*" by "headquarters". Not a person's kind (a deputy is no minister),
  // an act's or a group's (a board is no committee), nor a word that is also an adjective.
  else if (byThingKinds && !token.nameLike && isMostlyNoun(token.word) && isConcreteNoun(token.word)) {
    for (const narrower of narrowerNouns(token.word)) {
      const stem = stemOf(narrower);
      if (!isNounOnly(narrower) || byThingKinds.has(stem)) continue;
      if (kb.knowsWord(narrower) || kb.knowsWord(`${narrower}s`)) offer(stem, STRENGTH.thesaurus);
    }
  }
  // A rare verb the store never uses, nor any word of its sense: the plainer verb it is a kind of.
  // Where the store has the word in another sense ("on foot"), a rare verb asked as a verb still
  // means the plainer act, as weakly as a synonym: "who is footing most of the bill" asks who pays
  // it. (Rare as a verb: "foot" is a common noun. Not a word of the lexicon's families, which say
  // what it meets: "chaired" is no "headed", and found at 0.8 who heads the body.)
  if (!token.nameLike && alternatives.size === 0) {
    for (const broader of broaderVerbs(token.word)) offer(stemOf(broader), STRENGTH.derived);
  } else if (!token.nameLike && asVerb && !FAMILIES_OF_STEM.has(token.stem)) {
    for (const broader of broaderVerbs(token.word, true)) offer(stemOf(broader), STRENGTH.thesaurus);
  }
  // A choice is told as the plainer act of mind it is a kind of ("how many were picked" by "236
  // were chosen"), and dated by the decision that made it: "when did the commission pick the
  // builder?" by "X will build the bridge, the commission decided on 7 July" (`plainerActsOfMind`).
  if (!token.nameLike)
    for (const plainer of plainerActsOfMind(token.word, datesAsked)) offer(stemOf(plainer), STRENGTH.related);
  if (token.phrasal) {
    // The pair's first reading is only the store's commonest: "ask for" is "invite" as often as "request".
    for (const synonym of token.phrasal.synonyms) offer(stemOf(synonym), STRENGTH.thesaurus);
    const verb = token.phrasal.verb;
    if (verb) offer(stemOf(irregularBase(verb) ?? verb), STRENGTH.derived);
  }
  // WordNet's derivations across parts of speech ("glacier" / "glacial"), a step from the word.
  if (!token.nameLike) for (const stem of derivedStems(token.word)) offer(stem, STRENGTH.related);
  // The act that brings it about, as a step from the word: "how many died?" is told as "killing 212".
  if (!token.nameLike) for (const stem of causingStems(token.word)) offer(stem, STRENGTH.related);
  // Derivations the stemmer leaves apart ("chair" / "chairmanship"): one stem starts the other.
  if (token.stem.length >= 4) {
    for (const related of derivations(token.stem)) offer(related, STRENGTH.derived);
  }
  // "How much money": news states the sum in its currency ("4.8 million euros").
  // A unit that stems to another word ("won" to "win") would find that word instead.
  if (!token.nameLike && isMoneyNoun(token.word)) {
    for (const unit of currencyUnits()) {
      const stem = stemOf(unit);
      if (unit.startsWith(stem)) offer(stem, STRENGTH.synonym);
    }
  }
  return alternatives;
}

/**
 * "Per" at `at` opens a rate ("per day", "per 30 days", "per unit"): a word follows it, and not
 * the one that makes it a share ("per cent") or a Latin tag ("per se").
 */
function isRateOpenerAt(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1]?.word;
  return next !== undefined && next !== "cent" && next !== "se";
}

/** Forms of "leave" that leave a thing in a state ("left unanswered"). */
const LEAVING: ReadonlySet<string> = new Set(["leave", "leaves", "leaving", "left"]);

/**
 * "What did the commission leave unanswered?": "leave" before a word that denies a verb ("un" and a
 * past form) says only that it stayed so, as "the request was not answered" does: the state is
 * what is asked, weighed as the relation, and the leaving is no word to find. (Session 41.)
 */
function leavesUndone(tokens: readonly Token[], at: number): boolean {
  if (!LEAVING.has(tokens[at]?.word ?? "")) return false;
  const next = tokens[at + 1]?.word ?? "";
  return next.startsWith("un") && isPastVerb(next.slice(2)) && isVerb(next.slice(2));
}

/**
 * The word at `at` is asked as a verb: a verb's past ("inked", "overstayed"), or its "-ing" after
 * a form of "be" ("who is footing"). Not a noun WordNet also files as a rare verb ("planes",
 * "teams"), nor an "-ing" that names the act ("the replanting", "anti-poaching patrols").
 */
function readsAsVerbAt(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at]!.word;
  const base = verbBase(word);
  if (base === undefined || base === word) return false;
  if (word.endsWith("ed")) return true;
  return word.endsWith("ing") && BE_FORMS.has(tokens[at - 1]?.word ?? "");
}

/**
 * The word at `at` is asked as a noun: right after an article or a possessive ("the *price* of",
 * "Malawi's *share*"), where a verb does not stand. Not a verb's past or "-ing" ("the planned"),
 * which names the act.
 */
function readsAsNounAt(tokens: readonly Token[], at: number): boolean {
  const previous = tokens[at - 1];
  if (!previous) return false;
  if (!NOUN_PHRASE_OPENERS.has(previous.word) && !previous.possessive) return false;
  const word = tokens[at]!.word;
  return !word.endsWith("ed") && !word.endsWith("ing");
}

const BE_FORMS: ReadonlySet<string> = new Set([
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "being",
  "am",
  "'s",
]);

/** The word, where the store has its stem, meets the term as a synonym does. */
function offerPrefixed(term: Term, word: string, kb: KnowledgeBase): void {
  const stem = stemOf(word);
  if (kb.knowsStem(stem) && (term.alternatives.get(stem) ?? 0) < STRENGTH.synonym)
    term.alternatives.set(stem, STRENGTH.synonym);
}

/** The one-word verbs a why-question's two-word verb means (`pairMeanings`), where the store has them. */
function addPairMeanings(pair: string, alternatives: Map<string, number>, kb: KnowledgeBase): void {
  const [verb = "", particle = ""] = pair.toLowerCase().split(" ");
  for (const meaning of pairMeanings(`${verb} ${particle}`)) {
    const stem = stemOf(meaning);
    if (kb.knowsStem(stem) && (alternatives.get(stem) ?? 0) < STRENGTH.thesaurus)
      alternatives.set(stem, STRENGTH.thesaurus);
  }
}

/**
 * "Why does Lopes think no country can save the fish alone?": what someone thinks is known from
 * what they said, so the verbs of saying find it too (no stronger than a synonym).
 */
function addSaying(alternatives: Map<string, number>, kb: KnowledgeBase): void {
  const say = tokenOf({ text: "say", word: "say", stem: stemOf("say"), nameLike: false });
  for (const [stem, strength] of alternativesFor(say, kb)) {
    const met = Math.min(strength, STRENGTH.synonym);
    if ((alternatives.get(stem) ?? 0) < met) alternatives.set(stem, met);
  }
}

/**
 * The stems of a word's one-word WordNet synonyms, in WordNet's order. They depend on the word
 * alone (not on any store), and the same few hundred words come back in question after
 * question: worked out once per word rather than stemmed again each time.
 */
const synonymStemCache = new Map<string, readonly string[]>();
function synonymStems(word: string): readonly string[] {
  let stems = synonymStemCache.get(word);
  if (!stems) {
    stems = verbSynonyms(word)
      .filter((synonym) => !synonym.includes(" "))
      .map((synonym) => stemOf(synonym));
    if (synonymStemCache.size > WORD_CACHE_LIMIT) synonymStemCache.clear();
    synonymStemCache.set(word, stems);
  }
  return stems;
}

const causingStemCache = new Map<string, readonly string[]>();
function causingStems(word: string): readonly string[] {
  let stems = causingStemCache.get(word);
  if (!stems) {
    stems = causingVerbs(word).map((verb) => stemOf(verb));
    if (causingStemCache.size > WORD_CACHE_LIMIT) causingStemCache.clear();
    causingStemCache.set(word, stems);
  }
  return stems;
}

const derivedStemCache = new Map<string, readonly string[]>();
function derivedStems(word: string): readonly string[] {
  let stems = derivedStemCache.get(word);
  if (!stems) {
    stems = derivedWords(word).map((derived) => stemOf(derived));
    if (derivedStemCache.size > WORD_CACHE_LIMIT) derivedStemCache.clear();
    derivedStemCache.set(word, stems);
  }
  return stems;
}

/** Per-word caches stay bounded whatever people type: past this many words they start afresh. */
const WORD_CACHE_LIMIT = 50_000;

const DERIVATION_SUFFIXES = [
  "man",
  "manship",
  "ship",
  "ment",
  "ation",
  "al",
  "ial",
  "ic",
  "ist",
  "ism",
  "er",
  "or",
  "ian",
  "an",
];
const derivationCache = new Map<string, readonly string[]>();
function derivations(stem: string): readonly string[] {
  const cached = derivationCache.get(stem);
  if (cached) return cached;
  const out: string[] = [];
  for (const suffix of DERIVATION_SUFFIXES) {
    out.push(stem + suffix);
    if (stem.endsWith(suffix) && stem.length - suffix.length >= 4) out.push(stem.slice(0, -suffix.length));
  }
  if (derivationCache.size > WORD_CACHE_LIMIT) derivationCache.clear();
  derivationCache.set(stem, out);
  return out;
}

/** WordNet's verbs are fixed for the life of the process: each word is looked up once. */
const verbCache = new Map<string, boolean>();
function isVerbCached(word: string): boolean {
  let verb = verbCache.get(word);
  if (verb === undefined) {
    verb = isVerb(word);
    if (verbCache.size > WORD_CACHE_LIMIT) verbCache.clear();
    verbCache.set(word, verb);
  }
  return verb;
}

/**
 * A light verb of going or coming paired with a particle into a verb of many senses ("go up":
 * rise, near, be built, burn, increase; "come out", "go out"): the one reading the question was
 * given is a guess, and a fact that says the asked thing in its own words ("the plant on the
 * Mangde Chhu" for "which river is the dam going up on", "published" for "came out") need not
 * say that guess. Like its verb alone, it weighs as a hedge word, still found where the fact has
 * it. (Not "take over" or "set up": "take" and "set" are no verbs of going, and their pairs name
 * the act asked about.)
 */
function readingUncertain(text: string): boolean {
  const [verb, particle] = text.toLowerCase().split(/\s+/);
  if (!verb || !particle || !isLightVerb(verb)) return false;
  return verbSenseCount(`${verb} ${particle}`) > UNCERTAIN_PAIR_SENSES;
}
/** Senses past which a pair means too many things to pick one (`PAIR_MEANING_SENSES`). */
const UNCERTAIN_PAIR_SENSES = 5;

const phrasalCache = new Map<string, boolean>();
function isPhrasalVerbCached(first: string, second: string): boolean {
  const key = `${first} ${second}`;
  let phrasal = phrasalCache.get(key);
  if (phrasal === undefined) {
    phrasal = isPhrasalVerb(first, second);
    if (phrasalCache.size > WORD_CACHE_LIMIT) phrasalCache.clear();
    phrasalCache.set(key, phrasal);
  }
  return phrasal;
}

/** A verb's "-ing" form used as the name of its act ("signing", "opening"). */
function actNamed(word: string): boolean {
  return word.endsWith("ing") && word.length > 5 && isVerbCached(word);
}

/** Soft words of time that may close a noun phrase without being part of it ("… pact now"). */
const TIME_AFTER_A_PHRASE: ReadonlySet<string> = new Set(
  ["now", "currently", "today", "nowadays", "recently"].filter((word) => SOFT_WORDS.has(word)),
);

/** Soft adjectives that say which holder or which version ("new", "current"), not what is held. */
const HOLDER_ADJECTIVES: ReadonlySet<string> = new Set(
  ["new", "current", "recent", "previous", "former"].filter((word) => SOFT_WORDS.has(word)),
);

/**
 * The words after the one at `from` run on to a title ("housing *minister*", "deputy foreign
 * *minister*"): some of them is a person noun.
 */
function endsInTitle(tokens: readonly Token[], from: number, termAt: Map<number, number>): boolean {
  for (let at = from + 1; termAt.has(at) && !tokens[at - 1]!.possessive; at++) {
    if (isPersonNoun(tokens[at]!.word)) return true;
  }
  return false;
}

/**
 * "When did the Swiss reject the request?": in a wh-question, a demonym after the auxiliary and
 * "the", then a word used mostly as a verb with a function word or nothing after it ("did the
 * Tajik glaciologist say" has a person noun there, "did the Brazilian delegate offer" a verb after
 * it: the adjective says who).
 */
function peopleDoingTheVerb(tokens: readonly Token[], mention: Mention, verbAt: number): boolean {
  const next = tokens[verbAt + 1];
  return (
    mention.demonym === true &&
    mention.position >= 3 &&
    tokens[mention.position - 1]?.word === "the" &&
    ACTOR_BEFORE.has(tokens[mention.position - 2]?.word ?? "") &&
    isVerb(tokens[verbAt]!.word) &&
    usedMostlyAsVerb(tokens[verbAt]!.word) &&
    (next === undefined || STOPWORDS.has(next.word))
  );
}

function findProximities(tokens: Token[], mentions: Mention[], termAt: Map<number, number>): Proximity[] {
  const proximities: Proximity[] = [];
  const whoIs = asksWhoIs(tokens);
  // "Kazakhstan's president", "the Chilean president" ask what "president of Kazakhstan" asks.
  tokens.forEach((token, position) => {
    // "Israel's new energy minister", "Albania's current environment minister": an adjective that
    // only says which holder (soft, see SOFT_WORDS) is not what the country has; the noun after it
    // is, as in "Israel's energy minister".
    let ownedAt = position + 1;
    while (HOLDER_ADJECTIVES.has(tokens[ownedAt]?.word ?? "") && termAt.has(ownedAt + 1)) ownedAt++;
    const owned = termAt.get(ownedAt);
    if (owned === undefined) return;
    const mention = mentions.findIndex(
      (m) => m.position + m.length - 1 === position && (token.possessive || m.demonym),
    );
    // "Chilean president" is worded "President of Chile" or "Chilean President"; what a country
    // "has" is worded every which way ("Azerbaijan's experience in multilateral diplomacy").
    // ("When did the Swiss reject it?": the people the word names, right after the auxiliary, do
    // the verb after it; it is no thing of theirs.)
    if (mention >= 0 && !token.possessive && peopleDoingTheVerb(tokens, mentions[mention]!, ownedAt)) return;
    if (mention >= 0) {
      // "The Grenadian housing minister" is worded "Grenada's Minister of Infrastructure and
      // Housing": before a title of several words, the country may stand before the whole title
      // as written, its words apart (`Proximity.title`).
      const title = !token.possessive && endsInTitle(tokens, ownedAt, termAt);
      proximities.push({
        term: owned,
        target: { mention },
        order: token.possessive ? "either" : "of",
        ...(title ? { title: true as const } : {}),
      });
      return;
    }
    if (token.possessive) {
      const term = termAt.get(position);
      if (term !== undefined) proximities.push({ term: owned, target: { term }, order: "either" });
      return;
    }
    const named = mentions.findIndex(
      (m) => m.position + m.length - 1 === position && tokens[m.position - 1]?.word === "the",
    );
    if (named >= 0) {
      proximities.push({ term: owned, target: { mention: named }, order: "of", describesOnly: true });
    }
  });
  // "trade minister", "CICA secretary general": a word before a title says which title, so a fact
  // must have it at the title ("Minister of Trade"), not elsewhere ("Japan's trade").
  tokens.forEach((token, position) => {
    const title = tokens[position + 1];
    const word = termAt.get(position);
    const head = termAt.get(position + 1);
    if (word === undefined || head === undefined || !title || token.possessive || token.nameLike) return;
    if (mentions.some((m) => position >= m.position && position < m.position + m.length)) return;
    if (!isPersonNoun(title.word)) return;
    proximities.push({ term: word, target: { term: head }, order: "either" });
  });
  tokens.forEach((token, position) => {
    // "president of Chile"; "ambassador to Mongolia" in "who is ...", not "who did he invite to Mongolia"
    // "ambassador to Mongolia": a noun (WordNet knows no verb of that form) before "to" is a role
    // towards what follows; a verb ("invited to visit") is not.
    if (
      token.word !== "of" &&
      !(token.word === "to" && (whoIs || (position > 0 && !isVerbCached(tokens[position - 1]!.word))))
    )
      return;
    const before = termAt.get(position - 1);
    if (before === undefined) return;
    // "The signing of the accord" is the act done to it: a fact says "signed the accord", "signed
    // an agreement", with no "of" to stand by.
    if (token.word === "of" && actNamed(tokens[position - 1]!.word)) return;
    const next = tokens[position + 1]?.word === "the" ? position + 2 : position + 1;
    const mention = mentions.findIndex((m) => m.position === next);
    if (mention >= 0) proximities.push({ term: before, target: { mention }, order: "of" });
    else if (token.word === "of") {
      // "to" before a word is as often "invited to visit" as "visit to Mongolia": names only.
      // "round of Lake Amari talks": the phrase after "of" is about its last word, its head.
      // (A time said after it is not its head: "the cost of the Malacca spill pact *now*" is
      // about the pact, asked as of now.)
      let head = next;
      while (termAt.has(head + 1) && !TIME_AFTER_A_PHRASE.has(tokens[head + 1]!.word)) head++;
      const term = termAt.get(head);
      // After a helper verb the question's own verb may end the run ("when does construction of
      // the line start now?"), so its head may be any word of it.
      // And a fact may put more words into a phrase of several ("the budget of the Malacca *oil*
      // spill agreement" for "the cost of the Malacca spill pact"): any of its words may stand by.
      const phrase: number[] = [];
      for (let at = next; at < head; at++) if (termAt.has(at)) phrase.push(termAt.get(at)!);
      if (term !== undefined)
        proximities.push({
          term: before,
          target: { term },
          order: "of",
          ...(phrase.length ? { phrase } : {}),
        });
    }
  });
  return proximities;
}
