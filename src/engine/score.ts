import { factOrdinals, type IndexedFact, type KnowledgeBase } from "./knowledge.ts";
import { currencyUnits } from "./language/countries.ts";
import { isEnglishWord } from "./language/english.ts";
import { STOPWORDS } from "./language/lexicon.ts";
import { isPastVerb, stemOf, type Token, tokenize } from "./language/normalize.ts";
import {
  isBareVerb,
  isLeaderTitle,
  isNounOnly,
  isPersonNoun,
  isPhrasalVerb,
  isVerb,
  isVerbOfOpinion,
  isVerbOfWish,
  verbSynonyms,
} from "./language/thesaurus.ts";
import { dayNamedIn, MONTHS, statesTime } from "./language/time.ts";
import type { Proximity, QueryPlan, Term } from "./query.ts";
import {
  type AskedRole,
  askedRole,
  BE,
  isDirectional,
  PREDECESSOR_CUES,
  QUESTION_OPENERS,
  roleInSentence,
} from "./roles.ts";
import type { Entity, EntityKind } from "./schema.ts";
import { knownStemNumber } from "./terms.ts";
import { entityWords, factSequences, mentionPositions, namePositions } from "./token-cache.ts";
import type { TimeConstraint } from "./understand.ts";

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
  /**
   * Names of the question the fact does not say, where it says another of their kind instead
   * ("how much will Cabo Verde contribute?" against "Mauritania and Senegal will each contribute").
   */
  namesReplaced: number;
  /** Content words (weight ≥ 1, not numbers, not kinds) the fact lacks (below a strong match). */
  wordsMissing: number;
  /** The weakest of those content words' matches (1 when there are none). */
  weakestWord: number;
  /** How the question's heaviest word (its verb, when it has one) is matched, 1 if there is none. */
  verb: number;
}

const MENTION_WEIGHT = 1.5;
/** A content word the store has never seen usually names exactly what it lacks. */
const UNKNOWN_WEIGHT = 2;
/** Words of an "X of Y" pair must be this close in the fact's text to count as related. */
const PROXIMITY_WINDOW = 5;
/**
 * A fact must account for more than this share of the question to answer it: missing one content
 * word in four is already too much. Everything else means "I don't know".
 */
export const ANSWER_THRESHOLD = 0.75;
/** Below this coverage no fact is weighed at all (0.6 read half as many postings again for one more right answer in 600). */
export const LOWEST_FLOOR = 0.7;

/** What, beyond the question's words, decides which facts are candidates. */
export interface CandidateOptions {
  /** Coverage a fact needs to answer (calibrated on labeled questions; see eval/). */
  threshold: number;
  /** Facts not to offer again ("what else ...?"). */
  exclude: ReadonlySet<string>;
  time?: TimeConstraint;
  /** Only facts from these sources ("according to <outlet>"). */
  sources?: ReadonlySet<string>;
}

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = {
  threshold: ANSWER_THRESHOLD,
  exclude: new Set(),
};

export function answers(match: Match, threshold = ANSWER_THRESHOLD): boolean {
  return match.coverage > threshold + 1e-9;
}

/** A refusal only needs a few near misses for its suggestions: no need to read every posting. */
const MAX_NEAR_MISSES = 2_000;
const TOP_CANDIDATES = 12;

/** One part of the question (a name or a content word) and how to find the facts that have it. */
interface Item {
  weight: number;
  /** How many facts have it: rare parts are looked up first. */
  size: number;
  /**
   * Calls back with each fact that has it and how strongly (0..1); `byKind` when only the kind of
   * its entities matched, which never answers alone and so adds no new candidate once there are some.
   * The walk stops when `found` returns false.
   */
  visit: (found: (indexed: IndexedFact, strength: number, byKind?: boolean) => boolean) => void;
  /** How strongly one fact has it: what a full walk would report for it at most, looked up on the fact. */
  strengthOf: (indexed: IndexedFact) => number;
}

/**
 * Facts one part of a question may bring in: a part found in more facts is common, read only to
 * this many facts when it is the rarest evidence the question has, otherwise only looked up on the
 * facts rarer parts found. Far above any curated store's size (so its answers are exact), and the
 * bound that keeps a vague question's cost the same at 100k facts as at 10k.
 */
const COMMON_PART = MAX_NEAR_MISSES;

/** Facts fully scored per question; the rest lost already on the question's rarest parts. */
const MAX_SCORED = 400;

/**
 * The facts that can answer, scored. A fact missing more than (1 - threshold) of the question's
 * weight cannot answer, so it must contain at least one of the rarest parts whose weights add up
 * past that slack: only those parts' postings are read. Common words ("accord" in a store of
 * accords) then cost nothing unless the question hinges on them. Facts are ranked on those rare
 * parts first, and only the best few hundred are scored in full.
 */
export function candidates(
  plan: QueryPlan,
  kb: KnowledgeBase,
  options: CandidateOptions = DEFAULT_CANDIDATE_OPTIONS,
): Match[] {
  // A time word ("before") can be met by any fact that meets the constraint: it finds none.
  const searched = plan.terms.filter((term) => !term.timeWord);
  const items: Item[] = [
    // A name is found in the facts about it, and (as weaker evidence) in the other facts of the
    // meetings it took part in: "what did Ghana and Japan sign in Accra?" is answered by a fact of
    // the Accra meeting that does not repeat "Accra".
    ...plan.mentions.map((mention) => {
      const events = mention.entityIds.flatMap((id) => kb.eventsWith(id));
      // Events that only name it (in their title or place) support it more weakly.
      const naming = mention.entityIds
        .flatMap((id) => kb.eventsNaming(id))
        .filter((id) => !events.includes(id));
      return {
        weight: MENTION_WEIGHT,
        size:
          mention.entityIds.reduce((sum, id) => sum + kb.entityFactCount(id), 0) +
          [...events, ...naming].reduce((sum, id) => sum + kb.eventFactCount(id), 0),
        visit: (found: (indexed: IndexedFact, strength: number) => boolean) => {
          for (const id of mention.entityIds) for (const f of kb.factsAbout(id)) if (!found(f, 1)) return;
          for (const id of events)
            for (const f of kb.factsOfEventVisible(id)) if (!found(f, EVENT_CONTEXT)) return;
          for (const id of naming)
            for (const f of kb.factsOfEventVisible(id)) if (!found(f, EVENT_TITLE)) return;
        },
        strengthOf: (indexed: IndexedFact) =>
          mention.entityIds.some((id) => indexed.entities.includes(id))
            ? 1
            : mention.entityIds.some((id) => indexed.eventEntities.has(id))
              ? EVENT_CONTEXT
              : mention.entityIds.some((id) => indexed.eventNamed.has(id))
                ? EVENT_TITLE
                : 0,
      };
    }),
    ...searched.map((term) => {
      let alternatives:
        | {
            stem: string;
            strength: number;
            entities: ReadonlyMap<string, number>;
            events: ReadonlyMap<string, number>;
          }[]
        | undefined;
      return {
        weight: term.weight,
        // A word that names a kind ("leaders", "countries") is also found in any fact about one.
        size:
          [...term.alternatives.keys()].reduce((sum, stem) => sum + kb.documentFrequency(stem), 0) +
          term.kinds.reduce((sum, kind) => sum + kb.factCountOfKind(kind), 0),
        visit: (found: (indexed: IndexedFact, strength: number, byKind?: boolean) => boolean) => {
          for (const [stem, strength] of term.alternatives) {
            if (!kb.forEachFactWithStem(stem, (f, present) => found(f, strength * present))) return;
          }
          for (const kind of term.kinds) {
            if (!kb.forEachFactOfKind(kind, (f) => found(f, kindStrength(term.kinds, f, kb), true))) return;
          }
        },
        strengthOf: (indexed: IndexedFact) => {
          // The entities and events that have each alternative, gathered once per question (few
          // beside the facts), so each fact costs a few Map lookups.
          alternatives ??= [...term.alternatives].map(([stem, strength]) => ({
            stem,
            strength,
            entities: kb.entitiesWithStem(stem),
            events: kb.eventsWithStem(stem),
          }));
          let best = term.kinds.length > 0 ? kindStrength(term.kinds, indexed, kb) : 0;
          // No match is stronger than 1 (strengths and alternatives are at most 1): a fact about
          // the kind needs no lookup of its words, and a vague kind word reaches thousands.
          if (best >= 1) return best;
          const event = indexed.fact.event;
          for (const { stem, strength, entities, events } of alternatives) {
            let present = indexed.terms.get(stem) ?? 0;
            if (entities.size > 0) {
              for (const id of indexed.entities) present = Math.max(present, entities.get(id) ?? 0);
            }
            if (event && events.size > 0) present = Math.max(present, events.get(event) ?? 0);
            best = Math.max(best, strength * present);
          }
          return best;
        },
      };
    }),
  ].sort((a, b) => a.size - b.size);
  const total =
    items.reduce((sum, item) => sum + item.weight, 0) +
    plan.terms.reduce((sum, term) => sum + (term.timeWord ? term.weight : 0), 0) +
    UNKNOWN_WEIGHT * plan.unknown.length;
  const slack = (1 - options.threshold) * total - UNKNOWN_WEIGHT * plan.unknown.length;
  const hopeless = slack <= 0;
  const scratch = scratchFor(factOrdinals());
  // Facts found so far and their partial scores, in the order found (ties keep that order).
  const partial: IndexedFact[] = [];
  const inPartial = ++scratch.stamp;
  let read = 0;
  // Per item, a fact counts once, at its strongest match.
  const best: IndexedFact[] = [];
  for (const item of items) {
    best.length = 0;
    const inBest = ++scratch.stamp;
    const first = partial.length === 0;
    if (!first && Math.min(item.size, kb.size) > COMMON_PART) {
      // A common part (a word in a good share of the store) only adds to the facts the rarer parts
      // found, looked up on each of them instead of walking its postings: its cost is then bounded
      // by the rarer evidence, whatever the store's size. A fact it alone would bring in lacks the
      // question's rarer parts and ranks below those found already.
      for (const indexed of partial) {
        const strength = item.strengthOf(indexed);
        if (strength <= 0) continue;
        scratch.bestScore[indexed.ordinal] = strength;
        best.push(indexed);
      }
    } else {
      let full = false;
      item.visit((indexed, strength, byKind) => {
        const at = indexed.ordinal;
        if (scratch.bestMark[at] !== inBest) {
          const admit = byKind
            ? scratch.partialMark[at] === inPartial || (first && best.length < MAX_NEAR_MISSES)
            : !hopeless || best.length < MAX_NEAR_MISSES;
          if (admit) {
            scratch.bestMark[at] = inBest;
            scratch.bestScore[at] = strength;
            best.push(indexed);
          }
        } else if (scratch.bestScore[at]! < strength) scratch.bestScore[at] = strength;
        // Only common parts are read first (a vague question, "Which countries?"): the first
        // COMMON_PART facts found, strongest evidence first, are plenty for a refusal's near
        // misses or the few a list shows, and reading on would cost the whole store.
        full = best.length >= COMMON_PART;
        return !full;
      });
      // Cut short, the walk may have missed stronger evidence for the facts it took: look it up.
      if (full) {
        for (const indexed of best) {
          const strength = item.strengthOf(indexed);
          if (scratch.bestScore[indexed.ordinal]! < strength) scratch.bestScore[indexed.ordinal] = strength;
        }
      }
    }
    for (const indexed of best) {
      const at = indexed.ordinal;
      const add = item.weight * scratch.bestScore[at]!;
      if (scratch.partialMark[at] === inPartial) scratch.partialScore[at] = scratch.partialScore[at]! + add;
      else {
        scratch.partialMark[at] = inPartial;
        scratch.partialScore[at] = add;
        partial.push(indexed);
      }
    }
    read += item.weight;
    // A fact missing `slack` or more of the weight cannot pass: once the parts read add up to the
    // slack, every possible answer has been seen. With no slack at all nothing can pass, and the
    // rarest part alone yields the near misses for suggestions.
    if (read >= slack - 1e-9) break;
  }
  const sources = options.sources;
  let pool = partial.filter(
    (indexed) => !options.exclude.has(indexed.fact.id) && (!sources || sources.has(indexed.fact.source)),
  );
  if (pool.length > MAX_SCORED) pool = leading(pool, scratch.partialScore, MAX_SCORED);
  const context = scoringContext(plan, kb, options.time);
  const top = leadingMatches(plan, pool, kb, context);
  // Proximity needs the fact's word order: worth computing only for the few leading facts.
  for (const match of top) {
    applyProximity(plan, match, kb, context);
    applyOpposites(plan, match);
    applyAmountOf(plan, match, kb);
  }
  top.sort((a, b) => b.rank - a.rank);
  return top;
}

