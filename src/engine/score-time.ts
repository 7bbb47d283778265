import { inStoryWith } from "./candidates.ts";
import type { IndexedFact, KnowledgeBase } from "./knowledge.ts";
import { DETERMINERS, MEETING_NOUN_PATTERN, ORDINAL_WORDS } from "./language/lexicon.ts";
import { isPastVerb, stemOf, type Token, tokenize } from "./language/normalize.ts";
import { cardinalWords } from "./language/numbers.ts";
import {
  isLengthyThingNoun,
  isNoun,
  isPersonNoun,
  isPluralNoun,
  isVerb,
  isVerbOfMotion,
} from "./language/thesaurus.ts";
import {
  dayNamedIn,
  describingClauses,
  MONTHS,
  outsideDescriptions,
  recurringRangesIn,
  SEASON_PATTERN,
  statesTime,
} from "./language/time.ts";
import type { QueryPlan, Term } from "./query.ts";
import { predecessorCueBefore } from "./roles.ts";
import { factSequences, mentionPositions, statementHasAnyOf, wordsToFind } from "./token-cache.ts";
import {
  EARLIER_SIDE,
  FIRST_MET,
  FIRST_OF_A_FIGURE,
  HELD_UP_TO_THEN,
  LATER_SIDE,
  type TimeConstraint,
} from "./understand.ts";

// Regex literals in functions, hoisted: a literal is a new RegExp object each time it is evaluated,
// garbage per word or fact read. (None is global or sticky where it is tested: no state kept.)
const HOW = /^how\b/i;
const ISO_DATE = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/;
// ("In May" with no verb after it is the month: "what happened in Maracaibo in May?"; the modal
// follows its subject, "those who gave in may yet …".)
const MAY_THE_MONTH =
  /\b\d{1,4}\s+may\b|\bmay\s+\d{1,4}\b|\b(?:when|days?|dates?) in may\b|\b(?:in|during|since|until|by) (?:early |late |mid-?)?may(?=\s*(?:[?.!,]|$))/;
const YEAR_ASKED = /\b(?:in|of|during|on)\s+(?:\w+\s+){0,2}((?:19|20)\d{2})\b/;
const SPACES = /\s+/;
const PUNCTUATION_AROUND = /^[^\d\w]+|[^\d\w%]+$/g;
const YEAR_WORD = /^(?:19|20)\d{2}$/;
const FIGURE_WORD = /^\d[\d,.]*%?$/;
const CAPITALISED = /^\p{Lu}/u;

// When: the question's time words and dates against a fact's, kept apart from the per-fact score
// because time is its own small grammar (dates, spans, handovers, former and ended states).

/** "Are 24 stations still planned?": whatever its tense, it asks what stands now. */
export const STILL = /\b(?:still|any ?more|any longer|no longer)\b/i;

/**
 * "Is the centre still disputed?": the position after which the question says the state it asks
 * whether still holds ("disputed"), or undefined. A later account that it changed ("settled the
 * dispute over the centre") need not have those words; it must still have the thing's own.
 */
export function stillStateFrom(plan: QueryPlan): number | undefined {
  if (plan.kind !== "yesno") return undefined;
  const at = plan.words.indexOf("still");
  return at < 0 ? undefined : at;
}

/**
 * "When will the study be done?" asks for a time still to come: "On 25 November 2026 the ministers
 * agreed to pay for a study" says only the day the plan was made (the fact's own date), which is
 * not when the study will be done. The sentence must name a time besides its own day or month.
 */
export function statesTimeBesidesItsOwn(indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const own = indexed.fact.date ?? (indexed.fact.event ? kb.event(indexed.fact.event)?.date : undefined);
  const statement = indexed.fact.statement;
  if (!own) return statesTime(statement);
  // (A fact dated after its article is dated by what is to come: its own day is the time asked.)
  if (own > (kb.source(indexed.fact.source)?.date ?? own)) return true;
  const rest = statement.replace(ownDaySaid(own), " ");
  return statesTime(rest) || TIME_TO_COME.test(rest);
}

/**
 * The fact's own date is the day of its act: it says no time, or says that day (or month). "Meridian
 * won the tender, which opened in September 2026", dated the day it won, does not date the opening.
 */
export function datedByItsAct(indexed: IndexedFact): boolean {
  const own = indexed.fact.date;
  if (!own) return false;
  const statement = indexed.fact.statement;
  return !statesTime(statement) || ownDaySaid(own).test(statement);
}

/** The fact's own day or month as a sentence says it ("on 25 November 2026", "in November 2026"). */
function ownDaySaid(own: string): RegExp {
  const [year, month, day] = own.split("-").map(Number);
  const name = MONTHS[(month ?? 1) - 1]!;
  return new RegExp(
    String.raw`\b(?:(?:on |in )?(?:${day} ${name}|${name} ${day},?)(?: ${year})?|(?:in )?${name} ${year})\b`,
    "gi",
  );
}

/**
 * "A request … over the February 2026 gas cut has gone unanswered": a time set between "the" and a
 * noun says which thing that is ("the 2019 election", "the March 2026 agreement"), not when the
 * sentence's act was. True when every time the sentence states is such a name of a thing the
 * question does not ask about (its noun words are not all the question's): then it dates none of
 * what is asked. "When was the March 2026 agreement signed?" keeps "the March 2026 agreement".
 */
export function timesOnlyNameOtherThings(plan: QueryPlan, statement: string): boolean {
  let named = false;
  const rest = statement.replace(TIME_BEFORE_A_NOUN, (whole, _time: string, noun: string) => {
    const words = noun.split(" ");
    const cut = words.findIndex((word) => DETERMINERS.has(word) || NOT_A_NOUN_WORD.has(word));
    const thing = cut < 0 ? words : words.slice(0, cut);
    if (thing.length === 0) return whole;
    const asked = (word: string) =>
      plan.terms.some((term) => (term.alternatives.get(stemOf(word)) ?? 0) >= STRONG_WORD);
    if (thing.every(asked)) return whole;
    named = true;
    return " ";
  });
  return named && !statesTime(rest);
}

const MONTH_ALTERNATIVES = MONTHS.join("|");
const TIME_BEFORE_A_NOUN = new RegExp(
  String.raw`\b[Tt]he ((?:\d{1,2} )?(?:${MONTH_ALTERNATIVES})(?: \d{1,2},?)?(?: (?:19|20)\d{2})?|(?:19|20)\d{2}) ((?:[a-z][\w-]* ){0,2}[a-z][\w-]*)`,
  "g",
);
/** Words that end the noun a time stands before ("the 2019 cut *in* fees", "the May 2026 talks *were*"). */
const NOT_A_NOUN_WORD: ReadonlySet<string> = new Set(
  "in on at of for to by with from over and or but was were is are has have had will would that which who".split(
    " ",
  ),
);
/** How closely a word of the named thing must stand for one of the question's. */
const STRONG_WORD = 0.7;

/** A time said from the speaker's day: "by the end of the year", "next month", "within weeks". */
const TIME_TO_COME =
  /\b(?:(?:end|middle|start|beginning|turn) of (?:the|this|next) (?:year|month|season)|next (?:year|month|week|season)|within (?:a|the next|\w+) (?:days?|weeks?|months?|years?))\b/i;

// ("Added a fourth weekly flight": one more than the count told before, a change of it; not the
// first, which no count came before.)
const ONE_MORE_ADDED = `added an? (?:${ORDINAL_WORDS.filter((w) => w !== "first").join("|")})`;
/**
 * "Raised from 24 to 30", "up from 85", "replacing X": a sentence that tells a change, both sides of
 * it ("falls to 1,000 shillings from 1 September" tells one side and the day).
 */
export const CHANGE_STATED = new RegExp(
  String.raw`\b(?:from\b(?:[^.;,]|[.,](?=\d))*?\bto\b|to [$€£]?\d(?:[^.;,]|[.,](?=\d))*?\bfrom (?:the )?[$€£]?\d(?!\d* (?:January|February|March|April|May|June|July|August|September|October|November|December)\b)|up from|down from|rose|risen|fell|fallen|raised|lowered|increased|decreased|replac\w*|instead of|no longer|settled|${ONE_MORE_ADDED})\b`,
  "i",
);

/**
 * An act that ends a standing state of a thing: a detention, a suspension, a plan ("released",
 * "resumed", "the first crossing since April 2023", "cancelled"). Past forms only: "agreed to
 * restore the ferry" is a plan, not its end.
 */
export const ENDS_A_STATE =
  /\b(?:first\b[^.;]*\bsince\b|resumed|restored|reopened|released|freed|cancell?ed|scrapped|called off)\b/i;

/**
 * The fact tells a change ("settled", "raised from") or an end ("cancelled") and its meeting comes
 * after another of its story's: a later account of what an earlier one told, in words of its own.
 */
export function toldAsChangedLater(indexed: IndexedFact, kb: KnowledgeBase): boolean {
  if (!CHANGE_STATED.test(indexed.fact.statement) && !ENDS_A_STATE.test(indexed.fact.statement)) return false;
  const event = indexed.fact.event ? kb.event(indexed.fact.event) : undefined;
  return !!event && inStoryWith(event, kb, (other) => other.date < event.date).length > 0;
}

/** Only what these checks read of `ScoringContext`: score.ts, which builds it, imports them. */
interface TimeContext {
  kb: KnowledgeBase;
  time: TimeConstraint | undefined;
  askedDate: AskedDate | undefined;
}

/**
 * Time words are constraints: "who chaired it before?" is answered only by a fact that names a
 * predecessor or a handover, "who will ...?" by one about what is to come, "how long" by a stated
 * span, and "who chairs it now?" not by a fact about a former holder.
 */
export function timeFit(plan: QueryPlan, indexed: IndexedFact, context: TimeContext): number {
  const statement = indexed.fact.statement;
  // "Who signed the accord in April 2025?" is not answered by a signing dated 2 March 2025.
  const asked = context.askedDate;
  const date =
    indexed.fact.date ?? (indexed.fact.event ? context.kb.event(indexed.fact.event)?.date : undefined);
  if (asked && date && !fitsDate(asked, date) && !namesDate(asked, statement)) return MISSES_TIME;
  if (asked?.year && figuresOnlyForOtherYears(asked.year, statement)) return MISSES_TIME;
  if (reversesOrder(plan, indexed)) return MISSES_TIME;
  if (otherSideOfTheYear(plan.text, statement)) return MISSES_TIME;
  return constraintMet(plan, indexed, context);
}

/**
 * "How much will quotas be cut after 2030?" is not answered by "cut by a fifth until 2030": the
 * fact's year bounds its time from the other side (and "before 2030" not by "from 2030").
 */
function otherSideOfTheYear(question: string, statement: string): boolean {
  const asked = SIDE_OF_A_YEAR.exec(question);
  if (!asked) return false;
  const [, side, year] = asked;
  const upTo = new RegExp(`\\b(?:until|till|to|through|by|before) ${year}\\b`, "i");
  const onFrom = new RegExp(`\\b(?:after|from|since|beyond|starting(?: in)?) ${year}\\b`, "i");
  const [same, other] = side!.toLowerCase() === "after" ? [onFrom, upTo] : [upTo, onFrom];
  return other.test(statement) && !same.test(statement);
}

const SIDE_OF_A_YEAR = /\b(after|before) ((?:19|20)\d\d)\b/i;

/**
 * "Where did Iturra serve before he was ambassador?" is not answered by "served as ambassador
 * … before being appointed minister": what the question puts after "before" the fact puts
 * before it, so the fact tells what came after, not before (and the same for "after").
 */
