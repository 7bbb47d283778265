import type { IndexedFact, KnowledgeBase } from "./knowledge.ts";
import { countryNamed, currencyUnits } from "./language/countries.ts";
import { DETERMINERS, meetingNounsBut, NUMBER_WORDS, ORDINAL_WORDS, STOPWORDS } from "./language/lexicon.ts";
import { isPastVerb, stemOf, type Token, tokenize } from "./language/normalize.ts";
import { numberWordValue } from "./language/numbers.ts";
import {
  isChargeNoun,
  isMaterialNoun,
  isMonetaryUnit,
  isNoun,
  isNounOnly,
  isPeopleNoun,
  isPersonNoun,
  isPersonnelNoun,
  isPlaceNoun,
  isTimeNoun,
  isUnitOfMeasure,
  isVerb,
  namesAgent,
} from "./language/thesaurus.ts";
import { MONTHS, rateUnitAt } from "./language/time.ts";
import type { QueryPlan, Term } from "./query.ts";
import type { Entity, Fact } from "./schema.ts";
import {
  entityWords,
  factSequences,
  mentionPositions,
  namePositions,
  statementHasAnyOf,
  wordsOrStemsToFind,
  wordsToFind,
} from "./token-cache.ts";

// Regex literals in functions, hoisted: a literal is a new RegExp object each time it is evaluated,
// garbage per word or fact read. (None is global or sticky where it is tested: no state kept.)
const STARTS_WITH_DIGIT = /^\d/;
const ALL_DIGITS = /^\d+$/;
const ENDS_F_OR_V = /[fv]$/;
const ONE_OR_TWO_DIGITS = /^\d{1,2}$/;
const COMMAS = /,/g;
const TRAILING_STOP = /[.,]$/;
const LAST_WORD_BEFORE = /(\p{L}+)\s+$/u;

// What kind of answer a question asks for (names of a kind, a count, an amount, a place) and whether
// a fact gives one: checks the per-fact score applies, apart from how well the fact has the words.

/** Only what these checks read of `ScoringContext`: score.ts, which builds it, imports them. */
interface KindContext {
  kb: KnowledgeBase;
  mentioned: ReadonlySet<string>;
  askedStems: ReadonlySet<string>;
  asksAll: boolean;
}

/**
 * The plural a question asks to be named: "which *countries* …", "list all the *member states*"
 * (the last word of what follows "list"/"name").
 */
export function namesAsked(plan: QueryPlan): Term | undefined {
  const focus = plan.focus;
  // "Which years does the lease cover?" asks a span of time, not names ("for four years" is no count of them).
  if (asksTimeUnits(plan)) return undefined;
  if ((plan.kind === "which" || plan.kind === "what") && focus) {
    // "which member *states*": the compound's head.
    const head = plan.terms.find((t) => t.position === focus.position + 1);
    if (head && isPlural(head.word) && !isPlural(focus.word)) return head;
    return isPlural(focus.word) ? focus : undefined;
  }
  const opener = plan.words[0];
  // "What were the three deals?", "which are the member states?": the plural after the verb.
  const be = plan.words[1];
  const asksWhatTheyAre = (plan.kind === "which" || plan.kind === "what") && (be === "were" || be === "are");
  if (opener !== "list" && opener !== "name" && !asksWhatTheyAre) return undefined;
  const named = plan.terms.filter((t) => t.weight >= 1 && isPlural(t.word) && !ALL_DIGITS.test(t.word));
  return named[0];
}

const TIME_UNITS: ReadonlySet<string> = new Set(["years", "months", "weeks", "days", "dates", "periods"]);

/** "Which years …?", "what dates …?": the wh-word asks for times, which no entity names. */
export function asksTimeUnits(plan: QueryPlan): boolean {
  return !!plan.focus && TIME_UNITS.has(plan.focus.word);
}

export function isPlural(word: string): boolean {
  // ("Amphibious", "various": "-ous" makes adjectives, never a plural.)
  return (
    word.length > 3 &&
    word.endsWith("s") &&
    !word.endsWith("ss") &&
    !word.endsWith("ous") &&
    stemOf(word) !== word
  );
}

/** "How many times", "how many of them": no thing counted that a fact must name. */
const NOT_COUNTED = new Set(["times", "time", "of", "more", "less", "fewer"]);
/** Words between a number and the thing it counts ("four amphibious water-bombing aircraft"). */
const COUNT_REACH = 4;

/**
 * "How many glacial lakes …?": the thing counted, of the words right after "how many", if the
 * store knows it.
 */
export function countedThing(plan: QueryPlan): Term | undefined {
  const many = plan.words.findIndex((word, i) => word === "many" && plan.words[i - 1] === "how");
  if (many < 0 || NOT_COUNTED.has(plan.words[many + 1] ?? "")) return undefined;
  // The first plural of the words that follow ("how many firefighting *planes* does …", "how
  // many *members* signed …"), else the first of them ("how many people").
  let first: Term | undefined;
  for (let at = many + 1; ; at++) {
    const term = plan.terms.find((t) => t.position === at);
    if (!term || term.weight < 1) return first;
    if (isPlural(term.word)) return term;
    first ??= term;
  }
}

const SLOT_ARTICLES: ReadonlySet<string> = new Set(["the", "a", "an"]);

/** The words of the answer's slot: the phrase the wh-word points at. */
export interface AskedSlot {
  /** "which *construction company* …", "what *visa fee* …", "how many *Nepali students* …": terms. */
  terms: readonly number[];
  /** Names inside that phrase ("how many *Nepali* students"), as mentions. */
  mentions: readonly number[];
}

/**
 * What the question's wh-word points at: the phrase right after "which"/"what" (past a count) or
 * "how many", up to the first word that is neither a content word nor a name ("is", "do", "the").
 * A fact that answers must hold that phrase, for it is what the answer is ("which *company*",
 * "how many *students*"). (Its verb, "which company is *building* the line", was tried as an
 * evidence feature: the refit weighed its absence as a sign of a right answer, as right answers
 * say the act in other words, "will take place in Norland" for "which country will host".)
 */
export function askedSlot(plan: QueryPlan): AskedSlot | undefined {
  const words = plan.words;
  let start = -1;
  if (plan.kind === "which" || plan.kind === "what") {
    const opener = words.findIndex((word) => word === "which" || word === "what");
    if (opener < 0) return undefined;
    start = opener + 1 + (NUMBER_WORDS.has(words[opener + 1] ?? "") ? 1 : 0);
  } else {
    const many = words.findIndex((word, i) => word === "many" && words[i - 1] === "how");
    if (many < 0 || NOT_COUNTED.has(words[many + 1] ?? "")) return undefined;
    start = many + 1;
  }
  const terms: number[] = [];
  const mentions: number[] = [];
  let at = start;
  for (;;) {
    const mention = plan.mentions.findIndex((m) => m.position === at);
    if (mention >= 0) {
      mentions.push(mention);
      at += plan.mentions[mention]!.length;
      continue;
    }
    const term = plan.terms.findIndex((t) => t.position === at);
    const word = plan.terms[term]?.word ?? "";
    // "What *caused* …", "which companies *bid* …": the phrase is a noun's, and ends at its plural.
    if (term < 0 || plan.terms[term]!.weight < 1 || !isNoun(word)) break;
    // "Which country *holds* the …": after the thing asked, a verb's "-s" before an article or a
    // name is the verb ("which glacial lake stations go …" goes on).
    const next = words[at + 1] ?? "";
    if (
      at > start &&
      word.endsWith("s") &&
      isVerb(word) &&
      (SLOT_ARTICLES.has(next) || plan.mentions.some((m) => m.position === at + 1))
    )
      break;
    // A kind of answer ("which *country*", "what *city*") is met by an entity of that kind: the
    // focus check asks that.
    if (plan.terms[term]!.kinds.length === 0 && !ALL_DIGITS.test(word)) terms.push(term);
    at++;
    if (isPlural(word)) break;
  }
  // "How many people (live) *in Vilnius*?", "how many in Guatemala?": where the counted are is part
  // of what is counted, as "Nepali" is of "Nepali students".
  if (plan.kind !== "which" && plan.kind !== "what") {
    const place = PLACE_OF_COUNTED.has(words[at] ?? "")
      ? at + 1
      : PLACE_OF_COUNTED.has(words[at + 1] ?? "") && isVerb(words[at] ?? "")
        ? at + 2
        : -1;
    const mention = place < 0 ? -1 : plan.mentions.findIndex((m) => m.position === place);
    if (mention >= 0) mentions.push(mention);
  }
  if (terms.length === 0 && mentions.length === 0) return undefined;
  return { terms, mentions };
}

const PLACE_OF_COUNTED: ReadonlySet<string> = new Set(["in", "from", "at", "inside"]);

/**
 * "What is the name of the glacial lake that burst …?": the thing whose name is asked, the last
 * of the words right after "name of"; not a person ("the name of the engineer who …"), whom a
 * fact names by who they are.
 */
