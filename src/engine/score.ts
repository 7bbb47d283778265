import type { IndexedFact, KnowledgeBase } from "./knowledge.ts";
import { isEnglishWord } from "./language/english.ts";
import {
  ANY_MEETING_NOUNS,
  DENYING_VERBS,
  DETERMINERS,
  LATENESS_ADVERBS,
  meetingNounsBut,
  NOT_WORDS,
  NUMBER_WORDS,
  STOPWORDS,
  SYNONYM_FAMILIES,
} from "./language/lexicon.ts";
import { isPastVerb, stemOf, type Token, tokenize } from "./language/normalize.ts";
import {
  canNamePerson,
  commonestSenseSynonyms,
  isKindOf,
  isLeaderTitle,
  isLightVerb,
  isMoneyNoun,
  isNoun,
  isOppositeVerb,
  isPhrasalVerb,
  isVerb,
  isVerbOfCommunication,
  isVerbOfRefraining,
  isVerbOfRefusing,
  isVerbOfSaying,
  namesAgent,
  plainerActsOfMind,
  reportsSaying,
  verbBase,
} from "./language/thesaurus.ts";
import { MONTHS, ratePeriodsIn, rateUnitAt, statesDate, statesTime } from "./language/time.ts";
import { asksWhatWasLeftOpen, statesLeftOpen, statesOpen } from "./open-matters.ts";
import { givesMoney, type Mention, type QueryPlan, type Term } from "./query.ts";
import {
  type AskedRole,
  AUXILIARIES,
  askedRole,
  BE,
  countryActedFor,
  isDirectional,
  mutualPartyAsked,
  personOfCountry,
  roleInSentence,
} from "./roles.ts";
import type { Entity, EntityKind, Fact } from "./schema.ts";
import {
  ASKS_ABOUT_HEDGE,
  actOnlyAsPurpose,
  actOnlyInWhatWasSaid,
  actOnlyNamed,
  agreedToAnotherAct,
  anotherNameActs,
  asksAboutADeed,
  asksWhatWasDone,
  hedged,
  namedBeforeSaying,
  negatesTheAct,
  onlyPossible,
  PLANNED,
  passiveWithoutDoer,
  planOnlyAfterTheAct,
  planTheActSettled,
  REFUSAL,
  saidByOneOf,
  someoneElseActs,
  whoActAsked,
} from "./score-acts.ts";
import {
  type AskedSlot,
  askedSlot,
  asksExactly,
  asksHowMuch,
  type CostedThing,
  costedThing,
  costOfAnother,
  countedThing,
  countedToBe,
  countsAnotherCountrysPeople,
  countsOnly,
  countsOnlyAges,
  countsOnlyRoughly,
  countsOnlySharesOfOthers,
  countsOnlyTheWhole,
  countsOtherThings,
  countsPeopleAsked,
  figuresOfAnotherOrdinal,
  hasPlace,
  isPlural,
  laterOneAsked,
  measuredThing,
  measures,
  measuresMatterAsked,
  meetingOrdinalAsked,
  namesAsked,
  namesNone,
  namesTheThingUncounted,
  namesTheThingUnnamed,
  type OrdinalAsked,
  ordinalAsked,
  pricesOne,
  QUANTITY_WORDS,
  STRONG_MATCH,
  speaksOfAnotherOne,
  statesAmount,
  statesAPrice,
  statesCount,
  statesMoney,
  tellsOfAnotherMeeting,
  thingNameAsked,
  toldOfByItsOrdinal,
  unitPriced,
  type WholeAsked,
  wholeAsked,
} from "./score-kind.ts";
import {
  arguesForIt,
  asksWhySaid,
  givesReason,
  REPORTING,
  saidBefore,
  saidByTheAsked,
} from "./score-reason.ts";
import {
  type AskedDate,
  actToldDone,
  askedDateIn,
  asksClockTime,
  asksDeadline,
  constraintMet,
  fitsDate,
  handoverMeetsTakingOrLeaving,
  type MeasureAsked,
  MISSES_TIME,
  measureAsked,
  measureStated,
  measuresAsked,
  onlyProposed,
  saysWhereFrom,
  sizeAsked,
  statesClockTime,
  statesDeadline,
  statesTimeBesidesItsOwn,
  stillStateFrom,
  takingOverMeetsLeading,
  timeFit,
  timeOnlyInADescription,
  timeOnlyWithdrawn,
  timesOnlyNameOtherThings,
  toldAsChangedLater,
  toldAsItStandsNow,
  toldAsToCome,
} from "./score-time.ts";
import { knownStemNumber } from "./terms.ts";
import {
  entityWords,
  factSequences,
  mentionPositions,
  namedIn,
  namePositions,
  statementHasAnyOf,
  textHasAnyWord,
  wordsToFind,
} from "./token-cache.ts";
import type { TimeConstraint } from "./understand.ts";

// Regex literals in functions, hoisted: a literal is a new RegExp object each time it is evaluated,
// garbage per word or fact read. (None is global or sticky where it is tested: no state kept.)
const PLURAL_S = /[^s]s$/;

/** How well one fact answers one question. */
export interface Match {
  indexed: IndexedFact;
  /** Share of the question's weighted content that the fact accounts for, 0..1. */
  coverage: number;
  /** Coverage plus small preferences (rare words, short facts, fitting answer type), for ranking. */
  rank: number;
  /** How the coverage came about, for the verdict to weigh (absent for facts not scored). */
  evidence?: Evidence;
}

/**
 * The parts of a fact's evidence, kept apart: the verdict weighs them (a missing verb counts for
 * more than a name found only through the meeting), where coverage alone adds them up.
 */
export interface Evidence {
  /** Share of the question's weight the fact, its entities, its event or its kinds account for. */
  found: number;
  /** Share accounted for by words and names (not by entity kinds alone). */
  said: number;
  /** Multipliers for what the question needs beyond words (time, place, role, reason), 1 if met. */
  needs: number;
  /** Multiplier for names found but none of the question's words. */
  vague: number;
  /** Share lost because an "X of Y" pair stood apart in the fact. */
  apart: number;
  /** A word of the question is there only with "non" before it. */
  contradicted: boolean;
  /**
   * Names of the question the fact itself names; those its entities' descriptions name ("Foreign
   * Minister of Mongolia"); and those only its meeting has.
   */
  namesInFact: number;
  namesDescribed: number;
  namesInMeeting: number;
  namesMissing: number;
  /** Names of the question the fact neither links nor says in its own words (`NAMED_IN_TEXT`). */
  namesUntold: number;
  /**
   * Names of the question the fact does not say, where it says another of their kind instead
   * ("how much will Cabo Verde contribute?" against "Mauritania and Senegal will each contribute").
   */
  namesReplaced: number;
  /** The one the question asks what they said is said by the fact to say something (`saidByOneOf`). */
  saidByAsked?: true;
  /** Content words (weight ≥ 1, not numbers, not kinds) the fact lacks (below a strong match). */
  wordsMissing: number;
  /** The weakest of those content words' matches (1 when there are none). */
  weakestWord: number;
  /** How the question's heaviest word (its verb, when it has one) is matched, 1 if there is none. */
  verb: number;
  /** Names of the phrase the wh-word points at (`askedSlot`) the fact does not hold. */
  slotMissing: number;
  /** The slot's words (indices of the question's terms) the fact does not hold in its words. */
  slotMissed: readonly number[];
  /**
   * Names of the slot the fact does not say itself, though a description or its meeting may ("how
   * many *Nepali* students" against "236 students were chosen", its meeting Nepal's).
   */
  slotNamesUnsaid: number;
}

export const MENTION_WEIGHT = 1.5;
/** A content word the store has never seen usually names exactly what it lacks. */
const UNKNOWN_WEIGHT = 2;
/** A manner word the store never uses ("how *big* is the cap?", see `UnknownWord`) weighs like one word missed. */
const UNKNOWN_MANNER_WEIGHT = 1;
export function unknownWeight(plan: QueryPlan): number {
  let weight = 0;
  for (const u of plan.unknown) weight += u.manner ? UNKNOWN_MANNER_WEIGHT : UNKNOWN_WEIGHT;
  return weight;
}

/**
 * A fact must account for more than this share of the question to answer it: missing one content
 * word in four is already too much. Everything else means "I don't know".
 */
export const ANSWER_THRESHOLD = 0.75;
/** Below this coverage no fact is weighed at all (0.6 read half as many postings again for one more right answer in 600). */
export const LOWEST_FLOOR = 0.7;

export function answers(match: Match, threshold = ANSWER_THRESHOLD): boolean {
  return match.coverage > threshold + 1e-9;
}

/** A fact that tells the act asked and then a plan: it answers, below one with no plan in it. */
const ACT_BEFORE_A_PLAN = 0.9;

/** What every fact's score needs from the question, worked out once per question. */
/** A fact that cannot show who gave and who received does not answer a question that fixes it. */
const UNSHOWN_DIRECTION = 0.7;

/** A negation in a question or a statement. */
export const NEGATION =
  /\b(?:not|never|no|neither|nor|none|without)\b|\b(?:fail|fails|failed|failing|unable) to\b|n't\b|\b(?:didnt|doesnt|dont|wasnt|werent|isnt|arent|hasnt|havent|hadnt|wont|wouldnt|couldnt|shouldnt|cannot|cant)\b/i;

export interface ScoringContext {
  /** The question asks about what did not happen. */
  negated: boolean;
  /** The role a who-question gives the entity it names ("Who did Sarybay receive?"). */
  role: AskedRole | undefined;
  /** "Who did Aliyev meet?": the mention of the one party named to a mutual act. */
  party: number | undefined;
  /** "Who signed it for Egypt?": the countries acted for, whose person the answer must name. */
  actedFor: readonly string[] | undefined;
  weight: number;
  kb: KnowledgeBase;
  mentioned: Set<string>;
  /**
   * The countries of the people the question names ("the Kazakh labour minister" is Kazakhstan's):
   * a fact naming the speaker's own country names no other country in place of one asked.
   */
  peoplesCountries: ReadonlySet<string>;
  /** log-scaled rarity of each term's own stem. */
  rarity: number[];
  time: TimeConstraint | undefined;
  /** A date the question names ("in April 2025", "on 17 May 2024"): facts dated otherwise do not fit. */
  askedDate: AskedDate | undefined;
  /** "When in April 2027 …?": the time the answer must say more precisely than. */
  whenWithin: AskedDate | undefined;
  /** "How much did it cost?", "how much money …": a sum is asked for. */
  asksMoney: boolean;
  /** "Why was it cut to 2,500?": figures the question puts at an end of a change. */
  changeEnds: readonly ChangeEnd[];
  /** The question's verbs, the acts it asks about ("sign", "agree"), in its order. */
  acts: readonly Term[];
  /** "What time is it in Tbilisi?": a time on the clock is asked (`asksClockTime`). */
  clockAsked: boolean;
  /** "By when …?": a limit is asked (`asksDeadline`). */
  deadlineAsked: boolean;
  /** "Who will build the bridge?": the act asked of someone (`whoActAsked`), read once per question. */
  whoAct: Term | undefined;
  /** Of `acts`, the ones read for a plan ("will be *fitted*"): the verbs that are no nouns, else all. */
  plannedActs: readonly Term[];
  /** The question itself asks about a saying ("where did she *say* …"), read once per question. */
  asksASaying: boolean;
  /** A why-question asking for the reason someone gives (see `asksWhySaid`), read once per question. */
  whySaid: boolean;
  /** The plural the question asks to be named ("which *countries* …"), read once per question. */
  namesAsked: Term | undefined;
  /** "How many *lakes* …?": the thing counted, read once per question. */
  counted: Term | undefined;
  /** "What is the name of the *lake* …?": the thing whose name is asked. */
  nameOf: Term | undefined;
  /** "Which *company* is *building* …?": what the wh-word points at (see `askedSlot`). */
  slot: AskedSlot | undefined;
  /** "How much does one station cost?": the thing a price of one is asked for. */
  unit: Term | undefined;
  /** "How much did the towers cost?": the thing whose cost is asked. */
  costed: CostedThing | undefined;
  /** "In its second phase": an ordinal the question puts on the thing its figure is of. */
  ordinal: OrdinalAsked | undefined;
  /** "The second round of the talks": an ordinal the question puts on a meeting's noun. */
  meetingOrdinal: OrdinalAsked | undefined;
  /** "How many of the 31 …?": the whole a part of is asked. */
  whole: WholeAsked | undefined;
  /** "How much pork …?": a thing measured that a sum of money does not measure. */
  measured: Term | undefined;
  /** The stems of the question's words. */
  askedStems: ReadonlySet<string>;
  /** "Who runs the CFPC?": the bodies whose leader is asked for, and the verb that asks it. */
  leaderAsked: { term: number; bodies: readonly string[] } | undefined;
  /**
   * "Who runs the marine park?": the verb of leading and the things asked to be led, of any kind
   * but a person or a country (a park, a plan, a body), whose leader a fact must name as such.
   */
  ledAsked: { term: number; things: readonly string[] } | undefined;
  /** "List *all* the member states", "every …": the whole of them, not an example. */
  asksAll: boolean;
  /** "What did Sarybay say?": the verb of saying and whose saying is asked (see `speakerAsked`). */
  speaker: { term: number; ids: readonly string[] } | undefined;
  /**
   * "What did the Singaporean minister say …?": whose saying is asked, read wider than `speaker`
   * (see `sayerAsked`); a fact in which none of them says anything does not answer.
   */
  sayer: { term: number; ids: readonly string[]; group?: Term } | undefined;
  /** "What did Japan refuse to fund?": the verb of refusing and the act it refuses (`refusalAsked`). */
  refusal: { term: number; act: number } | undefined;
  /** "Is the centre still disputed?": where the state asked about begins (see `stillStateFrom`). */
  stillState: number | undefined;
  /**
   * "How much is the subsidy *each year*?": terms that are the unit of a rate asked, by index, met by
   * a fact counting over that unit in any words ("an annual subsidy").
   */
  rateUnits: ReadonlyMap<number, string> | undefined;
  /**
   * "How much drinking water per *day*?", "how much per *litre*?": the "per" terms, by index, with
   * the stems of the unit after them; "per" is met by a fact that counts over that unit in its own
   * words ("40,000 cubic metres a day", "for every cubic metre"), as "each year" is.
   */
  perUnits: ReadonlyMap<number, readonly string[]> | undefined;
  /**
   * "What's the max truck *weight*?", "how *old* is the bridge?": terms that name a measure, by index,
   * met by a fact stating a figure of it in any words (`measuresAsked`).
   */
  measures: ReadonlyMap<number, MeasureAsked> | undefined;
  /** "What will they do about the stock?": what is done about a topic, which the fact must name. */
  doneAbout: boolean;
  /** "The second loan", an ordinal thing the store tells of apart (`laterOneAsked`). */
  laterOne: OrdinalAsked | undefined;
  /** "Who pays for the patrol vessels?": where "for" opens what is paid for, which the fact must name (-1: none). */
  paidFor: number;
  /** Each term's alternatives as `termMatch` reads them, filled as it first reads each term. */
  alternativesRead: Map<Term, readonly AlternativeRead[]>;
  /** Per term, whether it is asked as an act (`askedAsAnAct`), read once per question. */
  actsAsked: readonly boolean[];
  /** Per term, a verb a figure question says it with (`verbsAroundAFigure`); undefined for most questions. */
  figureVerbs: readonly boolean[] | undefined;
  /** "Who's the new co-chair?": the term "new" before the title asked (`newHolderAsked`; -1: none). */
  newHolder: number;
  /** "Where is the Dzalanyama reserve?": the place whose whereabouts are asked (`placeAsked`). */
  placeAsked: ReadonlySet<string> | undefined;
}

/**
 * "Where is the Dzalanyama Forest Reserve?": the place named right after "where" and its "is",
 * whose own name says nothing of where it is (a fact naming it names no place but itself).
 * "Where in Bosaso was it?" sets a place to look in; that one holds.
 */
function placeAsked(plan: QueryPlan, kb: KnowledgeBase): ReadonlySet<string> | undefined {
  if (plan.kind !== "where") return undefined;
  const { words } = plan;
  const where = words.indexOf("where");
  if (where < 0 || !BE.has(words[where + 1] ?? "")) return undefined;
  const at = words[where + 2] === "the" ? where + 3 : where + 2;
  const mention = plan.mentions.find((m) => m.position === at);
  const places = mention?.entityIds.filter((id) => kb.entity(id)?.kind === "place") ?? [];
  return places.length > 0 ? new Set(places) : undefined;
}

/**
 * "Who's the new boss at the ferry company?", "who is Indonesia's new chief negotiator?": in a
 * who-question, "new" right before a word for a person's post asks who took the post up (its
 * term's index; -1 when the question asks no such thing).
 */
function newHolderAsked(plan: QueryPlan): number {
  if (plan.kind !== "who") return -1;
  for (let i = 0; i < plan.terms.length; i++) {
    const term = plan.terms[i]!;
    if (term.word !== "new") continue;
    // (Any word of the post within three: "new *co*-*chair*", "new Tongan telecoms *boss*".)
    const post = plan.terms.some(
      (other) =>
        other.position > term.position && other.position - term.position <= 3 && canNamePerson(other.word),
    );
    return post ? i : -1;
  }
  return -1;
}
/** A post taken up, in a sentence: "became", "was appointed", "took over", "replacing", "succeeds". */
const TAKES_THE_POST =
  /\b(?:became|becomes|appointed|named|took over|takes over|took office|sworn in|replac(?:ed|es|ing)|succeed(?:ed|s|ing))\b/i;

/** "The second loan", when the store tells of a second one apart from the first. */
function laterOneTold(plan: QueryPlan, kb: KnowledgeBase): OrdinalAsked | undefined {
  const asked = laterOneAsked(plan);
  return asked && toldOfByItsOrdinal(asked, kb) ? asked : undefined;
}