function reversesOrder(plan: QueryPlan, indexed: IndexedFact): boolean {
  const at = plan.words.findIndex((word) => ORDER_WORDS.has(word));
  if (at < 0) return false;
  const end = orderPhraseEnd(plan.words, at);
  const later = plan.terms.filter((t) => t.position > at && t.position < end && t.weight >= 1 && !t.timeWord);
  if (later.length === 0) return false;
  const [sentence = []] = factSequences(indexed.fact);
  const pivot = sentence.findIndex((t) => t.word === plan.words[at]);
  if (pivot < 0) return false;
  const where = (term: Term) => sentence.findIndex((t) => (term.alternatives.get(t.stem) ?? 0) >= 1);
  const found = later.map(where).filter((i) => i >= 0);
  return found.length > 0 && found.every((i) => i < pivot);
}

const ORDER_WORDS = new Set(["before", "after"]);

/**
 * Where what "before"/"after" governs ends: "how long after the first round *did* they sign?" puts
 * the question's own verb after the phrase, behind its inverted auxiliary, and that verb is not
 * what came after (the signing came after the round). "Before he *was* ambassador" is the
 * phrase's own verb, after its subject.
 */
function orderPhraseEnd(words: readonly string[], at: number): number {
  for (let i = at + 1; i < words.length; i++) {
    const word = words[i]!;
    if (DO_SUPPORT.has(word)) return i;
    if (INVERTED.has(word) && !SUBJECT_PRONOUNS.has(words[i - 1] ?? "") && i > at + 1) return i;
  }
  return words.length;
}

const DO_SUPPORT: ReadonlySet<string> = new Set(["did", "does", "do"]);
const INVERTED: ReadonlySet<string> = new Set(
  "was were is are will would can could should has have had".split(" "),
);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set("he she it they we i you".split(" "));

/** How well the fact meets the question's time constraint (1 when it has none). */
export function constraintMet(plan: QueryPlan, indexed: IndexedFact, context: TimeContext): number {
  const statement = indexed.fact.statement;
  switch (context.time) {
    case "past-holder":
      // ("What did he do before that?" of a person is met by the post they had held since a year.)
      if (
        !HANDOVER.test(statement) &&
        !HANDOVER.test(indexed.fact.quote) &&
        !(plan.kind === "what" && HELD_UP_TO_THEN.test(statement))
      )
        return MISSES_TIME;
      return plan.kind === "what" && takesOverOnly(plan, indexed, context.kb) ? MISSES_TIME : 1;
    case "successor":
      return HANDOVER.test(statement) || HANDOVER.test(indexed.fact.quote) || HANDING_ON.test(statement)
        ? 1
        : MISSES_TIME;
    case "future":
      // "When will ..." is decided in `detailFit` (score.ts) with the fact's date. "Who/where/which will ..."
      // needs a plan; "what/how will ..." does not: an accord's terms ("share the waters
      // equally") are worded in the present and still say what will be.
      if (plan.kind === "when" || !["who", "where", "which"].includes(plan.kind)) return 1;
      return FUTURE_FACT.test(statement) ? 1 : MISSES_TIME;
    case "current":
      if (aboutAFormerState(indexed, context.kb) || onlyInThePast(plan, indexed)) return MISSES_TIME;
      if (holdingOnlyToCome(plan, indexed, context.kb)) return MISSES_TIME;
      return onlyProposed(plan, statement) ? MISSES_TIME : 1;
    case "present":
      return aboutAFormerState(indexed, context.kb) ||
        endedState(plan, indexed) ||
        holdingOnlyToCome(plan, indexed, context.kb)
        ? MISSES_TIME
        : 1;
    case "frequency":
      return saysIt(FREQUENCY, indexed);
    case "origin":
      return saysWhereFrom(plan, indexed, context.kb) ? 1 : MISSES_TIME;
    case "destination":
      return movedOnTo(plan, indexed, context.kb) ? 1 : MISSES_TIME;
    case "span":
      return saysItOfTheAsked(
        asksWhichYears(plan)
          ? YEARS_BETWEEN
          : asksTheLengthOfAThing(plan)
            ? LENGTH
            : asksHowLongAnActTakes(plan)
              ? DURATION
              : SPAN,
        plan,
        indexed,
        context.kb,
      );
    case "end":
      // "Who led the agency until September 2026?": a handover then ("took over … on 1 September
      // 2026, replacing Batbayar Gantulga") ends the post of the one it names as replaced; the
      // day it gives is still weighed against the one asked.
      if (plan.kind === "who" && HANDOVER.test(statement)) return 1;
      return saysItOfTheAsked(END_POINT, plan, indexed, context.kb);
    case "earlier":
      return saysIt(EARLIER, indexed);
    case "since":
      if (namedOnlyAsPredecessor(plan, indexed, context.kb)) return MISSES_TIME;
      // "When does Sitthideth become chair of the panel?" is told by "Thao will hand the chair of the
      // panel to Khamphouvieng Sitthideth on 1 January 2027": the one asked about (the question's
      // first name, its subject) is handed the post, the day the sentence says is when it begins.
      if (plan.kind === "when" && passedOnTo(plan.mentions[0]?.entityIds ?? [], indexed, context.kb))
        return 1;
      // "How long have they been arguing?" is met by the length it has held too ("for eight
      // months", "the first visit in eleven years"), where "since when?" asks the day it began.
      return Math.max(
        saysItOfTheAsked(BEGINNING, plan, indexed, context.kb),
        HOW.test(plan.text) ? saysItOfTheAsked(heldForPattern(), plan, indexed, context.kb) : 0,
      );
    case "start": {
      const stated = saysItOfTheAsked(START_POINT, plan, indexed, context.kb);
      return stated === MISSES_TIME && YEAR_SPAN.test(statement) ? SPAN_START : stated;
    }
    case "weekday":
      return indexed.fact.date || dayNamedIn(statement) ? 1 : MISSES_TIME;
    // ("How far apart are the doses?" is a time between them.)
    default:
      return 1;
  }
}

export const MISSES_TIME = 0.6;
/** The quote says it but the statement does not: likely about something else in the same sentence. */
const QUOTE_ONLY = 0.95;

function saysIt(pattern: RegExp, indexed: IndexedFact): number {
  if (pattern.test(indexed.fact.statement)) return 1;
  return pattern.test(indexed.fact.quote) ? QUOTE_ONLY : MISSES_TIME;
}

/**
 * A time that meets the constraint, said of what the question asks: not of a time of year that
 * comes back each year ("from June to November each year" neither starts nor ends anything), not
 * in a relative clause about something else ("the trial was to be led by Dr. Valdivia, who has run
 * field trials since 2018" says nothing of how long the trial runs), and, of a person asked, not
 * after another person's name ("Mulqueeny … and Asgrimsson, Iceland's Minister of Fisheries since
 * 2023"; "succeeded Zelaya Paz …; she led the agency from 2019 to 2026"). A statement whose only
 * such times are of other things does not say it, whatever its quote says.
 */
function saysItOfTheAsked(pattern: RegExp, plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): number {
  const [statement = [], quote = []] = factSequences(indexed.fact);
  const said = timeOfTheAsked(pattern, indexed.fact.statement, statement, plan, indexed, kb);
  if (said !== undefined) return said ? 1 : MISSES_TIME;
  return timeOfTheAsked(pattern, indexed.fact.quote, quote, plan, indexed, kb) ? QUOTE_ONLY : MISSES_TIME;
}

/** Whether the text says the time of what is asked; undefined where it says no such time at all. */
function timeOfTheAsked(
  pattern: RegExp,
  text: string,
  tokens: readonly Token[],
  plan: QueryPlan,
  indexed: IndexedFact,
  kb: KnowledgeBase,
): boolean | undefined {
  if (!pattern.test(text)) return undefined;
  const recurring = recurringRangesIn(text);
  let layout: SentenceLayout | undefined;
  for (const match of text.matchAll(globalOf(pattern))) {
    const start = match.index;
    if (recurring.some(([from, to]) => start >= from && start < to)) continue;
    // Where the time itself stands: the end of what the pattern read ("succeeded X, who led it from *2019*").
    const at = start + match[0].length - 1;
    if (pattern === LENGTH && measuresAnotherThing(match[0], text.slice(start + match[0].length), plan))
      continue;
    layout ??= sentenceLayout(plan, text, tokens, indexed, kb);
    if (ofAnotherPerson(layout, at) || inAnothersClause(layout, at)) continue;
    if (pattern === BEGINNING && someonesTakingUp(layout, match[0], start, plan)) continue;
    if (pattern === heldFor && !heldSoFar(match[0], text, start, plan)) continue;
    return true;
  }
  return false;
}

/**
 * "Since when does the CFPC exist?" is not answered by "Dvořáková became Secretary General of the
 * CFPC on 1 July 2026": a person's taking up a post begins their holding of it, not the body. Only
 * where the question names no person and asks no verb of holding a post (heading, chairing).
 */
function someonesTakingUp(layout: SentenceLayout, said: string, start: number, plan: QueryPlan): boolean {
  if (layout.personAsked || !TAKING_UP.test(said)) return false;
  if (plan.terms.some((t) => (t.alternatives.get("lead") ?? 0) >= HOLDING_VERB)) return false;
  const clauseStart = layout.breaks.reduce((last, b) => (b < start && b > last ? b : last), -1);
  return layout.people.some((p) => p.at < start && p.at > clauseStart && start - p.at <= TAKER_DISTANCE);
}
const TAKING_UP =
  /^(?:took (?:office|over|command|charge)|assumed|appointed|became|succeeded|replaced|elected|sworn in|takes? up|took up|taken up|taking up)\b/i;
/** A verb of the leading family ("chair", "head", "run") asks about holding a post. */
const HOLDING_VERB = 0.6;
/** Characters from a person's name to the verb they take up a post with ("Markéta Dvořáková, a Czech forest engineer, became"). */
const TAKER_DISTANCE = 80;

const GLOBAL_PATTERNS = new Map<RegExp, RegExp>();
function globalOf(pattern: RegExp): RegExp {
  let global = GLOBAL_PATTERNS.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, `${pattern.flags.replace("g", "")}g`);
    GLOBAL_PATTERNS.set(pattern, global);
  }
  return global;
}

/** Where in a statement its relative clauses, the people it names and the question's names stand (character offsets). */
interface SentenceLayout {
  /** Each relative clause: where its antecedent starts, where the clause starts and ends. */
  clauses: { from: number; start: number; end: number }[];
  /**
   * Each person the fact names: where, whether the question asks about them, and whether they are
   * named as the one handed over from ("succeeded *Samuel Quaye* as foreign minister in January
   * 2023": the time is the successor's).
   */
  people: { at: number; asked: boolean; handedFrom: boolean }[];
  /** Whether the question asks about a person. */
  personAsked: boolean;
  /** Where the question's other names (bodies, countries, things) stand in the statement. */
  things: number[];
  /** Each of the question's content words (not a time word): where the statement has it. */
  words: number[][];
  /** Where a post is spoken of as such ("had held *the post* since 2023"). */
  posts: number[];
  /** Where the sentence's clauses break (its semicolons). */
  breaks: number[];
}

