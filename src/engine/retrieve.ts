import { sortSmall } from "./collections.ts";
import { factOrdinals, type IndexedFact, type KnowledgeBase } from "./knowledge.ts";
import type { QueryPlan } from "./query.ts";
import {
  ANSWER_THRESHOLD,
  ARGUED_BONUS,
  EVENT_CONTEXT,
  EVENT_TITLE,
  HELD_THERE,
  hasPair,
  KIND_ONLY,
  kindStrength,
  lastMatch,
  type Match,
  MENTION_WEIGHT,
  meetingPhrase,
  mentionMatch,
  NAMED_IN_TEXT,
  NAMES_ONLY,
  namesOf,
  pairStrength,
  type ScoringContext,
  SUBJECT_BONUS,
  saysName,
  score,
  scoringContext,
  typeFit,
  unknownWeight,
  WHEN_MISSES_A_WORD,
  WHEN_WORD_SAID,
  weigh,
} from "./score.ts";
import { STRONG_MATCH } from "./score-kind.ts";
import { arguesForIt } from "./score-reason.ts";
import { knownStemNumber } from "./terms.ts";
import type { TimeConstraint } from "./understand.ts";
import { applyAmountOf, applyOpposites, applyProximity } from "./word-order.ts";

// Which facts are scored at all: retrieval reads only the postings that can change the answer and
// bounds each fact's rank before scoring it, so a question's cost stays flat as the store grows.

/** What, beyond the question's words, decides which facts are candidates. */
/**
 * Every field is always there, absent ones undefined, in this order: one layout for every call's
 * options, so the per-fact checks reading them (`pooledWith`) stay monomorphic.
 */
export interface CandidateOptions {
  /** Coverage a fact needs to answer (calibrated on labeled questions; see eval/). */
  threshold: number;
  /** Facts not to offer again ("what else ...?"). */
  exclude: ReadonlySet<string>;
  time: TimeConstraint | undefined;
  /** Only facts from these sources ("according to <outlet>"). */
  sources: ReadonlySet<string> | undefined;
  /** Only facts of this meeting ("who chaired the next round?"): chosen among them, not after. */
  event: string | undefined;
}

export const DEFAULT_CANDIDATE_OPTIONS: CandidateOptions = {
  threshold: ANSWER_THRESHOLD,
  exclude: new Set(),
  time: undefined,
  sources: undefined,
  event: undefined,
};

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
  /**
   * How strongly one fact has it: what a full walk would report for it at most, looked up on the
   * fact. Known to have it `atLeast` so strongly, a lookup that cannot find more is skipped: only
   * the greater of the two is then exact.
   */
  strengthOf: (indexed: IndexedFact, atLeast?: number) => number;
  /** The strongest any fact can have it (at most 1): a fact found so strongly has it as well as any. */
  strongest: () => number;
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
  const known = searches?.get(plan);
  if (known)
    for (const search of known)
      if (search.kb === kb && sameOptions(search.options, options)) return search.matches.slice();
  const matches = candidatesAfresh(plan, kb, options);
  if (searches) {
    const search = { kb, options: { ...options }, matches: matches.slice() };
    if (known) known.push(search);
    else searches.set(plan, [search]);
  }
  return matches;
}

/** One search made during the answer being made (`inOneSearch`). */
interface Search {
  kb: KnowledgeBase;
  options: CandidateOptions;
  matches: readonly Match[];
}

/**
 * The searches made during one answer, by plan: a why-question's fallbacks ("the reason beside the
 * act", "the act denied") search again for what the answer's own search found, the same plan with
 * the same options. Undefined outside an answer: the store may change between answers.
 */
let searches: Map<QueryPlan, Search[]> | undefined;

/** Makes one answer, each search it makes with the same plan and options made once. */
export function inOneSearch<T>(answer: () => T): T {
  const outer = searches;
  searches = new Map();
  try {
    return answer();
  } finally {
    searches = outer;
  }
}

function sameOptions(a: CandidateOptions, b: CandidateOptions): boolean {
  return (
    a.threshold === b.threshold &&
    a.exclude === b.exclude &&
    a.time === b.time &&
    a.sources === b.sources &&
    a.event === b.event
  );
}