/**
 * The TOP_CANDIDATES best-ranked facts of the pool, as scoring all of them, a stable sort by rank
 * and a cut would give (ties in pool order), without scoring them all: a fact's rank has a cheap
 * upper bound (see `rankBound`), facts are scored from the highest bound down, and once the
 * bound left is below the last kept rank no fact left can be kept. A vague or common-word
 * question's pool is hundreds of facts alike on its rare parts; the few that can lead are scored.
 */
function leadingMatches(
  plan: QueryPlan,
  pool: readonly IndexedFact[],
  kb: KnowledgeBase,
  context: ScoringContext,
): Match[] {
  if (pool.length <= TOP_CANDIDATES) {
    return pool.map((indexed) => score(plan, indexed, kb, context)).sort((a, b) => b.rank - a.rank);
  }
  const bounds = termBounds(plan, kb);
  const limit = new Float64Array(pool.length);
  const order: number[] = [];
  for (let i = 0; i < pool.length; i++) {
    limit[i] = rankBound(plan, pool[i]!, kb, context, bounds);
    order.push(i);
  }
  order.sort((a, b) => limit[b]! - limit[a]! || a - b);
  // Kept best first: by rank, then by place in the pool (what the stable sort keeps).
  const kept: Match[] = [];
  const keptAt: number[] = [];
  let scored = 0;
  for (const at of order) {
    if (kept.length === TOP_CANDIDATES) {
      const last = kept[TOP_CANDIDATES - 1]!.rank;
      // The margin covers the bound's sums rounding differently from the score's.
      if (limit[at]! < last - BOUND_MARGIN) break;
      // At best a tie with the last kept, found later in the pool: the stable sort keeps that one.
      // Facts alike (a vague question's hundreds) tie, and are not all scored for it.
      if (limit[at]! <= last + BOUND_MARGIN && at > keptAt[TOP_CANDIDATES - 1]!) continue;
    }
    // Hundreds of facts alike by their bound ("which fisheries accords were welcomed?" against a
    // store of such accords), each then marked down by what it fails to say, would all be scored:
    // past a budget the ones left are no likelier than those seen.
    if (++scored > SCORING_BUDGET && kept.length === TOP_CANDIDATES) break;
    const match = score(plan, pool[at]!, kb, context);
    let place = kept.length;
    while (
      place > 0 &&
      (kept[place - 1]!.rank < match.rank ||
        (kept[place - 1]!.rank === match.rank && keptAt[place - 1]! > at))
    )
      place--;
    if (place >= TOP_CANDIDATES) continue;
    kept.splice(place, 0, match);
    keptAt.splice(place, 0, at);
    if (kept.length > TOP_CANDIDATES) {
      kept.pop();
      keptAt.pop();
    }
  }
  return kept;
}

const BOUND_MARGIN = 1e-9;
/** How many of its (at most `MAX_SCORED`) leading facts a question scores once it has its top candidates. */
const SCORING_BUDGET = 150;

/** Per question, what bounds each content word's match on a fact without its context lookups. */
interface TermBound {
  /** The alternatives' stem numbers and strengths, for a scan of the fact's own terms. */
  numbers: number[];
  strengths: number[];
  /** The most any fact's entities or event can add (what `termMatch` looks up beyond the fact). */
  context: number;
  /** A full word, not a number: it says what is asked. */
  asked: boolean;
}

interface Bounds {
  terms: TermBound[];
  /** The question has a word that says what is asked (see `asked` in `score`). */
  asked: boolean;
}

function termBounds(plan: QueryPlan, kb: KnowledgeBase): Bounds {
  const terms = plan.terms.map((term) => {
    const numbers: number[] = [];
    const strengths: number[] = [];
    let context = 0;
    for (const [stem, strength] of term.alternatives) {
      const number = knownStemNumber(stem);
      if (number !== undefined) {
        numbers.push(number);
        strengths.push(strength);
      }
      const most = Math.max(kb.strongestEntityWithStem(stem), kb.strongestEventWithStem(stem));
      context = Math.max(context, most * strength);
    }
    const asked = term.weight >= 1 && !/^\d+$/.test(term.word);
    return { numbers, strengths, context, asked };
  });
  return { terms, asked: terms.some((bound, i) => bound.asked && plan.terms[i]!.kinds.length === 0) };
}

/**
 * At least the rank `score` gives the fact (before proximity and opposites, which only the leading
 * facts get): each word's match read from the fact's own terms, or the most its context could
 * add; names as `mentionMatch` has them; every multiplier (time, place, vagueness) taken as 1.
 */
function rankBound(
  plan: QueryPlan,
  indexed: IndexedFact,
  kb: KnowledgeBase,
  context: ScoringContext,
  bounds: Bounds,
): number {
  let found = 0;
  let said = 0;
  let specificity = 0;
  let answeredAsked = false;
  let missedAsked = false;
  for (let i = 0; i < plan.terms.length; i++) {
    const term = plan.terms[i]!;
    const bound = bounds.terms[i]!;
    let text = 0;
    for (let a = 0; a < bound.numbers.length; a++) {
      const present = indexed.terms.strengthOf(bound.numbers[a]!);
      if (present !== undefined && present * bound.strengths[a]! > text) text = present * bound.strengths[a]!;
    }
    if (text < 1 && bound.context > text) text = bound.context;
    if (term.timeWord) text = 1;
    const m = term.kinds.length > 0 ? Math.max(text, kindStrength(term.kinds, indexed, kb)) : text;
    found += term.weight * m;
    said += term.weight * text;
    specificity += m * context.rarity[i]!;
    // As in `score`, with the bounds: a word that cannot reach a strong match is surely missed.
    if (bound.asked) {
      if (text >= (term.kinds.length === 0 ? STRONG_MATCH : 1)) answeredAsked = true;
      else if (term.kinds.length === 0 && m < STRONG_MATCH) missedAsked = true;
    }
  }
  const namesOnlyYesNo =
    plan.kind === "yesno" && ((!bounds.asked && plan.mentions.length >= 2) || missedAsked);
  for (let i = 0; i < plan.mentions.length; i++) {
    const m = MENTION_WEIGHT * mentionMatch(plan, i, indexed, kb);
    found += m;
    said += m;
  }
  // What `score` scales the share down by, where the bounds already decide it.
  const vague = said === 0 ? KIND_ONLY : (bounds.asked && !answeredAsked) || namesOnlyYesNo ? NAMES_ONLY : 1;
  const exact = plan.kind === "when" && missedAsked ? WHEN_MISSES_A_WORD : 1;
  const share = (context.weight > 0 ? found / context.weight : 0) * vague * exact;
  const shortness = 1 / Math.sqrt(1 + indexed.length / 10);
  return (
    share +
    0.01 * specificity +
    0.05 * shortness +
    0.05 * typeFit(plan, indexed, kb, context) +
    (context.mentioned.has(indexed.fact.entities[0]!) ? SUBJECT_BONUS : 0)
  );
}

/**
 * Per-fact working arrays of `candidates`, indexed by `IndexedFact.ordinal` and kept between
 * questions: a Map of every fact a common word reaches (100k entries) per question was most of the
 * time and the garbage. A mark equal to the current stamp says the slot holds this question's (or
 * this item's) value, so nothing is cleared between questions.
 */
interface Scratch {
  stamp: number;
  partialMark: Uint32Array;
  partialScore: Float64Array;
  bestMark: Uint32Array;
  bestScore: Float64Array;
}

let scratch: Scratch = makeScratch(1024);

function makeScratch(size: number): Scratch {
  return {
    stamp: 0,
    partialMark: new Uint32Array(size),
    partialScore: new Float64Array(size),
    bestMark: new Uint32Array(size),
    bestScore: new Float64Array(size),
  };
}