function sentenceLayout(
  plan: QueryPlan,
  statement: string,
  sentence: readonly Token[],
  indexed: IndexedFact,
  kb: KnowledgeBase,
): SentenceLayout {
  const starts = tokenStarts(statement, sentence);
  const askedPeople = new Set<string>();
  const askedThings: string[] = [];
  for (const mention of plan.mentions) {
    for (const id of mention.entityIds) {
      if (kb.entity(id)?.kind === "person") askedPeople.add(id);
      else askedThings.push(id);
    }
  }
  const people: SentenceLayout["people"] = [];
  for (const id of indexed.fact.entities) {
    if (kb.entity(id)?.kind !== "person") continue;
    for (const at of mentionPositions(sentence, [id], kb)) {
      const handedFrom = predecessorCueBefore(sentence, at);
      people.push({ at: starts[at]!, asked: askedPeople.has(id), handedFrom });
    }
  }
  const things = mentionPositions(sentence, askedThings, kb).map((at) => starts[at]!);
  const words = plan.terms
    .filter((t) => t.weight >= 1 && t.kinds.length === 0 && !t.timeWord && !YEAR_WORD.test(t.word))
    .map((term) =>
      sentence.flatMap((token, i) =>
        (term.alternatives.get(token.stem) ?? 0) >= CLAUSE_WORD ? [starts[i]!] : [],
      ),
    );
  const posts = sentence.flatMap((token, i) =>
    POST_WORDS.has(token.word) && DETERMINERS.has(sentence[i - 1]?.word ?? "") ? [starts[i]!] : [],
  );
  const clauses: SentenceLayout["clauses"] = [];
  for (const match of statement.matchAll(RELATIVE_CLAUSE)) {
    const start = match.index;
    // The antecedent: the few words before the pronoun ("Dr. Ernesto Valdivia, a Cuban epidemiologist").
    const before = starts.findIndex((at) => at >= start);
    const first = Math.max(0, (before < 0 ? starts.length : before) - ANTECEDENT_WORDS);
    clauses.push({ from: starts[first] ?? start, start, end: start + match[0].length });
  }
  const breaks = [...statement.matchAll(CLAUSE_BREAK)].map((m) => m.index);
  return { clauses, people, personAsked: askedPeople.size > 0, things, words, posts, breaks };
}

/** How near a word of the clause must be to the question's to stand for it ("chair" ~ "chairs"). */
const CLAUSE_WORD = 0.7;
/** Words for a post held, which a clause says of the one its antecedent names ("who had held the post"). */
const POST_WORDS: ReadonlySet<string> = new Set(["post", "job", "office", "role", "position", "portfolio"]);

/** A relative clause, to the next comma, semicolon or full stop (not an abbreviation's). */
const RELATIVE_CLAUSE = /\b(?:who|whom|whose|which)\b(?:[^,;.]|\.(?=\S)|\.(?= \p{Ll}))*/giu;
/** A break between clauses a pronoun may open ("…; she led the agency"). */
const CLAUSE_BREAK = /;/g;
/** Words before a relative pronoun that may name what its clause is about. */
const ANTECEDENT_WORDS = 6;

/**
 * Of a person asked, a time after another person's name, outside a relative clause (whose time is
 * its antecedent's). In the time's own clause (to a semicolon) the nearest name before it is whose
 * time it is, unless named as the one handed over from ("succeeded Samuel Quaye as foreign minister
 * in January 2023": the successor's); a clause that names no one speaks of the last one named
 * ("succeeded Lucía Zelaya Paz; she led the agency from 2019 to 2026": hers).
 */
function ofAnotherPerson(layout: SentenceLayout, at: number): boolean {
  if (!layout.personAsked || layout.clauses.some((c) => at >= c.start && at < c.end)) return false;
  // (A sentence that never names the one asked, "she has led it since 2019", has no one else's time.)
  if (!layout.people.some((p) => p.asked)) return false;
  const clauseStart = layout.breaks.reduce((last, b) => (b < at && b > last ? b : last), -1);
  // ("Kioa replaced Fotuaika as minister in August 2026": a handover's day is the day the one
  // handed over from left as much as the day the other came.)
  if (layout.people.some((p) => p.asked && p.handedFrom && p.at >= clauseStart && p.at < at)) return false;
  let nearest: SentenceLayout["people"][number] | undefined;
  for (const person of layout.people) {
    if (person.at >= at || person.at < clauseStart || person.handedFrom) continue;
    if (!nearest || person.at > nearest.at) nearest = person;
  }
  if (!nearest) {
    for (const person of layout.people) {
      if (person.at < clauseStart && (!nearest || person.at > nearest.at)) nearest = person;
    }
  }
  return !!nearest && !nearest.asked;
}

/**
 * A time inside a relative clause about something else: its clause and antecedent hold none of the
 * question's names, where the sentence says them elsewhere or the antecedent names someone else
 * ("the trial was to be led by Dr. Valdivia, who has run field trials since 2018"; "succeeded Zelaya
 * Paz, who led the agency from 2019 to 2026"). A clause about a person asked is about what the
 * question asks only in its words or as their post: "Vlădescu, who will chair the council until
 * the end of 2027", "Elkabti, who had held the post since 2023" are; "Quej Tunay, a biologist who
 * has led jaguar surveys for 15 years" is not of the secretariat he led.
 */
function inAnothersClause(layout: SentenceLayout, at: number): boolean {
  const clause = layout.clauses.find((c) => at >= c.start && at < c.end);
  if (!clause) return false;
  const inside = (where: number) => where >= clause.from && where < clause.end;
  const inClause = (where: number) => where >= clause.start && where < clause.end;
  if (layout.things.some(inside)) return false;
  if (layout.people.some((p) => p.asked && inside(p.at))) {
    return !layout.posts.some(inClause) && !layout.words.every((found) => found.some(inClause));
  }
  if (layout.people.some((p) => !p.asked && p.at >= clause.from && p.at < clause.start)) return true;
  return layout.things.length > 0 || layout.people.some((p) => p.asked);
}

/** Each token's character offset in the statement it was read from (as typed, in order). */
function tokenStarts(statement: string, tokens: readonly Token[]): number[] {
  const lower = statement.toLowerCase();
  const starts: number[] = [];
  let cursor = 0;
  for (const token of tokens) {
    let at = statement.indexOf(token.text, cursor);
    if (at < 0) at = lower.indexOf(token.text.toLowerCase(), cursor);
    if (at < 0) at = cursor;
    starts.push(at);
    cursor = at + (at === cursor && !statement.startsWith(token.text, at) ? 0 : token.text.length);
  }
  return starts;
}

export interface AskedDate {
  year?: number;
  /** 1..12 */
  month?: number;
  day?: number;
}

/** The months' names in lower case, as the question is read. */
const MONTH_NAMES = MONTHS.map((name) => name.toLowerCase());

/**
 * A month's name in a sentence, read case-blind: "May" is the month only beside a day or a year
 * ("1 May", "May 2027") or after a word that leads a time ("in May", "from mid-May", "to May"),
 * not the verb of "crews from Lithuania and Latvia may cross the border".
 */
const MONTH_PATTERN = MONTH_NAMES.map((name) =>
  name === "may"
    ? String.raw`(?:(?<=\b\d{1,2}\s)may|may(?=\s+\d{1,4}\b)|(?<=\b(?:in|of|since|from|until|till|by|to|through|early|late|mid|end|last|next|this|between)[\s-])may)`
    : name,
).join("|");