function candidatesAfresh(plan: QueryPlan, kb: KnowledgeBase, options: CandidateOptions): Match[] {
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
      // And in the facts that say one of its names in so many words, though not linked to it ("the
      // first 48 Osogovo park rangers" names Osogovo): each name found through its rarest word.
      const said = mention.entityIds.flatMap((id) => {
        const entity = kb.entity(id);
        return entity ? namesOf(entity) : [];
      });
      const sayings = said.map((name) => {
        let rarest = name.stems[0]!;
        let count = kb.textFrequency(rarest);
        for (let w = 1; w < name.stems.length; w++) {
          const other = kb.textFrequency(name.stems[w]!);
          if (other < count) [rarest, count] = [name.stems[w]!, other];
        }
        return { name, rarest, count };
      });
      return {
        weight: MENTION_WEIGHT,
        size:
          mention.entityIds.reduce((sum, id) => sum + kb.entityFactCount(id), 0) +
          [...events, ...naming].reduce((sum, id) => sum + kb.eventFactCount(id), 0) +
          sayings.reduce((sum, saying) => sum + saying.count, 0),
        visit: (found: (indexed: IndexedFact, strength: number) => boolean) => {
          // (Walks calling back, not the generators: a name can have thousands of facts.)
          for (const id of mention.entityIds) if (!kb.visitFactsAbout(id, (f) => found(f, 1))) return;
          for (const { name, rarest } of sayings) {
            const walked = kb.forEachFactSaying(rarest, (f) => !saysName(name, f) || found(f, NAMED_IN_TEXT));
            if (!walked) return;
          }
          for (const id of events) if (!kb.visitFactsOfEvent(id, (f) => found(f, EVENT_CONTEXT))) return;
          for (const id of naming) if (!kb.visitFactsOfEvent(id, (f) => found(f, EVENT_TITLE))) return;
        },
        strengthOf: (indexed: IndexedFact) =>
          mention.entityIds.some((id) => indexed.entities.includes(id))
            ? 1
            : sayings.some(({ name }) => saysName(name, indexed))
              ? NAMED_IN_TEXT
              : mention.entityIds.some((id) => indexed.eventEntities.has(id))
                ? EVENT_CONTEXT
                : mention.entityIds.some((id) => indexed.eventNamed.has(id))
                  ? EVENT_TITLE
                  : 0,
        strongest: () => 1,
      };
    }),
    ...searched.map((term) => {
      let alternatives: TermAlternative[] | undefined;
      // (Only a verb read as another word has one: "take over" read "adopt".)
      const pair = term.pair && !term.alternatives.has(term.pair[0]) ? term.pair : undefined;
      return {
        weight: term.weight,
        // A word that names a kind ("leaders", "countries") is also found in any fact about one.
        size:
          [...term.alternatives.keys()].reduce((sum, stem) => sum + kb.documentFrequency(stem), 0) +
          term.kinds.reduce((sum, kind) => sum + kb.factCountOfKind(kind), 0) +
          (pair ? kb.documentFrequency(pair[0]) : 0),
        visit: (found: (indexed: IndexedFact, strength: number, byKind?: boolean) => boolean) => {
          for (const [stem, strength] of term.alternatives) {
            if (!kb.forEachFactWithStem(stem, (f, present) => found(f, strength * present))) return;
          }
          // "When did she take over?", read "adopt", is met by "took over" (`termMatch`): a fact
          // with the verb and its particle is found through the verb, not only its other words.
          if (pair && !kb.forEachFactWithStem(pair[0], (f) => !hasPair(f, pair) || found(f, 1))) return;
          // "What does the accord establish?" is met by "the accord sets up": found through the verb.
          for (const { pair: said, strength } of term.pairs ?? []) {
            if (!kb.forEachFactWithStem(said[0], (f) => !hasPair(f, said) || found(f, strength))) return;
          }
          for (const kind of term.kinds) {
            if (!kb.forEachFactOfKind(kind, (f) => found(f, kindStrength(term.kinds, f, kb), true))) return;
          }
        },
        strengthOf: (indexed: IndexedFact, atLeast = 0) => {
          // The entities and events that have each alternative, gathered once per question (few
          // beside the facts), so each fact costs a few Map lookups.
          alternatives ??= termAlternatives(term.alternatives, kb);
          let best = term.kinds.length > 0 ? kindStrength(term.kinds, indexed, kb) : 0;
          // No match is stronger than 1 (strengths and alternatives are at most 1): a fact about
          // the kind needs no lookup of its words, and a vague kind word reaches thousands.
          if (best >= 1) return best;
          if (pair && hasPair(indexed, pair)) return 1;
          best = Math.max(best, pairStrength(term, indexed, Math.max(best, atLeast)));
          let event: string | undefined | null = null;
          for (let a = 0; a < alternatives.length; a++) {
            const { number, strength, entities, strongestEntity, events, strongestEvent } = alternatives[a]!;
            // Found through this alternative it is had at most `strength` (its own text, 1 at most),
            // or `strength` times the strongest entity or event with the stem: a lookup that cannot
            // beat what is known already is skipped.
            const known = Math.max(best, atLeast);
            if (strength <= known) continue;
            let present = number === undefined ? 0 : (indexed.terms.strengthOf(number) ?? 0);
            // The fact's entities and event are looked up only when they could have it more
            // strongly than its own text (a word of the statement is as strong as any).
            if (strongestEntity > present && strength * strongestEntity > known) {
              for (const id of indexed.entities) present = Math.max(present, entities.get(id) ?? 0);
            }
            if (strongestEvent > present && strength * strongestEvent > known) {
              if (event === null) event = indexed.fact.event;
              if (event) present = Math.max(present, events.get(event) ?? 0);
            }
            best = Math.max(best, strength * present);
          }
          return best;
        },
        strongest: () => {
          let most = term.kinds.length > 0 || (pair && kb.textHasStem(pair[0])) ? 1 : 0;
          for (const { pair: said, strength } of term.pairs ?? []) {
            if (kb.textHasStem(said[0])) most = Math.max(most, strength);
          }
          for (const [stem, strength] of term.alternatives) {
            // A fact's own text has a stem at most 1; its entities and event as the strongest of them.
            const through = Math.max(
              kb.textHasStem(stem) ? 1 : 0,
              kb.strongestEntityWithStem(stem),
              kb.strongestEventWithStem(stem),
            );
            most = Math.max(most, strength * through);
          }
          return most;
        },
      };
    }),
  ];
  // (In place: `sort` copies the array first, and candidates are sought many times per question.)
  sortSmall(items, (a, b) => a.size - b.size);
  // (Once per call: each manner word asked is looked up in WordNet.)
  const unknown = unknownWeight(plan);
  const total =
    items.reduce((sum, item) => sum + item.weight, 0) +
    plan.terms.reduce((sum, term) => sum + (term.timeWord ? term.weight : 0), 0) +
    unknown;
  const slack = (1 - options.threshold) * total - unknown;
  const hopeless = slack <= 0;
  let top: Match[];
  let context: ScoringContext;
  const scratch = scratchFor(factOrdinals());
  // The lists below are the scratch's, kept between questions (a common word's walk filled a
  // new array of thousands each time, copied as it grew: most of a vague question's garbage);
  // a call made while one is under way (none is today) gets lists of its own.
  const lists = scratch.busy ? newLists() : scratch.lists;
  scratch.busy = true;
  // Facts found so far and their partial scores, in the order found (ties keep that order).
  const partial = lists.partial;
  let partials = 0;
  // Per item, a fact counts once, at its strongest match.
  const best = lists.best;
  let bests = 0;
  let mostBests = 0;
  try {
    const inPartial = ++scratch.stamp;
    let read = 0;
    for (const item of items) {
      mostBests = Math.max(mostBests, bests);
      bests = 0;
      const inBest = ++scratch.stamp;
      const first = partials === 0;
      if (!first && Math.min(item.size, kb.size) > COMMON_PART) {
        // A common part (a word in a good share of the store) only adds to the facts the rarer parts
        // found, looked up on each of them instead of walking its postings: its cost is then bounded
        // by the rarer evidence, whatever the store's size. A fact it alone would bring in lacks the
        // question's rarer parts and ranks below those found already.
        for (let p = 0; p < partials; p++) {
          const indexed = partial[p]!;
          const strength = item.strengthOf(indexed);
          if (strength <= 0) continue;
          scratch.bestScore[indexed.ordinal] = strength;
          best[bests++] = indexed;
        }
      } else {
        let full = false;
        // The first part alone decides the pool when its weight reaches the slack (nothing else is
        // read): the pool is then the MAX_SCORED facts it has most strongly, the first found among
        // equals. Once that many have it as strongly as any fact can, a fact found later can at
        // best tie them, and loses the tie: the walk stops there.
        const strongest =
          first && read + item.weight >= slack - 1e-9 ? item.strongest() : Number.POSITIVE_INFINITY;
        let strongestFound = 0;
        let enough = false;
        item.visit((indexed, strength, byKind) => {
          const at = indexed.ordinal;
          let before = 0;
          if (scratch.bestMark[at] !== inBest) {
            const admit = byKind
              ? scratch.partialMark[at] === inPartial || (first && bests < MAX_NEAR_MISSES)
              : !hopeless || bests < MAX_NEAR_MISSES;
            if (!admit) return true;
            scratch.bestMark[at] = inBest;
            scratch.bestScore[at] = strength;
            best[bests++] = indexed;
          } else {
            before = scratch.bestScore[at]!;
            if (before < strength) scratch.bestScore[at] = strength;
          }
          // (Counted once: when it first reaches the strongest, and only if the pool may hold it.)
          if (strength >= strongest && before < strongest && pooledWith(indexed, options)) {
            enough = ++strongestFound >= MAX_SCORED;
          }
          // Only common parts are read first (a vague question, "Which countries?"): the first
          // COMMON_PART facts found, strongest evidence first, are plenty for a refusal's near
          // misses or the few a list shows, and reading on would cost the whole store.
          full = bests >= COMMON_PART;
          return !full && !enough;
        });
        // Cut short, the walk may have missed stronger evidence for the facts it took: look it up.
        if (full || enough) {
          for (let b = 0; b < bests; b++) {
            const indexed = best[b]!;
            // Nothing is stronger than 1 (see `strengthOf`), nor than the strongest any fact can have
            // it (when that was worked out): a fact with that has nothing to look up.
            const known = scratch.bestScore[indexed.ordinal]!;
            if (known >= 1 || known >= strongest) continue;
            const strength = item.strengthOf(indexed, known);
            if (known < strength) scratch.bestScore[indexed.ordinal] = strength;
          }
        }
      }
      for (let b = 0; b < bests; b++) {
        const indexed = best[b]!;
        const at = indexed.ordinal;
        const add = item.weight * scratch.bestScore[at]!;
        if (scratch.partialMark[at] === inPartial) scratch.partialScore[at] = scratch.partialScore[at]! + add;
        else {
          scratch.partialMark[at] = inPartial;
          scratch.partialScore[at] = add;
          partial[partials++] = indexed;
        }
      }
      read += item.weight;
      // A fact missing `slack` or more of the weight cannot pass: once the parts read add up to the
      // slack, every possible answer has been seen. With no slack at all nothing can pass, and the
      // rarest part alone yields the near misses for suggestions.
      if (read >= slack - 1e-9) break;
    }
    // With nothing to leave out, every fact found is in the pool (its fact need not be read).
    let pooled = partials;
    if (options.exclude.size > 0 || options.sources || options.event) {
      pooled = 0;
      for (let p = 0; p < partials; p++) {
        const indexed = partial[p]!;
        if (pooledWith(indexed, options)) partial[pooled++] = indexed;
      }
    }
    const pool =
      pooled > MAX_SCORED ? leading(partial, pooled, scratch.partialScore, MAX_SCORED, lists) : partial;
    context = scoringContext(plan, kb, options.time, unknown);
    top = leadingMatches(plan, pool, Math.min(pooled, MAX_SCORED), kb, context);
  } finally {
    // What the lists hold past this question is not kept alive by them (a dropped store's facts).
    partial.fill(undefined as never, 0, partials);
    best.fill(undefined as never, 0, Math.max(mostBests, bests));
    if (partials > MAX_SCORED) {
      lists.kept.fill(undefined as never, 0, MAX_SCORED);
      lists.pool.fill(undefined as never, 0, MAX_SCORED);
    }
    if (lists === scratch.lists) scratch.busy = false;
  }
  // Proximity needs the fact's word order: worth computing only for the few leading facts.
  for (const match of top) {
    applyProximity(plan, match, kb, context);
    applyOpposites(plan, match);
    applyAmountOf(plan, match, kb);
  }
  sortSmall(top, (a, b) => b.rank - a.rank);
  return top;
}