/** `unknown`: the plan's `unknownWeight`, when the caller has it already. */
export function scoringContext(
  plan: QueryPlan,
  kb: KnowledgeBase,
  time: TimeConstraint | undefined,
  unknown = unknownWeight(plan),
): ScoringContext {
  const total = kb.size || 1;
  let weight = unknown + MENTION_WEIGHT * plan.mentions.length;
  for (const term of plan.terms) weight += term.weight;
  const acts = plan.terms.filter((t) => t.weight >= 1 && t.kinds.length === 0 && isVerb(t.word));
  const leader = leaderAsked(plan, kb);
  return {
    negated: NEGATION.test(plan.words.join(" ")) || leftUndone(plan.words),
    role: askedRole(plan),
    party: mutualPartyAsked(plan),
    actedFor: countryActedFor(plan, kb),
    weight,
    kb,
    mentioned: new Set(plan.mentions.flatMap((m) => m.entityIds)),
    peoplesCountries: countriesOfPeopleNamed(plan, kb),
    time,
    askedDate: plan.kind === "when" ? undefined : askedDateIn(plan.text),
    // ("When did they last meet before March 2026?" asks a time outside the month it names.)
    whenWithin:
      plan.kind === "when" && !DATE_BOUNDED.test(plan.text) ? askedDateIn(withoutNames(plan)) : undefined,
    asksMoney: (asksHowMuch(plan) && asksMoneyIn(plan)) || costAskedByWhat(plan),
    changeEnds: changeEndsAsked(plan.text),
    acts,
    // ("Who runs the freight chamber?" asks a leader, whom a speaker's title names: `leaderAsked`.)
    whoAct: leader ? undefined : whoActAsked(plan),
    clockAsked: asksClockTime(plan),
    deadlineAsked: asksDeadline(plan),
    plannedActs: acts.some((act) => !isNoun(act.word)) ? acts.filter((act) => !isNoun(act.word)) : acts,
    asksASaying: REPORTING.test(plan.text),
    whySaid: plan.kind === "why" && asksWhySaid(plan, kb),
    namesAsked: namesAsked(plan),
    counted: countedThing(plan),
    nameOf: thingNameAsked(plan),
    slot: askedSlot(plan),
    unit: unitPriced(plan),
    costed: costedThing(plan),
    measured: measuredThing(plan),
    whole: wholeAsked(plan),
    ordinal: ordinalAsked(plan),
    meetingOrdinal: meetingOrdinalAsked(plan),
    laterOne: laterOneTold(plan, kb),
    leaderAsked: leader,
    ledAsked: ledAsked(plan, kb),
    speaker: speakerAsked(plan),
    sayer: sayerAsked(plan, kb),
    refusal: refusalAsked(plan),
    askedStems: new Set(plan.words.map(stemOf)),
    asksAll: plan.words.some((word) => word === "all" || word === "every"),
    stillState: stillStateFrom(plan),
    rateUnits: rateUnitsAsked(plan),
    perUnits: perUnitsAsked(plan),
    measures: measuresAsked(plan),
    doneAbout: DO_FORMS.has(plan.words[plan.words.indexOf("about") - 1] ?? ""),
    paidFor: paidForAt(plan),
    alternativesRead: new Map(),
    actsAsked: plan.terms.map((term) => askedAsAnAct(plan, term)),
    figureVerbs: verbsAroundAFigure(plan),
    newHolder: newHolderAsked(plan),
    placeAsked: placeAsked(plan, kb),
    rarity: plan.terms.map((term) => {
      const [stem] = term.alternatives.keys();
      return Math.log(1 + total / (1 + (stem ? kb.documentFrequency(stem) : total)));
    }),
  };
}

/** The countries the descriptions of the people the question names put them in (once per question). */
function countriesOfPeopleNamed(plan: QueryPlan, kb: KnowledgeBase): ReadonlySet<string> {
  const countries = new Set<string>();
  for (const mention of plan.mentions) {
    for (const id of mention.entityIds) {
      if (kb.entity(id)?.kind !== "person") continue;
      for (const other of kb.namedInDescription(id))
        if (kb.entity(other)?.kind === "country") countries.add(other);
    }
  }
  return countries;
}

/**
 * "What did Sarybay say?", "what did she tell reporters about the toll?": a question whose act is a
 * verb of saying (WordNet's "say" and the verbs one step under it), done by the one it names.
 */
export function speakerAsked(plan: QueryPlan): ScoringContext["speaker"] {
  const role = askedRole(plan);
  const verb = role && role.role === "agent" ? plan.terms[role.verb] : undefined;
  if (!role || !verb || !isVerbOfSaying(verb.word)) return undefined;
  return { term: role.verb, ids: plan.mentions[role.mention]?.entityIds ?? [] };
}

/**
 * "What did Japan refuse to fund?", "did Serbia decline to sign it?": a verb of refusing, the "to"
 * after it and the act it refuses, which a fact must have for its refusal to be the one asked.
 */
export function refusalAsked(plan: QueryPlan): ScoringContext["refusal"] {
  const term = plan.terms.findIndex(
    (t) => t.weight >= 1 && plan.words[t.position + 1] === "to" && isVerbOfRefusing(t.word),
  );
  if (term < 0) return undefined;
  const at = plan.terms[term]!.position + 2;
  const act = plan.terms.findIndex((t) => t.position === at && t.weight >= 1);
  return act >= 0 ? { term, act } : undefined;
}

/**
 * The fact's refusal is only a refusal to speak ("declined to comment on reports that …", "refused
 * to say"), where the act asked is a deed ("fund", "build", "sign"): whatever the fact goes on to
 * tell is what was not spoken of, not what was refused.
 */
function refusesOnlyToSpeak(plan: QueryPlan, act: number, indexed: IndexedFact): boolean {
  if (reportsSaying(plan.terms[act]!.word)) return false;
  const [sentence = []] = factSequences(indexed.fact);
  let refusals = 0;
  for (let i = 0; i + 2 < sentence.length; i++) {
    if (sentence[i + 1]!.word !== "to" || !isVerbOfRefusing(sentence[i]!.word)) continue;
    if (!reportsSaying(sentence[i + 2]!.word)) return false;
    refusals++;
  }
  return refusals > 0;
}

/** Words between the auxiliary and the verb of saying that may hold whose saying is asked. */
const SAYER_REACH = 6;
/** Who can be asked what they said: a document "says" what it states ("what does the accord say"). */
const SAYER_KINDS: ReadonlySet<string> = new Set(["person", "country", "organization"]);

/**
 * "What did Kazakhstan say about …?", "what did the Singaporean minister say at the signing?",
 * "what did the President of Chile say?": a what-question whose verb is one of saying, and the
 * people, countries and bodies named between its auxiliary and that verb, whatever stands around
 * them ("the … minister") and however lightly the verb weighs. ("What did Thailand add to the
 * plan?" adds to something: no saying.)
 */
export function sayerAsked(plan: QueryPlan, kb: KnowledgeBase): ScoringContext["sayer"] {
  if (plan.kind !== "what") return undefined;
  const words = plan.words;
  const aux = words[1] === "else" ? 2 : 1;
  if (!AUXILIARIES.has(words[aux] ?? "")) return undefined;
  const term = plan.terms.findIndex(
    (t) => t.position > aux + 1 && t.position <= aux + SAYER_REACH && isVerbOfSaying(t.word),
  );
  if (term < 0) return undefined;
  const verbAt = plan.terms[term]!.position;
  if (words[verbAt + 1] === "to") return undefined;
  const named = plan.mentions.filter((m) => m.position > aux && m.position + m.length <= verbAt);
  // ("What did the independent chemists say?": a panel the store files as a thing is asked by the
  // people its name is said as.)
  const ids = named.flatMap((m) =>
    m.entityIds.filter(
      (id) =>
        SAYER_KINDS.has(kb.entity(id)?.kind ?? "") || canNamePerson(words[m.position + m.length - 1] ?? ""),
    ),
  );
  if (ids.length === 0) return undefined;
  // "What did Serbia's hunting associations say?": the name only says whose; the ones asked to
  // have said it are the things after it (not a person, whom a fact names by name).
  const lastName = Math.max(...named.map((m) => m.position + m.length));
  const group = plan.terms.findLast(
    (t) =>
      t.position >= lastName &&
      t.position < verbAt &&
      t.weight >= 1 &&
      t.kinds.length === 0 &&
      isPlural(t.word) &&
      !canNamePerson(t.word),
  );
  return group ? { term, ids, group } : { term, ids };
}

/**
 * Someone whose saying is asked says something in the fact: one of them, or someone the store
 * describes by them ("Singapore's Senior Minister …, Rachel Teo, said") or by a body of theirs
 * (the Swiss official, "Regional director of the Swiss Agency for Development and Cooperation").
 */