/** Each month's name as a word, and a day beside it: made once, not on every question read. */
const MONTH_WORDS = MONTH_NAMES.map((name) => new RegExp(`\\b${name}\\b`));
const MONTH_DAYS = MONTH_NAMES.map(
  (name) => new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${name}\\b|\\b${name}\\s+(\\d{1,2})\\b`),
);

/** "on 17 April 2024", "in May", "April 17, 2024", "in 2025", "2024-04-17". */
export function askedDateIn(text: string): AskedDate | undefined {
  const known = datesRead?.get(text);
  if (known !== undefined) return known ?? undefined;
  const asked = dateIn(text);
  datesRead?.set(text, asked ? Object.freeze(asked) : null);
  return asked;
}

/**
 * The dates read during one answer, by text: a question's text is read for its date by a score of
 * checks (its scoring context once per search, its fallbacks, its verdict), each with a dozen
 * month patterns. Undefined outside an answer.
 */
let datesRead: Map<string, Readonly<AskedDate> | null> | undefined;

/** Makes one answer, each text's date read once. */
export function inOneDating<T>(answer: () => T): T {
  const outer = datesRead;
  datesRead = new Map();
  try {
    return answer();
  } finally {
    datesRead = outer;
  }
}

function dateIn(text: string): AskedDate | undefined {
  const lower = text.toLowerCase();
  const iso = ISO_DATE.exec(lower);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const month = MONTH_WORDS.findIndex((word) => word.test(lower));
  // "may" is a month only beside a number ("17 May", "May 2024") or asked within ("what
  // day in May", read "when in May"), else the verb ("when may they sign").
  const monthOk = month >= 0 && (month !== 4 || MAY_THE_MONTH.test(lower));
  const year = YEAR_ASKED.exec(lower)?.[1];
  const day = monthOk ? MONTH_DAYS[month]!.exec(lower) : null;
  const asked: AskedDate = {
    ...(year ? { year: Number(year) } : {}),
    ...(monthOk ? { month: month + 1 } : {}),
    ...(day ? { day: Number(day[1] ?? day[2]) } : {}),
  };
  return asked.year || asked.month ? asked : undefined;
}

export function fitsDate(asked: AskedDate, iso: string): boolean {
  const [year, month, day] = iso.split("-").map(Number);
  if (asked.year && asked.year !== year) return false;
  if (asked.month && asked.month !== month) return false;
  if (asked.day && asked.day !== day) return false;
  return true;
}

/**
 * "What was trade worth in 2019?" is not answered by "trade reached 48.6 million dollars in 2023,
 * more than double the figure for 2019": the statement names the asked year, but every figure it
 * states stands by another year. A figure belongs to the year nearest it with no other between.
 */
function figuresOnlyForOtherYears(year: number, statement: string): boolean {
  const tokens = statement.split(SPACES).map((token) => token.replace(PUNCTUATION_AROUND, ""));
  const yearAt: number[] = [];
  const figureAt: number[] = [];
  tokens.forEach((token, i) => {
    if (YEAR_WORD.test(token)) yearAt.push(i);
    else if (FIGURE_WORD.test(token)) figureAt.push(i);
  });
  const asked = yearAt.filter((i) => tokens[i] === String(year));
  if (asked.length === 0 || asked.length === yearAt.length || figureAt.length === 0) return false;
  const nearestYear = (figure: number) =>
    yearAt.reduce((best, i) => (Math.abs(i - figure) < Math.abs(best - figure) ? i : best), yearAt[0]!);
  return !figureAt.some((figure) => {
    const nearest = nearestYear(figure);
    return asked.includes(nearest) && Math.abs(nearest - figure) <= FIGURE_REACH;
  });
}

const FIGURE_REACH = 6;

/** The statement itself speaks of the asked year or month ("from 2018 to 2022"). */
export function namesDate(asked: AskedDate, statement: string): boolean {
  const lower = statement.toLowerCase();
  if (asked.day && !new RegExp(`(?<!\\d)${asked.day}(?!\\d)`).test(lower)) return false;
  if (asked.month && !lower.includes(MONTH_NAMES[asked.month - 1]!)) return false;
  if (asked.year && !lower.includes(String(asked.year))) return false;
  return true;
}

/** A fact that names who came before, or a handing over from one holder to the next. */
export const HANDOVER =
  /\b(?:(?:took|tak(?:es|ing)) over\b[^.;]{0,80}?\bfrom|succeed(?:ed|s|ing)?|replac(?:ed|es|ing)|successor|predecessors?|preceded|previous(?:ly)?|former(?:ly)?|outgoing|handed over|hand(?:ing)?[- ]?over|handover|hand(?:s|ed|ing)?\b[^.;]{0,60}?\bto|transition|transfer(?:red)?|passed (?:on )?(?:the \w+ )?(?:to|from)|until|ex-|before (?:being|becoming|taking|joining|moving)|after\b[^.;]{0,60}?\b(?:retired|resigned|stepped down|left|quit|died))\b/i;

/**
 * "Who takes over from Trepat?", "who takes over the chair after Scally?": a handing on still to
 * come, told of the one leaving ("Trepat's term as president ends on 31 December 2026, and
 * Folch-Arriagada will take over"; "after which the chair passes to an Icelandic scientist"). Only
 * for who comes after: it names no one before.
 */
const HANDING_ON =
  /\b(?:will|to) take over\b|\bpass(?:es|ing)? (?:on )?(?:the \w+ )?to\b|\bterm\b[^.;]{0,40}?\b(?:ends|expires)\b/i;

/**
 * "Since when has Siti Rahmawati led the SMSC?", "who led the committee before Nazarov?": a fact
 * that says someone took over, succeeded or replaced at the head of a body says when the leading
 * began and who led before, though it never says "led". Only for a verb of leading (the family
 * of "lead": "head", "run") and a question about a tenure's beginning or a handover.
 */
export function takingOverMeetsLeading(
  term: Term,
  indexed: IndexedFact,
  time: TimeConstraint | undefined,
): boolean {
  if (time !== "since" && time !== "past-holder" && time !== "successor") return false;
  if (term.weight < 1 || term.kinds.length > 0 || (term.alternatives.get("lead") ?? 0) < LEADING_FAMILY)
    return false;
  return TAKING_OVER.test(indexed.fact.statement);
}

const LEADING_FAMILY = 0.7;

/**
 * "When did Wesseh take over the ministry?", "when did Ekambi Dipoko stop being negotiator?": a
 * handing over that names someone asked ("Wesseh replaced Kollie as minister on 20 May 2026")
 * tells when one began to hold the post and the other stopped, though it says neither verb.
 * Only for "when" and a verb of beginning or ending to hold something.
 */
export function handoverMeetsTakingOrLeaving(
  term: Term,
  plan: QueryPlan,
  indexed: IndexedFact,
  kb: KnowledgeBase,
): boolean {
  if (plan.kind !== "when" || term.weight < 1 || term.kinds.length > 0) return false;
  if (handedTo(term, plan, indexed, kb)) return true;
  if (![...term.alternatives.keys()].some((stem) => HOLDING_CHANGES.has(stem))) return false;
  if (!REPLACED.test(indexed.fact.statement)) return false;
  return plan.mentions.some((m) =>
    m.entityIds.some((id) => kb.entity(id)?.kind === "person" && indexed.fact.entities.includes(id)),
  );
}

/**
 * "When does Guatemala take over the chair?" is told by "the chair will pass from Mexico to
 * Guatemala in March 2027" (handed, rotates to): the one asked stands right after the "to" of a
 * passing on, whoever it is (a country, a body, a person). Only for taking over or assuming, not
 * for leaving.
 */
function handedTo(term: Term, plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const takesOver = term.pair?.[0] === "take" && term.pair[1] === "over";
  if (!takesOver && ![...term.alternatives.keys()].some((stem) => TAKING_ON.has(stem))) return false;
  // The one asked to take over is the verb's subject, before it ("when does Guatemala take over"),
  // not the one it is taken from ("take over the chair from Mauritania").
  const ids = plan.mentions.filter((m) => m.position < term.position).flatMap((m) => m.entityIds);
  return passedOnTo(ids, indexed, kb);
}

/** The fact passes something on ("will hand the chair … to", "rotates to") to one of `ids`. */
function passedOnTo(ids: readonly string[], indexed: IndexedFact, kb: KnowledgeBase): boolean {
  if (ids.length === 0 || !PASSED_ON.test(indexed.fact.statement)) return false;
  const [sentence = []] = factSequences(indexed.fact);
  const passed = sentence.findIndex((token) => PASSING_VERBS.has(token.word));
  if (passed < 0) return false;
  return mentionPositions(sentence, ids, kb).some((at) => {
    if (at <= passed) return false;
    const before = sentence.slice(Math.max(passed, at - RECEIVER_REACH), at);
    return (
      before.at(-1)?.word === "to" || (before.at(-2)?.word === "to" && DETERMINERS.has(before.at(-1)!.word))
    );
  });
}

const TAKING_ON: ReadonlySet<string> = new Set(["assume", "become", "adopt"].map(stemOf));
const PASSED_ON =
  /\b(?:pass(?:es|ed|ing)?|hand(?:s|ed|ing)?|rotat(?:es|ed|ing)|transfer(?:s|red|ring)?)\b[^.;]{0,80}?\bto\b/i;
const PASSING_VERBS: ReadonlySet<string> = new Set(
  "pass passes passed passing hand hands handed handing rotate rotates rotated rotating transfer transfers transferred transferring".split(
    " ",
  ),
);
/** Words from "to" back to the verb it passes with may be many ("handed the CCFC's rotating chair to"). */
const RECEIVER_REACH = 3;

/** Verbs that begin or end a holding ("assume" for take over), by stem as the question's words are. */
const HOLDING_CHANGES: ReadonlySet<string> = new Set(
  ["assume", "become", "stop", "leave", "quit", "resign"].map(stemOf),
);
/** A handover between two holders, said as such. */
const REPLACED =
  /\b(?:replac(?:ed|es|ing)|succeed(?:ed|s|ing)|took over\b[^.;]{0,80}?\bfrom|handed over|(?:became|appointed|named|elected)\b[^.;]{0,80}?\bafter\b[^.;]{0,60}?\b(?:retired|resigned|stepped down|left|quit|died))\b/i;

/**
 * "What did he do before the committee?" asks what the one named did earlier: "Nazarov took over
 * the committee from Karimov" says who held it before him, not what he did. The person asked
 * about is the one taking over, and nothing in the fact speaks of an earlier state of theirs.
 */
function takesOverOnly(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const statement = indexed.fact.statement;
  if (EARLIER_STATE.test(statement)) return false;
  const people = plan.mentions.flatMap((m) => m.entityIds).filter((id) => kb.entity(id)?.kind === "person");
  if (people.length === 0) return false;
  const [sentence = []] = factSequences(indexed.fact);
  return mentionPositions(sentence, people, kb).some((at) =>
    sentence
      .slice(at + 1, at + TAKER_REACH)
      .some((token, k, next) =>
        TAKES_OVER.has(token.word) ? TAKEN.has(next[k + 1]?.word ?? "") || !TAKES.has(token.word) : false,
      ),
  );
}

const EARLIER_STATE =
  /\b(?:former(?:ly)?|previous(?:ly)?|ex-|before (?:being|becoming|taking|joining|moving))\b/i;
const TAKES = new Set(["took", "takes", "taking"]);
const TAKES_OVER = new Set([...TAKES, "succeeded", "succeeds", "replaced", "replaces"]);
/** What one takes when taking over: "took over", "took office" (as minister, replacing …). */
const TAKEN = new Set(["over", "office"]);
/** Words from the start of the name to the verb ("Farrukh Nazarov took", "Siti Rahmawati, …, succeeded"). */
const TAKER_REACH = 5;
const TAKING_OVER =
  /\b(?:(?:took|tak(?:es|ing)|take) over|succeed(?:ed|s|ing)?|replac(?:ed|es|ing)|assum(?:ed|es|ing) (?:the )?(?:post|office|leadership|chair\w*|helm|presidency)|(?:took|taking|takes) (?:the )?helm)\b/i;

/**
 * "Who currently chairs NAM?" is not answered by "the experience Azerbaijan gained chairing
 * NAM": the question's verb stands in the fact only in a past form or after one.
 */
function onlyInThePast(plan: QueryPlan, indexed: IndexedFact): boolean {
  const verb = plan.terms.find((term) => term.weight >= 1 && term.kinds.length === 0);
  if (!verb) return false;
  const stem = stemOf(verb.word);
  const [statement = []] = factSequences(indexed.fact);
  let seen = false;
  for (let i = 0; i < statement.length; i++) {
    if (statement[i]!.stem !== stem) continue;
    seen = true;
    // "Belgium's grant", "a grant": after an owner or a determiner the word is a noun, which
    // stands as it is whatever verb came before ("said Belgium's grant would rise").
    const before = statement[i - 1];
    if (before && (before.possessive === true || DETERMINERS.has(before.word))) return false;
    const past =
      isPastVerb(statement[i]!.word) ||
      statement
        .slice(Math.max(0, i - 2), i)
        .some((t, at, before) => isPastVerb(t.word) && !describesNoun(before, at));
    if (!past) return false;
  }
  return seen;
}

/**
 * "Its estimated cost", "the park's revised budget": a past participle after a determiner or an
 * owner describes the noun that follows; it says nothing of when (the cost stands as revised).
 */
function describesNoun(before: readonly Token[], at: number): boolean {
  if (at !== before.length - 1) return false;
  const owner = before[at - 1];
  return !!owner && (owner.possessive === true || DETERMINERS.has(owner.word));
}

/**
 * "When did Quaye become foreign minister?" is not answered by "Mensah-Boateng succeeded Samuel
 * Quaye as foreign minister in January": the person asked about is named only as the one handed
 * over from, so the fact says when someone else began.
 */
function namedOnlyAsPredecessor(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const people = plan.mentions.flatMap((m) => m.entityIds).filter((id) => kb.entity(id)?.kind === "person");
  if (people.length === 0) return false;
  const [sentence = []] = factSequences(indexed.fact);
  const at = mentionPositions(sentence, people, kb);
  return at.length > 0 && at.every((i) => predecessorCueBefore(sentence, i) && !ownStartFollows(sentence, i));
}

/**
 * "… from Jean-Baptiste Mouity, who had been minister since 2020": the one handed over from, with
 * a clause of their own that says when they began.
 */
function ownStartFollows(sentence: readonly Token[], at: number): boolean {
  const who = sentence.findIndex((token, k) => k > at && k - at <= NAME_REACH && token.word === "who");
  return who >= 0 && sentence.slice(who + 1, who + 1 + CLAUSE_REACH).some((token) => token.word === "since");
}
/** Words from the start of a name to the "who" after it. */
const NAME_REACH = 5;
/** Words from "who" to its "since" ("who had held the post since"). */
const CLAUSE_REACH = 6;

/**
 * "Who chairs the committee?" is not answered by "Libya takes over the chair of the committee in
 * January 2027" (told in November 2026), nor "who's running the commission?" by "the chair will
 * rotate between Croatia and Bosnia every three years": a holding still to come says who will
 * hold it, not who does; unless the sentence also says who holds it now ("is chaired by Tunisia in
 * 2026, and Libya takes over in 2027").
 */
function holdingOnlyToCome(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  if (plan.kind !== "who" && plan.kind !== "which") return false;
  // ("Who's the new chair?" may well ask for the one taking over.)
  if (plan.words.some((word) => INCOMING.has(word))) return false;
  const statement = indexed.fact.statement;
  if (HELD_NOW.test(statement)) return false;
  if (PASSES_ON.test(statement)) return true;
  // ("Who will chair the council until the end of 2027" may hold it already: a time it runs to.)
  if (!(TAKES_UP.test(statement) || PASSES_ON_A_DAY.test(statement)) || UNTIL_SAID.test(statement))
    return false;
  const said = kb.source(indexed.fact.source)?.date ?? indexed.fact.date;
  return !!said && timesSaid(statement).some((time) => time > said);
}

const INCOMING: ReadonlySet<string> = new Set(["new", "incoming", "next", "future", "will"]);
/** A post passing on, still to come ("the chair will pass to Guatemala", "will rotate between"). */
const PASSES_ON = /\b(?:will|is to|shall) (?:pass|rotate|go|move)\b[^.;]{0,60}?\b(?:to|between)\b/i;
/**
 * A post passing on, told in the present ("the chairmanship passes from Saudi Arabia to Bahrain on
 * 1 January 2027"): to come where its time is later than the telling, as a taking up is.
 */
const PASSES_ON_A_DAY = /\b(?:passes|rotates|moves|is handed over)\b[^.;]{0,60}?\bto\b/i;
/** A taking up of a post, to come where its time is later than the telling ("takes over in January 2027"). */
const TAKES_UP =
  /\b(?:takes over|will take over|is to take over|(?:will|is to) (?:become|assume|chair|head|lead|run)|assumes (?:the )?(?:chair|presidency|post|office))\b/i;
const UNTIL_SAID = /\b(?:until|till|through)\b/i;
/** Who holds it now, said in so many words ("is chaired by Tunisia", "currently heads"). */
const HELD_NOW =
  /\b(?:is|are) (?:currently |now )?(?:chaired|headed|led|run) by\b|\b(?:currently|now) (?:chairs|heads|leads|runs|holds)\b/i;

/** The times a sentence names, each as the first day it can mean ("January 2027" as 2027-01-01). */
function timesSaid(statement: string): string[] {
  const times: string[] = [];
  for (const match of statement.matchAll(TIME_SAID)) {
    const month = match[2] ? MONTHS.indexOf(match[2]) + 1 : 1;
    const day = match[1] ? Number(match[1]) : 1;
    times.push(`${match[3]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
  }
  return times;
}
const TIME_SAID = new RegExp(String.raw`\b(?:(\d{1,2}) )?(?:(${MONTHS.join("|")}) )?((?:19|20)\d{2})\b`, "g");