/** The fact may be in the pool: `candidates` leaves out the facts the options exclude. */
function pooledWith(indexed: IndexedFact, options: CandidateOptions): boolean {
  return (
    (options.exclude.size === 0 || !options.exclude.has(indexed.fact.id)) &&
    (!options.sources || options.sources.has(indexed.fact.source)) &&
    (!options.event || indexed.fact.event === options.event)
  );
}

/** One alternative stem of a question's word, with what finds it beyond a fact's own text. */
interface TermAlternative {
  /** The stem's number (terms.ts); none when no fact's text has it. */
  number: number | undefined;
  strength: number;
  entities: ReadonlyMap<string, number>;
  /** The strongest of `entities` (0 for none): a fact's own text at least as strong needs no lookup. */
  strongestEntity: number;
  events: ReadonlyMap<string, number>;
  strongestEvent: number;
}

function termAlternatives(alternatives: ReadonlyMap<string, number>, kb: KnowledgeBase): TermAlternative[] {
  return [...alternatives].map(([stem, strength]) => ({
    number: knownStemNumber(stem),
    strength,
    entities: kb.entitiesWithStem(stem),
    strongestEntity: kb.strongestEntityWithStem(stem),
    events: kb.eventsWithStem(stem),
    strongestEvent: kb.strongestEventWithStem(stem),
  }));
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
  count: number,
  kb: KnowledgeBase,
  context: ScoringContext,
): Match[] {
  if (count <= TOP_CANDIDATES) {
    const matches: Match[] = [];
    for (let i = 0; i < count; i++) matches.push(score(plan, pool[i]!, kb, context));
    return sortSmall(matches, (a, b) => b.rank - a.rank);
  }
  const bounds = termBounds(plan, kb);
  const limit = poolNumbers(count);
  const order = orderScratch(count);
  for (let i = 0; i < count; i++) {
    rankBound(plan, pool[i]!, kb, context, bounds, limit, i);
    order[i] = i;
  }
  sortDescending(order, count, limit);
  // Kept best first: by rank, then by place in the pool (what the stable sort keeps).
  const kept: Match[] = [];
  const keptAt: number[] = [];
  let scored = 0;
  for (let o = 0; o < count; o++) {
    const at = order[o]!;
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
    // Ranked first; the Match made only for a fact kept (most scored facts are not).
    const rank = weigh(plan, pool[at]!, kb, context);
    let place = kept.length;
    while (
      place > 0 &&
      (kept[place - 1]!.rank < rank || (kept[place - 1]!.rank === rank && keptAt[place - 1]! > at))
    )
      place--;
    if (place >= TOP_CANDIDATES) continue;
    // Shifted by hand: `splice` returns a new (empty) array each time, garbage per fact kept.
    const match = lastMatch(pool[at]!, rank);
    if (kept.length < TOP_CANDIDATES) {
      kept.push(match);
      keptAt.push(at);
    }
    for (let k = kept.length - 1; k > place; k--) {
      kept[k] = kept[k - 1]!;
      keptAt[k] = keptAt[k - 1]!;
    }
    kept[place] = match;
    keptAt[place] = at;
  }
  return kept;
}