function saidByTheSayer(
  sayer: NonNullable<ScoringContext["sayer"]>,
  plan: QueryPlan,
  indexed: IndexedFact,
  kb: KnowledgeBase,
): boolean {
  const [sentence = []] = factSequences(indexed.fact);
  const term = plan.terms[sayer.term]!;
  // (Of a country or a body: a person's successor, whose description names them, is not them.)
  const ofTheirs = (id: string) =>
    sayer.ids.some((asked) => kb.entity(asked)?.kind !== "person" && kb.namedInDescription(id).has(asked));
  // A council of six states is none of them: its secretary speaks for no one member; the Swiss
  // agency, which funds work in two other countries, is Switzerland's by its name.
  const ofSeveral = (body: string) =>
    [...kb.namedInDescription(body)].filter((id) => kb.entity(id)?.kind === "country").length > 1 &&
    mentionPositions(tokenize(`the ${kb.entity(body)?.name ?? ""}`), sayer.ids, kb).length === 0;
  // (Only who can speak: the Praia Protocol, which names Guinea among its signers, says nothing.)
  const theirs = indexed.entities.filter(
    (id) =>
      SAYER_KINDS.has(kb.entity(id)?.kind ?? "") &&
      (ofTheirs(id) ||
        [...kb.namedInDescription(id)].some(
          (body) => kb.entity(body)?.kind === "organization" && ofTheirs(body) && !ofSeveral(body),
        )),
  );
  const group = sayer.group;
  if (group) {
    // The things asked must stand before the saying ("the hunting associations said"), not in what
    // was said ("Serbia refused, saying its hunting associations held leases").
    const saying = sentence.findIndex(
      (token) =>
        isVerbOfCommunication(token.word) || (term.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH,
    );
    const at = sentence.findIndex((token) => (group.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH);
    if (at < 0 || (saying >= 0 && at > saying)) return false;
  }
  const speakers = [...sayer.ids, ...theirs];
  if (saidByOneOf(speakers, term, sentence, kb) || namedBeforeSaying(speakers, sentence, kb)) return true;
  // "Mongolia and Chile set a target …" is the minister's saying where the words it is quoted
  // from tell it so and the fact is filed as hers: they name her before the saying ("Minister
  // Battsetseg noted that …"), or open on the saying whose subject went before ("said both sides
  // had set a target …") and she is the one person the fact is filed under.
  const quote = factSequences(indexed.fact)[1];
  if (!quote || quote === sentence || group) return false;
  if (!speakers.some((id) => indexed.entities.includes(id))) return false;
  if (saidByOneOf(speakers, term, quote, kb) || namedBeforeSaying(speakers, quote, kb)) return true;
  const opening = quote[0]?.word ?? "";
  const people = indexed.entities.filter((id) => kb.entity(id)?.kind === "person");
  return (
    isPastVerb(opening) && reportsSaying(opening) && people.length === 1 && speakers.includes(people[0]!)
  );
}

/**
 * "Who heads / leads / runs the CFPC?": a who-question whose verb is one of leading, about a body
 * the question names.
 */
export function leaderAsked(plan: QueryPlan, kb: KnowledgeBase): ScoringContext["leaderAsked"] {
  if (plan.kind !== "who") return undefined;
  // "Lead" itself or a word of its family ("head", "run"), not an act WordNet says also leads:
  // "who chairs it?" asks for the chair, not the secretary general.
  const term = plan.terms.findIndex(
    (t) => t.weight >= 1 && t.kinds.length === 0 && (t.alternatives.get("lead") ?? 0) >= LEADING_FAMILY,
  );
  const bodies = plan.mentions
    .flatMap((mention) => mention.entityIds)
    .filter((id) => kb.entity(id)?.kind === "organization");
  return term >= 0 && bodies.length > 0 ? { term, bodies } : undefined;
}

export const LEADING_FAMILY = 0.7;

/** What a who-question asks the leader of: `leaderAsked`'s verb, of any thing named but people. */
export function ledAsked(plan: QueryPlan, kb: KnowledgeBase): ScoringContext["ledAsked"] {
  if (plan.kind !== "who") return undefined;
  const term = plan.terms.findIndex(
    (t) => t.weight >= 1 && t.kinds.length === 0 && (t.alternatives.get("lead") ?? 0) >= LEADING_FAMILY,
  );
  const things = plan.mentions
    .flatMap((mention) => mention.entityIds)
    .filter((id) => !LEADERLESS.has(kb.entity(id)?.kind ?? "person"));
  return term >= 0 && things.length > 0 ? { term, things } : undefined;
}
/** Kinds nobody is asked to run in the sense of leading: a person, a country. */
const LEADERLESS: ReadonlySet<string> = new Set(["person", "country"]);

/**
 * The fact names a leader of one of the bodies by title: "the Secretary General of the CFPC",
 * "CFPC Executive Director …", "the council's chair" (a title WordNet puts under "leader").
 */
export function namesTheLeader(bodies: readonly string[], indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const [sentence = []] = factSequences(indexed.fact);
  // One holder: "the CFPC ministers" are its members' ministers, not its head.
  const titleAt = (from: number, to: number) =>
    from >= 0 &&
    to <= sentence.length &&
    from < to &&
    !PLURAL_S.test(sentence[to - 1]!.word) &&
    isLeaderTitle(wordsBetween(sentence, from, to));
  for (const id of bodies) {
    const entity = kb.entity(id);
    if (!entity) continue;
    for (const name of entityWords(entity).names) {
      for (const at of namePositions(sentence, name)) {
        const of = sentence[at - 1]?.word === "the" ? at - 2 : at - 1;
        if (sentence[of]?.word === "of" && (titleAt(of - 2, of) || titleAt(of - 1, of))) return true;
        const after = at + name.length + (sentence[at + name.length]?.word === "s" ? 1 : 0);
        if (titleAt(after, after + 2) && !headsAPart(sentence, after + 2)) return true;
        if (titleAt(after, after + 1) && !headsAPart(sentence, after + 1)) return true;
      }
    }
  }
  return false;
}

/**
 * Every word of the fact that stands for the question's word is in a name that goes on past a
 * possessive ("the Vice President's Office", "the Minister's Cabinet"): the name of what belongs to
 * the one with that title, not the title of anyone the fact names. (Not where the question says
 * the possessive itself: "who spoke for the President's Office?")
 */
function onlyInAnOfficesName(term: Term, plan: QueryPlan, indexed: IndexedFact): boolean {
  if (plan.text.toLowerCase().includes(`${term.word}'s`) || plan.words[term.position + 1] === "s")
    return false;
  const [sentence = []] = factSequences(indexed.fact);
  let found = false;
  for (let at = 0; at < sentence.length; at++) {
    if ((term.alternatives.get(sentence[at]!.stem) ?? 0) < STRONG_MATCH) continue;
    let end = at;
    while (end < sentence.length && sentence[end]!.nameLike && !sentence[end]!.possessive) end++;
    const owner = sentence[end];
    if (!sentence[at]!.nameLike || !owner?.nameLike || !owner.possessive || !sentence[end + 1]?.nameLike)
      return false;
    found = true;
  }
  return found;
}

/** How far after the verb of leading the body's name may stand to be what was led. */
const LED_REACH = 8;

/**
 * Every verb of leading in the fact has another thing as its object, the body named only after it
 * and "of" ("led the seabed survey of the park", "heads the legal team of the commission"): the
 * fact tells who led that thing, not who leads the body (unless the question asks of that thing).
 */
function ledAPartOf(
  bodies: readonly string[],
  term: Term,
  indexed: IndexedFact,
  context: ScoringContext,
): boolean {
  const kb = context.kb;
  const [sentence = []] = factSequences(indexed.fact);
  const verbs = sentence.flatMap((token, at) =>
    !token.nameLike && (term.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH ? [at] : [],
  );
  if (verbs.length === 0) return false;
  const named = bodies.flatMap((id) => {
    const entity = kb.entity(id);
    return entity ? entityWords(entity).names.flatMap((name) => namePositions(sentence, name)) : [];
  });
  return verbs.every((verb) => {
    const body = named.filter((at) => at > verb && at - verb <= LED_REACH).sort((a, b) => a - b)[0];
    if (body === undefined) return false;
    const of = sentence.findIndex((token, at) => at > verb + 1 && at < body && token.word === "of");
    const owner = sentence[of - 1];
    // (Unless that thing is the one asked: "who heads the forecasting centre of the system?")
    return (
      of > 0 &&
      !!owner &&
      !owner.nameLike &&
      !DETERMINERS.has(owner.word) &&
      !context.askedStems.has(owner.stem)
    );
  });
}

/**
 * A title followed by "of" and a common word heads a part of the body, not the body: "the
 * agency's director of overseas placement" (not "its head of the board", "of the Agency").
 */
function headsAPart(sentence: readonly Token[], end: number): boolean {
  const next = sentence[end + 1];
  return sentence[end]?.word === "of" && !!next && !next.nameLike && !DETERMINERS.has(next.word);
}

function wordsBetween(sentence: readonly Token[], from: number, to: number): string {
  return sentence
    .slice(from, to)
    .map((token) => token.word)
    .join(" ");
}

/**
 * "Is Grenada still against applying the code to small homes?": how much of the question two
 * accounts of one thing carry together, the earlier that says the state asked and the later that
 * tells what became of it, each word and name taken from whichever has it better (a time word
 * such as "still" is the question's constraint, no word to find).
 */
export function jointShare(
  plan: QueryPlan,
  facts: readonly IndexedFact[],
  kb: KnowledgeBase,
  time: TimeConstraint | undefined,
  stateLeftOut = false,
): number {
  const context = scoringContext(plan, kb, time);
  if (context.weight <= 0) return 0;
  let found = 0;
  let weight = context.weight;
  // "Is Thailand still *outside* the talks?", "is the factory still *going ahead*?" put to an
  // account and the later one that changed it: the state right after "still", which neither
  // says, is what the change denies in words of its own (two words at most, up to the first
  // word either account has: "the talks" must still be theirs).
  const still = stateLeftOut ? plan.words.indexOf("still") : -1;
  let stateEnds = still < 0 ? still : still + 1;
  const matched = plan.terms.map((_, i) =>
    plan.terms[i]!.timeWord ? 1 : Math.max(...facts.map((f) => termMatch(plan, i, f, context))),
  );
  if (still >= 0) {
    for (let at = still + 1; at <= still + STATE_WORDS; at++) {
      const word = plan.words[at];
      if (word === undefined || STOPWORDS.has(word)) break;
      const index = plan.terms.findIndex((t) => t.position === at);
      const unknown = plan.unknown.find((u) => u.word.toLowerCase() === word);
      // (A word that weighs nothing, "going", is passed over.)
      if (index >= 0 && matched[index]! >= STRONG_MATCH) break;
      if (index >= 0) weight -= plan.terms[index]!.weight;
      else if (unknown) weight -= unknown.manner ? UNKNOWN_MANNER_WEIGHT : UNKNOWN_WEIGHT;
      stateEnds = at + 1;
    }
  }
  for (let i = 0; i < plan.terms.length; i++) {
    const term = plan.terms[i]!;
    if (term.position > still && term.position < stateEnds) continue;
    found += term.weight * matched[i]!;
  }
  for (let i = 0; i < plan.mentions.length; i++) {
    found += MENTION_WEIGHT * Math.max(...facts.map((f) => mentionMatch(plan, i, f, kb)));
  }
  return weight > 0 ? found / weight : 0;
}

/** How many words after "still" may be the state an account changed (`jointShare`). */
const STATE_WORDS = 2;

/** How well a fact has a content word: in its own text, its entities' names or its event's title. */
export function termMatch(
  plan: QueryPlan,
  index: number,
  indexed: IndexedFact,
  context: ScoringContext,
): number {
  const term = plan.terms[index]!;
  const alternatives = alternativesRead(term, context);
  let best = 0;
  for (let a = 0; a < alternatives.length; a++) {
    const { number, strength } = alternatives[a]!;
    const present = number === undefined ? undefined : indexed.terms.strengthOf(number);
    if (present !== undefined && present * strength > best) best = present * strength;
  }
  if (best >= 1) return best;
  if (term.pair && hasPair(indexed, term.pair)) return 1;
  best = Math.max(best, pairStrength(term, indexed, best));
  // Context words (entity names and descriptions, the event's title) are looked up per leading
  // fact, not gathered per question: a word like "meets" can be in every event title.
  const event = indexed.fact.event;
  for (let a = 0; a < alternatives.length; a++) {
    const { stem, strength, strongestEntity } = alternatives[a]!;
    // No entity has the stem more strongly than the strongest that has it: below what the fact
    // has already, its entities need no lookup.
    if (strongestEntity * strength > best) {
      for (const id of indexed.fact.entities) {
        const present = context.kb.entityTermStrength(id, stem);
        if (present * strength > best) best = present * strength;
      }
    }
    if (event) {
      const present = context.kb.eventTermStrength(event, stem);
      if (present * strength > best) best = present * strength;
    }
  }
  return best;
}

/** A content word's alternatives as `termMatch` reads them on every fact it scores. */
interface AlternativeRead {
  stem: string;
  /** The stem's number (terms.ts); none when no fact's text has it. */
  number: number | undefined;
  strength: number;
  /** The most any entity has the stem (`KnowledgeBase.strongestEntityWithStem`). */
  strongestEntity: number;
}

/** The term's alternatives with their stem numbers, looked up once per question and term. */
function alternativesRead(term: Term, context: ScoringContext): readonly AlternativeRead[] {
  let read = context.alternativesRead.get(term);
  if (!read) {
    read = [...term.alternatives].map(([stem, strength]) => ({
      stem,
      number: knownStemNumber(stem),
      strength,
      strongestEntity: context.kb.strongestEntityWithStem(stem),
    }));
    context.alternativesRead.set(term, read);
  }
  return read;
}

/** The fact says the verb with its particle right after it ("took over"). */
/**
 * How strongly the fact says one of the two-word verbs that stand for the term ("sets up" for
 * "establish"), when more strongly than `above`; 0 if none.
 */
export function pairStrength(term: Term, indexed: IndexedFact, above = 0): number {
  const pairs = term.pairs;
  if (!pairs) return 0;
  let best = 0;
  for (let p = 0; p < pairs.length; p++) {
    const { pair, strength } = pairs[p]!;
    if (strength > Math.max(best, above) && hasPair(indexed, pair)) best = strength;
  }
  return best;
}

export function hasPair(indexed: IndexedFact, [verb, particle]: readonly [string, string]): boolean {
  if (!indexed.terms.has(verb)) return false;
  const [statement = []] = factSequences(indexed.fact);
  return statement.some((token, i) => token.stem === verb && statement[i + 1]?.word === particle);
}

/**
 * A word naming a kind of entity is covered by a fact about one (1), or by the people of the
 * fact's event ("What did the leaders discuss?"), as a mention of them would be.
 */
// The functions below run on each of a question's hundreds of leading facts: plain loops, not
// callbacks capturing the fact (a closure and an iterator per fact were much of a question's garbage).

export function kindStrength(kinds: readonly EntityKind[], indexed: IndexedFact, kb: KnowledgeBase): number {
  for (let k = 0; k < kinds.length; k++) if (indexed.kinds.includes(kinds[k]!)) return 1;
  if (indexed.eventEntities.size === 0) return 0;
  for (const id of indexed.eventEntities) {
    const kind = kb.entity(id)?.kind;
    if (kind && kinds.includes(kind)) return EVENT_CONTEXT;
  }
  return 0;
}

export const SUBJECT_BONUS = 0.05;
/**
 * A why-question asking for someone's reason (`asksWhySaid`): a fact that argues (`arguesForIt`)
 * ranks above remarks that only tell what was wanted or decided, whose coverage is as high.
 */
export const ARGUED_BONUS = 0.06;

/** A fact that matches only by the kinds of its entities cannot answer, whatever else it has. */
export const KIND_ONLY = 0.5;
/** Nor can one that has the names asked about but none of the question's words, only their context. */
export const NAMES_ONLY = 0.8;
/** A when-question's date comes from a fact that has every word asked, or it is another day's. */
export const WHEN_MISSES_A_WORD = 0.8;
/** The fact has a verb that shares the asked verb's commonest sense (`commonestSenseSynonyms`). */
function saysItsCommonestSense(term: Term, indexed: IndexedFact): boolean {
  for (const stem of commonestSenseSynonyms(term.word)) if (indexed.terms.has(stem)) return true;
  return saysAPlainerAct(term, indexed);
}

/** A choice is dated by the decision that made it ("the commission decided on 7 July"). */
function saysAPlainerAct(term: Term, indexed: IndexedFact): boolean {
  for (const plainer of plainerActsOfMind(term.word, true))
    if (indexed.terms.has(stemOf(plainer))) return true;
  return false;
}

/**
 * A verb WordNet gives as one of the asked verb's synonyms in its commonest sense ("when did the
 * trucks start using it?" against "trucks began using it on 14 September 2026", "begin" against
 * "due to start") says the act a fact dated itself is of: only a word not said even so misses it
 * ("extended" is not said by "go", a synonym of a rarer sense). A fact with no date of its own gets
 * its time from its sentence, which may be another clause's: there every word asked must be said.
 * Coverage still counts the synonym as less than the word itself.
 */
export const WHEN_WORD_SAID = 0.65;
/** How much an entity the fact's event title names supports a mention of it. */
export const EVENT_TITLE = 0.6;

const LOCATIVE = new Set(["in", "at"]);
/**
 * The fact tells of someone's earlier doings at another place or meeting, in a clause of the past
 * before its own ("Rahman-Sikder became minister …, replacing Mollah, who had held the post since
 * 2024 and led the talks in Kathmandu", filed under the Dhaka signing): what that clause tells was
 * not done at the meeting the fact is of.
 */
function toldElsewhere(
  indexed: IndexedFact,
  asked: readonly string[],
  event: string,
  kb: KnowledgeBase,
): boolean {
  const statement = indexed.fact.statement;
  const earlier = EARLIER_CLAUSE.exec(statement);
  if (!earlier) return false;
  const own = kb.namedInPlace(event);
  for (const id of kb.namedInText(statement.slice(earlier.index))) {
    if (asked.includes(id) || own.has(id)) continue;
    const kind = kb.entity(id)?.kind;
    if (kind === "place" || kind === "event") return true;
  }
  return false;
}
/**
 * The question's words that the fact says are all said in its clause of earlier doings (after
 * "who had"), none before it.
 */
function askedOnlyOfTheEarlierClause(plan: QueryPlan, indexed: IndexedFact): boolean {
  const [sentence = []] = factSequences(indexed.fact);
  const opens = sentence.findIndex(
    (token, i) => (token.word === "who" || token.word === "which") && sentence[i + 1]?.word === "had",
  );
  if (opens < 0) return false;
  let saidInIt = false;
  for (const term of plan.terms) {
    if (term.weight < 1) continue;
    const at = sentence.findIndex((token) => (term.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH);
    if (at < 0) continue;
    if (at < opens) return false;
    saidInIt = true;
  }
  return saidInIt;
}
/** "…, who had led", "which had met": a clause of what was done before the fact's own time. */
const EARLIER_CLAUSE = /\b(?:who|which) had\b/i;

/** Held where the question says: as good as naming the place, a little short of saying it. */
export const HELD_THERE = 0.95;

/** Nouns that end a phrase naming a meeting ("at the Djerba *talks*"). */
const MEETING_PHRASE_NOUNS: ReadonlySet<string> = new Set([...meetingNounsBut(), ...ANY_MEETING_NOUNS]);
/** Nouns that fit any meeting, whatever its kind: the phrase's kind of meeting they do not narrow. */
const ANY_MEETING: ReadonlySet<string> = new Set(ANY_MEETING_NOUNS);
/**
 * Words that open a phrase naming the meeting something was done at ("*at* the Djerba talks"), or
 * done for ("didn't travel to Galway *for* the Corrib-Hekla signing": the signing held there).
 * Not "in": "was Thailand in the Malacca talks", "who took part in the talks" ask who was in them;
 * nor "during": "what was discussed during the Montevideo talks?" asks for the meeting as a whole.
 */
const MEETING_PHRASE_OPENERS: ReadonlySet<string> = new Set(["at", "for"]);
/** The most words between "the" and the meeting noun ("the Reykjavik cable and ship talks"). */
const MEETING_PHRASE_REACH = 6;
/** Words that end a meeting's phrase looking back: a clause or another phrase begins there. */
const MEETING_PHRASE_BREAKS: ReadonlySet<string> = new Set([
  ...MEETING_PHRASE_OPENERS,
  "in",
  "during",
  "on",
  "of",
  "for",
  "with",
  "to",
  "from",
  "by",
  "about",
  "what",
  "which",
  "who",
  "did",
  "does",
  "do",
  "was",
  "were",
  "is",
  "are",
]);
const meetingPhrases = new WeakMap<QueryPlan, ReadonlySet<number>>();

/**
 * The positions of the question's words that name the meeting something was done at: "at the
 * Djerba talks", "at the Al Khobar causeway talks" (the words from "the" to the meeting noun).
 * A fact of that meeting holds them through its meeting (its place, its title), not in its words.
 */
export function meetingPhrase(plan: QueryPlan): ReadonlySet<number> {
  const found = meetingPhrases.get(plan);
  if (found) return found;
  const positions = new Set<number>();
  const words = plan.words;
  meetingPhrases.set(plan, positions);
  for (let end = 0; end < words.length; end++) {
    if (!MEETING_PHRASE_NOUNS.has(words[end]!)) continue;
    for (let at = end - 1; at >= Math.max(1, end - MEETING_PHRASE_REACH - 1); at--) {
      const word = words[at]!;
      if (word === "the") {
        if (at < end - 1 && MEETING_PHRASE_OPENERS.has(words[at - 1]!)) {
          for (let p = at + 1; p <= end; p++) positions.add(p);
        }
        break;
      }
      if (MEETING_PHRASE_BREAKS.has(word)) break;
    }
  }
  // "What did Singapore want at the first Malacca meeting?" asks nothing but who and where: the
  // meeting says where something was done, not what, and a question that asks no word beside it
  // is not answered by its meeting.
  const asksBeside = plan.terms.some(
    (term) =>
      term.weight >= 1 &&
      term.kinds.length === 0 &&
      !positions.has(term.position) &&
      !ALL_DIGITS.test(term.word),
  );
  if (!asksBeside) positions.clear();
  return positions;
}

function inMeetingPhrase(plan: QueryPlan, position: number): boolean {
  const phrase = meetingPhrase(plan);
  return phrase.size > 0 && phrase.has(position);
}

/** `meetingHoldsPhrase`'s last answer: asked for each word and name of the phrase of one fact. */
let heldPhrase: { plan: QueryPlan | undefined; indexed: IndexedFact | undefined; held: boolean } = {
  plan: undefined,
  indexed: undefined,
  held: false,
};

/**
 * The fact's meeting is the one the question's phrase names: each word and name of "the Al Khobar
 * causeway talks" is the fact's own or its meeting's (its title, its place). A meeting that holds
 * part of it ("the Malacca signing" against the Jakarta round of the Malacca talks) is another one.
 * (A month, "the November meeting", is the meeting's date, which `heldInTheMonthAsked` reads.)
 */
function meetingHoldsPhrase(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  if (heldPhrase.plan === plan && heldPhrase.indexed === indexed) return heldPhrase.held;
  const held = phraseHeld(plan, indexed, kb);
  heldPhrase = { plan, indexed, held };
  return held;
}

function phraseHeld(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const event = indexed.fact.event;
  const phrase = meetingPhrase(plan);
  if (!event || phrase.size === 0) return false;
  // The meeting says where; what is asked beside it the fact must say: one word of it missed may
  // be said otherwise ("argue" by "said"), more is another matter told at the same meeting.
  let missed = 0;
  for (const term of plan.terms) {
    if (phrase.has(term.position) || term.weight < 1 || term.kinds.length > 0 || ALL_DIGITS.test(term.word))
      continue;
    if (!saysTheWord(term, indexed) && ++missed > 1) return false;
  }
  for (const term of plan.terms) {
    if (!phrase.has(term.position) || MONTH_WORDS.has(term.word)) continue;
    // "At the La Unión *talks*" of a meeting its record calls a "session": a noun that fits any
    // meeting (`ANY_MEETING_NOUNS`) says only that it was one, which every fact's meeting is; the
    // phrase's other words (its place, its subject) still say which.
    if (ANY_MEETING.has(term.word)) continue;
    let held = false;
    for (const [stem, strength] of term.alternatives) {
      if (strength < STRONG_MATCH) continue;
      if (
        kb.eventTermStrength(event, stem) > 0 ||
        (indexed.terms.get(stem) ?? 0) * strength >= STRONG_MATCH
      ) {
        held = true;
        break;
      }
    }
    if (!held) return false;
  }
  const place = kb.namedInPlace(event);
  for (const mention of plan.mentions) {
    if (!phrase.has(mention.position)) continue;
    const held = mention.entityIds.some(
      (id) =>
        indexed.entities.includes(id) ||
        place.has(id) ||
        indexed.eventNamed.has(id) ||
        namedInText(id, indexed, kb),
    );
    if (!held) return false;
  }
  return true;
}
const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS.map((month) => month.toLowerCase()));

/** The fact's own words (or keywords) say the term, or a word that stands for it strongly. */
function saysTheWord(term: Term, indexed: IndexedFact): boolean {
  for (const [stem, strength] of term.alternatives)
    if ((indexed.terms.get(stem) ?? 0) * strength >= STRONG_MATCH) return true;
  return false;
}

/**
 * How strongly the fact's meeting holds a word of the phrase that names it ("causeway", "talks" of
 * "at the Al Khobar causeway talks", its title "Second round of Saudi–Bahrain causeway talks"): as
 * a name of its place is held (0 when the word is elsewhere, or the title lacks it).
 */
export function heldByTheMeeting(
  term: Term,
  plan: QueryPlan,
  indexed: IndexedFact,
  kb: KnowledgeBase,
): number {
  const event = indexed.fact.event;
  // (A meeting noun the question weighs lightly, "at the Praia session", says little of which
  // meeting: held by all its facts alike, it would only make them rivals.)
  if (
    !event ||
    term.weight < 1 ||
    !inMeetingPhrase(plan, term.position) ||
    !meetingHoldsPhrase(plan, indexed, kb)
  )
    return 0;
  let best = 0;
  for (const [stem, strength] of term.alternatives) {
    if (strength >= STRONG_MATCH && HELD_THERE * strength > best && kb.eventTermStrength(event, stem) > 0)
      best = HELD_THERE * strength;
  }
  return best;
}

/** How much the fact's event (its participants) supports a word or a mention the fact itself lacks. */
export const EVENT_CONTEXT = 0.8;

export function mentionMatch(
  plan: QueryPlan,
  index: number,
  indexed: IndexedFact,
  kb: KnowledgeBase,
): number {
  const ids = plan.mentions[index]!.entityIds;
  for (let i = 0; i < ids.length; i++) if (indexed.entities.includes(ids[i]!)) return 1;
  // "What did she say in Accra?": a fact of the meeting held there happened there. Only where the
  // place says where something was done ("how many people live in Vilnius" asks about the place),
  // and not what the fact tells of doings elsewhere (`toldElsewhere`).
  const event = indexed.fact.event;
  if (
    event &&
    !plan.quantity &&
    LOCATIVE.has(plan.words[plan.mentions[index]!.position - 1] ?? "") &&
    ids.some((id) => kb.entity(id)?.kind === "place" && kb.namedInPlace(event).has(id))
  ) {
    if (!toldElsewhere(indexed, ids, event, kb)) return HELD_THERE;
    // "Who led the talks in Darra?" of "…, replacing Rai Mol, who had … led the talks in Lumen":
    // what is asked is told only of the doings elsewhere, so the meeting's place does not hold it.
    if (askedOnlyOfTheEarlierClause(plan, indexed)) return 0;
  }
  // "What did Libya refuse at the Djerba talks?": a name in the phrase that names the meeting is
  // held by a fact of that meeting when its place or its title names it, as "in Djerba" is.
  if (
    event &&
    inMeetingPhrase(plan, plan.mentions[index]!.position) &&
    ids.some((id) => kb.namedInPlace(event).has(id) || indexed.eventNamed.has(id)) &&
    !toldElsewhere(indexed, ids, event, kb) &&
    meetingHoldsPhrase(plan, indexed, kb)
  )
    return HELD_THERE;
  // "What did Cuba turn down at the November meeting?" where "the November meeting" is the alias of
  // another story's meeting: the phrase names, by its month, the meeting of that month the fact is
  // of, when the fact has the question's other names (Cuba) and not the meeting the alias is of.
  if (
    event &&
    inMeetingPhrase(plan, plan.mentions[index]!.position) &&
    monthMeetingOfTheFact(plan, index, indexed, kb)
  )
    return HELD_THERE;
  // "When is the next CFPC ministerial meeting?" where "CFPC ministerial meeting" names the last
  // one held: what that meeting's facts say of the meeting to come ("the CFPC ministers will meet
  // next in Poprad") is of the next one, which the question names by the series.
  if (
    event &&
    NEXT_OF.has(plan.words[plan.mentions[index]!.position - 1] ?? "") &&
    nextOfTheSeries(ids, indexed, kb)
  )
    return 1;
  for (let i = 0; i < ids.length; i++) if (namedInText(ids[i]!, indexed, kb)) return NAMED_IN_TEXT;
  for (let i = 0; i < ids.length; i++) if (indexed.eventEntities.has(ids[i]!)) return EVENT_CONTEXT;
  for (let i = 0; i < ids.length; i++) if (indexed.eventNamed.has(ids[i]!)) return EVENT_TITLE;
  return 0;
}

/** Words before a meeting's name that ask for the one to come: "the next CFPC ministerial meeting". */
const NEXT_OF: ReadonlySet<string> = new Set(["next", "upcoming", "following", "forthcoming"]);
/** A sentence that tells of a meeting to come: "will meet next", "will next meet", "its next session". */
const MEETING_TO_COME =
  /\b(?:will (?:next )?(?:meet|reconvene)|meet (?:again|next)|next (?:[\w-]+ ){0,2}?(?:meeting|talks|round|session))\b/i;

/**
 * The fact is of the meeting the name is of (a meeting, not a body or a place) and tells of the
 * meeting to come after it.
 */
function nextOfTheSeries(ids: readonly string[], indexed: IndexedFact, kb: KnowledgeBase): boolean {
  let ofIt = false;
  for (let i = 0; i < ids.length; i++) {
    if (kb.entity(ids[i]!)?.kind !== "event") return false;
    if (indexed.eventEntities.has(ids[i]!) || indexed.eventNamed.has(ids[i]!)) ofIt = true;
  }
  return ofIt && MEETING_TO_COME.test(indexed.fact.statement);
}

function monthMeetingOfTheFact(
  plan: QueryPlan,
  index: number,
  indexed: IndexedFact,
  kb: KnowledgeBase,
): boolean {
  const mention = plan.mentions[index]!;
  if (!mention.entityIds.every((id) => kb.entity(id)?.kind === "event")) return false;
  const month = plan.words
    .slice(mention.position, mention.position + mention.length)
    .findIndex((word) => MONTH_WORDS.has(word));
  if (month < 0) return false;
  const asked = MONTH_WORDS_IN_ORDER.indexOf(plan.words[mention.position + month]!) + 1;
  const date = kb.event(indexed.fact.event!)?.date ?? indexed.fact.date;
  if (!date || Number(date.slice(5, 7)) !== asked) return false;
  const others = plan.mentions.filter((_, i) => i !== index);
  return (
    others.length > 0 && others.every((other) => other.entityIds.some((id) => indexed.entities.includes(id)))
  );
}
const MONTH_WORDS_IN_ORDER: readonly string[] = MONTHS.map((month) => month.toLowerCase());

/**
 * A fact its curator did not link to an entity may still name it in so many words: "the first 48
 * Osogovo park rangers" names the Osogovo park, and "signed the Kribi agreement" Kribi, the town.
 * Weaker than a link (the fact may be about something else that bears the name), and no answer to
 * what the named thing is (see `verify`).
 */
export const NAMED_IN_TEXT = 0.9;

export function namedInText(id: string, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const entity = kb.entity(id);
  if (!entity) return false;
  const names = namesOf(entity);
  for (let n = 0; n < names.length; n++) if (saysName(names[n]!, indexed)) return true;
  return false;
}

/** One of an entity's names as a fact's text may say it. */
export interface SaidName {
  /** Its words as written, function words kept ("Bank of Ghana"). */
  words: readonly string[];
  /** The stems of its other words. */
  stems: readonly string[];
}

/**
 * The fact's statement or quote says the name: has its words, one after the other ("the first 48
 * Osogovo park rangers" says "Osogovo park"). Words of the name apart in the sentence ("a
 * memorandum on hydropower exports … the full agreement") say no name.
 */
export function saysName(name: SaidName, indexed: IndexedFact): boolean {
  if (!saysEvery(name.stems, indexed)) return false;
  if (name.words.length === 1) return true;
  const [statement, quote] = factSequences(indexed.fact);
  return namedIn(statement!, name.words) || (quote !== statement && namedIn(quote!, name.words));
}

/**
 * The fact's statement or quote has every one of the stems (a keyword is no saying of a name: it
 * says what the fact is about, not what it names).
 */
function saysEvery(stems: readonly string[], indexed: IndexedFact): boolean {
  for (let w = 0; w < stems.length; w++) if (!((indexed.terms.get(stems[w]!) ?? 0) >= SAID)) return false;
  return true;
}

/** The strength a fact's statement or quote gives its words (see `FIELD_STRENGTH`). */
const SAID = 1;

/**
 * Each of an entity's names that can name it in a fact's text, worked out once per entity record
 * instead of once per fact scored.
 */
const saidNames = new WeakMap<Entity, readonly SaidName[]>();

export function namesOf(entity: Entity): readonly SaidName[] {
  let names = saidNames.get(entity);
  if (!names) {
    const found: SaidName[] = [];
    names = found;
    for (const name of entityWords(entity).names) {
      const words = name.filter((word) => !STOPWORDS.has(word));
      // One word names it only when it is no English word ("Riga" in "the Vilnius–Riga line"; not
      // "Turkey").
      const enough = words.length >= 2 || (words.length === 1 && !isEnglishWord(words[0]!));
      if (enough) found.push({ words: name, stems: words.map((word) => stemOf(word)) });
    }
    saidNames.set(entity, names);
  }
  return names;
}

/**
 * The fact names a country, person or body the question does not, of the kind of one it does
 * ("another"); or, asked where in a country, a place the store puts in another ("elsewhere").
 */
function namesAnotherOfItsKind(
  ids: readonly string[],
  indexed: IndexedFact,
  context: ScoringContext,
  kb: KnowledgeBase,
  /** The name says where ("in Thailand"): a place elsewhere stands in its place too. */
  where = false,
): "another" | "elsewhere" | undefined {
  // The replaceable kinds of the entities named, read without a set per fact (a name is one or
  // two entities).
  let any = false;
  for (let i = 0; i < ids.length && !any; i++) any = replaceableKindOf(kb.entity(ids[i]!)?.kind, ids, kb);
  if (!any) return undefined;
  const entities = indexed.fact.entities;
  let found: "another" | "elsewhere" | undefined;
  for (let e = 0; e < entities.length; e++) {
    const id = entities[e]!;
    // ("What did the Kazakh minister say about the Mongolian model?": "Kazakhstan's rural districts"
    // is the speaker's own country, not another in Mongolia's place.)
    if (context.mentioned.has(id) || context.peoplesCountries.has(id)) continue;
    if (where && replaceableKindOf("country", ids, kb) && placeElsewhere(id, ids, context.mentioned, kb))
      return "elsewhere";
    if (replaceableKindOf(kb.entity(id)?.kind ?? "other", ids, kb)) found = "another";
  }
  return found;
}

/** The kind is a replaceable one, and the kind of one of the entities. */
function replaceableKindOf(kind: EntityKind | undefined, ids: readonly string[], kb: KnowledgeBase): boolean {
  if (!kind || !REPLACEABLE.has(kind)) return false;
  for (let i = 0; i < ids.length; i++) if (kb.entity(ids[i]!)?.kind === kind) return true;
  return false;
}

/**
 * "Where will the SMSC open its office in Thailand?" against "… in Port Klang", a Malaysian port:
 * a place the store puts in another country stands where the country asked should.
 */
function placeElsewhere(
  id: string,
  asked: readonly string[],
  mentioned: ReadonlySet<string>,
  kb: KnowledgeBase,
): boolean {
  if (kb.entity(id)?.kind !== "place") return false;
  // (One country only: a sea that several countries border is in none of them.)
  const countries = [...kb.namedInDescription(id)].filter((other) => kb.entity(other)?.kind === "country");
  // ("Where is the centre for Mongolian workers in Korea?": a centre described as "for Mongolian
  // workers" names the country the question names too, whose people it serves, not another place.)
  return countries.length === 1 && !asked.includes(countries[0]!) && !mentioned.has(countries[0]!);
}

/** What is left of a fact's coverage when its place is in another country than the one asked (as `CONTRADICTED`). */
const PLACED_ELSEWHERE = 0.6;

const REPLACEABLE = new Set<EntityKind>(["country", "person", "organization"]);

/** One of the fact's entities is described by the name ("Foreign Minister of Mongolia" for Mongolia). */
export function describes(ids: readonly string[], indexed: IndexedFact, kb: KnowledgeBase): boolean {
  for (let e = 0; e < indexed.entities.length; e++) {
    const entity = indexed.entities[e]!;
    for (let i = 0; i < ids.length; i++) if (kb.namedInDescription(entity).has(ids[i]!)) return true;
  }
  return false;
}

/** Joins two names into the pair who met ("Aliyev and Sarybay", "Kyrgyzstan with Tajikistan"). */
const PAIRING = new Set(["and", "with", "&"]);

/**
 * The question names exactly two of the fact's meeting's participants, joined ("X and Y"), and the
 * fact names neither: the pair stands for their meeting.
 */
function namesTheMeeting(plan: QueryPlan, strengths: Float64Array): boolean {
  if (plan.mentions.length !== 2 || strengths[0] !== EVENT_CONTEXT || strengths[1] !== EVENT_CONTEXT)
    return false;
  const [first, second] = plan.mentions as [Mention, Mention];
  const between = plan.words.slice(first.position + first.length, second.position);
  return between.length === 1 && PAIRING.has(between[0]!);
}

export function score(
  plan: QueryPlan,
  indexed: IndexedFact,
  kb: KnowledgeBase,
  context: ScoringContext,
): Match {
  return lastMatch(indexed, weigh(plan, indexed, kb, context));
}

/**
 * What `weigh` found for the fact it read last, beside the rank it returned: the Match is made
 * (`lastMatch`) only for a fact that is kept, most of those a question scores are not.
 */
const last = {
  coverage: 0,
  share: 0,
  said: 0,
  needs: 0,
  vague: 0,
  namesInFact: 0,
  namesInMeeting: 0,
  namesDescribed: 0,
  namesMissing: 0,
  namesUntold: 0,
  namesReplaced: 0,
  wordsMissing: 0,
  weakestWord: 0,
  verb: 0,
  slotMissing: 0,
  slotMissed: [] as readonly number[],
  slotNamesUnsaid: 0,
  saidByAsked: false,
};

/** The Match of the fact `weigh` read last, at the rank it returned. */
export function lastMatch(indexed: IndexedFact, rank: number): Match {
  return {
    indexed,
    coverage: last.coverage,
    rank,
    evidence: {
      found: last.share,
      said: last.said,
      needs: last.needs,
      vague: last.vague,
      apart: 0,
      contradicted: false,
      namesInFact: last.namesInFact,
      namesInMeeting: last.namesInMeeting,
      namesDescribed: last.namesDescribed,
      namesMissing: last.namesMissing,
      namesUntold: last.namesUntold,
      namesReplaced: last.namesReplaced,
      wordsMissing: last.wordsMissing,
      weakestWord: last.weakestWord,
      verb: last.verb,
      slotMissing: last.slotMissing,
      slotMissed: last.slotMissed,
      slotNamesUnsaid: last.slotNamesUnsaid,
      ...(last.saidByAsked ? { saidByAsked: true as const } : {}),
    },
  };
}

/**
 * A number (a year) among a question's words. (A regex literal in a function is a new RegExp
 * object each time it is evaluated: garbage per term of each of the hundreds of facts weighed.)
 */
const ALL_DIGITS = /^\d+$/;
/** Below this a word of the answer's slot is not held (a WordNet link, 0.65, holds it). */
const SLOT_HELD = 0.6;

/**
 * The fact says a word for a kind of the asked word, which holds it ("a tanker" is a "vessel",
 * "a memorandum" a "document"): one rule for the slot's veto and for its evidence.
 */
export function saysAKindOf(indexed: IndexedFact, asked: string): boolean {
  const [sentence = []] = factSequences(indexed.fact);
  // (Someone asked for, "which engineering *firm*", is named by a word for them, not through the
  // domain's families: "site" is a family member of "newspaper" as an outlet, which WordNet files
  // under firms, but a site is no firm.)
  const family = !namesAgent(asked);
  return sentence.some(
    (token) =>
      !token.nameLike &&
      token.word.length > 2 &&
      !STOPWORDS.has(token.word) &&
      (isKindOf(token.word, asked) ||
        (family && (FAMILY_OF_WORD.get(token.word)?.some((w) => isKindOf(w, asked)) ?? false))),
  );
}

/**
 * A word's family in the store's domain words: WordNet files a "treaty" under documents but not a
 * "memorandum", which the domain counts as one more word for an agreement.
 */
const FAMILY_OF_WORD = new Map<string, readonly string[]>();
for (const family of SYNONYM_FAMILIES) {
  const words = family.filter((word) => !word.includes(" "));
  for (const word of words) FAMILY_OF_WORD.set(word, words);
}

/**
 * "Which four companies bid for the bridge?": a word of the answer's slot, counted, that the fact
 * has only among its curated keywords ("companies", filed beside "drew four bids") names nothing
 * the fact says; the answer must name the things counted in its own sentence or through an entity
 * it names. (Every slot word held only by keywords was tried: 2 dev wrong answers fewer for 8
 * right ones lost, "which company won the tender?" among them.)
 */
function countedAsked(plan: QueryPlan, term: Term): boolean {
  const before = plan.words[term.position - 1] ?? "";
  return NUMBER_WORDS.has(before) || ALL_DIGITS.test(before);
}

function onlyAKeyword(term: Term, indexed: IndexedFact, context: ScoringContext): boolean {
  const [statement = [], quote = []] = factSequences(indexed.fact);
  for (const [stem, strength] of term.alternatives) {
    if (strength < SLOT_HELD) continue;
    for (const token of statement) if (token.stem === stem) return false;
    for (const token of quote) if (token.stem === stem) return false;
    for (const id of indexed.fact.entities)
      if (context.kb.entityTermStrength(id, stem) * strength >= SLOT_HELD) return false;
  }
  return true;
}

/** Words before a word that make it a state ("left open", "still open", "remains closed"), not an act. */
const STATE_BEFORE: ReadonlySet<string> = new Set([
  "left",
  "leave",
  "leaves",
  "leaving",
  "remain",
  "remains",
  "remained",
  "remaining",
  "still",
  "stay",
  "stays",
  "stayed",
  "kept",
  "keep",
  "keeps",
]);

/**
 * How strongly a light verb a figure is asked with meets a fact that states that figure: as a
 * synonym that counts as said ("how many mourners *came* to the square?" against "about 35,000
 * mourners filled the square"): articles say the figure with a verb of their own.
 */
const FIGURE_VERB_MET = STRONG_MATCH;

/** "How far", "how deep", "how long": the word after "how" that asks a measure. */
function figureWord(term: Term, plan: QueryPlan): boolean {
  return plan.words[term.position - 1] === "how" && (term.word === "long" || measureAsked(term, plan));
}

/**
 * Per term, whether it is a light verb (`isLightVerb`: going, coming, seeing) a question asking a
 * figure ("how much", "how many", "how far", "how long") says that figure with: said as a verb
 * (its "-ing" after "be", its past, after an auxiliary or "to", a word that is no noun, or the
 * question's last word after its auxiliary), not the measure word itself. Undefined when the
 * question asks no figure or has no such verb. (Any verb, not only a light one, let through 25
 * more wrong answers on dev: "how many people *live* in Zuwara?", "how many passengers can it
 * *carry*?" ask the figure of that act; the near-misses change exactly that verb.)
 */
function verbsAroundAFigure(plan: QueryPlan): readonly boolean[] | undefined {
  const asksFigure = plan.quantity || plan.terms.some((term) => term.timeWord && figureWord(term, plan));
  if (!asksFigure) return undefined;
  let any = false;
  const last = Math.max(...plan.terms.map((term) => term.position));
  const verbs = plan.terms.map((term) => {
    if (term.weight < 1 || term.kinds.length > 0 || term.timeWord || ALL_DIGITS.test(term.word)) return false;
    const typed = term.typed ?? plan.words[term.position] ?? term.word;
    if (!isVerb(typed) && !isVerb(term.word)) return false;
    const before = plan.words[term.position - 1] ?? "";
    // ("The storm *housing* pot": an "-ing" is the verb only after a form of "be".)
    const saidAsVerb =
      term.pair !== undefined ||
      (typed.endsWith("ing") && BE.has(before)) ||
      (typed.endsWith("ed") && verbBase(typed) !== typed) ||
      isPastVerb(typed) ||
      AUXILIARIES.has(before) ||
      before === "to" ||
      !isNoun(typed) ||
      // ("How far will the wire stretch?": the question's last word after its auxiliary is its verb.)
      (term.position === last && plan.words.slice(0, term.position).some((word) => AUXILIARIES.has(word)));
    if (!saidAsVerb || DETERMINERS.has(before)) return false;
    // Only a light verb of going, coming or seeing ("how many mourners *came*?"): a verb that
    // means one thing ("live", "carry", "import") is what the question asks of the figure.
    if (!isLightVerb(typed) && !isLightVerb(term.word)) return false;
    any = true;
    return true;
  });
  return any ? verbs : undefined;
}

/**
 * The question has the word as a verb WordNet knows, not as a state after "left" or "still" ("what
 * was left open?"); a participle ("opened", "cut") is the act, however it stands.
 */
function askedAsAnAct(plan: QueryPlan, term: Term): boolean {
  return (
    term.kinds.length === 0 &&
    !isPastVerb(term.word) &&
    !term.timeWord &&
    !STATE_BEFORE.has(plan.words[term.position - 1] ?? "") &&
    isVerb(term.word)
  );
}

/**
 * Every time the fact has the word itself (its text, its quote, a keyword phrase), it stands
 * right after a word of `STATE_BEFORE`: "was left open", a keyword "left open". A keyword that is
 * the word alone says nothing either way; a form of its own ("opened") is the act.
 */
function onlyAsAState(term: Term, indexed: IndexedFact): boolean {
  // Most facts have no word of `STATE_BEFORE` at all: they are known so once, without tokens.
  if (!hasAStateWord(indexed.fact)) return false;
  let state = false;
  for (const tokens of factSequences(indexed.fact)) {
    const read = stateReadIn(term, tokens, false);
    if (read === ACT_READ) return false;
    if (read === STATE_READ) state = true;
  }
  for (const keyword of indexed.fact.keywords) {
    const tokens = tokenize(keyword);
    const read = stateReadIn(term, tokens, tokens.length === 1);
    if (read === ACT_READ) return false;
    if (read === STATE_READ) state = true;
  }
  return state;
}

const NOTHING_READ = 0;
const STATE_READ = 1;
const ACT_READ = 2;

/**
 * How the tokens have the asked word: as a state after a word of `STATE_BEFORE`, as anything else
 * (an act), or not at all. `alone`: a keyword that is the word alone, which says neither.
 */
function stateReadIn(term: Term, tokens: readonly Token[], alone: boolean): number {
  let read = NOTHING_READ;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if ((term.alternatives.get(token.stem) ?? 0) < 1) continue;
    if (token.word === term.word && STATE_BEFORE.has(tokens[i - 1]?.word ?? "")) read = STATE_READ;
    else if (!alone) return ACT_READ;
  }
  return read;
}

/** Per fact: whether its statement, quote or a keyword has a word of `STATE_BEFORE`. */
const stateWordsOf = new WeakMap<Fact, boolean>();
function hasAStateWord(fact: Fact): boolean {
  let has = stateWordsOf.get(fact);
  if (has === undefined) {
    has =
      textHasAnyWord(fact.statement, STATE_BEFORE) ||
      (fact.quote !== fact.statement && textHasAnyWord(fact.quote, STATE_BEFORE)) ||
      fact.keywords.some((keyword) => textHasAnyWord(keyword, STATE_BEFORE));
    stateWordsOf.set(fact, has);
  }
  return has;
}

const NONE_MISSED: readonly number[] = [];
/** `weigh`'s per-mention strengths, kept between calls. */
let mentionStrengths = new Float64Array(8);

/** The fact's rank as `score` gives it; the rest of its Match is `lastMatch`'s, until the next call. */
export function weigh(
  plan: QueryPlan,
  indexed: IndexedFact,
  kb: KnowledgeBase,
  context: ScoringContext,
): number {
  let found = 0;
  let specificity = 0;
  // What the fact's words and names account for, as opposed to merely being about a person or a
  // country: "Who are the leaders?" is not answered by any fact that names somebody.
  let said = 0;
  // Whether the fact itself has one of the question's full words: names and context alone
  // ("Where did Aliyev receive Sarybay?" against any fact naming both) do not answer.
  let asked = false;
  let answeredAsked = false;
  let missedAsked = false;
  // A word the date must be of, not said even in other words (`WHEN_WORD_SAID`).
  let missedWhen = false;
  // "Is the centre still disputed?": words of the state asked about the fact does not say.
  let stateMissed = 0;
  let wordsMissing = 0;
  let weakestWord = 1;
  let heaviest = 1;
  let verb = 1;
  let saidByAsked = false;
  let slotMissing = 0;
  let slotNamesUnsaid = 0;
  // (Made only for a fact missing one: most facts a question weighs hold them or have no slot.)
  let slotMissed: number[] | undefined;
  // A light verb the figure question says it with, missed by the fact (`figureVerbs`), and
  // whether the fact states the measure asked ("how far" by a distance).
  let figureVerbsShort = 0;
  let figureVerbsMissing = 0;
  let figureVerbsWeakest = 1;
  let heaviestFigureVerb = false;
  let figureStated = false;
  // The weakest of the question's other words: the verb is let go only where every one is said.
  let othersWeakest = 1;
  const slot = context.slot;
  for (let i = 0; i < plan.terms.length; i++) {
    const term = plan.terms[i]!;
    let text = termMatch(plan, i, indexed, context);
    // "Who runs the marine park?" is not answered by "X led the seabed survey of the park": what
    // she led is the survey, the park only says whose survey it was.
    if (
      text > 0 &&
      context.ledAsked?.term === i &&
      ledAPartOf(context.ledAsked.things, term, indexed, context)
    )
      text = 0;
    // "Who is the vice president of Tanzania?" is not answered by "X, of the Vice President's
    // Office, …": the title there only says whose office it is, the one named works in it.
    if (text > 0 && plan.kind === "who" && onlyInAnOfficesName(term, plan, indexed)) text = 0;
    // "Who runs the CFPC?" is answered by "the Secretary General of the CFPC, …".
    if (
      text < 1 &&
      context.leaderAsked?.term === i &&
      namesTheLeader(context.leaderAsked.bodies, indexed, kb)
    ) {
      text = 1;
    }
    // "What did Sarybay say?" is met by whatever the fact has him say: "Sarybay highlighted …",
    // "Aliyev and Sarybay noted …" (a verb WordNet files under communication, him its subject).
    if (context.speaker?.term === i) {
      const [sentence = []] = factSequences(indexed.fact);
      if (saidByOneOf(context.speaker.ids, term, sentence, kb)) {
        text = 1;
        saidByAsked = true;
      }
    }
    // "When will the hatchery open?" asks the verb: a fact that has the word only as a state after
    // "left", "still", "remain" ("who would run it was left open") has another word of that spelling.
    if (text > 0 && context.actsAsked[i] && onlyAsAState(term, indexed)) text = 0;
    // "What did Japan refuse to fund?" is not met by "Asakawa declined to comment on reports …": a
    // refusal is of the act it governs, and a refusal to speak refuses no deed.
    if (text > 0 && context.refusal?.term === i && refusesOnlyToSpeak(plan, context.refusal.act, indexed))
      text = 0;
    // "Since when has she led the SMSC?" is met by "she took over at the SMSC on 1 January".
    if (text < 1 && takingOverMeetsLeading(term, indexed, context.time)) text = 1;
    if (text < 1 && handoverMeetsTakingOrLeaving(term, plan, indexed, kb)) text = 1;
    // "Who's the new Slovak co-chair?" is told by the post changing hands ("X became …, replacing
    // Y"), a fact that names no one new in so many words; a fact that only names a co-chair is not.
    // (Nor is "new" met by another word of it elsewhere in the fact: "the new bridge".)
    if (i === context.newHolder) text = TAKES_THE_POST.test(indexed.fact.statement) ? 1 : 0;
    // "Each year" is met by a fact counting over a year, whatever its words ("annual").
    const rateUnit = text < 1 ? context.rateUnits?.get(i) : undefined;
    if (rateUnit && ratePeriodsIn(indexed.fact.statement).has(rateUnit)) text = 1;
    const perUnit = text < 1 ? context.perUnits?.get(i) : undefined;
    if (perUnit && countsOver(perUnit, indexed)) text = 1;
    // "What's the max truck weight?" is met by "closed to trucks heavier than 10 tonnes". (A fact
    // with a word for the measure, "power sales … 200 megawatts" for "electricity", is met as
    // closely as that word is: the figure stands in for the noun only where no word does.)
    const measure = context.measures?.get(i);
    if (
      measure &&
      (text === 0 || (text < 1 && measure.verb)) &&
      measure.figure.test(indexed.fact.statement) &&
      (!measure.word || measure.word.test(indexed.fact.statement))
    )
      text = 1;
    // "How many folks were aboard?" is met by "412 passengers".
    if (text < 1 && context.counted === term && countsPeopleAsked(term, indexed)) text = 1;
    // "What did Libya refuse at the Djerba talks in March?" is met by a fact of a meeting held in March.
    if (text < HELD_IN_THE_MONTH && heldInTheMonthAsked(term, indexed, context)) text = HELD_IN_THE_MONTH;
    // "What did Saudi Arabia refuse at the Al Khobar causeway talks?": "causeway" and "talks" name
    // the meeting, which a fact of it holds though its own words do not say them.
    if (text < HELD_THERE) text = Math.max(text, heldByTheMeeting(term, plan, indexed, kb));
    // "Before" is met by a fact naming a predecessor, whatever its words; "how far" by a distance.
    if (term.timeWord && sizeAsked(term, plan)) text = measureStated(term, plan, indexed, kb);
    else if (term.timeWord && text < 1)
      text = Math.max(
        text,
        measureAsked(term, plan)
          ? measureStated(term, plan, indexed, kb)
          : constraintMet(plan, indexed, context),
      );
    const m = term.kinds.length > 0 ? Math.max(text, kindStrength(term.kinds, indexed, kb)) : text;
    if (term.timeWord && figureWord(term, plan)) figureStated ||= m >= 1;
    // (Held back until the fact is known to state the figure asked: see `FIGURE_VERB_MET`.)
    if (context.figureVerbs?.[i] && m < FIGURE_VERB_MET) {
      figureVerbsShort += term.weight * (FIGURE_VERB_MET - m);
      if (m < STRONG_MATCH) figureVerbsMissing++;
      figureVerbsWeakest = Math.min(figureVerbsWeakest, m);
      if (term.weight > heaviest) {
        heaviest = term.weight;
        verb = m;
        heaviestFigureVerb = true;
      }
      found += term.weight * m;
      said += term.weight * m;
      specificity += m * context.rarity[i]!;
      if (term.weight >= 1) {
        asked = true;
        missedAsked ||= m < STRONG_MATCH;
      }
      continue;
    }
    found += term.weight * m;
    said += term.weight * text;
    specificity += m * context.rarity[i]!;
    if (term.weight > heaviest) {
      heaviest = term.weight;
      verb = m;
      heaviestFigureVerb = false;
    }
    // (A link WordNet gives, "percentage" ~ "percent", holds it: the slot asks what, not how closely.)
    if (
      slot &&
      (m < SLOT_HELD ||
        (m < 1 && slot.terms.includes(i) && countedAsked(plan, term) && onlyAKeyword(term, indexed, context)))
    ) {
      if (slot.terms.includes(i)) {
        slotMissed ??= [];
        slotMissed.push(i);
      }
    }
    if (term.weight >= 1 && term.kinds.length === 0 && !ALL_DIGITS.test(term.word)) {
      weakestWord = Math.min(weakestWord, text);
      if (!term.timeWord) othersWeakest = Math.min(othersWeakest, text);
      if (text < STRONG_MATCH) wordsMissing++;
    }
    // A kind word ("which *country*") says what the answer is, not what is asked about it,
    // unless the fact has the word itself ("CICA *events*").
    // A number (a year) says which, not what: "trade in 2024" is not answered by a fact dated 2024.
    if (term.weight >= 1 && !ALL_DIGITS.test(term.word)) {
      if (term.kinds.length === 0) asked = true;
      if (text >= (term.kinds.length === 0 ? STRONG_MATCH : 1)) answeredAsked = true;
      else if (term.kinds.length === 0 && m < STRONG_MATCH) {
        if (term.position > (context.stillState ?? Number.POSITIVE_INFINITY)) stateMissed++;
        else {
          missedAsked = true;
          const said = m >= WHEN_WORD_SAID && !!indexed.fact.date && saysItsCommonestSense(term, indexed);
          if (plan.kind === "when" && !said) missedWhen = true;
          // (A choice said as the decision that made it, "the commission decided on 7 July", is the
          // act dated: the fact is not only the names around it. Not a mere synonym, which the
          // fact may say of another act than the one it dates: "reopened, after it was closed".)
          if (plan.kind === "when" && said && saysAPlainerAct(term, indexed)) answeredAsked = true;
        }
      }
    }
  }
  let namesInFact = 0;
  let namesDescribed = 0;
  let namesInMeeting = 0;
  let namesReplaced = 0;
  let placedElsewhere = false;
  let namesUntold = 0;
  // Weighed for each of a question's hundreds of leading facts: an array per call was most of
  // this function's garbage. Nothing weigh calls weighs again, so one array serves every call.
  if (plan.mentions.length > mentionStrengths.length) {
    mentionStrengths = new Float64Array(Math.max(plan.mentions.length, 2 * mentionStrengths.length));
  }
  const strengths = mentionStrengths;
  for (let i = 0; i < plan.mentions.length; i++) strengths[i] = mentionMatch(plan, i, indexed, kb);
  // "What did Aliyev and Sarybay discuss?": two who met, named together, name their meeting, and
  // "The meeting discussed …" is about them both, though it names neither.
  // Only for a fact that has every word asked: the pair says whose meeting, not what it did.
  const meetingNamed = wordsMissing === 0 && asked && namesTheMeeting(plan, strengths);
  for (let i = 0; i < plan.mentions.length; i++) {
    const strength = meetingNamed ? 1 : strengths[i]!;
    if (slot?.mentions.includes(i) && strength < HELD_THERE) {
      slotNamesUnsaid++;
      if (!describes(plan.mentions[i]!.entityIds, indexed, kb)) slotMissing++;
    }
    if (strength >= HELD_THERE) namesInFact++;
    else {
      if (strength < NAMED_IN_TEXT) namesUntold++;
      if (describes(plan.mentions[i]!.entityIds, indexed, kb)) namesDescribed++;
      else if (strength > 0) namesInMeeting++;
      // "Why did Mauritania object …?" against "Senegal refused …, objecting …": another country in
      // the asked one's place, even where a protocol's description names the asked one.
      const mention = plan.mentions[i]!;
      // "Where … in Thailand?" asks for a place in it; elsewhere "in Singapore" may only say
      // where the asking was, while the fact's place is what was asked for.
      const where = plan.kind === "where" && plan.words[mention.position - 1] === "in";
      const replaced = namesAnotherOfItsKind(mention.entityIds, indexed, context, kb, where);
      if (replaced) namesReplaced++;
      // The place the fact gives is the answer, and it is not in the country asked: the fact
      // says the opposite of what the question asks, however many of its words it has.
      if (replaced === "elsewhere") placedElsewhere = true;
    }
    const m = MENTION_WEIGHT * strength;
    found += m;
    said += m;
  }
  // ("Is the centre still disputed?" is answered by a later account that it was settled: the state
  // asked about is what a later account that tells the change may no longer say, unlike the
  // thing's own words; any other account must say it.)
  // (One word, the state itself: a fact missing more of what follows "still" is about another thing.)
  if (stateMissed > 1 || (stateMissed === 1 && !toldAsChangedLater(indexed, kb))) {
    missedAsked = true;
    missedWhen = true;
  }
  // "Is Sarybay from Kazakhstan?": only names, so only a fact that links them says yes or no;
  // and "did they sign anything on astronomy?" is answered only by a fact that has every word.
  const namesOnlyYesNo = plan.kind === "yesno" && ((!asked && plan.mentions.length >= 2) || missedAsked);
  const vague = said === 0 ? KIND_ONLY : (asked && !answeredAsked) || namesOnlyYesNo ? NAMES_ONLY : 1;
  // A date answers "when did X become Y" only from a fact that says X became Y: every word asked.
  const exact = plan.kind === "when" && missedWhen ? WHEN_MISSES_A_WORD : 1;
  let share = context.weight > 0 ? found / context.weight : 0;
  // A fact too far below the floor to be weighed is spared the costliest checks of what it needs.
  const lifted = context.weight > 0 ? (found + figureVerbsShort) / context.weight : 0;
  const weighed = lifted * exact * vague >= LOWEST_FLOOR;
  const needs = detailFit(plan, indexed, context, weighed) * exact;
  // "How many mourners came to Black Star Square?" against "about 35,000 mourners filled Black
  // Star Square": a fact that states the figure of the kind asked (a sum, a count of what is
  // counted, a distance), every other word and name of the question, and misses one light verb
  // meets that verb as a synonym would; a fact with no such figure, or lacking more, does not.
  if (figureVerbsShort > 0) {
    if (
      needs >= 1 &&
      (plan.quantity || figureStated) &&
      othersWeakest >= STRONG_MATCH &&
      figureVerbsMissing <= 1 &&
      namesInFact === plan.mentions.length
    ) {
      found += figureVerbsShort;
      said += figureVerbsShort;
      share = lifted;
      if (heaviestFigureVerb) verb = Math.max(verb, FIGURE_VERB_MET);
    } else {
      wordsMissing += figureVerbsMissing;
      weakestWord = Math.min(weakestWord, figureVerbsWeakest);
    }
  }
  const coverage = share * needs * vague * (placedElsewhere ? PLACED_ELSEWHERE : 1);
  const shortness = 1 / Math.sqrt(1 + indexed.length / 10);
  const rank =
    coverage +
    0.01 * specificity +
    0.05 * shortness +
    0.05 * typeFit(plan, indexed, kb, context) +
    // Among equals, a fact about the thing asked (its subject) over one that mentions it.
    (context.mentioned.has(indexed.fact.entities[0]!) ? SUBJECT_BONUS : 0) +
    // "Why does X want …, according to Y?": of Y's remarks, the one that argues (session 41).
    (context.whySaid && arguesForIt(indexed) ? ARGUED_BONUS : 0);
  // (Written last, after every call this makes: nothing it calls can overwrite them.)
  last.coverage = coverage;
  last.share = share;
  last.said = context.weight > 0 ? said / context.weight : 0;
  last.needs = needs;
  last.vague = vague;
  last.namesInFact = namesInFact;
  last.namesInMeeting = namesInMeeting;
  last.namesDescribed = namesDescribed;
  last.namesMissing = plan.mentions.length - namesInFact - namesDescribed - namesInMeeting;
  last.namesUntold = namesUntold;
  last.namesReplaced = namesReplaced;
  last.wordsMissing = wordsMissing;
  last.weakestWord = weakestWord;
  last.verb = verb;
  last.slotMissing = slotMissing;
  last.slotMissed = slotMissed ?? NONE_MISSED;
  last.slotNamesUnsaid = slotNamesUnsaid;
  last.saidByAsked = saidByAsked;
  return rank;
}

/** Words that end the topic after "about" and begin another phrase. */
const TOPIC_ENDS: ReadonlySet<string> = new Set([
  "under",
  "in",
  "at",
  "for",
  "with",
  "during",
  "from",
  "to",
  "on",
  "between",
  "since",
  "before",
  "after",
]);
const DO_FORMS: ReadonlySet<string> = new Set(["do", "does", "did", "doing", "done"]);
const PAY_FORMS: ReadonlySet<string> = new Set([
  "pay",
  "pays",
  "paid",
  "paying",
  "fund",
  "funds",
  "funded",
  "funding",
  "finance",
  "finances",
  "financed",
  "financing",
]);

/** The position of "for" right after a verb of paying ("who pays for …", "who is funding …"), or -1. */
function paidForAt(plan: QueryPlan): number {
  const at = plan.words.indexOf("for");
  return at > 0 && PAY_FORMS.has(plan.words[at - 1] ?? "") ? at : -1;
}

/** The question's terms that are the unit of a rate ("each *year*"), by index; none for most. */
function rateUnitsAsked(plan: QueryPlan): ReadonlyMap<number, string> | undefined {
  let units: Map<number, string> | undefined;
  for (let i = 0; i < plan.terms.length; i++) {
    const unit = rateUnitAt(plan.words, plan.terms[i]!.position);
    if (!unit) continue;
    units ??= new Map();
    units.set(i, unit);
  }
  return units;
}

/** The question's "per" terms with the stems of the unit after them (`ScoringContext.perUnits`); none for most. */
function perUnitsAsked(plan: QueryPlan): ReadonlyMap<number, readonly string[]> | undefined {
  let units: Map<number, readonly string[]> | undefined;
  for (let i = 0; i < plan.terms.length; i++) {
    const term = plan.terms[i]!;
    if (term.word !== "per") continue;
    const unit = plan.terms.find((other) => other.position === term.position + 1);
    if (!unit || unit.kinds.length > 0) continue;
    units ??= new Map();
    units.set(i, [...unit.alternatives.keys()]);
  }
  return units;
}

/** Words that open a rate in a fact: "a day", "per tonne", "each year", "for every cubic metre". */
const RATE_OPENING: ReadonlySet<string> = new Set(["a", "an", "per", "each", "every"]);

/** The fact has a word of the unit with a rate's opening word at most two words before it. */
function countsOver(unit: readonly string[], indexed: IndexedFact): boolean {
  const [statement = []] = factSequences(indexed.fact);
  for (let at = 1; at < statement.length; at++) {
    if (!unit.includes(statement[at]!.stem)) continue;
    for (let back = at - 1; back >= Math.max(0, at - 2); back--) {
      if (RATE_OPENING.has(statement[back]!.word)) return true;
    }
  }
  return false;
}

/**
 * The words after "about" in a question of what someone said or did, none of which the fact has:
 * up to the first name or the next phrase ("about tips *under the … deal*").
 */
function saysNothingOfTheTopic(
  plan: QueryPlan,
  indexed: IndexedFact,
  context: ScoringContext,
  about = plan.words.indexOf("about"),
  headOnly = false,
): boolean {
  if (about < 0) return false;
  // (A name after "about" is weighed as a name: "about the UN Security Council's chairmanship".)
  let end = plan.words.length;
  for (const mention of plan.mentions) if (mention.position > about) end = Math.min(end, mention.position);
  const phraseEnds = plan.words.findIndex((word, i) => i > about + 1 && TOPIC_ENDS.has(word));
  if (phraseEnds > 0) end = Math.min(end, phraseEnds);
  const topic = plan.terms
    .map((term, i) => ({ term, i }))
    .filter(
      ({ term }) =>
        term.position > about && term.position < end && term.weight >= 1 && term.kinds.length === 0,
    );
  if (topic.length === 0) return false;
  // (What is paid for is its last word: "the shared patrol vessels" are vessels, whatever is shared.)
  const asked = headOnly ? topic.slice(-1) : topic;
  return asked.every(({ i }) => termMatch(plan, i, indexed, context) < STRONG_MATCH);
}

const AGE_ASKED = /\bhow old\b/i;
const POINTED_COUNT = /\bhow many of (?:those|them|these)\b/i;

/** A figure the question puts at one end of a change: "cut *to* 2,500", "raised *from* 24". */
export interface ChangeEnd {
  end: "from" | "to";
  figure: string;
}
const ASKED_CHANGE_END = /\b(from|to)\s+(?:about\s+|around\s+|some\s+)?[$€£]?(\d[\d,.]*)/gi;
/** "From 180 million to 210 million euros", "from $64 million to $81 million": both ends of a change. */
const STATED_CHANGE =
  /\bfrom\s+(?:about\s+|around\s+|some\s+)?[$€£]?(\d[\d,.]*)[^.;:]{0,30}?\bto\s+[$€£]?(\d[\d,.]*)/gi;

function figureOf(text: string): string {
  return text.replace(/[,.]+$/, "").replace(/,/g, "");
}

export function changeEndsAsked(text: string): ChangeEnd[] {
  return [...text.matchAll(ASKED_CHANGE_END)].map((m) => ({
    end: m[1]!.toLowerCase() as ChangeEnd["end"],
    figure: figureOf(m[2]!),
  }));
}

/** The fact's change has the figure asked at its other end: another step of the story's changes. */
function startsWhereAskedEnds(asked: readonly ChangeEnd[], indexed: IndexedFact): boolean {
  const statement = indexed.fact.statement;
  if (!/\bfrom\b/i.test(statement)) return false;
  for (const change of statement.matchAll(STATED_CHANGE)) {
    const [from, to] = [figureOf(change[1]!), figureOf(change[2]!)];
    if (from === to) continue;
    for (const { end, figure } of asked) {
      if (end === "to" && from === figure) return true;
      if (end === "from" && to === figure) return true;
    }
  }
  return false;
}
/** "54 years old", "a 61-year-old", "aged 40", "born in 1968". */
const STATES_AGE = /\b[\w-]+[- ]years?[- ]old\b|\baged \d|\bborn\b/i;
/** The year a body or a work began, to count its age from. */
const STATES_START = /\b(?:founded|established|set up|created|built) in (?:1[89]|20)\d{2}\b/i;
const PERSONAL_PRONOUN = /\b(?:he|she|him|her)\b/i;

/**
 * The fact gives the age asked: a person's in years or by birth; a body's also by the year it was
 * founded ("how old is Kadri Põder?" is not answered by the founding of the council she chairs).
 */
function statesAge(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const { statement } = indexed.fact;
  if (STATES_AGE.test(statement)) return true;
  const ofPerson =
    PERSONAL_PRONOUN.test(plan.text) ||
    plan.mentions.some((m) => m.entityIds.some((id) => kb.entity(id)?.kind === "person"));
  return !ofPerson && STATES_START.test(statement);
}
/** Read from the marks the store made as it indexed the statement: no regex per candidate. */
const REPORTED = wordsToFind(["report", "reported", "reports", "reporting"]);
const ASKS_ABOUT_REPORT = /\b(?:report\w*|cover\w*|publish\w*|writ\w*|wrote|article|story|news)\b/i;
/**
 * "reported", but not "reported (on Monday) that …": a report of what was said is not the act of
 * reporting. Nor "…, which reported the talks": the outlet there is told something, not the agent.
 */
const REPORT_ACT_VERB = /(?<!\b(?:which|who) )\breported\b(?![^.;]{0,40}?\bthat\b)/i;
/**
 * Who reported, by fact: the outlet and its reporter; null for a fact that is no report act. It
 * depends on the names of the fact's entities and its source's outlet, which a moderator may
 * change: kept with the versions it was read at.
 */
const reportersOf = new WeakMap<
  IndexedFact,
  { entities: number; facts: number; reporters: ReadonlySet<string> | null }
>();

/**
 * The entities that made the report a fact is about, when its act is the reporting itself: the
 * outlet its own article comes from, as the agent of "was reported by" ("The meeting … was
 * reported by the news outlet News.Az") or in the subject of "reported" ("Isatu Sesay of the
 * Freetown Morning Signal reported from Freetown …"), with the reporter named beside it.
 * "Asakawa declined to comment on reports that carmakers …" reports content, names no outlet.
 */
export function reportersIn(indexed: IndexedFact, kb: KnowledgeBase): ReadonlySet<string> | null {
  const { fact } = indexed;
  if (!statementHasAnyOf(indexed, REPORTED)) return null;
  const known = reportersOf.get(indexed);
  if (known && known.entities === kb.entitiesVersion && known.facts === kb.factsVersion)
    return known.reporters;
  let found: ReadonlySet<string> | null = null;
  const outlet = kb.source(fact.source)?.outlet.toLowerCase();
  const outletId = outlet
    ? fact.entities.find((id) => kb.entity(id)?.name.toLowerCase() === outlet)
    : undefined;
  const text = fact.statement.toLowerCase();
  const verb = text.search(REPORT_ACT_VERB);
  if (outlet && outletId && verb >= 0) {
    const at = text.indexOf(outlet);
    if (at > verb && /^reported by\b/.test(text.slice(verb))) found = new Set([outletId]);
    else if (at >= 0 && at < verb) {
      // Whole words: "Niger" is not named in "Nigeria's envoy".
      const subject = ` ${wordsOnly(text.slice(0, verb))} `;
      found = new Set(
        fact.entities.filter((id) => {
          const name = kb.entity(id)?.name;
          return name !== undefined && subject.includes(` ${wordsOnly(name.toLowerCase())} `);
        }),
      );
    }
  }
  reportersOf.set(indexed, { entities: kb.entitiesVersion, facts: kb.factsVersion, reporters: found });
  return found;
}

/** Letters and digits only, single-spaced: for comparing names as whole words. */
function wordsOnly(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/** The question asks about a report (who made it, where, when) rather than what it reports. */
function asksAboutTheReport(plan: QueryPlan, reporters: ReadonlySet<string>): boolean {
  return (
    ASKS_ABOUT_REPORT.test(plan.text) ||
    plan.mentions.some((m) => m.entityIds.some((id) => reporters.has(id)))
  );
}

/**
 * The question asks what one party it names pays or gives ("how much is Bhutan paying", a name
 * right before the act), and not what was left open or undecided: read once per question.
 */
function asksOnePartysSum(plan: QueryPlan): boolean {
  let known = asksOpen.get(plan);
  if (known === undefined) {
    known =
      !asksWhatWasLeftOpen(plan.text) &&
      !/\b(?:open|undecided|unresolved|decided|settled|agreed?)\b/i.test(plan.text) &&
      plan.mentions.some((mention) =>
        plan.terms.some((term) => {
          const gap = term.position - (mention.position + mention.length);
          return term.weight >= 1 && gap >= 0 && gap <= 1;
        }),
      );
    asksOpen.set(plan, known);
  }
  return known;
}
const asksOpen = new WeakMap<QueryPlan, boolean>();

/**
 * Some questions need a kind of detail, not just the right words: "when" needs a fact dated
 * itself (a remark about COP29 made at a meeting carries the meeting's date, not the
 * conference's, so only a fact's own `date` answers), "where" needs a place, "how many" an amount;
 * and some facts answer only some questions (a report act only what is asked of the report).
 */
function detailFit(plan: QueryPlan, indexed: IndexedFact, context: ScoringContext, weighed = true): number {
  if (plan.quantity && !QUANTITY_WORDS.test(indexed.fact.statement)) return 0.6;
  // "What time is it in Tbilisi?" asks a time on the clock: "a few hours at a time" tells none.
  if (context.clockAsked && !statesClockTime(indexed)) return 0.6;
  // "By when?" asks a limit: a fact that tells only when something was or will be done gives none.
  if (context.deadlineAsked && !statesDeadline(indexed)) return 0.6;
  // "Who did Aliyev meet?" is not answered by "The meeting between Aliyev and Sarybay was
  // reported by News.Az": a fact whose act is the reporting answers only what is asked of the report.
  const reporters = reportersIn(indexed, context.kb);
  if (reporters && !asksAboutTheReport(plan, reporters)) return 0.6;
  // "Who was the only bidder for the contract?": a fact about no one but what the question names
  // ("the tender drew only one bid") says nothing of who.
  if (plan.kind === "who" && typeFit(plan, indexed, context.kb, context) === 0) return 0.6;
  // "What did the President of Chile say?" is not answered by Ganbold inviting him.
  if (context.sayer && !saidByTheSayer(context.sayer, plan, indexed, context.kb)) return 0.6;
  // "What did Vaitkūnas say about the ambulances?" asks what he said of them: what he said of the
  // train, with no word of them, is not it.
  // So too "what do hotel workers do about tips?": what they do of something else is not it.
  if ((context.sayer || context.doneAbout) && saysNothingOfTheTopic(plan, indexed, context)) return 0.6;
  // "Who pays for the patrol vessels?" asks who pays for them: paying into a fund, with no word of
  // the vessels, is not it.
  if (context.paidFor >= 0 && saysNothingOfTheTopic(plan, indexed, context, context.paidFor, true))
    return 0.6;
  // "How much is the toll?" asks for an amount; "suspended for six months" only says how long.
  if (plan.quantity && asksHowMuch(plan) && !statesAmount(indexed) && !measuresMatterAsked(plan, indexed))
    return 0.6;
  // "What price will India pay?" asks the sum as "how much" does: "at a price set each year" names
  // the price but not what it is.
  if (costAskedByWhat(plan) && !statesAmount(indexed) && !statesAPrice(indexed)) return 0.6;
  // "How much is Bhutan paying for the line?" asks a sum settled: "who will pay the extra 700
  // million rupees was left open" has a sum, but says what was not settled, unless that is asked.
  // (Session 39; the question's part read once per question.)
  if (plan.quantity && asksHowMuch(plan) && asksOnePartysSum(plan) && statesLeftOpen(indexed.fact))
    return 0.6;
  // "How much did the drought cost Paraguay?" asks for money: "cut river traffic by a third" is
  // an amount, but of something else.
  if (context.asksMoney && !speaksOfMoney(indexed)) return 0.6;
  // "How much has Switzerland spent …?" asks a sum laid out: "offered to cover half of the cost"
  // names no sum, and what it offers is still to come.
  if (
    context.asksMoney &&
    spentAsked(plan) &&
    !statesMoney(factSequences(indexed.fact)[0] ?? []) &&
    OFFERED.test(indexed.fact.statement)
  )
    return 0.6;
  if (plan.quantity && !asksHowMuch(plan) && !statesCount(indexed, context.counted)) return 0.6;
  // "How many of those are in the Alai range?" counts what "those" pointed back to: with that
  // unread, nothing the fact counts is what is asked.
  if (plan.quantity && !asksHowMuch(plan) && POINTED_COUNT.test(plan.text) && !context.counted) return 0.6;
  // "Who pays more, Lithuania or Latvia?" asks to choose: "Lithuania and Latvia will pay 4.8
  // million euros" says the same of both.
  if (choiceJoined(plan, indexed, context.kb)) return 0.6;
  // "How many glacial lakes …?" needs a number of lakes, not any number.
  if (context.counted && namesTheThingUncounted(context.counted, indexed)) return 0.6;
  if (context.counted && countsOtherThings(context.counted, indexed)) return 0.6;
  if (plan.quantity && !asksHowMuch(plan) && countsAnotherCountrysPeople(plan, indexed)) return 0.6;
  // "How many volunteers?" is not answered by "volunteers aged 9 to 45": an age counts no one.
  if (context.counted && !asksHowMuch(plan) && countsOnlyAges(context.counted, indexed)) return 0.6;
  // "How many people live in Amapala?" is not answered by "63 launch owners could lose their
  // living": the act asked stands in the fact only as a noun after a possessive, no one doing it.
  if (plan.quantity && actOnlyAsAPossessedNoun(context.acts, indexed)) return 0.6;
  // "How many members?" is not answered by "members lost 12 percent of their harvest".
  if (context.counted && !asksHowMuch(plan) && countsOnlySharesOfOthers(context.counted, indexed)) return 0.6;
  // "How many volunteer firefighters does Slovakia have?" asks what is held now: "plans to
  // train 600 volunteer firefighters" counts what is to be.
  if (
    plan.quantity &&
    context.counted &&
    asksWhatIsHeld(plan) &&
    countedToBe(context.counted, indexed) &&
    !HOLDS.test(indexed.fact.statement)
  )
    return 0.6;
  // "How many of the 31 are in Djibouti?" is not answered by the 31 again.
  if (context.whole && countsOnlyTheWhole(context.whole, indexed)) return 0.6;
  // "How many wolves exactly?" asks the figure: "at least six wolf packs" is a bound.
  if (context.counted && asksExactly(plan) && countsOnlyRoughly(context.counted, indexed)) return 0.6;
  // "How much does one station cost?" needs the price of one, not the cost of all 24.
  if (context.unit && !pricesOne(context.unit, indexed)) return 0.6;
  // "How many doses in its second phase?" is not answered by the first phase's figure.
  if (context.ordinal && figuresOfAnotherOrdinal(context.ordinal, indexed)) return 0.6;
  // "Where was the second round held?" is not answered by where the third round was to be held.
  if (context.meetingOrdinal && tellsOfAnotherMeeting(context.meetingOrdinal, indexed)) return 0.6;
  // "What's the interest rate on the second loan?" is not answered by the loan the store tells of
  // before it ("would consider a second loan"): a fact that never calls it the second speaks of the first.
  if (context.laterOne && speaksOfAnotherOne(context.laterOne, indexed)) return 0.6;
  // "Did Iceland finally let the Papar count mackerel?", "did they end up paying?": whether a
  // holdout gave way; a fact that has the act refused or not done is the state before it.
  if (deniesTheLateAct(plan, indexed)) return 0.6;
  // "How much pork does Costa Rica export?" needs an amount of pork: a sum of money measures
  // the trade, not the pork.
  if (context.measured && !measures(context.measured, indexed)) return 0.6;
  // "How much did the fire lookout towers cost?" needs the towers' cost, not the park's.
  if (context.costed && costOfAnother(context.costed, indexed, context.kb)) return 0.6;
  // "What is the name of the lake …?" needs the lake's name, not the lake.
  if (context.nameOf && namesTheThingUnnamed(context.nameOf, indexed)) return 0.6;
  // "How old is she?" asks an age (or a year to count from): "old chemical pesticide" gives none.
  if (AGE_ASKED.test(plan.text) && !statesAge(plan, indexed, context.kb)) return 0.6;
  // "When was it originally meant to begin?", "how many at first?": not what stands now.
  if (toldAsItStandsNow(plan, indexed)) return 0.6;
  // "When will ..." needs a fact about what is to come, and one that says when.
  if (plan.kind === "when" && plan.future && !toldAsToCome(indexed, context.kb)) return 0.6;
  // ... and says a time besides the day it was itself said or done (that is when the plan was made).
  if (plan.kind === "when" && plan.future && !statesTimeBesidesItsOwn(indexed, context.kb)) return 0.6;
  // ... and not one that tells the deed done already ("85 of the 300 collars had been fitted").
  // ("Until when will she lead it?" is met by "who has led it since 2021, will step down …": a
  // post held up to now, not a deed done.)
  if (
    plan.kind === "when" &&
    plan.future &&
    context.time !== "end" &&
    context.time !== "span" &&
    context.time !== "since" &&
    actToldDone(actsDated(plan, context), indexed)
  )
    return 0.6;
  // "When did they agree to cap dredging?" is not answered by the day they agreed to cut a fare.
  if (plan.kind === "when" && agreedToAnotherAct(plan, indexed)) return 0.6;
  // "When will the radar be running?" is not answered by a time the fact says no longer holds.
  if (plan.kind === "when" && timeOnlyWithdrawn(plan, indexed)) return 0.6;
  // "When does Ciobotaru take over?": a time said only in a clause describing someone ("…, who has
  // headed the unit since 2019, replaces …") dates that, not the act; such a fact ranks below one
  // that says when the act is (its own date may still be the day of the act).
  if (plan.kind === "when" && timeOnlyInADescription(actsDated(plan, context), indexed.fact.statement))
    return indexed.fact.date && !plan.future ? ACT_BEFORE_A_PLAN : 0.6;
  // ... nor a fact of no date whose only times name other things ("over the February 2026 gas cut").
  // (A plain "when": "by when?" or "since when?" may be told by a span, "a six-month deadline".)
  if (
    plan.kind === "when" &&
    !plan.future &&
    context.time === undefined &&
    !context.deadlineAsked &&
    !indexed.fact.date &&
    timesOnlyNameOtherThings(plan, indexed.fact.statement)
  )
    return 0.6;
  if (plan.kind === "when" && !statesTime(indexed.fact.statement)) {
    if (!indexed.fact.date) return 0.6;
    // The date of a remark, an invitation or a discussion is when it was made, not when what it
    // is about happens ("When will CICA hold events at COP29?"); and a past date never answers
    // "when will ...".
    if (plan.future) return 0.6;
    if (REPORTING.test(indexed.fact.statement) && !REPORTING.test(plan.text)) return 0.6;
  }
  // Nor is the day of what a fact tells of beside its own act: "signed …, but settled only half of
  // their dispute over Panama's ban" is dated by the signing, not by the ban.
  if (
    plan.kind === "when" &&
    !plan.future &&
    actOnlyInAnothersClause(actsDated(plan, context), indexed, plan, context.time)
  )
    return 0.6;
  // "When exactly in April 2027 will they meet?" is not answered by "in April 2027".
  if (context.whenWithin && !finerThan(context.whenWithin, indexed, plan.future)) return 0.6;
  // "On which day will they meet next?" is not answered by "in April 2027": a day is asked, and a
  // fact that says when only by month or year, or of what is to come, has none of its own.
  if (
    plan.asksDay &&
    !DAY_OF_MONTH.test(indexed.fact.statement) &&
    (plan.future || statesTime(indexed.fact.statement))
  )
    return 0.6;
  // "Why did the cost go up to 210 million?" is about the change that ended there, not the next
  // one, "from 210 million to 236 million", that started from it.
  if (context.changeEnds.length > 0 && startsWhereAskedEnds(context.changeEnds, indexed)) return 0.6;
  // "When is COP29?" asks for the date of COP29 itself: a dated fact merely mentioning it (a
  // congratulation on hosting it) does not say. With nothing else asked, the fact must be about it.
  if (plan.kind === "when" && plan.terms.length === 0 && !context.mentioned.has(indexed.fact.entities[0]!)) {
    return 0.6;
  }
  // "Where is she from?" is answered by where she is said to be from ("an Estonian …", "a lawmaker
  // from Hiroshima"), a place the store may not know as an entity.
  if (
    plan.kind === "where" &&
    context.time !== "destination" &&
    // (The venue is read last: whether it says where is the costliest test, and the fact's own
    // place words settle most facts.)
    !hasPlace(indexed, context.kb, false, context.placeAsked) &&
    !(!plan.future && venuePlaced(indexed, context.kb) && venueSaysWhere(plan, indexed, context)) &&
    !(context.time === "origin" && saysWhereFrom(plan, indexed, context.kb))
  )
    return 0.6;
  // "Where will the ship be built?" is not answered by where the ministers will meet to sign its
  // contract, nor "where was it signed?" by a reshuffle in Bahrain that delayed the signing: the
  // places the sentence gives all stand in another act's clause, or describe a party ("a lender
  // based in Tunis"). A fact of the meeting where the act was done is still placed by its venue,
  // unless it tells the act only as a thing ("the delay in signing the agreement followed …").
  if (
    plan.kind === "where" &&
    context.time !== "destination" &&
    context.time !== "origin" &&
    placesOnlyBesideTheAct(context.acts, indexed) &&
    !(
      !plan.future &&
      indexed.fact.event &&
      context.kb.event(indexed.fact.event)?.place &&
      venueSaysWhere(plan, indexed, context) &&
      !actOnlyAsAThing(context.acts, indexed)
    )
  )
    return 0.6;
  // "In which city …", "Which country …": the answer is one of those, so the fact must name one
  // (as an entity of that kind, or in so many words: "major communication projects").
  // ("Which international organizations …": the kind is the plural's, after the word that narrows it.)
  const focus = plan.focus?.kinds.length ? plan.focus : context.namesAsked;
  if (
    focus &&
    focus.kinds.length > 0 &&
    !focus.kinds.some((kind) => indexed.kinds.includes(kind)) &&
    ![...focus.alternatives].some(
      ([stem, strength]) => strength === 1 && (indexed.terms.get(stem) ?? 0) >= 0.9,
    )
  ) {
    return 0.6;
  }
  // "Which countries are members?", "list all the member states": a fact that only counts them
  // ("has eight member states") does not say which ("signed by all six members" does).
  if (
    weighed &&
    context.namesAsked &&
    (countsOnly(context.namesAsked, indexed, context) || namesNone(context.namesAsked, indexed, context))
  )
    return 0.6;
  // "Which country did not sign?": a fact saying who did sign answers the opposite.
  if (context.negated && !negatesSomethingAsked(plan, indexed, context)) return 0.6;
  // "Which country was not at the February talks?" asks who was absent, a state: "Georgia and
  // Armenia could not agree on the price" denies an act of those who were there.
  if (context.negated && STATE_DENIED.test(plan.text) && deniesOnlyActs(indexed)) return 0.6;
  // "When did Paraguay agree to pay a refund?" takes for granted what "did not agree on … a refund"
  // denies: a fact that negates the act asked about does not say when, where or who.
  if (
    !context.negated &&
    plan.kind !== "yesno" &&
    negatesTheAct(context.acts, indexed, plan.kind === "when" && !!plan.future)
  )
    return MISSES_TIME;
  // "Who signed it?", "did Indonesia sign?" ask what was done: "Indonesia can join … by signing"
  // says what may be.
  if (
    !plan.future &&
    asksAboutADeed(plan, context.acts) &&
    onlyPossible(context.acts, indexed, asksWhenOrWhereItWasDone(plan))
  )
    return MISSES_TIME;
  if (actOnlyAsPurpose(plan, indexed)) return 0.6;
  // "Who will build the bridge?" is not answered by a speaker who said something of building.
  if (context.whoAct && actOnlyInWhatWasSaid(context.whoAct, indexed)) return 0.6;
  // "Who signed the accord for Norland?" asks for one of Norland's people: "Veloria and Norland
  // signed the accord" names none.
  const actedFor = context.actedFor;
  if (actedFor && !indexed.fact.entities.some((id) => personOfCountry(id, actedFor, context.kb))) return 0.6;
  // "Who did Sarybay receive?" is not answered by Aliyev receiving Sarybay.
  if (context.role) {
    const [sentence = []] = factSequences(indexed.fact);
    const role = roleInSentence(plan, context.role, sentence, context.kb);
    // ("When did the satellite launch?" is told by "the satellite was launched on …", where no one
    // else is said to have done it.)
    const thingDoneTo =
      context.role.intransitive && role === "patient" && passiveWithoutDoer(plan, context.role, sentence);
    if (role && role !== context.role.role && !thingDoneTo) return 0.6;
    // "Who founded the CFPC?" is not answered by "the CFPC was founded in 2012": the passive
    // leaves out who did it.
    if (plan.kind === "who" && role === "patient" && passiveWithoutDoer(plan, context.role, sentence))
      return 0.6;
    // "What did Mensah-Boateng decline to comment on?" is not answered by Asakawa declining.
    if (!role && context.role.role === "agent" && someoneElseActs(plan, context.role, indexed, context.kb))
      return 0.6;
    // "What did Iceland refuse?" is not answered by a remark on "Iceland's refusal" that never says
    // what was refused.
    if (
      !role &&
      plan.kind === "what" &&
      context.role.role === "agent" &&
      actOnlyNamed(plan, context.role, sentence)
    )
      return 0.6;
    // "Why did Costa Rica ban Panamanian pork?" takes for granted that Costa Rica did it: "Panama
    // refused to lift the suspension on … Costa Rican plants" gives the reason for Panama's act.
    if (
      !role &&
      plan.kind === "why" &&
      context.role.role === "agent" &&
      anotherNameActs(plan, context.role.mention, sentence, context.kb)
    ) {
      return 0.6;
    }
    // "Who did Sarybay receive?" has a direction that "the meeting between Aliyev and Sarybay" lacks.
    if (!role && isDirectional(plan, context.role)) return UNSHOWN_DIRECTION;
    // "What else did Sarr say?" is not answered by a fact that names her only through its meeting.
    const actor = plan.mentions[context.role.mention]?.entityIds ?? [];
    if (
      context.role.role === "agent" &&
      mentionMatch(plan, context.role.mention, indexed, context.kb) < NAMED_IN_TEXT &&
      !describes(actor, indexed, context.kb)
    ) {
      return MISSES_TIME;
    }
  }
  // "Who did Aliyev meet?" is not answered by "The meeting discussed …": naming him only through
  // its meeting, it does not say whom he met.
  if (
    context.party !== undefined &&
    mentionMatch(plan, context.party, indexed, context.kb) < NAMED_IN_TEXT &&
    !describes(plan.mentions[context.party]!.entityIds, indexed, context.kb)
  ) {
    return MISSES_TIME;
  }
  const time = timeFit(plan, indexed, context);
  if (time < 1) return time;
  // "Where did they hold talks?", "in which venue did they meet?" are not answered by where they
  // will hold the next ones.
  if (
    (plan.kind === "where" ||
      plan.kind === "when" ||
      (plan.kind === "which" && !!plan.focus?.kinds.includes("place"))) &&
    asksWhatWasDone(plan.words) &&
    PLANNED.test(indexed.fact.statement) &&
    // "Until when did the offer stand?" asks where it was to end: "would stand until the end of 2026".
    context.time !== "end"
  ) {
    // "When was the radar contract awarded?" is answered by "… awarded the contract …, yet still
    // could not say where it will be built", below a fact that tells the act with no plan beside it.
    // (Only its day: the place in the plan is where the thing will be, not where it was decided.)
    return planOnlyAfterTheAct(context.acts, indexed) ||
      (plan.kind === "when" && planTheActSettled(context.acts, indexed))
      ? ACT_BEFORE_A_PLAN
      : MISSES_TIME;
  }
  // "Asakawa declined to comment on reports that carmakers were considering a plant" asserts no
  // plant: it answers what he declined to comment on, not where the plant will be.
  if (hedged(indexed) && !ASKS_ABOUT_HEDGE.test(plan.text)) return MISSES_TIME;
  // "Why was Boggy Peak chosen?", "why was the fare fixed at 18 dollars?" take a decision for
  // granted: one side's proposal ("proposes putting the radar on Boggy Peak") gives the reason it
  // was proposed, not why it was chosen.
  if (plan.kind === "why" && DECISION_ASKED.test(plan.text) && onlyProposed(plan, indexed.fact.statement))
    return 0.6;
  // "Why ...?" needs a reason; a fact that only says what happened does not give one.
  // "Why does Iturra say their economies speak the same language?": what they said is the reason
  // they give ("… copper …"), so a fact reporting that saying answers; anything else needs a reason.
  if (plan.kind === "why" && !givesReason(plan, context.acts, indexed, context.kb)) {
    const saidIt = context.whySaid && saidByTheAsked(plan, indexed, context.kb, context.acts);
    return saidIt ? 1 : 0.6;
  }
  return 1;
}

/** The fact's meeting has a venue (what `hasPlace` counts when the venue says where). */
function venuePlaced(indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const event = indexed.fact.event;
  return event !== undefined && Boolean(kb.event(event)?.place);
}

/**
 * The meeting's venue says where what was done there happened: the act asked about, stated by the
 * fact itself ("where was the accord signed?" against "X signed the accord"), or, with no act
 * asked, a gathering the question names ("where was the Praia session?"). "Where is the secretariat?"
 * is not answered by where someone said the secretariat would publish figures, nor "where were the
 * aircraft to be based?" by where the cost was estimated.
 */
function venueSaysWhere(plan: QueryPlan, indexed: IndexedFact, context: ScoringContext): boolean {
  const event = indexed.fact.event;
  if (!event) return true;
  if (context.acts.length > 0)
    return (
      context.acts.some((act) => statesTheWord(act, indexed, context)) &&
      !toldAsSaid(context, indexed) &&
      !toldAsPlanned(context.plannedActs, indexed)
    );
  return plan.mentions.some((m) => m.entityIds.some((id) => context.kb.entity(id)?.kind === "event"));
}

/**
 * The act asked stands in what someone said at the meeting ("Vaipulu said the findings of the
 * investigation into the cable break were expected"): the venue is where it was said, not where
 * the act was done ("where did the cable break?"), unless the saying is what is asked.
 */
function toldAsSaid(context: ScoringContext, indexed: IndexedFact): boolean {
  if (context.asksASaying) return false;
  const acts = context.acts;
  const [sentence = []] = factSequences(indexed.fact);
  const actAt = sentence.findIndex((token) => acts.some((act) => act.alternatives.has(token.stem)));
  return actAt > 0 && saidBefore(sentence, actAt);
}

/**
 * The act asked stands in the fact only as to come ("the first collars were to be fitted in May",
 * "will be fitted"): the meeting's venue is where it was planned, not where it was done ("where
 * was the first collar fitted?").
 */
function toldAsPlanned(acts: readonly Term[], indexed: IndexedFact): boolean {
  // (`acts` are the verbs that are no nouns: "collar" is the thing fitted, "fitted" the act. Read
  // for each leading fact of a where-question: index loops, nothing made per fact.)
  const [sentence = []] = factSequences(indexed.fact);
  let found = false;
  for (let i = 0; i < sentence.length; i++) {
    if (!metByAnAct(acts, sentence[i]!.stem)) continue;
    found = true;
    let planned = false;
    for (let j = Math.max(0, i - PLANNED_REACH); j < i && !planned; j++)
      planned = PLANNED_BEFORE.has(sentence[j]!.word);
    if (!planned) return false;
  }
  return found;
}
function metByAnAct(acts: readonly Term[], stem: string): boolean {
  for (let k = 0; k < acts.length; k++)
    if ((acts[k]!.alternatives.get(stem) ?? 0) >= STRONG_MATCH) return true;
  return false;
}

/** Words just before a verb that tell its act as to come ("were *to* be fitted", "*will* open"). */
const PLANNED_BEFORE: ReadonlySet<string> = new Set([
  "will",
  "would",
  "shall",
  "to",
  "due",
  "planned",
  "plans",
]);
/** Words from the plan's word to the act ("will *be* fitted", "were to *be* fitted"). */
const PLANNED_REACH = 2;

/** The fact's own words have the term (not only its entities' names or its event's title). */
function statesTheWord(term: Term, indexed: IndexedFact, context: ScoringContext): boolean {
  if (term.pair && hasPair(indexed, term.pair)) return true;
  if (pairStrength(term, indexed) >= STRONG_MATCH) return true;
  return alternativesRead(term, context).some(
    ({ number, strength }) =>
      number !== undefined && (indexed.terms.strengthOf(number) ?? 0) * strength >= STRONG_MATCH,
  );
}

/** Words from one name's start to the next's in "A and B" (a name of up to four words). */
const JOINED_REACH = 5;

/**
 * "Lithuania or Latvia?": two names the question offers to choose between, which the fact names
 * together ("Lithuania and Latvia will pay"), so what it says is said of both.
 */
function choiceJoined(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  // (Asked of every leading fact: an index loop, not an iterator of pairs per fact.)
  for (let i = 0; i < plan.mentions.length; i++) {
    const first = plan.mentions[i]!;
    const second = plan.mentions[i + 1];
    if (!second || plan.words[first.position + first.length] !== "or") continue;
    if (second.position !== first.position + first.length + 1) continue;
    const [statement = []] = factSequences(indexed.fact);
    const a = mentionPositions(statement, first.entityIds, kb);
    const b = mentionPositions(statement, second.entityIds, kb);
    const joined = (x: number, y: number) =>
      y > x && y - x <= JOINED_REACH && statement[y - 1]?.word === "and";
    if (a.some((x) => b.some((y) => joined(x, y) || joined(y, x)))) return true;
  }
  return false;
}

/** Does the fact offer the kind of thing the question asks for (a person for "who", a date for "when")? */
export function typeFit(
  plan: QueryPlan,
  indexed: IndexedFact,
  kb: KnowledgeBase,
  context: ScoringContext,
): number {
  switch (plan.kind) {
    case "who": {
      // (Each of its entities' names read once more per fact: none to read when no one is named.)
      const mentioned = context.mentioned;
      for (const id of indexed.entities)
        if ((mentioned.size === 0 || !mentioned.has(id)) && kb.entity(id)?.kind !== "event") return 1;
      return 0;
    }
    // ("When can ambulances start crossing?": a fact that says when it starts in so many words,
    // "from 1 March 2027", is as much a date as one dated.)
    // ("When did they last host a summit?" asks of a time before the story's: "last hosted a
    // summit in 2015", a fact of its background with no date of its own, is no less a time than
    // "withdrew its bid", dated the day it was reported; the year is in the sentence.)
    case "when":
      return indexed.fact.date ||
        saysTheTimeAsked(plan, indexed, context) ||
        (context.time === "earlier" && statesDate(indexed.fact.statement))
        ? 1
        : 0;
    case "where": {
      const event = indexed.fact.event ? kb.event(indexed.fact.event) : undefined;
      return event?.place || indexed.kinds.includes("place") ? 1 : 0;
    }
    default:
      return 0;
  }
}

/** "When does it start / end?" is met by a fact that says where it starts or ends, not only by a dated one. */
function saysTheTimeAsked(plan: QueryPlan, indexed: IndexedFact, context: ScoringContext): boolean {
  if (context.time !== "start" && context.time !== "end") return false;
  return constraintMet(plan, indexed, context) === 1;
}

/** "When / where was it signed?", not "when was it supposed to be signed?", which asks of the plan. */
function asksWhenOrWhereItWasDone(plan: QueryPlan): boolean {
  return (plan.kind === "when" || plan.kind === "where") && !ASKS_OF_A_PLAN.test(plan.text);
}
const ASKS_OF_A_PLAN =
  /\b(?:supposed|meant|due|plan(?:ned)?|originally|scheduled|expected|intended|agreed|at first|first)\b/i;

/** The question's words less the names it mentions: "PPWC meeting in Asunción, March 2025" names a meeting. */
function withoutNames(plan: QueryPlan): string {
  let text = ` ${plainWords(plan.text)} `;
  for (const mention of plan.mentions) text = text.replace(` ${plainWords(mention.text)} `, " ");
  return text;
}

const plainWords = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}-]+/gu, " ")
    .trim();