function scratchFor(ordinals: number): Scratch {
  // Grown (and so cleared) when facts were added past its end; stamps wrap long after 4 billion.
  if (ordinals > scratch.partialMark.length || scratch.stamp > 0xfffffff0) {
    scratch = makeScratch(Math.max(ordinals * 2, 1024));
  }
  return scratch;
}

/**
 * The `count` facts of highest score, as a stable sort by descending score then a cut would give
 * them (ties in the order found), without sorting the whole pool: the cut-off score is found by
 * selection, and only the facts kept are sorted.
 */
function leading(pool: IndexedFact[], scores: Float64Array, count: number): IndexedFact[] {
  const values = new Float64Array(pool.length);
  for (let i = 0; i < pool.length; i++) values[i] = scores[pool[i]!.ordinal]!;
  const cut = kthLargest(values, count);
  const kept: IndexedFact[] = [];
  for (const indexed of pool) if (scores[indexed.ordinal]! > cut) kept.push(indexed);
  for (const indexed of pool) {
    if (kept.length >= count) break;
    if (scores[indexed.ordinal] === cut) kept.push(indexed);
  }
  // Array.prototype.sort is stable: equal scores keep the order found.
  return kept.sort((a, b) => scores[b.ordinal]! - scores[a.ordinal]!);
}

/** The k-th largest value (1-based) by quickselect; reorders `values`. */
function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = k - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const t = values[i]!;
        values[i] = values[j]!;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target]!;
}

/** What every fact's score needs from the question, worked out once per question. */
/** A fact that cannot show who gave and who received does not answer a question that fixes it. */
const UNSHOWN_DIRECTION = 0.7;

/** A negation in a question or a statement. */
export const NEGATION =
  /\b(?:not|never|no|neither|nor|none|without)\b|n't\b|\b(?:didnt|doesnt|dont|wasnt|werent|isnt|arent|hasnt|havent|hadnt|wont|wouldnt|couldnt|shouldnt|cannot|cant)\b/i;

interface ScoringContext {
  /** The question asks about what did not happen. */
  negated: boolean;
  /** The role a who-question gives the entity it names ("Who did Sarybay receive?"). */
  role: AskedRole | undefined;
  weight: number;
  kb: KnowledgeBase;
  mentioned: Set<string>;
  /** log-scaled rarity of each term's own stem. */
  rarity: number[];
  time: TimeConstraint | undefined;
  /** A date the question names ("in April 2025", "on 17 May 2024"): facts dated otherwise do not fit. */
  askedDate: AskedDate | undefined;
  /** The question's verbs, the acts it asks about ("sign", "agree"), in its order. */
  acts: readonly Term[];
  /** A why-question asking for the reason someone gives (see `asksWhySaid`), read once per question. */
  whySaid: boolean;
  /** The plural the question asks to be named ("which *countries* …"), read once per question. */
  namesAsked: Term | undefined;
  /** The stems of the question's words. */
  askedStems: ReadonlySet<string>;
  /** "Who runs the CFPC?": the bodies whose leader is asked for, and the verb that asks it. */
  leaderAsked: { term: number; bodies: readonly string[] } | undefined;
  /** "List *all* the member states", "every …": the whole of them, not an example. */
  asksAll: boolean;
}

function scoringContext(
  plan: QueryPlan,
  kb: KnowledgeBase,
  time: TimeConstraint | undefined,
): ScoringContext {
  const total = kb.size || 1;
  let weight = UNKNOWN_WEIGHT * plan.unknown.length + MENTION_WEIGHT * plan.mentions.length;
  for (const term of plan.terms) weight += term.weight;
  return {
    negated: NEGATION.test(plan.words.join(" ")),
    role: askedRole(plan),
    weight,
    kb,
    mentioned: new Set(plan.mentions.flatMap((m) => m.entityIds)),
    time,
    askedDate: plan.kind === "when" ? undefined : askedDateIn(plan.text),
    acts: plan.terms.filter((t) => t.weight >= 1 && t.kinds.length === 0 && isVerb(t.word)),
    whySaid: plan.kind === "why" && asksWhySaid(plan, kb),
    namesAsked: namesAsked(plan),
    leaderAsked: leaderAsked(plan, kb),
    askedStems: new Set(plan.words.map(stemOf)),
    asksAll: plan.words.some((word) => word === "all" || word === "every"),
    rarity: plan.terms.map((term) => {
      const [stem] = term.alternatives.keys();
      return Math.log(1 + total / (1 + (stem ? kb.documentFrequency(stem) : total)));
    }),
  };
}

/**
 * "Who heads / leads / runs the CFPC?": a who-question whose verb is one of leading, about a body
 * the question names.
 */