/**
 * "Who heads the CBBM?" is not answered by "Šimkus had led the CBBM from 2017 until Põder took
 * over": the question's verb (or a word for it) stands in the past perfect, a state that ended.
 */
function endedState(plan: QueryPlan, indexed: IndexedFact): boolean {
  const verb = plan.terms.find((term) => term.weight >= 1 && term.kinds.length === 0);
  // Only a statement with "had" in it can (most have none: their words are not read here).
  if (!verb || !statementHasAnyOf(indexed, HAD)) return false;
  const [statement = []] = factSequences(indexed.fact);
  for (let i = 0; i < statement.length; i++) {
    if (statement[i]!.word !== "had") continue;
    for (const next of statement.slice(i + 1, i + 3)) {
      if ((verb.alternatives.get(next.stem) ?? 0) >= ENDED_VERB_WEIGHT) return true;
    }
  }
  return false;
}

const ENDED_VERB_WEIGHT = 0.7;
const HAD = wordsToFind(["had"]);

/**
 * When something began: "since 2019", "took office in September 2023", "succeeded X in 2023",
 * "replaced X as minister on 14 April 2026" (the successor's beginning), "took
 * command of the coast guard on 1 September 2026", "takes up the post of director … on 1 August
 * 2026" (the post's name may be long before its day: "became Bangladesh's State Minister for Power,
 * Energy and Mineral Resources on 9 April 2026", "replaced Azman Rahim, who had chaired the George
 * Town meeting, as Malaysia's Minister of Transport in a cabinet reshuffle on 12 January 2026");
 * within one clause ("succeeded Zelaya as director; she led the agency from 2019" is not when).
 * A body's founding ("set up by the two governments in April 2024") is when it began to exist;
 * "agreed to set up a working group in April 2026" is a plan of that day, no founding.
 * A state that holds from a day ("the family category was suspended from 1 October 2026") began
 * then; not a span's first end ("from 2019 to 2023", "from 4 to 10 February"), which also ends,
 * nor what is still to come ("will take over as acting director from 1 January 2027").
 */
const BEGINNING = new RegExp(
  String.raw`\bsince\b|\b(?:took (?:office|over|command|charge)|assumed|appointed|became|succeeded|replaced|joined|established|founded|(?<!\bto )(?:set up|created|formed|inaugurated)|elected|sworn in)\b[^.;]{0,140}?\b(?:19|20)\d{2}\b|\b(?:takes?|took|taken|taking) up (?:the|her|his|its|their) (?:post|office|job|role|duties)\b[^.;]{0,80}?\b(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\b[^.;]{0,30}?\b(?:took (?:office|over|command|charge)|assumed|appointed|became|succeeded|replaced|joined|established|founded|(?<!\bto )(?:set up|created|formed|inaugurated)|elected)\b|(?<!\b(?:will|would|shall|to be|is to|are to|due to)\b[^.;]{0,80})\bfrom (?:(?:\d{1,2} )?(?:${MONTH_PATTERN}) (?:\d{1,2},? )?)?(?:19|20)\d{2}\b(?![^.;]{0,30}?\b(?:to|until|till|through|and)\b)`,
  "i",
);

/** "How often": a stated frequency. */
const FREQUENCY =
  /\b(?:every|each|annual(?:ly)?|yearly|monthly|weekly|daily|quarterly|twice|once a|times a|per (?:year|month|week|day)|regular(?:ly)?|biennial(?:ly)?)\b/i;

/** "Where is X from": a stated origin. */
const ORIGIN = /\b(?:native of|born in|citizen of|national of)\b/i;

/**
 * "Where is he from?": born in, a native of, or someone "from" somewhere ("a lawmaker from
 * Hiroshima", "came from Lima"); not any "from" ("not far from Japan", "took over from").
 */
export function saysWhereFrom(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  if (ORIGIN.test(indexed.fact.statement)) return true;
  const [sentence = []] = factSequences(indexed.fact);
  // Said of the person asked about, right after their name ("Kenjiro Asakawa, a veteran lawmaker
  // from Hiroshima"), not of others further on ("Põder said … 120 paramedics from Lithuania").
  const people = plan.mentions.flatMap((m) => m.entityIds).filter((id) => kb.entity(id)?.kind === "person");
  const named = people.length > 0 ? mentionPositions(sentence, people, kb) : undefined;
  const aboutThem = (at: number) => !named || named.some((n) => at > n && at - n <= ORIGIN_REACH);
  return sentence.some((token, i) => {
    if (!aboutThem(i)) return false;
    // "Kadri Põder, an Estonian former paramedic": a country's adjective describing the one just
    // named (not "the first visit by a Japanese foreign minister").
    if (kb.countryOfAdjective(token.word)) {
      const article = sentence[i - 1]?.word;
      const described = (article === "a" || article === "an") && !!sentence[i - 2]?.nameLike;
      return (
        described && [sentence[i + 1], sentence[i + 2]].some((next) => !!next && isPersonNoun(next.word))
      );
    }
    if (token.word !== "from" || !CAPITALISED.test(sentence[i + 1]?.text ?? "")) return false;
    const before = sentence[i - 1];
    return !!before && (COMES_FROM.has(before.word) || isPersonNoun(before.word));
  });
}

/**
 * "Where did he go?": the fact has the person asked about move on, after their name ("Fotuaika
 * moved to the Ministry of Finance", "replacing Ugyen Dorji, who left to head the scholarships
 * office", "Warsame, who led the Somali side and was moved to the fisheries ministry").
 */
export function movedOnTo(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const people = plan.mentions.flatMap((m) => m.entityIds).filter((id) => kb.entity(id)?.kind === "person");
  return movesOn(indexed, people, kb);
}

/** The fact has one of these people move on, after their name. */
export function movesOn(indexed: IndexedFact, people: readonly string[], kb: KnowledgeBase): boolean {
  const statement = indexed.fact.statement;
  if (!MOVED_ON.test(statement)) return false;
  const [sentence = []] = factSequences(indexed.fact);
  const named = mentionPositions(sentence, people, kb);
  return sentence.some(
    (token, at) =>
      MOVED_ON_VERBS.has(token.word) &&
      named.some((n) => at > n && at - n <= MOVED_ON_REACH) &&
      MOVED_ON.test(
        sentence
          .slice(at, at + 3)
          .map((t) => t.word)
          .join(" "),
      ),
  );
}

/** A move on to a post or place: "moved to", "went to", "left to head", "was moved to", "transferred to". */
const MOVED_ON =
  /\b(?:moved|moves|went|goes|transferred|switched|returned|left) (?:to|on to|back to)\b|\bleft to (?:head|run|join|lead|become|take|work)\b|\bmoved to (?:head|run|lead)\b/i;
const MOVED_ON_VERBS = new Set([
  "moved",
  "moves",
  "went",
  "goes",
  "transferred",
  "switched",
  "returned",
  "left",
]);
/** How far after a person's name the move may be told ("Warsame, who led the Somali side in Djibouti City and was moved to"). */
const MOVED_ON_REACH = 16;

/** How far after the start of a person's name their origin may be said. */
const ORIGIN_REACH = 7;

const COMES_FROM = new Set(["is", "was", "are", "were", "comes", "come", "came", "originally", "hails"]);

/** A fact about a former state of affairs. */
const FORMER = /\b(?:former(?:ly)?|previous(?:ly)?|outgoing|ex-|used to)\b/i;
const UNTIL_A_DATE = new RegExp(`\\buntil (?:(\\d{1,2}) )?(?:(${MONTHS.join("|")}) )?((?:19|20)\\d{2})\\b`);

/**
 * A fact about a former holder: "former", "outgoing", or a state that ran until a day before the
 * fact's own ("led it from 2019 until 1 July 2026", reported in November 2026), not one that runs
 * until a day to come ("holds the chair until March 2029").
 */
function aboutAFormerState(indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const statement = indexed.fact.statement;
  if (FORMER.test(statement)) return true;
  const until = UNTIL_A_DATE.exec(statement);
  if (!until) return false;
  const said = indexed.fact.date ?? (indexed.fact.event ? kb.event(indexed.fact.event)?.date : undefined);
  if (!said) return true;
  const month = until[2] ? MONTHS.indexOf(until[2]) + 1 : 12;
  const ended = `${until[3]}-${String(month).padStart(2, "0")}-${String(until[1] ?? 28).padStart(2, "0")}`;
  return ended < said;
}

/** A stated span: "2025–2027", "for two years", "until 2026", "a three-year term". */
/**
 * A statement about what came before something else ("its first meeting since 2022" says when the
 * last was, and so do "the first energy talks between Nepal and Bangladesh since 2023" and "the
 * first formal negotiations … in nine years", however many words the talks take to name).
 */
const EARLIER =
  /\b(?:previous(?:ly)?|prior|earlier|last|before|preceding|former(?:ly)?|first\b[^.;]{0,100}?\b(?:since|in (?:\w+ ){0,2}(?:years?|months?|decades?)))\b/i;

/**
 * Where something starts: "from 1 January 2027", "since January", "for 2025–2026", "due to begin in
 * March", "takes effect on 1 May 2027", "enters into force in June"; a thing planned for a time
 * ("construction of the bridge was planned for the first half of 2027") starts then.
 */
const START_POINT = new RegExp(
  String.raw`\b(?:from|starting|start(?:s|ed)?|begin(?:s|ning)?|began|commenc\w*|(?:takes?|took|taken|taking) effect|(?:enters?|entered|entering|comes?|came|coming) into force|(?:planned|scheduled|slated) for)\b(?:(?!\b(?:between|until|till)\b)[^.;]){0,30}?\b(?:${MONTH_PATTERN}|(?:19|20)\d{2}|${SEASON_PATTERN})\b`,
  "i",
);
/** A span of years says where it starts, less plainly than "from 1 March 2027" does. */
const YEAR_SPAN = /\b(?:19|20)\d{2}\s*[–—-]\s*(?:(?:19|20)?\d{2})\b/;
const SPAN_START = 0.97;

/**
 * Where something stops: "until 2030", "to 30 November 2025", "ends in June", "will step down on 31
 * December 2026" (of a post held); an end told by a date, a season or a span of years ("2028 to
 * 2040", "between 2028 and 2040"); or by the meeting it lasts until ("postponed until the CCFC's
 * next session", "put off until its next meeting").
 * ("Raise sales to 200 megawatts from June 2027" tells where something starts: "to" with "from"
 * between it and the date is no end.)
 */
