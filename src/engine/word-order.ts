import type { IndexedFact, KnowledgeBase } from "./knowledge.ts";
import { STOPWORDS } from "./language/lexicon.ts";
import { isPastVerb, type Token } from "./language/normalize.ts";
import type { Proximity, QueryPlan, Term } from "./query.ts";
import { type Match, type ScoringContext, termMatch } from "./score.ts";
import { asksHowMuch, statesMoney } from "./score-kind.ts";
import {
  entityWords,
  factSequences,
  mentionPositions,
  namePositions,
  statementHasAnyOf,
  wordsToFind,
} from "./token-cache.ts";

// Regex literals in functions, hoisted: a literal is a new RegExp object each time it is evaluated,
// garbage per word or fact read. (None is global or sticky where it is tested: no state kept.)
const STARTS_WITH_DIGIT = /^\d/;
const ENDS_ED = /ed$/;

// What the leading facts' word order adds or takes away: read only for the few facts retrieval
// keeps, after their scores, since it needs each fact's token sequence.

/**
 * "president of Kazakhstan" is supported by "President of Kazakhstan", not by a fact that
 * mentions a president and, twenty words later, Kazakhstan. Unsupported pairs lose the term.
 */
export function applyProximity(
  plan: QueryPlan,
  match: Match,
  kb: KnowledgeBase,
  context: ScoringContext,
): void {
  const weight = context.weight;
  if (plan.proximities.length === 0) return;
  const indexed = match.indexed;
  const fact = indexed.fact;
  // The statement, the quote, then each entity's name and description: each read word by word
  // only where the term can stand (its index says whether the text has the word), since a pair
  // is found only where its term is. Most of a fact's entities have no word of the pair, and a
  // question's first call would otherwise tokenise every one of them.
  const count = 2 + fact.entities.length;
  const sequences: (Token[] | undefined)[] = [];
  const sequenceAt = (i: number): Token[] =>
    (sequences[i] ??= i < 2 ? factSequences(fact)[i]! : descriptionSequence(kb, fact.entities[i - 2]!));
  let lost = 0;
  let phrases = 0;
  for (const proximity of plan.proximities) {
    if (proximity.describesOnly) continue;
    const term = plan.terms[proximity.term]!;
    let supported = false;
    for (let i = 0; i < count && !supported; i++) {
      if (!mayHaveTerm(indexed, i, term, kb)) continue;
      const subject = i < 2 ? fact.entities[0] : undefined;
      supported = proximityPositions(plan, proximity, sequenceAt(i), kb, subject).length > 0;
    }
    if (!supported) {
      lost += term.weight * termMatch(plan, proximity.term, match.indexed, context);
      continue;
    }
    for (let i = 0; i < count; i++) {
      if (mayHaveTerm(indexed, i, term, kb) && inQuestionOrder(plan, proximity, sequenceAt(i))) {
        phrases++;
        break;
      }
    }
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

/**
 * Whether the `i`th text `applyProximity` reads (0 the statement, 1 the quote, then the fact's
 * entities' names and descriptions) may have one of the term's words: false only when the
 * index of its words (the fact's terms, the entity's) has none of them, so that reading it word
 * by word could not find one.
 */
function mayHaveTerm(indexed: IndexedFact, i: number, term: Term, kb: KnowledgeBase): boolean {
  const entity = i < 2 ? undefined : indexed.fact.entities[i - 2]!;
  for (const stem of term.alternatives.keys()) {
    if (entity === undefined ? indexed.terms.has(stem) : kb.entityTermStrength(entity, stem) > 0) return true;
  }
  return false;
}

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
export function applyAmountOf(plan: QueryPlan, match: Match, kb: KnowledgeBase): void {
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
    return AMOUNT_LINKS.has(next[0] ?? "") && next.slice(1).some((word) => STARTS_WITH_DIGIT.test(word));
  });
  if (amountAfter) match.rank += PHRASE_BONUS;
  // "How much is the fund?" is a sum of money before a share of it ("60 percent of the fund"),
  // unless it asks "how much of".
  else if (!asksHowMuch(plan, "of") && statesMoney(statement)) match.rank += PHRASE_BONUS / 2;
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
        const heads = "term" in proximity.target ? [proximity.target.term, ...(proximity.phrase ?? [])] : [];
        return heads.some((head) => plan.terms[head]?.alternatives.has(sequence[i]!.stem));
      });
  const found = starts.filter((s) =>
    ends.some(
      (e) =>
        (near(sequence, s, e, proximity.order) || (proximity.title && titleBetween(sequence, s, e))) &&
        !(
          target &&
          !target.demonym &&
          e > s &&
          withinAnotherName(sequence, s, e, target.entityIds, plan, kb)
        ),
    ),
  );
  if (
    found.length > 0 ||
    !target ||
    !subject ||
    proximity.order !== "of" ||
    !target.entityIds.includes(subject)
  )
    return found;
  // "The Thai approach road" (an "of" pair: a demonym or "X of Y") is met by "Thailand pays … because
  // *its* approach road, 4.2 kilometres long, …": "its" or "their" right before the word, in a
  // sentence whose subject is the one asked, is that subject's (within three words, as "Chile's
  // president" would be).
  return starts.filter((s) => {
    for (let e = Math.max(0, s - 3); e < s; e++) {
      if (SUBJECT_POSSESSIVES.has(sequence[e]!.word) && near(sequence, s, e, proximity.order)) return true;
    }
    return false;
  });
}