/** Per-question positions in the pool, in the order to score them; kept between questions. */
let orders = new Int32Array(1024);

function orderScratch(size: number): Int32Array {
  if (size > orders.length) orders = new Int32Array(Math.max(size, orders.length * 2));
  return orders;
}

/**
 * Sorts `order[0..count)` by `key` of each, highest first, a lower position first among equals:
 * what a sort with that comparator gives (the order is total), in place. Array.prototype.sort
 * copies the array and its runs for each question's pool, garbage every call.
 */
export function sortDescending(order: Int32Array, count: number, key: Float64Array): void {
  const before = (a: number, b: number) => key[a]! > key[b]! || (key[a] === key[b] && a < b);
  const sort = (lo: number, hi: number): void => {
    while (hi - lo > 16) {
      // Median of three as the pivot, then Hoare's partition around it.
      const mid = (lo + hi) >> 1;
      if (before(order[mid]!, order[lo]!)) swap(mid, lo);
      if (before(order[hi]!, order[lo]!)) swap(hi, lo);
      if (before(order[hi]!, order[mid]!)) swap(hi, mid);
      const pivot = order[mid]!;
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (before(order[i]!, pivot)) i++;
        while (before(pivot, order[j]!)) j--;
        if (i <= j) {
          swap(i, j);
          i++;
          j--;
        }
      }
      // The smaller side recursively, the larger in the loop: the depth stays logarithmic.
      if (j - lo < hi - i) {
        sort(lo, j);
        lo = i;
      } else {
        sort(i, hi);
        hi = j;
      }
    }
    for (let i = lo + 1; i <= hi; i++) {
      const value = order[i]!;
      let j = i - 1;
      while (j >= lo && before(value, order[j]!)) {
        order[j + 1] = order[j]!;
        j--;
      }
      order[j + 1] = value;
    }
  };
  const swap = (a: number, b: number) => {
    const t = order[a]!;
    order[a] = order[b]!;
    order[b] = t;
  };
  if (count > 1) sort(0, count - 1);
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
  const phrase = meetingPhrase(plan);
  const terms = plan.terms.map((term) => {
    const numbers: number[] = [];
    const strengths: number[] = [];
    let context = 0;
    // A word naming the meeting is held by its facts as strongly as `heldByTheMeeting` has it.
    const naming = term.weight >= 1 && phrase.has(term.position);
    for (const [stem, strength] of term.alternatives) {
      const number = knownStemNumber(stem);
      if (number !== undefined) {
        numbers.push(number);
        strengths.push(strength);
      }
      const event = kb.strongestEventWithStem(stem);
      const most = Math.max(kb.strongestEntityWithStem(stem), event);
      context = Math.max(context, most * strength);
      if (naming && event > 0 && strength >= STRONG_MATCH) context = Math.max(context, HELD_THERE * strength);
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
  out: Float64Array,
  at: number,
): void {
  let found = 0;
  let said = 0;
  let specificity = 0;
  let answeredAsked = false;
  let missedAsked = false;
  let missedWhen = false;
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
      else if (term.kinds.length === 0 && m < STRONG_MATCH) {
        missedAsked = true;
        if (m < WHEN_WORD_SAID) missedWhen = true;
      }
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
  const exact = plan.kind === "when" && missedWhen ? WHEN_MISSES_A_WORD : 1;
  const share = (context.weight > 0 ? found / context.weight : 0) * vague * exact;
  const shortness = 1 / Math.sqrt(1 + indexed.length / 10);
  out[at] =
    share +
    0.01 * specificity +
    0.05 * shortness +
    0.05 * typeFit(plan, indexed, kb, context) +
    // (A question naming no one, most of the common-word ones, has no subject to look for.)
    (context.mentioned.size > 0 && context.mentioned.has(indexed.entities[0]!) ? SUBJECT_BONUS : 0) +
    // (As `score` ranks a fact that argues for a why-question asking someone's reason.)
    (context.whySaid && arguesForIt(indexed) ? ARGUED_BONUS : 0);
}

/**
 * Per-fact working arrays of `candidates`, indexed by `IndexedFact.ordinal` and kept between
 * questions: a Map of every fact a common word reaches (100k entries) per question was most of the
 * time and the garbage. A mark equal to the current stamp says the slot holds this question's (or
 * this item's) value, so nothing is cleared between questions.
 */
interface Scratch {
  stamp: number;
  /** `candidates`' lists of facts found (see there), and whether a call is using them. */
  lists: Lists;
  busy: boolean;
  partialMark: Uint32Array;
  partialScore: Float64Array;
  bestMark: Uint32Array;
  bestScore: Float64Array;
}

let scratch: Scratch = makeScratch(1024);

interface Lists {
  partial: IndexedFact[];
  best: IndexedFact[];
  /** The leading facts of a large pool (see `leading`), and the same by score. */
  kept: IndexedFact[];
  pool: IndexedFact[];
}

function newLists(): Lists {
  return { partial: [], best: [], kept: [], pool: [] };
}

/** Per-question numbers over the pool (rank bounds, scores to select from), kept between questions. */
let numbers = new Float64Array(1024);

function poolNumbers(size: number): Float64Array {
  if (size > numbers.length) numbers = new Float64Array(Math.max(size, numbers.length * 2));
  return numbers;
}

function makeScratch(size: number): Scratch {
  return {
    stamp: 0,
    lists: newLists(),
    busy: false,
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
function leading(
  pool: readonly IndexedFact[],
  size: number,
  scores: Float64Array,
  count: number,
  lists: Lists,
): IndexedFact[] {
  const values = poolNumbers(size);
  for (let i = 0; i < size; i++) values[i] = scores[pool[i]!.ordinal]!;
  const cut = kthLargest(values.subarray(0, size), count);
  // Exactly `count` are kept (the pool has more), in the lists kept between questions.
  const kept = lists.kept;
  let k = 0;
  for (let i = 0; i < size; i++) if (scores[pool[i]!.ordinal]! > cut) kept[k++] = pool[i]!;
  for (let i = 0; i < size; i++) {
    if (k >= count) break;
    if (scores[pool[i]!.ordinal] === cut) kept[k++] = pool[i]!;
  }
  // By score, equal scores in the order kept (what a stable sort gives).
  const order = orderScratch(count);
  for (let i = 0; i < count; i++) {
    order[i] = i;
    values[i] = scores[kept[i]!.ordinal]!;
  }
  sortDescending(order, count, values);
  const sorted = lists.pool;
  for (let i = 0; i < count; i++) sorted[i] = kept[order[i]!]!;
  return sorted;
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