const END_POINT = new RegExp(
  String.raw`\b(?:until|till|through|to|ends?|ending|expires?|expiring|runs? out|step(?:s|ped|ping)? down|leaves? office|retir(?:es?|ed|ing))\b(?:(?!\b(?:from|since|starting)\b)[^.;]){0,30}?\b(?:${MONTH_PATTERN}|(?:19|20)\d{2}|${SEASON_PATTERN})\b|\b(?:19|20)\d{2}\s*(?:[–—-]|to)\s*(?:(?:19|20)?\d{2})\b|\bbetween (?:19|20)\d{2} and (?:19|20)\d{2}\b|\b(?:until|till)\b[^.;]{0,30}?\bnext (?:${MEETING_NOUN_PATTERN})\b`,
  "i",
);

const SPAN = new RegExp(
  String.raw`\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: and a half)?\s+(?:hours?|minutes?|days?|weeks?|months?|years?)\b|\b\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\b|\b(?:1[5-9]|20)\d{2}\s*(?:[–—-]|to|until|till|through)\s*(?:(?:1[5-9]|20)?\d{2})\b|\bfor (?:a |an |the )?(?:\w+[- ])?(?:years?|months?|weeks?|days?|terms?)\b|\b\w+-(?:year|month)\b|\b(?:until|till|through|since)\b(?=[^.;]{0,30}?\b(?:${MONTH_PATTERN}|(?:19|20)\d{2}|end|${SEASON_PATTERN}|now|then)\b)|\bterm\b`,
  "i",
);

/**
 * "Between which years did the fund make its loans?", "over what years is the plant to be built?":
 * the years it began and ended, which a length ("repaid over 25 years", "a five-year grace period")
 * does not name.
 */
function asksWhichYears(plan: QueryPlan): boolean {
  return WHICH_YEARS.test(plan.text);
}

const WHICH_YEARS = /\b(?:which|what) years\b/i;
/** Two years a span runs between: "between 2008 and 2019", "from 2027 to 2031", "2026–2030". */
const YEARS_BETWEEN =
  /\b(?:1[5-9]|20)\d{2}\s*(?:[–—-]|to|and|until|till|through)\s*(?:(?:1[5-9]|20)?\d{2})\b/i;

/** A distance stated: "about 1,640 kilometres", "an 11-kilometre pipe", "up to 40 km". */
const DISTANCE_SOURCE = String.raw`\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)(?:\s+|-)?(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\b`;
const DISTANCE = new RegExp(DISTANCE_SOURCE, "i");
/**
 * A thing's length: a distance not of a part of it or from somewhere ("about 12 kilometres of
 * damaged cable", "within 25 kilometres of the coast"), as "1,180 kilometres long", "would run 57
 * kilometres" or "a line of 96 kilometres" are.
 */
const LENGTH = new RegExp(
  String.raw`${DISTANCE_SOURCE}(?!\s+(?:of|from|away|off|inland|offshore|(?:north|south|east|west)(?:-?(?:east|west))?|upstream|downstream)\b)`,
  "i",
);
/** "About 180 kilometres from the Montes Azules reserve", "within 25 kilometres of the coast": from somewhere. */
const DISTANCE_FROM = new RegExp(String.raw`${DISTANCE_SOURCE}(?:\s+\S+){0,2}?\s+(?:from|of)\b`, "i");
/** A speed: "70 km/h", "80 kilometres an hour". */
const SPEED = /\b\d[\d,.]*\s*(?:km\/h|kph|mph|(?:kilomet(?:re|er)s?|miles?) (?:an|per) hour)\b/i;
/** The time something takes: "within ten minutes", "in about 50 minutes", "to two hours", "takes six hours". */
const TIME_TAKEN =
  /\b(?:within|in|to|under|than|takes?|took|taking)\s+(?:about\s+|around\s+|just\s+|only\s+)?(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety)(?: and a half)?\s+(?:minutes?|hours?|days?|weeks?)\b/i;

/** "How far …?", "how fast …?", "how quickly …?": a measure word, met by the figure it asks for. */
export const MEASURE_ASKED = /\bhow (?:far|fast|quickly|deep|high|tall|wide|thick)\b/i;
export const MEASURE_WORDS: ReadonlySet<string> = new Set([
  "far",
  "fast",
  "quickly",
  "deep",
  "high",
  "tall",
  "wide",
  "thick",
]);
/** "How deep …?", "how high …?", "how wide …?": a size, which a length in its units states. */
const DIMENSION_WORDS: ReadonlyMap<string, RegExp> = new Map([
  // ("Soft clay much deeper than expected, so the piles … 38 metres": a comparative says the dimension too.)
  ["deep", /\b(?:deep|deeper|deepest|depth|deepen\w*)\b/i],
  ["high", /\b(?:high|tall|height|altitude|above sea level)\b/i],
  ["tall", /\b(?:high|tall|height)\b/i],
  ["wide", /\b(?:wide|width|across)\b/i],
  ["thick", /\b(?:thick|thickness)\b/i],
]);
/** A size stated: "a depth of at least 10 metres", "a 40-metre tower", "300 feet". */
const DIMENSION =
  /\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)(?:\s+|-)?(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|foot|ft|centimet(?:re|er)s?|cm)\b/i;

/** A number as a fact writes it before a unit: "12", "1,200", "4.2", "eight", "a hundred". */
const FIGURE = String.raw`\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:\s+(?:thousand|million|billion))?`;
/** A weight: "trucks heavier than 10 tonnes", "40-tonne trucks", "2,500 tonnes". */
const WEIGHT_FIGURE = new RegExp(String.raw`${FIGURE}(?:\s+|-)(?:tonnes?|tons?|kilo(?:gram)?s?|kg)\b`, "i");
/** A voltage: "the 400-kilovolt line", "330 kV". */
const VOLTAGE_FIGURE = new RegExp(String.raw`${FIGURE}(?:\s+|-)?(?:kilovolts?|kv|volts?)\b`, "i");
/** Power or energy: "1,200 megawatts", "30 MW", "800 gigawatt-hours". */
const POWER_FIGURE = new RegExp(
  String.raw`${FIGURE}(?:\s+|-)?(?:(?:mega|giga|kilo)watt(?:-hours?)?s?|mw|gw|kw|mwh|gwh|kwh)\b`,
  "i",
);
/**
 * An area: "eight hectares", "40 hectares", "12 square kilometres" (not a volume: "how large is the
 * lake?" is not answered by the cubic metres drawn from it).
 */
const AREA_FIGURE = new RegExp(
  String.raw`${FIGURE}(?:\s+|-)(?:hectares?|acres?|square (?:kilomet|met|mile)\w*|(?:km|m)2|sq\.? ?(?:km|m|mi)\b)`,
  "i",
);
/**
 * An age: "built in 1908", "founded in 1962", "since 1908", "a century-old bridge", "54 years old":
 * how old a thing is, told by when it was put up or by its years.
 */
const AGE_FIGURE =
  /\b(?:built|founded|opened|established|erected|completed|put up|dat(?:es|ing) (?:back )?(?:from|to))\s+(?:in\s+)?(?:1[5-9]|20)\d{2}\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|\w+ty)[- ]years?[- ]old\b|\b(?:century|centuries|decades?)-old\b/i;

/**
 * The question's words that name a measure rather than a thing ("what's the max truck *weight*",
 * "what *voltage*", "how *big* is the plot", "how *old* is the bridge", "how *heavy*"), met by a
 * figure of that measure in a fact, whatever its words ("closed to trucks heavier than 10 tonnes",
 * "the 400-kilovolt line", "eight hectares of flat land", "built in 1908"). An adjective counts only
 * right after "how" ("the old bridge" names a bridge); a noun anywhere but as a kind ("high-voltage").
 */
const MEASURE_NOUNS: ReadonlyMap<string, RegExp> = new Map([
  ["weight", WEIGHT_FIGURE],
  ["weigh", WEIGHT_FIGURE],
  ["weighs", WEIGHT_FIGURE],
  ["tonnage", WEIGHT_FIGURE],
  ["voltage", VOLTAGE_FIGURE],
  ["electricity", POWER_FIGURE],
  ["wattage", POWER_FIGURE],
  ["area", AREA_FIGURE],
  ["acreage", AREA_FIGURE],
]);
const MEASURE_ADJECTIVES: ReadonlyMap<string, RegExp> = new Map([
  ["heavy", WEIGHT_FIGURE],
  ["big", AREA_FIGURE],
  ["large", AREA_FIGURE],
  ["old", AGE_FIGURE],
]);
/** Words before a measure noun that make it a kind of thing, not the measure asked ("high-voltage line"). */
const KIND_BEFORE_MEASURE: ReadonlySet<string> = new Set(["high", "low", "medium", "extra", "ultra"]);

/** A term that names a measure (`measuresAsked`): the figure that meets it, and whether it is the verb it is asked with. */
export interface MeasureAsked {
  figure: RegExp;
  verb: boolean;
  /** A word the fact must have beside the figure ("deeper" for "how deep … go?"), if any. */
  word: RegExp | undefined;
}

/**
 * The question's terms that name a measure, by index, with the figure that meets each (see
 * `MEASURE_NOUNS`); undefined for most questions, so that no fact is read for them.
 */
export function measuresAsked(plan: QueryPlan): ReadonlyMap<number, MeasureAsked> | undefined {
  // (Only a question that asks a figure: "why does Bangladesh need electricity?" asks no measure.)
  if (plan.kind !== "how" && plan.kind !== "what" && plan.kind !== "which") return undefined;
  let measures: Map<number, MeasureAsked> | undefined;
  const words = plan.words;
  for (let i = 0; i < plan.terms.length; i++) {
    const term = plan.terms[i]!;
    const before = words[term.position - 1] ?? "";
    const figure =
      before === "how"
        ? MEASURE_ADJECTIVES.get(term.word)
        : KIND_BEFORE_MEASURE.has(before)
          ? undefined
          : MEASURE_NOUNS.get(term.word);
    if (!figure) continue;
    measures ??= new Map();
    measures.set(i, { figure, verb: false, word: undefined });
  }
  // "How much electricity can the line move?", "how deep do the piles have to go?": the verb of
  // motion a measure is asked with says only that the thing carries or reaches it; a fact stating
  // the figure ("its capacity at 1,200 megawatts"; of a depth, beside the word for it: "much
  // deeper than expected, so the piles … 38 metres") meets it too. (Not "how far … reach?": a
  // distance is of whatever the fact measures; "how far out do the groynes reach?" stays unmet.)
  const dimension = words.findIndex((word, at) => DIMENSION_WORDS.has(word) && words[at - 1] === "how");
  const asked: MeasureAsked | undefined =
    dimension >= 0
      ? { figure: DIMENSION, verb: true, word: DIMENSION_WORDS.get(words[dimension]!) }
      : measures?.values().next().value;
  if (!asked) return measures;
  const figure = asked.figure;
  const word = asked.word;
  for (let i = 0; i < plan.terms.length; i++) {
    const term = plan.terms[i]!;
    if (measures?.has(i) || term.position <= dimension || term.kinds.length > 0) continue;
    if (!isVerbOfMotion(term.word) || isPluralNoun(term.word)) continue;
    // ("The thai approach road": a noun before a noun, or after "the", is no verb.)
    if (DETERMINERS.has(words[term.position - 1] ?? "")) continue;
    if (plan.terms.some((other) => other.position === term.position + 1 && other.weight >= 1)) continue;
    measures ??= new Map();
    measures.set(i, { figure, verb: true, word });
  }
  return measures;
}