export function thingNameAsked(plan: QueryPlan): Term | undefined {
  // "What are the names of the six pork plants …?" asks the same, of each.
  const of = plan.words.findIndex(
    (word, i) => word === "of" && (plan.words[i - 1] === "name" || plan.words[i - 1] === "names"),
  );
  // ("whats the name of …": chat leaves the apostrophe out.)
  if (of < 0 || !/^\W*what(?:'s|s| is| was| are| were)\b/.test(plan.text.toLowerCase())) return undefined;
  const start = ["the", "a", "an", "that", "this"].includes(plan.words[of + 1] ?? "") ? of + 2 : of + 1;
  let head: Term | undefined;
  for (let at = start; ; at++) {
    // "The name of Singapore's port operations centre": the owner's name comes before the thing.
    const owner = head ? undefined : plan.mentions.find((m) => m.position === at);
    if (owner) {
      at += owner.length - 1;
      continue;
    }
    const term = plan.terms.find((t) => t.position === at);
    if (!term || term.weight < 1) break;
    head = term;
  }
  // (By its commonest sense: "plants" are factories first, though WordNet has a plant who acts.)
  return head && !isPersonNoun(head.word) ? head : undefined;
}

/**
 * The fact speaks of the thing whose name is asked but gives none: no capitalised word beside it
 * ("Lake Sarez", "the Sarez lake"), only "a glacial lake burst above the Isfara valley".
 */
export function namesTheThingUnnamed(asked: Term, indexed: IndexedFact): boolean {
  return speaksOfWithout(
    asked,
    indexed,
    NAME_REACH,
    (token, at, statement, thing) =>
      at > 0 && token.nameLike && !joinedBetween(statement, at, thing) && !ofACountry(statement, at),
  );
}

/**
 * "Costa Rican plants", "the Chilean president": a country or its demonym beside a thing says
 * whose it is, not what it is called.
 */
function ofACountry(statement: readonly Token[], at: number): boolean {
  for (let start = Math.max(0, at - 2); start <= at; start++) {
    for (let end = at; end <= Math.min(statement.length - 1, start + 2); end++) {
      const phrase = statement
        .slice(start, end + 1)
        .map((token) => token.word)
        .join(" ");
      if (countryNamed(phrase)) return true;
    }
  }
  return false;
}

/** Words that may stand between a thing and its name ("the lake of Sarez", "the lake, the Sarez"). */
const NAME_LINKS = new Set(["the", "of", "a", "an"]);

/**
 * "The coordination centre, while Singapore asked …": a function word between a thing and a name
 * starts another clause or phrase, so the name is not the thing's ("Sarez glacial lake" is).
 */
function joinedBetween(statement: readonly Token[], at: number, thing: number): boolean {
  for (let i = Math.min(at, thing) + 1; i < Math.max(at, thing); i++) {
    const word = statement[i]!.word;
    if (STOPWORDS.has(word) && !NAME_LINKS.has(word)) return true;
  }
  return false;
}

/** Words between a thing and its name ("Lake Sarez", "the lake, Sarez", "Sarez glacial lake"). */
const NAME_REACH = 2;

/**
 * The fact speaks of the thing counted but gives no number of it: none at most a few words before
 * it ("23 municipalities", "four amphibious water-bombing aircraft" count; "the artisanal pirogue
 * fleet" does not). A fact that does not name the thing at all is left to its other evidence
 * ("140 delegates" answers "how many people came?").
 */
export function namesTheThingUncounted(counted: Term, indexed: IndexedFact): boolean {
  // Or after it: "trucks make up 41 percent of traffic", "students to 400 a year".
  return speaksOfWithout(
    counted,
    indexed,
    COUNT_REACH,
    (token, at, statement, thing) =>
      (NUMBER_WORDS.has(token.word) || (STARTS_WITH_DIGIT.test(token.word) && !partOfDate(statement, at))) &&
      !partOfAge(statement, at) &&
      // "Paragraph 11 of the communiqué": a number right after one of the things names which one
      // it is, it counts none of them (unlike "will license 120 pirogues", counting what follows).
      !(at === thing + 1 && !isPlural(statement[thing]!.word) && countsNothingAfter(statement, at)) &&
      !otherThingBetween(statement, at, thing) &&
      // "The corridor's camera traps have identified 44 individual tigers": a number after the
      // thing that counts another plural of its own counts that, not the thing asked.
      !(at > thing && countsAnotherPlural(counted, statement, at)) &&
      // "Four firefighting aircraft" counts aircraft: "firefighting" speaks of the firefighters
      // asked for, but no number counts it.
      (!statement[thing]!.word.endsWith("ing") || counted.word.endsWith("ing")),
    (token) => sameNoun(counted, token),
  );
}

/** Nothing follows the figure that it could count: the sentence ends, or a function word comes next. */
function countsNothingAfter(statement: readonly Token[], at: number): boolean {
  const next = statement[figureEnd(statement, at) + 1];
  return !next || STOPWORDS.has(next.word);
}

/** The number counts a plural noun right after it that is not the thing asked ("44 individual tigers"). */
function countsAnotherPlural(counted: Term, statement: readonly Token[], at: number): boolean {
  const thing = countedAfter(statement, at);
  if (!thing || thing.nameLike || !isPlural(thing.word) || sameNoun(counted, thing)) return false;
  // (People count people: "the volunteers were joined by 40 students".)
  return !((isPersonNoun(counted.word) || isPeople(counted.word)) && isPersonNoun(thing.word));
}

/** Words that may stand before a count at the head of its sentence ("about 1,500", "the five"). */
const COUNT_OPENERS: ReadonlySet<string> = new Set([
  "about",
  "some",
  "around",
  "nearly",
  "almost",
  "over",
  "the",
  "all",
]);
/** "Were stopped", "had been taken": the small verbs before an act's participle. */
const ACT_AUXILIARIES: ReadonlySet<string> = new Set([
  "were",
  "was",
  "had",
  "have",
  "has",
  "been",
  "are",
  "is",
]);

/**
 * "How many fishermen does Venezuela have?", "how many members does the union have?" ask how many
 * there are in all: "the five detained fishermen were stopped", "about 1,500 members of the union
 * protested" count only those an act picked out, said where the count opens its sentence as the
 * doer (or the one done to) of a verb other than having, or with a participle between the number
 * and the thing ("five *detained* fishermen").
 */
export function countsOnlyThoseWhoActed(counted: Term, indexed: IndexedFact): boolean {
  const [statement = []] = factSequences(indexed.fact);
  let at = 0;
  while (COUNT_OPENERS.has(statement[at]?.word ?? "")) at++;
  const number = statement[at];
  if (!number || !(NUMBER_WORDS.has(number.word) || STARTS_WITH_DIGIT.test(number.word))) return false;
  let noun = -1;
  for (let i = at + 1; i <= at + COUNT_REACH && i < statement.length; i++) {
    if (sameNoun(counted, statement[i]!)) {
      noun = i;
      break;
    }
  }
  if (noun < 0) return false;
  if (statement.slice(at + 1, noun).some((t) => !t.nameLike && isPastVerb(t.word))) return true;
  // Past the "of" phrase that says whose they are ("members of the Nusantara Rice Farmers' Union").
  let next = noun + 1;
  if (statement[next]?.word === "of") {
    next++;
    while (DETERMINERS.has(statement[next]?.word ?? "") || statement[next]?.nameLike) next++;
  }
  while (ACT_AUXILIARIES.has(statement[next]?.word ?? "") && isPastVerb(statement[next + 1]?.word ?? ""))
    next++;
  const verb = statement[next];
  return !!verb && !verb.nameLike && isPastVerb(verb.word) && !ACT_AUXILIARIES.has(verb.word);
}

/** "How many fishermen does Venezuela have?": counted things asked as held ("does … have"). */
export function asksHowManyAreHeld(plan: QueryPlan): boolean {
  const words = plan.words;
  const many = words.findIndex((word, i) => word === "many" && words[i - 1] === "how");
  if (many < 0) return false;
  const auxiliary = words.findIndex((word, i) => i > many && DO_FORMS.has(word));
  return auxiliary > 0 && words.slice(auxiliary + 1).includes("have");
}
const DO_FORMS: ReadonlySet<string> = new Set(["do", "does", "did"]);

/**
 * The word is the thing asked, a derivation or synonym of it, or it with an "f" its plural spells
 * "v" ("wolves" is "wolf", "knives" "knife"), which stemming leaves apart.
 */
function sameNoun(asked: Term, token: Token): boolean {
  if ((asked.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH) return true;
  const stem = token.stem;
  return (
    stem.length >= 3 &&
    ENDS_F_OR_V.test(stem) &&
    [...asked.alternatives.keys()].some(
      (a) => a.length === stem.length && ENDS_F_OR_V.test(a) && a.slice(0, -1) === stem.slice(0, -1),
    )
  );
}

/**
 * "Beds for 2,500 workers until new dormitories are built": the number counts the workers, the
 * other plural between it and the thing asked for. A plural right before the thing is part of
 * its name ("300 customs officers").
 */
function otherThingBetween(statement: readonly Token[], number: number, thing: number): boolean {
  const [from, to] = number < thing ? [number + 1, thing - 1] : [thing + 1, number];
  for (let at = from; at < to; at++) {
    const token = statement[at]!;
    if (!token.nameLike && isPlural(token.word)) return true;
  }
  return false;
}

/** "The nearest hospital from 1 March 2027", "the summer of 2026": a day or a year, not a count. */
function partOfDate(statement: readonly Token[], at: number): boolean {
  const isMonth = (i: number) => MONTH_WORDS.has(statement[i]?.word ?? "");
  const word = statement[at]!.word;
  return YEAR.test(word) || (ONE_OR_TWO_DIGITS.test(word) && (isMonth(at - 1) || isMonth(at + 1)));
}

const YEAR = /^(?:19|20)\d\d$/;

/** Verbs that give the thing before them as a share of a whole ("make up", "account for"). */
const SHARE_VERBS: ReadonlySet<string> = new Set(
  "make makes made account accounts accounted represent represents represented form forms formed comprise comprises".split(
    " ",
  ),
);
/** Words between such a verb and its share ("make up about 41 percent"). */
const SHARE_VERB_REACH = 3;

/** The thing a share is of: "12 percent of their harvest" → "harvest" (none for a name or a number). */
function thingShared(statement: readonly Token[], share: number): Token | undefined {
  const of = statement[share + 1]?.word === "cent" ? share + 2 : share + 1;
  if (statement[of]?.word !== "of") return undefined;
  for (let i = of + 1; i <= of + 1 + COUNT_REACH && i < statement.length; i++) {
    const token = statement[i]!;
    if (token.nameLike || STARTS_WITH_DIGIT.test(token.word)) return undefined;
    if (!STOPWORDS.has(token.word)) return token;
  }
  return undefined;
}

/**
 * "How many members …?" against "his members lost about 12 percent of their harvest": each of
 * the fact's figures is a share of something else, none a number of what is counted.
 */
export function countsOnlySharesOfOthers(counted: Term, indexed: IndexedFact): boolean {
  const [statement = []] = factSequences(indexed.fact);
  const shares = statement.some((token, at) => COUNT_SHARE_WORDS.has(token.word) && at > 0);
  return shares && numbersCountOtherThings(counted, indexed);
}

/**
 * "How many volunteers …?" against "volunteers aged 9 to 45 receive two doses": the fact's figures
 * beside the thing counted are its ages, and its other numbers count other things.
 */
export function countsOnlyAges(counted: Term, indexed: IndexedFact): boolean {
  const [statement = []] = factSequences(indexed.fact);
  return statement.some((_, at) => partOfAge(statement, at)) && numbersCountOtherThings(counted, indexed);
}

/**
 * The number is an age or an end of a range of ages: "aged 9 to 45", "between the ages of 18
 * and 30", "children under 5 years of age" aside (only the words before it are read).
 */
function partOfAge(statement: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - AGE_REACH); i--) {
    const word = statement[i]!.word;
    if (AGE_WORDS.has(word)) return true;
    if (!STARTS_WITH_DIGIT.test(word) && !NUMBER_WORDS.has(word) && !AGE_RANGE_WORDS.has(word)) return false;
  }
  return false;
}

const AGE_WORDS: ReadonlySet<string> = new Set(["aged", "age", "ages"]);
/** The words of a range of ages between "aged" and the number ("aged between 9 and 45"). */
const AGE_RANGE_WORDS: ReadonlySet<string> = new Set([
  "to",
  "and",
  "between",
  "from",
  "of",
  "the",
  "over",
  "under",
]);
const AGE_REACH = 4;

/** The fact has the term, and nowhere within `reach` words of it a word that `marks` it. */
function speaksOfWithout(
  term: Term,
  indexed: IndexedFact,
  reach: number,
  marks: (token: Token, at: number, statement: readonly Token[], thing: number) => boolean,
  speaksOf: (token: Token) => boolean = (token) => (term.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH,
): boolean {
  const [statement = []] = factSequences(indexed.fact);
  let spoken = false;
  for (const [i, token] of statement.entries()) {
    if (!speaksOf(token)) continue;
    spoken = true;
    for (let step = -reach; step <= reach; step++) {
      const near = statement[i + step];
      if (step !== 0 && near && marks(near, i + step, statement, i)) return false;
    }
  }
  return spoken;
}

/**
 * A number right before the kind of thing asked for ("eight member states"), not "all six", in a
 * fact that names fewer than two of them ("the five member states, Argentina, Bolivia, …" names).
 */
export function countsOnly(asked: Term, indexed: IndexedFact, context: KindContext): boolean {
  if (asked.kinds.length === 0) return false;
  const named = namedOfTheKind(asked, indexed, context);
  if (named.length >= 2) return false;
  const [statement = []] = factSequences(indexed.fact);
  return statement.some((token, i) => {
    if (!STARTS_WITH_DIGIT.test(token.word) && !NUMBER_WORDS.has(token.word)) return false;
    if (statement[i - 1]?.word === "all") return false;
    return [statement[i + 1], statement[i + 2]].some(
      (next) => !!next && (asked.alternatives.get(next.stem) ?? 0) >= STRONG_MATCH,
    );
  });
}

/**
 * "List the Japanese companies that will process cocoa", "which municipalities are members?": a
 * fact that says the very word asked for, but only of the whole class ("wants Japanese companies
 * to process it", "brings together 23 municipalities from …"), names none of them. It names them
 * when a name stands right before the word ("the Daugavpils municipality") or an apposition right
 * after it, past a place it happened in ("four border towns, Biržai, …", "five member states:
 * Argentina, …", "member countries, including Kazakhstan", "two agreements in Praia, to cut …").
 * A kind of entity asked for is named by two of that kind the question does not name.
 */
/** The fact's entities of the kind asked for that the question does not name. */
function namedOfTheKind(asked: Term, indexed: IndexedFact, context: KindContext): string[] {
  return indexed.fact.entities.filter(
    (id) => !context.mentioned.has(id) && asked.kinds.includes(context.kb.entity(id)?.kind ?? "other"),
  );
}

export function namesNone(asked: Term, indexed: IndexedFact, context: KindContext): boolean {
  let said = false;
  let oneExample = false;
  // Most facts lack the plural altogether: their terms and tokens say so without reading the
  // sentence's text.
  // (A loop over the alternatives, not a copy of them: this runs for every fact scored.)
  let strongInTerms = false;
  for (const [stem, strength] of asked.alternatives) {
    if (strength >= STRONG_MATCH && (indexed.terms.get(stem) ?? 0) > 0) {
      strongInTerms = true;
      break;
    }
  }
  const hasTheWord =
    strongInTerms &&
    (factSequences(indexed.fact)[0] ?? []).some(
      (token) => isPlural(token.word) && (asked.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH,
    );
  for (const site of hasTheWord ? pluralSites(indexed.fact) : NO_SITES) {
    // The plural is the class; a singular ("the figure for 2019") is one thing of it.
    if ((asked.alternatives.get(site.stem) ?? 0) < STRONG_MATCH) continue;
    said = true;
    // A capitalised word within the sentence is part of a name ("the Council of Baltic Border
    // Municipalities was founded in 2009"): the name is the body's, and lists none of them.
    if (site.inName) continue;
    // "Major communication projects" names a kind of project the question did not: that kind is
    // what it asks for ("what projects …?"); "Japanese companies", "international organizations"
    // only describe the class.
    const modifier = site.modifier;
    if (
      modifier &&
      namedOfTheKind(asked, indexed, context).length === 0 &&
      modifier === modifier.toLowerCase() &&
      !STOPWORDS.has(modifier) &&
      isNounOnly(modifier) &&
      !context.askedStems.has(stemOf(modifier))
    ) {
      return false;
    }
    const before = site.nameBefore;
    if (before && namesAnEntity(before, indexed, context)) return false;
    // "Steps to strengthen solidarity" says what the steps were; "join forces with the member
    // states to contribute" says why, and member states are named, if at all, as countries.
    const purpose = asked.kinds.length === 0 && site.toPurpose;
    if (purpose || site.listsAfter) {
      // "List all the member states": "member countries, including Kazakhstan" gives one for
      // example, not all of them.
      if (!purpose && context.asksAll && site.examplesAfter === 1) {
        oneExample = true;
        continue;
      }
      return false;
    }
  }
  if (oneExample) return true;
  // "Which municipalities are in the CBBM?": the word is the body's own name's (the Council of
  // Baltic Border Municipalities), which every fact about the body has, naming none of them.
  if (!said) return [...context.mentioned].some((id) => inNameOf(asked, id, context.kb));
  // "Costa Rica's Minister of Foreign Trade, Tomás Villalobos Rojas": someone the fact names is one.
  // (What their description says they are first: "Minister of Foreign Trade of Costa Rica". A
  // kind of entity asked for is named by entities of that kind, below, whatever they are called.)
  const described =
    asked.kinds.length === 0 &&
    indexed.fact.entities.some((id) => {
      const entity = context.mentioned.has(id) ? undefined : context.kb.entity(id);
      return (
        !!entity &&
        descriptionHeadStems(entity).some((stem) => (asked.alternatives.get(stem) ?? 0) >= STRONG_MATCH)
      );
    });
  if (described) return false;
  if (asked.kinds.length === 0) return true;
  const named = namedOfTheKind(asked, indexed, context);
  return named.length < 2;
}

/**
 * A plural word of a fact's statement that may stand for a class of things, with what the text
 * around it says (`namesNone` reads these for every fact a plural question scores).
 */
interface PluralSite {
  stem: string;
  /** Capitalised within the sentence: part of a name. */
  inName: boolean;
  /** The word right before it. */
  modifier: string | undefined;
  /** The capitalised word right before it. */
  nameBefore: string | undefined;
  toPurpose: boolean;
  /** An apposition or a list follows it. */
  listsAfter: boolean;
  examplesAfter: number;
}

const NO_SITES: readonly PluralSite[] = [];
const pluralSitesOf = new WeakMap<Fact, { statement: string; sites: readonly PluralSite[] }>();

/**
 * The statement's plural words not said as someone's or as what something is ("its exports",
 * "were the main topics"), read from its text once per fact: they depend on the text alone, and the
 * same facts are scored by question after question.
 */
function pluralSites(fact: Fact): readonly PluralSite[] {
  const statement = fact.statement;
  const known = pluralSitesOf.get(fact);
  if (known && known.statement === statement) return known.sites;
  const sites: PluralSite[] = [];
  for (const word of statement.matchAll(WORD_IN_TEXT)) {
    const lower = word[0].toLowerCase();
    if (!isPlural(lower)) continue;
    // "Japanese vehicles and machinery leading its imports", "cocoa and gold making up most of
    // Ghana's exports": what someone's or something's they are is said elsewhere in the sentence,
    // before as often as after.
    // "Trade and energy were the main topics": said before, as what they were.
    // What stands just before the word: a possessive, a predicate, a name (a few words at most).
    const upTo = statement.slice(Math.max(0, word.index - BEFORE_REACH), word.index);
    if (POSSESSIVE_BEFORE.test(upTo) || PREDICATE_BEFORE.test(upTo)) continue;
    const after = statement.slice(word.index + word[0].length);
    sites.push({
      stem: stemOf(lower),
      inName: word.index > 0 && lower !== word[0],
      modifier: LAST_WORD_BEFORE.exec(upTo)?.[1],
      nameBefore: NAME_BEFORE.exec(upTo)?.[1],
      toPurpose: TO_PURPOSE.test(after),
      listsAfter: APPOSITION.test(after) || LISTED_LATER.test(after),
      examplesAfter: namedExamples(after),
    });
  }
  pluralSitesOf.set(fact, { statement, sites });
  return sites;
}

const PREDICATE_BEFORE =
  /\b(?:are|were|is|was|as|became|become)\s+(?:the\s+|its\s+|their\s+)?(?:\p{Ll}+\s+){0,2}$/u;
const POSSESSIVE_BEFORE = /(?:\b(?:its|their|his|her|our)|['’]s)\s+(?:\p{Ll}+\s+)?$/iu;
/** A description's first words, up to "of", a comma or a semicolon: what the entity is. */
const DESCRIPTION_HEAD = /^[^,;(]*?(?=\s+of\b|[,;(]|$)/u;
const WORD_IN_TEXT = /[\p{L}\p{N}][\p{L}\p{N}'’]*/gu;
/** How many characters before a word its possessive, predicate or name can stand in. */
const BEFORE_REACH = 80;
function inNameOf(asked: Term, id: string, kb: KnowledgeBase): boolean {
  const entity = kb.entity(id);
  return (
    !!entity &&
    entityWords(entity).names.some((name) =>
      name.some((word) => isPlural(word) && (asked.alternatives.get(stemOf(word)) ?? 0) >= STRONG_MATCH),
    )
  );
}

/** The fact names one of its entities the question does not by this word (the last of its name). */
function namesAnEntity(word: string, indexed: IndexedFact, context: KindContext): boolean {
  const [last] = tokenizeWord(word);
  return indexed.fact.entities.some((id) => {
    if (context.mentioned.has(id)) return false;
    const entity = context.kb.entity(id);
    return !!entity && entityWords(entity).names.some((name) => name.at(-1) === last);
  });
}

const wordTokens = new Map<string, string[]>();
/** A word's tokens, read once per word (the same words recur across facts and questions). */
function tokenizeWord(word: string): string[] {
  let tokens = wordTokens.get(word);
  if (!tokens) {
    if (wordTokens.size > 50_000) wordTokens.clear();
    tokens = tokenize(word).map((token) => token.word);
    wordTokens.set(word, tokens);
  }
  return tokens;
}

const headStems = new WeakMap<Entity, readonly string[]>();
/** The stems of what a description says the entity is first ("Minister of Foreign Trade"), read once per entity. */
function descriptionHeadStems(entity: Entity): readonly string[] {
  let stems = headStems.get(entity);
  if (!stems) {
    const head = DESCRIPTION_HEAD.exec(entity.description)?.[0];
    stems = head ? tokenize(head).map((token) => token.stem) : [];
    headStems.set(entity, stems);
  }
  return stems;
}

/** The capitalised word right before ("the Daugavpils municipality"), which may be a name. */
const NAME_BEFORE = /(\p{Lu}[\p{L}'’-]*)\s+$/u;
/**
 * What follows the word when it lists or describes its members: a name ("the ministers Ilsa
 * Marrow and …"), a colon or dash, or a comma and then a name, an article, "one …", "to …",
 * "including …" (after at most "in/at <Place>").
 */
const APPOSITION =
  /^(?:\s+\p{Lu}|(?:\s+(?:in|at)(?:\s+\p{Lu}[\p{L}'’-]*)+)?\s*(?:[:(–—]|,\s*(?:(?:including|such as|namely|notably|one|to|a|an|the)\b|\p{Lu})|\s+(?:including|such as|namely)\b))/u;
const TO_PURPOSE = /^\s+to\s+(?!the\b|a\b|an\b)\p{Ll}/u;

/**
 * How many names an "including …" or "such as …" after the word gives before the sentence goes on
 * ("including Kazakhstan, during the transition …": one); -1 when it gives none by name.
 */
function namedExamples(after: string): number {
  const marker = EXAMPLES.exec(after);
  if (!marker) return -1;
  const items = after.slice(marker.index + marker[0].length).split(/,\s*|\s+and\s+|[.;]/);
  let names = 0;
  for (const item of items) {
    if (!/^(?:the\s+)?\p{Lu}/u.test(item.trim())) break;
    names++;
  }
  return names > 0 ? names : -1;
}

const EXAMPLES = /\b(?:including|such as|notably|among them)\s+/u;
/** Or later in its sentence: "Four documents were signed during the visit, including a memorandum …". */
const LISTED_LATER = /(?:,\s*|\s)(?:including|such as|namely)\s|:\s/u;

/** A word found as itself, a derivation or a synonym, or a kind found in the fact's entities. */
export const STRONG_MATCH = 0.7;

/**
 * The fact names a place, happened at a placed event, or says where ("in Norland"). The
 * meeting's venue says where what was done there happened, not where something will be ("where
 * will the warning centre be?" is not answered by where a minister said he wanted it). A country
 * counts unless it is only there as someone's ("President of Azerbaijan", "Azerbaijan's chair").
 */
export function hasPlace(
  indexed: IndexedFact,
  kb: KnowledgeBase,
  venueCounts = true,
  /** Places the question names: asked where they are, or where in them, they do not say it. */
  asked?: ReadonlySet<string>,
): boolean {
  if (indexed.kinds.includes("place") && (!asked || namesPlaceBesides(indexed, asked, kb))) return true;
  // The cheap tests first: reading where a country stands in the sentence is the costliest.
  const event = indexed.fact.event ? kb.event(indexed.fact.event) : undefined;
  if ((venueCounts && Boolean(event?.place)) || IN_A_PLACE.test(indexed.fact.statement)) return true;
  if (indexed.kinds.includes("country") && namesCountryAsPlace(indexed, kb)) return true;
  return namesOtherCountryAsPlace(indexed);
}

/** "Where is the Dzalanyama reserve?": a place of the fact's other than the ones the question names. */
function namesPlaceBesides(indexed: IndexedFact, asked: ReadonlySet<string>, kb: KnowledgeBase): boolean {
  const entities = indexed.fact.entities;
  for (let i = 0; i < entities.length; i++) {
    const id = entities[i]!;
    if (!asked.has(id) && kb.entity(id)?.kind === "place") return true;
  }
  return false;
}

/** Words of a country's name after a locative word ("to the United Arab Emirates"). */
const COUNTRY_NAME_REACH = 4;

/**
 * "Chile's Ambassador to China": a country the store does not know as an entity (the
 * `world-countries` names), right after a locative word, says where.
 */
function namesOtherCountryAsPlace(indexed: IndexedFact): boolean {
  if (!statementHasAnyOf(indexed, PLACE_CUES)) return false;
  const [statement = []] = factSequences(indexed.fact);
  for (let i = 0; i < statement.length - 1; i++) {
    if (!LOCATIVE.has(statement[i]!.word)) continue;
    const from = statement[i + 1]?.word === "the" ? i + 2 : i + 1;
    if (!statement[from]?.nameLike) continue;
    for (let n = 1; n <= COUNTRY_NAME_REACH && from + n <= statement.length; n++) {
      if (countryNamed(wordsOf(statement.slice(from, from + n)))) return true;
    }
  }
  return false;
}

const wordsOf = (tokens: readonly Token[]) => tokens.map((t) => t.word).join(" ");

/** "In Dakar", "at Jubilee House": not "in July 2026", which says when. */
const IN_A_PLACE = new RegExp(`\\b(?:in|at) (?!(?:${MONTHS.join("|")})\\b)\\p{Lu}`, "u");

const LOCATIVE = new Set([
  "in",
  "at",
  "to",
  "from",
  "into",
  "inside",
  "across",
  "within",
  "near",
  "throughout",
  "visited",
  "visiting",
  "visit",
  "visits",
]);

/** Words between a country and "host" ("Azerbaijan is the host country"). */
const HOST_REACH = 4;

/**
 * What a statement needs before it can name a country as a place (a locative word, or "host"):
 * the many facts without any are not read word by word for it (most of a store, on a first look).
 */
const PLACE_CUES = wordsOrStemsToFind(LOCATIVE, ["host"]);

/** Whether a fact puts a country as a place depends on the fact and the names alone: read once. */
const countryAsPlace = new WeakMap<IndexedFact, { version: number; value: boolean }>();

function namesCountryAsPlace(indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const known = countryAsPlace.get(indexed);
  if (known && known.version === kb.entitiesVersion) return known.value;
  const value = readsCountryAsPlace(indexed, kb);
  countryAsPlace.set(indexed, { version: kb.entitiesVersion, value });
  return value;
}

function readsCountryAsPlace(indexed: IndexedFact, kb: KnowledgeBase): boolean {
  if (!statementHasAnyOf(indexed, PLACE_CUES)) return false;
  const [statement] = factSequences(indexed.fact);
  if (!statement) return false;
  for (const id of indexed.fact.entities) {
    const entity = kb.entity(id);
    if (entity?.kind !== "country") continue;
    for (const words of entityWords(entity).names) {
      for (const i of namePositions(statement, words)) {
        const owned = statement[i + words.length - 1]!.possessive === true;
        const ofSomeone = statement[i - 1]?.word === "of" || statement[i - 2]?.word === "of";
        // "in Slovakia", "to Ghana", "Azerbaijan is the host country": a country as the place;
        // "Tajikistan would not sign" is who acts.
        const after = statement.slice(i + words.length, i + words.length + HOST_REACH);
        const asPlace = LOCATIVE.has(statement[i - 1]?.word ?? "") || after.some((t) => t.stem === "host");
        if (!owned && !ofSomeone && asPlace) return true;
      }
    }
  }
  return false;
}

/**
 * A number, or a word that states an amount: what a how-many question needs in its answer. (Every
 * number word: "Fourteen people died", "seventy percent", the teens and tens by their endings.)
 */
export const QUANTITY_WORDS =
  /(?<![\p{L}\d-])\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|million|billion|dozens?|half|third|quarter|fifth|tenth|percent|per cent|single|double|twice|several|few|many|majority|minority)\b/iu;

/**
 * "How many stations …?" is not answered by "18 million US dollars": a sum of money says how
 * much, unless money is what is counted ("how many euros"). The statement with its sums taken out
 * must still state a quantity.
 */
export function statesCount(indexed: IndexedFact, counted: Term | undefined): boolean {
  if (counted && currencyUnits().has(counted.word)) return true;
  let [statement = []] = factSequences(indexed.fact);
  let text = indexed.fact.statement;
  // Nor by "the three-way meeting", "a 1,086-metre hill": a number joined to the word after it
  // makes that word's adjective, it counts nothing, unless what it joins is the thing counted ("a
  // 12-member team" for "how many members", "a five-year plan" for "how many years").
  if (NUMBER_COMPOUND.test(text)) {
    text = text.replace(NUMBER_COMPOUNDS, (compound, _number: string, word: string) =>
      countsByCompound(word, counted) ? compound : word,
    );
    statement = tokenize(text);
  }
  const money = moneyPositions(statement, text);
  // Nor by "on 13 May 2026": a day and a year say when, they count nothing.
  const dates = datePositions(statement);
  // Nor by "cannot pay twice for the same planes": how many times over counts no thing.
  const times = statement.some((token) => TIMES_OVER.has(token.word));
  // Nor by "a flood like the one in May 2024": "one" standing for a thing named before counts nothing.
  const pronoun = pronounOnes(statement);
  if (money.size === 0 && dates.size === 0 && !times && pronoun < 0 && text === indexed.fact.statement)
    return true;
  return QUANTITY_WORDS.test(
    statement
      .filter(
        (token, i) =>
          !money.has(i) &&
          !dates.has(i) &&
          !TIMES_OVER.has(token.word) &&
          !(pronoun >= 0 && isPronounOne(statement, i)),
      )
      .map((token) => token.word)
      .join(" "),
  );
}

/** A number joined by a hyphen to the word after it ("three-way", "1,086-metre", "two-day"). */
const NUMBER_COMPOUND_SOURCE = `(?<![\\p{L}\\p{N}])(\\d[\\d,.]*|${[...NUMBER_WORDS, "one", "single", "double"].join("|")})-(\\p{L}+)`;
const NUMBER_COMPOUND = new RegExp(NUMBER_COMPOUND_SOURCE, "iu");
const NUMBER_COMPOUNDS = new RegExp(NUMBER_COMPOUND_SOURCE, "giu");
/** What a joined number still counts: a fraction ("two-thirds"), a number ("twenty-five"), a group's size. */
const STILL_COUNTED = /^(?:half|halves|thirds?|quarters?|fifths?|tenths?|strong|odd|plus|and)$/i;

/** The number joined to this word still counts: the word is a number or a share, or the thing counted. */
function countsByCompound(word: string, counted: Term | undefined): boolean {
  if (STILL_COUNTED.test(word) || QUANTITY_WORDS.test(word)) return true;
  const [token] = tokenize(word);
  return !!counted && !!token && sameNoun(counted, token);
}

/** Words before "one" that make it stand for a thing ("the one in May", "that one"), not a count. */
const PRONOUN_ONE_BEFORE: ReadonlySet<string> = new Set([
  "the",
  "this",
  "that",
  "which",
  "another",
  "any",
  "every",
]);

/**
 * "One" as a pronoun: after "the", "this", "that" … and before no noun of its own (a word that
 * carries no content, or nothing), or in "one another". Counts nothing: "the one in May 2024".
 */
function isPronounOne(statement: readonly Token[], at: number): boolean {
  if (statement[at]!.word !== "one") return false;
  const next = statement[at + 1]?.word;
  if (next === "another") return true;
  return PRONOUN_ONE_BEFORE.has(statement[at - 1]?.word ?? "") && (next === undefined || STOPWORDS.has(next));
}

/** The first "one" of the statement used as a pronoun, or -1 (read only where a count is asked). */
function pronounOnes(statement: readonly Token[]): number {
  for (let at = 0; at < statement.length; at++) if (isPronounOne(statement, at)) return at;
  return -1;
}

const TIMES_OVER = new Set(["twice", "double", "triple", "thrice"]);

/** The numbers of dates: a year, and a day beside its month ("13 May", "May 13"). */
function datePositions(statement: readonly Token[]): Set<number> {
  const dates = new Set<number>();
  for (const at of statement.keys()) if (partOfDate(statement, at)) dates.add(at);
  return dates;
}

const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS.map((month) => month.toLowerCase()));

/**
 * The words of sums of money: each currency word and, before it, its numbers, scales and the
 * words of a range ("from 18 million to 23.5 million US dollars").
 */
function moneyPositions(statement: readonly Token[], text = ""): Set<number> {
  const units = currencyUnits();
  const money = new Set<number>();
  // "$28 million", "€9 million": the sign the words lose marks the number after it, and its scale.
  const bare = (figure: string) => figure.replace(TRAILING_STOP, "").replace(COMMAS, "");
  const signed = new Set([...text.matchAll(SIGNED_AMOUNT)].map((m) => bare(m[1]!)));
  for (let at = 0; at < statement.length; at++) {
    if (!signed.has(bare(statement[at]!.word))) continue;
    money.add(at);
    for (let next = at + 1; SCALE_WORDS.has(statement[next]?.word ?? ""); next++) money.add(next);
  }
  for (let at = 0; at < statement.length; at++) {
    if (!units.has(statement[at]!.word)) continue;
    let start = at;
    while (start > 0) {
      const word = statement[start - 1]!.word;
      if (!STARTS_WITH_DIGIT.test(word) && !SCALE_WORDS.has(word) && !RANGE_WORDS.has(word)) break;
      start--;
    }
    if (!statement.slice(start, at).some((t) => STARTS_WITH_DIGIT.test(t.word))) continue;
    for (let i = start; i <= at; i++) money.add(i);
  }
  return money;
}

const RANGE_WORDS = new Set(["to", "and", "from", "between", "of"]);
const SIGNED_AMOUNT = /[$€£¥]\s?(\d[\d,.]*)/g;

/**
 * "How much does one station cost?", "how much will it charge per km?": the thing a price is asked
 * for one of (the last word of the few after "one", "each", "per"), in a how-much question.
 */
export function unitPriced(plan: QueryPlan): Term | undefined {
  if (!asksHowMuch(plan)) return undefined;
  const at = plan.words.findIndex((word, i) => i > 2 && UNIT_WORDS.has(word));
  if (at < 0) return undefined;
  let head: Term | undefined;
  for (let position = at + 1; position <= at + UNIT_REACH; position++) {
    const term = plan.terms.find((t) => t.position === position);
    if (!term || term.weight < 1 || PRICE_VERBS.has(term.word)) break;
    head = term;
  }
  // "How much is the subsidy each year?": a rate over time, which the fact may say as "annual"
  // (`rateUnitAt`), not one of a thing priced.
  return head && rateUnitAt(plan.words, head.position) ? undefined : head;
}

/**
 * The fact gives a price of one: the thing with "each", "per", "a" or "one" beside it ("per
 * tonne", "a station costs", "the vessels cost 2 million each"), not a total for many.
 */
export function pricesOne(unit: Term, indexed: IndexedFact): boolean {
  const [statement = []] = factSequences(indexed.fact);
  return statement.some((token, i) => {
    // "Per tonne" for "per ton": a rate is a price of one, whatever unit it is spelled in.
    if (token.word === "per") return true;
    if ((unit.alternatives.get(token.stem) ?? 0) < STRONG_MATCH) return false;
    const before = statement.slice(Math.max(0, i - UNIT_REACH), i).map((t) => t.word);
    const after = statement.slice(i + 1, i + 1 + UNIT_REACH + 3).map((t) => t.word);
    return before.some((w) => UNIT_WORDS.has(w) || w === "a" || w === "an") || after.some((w) => EACH.has(w));
  });
}

const UNIT_WORDS = new Set(["one", "each", "per", "single", "every"]);
const EACH = new Set(["each", "apiece"]);
const PRICE_VERBS = new Set(["cost", "costs", "charge", "charges", "pay", "pays", "paid", "spend", "spent"]);
/** Words between "each" and the thing it counts by ("each response vessel"). */
const UNIT_REACH = 3;

/** "how much" (or "how much of") among the words as read, typos fixed ("how mcuh"). */
export function asksHowMuch(plan: QueryPlan, then?: string): boolean {
  const { words } = plan;
  return words.some(
    (word, i) => word === "how" && words[i + 1] === "much" && (!then || words[i + 2] === then),
  );
}
/**
 * An amount: money, a share, a weight or length, a fraction. (A fraction's word joined to the next
 * by a hyphen is part of another word, "half-yearly instalments", "a quarter-final": no amount.)
 */
const AMOUNT =
  /[$€£¥]|\d\s*%|\b\d[\d,.]*\s*(?:(?:million|billion|thousand|trillion|m|bn|k)\s+)?(?:tonnes?|tons?|barrels?|km|kilomet(?:re|er)s?|miles?|percent|per cent|megawatts?|mw|gw|cubic|square|hectares?|acres?|lit(?:re|er)s?|kilo(?:gram)?s?|kg|gallons?|gigawatt|kilowatt|kwh|gwh)\b|\b(?:half|third|quarter|fifth|tenth|percent|per cent)\b(?![-‐‑]\p{L})/iu;

const SCALE_WORDS = new Set(["thousand", "million", "billion", "trillion", "us"]);
/**
 * "In the first half of 2027", "by the third quarter of the (fiscal) year": a part of a time says when, not
 * how much ("how much is the tender worth?" is not answered by when it is published).
 */
const PART_OF_A_TIME = new RegExp(
  String.raw`\b(?:first|second|third|fourth|last|final|latter|early|late)\s+(?:half|quarter|third)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?:(?:19|20)\d\d|year|decade|century|month|season|${MONTHS.join("|")})\b`,
  "giu",
);

/** A fraction's word before another word ("a *third* party", "the *fifth* round", "a *third* of"). */
const ORDINAL_FRACTION = /\b(?:third|fifth|tenth|quarter)\s+(\p{L}+)/giu;
const ORDINAL_FRACTION_SEEN = /\b(?:third|fifth|tenth|quarter)\s+\p{L}/iu;
/** The fraction's word dropped where the word after it is a noun that carries content. */
function ordinalOut(phrase: string, next: string): string {
  const word = next.toLowerCase();
  return !STOPWORDS.has(word) && isNoun(word) ? next : phrase;
}

/** A sum of money in any country's currency, a share, or a measure. */
export function statesAmount(indexed: IndexedFact): boolean {
  const text = indexed.fact.statement.replace(PART_OF_A_TIME, " ");
  // "India joined the deal as a third party": a fraction's word before a noun of its own is an
  // ordinal, which measures nothing ("cut by a third", "a fifth until 2030", "a third of it" do).
  if (AMOUNT.test(ORDINAL_FRACTION_SEEN.test(text) ? text.replace(ORDINAL_FRACTION, ordinalOut) : text))
    return true;
  const [statement = []] = factSequences(indexed.fact);
  return statesMoney(statement);
}

/**
 * "How much phosphorus did the readings find?": a how-much question of a kind of matter (WordNet's,
 * `isMaterialNoun`, right after "how much") is answered by a number before a unit of measurement
 * of any kind WordNet knows (`isUnitOfMeasure`: "38 micrograms", "seven metres"), with up to two
 * words between that scale or qualify it. Not a monetary unit: a sum is a price, which
 * `statesAmount` tells, and "15 US cents per litre" is no amount of diesel.
 */
export function measuresMatterAsked(plan: QueryPlan, indexed: IndexedFact): boolean {
  const much = plan.words.findIndex((word, i) => word === "much" && plan.words[i - 1] === "how");
  const asked = much < 0 ? undefined : plan.words[much + 1];
  if (!asked || STOPWORDS.has(asked) || !isMaterialNoun(asked)) return false;
  const [statement = []] = factSequences(indexed.fact);
  return statesMeasure(statement);
}

function statesMeasure(statement: readonly Token[]): boolean {
  for (let i = 0; i < statement.length; i++) {
    const word = statement[i]!.word;
    if (!STARTS_WITH_DIGIT.test(word) && numberWordValue(word) === undefined) continue;
    for (let at = i + 1; at < statement.length && at <= i + 1 + MEASURE_QUALIFIERS; at++) {
      const next = statement[at]!.word;
      // ("Two instalments a year": "a" is no ampere.)
      if (STOPWORDS.has(next) && !SCALE_WORDS.has(next)) break;
      // A unit's short form ("38 mg", "5 km") only right after its number, where nothing else of
      // two letters stands for a measure.
      if ((next.length > 2 || at === i + 1) && isUnitOfMeasure(next)) return !isMonetaryUnit(next);
    }
  }
  return false;
}
/** Words a number's unit may stand after ("million", "Swiss"). */
const MEASURE_QUALIFIERS = 2;

/** A number followed by a currency ("4.8 million euros", "62 million US dollars", "3.1 billion yen"). */
export function statesMoney(statement: readonly Token[]): boolean {
  const units = currencyUnits();
  for (let i = 0; i < statement.length; i++) {
    if (!STARTS_WITH_DIGIT.test(statement[i]!.word)) continue;
    let at = i + 1;
    while (at < statement.length && at <= i + 3 && SCALE_WORDS.has(statement[at]!.word)) at++;
    if (units.has(statement[at]?.word ?? "")) return true;
  }
  return false;
}

/**
 * A number before a monetary unit of any kind, a country's currency or a part of one ("4.1 cents"):
 * what a price asked in so many words ("what price …?") is given in.
 */
export function statesAPrice(indexed: IndexedFact): boolean {
  const [statement = []] = factSequences(indexed.fact);
  for (let i = 0; i < statement.length; i++) {
    if (!STARTS_WITH_DIGIT.test(statement[i]!.word)) continue;
    let at = i + 1;
    while (at < statement.length && at <= i + 3 && SCALE_WORDS.has(statement[at]!.word)) at++;
    const unit = statement[at]?.word ?? "";
    if (currencyUnits().has(unit) || (unit !== "" && isMonetaryUnit(unit))) return true;
  }
  return false;
}

/** "How much did the towers cost?": whose cost is asked, a thing the question names by a word or a name. */
export interface CostedThing {
  term?: Term;
  ids?: readonly string[];
  /** The question asks a part of the cost itself ("how much of its cost", "Nepal's share"): a part answers. */
  partAsked?: true;
}

const COST_AUXILIARIES = new Set([
  "did",
  "does",
  "do",
  "will",
  "would",
  "is",
  "was",
  "were",
  "are",
  "has",
  "had",
]);
const COST_WORDS = new Set(["cost", "costs", "costing"]);
/** Words that end the thing's own words: what follows says more of it ("the flights *for* the workers"). */
const PHRASE_ENDS = new Set(["for", "of", "in", "on", "at", "to", "from", "with", "between", "by", "under"]);

/**
 * "How much will the flights for the seasonal workers cost?": the thing whose cost is asked, the
 * last word or name of the words between the auxiliary and "cost" (up to a preposition); none for
 * "it", which names nothing.
 */
export function costedThing(plan: QueryPlan): CostedThing | undefined {
  const { words } = plan;
  const much = words.findIndex((word, i) => word === "much" && words[i - 1] === "how");
  if (much < 0 || !COST_AUXILIARIES.has(words[much + 1] ?? "")) return undefined;
  const cost = words.findIndex((word, i) => i > much + 2 && COST_WORDS.has(word));
  if (cost < 0) return undefined;
  let head: CostedThing | undefined;
  // ("How much does the satellite cost Veloria?": the one it costs, named after the verb, asks its part.)
  const partAsked =
    words.some((word) => PART_WORDS.has(word)) || plan.mentions.some((m) => m.position > cost)
      ? ({ partAsked: true } as const)
      : {};
  for (let at = much + 2; at < cost; at++) {
    if (PHRASE_ENDS.has(words[at]!)) break;
    const mention = plan.mentions.find((m) => m.position === at);
    if (mention) {
      head = { ids: mention.entityIds };
      at += mention.length - 1;
      continue;
    }
    // (A time word is no thing: "how much is the plant *expected* to cost?")
    const term = plan.terms.find((t) => t.position === at);
    if (term && term.weight >= 1 && term.kinds.length === 0 && !term.timeWord) head = { term };
  }
  return head ? { ...head, ...partAsked } : undefined;
}

/** Words that ask or tell a part of a whole: "share", "part", "portion", "half". */
const PART_WORDS = new Set(["share", "shares", "part", "parts", "portion", "portions", "half", "proportion"]);

/**
 * Every cost the fact names is a part of one: "Nepal's *share of* the dam's cost", "will pay 480
 * million US dollars *of the* cost of the dam" (a party's part of a joint thing's cost, no answer
 * to what the thing costs). The part stands before the "of" that leads up to the cost word, with
 * only the words of one noun phrase between.
 */
function onlyPartsOfTheCost(statement: readonly Token[], anchors: readonly number[]): boolean {
  if (anchors.length === 0) return false;
  const units = currencyUnits();
  return anchors.every((anchor) => {
    for (let at = anchor - 1; at > 0 && anchor - at <= COST_OF_REACH; at--) {
      const word = statement[at]!.word;
      if (word !== "of") {
        if (STOPWORDS.has(word) && !ARTICLES.has(word)) return false;
        continue;
      }
      const part = statement[at - 1]!.word;
      return PART_WORDS.has(part) || units.has(part) || SCALE_WORDS.has(part);
    }
    return false;
  });
}

const COST_STEMS = new Set(["cost", "price", "budget"]);
/** Words from "the cost of" to the thing it is of ("the cost of the fire lookout towers"). */
const COST_OF_REACH = 10;
const ARTICLES = new Set(["the", "a", "an"]);

/**
 * The fact's sum is another thing's cost: the thing asked stands neither before the fact's cost
 * (or its first sum, where no cost is named) nor right after "cost of" ("its estimated cost rose
 * to 16.8 million euros, mainly for fire lookout towers" is the park's cost, not the towers'); or
 * the thing asked by a word is not in the fact at all (a training centre's cost is not the
 * flights'). A name the fact does not spell out is left to the other evidence ("the line").
 */
export function costOfAnother(costed: CostedThing, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const [statement = []] = factSequences(indexed.fact);
  // "How much would the Amapala ferry cost?" is not answered by "a one-way ferry fare of 18 US
  // dollars": a thing named costs what building or buying it does, and a fare, fee or toll is what
  // its users are charged.
  if (costed.ids && onlyCharges(statement, indexed.fact.statement)) return true;
  const anchors = [...statement.keys()].filter((i) => COST_STEMS.has(statement[i]!.stem));
  // "How much will the Nepal–India dam cost?" is not answered by "Nepal will pay 480 million US
  // dollars of the cost": one party's part of it, not the whole.
  if (!costed.partAsked && onlyPartsOfTheCost(statement, anchors)) return true;
  if (anchors.length === 0) {
    const money = [...moneyPositions(statement, indexed.fact.statement)];
    if (money.length === 0) return false;
    anchors.push(Math.min(...money));
  }
  const term = costed.term;
  const at = term
    ? [...statement.keys()].filter((i) => (term.alternatives.get(statement[i]!.stem) ?? 0) >= STRONG_MATCH)
    : mentionPositions(statement, costed.ids ?? [], kb);
  if (at.length === 0) return term !== undefined;
  // "The estimated cost of the Kyrgyz–Tajik glacial lake warning system": the words of one name
  // or noun phrase up to the thing, no other function word between.
  const ofTheCost = (anchor: number, p: number) =>
    statement[anchor + 1]?.word === "of" &&
    p > anchor &&
    p - anchor <= COST_OF_REACH &&
    statement.slice(anchor + 2, p).every((t) => !STOPWORDS.has(t.word) || ARTICLES.has(t.word));
  return !at.some((p) => anchors.some((anchor) => p < anchor || ofTheCost(anchor, p)));
}

/**
 * Every sum of money in the fact is a charge's, the noun right before its "of" ("a one-way ferry
 * fare of 18 US dollars", "a toll of 2 euros"); false for a fact with no sum.
 */
function onlyCharges(statement: readonly Token[], text: string): boolean {
  const money = moneyPositions(statement, text);
  let sums = 0;
  for (const at of [...money].sort((a, b) => a - b)) {
    // The first figure of each sum ("of 18 US dollars" is read from "of" on).
    if (!STARTS_WITH_DIGIT.test(statement[at]!.word) || STARTS_WITH_DIGIT.test(statement[at - 1]?.word ?? ""))
      continue;
    if (money.has(at - 1) && statement[at - 1]!.word !== "of") continue;
    sums++;
    const noun = statement[at - 2];
    if (statement[at - 1]?.word !== "of" || !noun || noun.nameLike || !isChargeNoun(noun.word)) return false;
  }
  return sums > 0;
}

/**
 * "How much pork …?", "how much oil?": the thing measured, the word right after "how much", when
 * it is matter, which a sum of money does not measure ("how much trade", "how much aid" are worth
 * a sum).
 */
export function measuredThing(plan: QueryPlan): Term | undefined {
  const much = plan.words.findIndex((word, i) => word === "much" && plan.words[i - 1] === "how");
  if (much < 0) return undefined;
  const term = plan.terms.find((t) => t.position === much + 1);
  if (!term || term.weight < 1 || term.kinds.length > 0 || STARTS_WITH_DIGIT.test(term.word))
    return undefined;
  const word = term.word;
  if (STOPWORDS.has(word) || UNIT_WORDS.has(word)) return undefined;
  return isMaterialNoun(word) ? term : undefined;
}

/** "How many wolves exactly …?", "the precise number": a figure itself is asked, not a bound on it. */
export function asksExactly(plan: QueryPlan): boolean {
  return plan.words.some((word) => EXACT_WORDS.has(word));
}

const EXACT_WORDS = new Set(["exactly", "precisely", "exact", "precise"]);

/**
 * Every number beside the thing counted is only a bound or a guess ("at least six wolf packs",
 * "about 80 delegates"): no exact figure of it. A fact that does not speak of the thing is left to
 * the other checks.
 */
export function countsOnlyRoughly(counted: Term, indexed: IndexedFact): boolean {
  const [statement = []] = factSequences(indexed.fact);
  let rough = false;
  for (const [i, token] of statement.entries()) {
    if (!sameNoun(counted, token)) continue;
    for (let at = i - 1; at >= Math.max(0, i - COUNT_REACH); at--) {
      const word = statement[at]!.word;
      if (!NUMBER_WORDS.has(word) && !STARTS_WITH_DIGIT.test(word)) continue;
      const before = statement.slice(Math.max(0, at - 2), at).map((t) => t.word);
      if (!before.some((w) => HEDGES.has(w))) return false;
      rough = true;
      break;
    }
  }
  return rough;
}

/** Words that make a number a bound or a guess: "at least", "about", "more than", "up to". */
const HEDGES = new Set([
  "least",
  "most",
  "about",
  "around",
  "some",
  "nearly",
  "almost",
  "roughly",
  "approximately",
  "over",
  "than",
  "up",
  "estimated",
]);

/**
 * The fact's own sentence does not speak of the thing counted, and each number in it counts
 * another kind of thing, the plural right after it ("two water-bombing aircraft" for "how many
 * firefighters does Hungary have?"). People count people ("140 delegates" answers "how many
 * people came?"), and a number that counts nothing named is left to the other checks.
 */
export function countsOtherThings(counted: Term, indexed: IndexedFact): boolean {
  const [statement = []] = factSequences(indexed.fact);
  if (statement.some((token) => (counted.alternatives.get(token.stem) ?? 0) > 0 || sameNoun(counted, token)))
    return false;
  // ("Members", "parties" count whatever belongs: "23 municipalities" are the CBBM's members.)
  if (BELONGING.has(counted.word)) return false;
  const person = countsPersons(counted.word) || isPeople(counted.word);
  let counts = false;
  for (const [at, token] of statement.entries()) {
    if (!NUMBER_WORDS.has(token.word) && !(STARTS_WITH_DIGIT.test(token.word) && !partOfDate(statement, at)))
      continue;
    if (leadsThousands(statement, at)) continue;
    const thing = countedAfter(statement, at);
    if (!thing || (person && countsPersons(thing.word))) return false;
    counts = true;
  }
  // "How many researchers can the vessel take?" is not answered by "… is only half a ship": with
  // no number at all, a share ("half", "a quarter") is a part of another thing, no count of these.
  return counts || statement.some((token) => SHARE_ONLY_WORDS.has(token.word));
}

/**
 * "How many Georgians travelled to Jordan?" is not answered by "24,600 Jordanians entered Georgia":
 * the people a number counts are named by their country ("Jordanians", "Jordanian tourists"), and
 * when every such count is of another country's people than the one asked, none is of these.
 */
export function countsAnotherCountrysPeople(plan: QueryPlan, indexed: IndexedFact): boolean {
  const asked = countryOfPeopleCounted(plan);
  if (!asked) return false;
  const [statement = []] = factSequences(indexed.fact);
  let another = false;
  for (const [at, token] of statement.entries()) {
    if (!NUMBER_WORDS.has(token.word) && !(STARTS_WITH_DIGIT.test(token.word) && !partOfDate(statement, at)))
      continue;
    const end = figureEnd(statement, at);
    // (One word may stand between: "24,600 more Jordanians", "about 300 Jordanian tourists".)
    for (let i = end + 1; i <= end + 2 && i < statement.length; i++) {
      const word = statement[i]!.word;
      const country = isDemonym(word) ? countryNamed(word) : undefined;
      if (country === asked) return false;
      if (country) {
        another = true;
        break;
      }
      if (STARTS_WITH_DIGIT.test(word)) break;
    }
  }
  return another;
}

/** The country whose people "how many" asks for, by their demonym ("how many *Georgians*", "*Thai* workers"). */
function countryOfPeopleCounted(plan: QueryPlan): string | undefined {
  const many = plan.words.findIndex((word, i) => word === "many" && plan.words[i - 1] === "how");
  const word = many < 0 ? undefined : plan.words[many + 1];
  return word && isDemonym(word) ? countryNamed(word) : undefined;
}

/** A country's adjective or its people's plural, not its name ("Jordanian", "Jordanians"; not "Jordan"). */
function isDemonym(word: string): boolean {
  const country = countryNamed(word);
  return !!country && country.toLowerCase() !== word && !STOPWORDS.has(word);
}

/** Words of a share that count nothing ("third" is also an ordinal: "the third session"). */
const SHARE_ONLY_WORDS: ReadonlySet<string> = new Set(["half", "halves", "quarter", "quarters"]);

/** A noun for what may be a member: a person, a group or body (WordNet's), a country or a town. */
function mayBelong(word: string): boolean {
  return isPersonNoun(word) || namesAgent(word) || isPlaceNoun(word);
}

/** The group of digits after a thousands separator, read as a token of its own. */
const THOUSANDS = /^\d{3}$/;

/** ("2,300 trucks" is read as "2" and "300": only the number's last group says what is counted.) */
function leadsThousands(statement: readonly Token[], at: number): boolean {
  return ALL_DIGITS.test(statement[at]?.word ?? "") && THOUSANDS.test(statement[at + 1]?.word ?? "");
}

const PEOPLE = new Set(["people", "persons", "individuals"]);
/** "People", "folks": people in general (see `isPeopleNoun`). */
function isPeople(word: string): boolean {
  return PEOPLE.has(word) || isPeopleNoun(word);
}

/**
 * "How many people (folks) were aboard?" is met by a fact whose number counts a kind of person
 * ("412 passengers", "about 70 delegates"), as it would be by "412 people".
 */
export function countsPeopleAsked(counted: Term, indexed: IndexedFact): boolean {
  if (!isPeople(counted.word)) return false;
  const [statement = []] = factSequences(indexed.fact);
  for (const [at, token] of statement.entries()) {
    if (!NUMBER_WORDS.has(token.word) && !(STARTS_WITH_DIGIT.test(token.word) && !partOfDate(statement, at)))
      continue;
    const thing = countedAfter(statement, at);
    if (thing && !thing.nameLike && countsPersons(thing.word)) return true;
  }
  return false;
}
const BELONGING = new Set(["members", "parties", "participants", "signatories"]);

/**
 * A noun a number of which counts people: a kind of person ("412 passengers") or an
 * organisation's personnel ("the agency employs 85 staff", WordNet's "personnel" and the kinds
 * one step below it).
 */
function countsPersons(word: string): boolean {
  return isPersonNoun(word) || isPersonnelNoun(word);
}

/**
 * The noun a number counts: the first plural of the words right after it, else the last of them
 * before a function word ("two water-bombing *aircraft* of its own"); none when a function word
 * or a name comes first ("from 40 to 48", "27 in Bulgaria").
 */
function countedAfter(statement: readonly Token[], at: number): Token | undefined {
  let head: Token | undefined;
  // "3,400 houses" is read as "3", "400": the thing counted comes after the figure's last group.
  const end = figureEnd(statement, at);
  for (let i = end + 1; i <= end + COUNT_REACH && i < statement.length; i++) {
    const token = statement[i]!;
    if (token.nameLike || STOPWORDS.has(token.word) || STARTS_WITH_DIGIT.test(token.word)) break;
    head = token;
    if (isPlural(token.word)) break;
  }
  return head;
}

/** The last token of the figure a number opens: its thousands ("3,400", "12,000,000") are tokens of their own. */
function figureEnd(statement: readonly Token[], at: number): number {
  let end = at;
  while (STARTS_WITH_DIGIT.test(statement[end]?.word ?? "") && THOUSANDS.test(statement[end + 1]?.word ?? ""))
    end++;
  return end;
}

/**
 * The fact measures the matter asked: a weight, volume or area ("2,300 tonnes of crude oil"), a
 * share of something ("20 percent of"), or a number right before the thing itself ("40 cattle");
 * a sum of money, a span of years, "a third round" or a count of something else does not.
 */
export function measures(measured: Term, indexed: IndexedFact): boolean {
  if (MEASURE.test(indexed.fact.statement)) return true;
  const [statement = []] = factSequences(indexed.fact);
  // A share measures what it is a share of: "half of the pork", not "half of their dispute".
  if (SHARE.test(indexed.fact.statement) && shareOf(measured, statement)) return true;
  return statement.some((token, i) => {
    if (!sameNoun(measured, token)) return false;
    for (let back = i - 1; back >= Math.max(0, i - COUNT_REACH); back--) {
      const word = statement[back]!.word;
      if ((STARTS_WITH_DIGIT.test(word) && !partOfDate(statement, back)) || NUMBER_WORDS.has(word))
        return true;
    }
    return false;
  });
}

const MEASURE =
  /\b\d[\d,.]*\s*(?:(?:million|billion|thousand)\s+)?(?:tonnes?|tons?|barrels?|lit(?:re|er)s?|cubic|kilo(?:gram)?s?|kg|gallons?|hectares?)\b/i;
const SHARE = /(?:\d\s*%|\b\d[\d,.]*\s*(?:percent|per cent)|\b(?:half|third|quarter|fifth|tenth)) of\b/i;
/** Words after a share's "of" that may name what it is a share of ("half of *all the* pork"). */
const SHARE_REACH = 4;

/** The fact puts a share ("20 percent of", "half of") on the matter asked, within a few words. */
function shareOf(measured: Term, statement: readonly Token[]): boolean {
  return statement.some(
    (token, i) =>
      token.word === "of" &&
      i > 0 &&
      (SHARE_WORDS.has(statement[i - 1]!.word) || STARTS_WITH_DIGIT.test(statement[i - 1]!.word)) &&
      statement.slice(i + 1, i + 1 + SHARE_REACH).some((next) => sameNoun(measured, next)),
  );
}

const SHARE_WORDS: ReadonlySet<string> = new Set([
  "percent",
  "cent",
  "half",
  "third",
  "quarter",
  "fifth",
  "tenth",
]);

/** "In its second phase": an ordinal the question puts on a thing, and the thing. */
export interface OrdinalAsked {
  ordinal: string;
  thing: Term;
}

const ORDINALS: ReadonlySet<string> = new Set(ORDINAL_WORDS);

/** "How many doses will the plant make in its *second phase*?": the ordinal and the thing it orders. */
export function ordinalAsked(plan: QueryPlan): OrdinalAsked | undefined {
  if (!plan.quantity) return undefined;
  for (const [at, word] of plan.words.entries()) {
    if (!ORDINALS.has(word)) continue;
    const thing = plan.terms.find((t) => t.position === at + 1 && t.weight >= 1 && t.kinds.length === 0);
    if (thing) return { ordinal: word, thing };
  }
  return undefined;
}

/**
 * "Where was the *second round* of the talks held?": an ordinal on a meeting's noun, the one
 * ordinal the question has (not "between the first and second rounds").
 */
export function meetingOrdinalAsked(plan: QueryPlan): OrdinalAsked | undefined {
  let found: OrdinalAsked | undefined;
  for (const [at, word] of plan.words.entries()) {
    if (!ORDINALS.has(word)) continue;
    if (found && found.ordinal !== word) return undefined;
    const thing = plan.terms.find((t) => t.position === at + 1 && MEETING_WORDS.has(t.word));
    if (thing) found = { ordinal: word, thing };
  }
  return found;
}

/** Words between an ordinal and its meeting's noun: "the third and final round". */
const ORDINAL_REACH = 3;
const ORDINAL_WORDS_TO_FIND = wordsToFind(ORDINAL_WORDS);

/**
 * "The third and final round of the talks was to be held in Surabaya" tells of another round
 * than the second asked: the fact puts another ordinal on the meeting's noun, and never the one
 * asked, so what it says is that meeting's.
 */
export function tellsOfAnotherMeeting(asked: OrdinalAsked, indexed: IndexedFact): boolean {
  if (!statementHasAnyOf(indexed, ORDINAL_WORDS_TO_FIND)) return false;
  const [statement = []] = factSequences(indexed.fact);
  let other = false;
  for (const [i, token] of statement.entries()) {
    if (ORDINALS.has(token.word) && token.word === asked.ordinal) return false;
    if ((asked.thing.alternatives.get(token.stem) ?? 0) < STRONG_MATCH) continue;
    for (let k = i - 1; k >= 0 && k >= i - ORDINAL_REACH; k--) {
      if (ORDINALS.has(statement[k]!.word)) other = true;
    }
  }
  return other;
}

/**
 * "What's the interest rate on the WDB's *second loan*?": an ordinal past the first on a thing
 * that is no meeting (a meeting's ordinal is read from the story's meetings) nor a time ("the
 * second time"), for any question.
 */
export function laterOneAsked(plan: QueryPlan): OrdinalAsked | undefined {
  for (const [at, word] of plan.words.entries()) {
    if (!ORDINALS.has(word) || word === "first") continue;
    const thing = plan.terms.find((t) => t.position === at + 1 && t.weight >= 1 && t.kinds.length === 0);
    if (!thing || MEETING_WORDS.has(thing.word) || isTimeNoun(thing.word) || !isNoun(thing.word)) continue;
    return { ordinal: word, thing };
  }
  return undefined;
}

const MEETING_WORDS: ReadonlySet<string> = new Set(meetingNounsBut());

/** Some fact of the store names the ordinal's thing by it ("would consider a second loan"). */
export function toldOfByItsOrdinal(asked: OrdinalAsked, kb: KnowledgeBase): boolean {
  let told = false;
  kb.forEachFactSaying(stemOf(asked.ordinal), (indexed) => {
    told = namesTheOrdinalOne(asked, indexed);
    return !told;
  });
  return told;
}

/** The fact has the ordinal right before the thing (or one word between: "second housing loan"). */
function namesTheOrdinalOne(asked: OrdinalAsked, indexed: IndexedFact): boolean {
  const [statement = []] = factSequences(indexed.fact);
  return statement.some(
    (token, i) =>
      (asked.thing.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH &&
      (statement[i - 1]?.word === asked.ordinal || statement[i - 2]?.word === asked.ordinal),
  );
}

/**
 * The fact speaks of the thing asked with an ordinal ("the loan") but never as that one ("second
 * loan"), while the store tells of that one apart: it is about another of them, the first.
 */
export function speaksOfAnotherOne(asked: OrdinalAsked, indexed: IndexedFact): boolean {
  const [statement = []] = factSequences(indexed.fact);
  if (!statement.some((token) => (asked.thing.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH))
    return false;
  return !namesTheOrdinalOne(asked, indexed);
}

/**
 * The fact's figures stand by another of the things ordered ("the *first-phase* capacity was cut
 * to 50 million doses …, until a second phase"): each number is nearer the other ordinal's thing
 * than the one asked, so it is that one's figure.
 */
export function figuresOfAnotherOrdinal(asked: OrdinalAsked, indexed: IndexedFact): boolean {
  const [statement = []] = factSequences(indexed.fact);
  const mine: number[] = [];
  const others: number[] = [];
  for (const [i, token] of statement.entries()) {
    const ordinal = statement[i - 1]?.word ?? "";
    if (!ORDINALS.has(ordinal) || (asked.thing.alternatives.get(token.stem) ?? 0) < STRONG_MATCH) continue;
    (ordinal === asked.ordinal ? mine : others).push(i);
  }
  if (others.length === 0) return false;
  const numbers = [...statement.keys()].filter(
    (i) => STARTS_WITH_DIGIT.test(statement[i]!.word) && !partOfDate(statement, i),
  );
  if (numbers.length === 0) return false;
  const distance = (from: number, to: readonly number[]) =>
    Math.min(...to.map((at) => Math.abs(at - from)), Number.POSITIVE_INFINITY);
  return numbers.every((n) => distance(n, others) < distance(n, mine));
}

/**
 * The number that counts the thing asked is what an act to come is to be done to ("plans to train
 * 600 volunteer firefighters", "agreed … to lease four firefighting aircraft", "will buy two"):
 * how many there are to be, not how many there are.
 */
export function countedToBe(counted: Term, indexed: IndexedFact): boolean {
  const [statement = []] = factSequences(indexed.fact);
  for (const [at, token] of statement.entries()) {
    if (!NUMBER_WORDS.has(token.word) && !(STARTS_WITH_DIGIT.test(token.word) && !partOfDate(statement, at)))
      continue;
    let counts = false;
    for (let i = at + 1; i <= at + COUNT_REACH && i < statement.length; i++) {
      const next = statement[i]!;
      if (next.nameLike || STOPWORDS.has(next.word)) break;
      if (sameNoun(counted, next)) counts = true;
    }
    if (!counts) continue;
    const before = statement[at - 2]?.word ?? "";
    if (before === "to" || before === "will" || before === "would") return true;
  }
  return false;
}

/** The whole a part of is asked: its figure ("31", "8" of "eight") and the thing it counts, if the question says. */
export interface WholeAsked {
  figure: string;
  /** "How many of the eight *ships* …": the thing the whole counts. */
  counted?: Term | undefined;
}

/**
 * "How many of the 31 are in Djibouti?", "how many of the eight ships were Honduran?": the whole
 * a part of is asked (31, 8), written in digits or in words.
 */
export function wholeAsked(plan: QueryPlan): WholeAsked | undefined {
  const { words } = plan;
  const many = words.findIndex((word, i) => word === "many" && words[i - 1] === "how");
  if (many < 0 || words[many + 1] !== "of") return undefined;
  const at = ["the", "those", "these"].includes(words[many + 2] ?? "") ? many + 3 : many + 2;
  const said = words[at] ?? "";
  const figure = STARTS_WITH_DIGIT.test(said)
    ? YEAR.test(said)
      ? undefined
      : said.replace(COMMAS, "")
    : numberWordValue(said)?.toString();
  if (!figure) return undefined;
  const counted = plan.terms.find((t) => t.position === at + 1 && t.weight >= 1 && isPlural(t.word));
  return { figure, counted };
}

/**
 * The fact's only count is the whole the question takes a part of ("found 31 locust breeding
 * areas …, up from the 19 known before"): a figure it changed from is no part, nor one that counts
 * another thing than the whole does ("eight ships and 680 sailors" of "how many of the eight ships").
 */
export function countsOnlyTheWhole(whole: WholeAsked, indexed: IndexedFact): boolean {
  const [statement = []] = factSequences(indexed.fact);
  const valueAt = (token: Token, at: number) =>
    STARTS_WITH_DIGIT.test(token.word)
      ? partOfDate(statement, at)
        ? undefined
        : token.word.replace(COMMAS, "")
      : // ("One" is as often a pronoun, "one of the ships", as a count.)
        token.word === "one"
        ? undefined
        : numberWordValue(token.word)?.toString();
  // "Counts seven ships, not the eight announced", "rose from 31 to 34": the whole itself told
  // anew, whose other figure is its new value, no part of it.
  const wholeReplaced = statement.some(
    (token, at) =>
      valueAt(token, at) === whole.figure &&
      statement.slice(Math.max(0, at - WHOLE_REPLACED_REACH), at).some((t) => WHOLE_REPLACED.has(t.word)),
  );
  if (wholeReplaced) return true;
  return statement.every((token, at) => {
    const value = valueAt(token, at);
    if (value === undefined || value === whole.figure) return true;
    if (whole.counted && countsAnotherThing(whole.counted, statement, at)) return true;
    return statement.slice(Math.max(0, at - 2), at).some((t) => t.word === "from");
  });
}

/** Words right before a figure that say another took its place: "not the eight", "from 31", "instead of 12". */
const WHOLE_REPLACED: ReadonlySet<string> = new Set(["not", "from", "than", "instead"]);
/** Words from one of those to the whole ("not the eight ships and *680* sailors"). */
const WHOLE_REPLACED_REACH = 5;

/** The figure at `at` counts a plural right after it ("680 sailors") that is not the thing asked. */
function countsAnotherThing(counted: Term, statement: readonly Token[], at: number): boolean {
  for (const token of statement.slice(at + 1, at + 1 + COUNT_REACH)) {
    if (sameNoun(counted, token)) return false;
    if (isPlural(token.word) && !STOPWORDS.has(token.word)) return true;
  }
  return false;
}

const COORDINATING: ReadonlySet<string> = new Set(["and", "or"]);
/** Words right after a number that make it a share, not a count ("50 percent discount"). */
const COUNT_SHARE_WORDS: ReadonlySet<string> = new Set(["percent", "per", "%", "pc"]);

/** The fact's own sentence names the thing counted, or a derivation or synonym of it. */
export function namesTheCounted(counted: Term, indexed: IndexedFact): boolean {
  const [statement = []] = factSequences(indexed.fact);
  return statement.some((token) => sameNoun(counted, token));
}

/**
 * The word at `at` is a singular noun standing before a plural it describes ("boat owners",
 * "truck lanes"): the plural is the thing a number before them counts.
 */
function describesThePluralAfter(statement: readonly Token[], at: number): boolean {
  const word = statement[at]!;
  const after = statement[at + 1];
  if (!after || after.nameLike || STOPWORDS.has(after.word) || isPlural(word.word)) return false;
  // ("60 crew members": members of the crew are the crew, counted all the same.)
  if (BELONGING.has(after.word)) return false;
  return isPlural(after.word) && isNoun(after.word);
}

/**
 * "How many Nubians were displaced?" against "a 50 percent discount for Nubian families displaced":
 * the fact speaks of the thing counted, but every number in it is a share or counts another thing
 * named right after it, so none is how many of it there are. (A number that counts nothing named,
 * "rose to 30", "the number of …", or people for people, is left to the other checks; so is a fact
 * with no number at all, which the scoring already weighs.)
 */
export function numbersCountOtherThings(counted: Term, indexed: IndexedFact): boolean {
  if (isPeople(counted.word)) return false;
  const [statement = []] = factSequences(indexed.fact);
  if (!statement.some((token) => sameNoun(counted, token))) return false;
  if (statement.some((token) => token.word === "number" || token.word === "total")) return false;
  // ("Members" count whatever may belong, a country, a body, a person, a town: not "the chamber's
  // members run about 2,300 trucks", whose number counts what the members have.)
  const person = isPersonNoun(counted.word);
  let numbers = 0;
  for (const [at, token] of statement.entries()) {
    if (!NUMBER_WORDS.has(token.word) && !(STARTS_WITH_DIGIT.test(token.word) && !partOfDate(statement, at)))
      continue;
    if (leadsThousands(statement, at)) continue;
    // ("Volunteers aged 9 to 45": an age says how old they are, not how many.)
    if (partOfAge(statement, at)) continue;
    numbers++;
    // ("41 percent of traffic" may be how many of it; "a 50 percent discount" is a share of another thing.)
    const share = COUNT_SHARE_WORDS.has(statement[at + 1]?.word ?? "") ? at + 1 : at;
    // ("Trucks make up 41 percent of traffic": the share is theirs, as good as how many of it.)
    if (
      share > at &&
      statement.slice(Math.max(0, at - SHARE_VERB_REACH), at).some((t) => SHARE_VERBS.has(t.word))
    )
      return false;
    // ("12 percent of their harvest" is a share of the harvest: the thing after its "of".)
    const thing = countedAfter(statement, share) ?? (share > at ? thingShared(statement, share) : undefined);
    // (A bare share, "down from about 30 percent", is a part of something, no number of anything.)
    if (!thing && share > at) continue;
    if (!thing || sameNoun(counted, thing) || (person && isPersonNoun(thing.word))) return false;
    if (BELONGING.has(counted.word) && mayBelong(thing.word)) return false;
    // ("Five detained fishermen", "150 tourism and fishing businesses", "59 million SIM cards": the
    // thing counted may come after the words that describe it.)
    for (let i = share + 1; i <= share + COUNT_REACH + 2 && i < statement.length; i++) {
      const next = statement[i]!;
      if (STARTS_WITH_DIGIT.test(next.word) || (STOPWORDS.has(next.word) && !COORDINATING.has(next.word)))
        break;
      // ("700 boat owners" for "how many boats": a word that only describes the plural after it
      // is not what is counted.)
      if (sameNoun(counted, next) && !describesThePluralAfter(statement, i)) return false;
    }
  }
  return numbers > 0;
}