function leaderAsked(plan: QueryPlan, kb: KnowledgeBase): ScoringContext["leaderAsked"] {
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

const LEADING_FAMILY = 0.7;

/**
 * The fact names a leader of one of the bodies by title: "the Secretary General of the CFPC",
 * "CFPC Executive Director …", "the council's chair" (a title WordNet puts under "leader").
 */
function namesTheLeader(bodies: readonly string[], indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const [sentence = []] = factSequences(indexed.fact);
  // One holder: "the CFPC ministers" are its members' ministers, not its head.
  const titleAt = (from: number, to: number) =>
    from >= 0 &&
    to <= sentence.length &&
    from < to &&
    !/[^s]s$/.test(sentence[to - 1]!.word) &&
    isLeaderTitle(wordsBetween(sentence, from, to));
  for (const id of bodies) {
    const entity = kb.entity(id);
    if (!entity) continue;
    for (const name of entityWords(entity).names) {
      for (const at of namePositions(sentence, name)) {
        const of = sentence[at - 1]?.word === "the" ? at - 2 : at - 1;
        if (sentence[of]?.word === "of" && (titleAt(of - 2, of) || titleAt(of - 1, of))) return true;
        const after = at + name.length + (sentence[at + name.length]?.word === "s" ? 1 : 0);
        if (titleAt(after, after + 2) || titleAt(after, after + 1)) return true;
      }
    }
  }
  return false;
}

function wordsBetween(sentence: readonly Token[], from: number, to: number): string {
  return sentence
    .slice(from, to)
    .map((token) => token.word)
    .join(" ");
}

/** How well a fact has a content word: in its own text, its entities' names or its event's title. */
function termMatch(plan: QueryPlan, index: number, indexed: IndexedFact, context: ScoringContext): number {
  const term = plan.terms[index]!;
  let best = 0;
  for (const [stem, strength] of term.alternatives) {
    const present = indexed.terms.get(stem);
    if (present !== undefined && present * strength > best) best = present * strength;
  }
  if (best >= 1) return best;
  if (term.pair && hasPair(indexed, term.pair)) return 1;
  // Context words (entity names and descriptions, the event's title) are looked up per leading
  // fact, not gathered per question: a word like "meets" can be in every event title.
  const event = indexed.fact.event;
  for (const [stem, strength] of term.alternatives) {
    for (const id of indexed.fact.entities) {
      const present = context.kb.entityTermStrength(id, stem);
      if (present * strength > best) best = present * strength;
    }
    if (event) {
      const present = context.kb.eventTermStrength(event, stem);
      if (present * strength > best) best = present * strength;
    }
  }
  return best;
}

/**
 * The plural a question asks to be named: "which *countries* …", "list all the *member states*"
 * (the last word of what follows "list"/"name").
 */
export function namesAsked(plan: QueryPlan): Term | undefined {
  const focus = plan.focus;
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
  const named = plan.terms.filter((t) => t.weight >= 1 && isPlural(t.word) && !/^\d+$/.test(t.word));
  return named[0];
}

export function isPlural(word: string): boolean {
  return word.length > 3 && word.endsWith("s") && !word.endsWith("ss") && stemOf(word) !== word;
}

const NUMBER_WORDS = new Set(
  "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen twenty thirty dozens hundreds".split(
    " ",
  ),
);

/**
 * A number right before the kind of thing asked for ("eight member states"), not "all six", in a
 * fact that names fewer than two of them ("the five member states, Argentina, Bolivia, …" names).
 */
function countsOnly(asked: Term, indexed: IndexedFact, context: ScoringContext): boolean {
  if (asked.kinds.length === 0) return false;
  const named = namedOfTheKind(asked, indexed, context);
  if (named.length >= 2) return false;
  const [statement = []] = factSequences(indexed.fact);
  return statement.some((token, i) => {
    if (!/^\d/.test(token.word) && !NUMBER_WORDS.has(token.word)) return false;
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
function namedOfTheKind(asked: Term, indexed: IndexedFact, context: ScoringContext): string[] {
  return indexed.fact.entities.filter(
    (id) => !context.mentioned.has(id) && asked.kinds.includes(context.kb.entity(id)?.kind ?? "other"),
  );
}

function namesNone(asked: Term, indexed: IndexedFact, context: ScoringContext): boolean {
  const statement = indexed.fact.statement;
  let said = false;
  let oneExample = false;
  // Most facts lack the plural altogether: their terms and tokens say so without reading the
  // sentence's text.
  const hasTheWord =
    [...asked.alternatives].some(
      ([stem, strength]) => strength >= STRONG_MATCH && (indexed.terms.get(stem) ?? 0) > 0,
    ) &&
    (factSequences(indexed.fact)[0] ?? []).some(
      (token) => isPlural(token.word) && (asked.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH,
    );
  for (const word of hasTheWord ? statement.matchAll(WORD_IN_TEXT) : []) {
    // The plural is the class; a singular ("the figure for 2019") is one thing of it.
    const lower = word[0].toLowerCase();
    if (!isPlural(lower) || (asked.alternatives.get(stemOf(lower)) ?? 0) < STRONG_MATCH) continue;
    // "Japanese vehicles and machinery leading its imports", "cocoa and gold making up most of
    // Ghana's exports": what someone's or something's they are is said elsewhere in the sentence,
    // before as often as after.
    // "Trade and energy were the main topics": said before, as what they were.
    // What stands just before the word: a possessive, a predicate, a name (a few words at most).
    const upTo = statement.slice(Math.max(0, word.index - BEFORE_REACH), word.index);
    if (POSSESSIVE_BEFORE.test(upTo) || PREDICATE_BEFORE.test(upTo)) continue;
    said = true;
    // A capitalised word within the sentence is part of a name ("the Council of Baltic Border
    // Municipalities was founded in 2009"): the name is the body's, and lists none of them.
    if (word.index > 0 && lower !== word[0]) continue;
    // "Major communication projects" names a kind of project the question did not: that kind is
    // what it asks for ("what projects …?"); "Japanese companies", "international organizations"
    // only describe the class.
    const modifier = /(\p{L}+)\s+$/u.exec(upTo)?.[1];
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
    const before = NAME_BEFORE.exec(upTo)?.[1];
    if (before && namesAnEntity(before, indexed, context)) return false;
    const after = statement.slice(word.index + word[0].length);
    // "Steps to strengthen solidarity" says what the steps were; "join forces with the member
    // states to contribute" says why, and member states are named, if at all, as countries.
    const purpose = asked.kinds.length === 0 && TO_PURPOSE.test(after);
    if (purpose || APPOSITION.test(after) || LISTED_LATER.test(after)) {
      // "List all the member states": "member countries, including Kazakhstan" gives one for
      // example, not all of them.
      if (!purpose && context.asksAll && namedExamples(after) === 1) {
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
function namesAnEntity(word: string, indexed: IndexedFact, context: ScoringContext): boolean {
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

/** The fact says the verb with its particle right after it ("took over"). */
function hasPair(indexed: IndexedFact, [verb, particle]: readonly [string, string]): boolean {
  if (!indexed.terms.has(verb)) return false;
  const [statement = []] = factSequences(indexed.fact);
  return statement.some((token, i) => token.stem === verb && statement[i + 1]?.word === particle);
}

/**
 * A word naming a kind of entity is covered by a fact about one (1), or by the people of the
 * fact's event ("What did the leaders discuss?"), as a mention of them would be.
 */
function kindStrength(kinds: readonly EntityKind[], indexed: IndexedFact, kb: KnowledgeBase): number {
  if (kinds.some((kind) => indexed.kinds.includes(kind))) return 1;
  for (const id of indexed.eventEntities) {
    const kind = kb.entity(id)?.kind;
    if (kind && kinds.includes(kind)) return EVENT_CONTEXT;
  }
  return 0;
}

const SUBJECT_BONUS = 0.05;

/** A fact that matches only by the kinds of its entities cannot answer, whatever else it has. */
const KIND_ONLY = 0.5;
/** Nor can one that has the names asked about but none of the question's words, only their context. */
const NAMES_ONLY = 0.8;
/** A when-question's date comes from a fact that has every word asked, or it is another day's. */
const WHEN_MISSES_A_WORD = 0.8;
/** A word found as itself, a derivation or a synonym, or a kind found in the fact's entities. */
const STRONG_MATCH = 0.7;

/** How much an entity the fact's event title names supports a mention of it. */
const EVENT_TITLE = 0.6;

/** How much the fact's event (its participants) supports a word or a mention the fact itself lacks. */
const EVENT_CONTEXT = 0.8;

function mentionMatch(plan: QueryPlan, index: number, indexed: IndexedFact, kb: KnowledgeBase): number {
  const ids = plan.mentions[index]!.entityIds;
  if (ids.some((id) => indexed.entities.includes(id))) return 1;
  if (ids.some((id) => namedInText(id, indexed, kb))) return NAMED_IN_TEXT;
  if (ids.some((id) => indexed.eventEntities.has(id))) return EVENT_CONTEXT;
  if (ids.some((id) => indexed.eventNamed.has(id))) return EVENT_TITLE;
  return 0;
}

/**
 * A fact its curator did not link to an entity may still name it: "a grant of 3.1 billion yen to
 * expand the fishing port at Takoradi" names the Takoradi fishing port grant in so many words.
 */
const NAMED_IN_TEXT = 0.9;

function namedInText(id: string, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const entity = kb.entity(id);
  if (!entity) return false;
  return entityWords(entity).names.some((name) => {
    const words = name.filter((word) => !STOPWORDS.has(word));
    // One word names it only when it is no English word ("Riga" in "the Vilnius–Riga line"; not
    // "Turkey").
    const enough = words.length >= 2 || (words.length === 1 && !isEnglishWord(words[0]!));
    return enough && words.every((word) => indexed.terms.has(stemOf(word)));
  });
}

/** The fact names a country, person or body the question does not, of the kind of one it does. */
function namesAnotherOfItsKind(
  ids: readonly string[],
  indexed: IndexedFact,
  context: ScoringContext,
  kb: KnowledgeBase,
): boolean {
  const kinds = new Set(
    ids.map((id) => kb.entity(id)?.kind).filter((kind) => !!kind && REPLACEABLE.has(kind)),
  );
  if (kinds.size === 0) return false;
  return indexed.fact.entities.some(
    (id) => !context.mentioned.has(id) && kinds.has(kb.entity(id)?.kind ?? "other"),
  );
}

const REPLACEABLE = new Set<EntityKind>(["country", "person", "organization"]);

/** One of the fact's entities is described by the name ("Foreign Minister of Mongolia" for Mongolia). */
function describes(ids: readonly string[], indexed: IndexedFact, kb: KnowledgeBase): boolean {
  return indexed.entities.some((entity) => ids.some((id) => kb.namedInDescription(entity).has(id)));
}

function score(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase, context: ScoringContext): Match {
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
  let wordsMissing = 0;
  let weakestWord = 1;
  let heaviest = 1;
  let verb = 1;
  for (let i = 0; i < plan.terms.length; i++) {
    const term = plan.terms[i]!;
    let text = termMatch(plan, i, indexed, context);
    // "Who runs the CFPC?" is answered by "the Secretary General of the CFPC, …".
    if (
      text < 1 &&
      context.leaderAsked?.term === i &&
      namesTheLeader(context.leaderAsked.bodies, indexed, kb)
    ) {
      text = 1;
    }
    // "Before" is met by a fact naming a predecessor, whatever its words.
    if (term.timeWord && text < 1) text = Math.max(text, constraintMet(plan, indexed, context));
    const m = term.kinds.length > 0 ? Math.max(text, kindStrength(term.kinds, indexed, kb)) : text;
    found += term.weight * m;
    said += term.weight * text;
    specificity += m * context.rarity[i]!;
    if (term.weight > heaviest) {
      heaviest = term.weight;
      verb = m;
    }
    if (term.weight >= 1 && term.kinds.length === 0 && !/^\d+$/.test(term.word)) {
      weakestWord = Math.min(weakestWord, text);
      if (text < STRONG_MATCH) wordsMissing++;
    }
    // A kind word ("which *country*") says what the answer is, not what is asked about it,
    // unless the fact has the word itself ("CICA *events*").
    // A number (a year) says which, not what: "trade in 2024" is not answered by a fact dated 2024.
    if (term.weight >= 1 && !/^\d+$/.test(term.word)) {
      if (term.kinds.length === 0) asked = true;
      if (text >= (term.kinds.length === 0 ? STRONG_MATCH : 1)) answeredAsked = true;
      else if (term.kinds.length === 0 && m < STRONG_MATCH) missedAsked = true;
    }
  }
  let namesInFact = 0;
  let namesDescribed = 0;
  let namesInMeeting = 0;
  let namesReplaced = 0;
  for (let i = 0; i < plan.mentions.length; i++) {
    const strength = mentionMatch(plan, i, indexed, kb);
    if (strength >= 1) namesInFact++;
    else if (describes(plan.mentions[i]!.entityIds, indexed, kb)) namesDescribed++;
    else {
      if (strength > 0) namesInMeeting++;
      if (namesAnotherOfItsKind(plan.mentions[i]!.entityIds, indexed, context, kb)) namesReplaced++;
    }
    const m = MENTION_WEIGHT * strength;
    found += m;
    said += m;
  }
  // "Is Sarybay from Kazakhstan?": only names, so only a fact that links them says yes or no;
  // and "did they sign anything on astronomy?" is answered only by a fact that has every word.
  const namesOnlyYesNo = plan.kind === "yesno" && ((!asked && plan.mentions.length >= 2) || missedAsked);
  const vague = said === 0 ? KIND_ONLY : (asked && !answeredAsked) || namesOnlyYesNo ? NAMES_ONLY : 1;
  // A date answers "when did X become Y" only from a fact that says X became Y: every word asked.
  const exact = plan.kind === "when" && missedAsked ? WHEN_MISSES_A_WORD : 1;
  const share = context.weight > 0 ? found / context.weight : 0;
  // A fact too far below the floor to be weighed is spared the costliest checks of what it needs.
  const weighed = share * exact * vague >= LOWEST_FLOOR;
  const needs = timing(plan, indexed, context, weighed) * exact;
  const coverage = share * needs * vague;
  const shortness = 1 / Math.sqrt(1 + indexed.length / 10);
  return {
    indexed,
    coverage,
    rank:
      coverage +
      0.01 * specificity +
      0.05 * shortness +
      0.05 * typeFit(plan, indexed, kb, context) +
      // Among equals, a fact about the thing asked (its subject) over one that mentions it.
      (context.mentioned.has(indexed.fact.entities[0]!) ? SUBJECT_BONUS : 0),
    evidence: {
      found: share,
      said: context.weight > 0 ? said / context.weight : 0,
      needs,
      vague,
      apart: 0,
      contradicted: false,
      namesInFact,
      namesInMeeting,
      namesDescribed,
      namesMissing: plan.mentions.length - namesInFact - namesDescribed - namesInMeeting,
      namesReplaced,
      wordsMissing,
      weakestWord,
      verb,
    },
  };
}

/**
 * Some questions need a kind of detail, not just the right words: "when" needs a fact dated
 * itself (a remark about COP29 made at a meeting carries the meeting's date, not the
 * conference's, so only a fact's own `date` answers), "where" needs a place, "how many" an amount.
 */
function timing(plan: QueryPlan, indexed: IndexedFact, context: ScoringContext, weighed = true): number {
  if (plan.quantity && !QUANTITY_WORDS.test(indexed.fact.statement)) return 0.6;
  // "How much is the toll?" asks for an amount; "suspended for six months" only says how long.
  if (plan.quantity && asksHowMuch(plan) && !statesAmount(indexed)) return 0.6;
  // "When will ..." needs a fact about what is to come, and one that says when.
  if (plan.kind === "when" && plan.future && !FUTURE_FACT.test(indexed.fact.statement)) return 0.6;
  if (plan.kind === "when" && !statesTime(indexed.fact.statement)) {
    if (!indexed.fact.date) return 0.6;
    // The date of a remark, an invitation or a discussion is when it was made, not when what it
    // is about happens ("When will CICA hold events at COP29?"); and a past date never answers
    // "when will ...".
    if (plan.future) return 0.6;
    if (REPORTING.test(indexed.fact.statement) && !REPORTING.test(plan.text)) return 0.6;
  }
  // "When is COP29?" asks for the date of COP29 itself: a dated fact merely mentioning it (a
  // congratulation on hosting it) does not say. With nothing else asked, the fact must be about it.
  if (plan.kind === "when" && plan.terms.length === 0 && !context.mentioned.has(indexed.fact.entities[0]!)) {
    return 0.6;
  }
  // "Where is she from?" is answered by where she is said to be from ("an Estonian …", "a lawmaker
  // from Hiroshima"), a place the store may not know as an entity.
  if (
    plan.kind === "where" &&
    !hasPlace(indexed, context.kb) &&
    !(context.time === "origin" && saysWhereFrom(plan, indexed, context.kb))
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
  if (context.negated && !NEGATION.test(indexed.fact.statement) && !REFUSAL.test(indexed.fact.statement))
    return 0.6;
  // "When did Paraguay agree to pay a refund?" takes for granted what "did not agree on … a refund"
  // denies: a fact that negates the act asked about does not say when, where or who.
  if (!context.negated && plan.kind !== "yesno" && negatesTheAct(context.acts, indexed)) return MISSES_TIME;
  // "Who did Sarybay receive?" is not answered by Aliyev receiving Sarybay.
  if (context.role) {
    const [sentence = []] = factSequences(indexed.fact);
    const role = roleInSentence(plan, context.role, sentence, context.kb);
    if (role && role !== context.role.role) return 0.6;
    // "Who founded the CFPC?" is not answered by "the CFPC was founded in 2012": the passive
    // leaves out who did it.
    if (plan.kind === "who" && role === "patient" && passiveWithoutDoer(plan, context.role, sentence))
      return 0.6;
    // "What did Mensah-Boateng decline to comment on?" is not answered by Asakawa declining.
    if (!role && context.role.role === "agent" && someoneElseActs(plan, context.role, indexed, context.kb))
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
  const time = timeFit(plan, indexed, context);
  if (time < 1) return time;
  // "Where did they hold talks?", "in which venue did they meet?" are not answered by where they
  // will hold the next ones.
  if (
    (plan.kind === "where" ||
      plan.kind === "when" ||
      (plan.kind === "which" && !!plan.focus?.kinds.includes("place"))) &&
    asksWhatWasDone(plan.words) &&
    PLANNED.test(indexed.fact.statement)
  ) {
    return MISSES_TIME;
  }
  // "Asakawa declined to comment on reports that carmakers were considering a plant" asserts no
  // plant: it answers what he declined to comment on, not where the plant will be.
  if (hedged(indexed) && !ASKS_ABOUT_HEDGE.test(plan.text)) return MISSES_TIME;
  // "Why ...?" needs a reason; a fact that only says what happened does not give one.
  // "Why does Iturra say their economies speak the same language?": what they said is the reason
  // they give ("… copper …"), so a fact reporting that saying answers; anything else needs a reason.
  if (plan.kind === "why" && !givesReason(plan, context.acts, indexed, context.kb)) {
    const saidIt =
      context.whySaid &&
      (REPORTING.test(indexed.fact.statement) || ASKED.test(indexed.fact.statement)) &&
      saidByTheAsked(plan, indexed, context.kb);
    return saidIt ? 1 : 0.6;
  }
  return 1;
}

/**
 * Time words are constraints: "who chaired it before?" is answered only by a fact that names a
 * predecessor or a handover, "who will ...?" by one about what is to come, "how long" by a stated
 * span, and "who chairs it now?" not by a fact about a former holder.
 */
function timeFit(plan: QueryPlan, indexed: IndexedFact, context: ScoringContext): number {
  const statement = indexed.fact.statement;
  // "Who signed the accord in April 2025?" is not answered by a signing dated 2 March 2025.
  const asked = context.askedDate;
  const date =
    indexed.fact.date ?? (indexed.fact.event ? context.kb.event(indexed.fact.event)?.date : undefined);
  if (asked && date && !fitsDate(asked, date) && !namesDate(asked, statement)) return MISSES_TIME;
  if (asked?.year && figuresOnlyForOtherYears(asked.year, statement)) return MISSES_TIME;
  if (reversesOrder(plan, indexed)) return MISSES_TIME;
  return constraintMet(plan, indexed, context);
}

/**
 * "Where did Iturra serve before he was ambassador?" is not answered by "served as ambassador
 * … before being appointed minister": what the question puts after "before" the fact puts
 * before it, so the fact tells what came after, not before (and the same for "after").
 */
function reversesOrder(plan: QueryPlan, indexed: IndexedFact): boolean {
  const at = plan.words.findIndex((word) => ORDER_WORDS.has(word));
  if (at < 0) return false;
  const later = plan.terms.filter((t) => t.position > at && t.weight >= 1 && !t.timeWord);
  if (later.length === 0) return false;
  const [sentence = []] = factSequences(indexed.fact);
  const pivot = sentence.findIndex((t) => t.word === plan.words[at]);
  if (pivot < 0) return false;
  const where = (term: Term) => sentence.findIndex((t) => (term.alternatives.get(t.stem) ?? 0) >= 1);
  const found = later.map(where).filter((i) => i >= 0);
  return found.length > 0 && found.every((i) => i < pivot);
}

const ORDER_WORDS = new Set(["before", "after"]);

/** How well the fact meets the question's time constraint (1 when it has none). */
function constraintMet(plan: QueryPlan, indexed: IndexedFact, context: ScoringContext): number {
  const statement = indexed.fact.statement;
  switch (context.time) {
    case "past-holder":
    case "successor":
      return HANDOVER.test(statement) || HANDOVER.test(indexed.fact.quote) ? 1 : MISSES_TIME;
    case "future":
      // "When will ..." is decided in `timing` with the fact's date. "Who/where/which will ..."
      // needs a plan; "what/how will ..." does not: an accord's terms ("share the waters
      // equally") are worded in the present and still say what will be.
      if (plan.kind === "when" || !["who", "where", "which"].includes(plan.kind)) return 1;
      return FUTURE_FACT.test(statement) ? 1 : MISSES_TIME;
    case "current":
      return aboutAFormerState(indexed, context.kb) || onlyInThePast(plan, indexed) ? MISSES_TIME : 1;
    case "present":
      return aboutAFormerState(indexed, context.kb) || endedState(plan, indexed) ? MISSES_TIME : 1;
    case "frequency":
      return saysIt(FREQUENCY, indexed);
    case "origin":
      return saysWhereFrom(plan, indexed, context.kb) ? 1 : MISSES_TIME;
    case "span":
      return saysIt(SPAN, indexed);
    case "end":
      return saysIt(END_POINT, indexed);
    case "earlier":
      return saysIt(EARLIER, indexed);
    case "since":
      return namedOnlyAsPredecessor(plan, indexed, context.kb) ? MISSES_TIME : saysIt(BEGINNING, indexed);
    case "start": {
      const stated = saysIt(START_POINT, indexed);
      return stated === MISSES_TIME && YEAR_SPAN.test(statement) ? SPAN_START : stated;
    }
    case "weekday":
      return indexed.fact.date || dayNamedIn(statement) ? 1 : MISSES_TIME;
    default:
      return 1;
  }
}

const MISSES_TIME = 0.6;
/** The quote says it but the statement does not: likely about something else in the same sentence. */
const QUOTE_ONLY = 0.95;

function saysIt(pattern: RegExp, indexed: IndexedFact): number {
  if (pattern.test(indexed.fact.statement)) return 1;
  return pattern.test(indexed.fact.quote) ? QUOTE_ONLY : MISSES_TIME;
}

interface AskedDate {
  year?: number;
  /** 1..12 */
  month?: number;
  day?: number;
}

const MONTH_NAMES = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/** "on 17 April 2024", "in May", "April 17, 2024", "in 2025", "2024-04-17". */
export function askedDateIn(text: string): AskedDate | undefined {
  const lower = text.toLowerCase();
  const iso = /\b((?:19|20)\d{2})-(\d{2})-(\d{2})\b/.exec(lower);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const month = MONTH_NAMES.findIndex((name) => new RegExp(`\\b${name}\\b`).test(lower));
  // "may" is a month only beside a number ("17 May", "May 2024").
  const monthOk = month >= 0 && (month !== 4 || /\b\d{1,4}\s+may\b|\bmay\s+\d{1,4}\b/.test(lower));
  const year = /\b(?:in|of|during|on)\s+(?:\w+\s+){0,2}((?:19|20)\d{2})\b/.exec(lower)?.[1];
  const day = monthOk
    ? new RegExp(
        `\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAMES[month]}\\b|\\b${MONTH_NAMES[month]}\\s+(\\d{1,2})\\b`,
      ).exec(lower)
    : null;
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
  const tokens = statement.split(/\s+/).map((token) => token.replace(/^[^\d\w]+|[^\d\w%]+$/g, ""));
  const yearAt: number[] = [];
  const figureAt: number[] = [];
  tokens.forEach((token, i) => {
    if (/^(?:19|20)\d{2}$/.test(token)) yearAt.push(i);
    else if (/^\d[\d,.]*%?$/.test(token)) figureAt.push(i);
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
function namesDate(asked: AskedDate, statement: string): boolean {
  const lower = statement.toLowerCase();
  if (asked.day && !new RegExp(`(?<!\\d)${asked.day}(?!\\d)`).test(lower)) return false;
  if (asked.month && !lower.includes(MONTH_NAMES[asked.month - 1]!)) return false;
  if (asked.year && !lower.includes(String(asked.year))) return false;
  return true;
}

/** A fact that names who came before, or a handing over from one holder to the next. */
export const HANDOVER =
  /\b(?:took over from|taking over from|takes over from|succeed(?:ed|s|ing)?|successor|predecessors?|preceded|previous(?:ly)?|former(?:ly)?|outgoing|handed over|hand(?:ing)?[- ]?over|handover|hand(?:s|ed|ing)?\b[^.;]{0,60}?\bto|transition|transfer(?:red)?|passed (?:on )?(?:the \w+ )?(?:to|from)|until|ex-|before (?:being|becoming|taking|joining|moving))\b/i;

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
    const past =
      isPastVerb(statement[i]!.word) ||
      statement.slice(Math.max(0, i - 2), i).some((t) => isPastVerb(t.word));
    if (!past) return false;
  }
  return seen;
}

/** The question's verb stands in the fact as a passive ("was founded") with no "by" after it. */
function passiveWithoutDoer(plan: QueryPlan, asked: AskedRole, sentence: readonly Token[]): boolean {
  const verb = plan.terms[asked.verb];
  if (!verb) return false;
  const at = sentence.findIndex((token) => verb.alternatives.has(token.stem) && isPastVerb(token.word));
  if (at < 1 || !BE.has(sentence[at - 1]!.word)) return false;
  // The "by" may stand far on: "was received at the Casa Amarilla, the foreign ministry in San
  // José, by Costa Rica's foreign minister".
  return !sentence.slice(at + 1).some((token) => token.word === "by");
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
  return (
    at.length > 0 &&
    at.every((i) => sentence.slice(Math.max(0, i - 2), i).some((token) => PREDECESSOR_CUES.has(token.word)))
  );
}

/**
 * "Who heads the CBBM?" is not answered by "Šimkus had led the CBBM from 2017 until Põder took
 * over": the question's verb (or a word for it) stands in the past perfect, a state that ended.
 */
function endedState(plan: QueryPlan, indexed: IndexedFact): boolean {
  const verb = plan.terms.find((term) => term.weight >= 1 && term.kinds.length === 0);
  if (!verb) return false;
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

/**
 * When something began: "since 2019", "took office in September 2023", "succeeded X in 2023";
 * within one clause ("succeeded Zelaya as director; she led the agency from 2019" is not when).
 */
const BEGINNING =
  /\bsince\b|\b(?:took office|took over|assumed|appointed|became|succeeded|joined|established|founded|elected|sworn in)\b[^.;]{0,60}?\b(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\b[^.;]{0,30}?\b(?:took office|took over|assumed|appointed|became|succeeded|joined|established|founded|elected)\b/i;

/** "How often": a stated frequency. */
const FREQUENCY =
  /\b(?:every|each|annual(?:ly)?|yearly|monthly|weekly|daily|quarterly|twice|once a|times a|per (?:year|month|week|day)|regular(?:ly)?|biennial(?:ly)?)\b/i;

/** "Where is X from": a stated origin. */
const ORIGIN = /\b(?:native of|born in|citizen of|national of)\b/i;

/**
 * "Where is he from?": born in, a native of, or someone "from" somewhere ("a lawmaker from
 * Hiroshima", "came from Lima"); not any "from" ("not far from Japan", "took over from").
 */
function saysWhereFrom(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): boolean {
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
    if (token.word !== "from" || !/^\p{Lu}/u.test(sentence[i + 1]?.text ?? "")) return false;
    const before = sentence[i - 1];
    return !!before && (COMES_FROM.has(before.word) || isPersonNoun(before.word));
  });
}

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
/** A statement about what came before something else ("its first meeting since 2022" says when the last was). */
const EARLIER =
  /\b(?:previous(?:ly)?|prior|earlier|last|before|preceding|former(?:ly)?|first (?:\w+ ){0,3}since)\b/i;

/** Where something starts: "from 1 January 2027", "since January", "for 2025–2026", "due to begin in March". */
const START_POINT =
  /\b(?:from|starting|start(?:s|ed)?|begin(?:s|ning)?|began|commenc\w*)\b[^.;]{0,30}?\b(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d{2}|spring|summer|autumn|fall|winter)\b/i;
/** A span of years says where it starts, less plainly than "from 1 March 2027" does. */
const YEAR_SPAN = /\b(?:19|20)\d{2}\s*[–—-]\s*(?:(?:19|20)?\d{2})\b/;
const SPAN_START = 0.97;

/** Where something stops: "until 2030", "to 30 November 2025", "ends in June". */
const END_POINT =
  /\b(?:until|till|through|to|ends?|ending|expires?|expiring|runs? out)\b[^.;]{0,30}?\b(?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d{2}|spring|summer|autumn|fall|winter)\b|\b(?:19|20)\d{2}\s*(?:[–—-]|to)\s*(?:(?:19|20)?\d{2})\b/i;

const SPAN =
  /\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: and a half)?\s+(?:hours?|minutes?|days?|weeks?|months?|years?)\b|\b\d[\d,.]*\s*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?)\b|\b(?:1[5-9]|20)\d{2}\s*(?:[–—-]|to|until|till|through)\s*(?:(?:1[5-9]|20)?\d{2})\b|\bfor (?:a |an |the )?(?:\w+[- ])?(?:years?|months?|weeks?|days?|terms?)\b|\b\w+-(?:year|month)\b|\b(?:until|till|through|since)\b|\bterm\b/i;

/** A statement that reports something without asserting it. */
const HEDGED =
  /\b(?:declined to (?:comment|say|confirm|discuss)|did not say whether|would not (?:say|confirm|comment)|refused to (?:comment|say|confirm)|(?:reports?|rumou?rs?|speculation) that)\b/i;
/**
 * `HEDGED` read once per fact, kept by ordinal (0 not read yet, 1 no, 2 yes): nearly every scored
 * fact reaches that test, the same facts are scored question after question, and the expression
 * was a tenth of a common-word question's time.
 */
let hedgedFacts = new Uint8Array(1024);

function hedged(indexed: IndexedFact): boolean {
  const at = indexed.ordinal;
  if (at >= hedgedFacts.length) {
    const wider = new Uint8Array(Math.max(at + 1, hedgedFacts.length * 2));
    wider.set(hedgedFacts);
    hedgedFacts = wider;
  }
  if (hedgedFacts[at] === 0) hedgedFacts[at] = HEDGED.test(indexed.fact.statement) ? 2 : 1;
  return hedgedFacts[at] === 2;
}
const ASKS_ABOUT_HEDGE =
  /\b(?:declin\w*|comment\w*|reports?|reported|rumou?r\w*|confirm\w*|say|said|refus\w*|speculat\w*)\b/i;

/**
 * "Where did …", "in which venue did …": the question asks about what was done. Only the
 * question's own "did" ("where: what did they announce?" re-asks an earlier question).
 */
function asksWhatWasDone(words: readonly string[]): boolean {
  const did = words.indexOf("did");
  return did > 0 && did <= 3 && words.slice(0, did).filter((word) => QUESTION_OPENERS.has(word)).length === 1;
}

/** A statement about a plan, not about what happened. */
const PLANNED = /\b(?:will|would|next round|next meeting|agreed to (?:hold|meet)|plans? to|scheduled to)\b/i;

/**
 * The sentence's first act (a verb in the past, active) is done by another of the question's
 * names: the one nearest before it, with the one the question says acts not between them.
 */
function anotherNameActs(
  plan: QueryPlan,
  agent: number,
  sentence: readonly Token[],
  kb: KnowledgeBase,
): boolean {
  const verbAt = sentence.findIndex((token) => isPastVerb(token.word) && !STOPWORDS.has(token.word));
  if (verbAt <= 0 || BE.has(sentence[verbAt - 1]!.word)) return false;
  const nearest = (mention: number) =>
    Math.max(
      -1,
      ...mentionPositions(sentence, plan.mentions[mention]?.entityIds ?? [], kb).filter((at) => at < verbAt),
    );
  const agentAt = nearest(agent);
  return plan.mentions.some((_, other) => other !== agent && nearest(other) > agentAt);
}

/**
 * The fact's sentence has the question's verb with a person of its own doing it, and never names
 * the one the question says did it.
 */
function someoneElseActs(
  plan: QueryPlan,
  asked: AskedRole,
  indexed: IndexedFact,
  kb: KnowledgeBase,
): boolean {
  const verb = plan.terms[asked.verb];
  const named = plan.mentions[asked.mention]?.entityIds ?? [];
  if (!verb || named.some((id) => indexed.entities.includes(id))) return false;
  const [sentence = []] = factSequences(indexed.fact);
  const verbAt = sentence.findIndex((token) => verb.alternatives.has(token.stem));
  if (verbAt <= 0) return false;
  const people = indexed.fact.entities.filter((id) => kb.entity(id)?.kind === "person");
  return mentionPositions(sentence, people, kb).some((at) => at < verbAt && verbAt - at <= 6);
}

/** Verbs of saying, as a question's verb ("why did he *say* …", "why did she *call* it …"). */
const SAYING =
  /^(?:say|says|said|call|calls|called|describe|describes|described|consider|considers|considered|stress|stressed|emphasi[sz]e\w*)$/;

/**
 * The reason asked for is one someone gives: "why did he say …", "why does she think …", "why
 * does it want …", "why is it important, according to the minister?". What they said is then the
 * answer.
 */
function asksWhySaid(plan: QueryPlan, kb: KnowledgeBase): boolean {
  const verbs = plan.terms.filter((t) => t.weight > 1).map((t) => t.word);
  if (verbs.some((word) => SAYING.test(word) || isVerbOfOpinion(word) || isVerbOfWish(word))) return true;
  // "Why does Bolivia want the vessels exempted?": "want" is no word to find, but still theirs.
  if (plan.words.some((word) => STOPWORDS.has(word) && isVerbOfWish(word))) return true;
  return (
    ACCORDING_TO.test(plan.text) &&
    plan.mentions.some((mention) => mention.entityIds.some((id) => kb.entity(id)?.kind === "person"))
  );
}
const ACCORDING_TO = /\baccording to\b/i;
/** A request is said too: "asked that vessels be exempted …, when barges must sail partly empty". */
const ASKED = /\b(?:asked|asks|requested|requests) (?:that|for)\b/i;

/** The people the question names are whose saying it asks for: the fact must name one of them. */
function saidByTheAsked(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const people = plan.mentions.flatMap((mention) =>
    mention.entityIds.filter((id) => kb.entity(id)?.kind === "person"),
  );
  return people.length === 0 || people.some((id) => indexed.entities.includes(id));
}

/**
 * A reason for what was asked: a cause or purpose said outright; "thanked X for Y" only when it is
 * the thanking that is asked about ("why did Chile back the bid?" is not answered by Mongolia
 * thanking Chile for backing it); and an action's purpose ("agreed to meet again in November to
 * consider the report") only after the act asked about.
 */
function givesReason(
  plan: QueryPlan,
  acts: readonly Term[],
  indexed: IndexedFact,
  kb: KnowledgeBase,
): boolean {
  const statement = indexed.fact.statement;
  if (GIVES_REASON.test(statement)) return true;
  if (causeAfterDueTo(statement)) return true;
  if (GRATITUDE_FOR.test(statement) && GRATITUDE.test(plan.text)) return true;
  const [sentence = []] = factSequences(indexed.fact);
  // Where the act asked about stands: the first of the question's verbs the sentence has. With no
  // verb asked ("what is the fund for?"), what is asked about is the thing named: "creates a fund
  // … to pay for patrols" says what for.
  const aboutTheName = plan.terms.every((term) => term.weight < 1);
  if (acts.length === 0 && !aboutTheName) return false;
  const actAt =
    acts.length > 0
      ? sentence.findIndex((token) => acts.some((act) => act.alternatives.has(token.stem)))
      : Math.min(
          ...mentionPositions(
            sentence,
            plan.mentions.flatMap((mention) => mention.entityIds),
            kb,
          ),
        );
  if (actAt === Number.POSITIVE_INFINITY) return false;
  // "What is the memorandum for?": "a memorandum on maritime security …, covering coast guard
  // training" says what it is there to do.
  if (acts.length === 0 && sentence.slice(actAt + 1).some((token) => COVERING.has(token.word))) return true;
  const from = actAt >= 0 ? actAt : twoWordAct(sentence, acts, indexed);
  if (from < 0) return false;
  // "will meet in Poprad in June 2027, before the fire season, to decide on the contract": a
  // comma sets the purpose apart, whatever word stands before it ("season" is a verb too).
  const actText = sentence[from]!.text;
  const actStart = statement.indexOf(actText);
  for (const purpose of statement.matchAll(PURPOSE_AFTER_COMMA)) {
    if (actStart >= 0 && purpose.index > actStart && isBareVerb(purpose[1]!.toLowerCase())) return true;
  }
  for (let i = from + 1; i < sentence.length - 1; i++) {
    if (sentence[i]!.word !== "to") continue;
    const before = sentence[i - 1]!.word;
    const after = sentence[i + 1]!.word;
    // "offered to share" is what was offered; "data … to help plan the dredging" is what for, and
    // so is "took steps to strengthen": a word after a past verb is its object, whatever else
    // the word may be ("steps", "talks", "efforts").
    const prior = sentence[i - 2]?.word ?? "";
    const object = isPastVerb(prior) && !STOPWORDS.has(prior) && !isPastVerb(before);
    if (isVerb(after) && (!isVerb(before) || object) && !STOPWORDS.has(before)) return true;
  }
  return false;
}

/**
 * Where a two-word verb of the act stands ("was set up in 2014 to cut …" for "establish"): the
 * fact has the act among its terms, but at no one token. Its particle, so that what follows it is
 * what it was done for; -1 if the sentence has none.
 */
function twoWordAct(sentence: readonly Token[], acts: readonly Term[], indexed: IndexedFact): number {
  const stems = acts.flatMap((act) => [...act.alternatives.keys()]);
  if (!stems.some((stem) => (indexed.terms.get(stem) ?? 0) >= 0.9)) return -1;
  for (let i = 0; i < sentence.length - 1; i++) {
    const [verb, particle] = [sentence[i]!.word, sentence[i + 1]!.word];
    if (!isPhrasalVerb(verb, particle)) continue;
    if (verbSynonyms(`${verb} ${particle}`).some((word) => stems.includes(stemOf(word)))) return i + 1;
  }
  return -1;
}

/** What a thing named covers, after its name: its purpose when only the thing is asked about. */
const COVERING = new Set(["covering", "covers"]);

/** Words that give a reason or a purpose; ", saying …" after an act is the reason given for it. */
const PURPOSE_AFTER_COMMA = /,\s+to\s+(\p{L}+)/gu;

const GIVES_REASON =
  /\b(?:because|thanks to|owing to|in order to|so that|so as to|as a result|reasons?|calling it|aimed at|in view of|objecting|arguing|citing|on the grounds)\b|, saying\b/i;

/** The statement gives a reason in so many words ("because", ", saying", "due to low water"). */
export function saysWhy(statement: string): boolean {
  return GIVES_REASON.test(statement) || causeAfterDueTo(statement);
}

/** "Due to low water" is a cause; "due to begin in March" is a schedule, which gives no reason. */
function causeAfterDueTo(statement: string): boolean {
  for (const [, next] of statement.matchAll(DUE_TO)) if (!isBareVerb(next!.toLowerCase())) return true;
  return false;
}
const DUE_TO = /\bdue to (\p{L}+)/giu;

/** An act not done, said with a verb: "declined to withdraw" answers "why won't they withdraw?". */
const REFUSAL = /\b(?:declined|declines|refused|refuses|rejected|rejects|failed|fails) to\b/i;
const GRATITUDE =
  /\b(?:thank\w*|congratulat\w*|prais\w*|commend\w*|award\w*|critici[sz]\w*|blam\w*|apologi[sz]\w*|grateful|gratitude)\b/i;
/** Thanks are given for something, or on the occasion that moved them ("during the handover"). */
const GRATITUDE_FOR = new RegExp(`${GRATITUDE.source}[^.]{0,80}?\\b(?:for|on|during)\\b`, "i");

/** A statement about what is to come. */
const FUTURE_FACT =
  /\b(?:will|shall|(?:said|says|announced|added|told \w+) (?:that )?[^.]{0,40}?\bwould|next|upcoming|plans?|planned|scheduled|agreed to|to be held|to hold|expected|intends?|aims?|determined to|ready to|looks? forward|(?:invit|commit|pledg|vow|promis|undert|set|due|expect)\w* [^.]{0,60}?\bto|(?:discuss\w*|discussions? on|consider\w*|propos\w*|explor\w*) (?:the )?\w+ing)\b/i;

/** Verbs that report what was said or proposed: the fact's date is the saying's. */
const REPORTING =
  /\b(?:said|says|say|noted|notes|note|stressed|stress|emphasi[sz]ed|emphasi[sz]e|underscored|underscore|underlined|highlighted|highlight|affirmed|affirm|described|describe|praised|praise|expressed|express|recalled|mentioned|mention|stated|told|invited|invite|proposed|propose|supported|support|welcomed|welcome|voiced|urged|urge|hoped|hope|announced|announce|pledged|pledge|discussed|discuss|discussions?|considered|consider|agreed|agree|called|call|congratulat\w*|thank\w*|commend\w*|hail\w*|applaud\w*)\b/i;

/**
 * The fact names a place, happened at a placed event, or says where ("in Norland"). A country
 * counts unless it is only there as someone's ("President of Azerbaijan", "Azerbaijan's chair").
 */
function hasPlace(indexed: IndexedFact, kb: KnowledgeBase): boolean {
  if (indexed.kinds.includes("place")) return true;
  if (indexed.kinds.includes("country") && namesCountryAsPlace(indexed, kb)) return true;
  const event = indexed.fact.event ? kb.event(indexed.fact.event) : undefined;
  return Boolean(event?.place) || /\b(?:in|at) \p{Lu}/u.test(indexed.fact.statement);
}

function namesCountryAsPlace(indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const [statement] = factSequences(indexed.fact);
  if (!statement) return false;
  for (const id of indexed.fact.entities) {
    const entity = kb.entity(id);
    if (entity?.kind !== "country") continue;
    for (const words of entityWords(entity).names) {
      for (const i of namePositions(statement, words)) {
        const owned = statement[i + words.length - 1]!.possessive === true;
        const ofSomeone = statement[i - 1]?.word === "of" || statement[i - 2]?.word === "of";
        if (!owned && !ofSomeone) return true;
      }
    }
  }
  return false;
}

/** A number, or a word that states an amount: what a how-many question needs in its answer. */
const QUANTITY_WORDS =
  /(?<![\p{L}\d-])\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?|half|third|quarter|fifth|tenth|percent|per cent|single|double|twice|several|few|many|majority|minority)\b/iu;

/** "how much" (or "how much of") among the words as read, typos fixed ("how mcuh"). */
function asksHowMuch(plan: QueryPlan, then?: string): boolean {
  const { words } = plan;
  return words.some(
    (word, i) => word === "how" && words[i + 1] === "much" && (!then || words[i + 2] === then),
  );
}
/** An amount: money, a share, a weight or length, a fraction. */
const AMOUNT =
  /[$€£¥]|\d\s*%|\b\d[\d,.]*\s*(?:(?:million|billion|thousand|trillion|m|bn|k)\s+)?(?:tonnes?|tons?|barrels?|km|kilomet(?:re|er)s?|miles?|percent|per cent|megawatts?|mw|gw|cubic)\b|\b(?:half|third|quarter|fifth|tenth|percent|per cent)\b/i;

/**
 * The fact says the act asked about did not happen: "not", "never", "no" just before the
 * question's verb ("did not agree", "has never signed").
 */
function negatesTheAct(acts: readonly Term[], indexed: IndexedFact): boolean {
  if (acts.length === 0) return false;
  const [sentence = []] = factSequences(indexed.fact);
  const negated = (i: number) =>
    NEGATORS.has(sentence[i - 1]?.word ?? "") ||
    (BETWEEN_NEGATION_AND_VERB.has(sentence[i - 1]?.word ?? "") && NEGATORS.has(sentence[i - 2]?.word ?? ""));
  // The question's first act the sentence names is denied every time it is named ("signed by
  // five; Senegal did not sign" affirms it).
  for (const act of acts) {
    const named = sentence.flatMap((token, i) => (act.alternatives.get(token.stem) === 1 ? [i] : []));
    if (named.length > 0) return named.every(negated);
  }
  return false;
}

const BETWEEN_NEGATION_AND_VERB = new Set([
  "yet",
  "be",
  "been",
  "have",
  "also",
  "formally",
  "officially",
  "still",
]);
const NEGATORS = new Set([
  "not",
  "never",
  "no",
  "didnt",
  "doesnt",
  "hasnt",
  "havent",
  "wont",
  "cannot",
  "nt",
]);

/** Does the fact offer the kind of thing the question asks for (a person for "who", a date for "when")? */
function typeFit(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase, context: ScoringContext): number {
  switch (plan.kind) {
    case "who":
      for (const id of indexed.entities)
        if (!context.mentioned.has(id) && kb.entity(id)?.kind !== "event") return 1;
      return 0;
    case "when":
      return indexed.fact.date ? 1 : 0;
    case "where": {
      const event = indexed.fact.event ? kb.event(indexed.fact.event) : undefined;
      return event?.place || indexed.kinds.includes("place") ? 1 : 0;
    }
    default:
      return 0;
  }
}

/**
 * "president of Kazakhstan" is supported by "President of Kazakhstan", not by a fact that
 * mentions a president and, twenty words later, Kazakhstan. Unsupported pairs lose the term.
 */
function applyProximity(plan: QueryPlan, match: Match, kb: KnowledgeBase, context: ScoringContext): void {
  const weight = context.weight;
  if (plan.proximities.length === 0) return;
  const fact = match.indexed.fact;
  const sequences = [...factSequences(fact), ...fact.entities.map((id) => descriptionSequence(kb, id))];
  let lost = 0;
  let phrases = 0;
  for (const proximity of plan.proximities) {
    if (proximity.describesOnly) continue;
    const term = plan.terms[proximity.term]!;
    const supported = sequences.some(
      (sequence, i) =>
        proximityPositions(plan, proximity, sequence, kb, i < 2 ? fact.entities[0] : undefined).length > 0,
    );
    if (!supported) lost += term.weight * termMatch(plan, proximity.term, match.indexed, context);
    else if (sequences.some((sequence) => inQuestionOrder(plan, proximity, sequence))) phrases++;
  }
  // "Foreign Minister" as asked says it better than "Minister of Foreign Trade": among facts that
  // support the pair, the one with the question's own phrase ranks first.
  match.rank += PHRASE_BONUS * phrases;
  if (lost > 0 && weight > 0) {
    match.coverage -= lost / weight;
    match.rank -= lost / weight;
    if (match.evidence) match.evidence.apart = lost / weight;
  }
}

const PHRASE_BONUS = 0.02;

/** A title's pair of words ("foreign minister") side by side in the sequence, as the question has them. */
function inQuestionOrder(plan: QueryPlan, proximity: Proximity, sequence: Token[]): boolean {
  if (!("term" in proximity.target)) return false;
  const first = plan.terms[proximity.term]!;
  const second = plan.terms[proximity.target.term]!;
  if (second.position !== first.position + 1) return false;
  for (let i = 0; i + 1 < sequence.length; i++) {
    if (first.alternatives.has(sequence[i]!.stem) && second.alternatives.has(sequence[i + 1]!.stem))
      return true;
  }
  return false;
}

/**
 * "How much is the surveillance fund?" asks for the fund's own amount: "a Regional Surveillance
 * Fund of 38 million euros" says it, "will each contribute 9 million euros to the … Fund" says
 * what goes into it. Among facts that tie, the one with an amount right after the name ranks first.
 */
function applyAmountOf(plan: QueryPlan, match: Match, kb: KnowledgeBase): void {
  if (!plan.quantity || !asksHowMuch(plan) || plan.mentions.length === 0) return;
  const [statement = []] = factSequences(match.indexed.fact);
  const ends = plan.mentions.flatMap((m) =>
    m.entityIds.flatMap((id) => {
      const entity = kb.entity(id);
      if (!entity) return [];
      return entityWords(entity).names.flatMap((name) =>
        namePositions(statement, name).map((at) => at + name.length),
      );
    }),
  );
  const amountAfter = ends.some((end) => {
    const next = statement.slice(end, end + 4).map((token) => token.word);
    return AMOUNT_LINKS.has(next[0] ?? "") && next.slice(1).some((word) => /^\d/.test(word));
  });
  if (amountAfter) match.rank += PHRASE_BONUS;
  // "How much is the fund?" is a sum of money before a share of it ("60 percent of the fund"),
  // unless it asks "how much of".
  else if (!asksHowMuch(plan, "of") && statesMoney(statement)) match.rank += PHRASE_BONUS / 2;
}

const SCALE_WORDS = new Set(["thousand", "million", "billion", "trillion", "us"]);

/** A sum of money in any country's currency, a share, or a measure. */
function statesAmount(indexed: IndexedFact): boolean {
  if (AMOUNT.test(indexed.fact.statement)) return true;
  const [statement = []] = factSequences(indexed.fact);
  return statesMoney(statement);
}

/** A number followed by a currency ("4.8 million euros", "62 million US dollars", "3.1 billion yen"). */
function statesMoney(statement: readonly Token[]): boolean {
  const units = currencyUnits();
  for (let i = 0; i < statement.length; i++) {
    if (!/^\d/.test(statement[i]!.word)) continue;
    let at = i + 1;
    while (at < statement.length && at <= i + 3 && SCALE_WORDS.has(statement[at]!.word)) at++;
    if (units.has(statement[at]?.word ?? "")) return true;
  }
  return false;
}

/** Words that tie an amount to the name before them: "Fund of 38 million", "toll is 1.47 dollars". */
const AMOUNT_LINKS = new Set([
  "of",
  "is",
  "was",
  "worth",
  "costs",
  "cost",
  "totals",
  "totalling",
  "totaling",
]);

/** Where in the sequence the proximity's word stands in relation to its target (may be none). */
export function proximityPositions(
  plan: QueryPlan,
  proximity: Proximity,
  sequence: Token[],
  kb: KnowledgeBase,
  /** The fact's subject: "its", "their" in its sentence stand for it ("WAMSO … with its secretariat"). */
  subject?: string,
): number[] {
  const term = plan.terms[proximity.term]!;
  const starts = positions(sequence, (i) => term.alternatives.has(sequence[i]!.stem));
  if (starts.length === 0) return starts;
  const target = "mention" in proximity.target ? plan.mentions[proximity.target.mention]! : undefined;
  const ends = target
    ? [
        ...mentionPositions(sequence, target.entityIds, kb),
        ...(subject && target.entityIds.includes(subject) && proximity.order === "either"
          ? positions(sequence, (i) => SUBJECT_POSSESSIVES.has(sequence[i]!.word))
          : []),
      ]
    : positions(sequence, (i) => {
        const target = "term" in proximity.target ? plan.terms[proximity.target.term] : undefined;
        return target?.alternatives.has(sequence[i]!.stem) ?? false;
      });
  return starts.filter((s) => ends.some((e) => near(sequence, s, e, proximity.order)));
}

const SUBJECT_POSSESSIVES = new Set(["its", "their"]);

/**
 * Does the word at `s` stand in relation to the name or word at `e`? After it, close and linked
 * ("President of the Republic of Azerbaijan", "ambassador to Mongolia", or right next to it);
 * before it, right before ("CICA member countries", "Chile's president"), or for a possessive
 * anywhere close.
 */
function near(sequence: Token[], s: number, e: number, order: Proximity["order"]): boolean {
  const distance = Math.abs(e - s);
  if (distance === 0 || distance > PROXIMITY_WINDOW) return false;
  // Before the word, close: "Chile's president", "CICA member countries"; for a possessive,
  // anywhere close ("Azerbaijan's experience in multilateral diplomacy").
  if (e < s) {
    // "President of Ghana, received Japanese Foreign Minister …": a verb between parts them.
    for (let i = e + 1; i < s; i++) {
      const token = sequence[i]!;
      if (!token.nameLike && /ed$/.test(token.word) && isPastVerb(token.word)) return false;
    }
    return order === "either" || distance <= 3;
  }
  // Linked, and no verb between: "President of the Republic of Azerbaijan", "round of political
  // consultations", not "President of Mongolia, received Chilean ...".
  let linked = distance === 1;
  for (let i = s + 1; i < e; i++) {
    const token = sequence[i]!;
    if (LINKING_WORDS.has(token.word)) linked = true;
    else if (!token.nameLike && /ed$/.test(token.word)) return false;
  }
  return linked;
}

const LINKING_WORDS = new Set(["of", "for", "to", "in", "at", "from", "on"]);

/**
 * "Permanent member" is contradicted by "non-permanent member": a fact that has a word of the
 * question only with "non" before it (the question without) says the opposite, and cannot answer
 * what the question asks (a yes/no question excepted: it says "no").
 */
function applyOpposites(plan: QueryPlan, match: Match): void {
  // Except to a yes/no question: "Was it a permanent member?" is answered by "non-permanent".
  if (plan.kind === "yesno") return;
  const [statement = []] = factSequences(match.indexed.fact);
  const contradicts = plan.terms.some((term) => {
    if (term.weight < 1 || plan.words[term.position - 1] === "non") return false;
    let negatedOnly = false;
    for (let i = 0; i < statement.length; i++) {
      if (!term.alternatives.has(statement[i]!.stem)) continue;
      if (statement[i - 1]?.word !== "non") return false;
      negatedOnly = true;
    }
    return negatedOnly;
  });
  if (contradicts) {
    match.rank -= match.coverage * (1 - CONTRADICTED);
    match.coverage *= CONTRADICTED;
    if (match.evidence) match.evidence.contradicted = true;
  }
}

const CONTRADICTED = 0.6;

function descriptionSequence(kb: KnowledgeBase, id: string): Token[] {
  const entity = kb.entity(id);
  return entity ? entityWords(entity).line : [];
}

function positions(sequence: readonly unknown[], test: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < sequence.length; i++) if (test(i)) out.push(i);
  return out;
}