/**
 * "How deep …?", "how high …?": a size asked, which only a figure of it meets, though the fact has
 * the word ("split over how deep the cut should be" says no depth).
 */
export function sizeAsked(term: Term, plan: QueryPlan): boolean {
  return DIMENSION_WORDS.has(term.word) && measureAsked(term, plan);
}

/** The term is the measure word right after "how". */
export function measureAsked(term: Term, plan: QueryPlan): boolean {
  return MEASURE_WORDS.has(term.word) && plan.words[term.position - 1] === "how";
}

/**
 * The fact states the figure a measure word asks for (1), or not (0): a distance for "how far"
 * ("how far … from X?" one from or of somewhere: "290 kilometres between A and B" is no distance
 * from Freetown; "how far apart?" the time between), a speed for "how fast" with a verb of motion,
 * else the time something takes ("how quickly does a truck clear customs?": "in 50 minutes").
 */
export function measureStated(term: Term, plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): number {
  // "How deep is the Mekong at Vinh Xuong?" is not answered by "a 70-metre section of the bank":
  // the size must be the one asked ("a depth of at least 10 metres").
  const dimension = DIMENSION_WORDS.get(term.word);
  if (dimension && !dimension.test(indexed.fact.statement)) return 0;
  const pattern = dimension
    ? DIMENSION
    : term.word === "far"
      ? /\bapart\b/.test(plan.text)
        ? DURATION
        : /\bfrom\b/.test(plan.text)
          ? DISTANCE_FROM
          : DISTANCE
      : asksSpeed(plan)
        ? SPEED
        : TIME_TAKEN;
  return saysItOfTheAsked(pattern, plan, indexed, kb) === MISSES_TIME ? 0 : 1;
}

/**
 * "How fast will the trains go?": a verb of motion asks a speed; "how fast are they paid?", "how
 * quickly does a truck get through customs?" a time ("a truck", "trucks" are things, not the verb).
 */
function asksSpeed(plan: QueryPlan): boolean {
  const words = plan.words;
  const at = words.findIndex((word) => word === "fast" || word === "quickly");
  // "How fast is the patrol boat?": with no verb but "be", a speed too.
  if (words[at] === "fast" && COPULAS.has(words[at + 1] ?? "") && !plan.terms.some(actAfter(at))) return true;
  for (let i = at + 1; i < words.length; i++) {
    const word = words[i]!;
    if (DETERMINERS.has(words[i - 1]!) || isPluralNoun(word)) continue;
    if (isVerbOfMotion(word)) return true;
  }
  return false;
}
const COPULAS: ReadonlySet<string> = new Set(["is", "are", "was", "were"]);
/** A word of the question after the measure word that can be a verb ("warned", "cleared"). */
const actAfter = (at: number) => (term: Term) =>
  term.position > at &&
  term.weight >= 1 &&
  term.kinds.length === 0 &&
  isVerb(term.word) &&
  !isNoun(term.word);

/**
 * "How long does the boat take from Aswan?", "how long did the repair last?": a length of time
 * itself ("about 18 hours later", "took one night", "about three weeks"); the day a state began
 * or ends ("suspended since April 2023", "until the repair") is no length of the act, nor is a
 * delay ("two weeks later than promised") or a frequency ("twice a week").
 */
const DURATION =
  /(?<!\b(?:once|twice|times|per|every) )\b(?:\d[\d,.]*|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)(?: and a half)?\s+(?:hours?|minutes?|days?|nights?|weeks?|months?|years?)\b(?! (?:later|earlier|sooner|more|less|longer) than\b| (?:late|early|behind|ahead|ago)\b)|\bovernight\b|\b\w+-(?:hour|day|week|month|year)\b/i;

/**
 * "Had been arguing for eight months", "the first visit in eleven years": a length a state has
 * held, after "for" or "in" (not "a one-day round", nor "twelve hours is a long time"). Any number
 * spelled out counts ("for forty-five years", "in a hundred years"): compromise's number words.
 */
let heldFor: RegExp | undefined;
function heldForPattern(): RegExp {
  if (heldFor) return heldFor;
  const word = cardinalWords().join("|");
  heldFor = new RegExp(
    String.raw`\b(?:for|in|over) (?:the (?:past|last) )?(?:about |nearly |almost |more than |over )?(?:\d[\d,.]*|(?:an? )?(?:${word})(?:[- ](?:${word}))*|a few|several)(?: and a half)? (?:days|weeks|months|years|decades)\b`,
    "i",
  );
  return heldFor;
}

/**
 * "For two years" is a length held so far only in a clause in the perfect ("the ferry has fed 140
 * families for thirty years", "for thirty years each had its own idea"): "the chair now passes to a
 * South Korean nominee for two years" is a term still to run, no answer to "how long has it existed?".
 * ("In eleven years", "over the past six months" look back by themselves.)
 */