const DAY_OF_MONTH = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)?(?:[–-]\\d{1,2})? (?:${MONTHS.join("|")})\\b|\\b(?:${MONTHS.join("|")}) \\d{1,2}\\b`,
);
const MONTH_NAMED = new RegExp(`\\b(?:${MONTHS.join("|")})\\b`);

/** How finely the statement says its time: 2 a day, 1 a month, 0 a year; -1 when it says none. */
export function timePrecision(indexed: IndexedFact): number {
  const statement = indexed.fact.statement;
  if (!statesDate(statement)) return -1;
  return DAY_OF_MONTH.test(statement) ? 2 : MONTH_NAMED.test(statement) ? 1 : 0;
}
/**
 * A date the question bounds a time by ("before March 2026") or tells it as of ("as of July, when
 * were the homes expected?"), not one it asks a day within.
 */
const DATE_BOUNDED = new RegExp(
  `\\b(?:before|after|since|until|till|prior to|as of) (?:\\d{1,2} )?(?:${MONTHS.join("|")}|(?:19|20)\\d\\d)\\b`,
  "i",
);

/**
 * The fact says when more precisely than the question already does: a day for a question that
 * names the month, a month for one that names the year; or, for what is past, the fact's own date
 * falls within what was asked.
 */
function finerThan(asked: AskedDate, indexed: IndexedFact, future: boolean): boolean {
  if (asked.day) return true;
  const { statement, date } = indexed.fact;
  if (asked.month ? DAY_OF_MONTH.test(statement) : MONTH_NAMED.test(statement)) return true;
  return !future && !!date && fitsDate(asked, date);
}

/** Words of a how-much question that ask for a sum of money. */
/**
 * "How much did it cost?", "how much cash …", "how much is Belgium giving?": the words of a
 * how-much question that make it ask a sum of money.
 */
function asksMoneyIn(plan: QueryPlan): boolean {
  return plan.words.some((word) => MONEY_VERBS.has(word) || isMoneyNoun(word)) || plan.terms.some(givesMoney);
}

/**
 * "What will the cable cost?", "what does a ticket cost now?", "what is the price of a ticket?":
 * asked with "what", a cost or price is a sum of money all the same (not "what did she say about
 * the cost?", nor "what changed in the cost?").
 */
function costAskedByWhat(plan: QueryPlan): boolean {
  return (
    plan.kind === "what" &&
    plan.words.some((word) => PRICE_WORDS.has(word)) &&
    !plan.words.some((word) => NOT_THE_SUM.has(word))
  );
}

const PRICE_WORDS: ReadonlySet<string> = new Set(["cost", "costs", "price", "prices"]);
/** Words of a what-question about a cost that ask something else of it than its sum. */
const NOT_THE_SUM: ReadonlySet<string> = new Set(
  "say said says think thinks thought about change changed changes split share shared why cover covers covered".split(
    " ",
  ),
);

const MONEY_VERBS = new Set([
  "cost",
  "costs",
  "costing",
  "spend",
  "spent",
  "spending",
  "money",
  "pay",
  "paid",
  "paying",
]);
/** Stems of a fact that speaks of money without a sum ("cover half of the cost"). */
const MONEY_STEMS = [
  "cost",
  "pay",
  "paid",
  "spend",
  "spent",
  "price",
  "budget",
  "fund",
  "fee",
  "charge",
  "finance",
  "grant",
  "loan",
].map(stemOf);

function speaksOfMoney(indexed: IndexedFact): boolean {
  const [statement = []] = factSequences(indexed.fact);
  return statesMoney(statement) || MONEY_STEMS.some((stem) => indexed.terms.has(stem));
}

/** Forms of "leave" that leave a thing in a state ("left unanswered"). */
const LEAVING: ReadonlySet<string> = new Set(["leave", "leaves", "leaving", "left"]);

/** A word that denies a verb in one word: "un" and a past form ("unanswered", "undecided"). */
function undone(word: string): boolean {
  return word.startsWith("un") && isPastVerb(word.slice(2)) && isVerb(word.slice(2));
}

/**
 * "What did the commission leave unanswered?" is a negated question as "what was not answered?"
 * is: a fact must deny something ("the request was not answered", "left unanswered"), not only
 * name the session. (Session 41.)
 */
function leftUndone(words: readonly string[]): boolean {
  for (let i = 1; i < words.length; i++) if (LEAVING.has(words[i - 1]!) && undone(words[i]!)) return true;
  return false;
}

/** Negations of a fact, "without" aside: "let firefighters cross without prior permission" denies nothing done. */
const DENIAL = new RegExp(NEGATION.source.replace("|without", ""), "i");
/** A condition ("if no city reaches eight votes,"): from "if" to the comma that ends it, or the sentence's end. */
const CONDITION = /\b(?:if|even if|only if)\b[^,;.]*(?:[,;]|$)/gi;
/** "Is not a reward but a wager", "not only … but": a denial taken back by "but" in the same clause. */
const CONTRAST =
  /\b(?:(?:is|was|are|were|be|been)\s+not\s+(?:a|an|the|just|merely|simply)|not\s+only|not\s+just)\b[^,;.]*\bbut\b/gi;
/** Words after "without" that may be what it denies ("ended without agreement"). */
const WITHOUT_REACH = 3;

/**
 * The fact denies or refuses something, as a negated question needs ("which country did not
 * sign?"); "without" only when what follows it is a name or something the question asks about.
 */
function negatesSomethingAsked(plan: QueryPlan, indexed: IndexedFact, context: ScoringContext): boolean {
  const { statement } = indexed.fact;
  // "If Venezuela has not met the conditions, the lifted sanctions can be put back": a denial in a
  // condition supposes it, and says nothing was left undone.
  // "The relief is not a reward but a wager", "not only … but also": a contrast says what a thing
  // is, and denies no act.
  const asserted = statement.replace(CONDITION, " ").replace(CONTRAST, " ");
  if (DENIAL.test(asserted) || REFUSAL.test(asserted)) return true;
  // "Whether Serbia will become a full member … was left open", "put off a decision": a matter left
  // unsettled is not done, as "which country is still not a full member?" asks.
  if (statesOpen(statement)) return true;
  const [tokens = []] = factSequences(indexed.fact);
  // "India was invited to send an observer but declined", "Latvia rejected the proposal": a verb of
  // turning down; "they disagreed on the rate" for "what couldn't they agree on?": the opposite of
  // the question's own verb (both as WordNet has them).
  if (tokens.some((token) => deniesByItsVerb(token.word, context.acts))) return true;
  // "Indonesia held back its signature", "Bhutan abstained": refraining from an act is not doing it,
  // though no "not" and no verb of refusing says so.
  for (let i = 0; i < tokens.length; i++) if (refrains(tokens[i]!.word, tokens[i + 1]?.word)) return true;
  // ("Left unanswered a Sudanese request": the denial in one word.)
  for (const token of tokens) if (undone(token.word)) return true;
  if (!/\bwithout\b/i.test(statement)) return false;
  return tokens.some(
    (token, i) =>
      token.word === "without" &&
      tokens.slice(i + 1, i + 1 + WITHOUT_REACH).some(
        (next) =>
          // "signed it without Qatar": a party left out.
          next.nameLike || plan.terms.some((term) => term.weight >= 1 && term.alternatives.has(next.stem)),
      ),
  );
}

/**
 * A question that denies a state, not an act: "was not at", "is still not a full member", "isn't
 * part of" (a form of "be", then no participle); asked, the form of "be" stands before its subject
 * ("what is Nicaragua not part of?", "which talks was India not at?").
 */
const STATE_DENIED =
  /\b(?:(?:is|was|are|were)(?: [\p{L}\p{N}'’-]+){0,4}?(?: still)? not|isn'?t|wasn'?t|aren'?t|weren'?t)(?: still| yet)? (?:at|in|on|among|a|an|part|party|member|present|there)\b/iu;
/** A denial of an act: "could not agree", "did not decide", "has never signed", "failed to agree". */
const ACT_DENIED =
  /\b(?:could|can|did|does|do|would|will|should|may|might|must|has|have|had)(?: still| yet)? (?:not|never)\b|\b(?:could|can|did|does|do|would|will|should|has|have|had)n[o']t\b|\b(?:cannot|failed to|fail to|fails to|unable to)\b/gi;
/** Any denial: what `ACT_DENIED` leaves over is a state denied ("was not a party to the talks"). */
const ANY_DENIAL = /\b(?:not|never|no|cannot|unable|failed|fails|fail)\b|n't\b/gi;

/** Every denial the fact makes is of an act (`ACT_DENIED`), and it makes at least one. */
function deniesOnlyActs(indexed: IndexedFact): boolean {
  const { statement } = indexed.fact;
  const acts = statement.match(ACT_DENIED)?.length ?? 0;
  return acts > 0 && acts === (statement.match(ANY_DENIAL)?.length ?? 0);
}

/** Whether a word of the fact turns something down, or is the opposite of a verb asked (`negatesSomethingAsked`). */
function deniesByItsVerb(word: string, acts: readonly Term[]): boolean {
  if (word.length < 4 || STOPWORDS.has(word)) return false;
  let known = denyingWords.get(word);
  if (known === undefined) {
    known = isVerbOfRefusing(word);
    denyingWords.set(word, known);
  }
  return known || acts.some((act) => isOppositeVerb(word, act.word));
}
const denyingWords = new Map<string, boolean>();

/** The word, alone or with the next as one verb ("held back"), is one of refraining (`isVerbOfRefraining`). */
function refrains(word: string, next: string | undefined): boolean {
  if (word.length < 4 || STOPWORDS.has(word)) return false;
  return isVerbOfRefraining(word) || (next !== undefined && isVerbOfRefraining(`${word} ${next}`));
}

const HOLDING_VERBS = new Set(["have", "has", "own", "owns", "possess", "possesses"]);
const PRESENT_AUXILIARIES = new Set(["does", "do"]);
/** The fact itself says what is held ("will have 56 rangers", "owns two aircraft"). */
const HOLDS = /\b(?:ha(?:ve|s|d)|own(?:s|ed)?|possess(?:es|ed)?)\b/i;

/** "How many X does Y have/own?": what is held as things stand, asked in the present. */
function asksWhatIsHeld(plan: QueryPlan): boolean {
  const { words } = plan;
  return (
    words.some((word) => PRESENT_AUXILIARIES.has(word)) &&
    // ("Do they have to scale back …?" is bound to, not holding.)
    words.some((word, i) => HOLDING_VERBS.has(word) && i > 2 && words[i + 1] !== "to") &&
    !words.some((word) => word === "will" || word === "would")
  );
}

/** "How much has it spent", "how much did it pay": a sum laid out, asked in the past. */
function spentAsked(plan: QueryPlan): boolean {
  return plan.words.some((word) => SPENT.has(word));
}

const SPENT = new Set(["spent", "paid", "contributed", "invested", "given"]);
/** What is offered or to come: no sum laid out yet. */
const OFFERED = /\b(?:offer(?:ed|s)?|propos(?:ed|es)|will|would|plans?|pledg(?:ed|es))\b/i;

/** Words that open a clause told beside a sentence's own act: what it says is not what is dated. */
const BESIDE_THE_ACT: ReadonlySet<string> = new Set([
  ...["after", "before", "since", "until", "over", "following", "because"],
  ...["who", "whose", "which", "when", "whom"],
]);
/**
 * The term is the month the question asks in ("in March"), and the fact is dated then (its own date,
 * else its meeting's) without naming another month: what was done at a meeting held that month.
 */
function heldInTheMonthAsked(term: Term, indexed: IndexedFact, context: ScoringContext): boolean {
  const asked = context.askedDate;
  if (!asked?.month || MONTHS[asked.month - 1]!.toLowerCase() !== term.word) return false;
  const event = indexed.fact.event ? context.kb.event(indexed.fact.event) : undefined;
  const date = indexed.fact.date ?? event?.date;
  if (!date || !fitsDate(asked, date)) return false;
  const named = indexed.fact.statement.match(MONTHS_NAMED) ?? [];
  return named.every((month) => month.toLowerCase() === term.word);
}
/**
 * Below the month said in so many words: of a meeting's facts, the one that says when it was done
 * still stands out ("received Sarybay on 17 April 2024" for "whom did he call on in April 2024?").
 */
const HELD_IN_THE_MONTH = 0.6;
const MONTHS_NAMED = new RegExp(`\\b(?:${MONTHS.join("|")})\\b`, "g");

/** A month or a year: a time a clause says of its own. */
const TIME_WORD = new RegExp(`^(?:${MONTHS.join("|")}|(?:19|20)\\d\\d)$`, "i");
/** Words on from the act within which its clause may say its time ("led … from 2019"). */
const CLAUSE_TIME_REACH = 12;
/** Words back from an act to the word that opens its clause ("who had held the post … and signed"). */
const CLAUSE_OPENER_REACH = 8;

/**
 * What a when-question dates: its acts, not a verb's "-ing" form that only qualifies the word
 * after it ("housing" in "when was the housing survey done?", asking of the survey).
 */
function actsDated(plan: QueryPlan, context: ScoringContext): readonly Term[] {
  const positions = new Set(plan.terms.map((t) => t.position));
  return context.acts.filter((act) => !(act.word.endsWith("ing") && positions.has(act.position + 1)));
}

/**
 * Each word of the fact that is one of the question's verbs ("live") stands after a possessive
 * ("their living", "its running"): a thing owned, not an act done. (With no verb found, false.)
 */
function actOnlyAsAPossessedNoun(acts: readonly Term[], indexed: IndexedFact): boolean {
  const [sentence = []] = factSequences(indexed.fact);
  let found = false;
  for (const act of acts) {
    if (isNoun(act.word)) continue;
    for (let i = 1; i < sentence.length; i++) {
      if ((act.alternatives.get(sentence[i]!.stem) ?? 0) < 1) continue;
      if (!POSSESSIVES.has(sentence[i - 1]!.word)) return false;
      found = true;
    }
  }
  return found;
}

const POSSESSIVES: ReadonlySet<string> = new Set(["their", "his", "her", "its", "our", "my", "your"]);

/** Words of a question that take a decision for granted ("why was it chosen / fixed at …?"). */
const DECISION_ASKED = /\b(?:chosen|chose|picked|selected|fixed|decided|approved|adopted|settled)\b/i;

/** A word that says where ("in", "at") before a name. */
const PLACING = new Set(["in", "at"]);
/** A participle that describes a party by its seat ("a lender based in Tunis"), not an act's place. */
const SEATED = new Set(["base", "headquart"]);
/** Words that open a clause of its own between the act and a place ("… in which …"). */
const CLAUSE_OPENERS = new Set(["which", "who", "whom", "whose"]);
/** Words that set what follows as the time of what went before: "stay in Norvik until the launch". */
const TIME_LINKS = new Set(["until", "till", "before", "after", "since"]);

/** The positions of "in <Name>" / "at <Name>" in the sentence (not "in March"). */
function placesNamed(sentence: readonly Token[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < sentence.length - 1; i++) {
    const next = sentence[i + 1]!;
    if (PLACING.has(sentence[i]!.word) && next.nameLike && !TIME_WORD.test(next.word)) found.push(i);
  }
  return found;
}

/**
 * Every "in/at <Name>" of the sentence is away from the act asked: it describes a party's seat,
 * or another act comes between them (an "-ed" verb, "to <verb>", a relative clause). False when
 * the sentence names no such place, or when the question asks no act.
 */
function placesOnlyBesideTheAct(acts: readonly Term[], indexed: IndexedFact): boolean {
  if (acts.length === 0) return false;
  const [sentence = []] = factSequences(indexed.fact);
  const places = placesNamed(sentence);
  if (places.length === 0) return false;
  const isAct = (token: Token) => acts.some((act) => (act.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH);
  // ("Where is its HQ?" asks the seat itself.)
  const seatAsked = acts.some((act) => [...SEATED].some((stem) => act.alternatives.has(stem)));
  // Every act asked must be told for its place to be read against it ("ministers", read as a verb,
  // or "reconvene" for "meet again", is not).
  const told = acts.map((act) =>
    sentence.flatMap((token, i) => ((act.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH ? [i] : [])),
  );
  const actsAt = told.some((at) => at.length === 0) ? [] : told.flat();
  const anotherAct = (i: number) => {
    const token = sentence[i]!;
    if (token.nameLike || isAct(token)) return false;
    if (CLAUSE_OPENERS.has(token.word)) return true;
    // ("Engineers will stay in Norvik until the launch": the act only dates another's stay.)
    if (TIME_LINKS.has(token.word)) return true;
    if (token.word.endsWith("ed") && token.stem !== token.word && isVerb(token.stem)) return true;
    const next = sentence[i + 1];
    // ("to be held in Slavonski Brod" places what goes before it.)
    return (
      token.word === "to" &&
      next !== undefined &&
      !isAct(next) &&
      !LIGHT_VERBS.has(next.word) &&
      isVerb(next.word)
    );
  };
  return places.every((at) => {
    const before = sentence[at - 1];
    if (before && SEATED.has(before.stem) && !seatAsked) return true;
    if (actsAt.length === 0) return false;
    return actsAt.every((act) => {
      for (let i = Math.min(act, at) + 1; i < Math.max(act, at); i++) if (anotherAct(i)) return true;
      return false;
    });
  });
}
/** Words before an "-ing" that make it a thing spoken of ("the delay in signing"), not a deed told. */
const BEFORE_A_GERUND = new Set(["in", "of", "for", "on", "over", "about"]);

/** Every act asked the sentence tells is an "-ing" after a preposition: a thing, not a deed. */
function actOnlyAsAThing(acts: readonly Term[], indexed: IndexedFact): boolean {
  const [sentence = []] = factSequences(indexed.fact);
  const at = sentence.flatMap((token, i) =>
    acts.some((act) => (act.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH) ? [i] : [],
  );
  return (
    at.length > 0 &&
    at.every((i) => sentence[i]!.word.endsWith("ing") && BEFORE_A_GERUND.has(sentence[i - 1]?.word ?? ""))
  );
}
/** Verbs after "to" that carry no act of their own ("to be held", "to have"). */
const LIGHT_VERBS = new Set(["be", "have", "take"]);

/** The "over" at `at` is the particle of a two-word verb with the word before it ("took over"). */
function particleOfItsVerb(sentence: readonly Token[], at: number): boolean {
  const before = sentence[at - 1]?.word;
  return !!before && sentence[at]!.word === "over" && isPhrasalVerb(before, "over");
}

/**
 * The question's first act the sentence names is, every time, in a clause that opens with a word
 * of `BESIDE_THE_ACT`: told beside the sentence's own act, so the fact's day is not its day.
 */
function actOnlyInAnothersClause(
  acts: readonly Term[],
  indexed: IndexedFact,
  plan: QueryPlan,
  time: ScoringContext["time"],
): boolean {
  const [sentence = []] = factSequences(indexed.fact);
  const date = indexed.fact.date;
  for (const act of acts) {
    const named = sentence.flatMap((token, i) => (act.alternatives.get(token.stem) === 1 ? [i] : []));
    if (named.length === 0) continue;
    return named.every((at) => {
      const from = Math.max(0, at - CLAUSE_OPENER_REACH);
      const opener = sentence.slice(from, at).findLastIndex((token) => BESIDE_THE_ACT.has(token.word));
      if (opener < 0) return false;
      // "Ghana will take over the rotating chair … on 1 January 2027": an "over" that is the
      // particle of a two-word verb WordNet knows ("take over", "hand over") belongs to the
      // sentence's own act; it opens no clause beside it ("the row over …" does).
      if (particleOfItsVerb(sentence, from + opener)) return false;
      // (A clause that says a time, or comes right after one, "in March 2025, when Panama suspended
      // imports", is dated by it.) But a clause whose every time is another than the fact's own day
      // ("appointed … on 2 June 2026, replacing Kindo, who … signed the framework agreement in
      // Abidjan in February") dates the act by itself, so the fact's day is still not the act's.
      for (let i = from; i < Math.min(sentence.length, at + CLAUSE_TIME_REACH); i++) {
        const word = sentence[i]!.word;
        if (!TIME_WORD.test(word)) continue;
        // (Only of a deed asked as done: "since when has she headed …" is dated by the clause.)
        if (!date || time !== undefined || !askedAsDone(plan) || fitsTheDay(word, date)) return false;
      }
      return true;
    });
  }
  return false;
}

/**
 * "When was the agreement signed?", "when did they sign it?": a deed asked as done, with no time of
 * its own (not "since when has she headed …", "when does the office open?").
 */
function askedAsDone(plan: QueryPlan): boolean {
  return plan.words.some((word) => DONE_AUXILIARIES.has(word));
}
const DONE_AUXILIARIES: ReadonlySet<string> = new Set(["did", "was", "were"]);

/** A month's name or a year ("february", "2024") that the ISO day falls in. */
function fitsTheDay(word: string, iso: string): boolean {
  if (YEAR_WORD.test(word)) return iso.startsWith(word);
  const month = MONTH_INDEX.get(word.toLowerCase());
  return month !== undefined && iso.slice(5, 7) === month;
}
const YEAR_WORD = /^(?:19|20)\d\d$/;
const MONTH_INDEX: ReadonlyMap<string, string> = new Map(
  MONTHS.map((name, i) => [name.toLowerCase(), String(i + 1).padStart(2, "0")]),
);

/** How far after a refusal the act asked may stand ("had refused in March to let the ship *count*"). */
const LATE_DENIAL_REACH = 10;
const DENIAL_WORDS = wordsToFind([...DENYING_VERBS, ...NOT_WORDS]);

/**
 * The question asks whether an act came in the end ("finally", "end up", read soft in
 * understand.ts: the fact need not say it came late), and the fact's sentence refuses that act
 * or says "not" right before it: it tells the holdout, not whether it gave way. A fact that
 * tells the change names the earlier refusal of something else, or none ("Antigua's reversal,
 * which in July refused Saint Kitts' request", "Greece joined the pool").
 */
function deniesTheLateAct(plan: QueryPlan, indexed: IndexedFact): boolean {
  const late = plan.terms.find((t) => LATENESS_ADVERBS.has(t.word));
  if (!late || !statementHasAnyOf(indexed, DENIAL_WORDS)) return false;
  // The act: the first verb after the adverb that is a content word.
  const act = plan.terms.find((t) => t.position > late.position && t.weight >= 1 && isVerb(t.word));
  if (!act) return false;
  const [sentence = []] = factSequences(indexed.fact);
  return sentence.some((token, i) => {
    const reach = DENYING_VERBS.has(token.word) ? LATE_DENIAL_REACH : NOT_WORDS.has(token.word) ? 2 : 0;
    return sentence.slice(i + 1, i + 1 + reach).some((next) => (act.alternatives.get(next.stem) ?? 0) >= 0.9);
  });
}