const SUBJECT_POSSESSIVES = new Set(["its", "their"]);

/**
 * "President of the Lund–Veloria Chamber of Commerce" is no "president of Veloria": the name at `e`
 * stands inside another thing's longer name that begins after the word at `s`, so the word is of
 * that thing. (A name of the one asked itself, "the Republic of Veloria", is no other thing's; a
 * demonym asked, "the Velorian president", says whose the person is, not whose the post.)
 */
function withinAnotherName(
  sequence: readonly Token[],
  s: number,
  e: number,
  asked: readonly string[],
  plan: QueryPlan,
  kb: KnowledgeBase,
): boolean {
  // How far the name asked runs from `e` ("Paraná–Paraguay Waterway Commission" is four words,
  // and the waterway's own name inside it is no other thing's holding it).
  let length = 0;
  for (const id of asked) {
    const entity = kb.entity(id);
    if (!entity) continue;
    for (const name of entityWords(entity).names)
      if (name.length > length && name.every((word, j) => sequence[e + j]?.word === word))
        length = name.length;
  }
  // ("State Secretary at Croatia's Ministry of Agriculture": the country owns the thing named.)
  if (length === 0 || sequence[e + length - 1]!.possessive) return false;
  for (const [id] of kb.entitiesWithStem(sequence[e]!.stem)) {
    if (asked.includes(id)) continue;
    const other = kb.entity(id);
    if (!other || other.kind === "person") continue;
    for (const name of entityWords(other).names) {
      if (name.length <= length) continue;
      // ("The Kessa fish place" in chat: the question says words of the longer name itself.)
      if (
        name.some(
          (word) =>
            !STOPWORDS.has(word) &&
            !sequence.slice(e, e + length).some((t) => t.word === word) &&
            plan.words.includes(word),
        )
      )
        continue;
      for (let start = Math.max(s + 1, e + length - name.length); start <= e; start++) {
        if (
          start + name.length <= sequence.length &&
          name.every((word, j) => sequence[start + j]!.word === word)
        )
          return true;
      }
    }
  }
  return false;
}

/**
 * "Grenada's Minister of Infrastructure and Housing": the name at `e` stands before a title that
 * reaches the word at `s`, with only the title's own words between (capitalised, as a title is
 * written, and the words that join them); "Chad would send two locust officers" is no title.
 */
function titleBetween(sequence: readonly Token[], s: number, e: number): boolean {
  if (e >= s || s - e > PROXIMITY_WINDOW) return false;
  for (let i = e + 1; i < s; i++) {
    const token = sequence[i]!;
    if (!token.nameLike && !TITLE_JOINS.has(token.word)) return false;
  }
  return true;
}

const TITLE_JOINS = new Set(["of", "for", "and", "the"]);

/** Words of an "X of Y" pair must be this close in the fact's text to count as related. */
const PROXIMITY_WINDOW = 5;

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
      if (!token.nameLike && ENDS_ED.test(token.word) && isPastVerb(token.word)) return false;
    }
    return order === "either" || distance <= 3;
  }
  // Linked, and no verb between: "President of the Republic of Azerbaijan", "round of political
  // consultations", not "President of Mongolia, received Chilean ...".
  let linked = distance === 1;
  for (let i = s + 1; i < e; i++) {
    const token = sequence[i]!;
    if (LINKING_WORDS.has(token.word)) linked = true;
    else if (!token.nameLike && ENDS_ED.test(token.word)) return false;
  }
  return linked;
}

const LINKING_WORDS = new Set(["of", "for", "to", "in", "at", "from", "on"]);

/**
 * "Permanent member" is contradicted by "non-permanent member": a fact that has a word of the
 * question only with "non" before it (the question without) says the opposite, and cannot answer
 * what the question asks (a yes/no question excepted: it says "no").
 */
export function applyOpposites(plan: QueryPlan, match: Match): void {
  // Except to a yes/no question: "Was it a permanent member?" is answered by "non-permanent".
  if (plan.kind === "yesno") return;
  // Only a statement with "non" in it can (most have none: their words are not read here).
  if (!statementHasAnyOf(match.indexed, NON)) return;
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
const NON = wordsToFind(["non"]);

function descriptionSequence(kb: KnowledgeBase, id: string): Token[] {
  const entity = kb.entity(id);
  return entity ? entityWords(entity).line : [];
}

function positions(sequence: readonly unknown[], test: (i: number) => boolean): number[] {
  const out: number[] = [];
  for (let i = 0; i < sequence.length; i++) if (test(i)) out.push(i);
  return out;
}