function heldSoFar(said: string, text: string, start: number, plan: QueryPlan): boolean {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf(","), before.lastIndexOf(";"), before.lastIndexOf("."));
  const rest = text.slice(start + said.length);
  const to = rest.search(/[,;.]/);
  const clause = `${text.slice(from + 1, start)} ${to < 0 ? rest : rest.slice(0, to)}`;
  // "How long has she been mayor?" is not told by "saying Meghri has lived next to the border for
  // thirty years": a name the question does not say, right before the perfect, is another's state.
  // (Of the question's subject: "how long has she been mayor of Meghri?" asks of her, not of Meghri;
  // the plan has lost "long".)
  const holder = HELD_BY_NAME.exec(clause)?.[1];
  const subject = HOW_LONG_SUBJECT.exec(plan.text)?.[1] ?? plan.text;
  if (
    holder &&
    !PRONOUN_HOLDERS.has(holder.toLowerCase()) &&
    !subject
      .toLowerCase()
      .split(/[^\p{L}'-]+/u)
      .includes(holder.toLowerCase())
  )
    return false;
  return !/^for\b/i.test(said) || HELD_SO_FAR.test(clause);
}
const HELD_SO_FAR = /\b(?:has|have|had|hasn't|haven't|hadn't|been)\b|\w'(?:s|ve|d) been\b/i;
const HOW_LONG_SUBJECT = /\bhow (?:long )?(?:has|have|had) (.+?)(?= been\b|$)/i;
const HELD_BY_NAME = /\b(\p{Lu}[\p{L}'-]+) (?:has|have|had)\b/u;
/** A capital a sentence gives its first word ("They have lacked it for thirty years") names no one. */
const PRONOUN_HOLDERS: ReadonlySet<string> = new Set(
  "i we you he she it they this that these those who which there".split(" "),
);

/**
 * "How long is the gas pipeline from Tabriz?", "how long's the new line to Meghri?": of a made
 * thing, a natural object or a place (`isLengthyThingNoun`), with no verb of its own, "how long"
 * asks its length, which a distance states ("about 96 kilometres"); how long a state has held
 * ("in force since 2009") is no length of it. Not "how long is the loan for?", "how long is the
 * protocol valid?", "how long is the train ride gonna be?" (a time, or an act).
 */
export function asksTheLengthOfAThing(plan: QueryPlan): boolean {
  const words = plan.words;
  const how = words.indexOf("how");
  if (how < 0) return false;
  let at = how + 1;
  // (The plan has lost "long"; "how long's" its "is".)
  if (LENGTH_COPULAS.has(words[at] ?? "")) at++;
  else if (!/\bhow's\b/.test(plan.text)) return false;
  const tail = words.slice(at);
  if (tail.some((word) => NOT_A_LENGTH.has(word) || (!isNoun(word) && isVerb(word)))) return false;
  let head: string | undefined;
  for (const word of tail) {
    if (DETERMINERS.has(word)) continue;
    if (LENGTH_PHRASE_ENDS.has(word)) break;
    head = word;
  }
  return !!head && isLengthyThingNoun(head);
}
const LENGTH_COPULAS: ReadonlySet<string> = new Set(["is", "are", "was", "were"]);

/** A measure put before a noun as one word ("a 1,086-metre hill", "the 300-metre shift"). */
const ATTRIBUTIVE_MEASURE = /-(?:km|kilomet(?:re|er)|met(?:re|er)|mile)$/i;
/** The words of the noun phrase an attributive measure describes, up to its "of" or its clause's end. */
const MEASURED_PHRASE = /^((?:\s+[\p{L}'’-]+){1,3})/u;

/**
 * "How long is Vietnam's border with Laos?" is not answered by "the summit of a 1,086-metre hill",
 * nor "how long is the river?" by "the 300-metre shift of its channel": a measure said as one word
 * before a noun is that noun's, so it is the length asked only where that noun is a word of the
 * question, other than the names in it. (A measure said apart, "1,180 kilometres long", "a line of 96 kilometres", is read as before.)
 */
function measuresAnotherThing(measure: string, after: string, plan: QueryPlan): boolean {
  // ("How long is it?" of "a 152-kilometre extension" just told names no thing of its own.)
  if (!ATTRIBUTIVE_MEASURE.test(measure) || asksHowLongItIs(plan)) return false;
  const phrase = MEASURED_PHRASE.exec(after)?.[1];
  if (!phrase) return false;
  const asked = new Set(plan.words.map(stemOf));
  // (Of its words, the common nouns: "the 14-kilometre Xe Lamphao stretch" measures a stretch, not the river.)
  const words: string[] = [];
  for (const word of phrase.trim().split(/\s+/)) {
    const lower = word.toLowerCase();
    if (lower === "of" || DETERMINERS.has(lower) || lower === "and") break;
    if (word !== lower) continue;
    words.push(lower);
  }
  if (words.length === 0) return false;
  return !words.some((word) => word.split(/[-'’]/).some((part) => asked.has(stemOf(part))));
}

/**
 * "How long is it?" of a thing just told (the plan has lost "long", its time is a span): with no
 * noun of its own, it asks the length of what "it" stands for, or how long that lasts; the fact
 * told says which by the measure it gives ("a 152-kilometre extension", "runs for five years").
 */
export function asksHowLongItIs(plan: QueryPlan): boolean {
  const words = plan.words;
  const how = words.indexOf("how");
  if (how < 0) return false;
  const tail = words.slice(LENGTH_COPULAS.has(words[how + 1] ?? "") ? how + 2 : how + 1);
  return tail.length === 1 && POINTING.has(tail[0]!);
}
const POINTING: ReadonlySet<string> = new Set(["it", "that", "this"]);

/** The fact gives the length of a thing ("1,180 kilometres long", "a 152-kilometre extension"). */
export function statesLength(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  return saysItOfTheAsked(LENGTH, plan, indexed, kb) === 1;
}
/** Words after "how long is …" that ask a time: what it is for, valid, meant, supposed or going to be. */
const NOT_A_LENGTH: ReadonlySet<string> = new Set([
  "for",
  "valid",
  "meant",
  "supposed",
  "going",
  "gonna",
  "will",
  "would",
  "take",
  "takes",
  "took",
  "last",
  "lasts",
  "lasted",
  "be",
  "been",
  "open",
  "closed",
  "shut",
  "stuck",
  "left",
  "old",
]);
/** Where the thing's phrase ends: "the pipeline *from* Tabriz", "the causeway *itself*". */
const LENGTH_PHRASE_ENDS: ReadonlySet<string> = new Set([
  "from",
  "to",
  "between",
  "of",
  "in",
  "at",
  "on",
  "across",
  "along",
  "under",
  "over",
  "through",
  "by",
  "with",
  "that",
  "which",
  "itself",
  "now",
  "today",
]);

/** "How long does/did/will it take/last?": the length of an act asked, not when a state began. */
function asksHowLongAnActTakes(plan: QueryPlan): boolean {
  return ACT_LENGTH_ASKED.test(plan.text);
}

// (The plan's text has lost "long": the constraint stands for it.)
const ACT_LENGTH_ASKED = /^how\b.*\b(?:take|takes|took|taken|last|lasts|lasted)\b/i;

/**
 * The fact tells of what is to come: in the words of a plan ("will", "is due", "planned"), or by a
 * time it names that is after its article's day ("the first payment falls due on 31 January 2027",
 * "the tender closes on 15 December 2026", reported in October 2026): an article can only date
 * what has not happened yet so.
 */
export function toldAsToCome(indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const statement = indexed.fact.statement;
  if (FUTURE_FACT.test(statement)) return true;
  // (A plan told in the past, "the first collars were to be fitted in May 2026", is the article's
  // account of a plan then, which a later article may have moved: it does not say what is to come.)
  if (PLAN_TOLD_IN_THE_PAST.test(statement)) return false;
  const reported = kb.source(indexed.fact.source)?.date;
  return !!reported && timesSaid(statement).some((time) => time > reported);
}

const PLAN_TOLD_IN_THE_PAST =
  /\b(?:was|were) (?:still |then |originally |initially |first )?(?:to|due|expected|planned|scheduled|meant|supposed|set)\b|\bhad been\b/i;

/**
 * "When was the replanting originally meant to begin?" asks the story's first account: "planting
 * is now due to begin in December 2027" tells it as it stands after a change, which is no first
 * account, unless it says the first one too ("had originally been due …, but is now …").
 */
export function toldAsItStandsNow(plan: QueryPlan, indexed: IndexedFact): boolean {
  const text = plan.text.toLowerCase();
  if (!EARLIER_SIDE.test(text) && !FIRST_OF_A_FIGURE.test(text)) return false;
  if (LATER_SIDE.test(text) || FIRST_MET.test(text)) return false;
  const statement = indexed.fact.statement;
  // ("Releases will now begin in July rather than June" tells the first plan beside the new one.)
  return (
    AS_IT_STANDS_NOW.test(statement) && !TOLD_AS_THE_FIRST.test(statement) && !CHANGE_STATED.test(statement)
  );
}

const AS_IT_STANDS_NOW = /\bnow\b/i;
/** A sentence that tells the first account itself: "had originally been due", "was initially set". */
const TOLD_AS_THE_FIRST =
  /\b(?:originally|initially|at first|first (?:planned|scheduled|set|due|meant)|rather than)\b/i;

/**
 * A statement about what is to come ("will", "plans", "the study is to be finished by mid-2027"),
 * and "is to open in the autumn of 2027", "are to meet in May": "be to" before a verb is a plan
 * (not before a determiner: "is to the north of the town");
 * so is a day moved to another ("pushed back the start of the ferry from 1 December 2026 to 15
 * March 2027"); and so is "is due" ("is due by the end of June 2027", "is still due by June 2029").
 */
export const FUTURE_FACT =
  /\b(?:(?:is|are) (?:now |still |also )?due\b|(?:is|are) (?:now |still |also )?to (?!(?:be|the|a|an|its|their|his|her|this|that|these|those|our|my|your|each|every|some|any|all|both|one|two)\b)[a-z]+|(?:(?:pushed|put|moved) (?:back|forward)|brought forward|postponed|delayed|rescheduled)\b[^.;]{0,80}?\bto (?:early |mid-|late |the (?:end|middle|start) of )?(?:\d+|january|february|march|april|may|june|july|august|september|october|november|december)|will|shall|(?:said|says|announced|added|told \w+) (?:that )?[^.]{0,40}?\bwould|next|upcoming|plans?|planned|scheduled|(?:set|slated|fixed) for|agreed to|to be held|to hold|expected|intends?|aims?|determined to|ready to|looks? forward|(?:invit|commit|pledg|vow|promis|undert|set|due|expect)\w* [^.]{0,60}?\bto|(?:discuss\w*|discussions? on|consider\w*|propos\w*|explor\w*) (?:the )?\w+ing|(?:is|are) (?:now )?to be [a-z]+(?:ed|en|un|lt|t))\b/i;

/** "No longer expect the radar to be running by June 2027": the clause a time is withdrawn in, to its comma. */
const NO_LONGER_CLAUSE = /\bno longer\b[^,;.]*/gi;

/**
 * "When will the radar be running?" is not answered by "Officials no longer expect the radar to be
 * running by June 2027": the time stands in a clause that says it no longer holds, and every word
 * of the question's the sentence has stands there too (else the time may be of something else).
 */
export function timeOnlyWithdrawn(plan: QueryPlan, indexed: IndexedFact): boolean {
  const statement = indexed.fact.statement;
  if (!/\bno longer\b/i.test(statement)) return false;
  const clauses = [...statement.matchAll(NO_LONGER_CLAUSE)].filter((m) => statesTime(m[0]));
  if (clauses.length === 0) return false;
  const [sentence = []] = factSequences(indexed.fact);
  const starts = tokenStarts(statement, sentence);
  const inAClause = (at: number) => clauses.some((m) => at >= m.index && at < m.index + m[0].length);
  let found = false;
  for (const term of plan.terms) {
    if (term.weight < 1 || term.timeWord || term.kinds.length > 0) continue;
    for (let i = 0; i < sentence.length; i++) {
      if ((term.alternatives.get(sentence[i]!.stem) ?? 0) < 1) continue;
      if (!inAClause(starts[i]!)) return false;
      found = true;
    }
  }
  return found;
}

/** "Have/has/had (been)" right before a past participle: a perfect, what is done by the time told. */
const PERFECT = new Set(["has", "have", "had"]);

/**
 * "By when will all 300 collars be fitted?" asks when a deed is to be done: "85 of the 300 collars
 * had been fitted since 19 May" tells it done (in part) up to now, and its time is not when it
 * will be. Every time the sentence has the question's act, it has it in a perfect.
 */
export function actToldDone(acts: readonly Term[], indexed: IndexedFact): boolean {
  const [sentence = []] = factSequences(indexed.fact);
  // The participle asked ("be *fitted*") before a word that may also be a verb ("collars").
  const ordered = [...acts.filter((a) => isPastVerb(a.word)), ...acts.filter((a) => !isPastVerb(a.word))];
  for (const act of ordered) {
    const named = sentence.flatMap((token, i) => (act.alternatives.get(token.stem) === 1 ? [i] : []));
    if (named.length === 0) continue;
    return named.every((i) => {
      if (!isPastVerb(sentence[i]!.word)) return false;
      const back = sentence[i - 1]?.word === "been" ? 2 : 1;
      return PERFECT.has(sentence[i - back]?.word ?? "");
    });
  }
  return false;
}

/**
 * "When does Ciobotaru take over?" against "Ana-Maria Ciobotaru, a geneticist who has headed the
 * broodstock unit since 2019, replaces Ivaylo Stamenov": every time the sentence says stands in a
 * clause set off by commas that describes someone or something ("…, who has headed … since 2019,"),
 * and the act asked is not in it; the time dates that description, not the act. (Only a clause
 * closed by its comma: what follows it is the sentence's own act.)
 */
export function timeOnlyInADescription(acts: readonly Term[], statement: string): boolean {
  if (!statesTime(statement)) return false;
  let described = false;
  for (const text of describingClauses(statement)) {
    if (!statesTime(text)) continue;
    const stems = new Set(tokenize(text).map((token) => token.stem));
    // (The act told in the clause itself is dated by it: "…, which was signed in May 2026, …".)
    if (
      acts.some((act) => [...act.alternatives].some(([stem, strength]) => strength >= 1 && stems.has(stem)))
    )
      return false;
    described = true;
  }
  return described && !statesTime(outsideDescriptions(statement));
}

/**
 * "What does a ticket on the ferry cost now?" asks what stands: "El Salvador proposed a fare of 18
 * dollars" tells only one side's proposal, not the fare, unless the question asks what was
 * proposed or wanted, or the sentence also tells it agreed or set.
 */
export function onlyProposed(plan: QueryPlan, statement: string): boolean {
  if (!PROPOSED.test(statement) || SETTLED.test(statement) || PROPOSAL_ASKED.test(plan.text)) return false;
  // (A refusal with a counter-proposal, "refused chemical spraying … and proposed a biological
  // pesticide", is a side of a dispute that a later account settles: `story.ts` reads it so.)
  return !DISPUTED.test(statement);
}

const PROPOSED =
  /\b(?:propos(?:ed|es)|suggest(?:ed|s)|offer(?:ed|s)|call(?:ed|s) for|demand(?:ed|s)|ask(?:ed|s) for|wanted|wants|sought|seeks)\b/i;
const SETTLED =
  /\b(?:agreed|agree|accepted|accepts|signed|settled|decided|approved|fixed|set|adopted|now|currently|under the)\b/i;
const DISPUTED = /\b(?:refus(?:ed|es)|declin(?:ed|es)|reject(?:ed|s)|oppos(?:ed|es)|object(?:ed|s))\b/i;
const PROPOSAL_ASKED =
  /\b(?:propos\w*|suggest\w*|offer\w*|call\w* for|demand\w*|ask\w*|want\w*|seek\w*|sought|wish\w*|hope\w*)\b/i;

/** "By when …?", "what's the deadline for …?": a time something must be done by is asked. */
const DEADLINE_ASKED = /\bby when\b|\bdeadline\b/;

/** The question asks for a deadline, not just a time. */
export function asksDeadline(plan: QueryPlan): boolean {
  return DEADLINE_ASKED.test(plan.text);
}

/**
 * A time told as a limit: "by 30 June 2026", "by the end of 2027", "before the 31 July deadline",
 * "within six months", "due to report in March". ("The August bill late by 45 days" is a margin,
 * not a limit: "by" is followed by a time, not a count of days.)
 */
const DEADLINE_TOLD = new RegExp(
  String.raw`\b(?:by|before|until|till|no later than)(?: (?:the|early|late|mid|mid-))? (?:\d{1,2} )?(?:(?:${MONTHS.join("|")})\b|(?:19|20)\d{2}\b|(?:end|start|beginning|middle|close|spring|summer|autumn|fall|winter|mid-?\d{4})\b)|\bwithin (?:\w+ )?(?:days?|weeks?|months?|years?)\b|\b\w+-(?:day|week|month|year)\b|\bdeadline\b|\bdue\b`,
  "i",
);

/**
 * "By when is the advance payment to be made?" asks the time it must be made by: "KGDC made the
 * payment in June 2026" tells when it was made, and "the first meeting was moved to November" when
 * something happens; only a fact that tells a limit answers it.
 */
export function statesDeadline(indexed: IndexedFact): boolean {
  return DEADLINE_TOLD.test(indexed.fact.statement);
}

/** "What time is it in Tbilisi?", "what time of day was it signed?": a time on the clock is asked. */
const CLOCK_ASKED = /\bwhat time\b(?! (?:of (?:the )?year|frame|span|line|limit))/;
/** A time on the clock: "at 14:30", "10 a.m.", "at noon", "at ten at night". */
const CLOCK_TIME =
  /\b\d{1,2}[:.]\d{2}\b|\bo'clock\b|\b\d{1,2}\s?(?:a\.m\.|p\.m\.|am|pm)\b|\bnoon\b|\bmidnight\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:at night|in the (?:morning|afternoon|evening))\b/i;

/** The question asks for a time on the clock, read once per question. */
export function asksClockTime(plan: QueryPlan): boolean {
  return CLOCK_ASKED.test(plan.text);
}

/**
 * The fact tells a time on the clock: "what time is it in Tbilisi?" is not answered by "a few
 * hours at a time", nor "what time does the ferry leave?" by its date alone.
 */
export function statesClockTime(indexed: IndexedFact): boolean {
  return CLOCK_TIME.test(indexed.fact.statement);
}
