import { type Reading, readOf } from "./context.ts";
import type { KnowledgeBase } from "./knowledge.ts";
import { STOPWORDS } from "./language/lexicon.ts";
import { phraseKey, stemOf, tokenize } from "./language/normalize.ts";
import { isVerb } from "./language/thesaurus.ts";
import { type Mention, planOf, type QueryPlan } from "./query.ts";
import { type AnswerResult, type DialogueTurn, type Entity, MAX_SUGGESTION } from "./schema.ts";
import { understand, understandingOf } from "./understand.ts";

/**
 * Namesakes: a name or alias several entities share (two ministers called Ferrante, two bodies
 * with one acronym). A question that uses it is answered about the one the rest of the question
 * picks (another name beside it, a role word of one description, a kind, the conversation's
 * previous turn: `Engine.namesShared` lets a question that could stand alone have it), and says
 * how it read the name; when nothing picks one, it is not guessed at:
 * the asker is asked which one, with the question reworded with each full name to press.
 */

type Read = Extract<Reading, { kind: "read" }>;

/**
 * The reading with each shared name taken as the one entity the question or the previous turn
 * picks (`read`), or the question back to the asker when nothing picks one (`ask`).
 */
export function sortOutNamesakes(
  read: Read,
  conversation: DialogueTurn | undefined,
  kb: KnowledgeBase,
): { read: Read } | { ask: AnswerResult } {
  let current = read;
  const takings: string[] = [];
  for (let guard = 0; guard < 4; guard++) {
    const plan = current.understanding.plan;
    const index = plan.mentions.findIndex((m) => !m.demonym && new Set(m.entityIds).size > 1);
    if (index < 0) break;
    const mention = plan.mentions[index]!;
    // The turn before, even when the question stands alone: it may still say which one is meant.
    const among = whichOf(index, plan, current.previous ?? conversation, kb);
    const typed = shownName(mention, among, kb);
    if (among.length > 1)
      return { ask: clarification(current.understanding.question, mention, typed, among, kb) };
    const chosen = kb.entity(among[0]!)!;
    current = taken(current, index, chosen, kb);
    takings.push(`Taking "${typed}" as ${chosen.name} (${oneLine(chosen.description)})`);
  }
  if (takings.length === 0) return { read };
  const reading = [current.reading, ...takings].filter(Boolean).join(". ");
  return { read: readOf(current, reading) };
}

/** The entities a shared name may stand for, narrowed by the question, then by the previous turn. */
function whichOf(
  index: number,
  plan: QueryPlan,
  previous: DialogueTurn | undefined,
  kb: KnowledgeBase,
): string[] {
  const mention = plan.mentions[index]!;
  let among = [...new Set(mention.entityIds)].sort(
    (a, b) => kb.entityFactCount(b) - kb.entityFactCount(a) || a.localeCompare(b),
  );
  const candidates = new Set(among);
  // Other names of the question: the one they go with ("Ferrante and Aliyev", "Italy's Ferrante").
  const others = plan.mentions
    .filter((m, i) => i !== index && new Set(m.entityIds).size === 1)
    .flatMap((m) => m.entityIds)
    .filter((id) => !candidates.has(id));
  among = best(among, (id) => relatedCount(id, others, kb));
  // A word of one's full name the question has beside the shared one ("the *rail* steering committee").
  among = best(among, (id) => nameWords(id, among, plan, mention, kb));
  // Role and kind words of the question that one description (or kind) has and another lacks.
  among = best(among, (id) => roleWords(id, among, plan, mention, kb));
  if (among.length === 1 || !previous) return among;
  // The previous turn: a namesake it was about, else one who goes with what it was about.
  among = best(among, (id) => (previous.entities.includes(id) ? 1 : 0));
  among = best(among, (id) => {
    const event = previous.event ? kb.event(previous.event) : undefined;
    const there = event?.participants.some((p) => p.entity === id) ? 1 : 0;
    return (
      there +
      relatedCount(
        id,
        previous.entities.filter((other) => !candidates.has(other)),
        kb,
      )
    );
  });
  return among;
}

/** Those of `ids` that score highest, when any scores at all; else all of them. */
function best(ids: string[], score: (id: string) => number): string[] {
  if (ids.length < 2) return ids;
  const scores = ids.map(score);
  const top = Math.max(...scores);
  return top > 0 ? ids.filter((_, i) => scores[i] === top) : ids;
}

/**
 * How many of `others` go with `id`: one's description names the other, they met, or a fact names
 * both. The cheap links are tried first; `id`'s facts are read once, for those still left, and
 * only until none is.
 */
function relatedCount(id: string, others: readonly string[], kb: KnowledgeBase): number {
  const events = new Set(kb.eventsWith(id));
  let count = 0;
  const left = new Map<string, number>();
  for (const other of others) {
    if (
      kb.namedInDescription(id).has(other) ||
      kb.namedInDescription(other).has(id) ||
      kb.eventsWith(other).some((event) => events.has(event)) ||
      kb.eventsNaming(other).some((event) => events.has(event))
    ) {
      count++;
    } else left.set(other, (left.get(other) ?? 0) + 1);
  }
  if (left.size === 0) return count;
  for (const indexed of kb.factsAbout(id)) {
    for (const other of indexed.fact.entities) {
      const times = left.get(other);
      if (times === undefined) continue;
      count += times;
      left.delete(other);
    }
    if (left.size === 0) break;
  }
  return count;
}

/**
 * The question's words that say which one: "the mayor Ferrante" (a word of one description the
 * others' lack), "the city of Ferrante" (a word naming one's kind).
 */
function roleWords(
  id: string,
  among: readonly string[],
  plan: QueryPlan,
  mention: Mention,
  kb: KnowledgeBase,
): number {
  const entity = kb.entity(id);
  if (!entity) return 0;
  const own = descriptionStems(entity);
  const everyone = among.map((other) => kb.entity(other)).filter((e): e is Entity => e !== undefined);
  let count = 0;
  for (const term of plan.terms) {
    // "What did the minister *say*?": the verb of the shared name asks what they did, not which
    // one ("said the Netherlands would study …" in one's description).
    if (term.position === mention.position + mention.length && isVerb(term.word)) continue;
    const stem = stemOf(term.word);
    if (own.has(stem) && among.some((other) => other !== id && !toldWith(other, stem, kb))) count++;
    else if (term.kinds.includes(entity.kind) && !everyone.every((other) => term.kinds.includes(other.kind)))
      count++;
  }
  return count;
}

/**
 * The words right beside the shared name ("the *rail* steering committee") that one full name has
 * and the others' names lack.
 */
function nameWords(
  id: string,
  among: readonly string[],
  plan: QueryPlan,
  mention: Mention,
  kb: KnowledgeBase,
): number {
  const entity = kb.entity(id);
  if (!entity) return 0;
  const own = nameStems(entity);
  const others = among.filter((other) => other !== id).map((other) => kb.entity(other));
  let count = 0;
  // The words right beside the shared name, a term or another name ("the *Paphos* aircraft pool",
  // where Paphos is a place of its own).
  for (const at of [mention.position - 1, mention.position + mention.length]) {
    const word = plan.words[at];
    if (word === undefined || STOPWORDS.has(word)) continue;
    const stem = stemOf(word);
    if (own.has(stem) && others.every((other) => !other || !nameStems(other).has(stem))) count++;
  }
  return count;
}

function nameStems(entity: Entity): ReadonlySet<string> {
  return new Set(tokenize([entity.name, ...entity.aliases].join(" ")).map((token) => token.stem));
}

/**
 * Whether the word goes with the entity too: its description has it, or a fact about it does ("the
 * committee's meeting" picks neither committee when both are said to meet, though only one
 * description says so).
 */
function toldWith(id: string, stem: string, kb: KnowledgeBase): boolean {
  const entity = kb.entity(id);
  if (!entity) return false;
  if (descriptionStems(entity).has(stem)) return true;
  for (const indexed of kb.factsAbout(id)) if (indexed.terms.has(stem)) return true;
  return false;
}

function descriptionStems(entity: Entity): ReadonlySet<string> {
  return new Set(tokenize(entity.description).map((token) => token.stem));
}

/** The name as the store spells it ("Ferrante"), else as typed. */
function shownName(mention: Mention, among: readonly string[], kb: KnowledgeBase): string {
  for (const id of among) {
    const entity = kb.entity(id);
    const stored =
      entity && [entity.name, ...entity.aliases].find((name) => phraseKey(name) === mention.text);
    if (stored) return stored;
  }
  return mention.text;
}

/** The reading with the shared name taken as `chosen`: the question asked again with its full name. */
function taken(read: Read, index: number, chosen: Entity, kb: KnowledgeBase): Read {
  const understanding = read.understanding;
  const mention = understanding.plan.mentions[index]!;
  const question = withName(understanding.question, mention.text, chosen.name);
  if (question !== undefined) {
    const again = understand(question, kb);
    if (again.plan.mentions.some((m) => m.entityIds.length === 1 && m.entityIds[0] === chosen.id)) {
      return readOf({ ...read, understanding: again });
    }
  }
  // The name not found as typed (or read otherwise with the full name): only whom it names narrows.
  const mentions = understanding.plan.mentions.map((m, i) =>
    i === index ? { ...m, entityIds: [chosen.id] } : m,
  );
  return readOf({
    ...read,
    understanding: understandingOf({ ...understanding, plan: planOf({ ...understanding.plan, mentions }) }),
  });
}

/** Words as typed, apart from a possessive "'s" and other punctuation. */
const TYPED_WORD = /[\p{L}\p{N}]+(?:[.-][\p{L}\p{N}]+)*/gu;

/** The question with the words that read as `key` replaced by `name`; undefined when none do. */
export function withName(question: string, key: string, name: string): string | undefined {
  const words = [...question.matchAll(TYPED_WORD)];
  const length = key.split(" ").length;
  for (let start = 0; start < words.length; start++) {
    for (let end = start; end < Math.min(words.length, start + length + 2); end++) {
      const from = words[start]!.index;
      const to = words[end]!.index + words[end]![0].length;
      if (phraseKey(question.slice(from, to)) === key) {
        return `${question.slice(0, from)}${name}${question.slice(to)}`;
      }
    }
  }
  return undefined;
}

/** "Which Ferrante do you mean?", each with its full name and description, and the question reworded with each. */
function clarification(
  question: string,
  mention: Mention,
  typed: string,
  among: readonly string[],
  kb: KnowledgeBase,
): AnswerResult {
  const entities = among.map((id) => kb.entity(id)).filter((e): e is Entity => e !== undefined);
  const listed = entities.map((entity) => `${entity.name} (${oneLine(entity.description)})`);
  const choices =
    listed.length <= 2 ? listed.join(" or ") : `${listed.slice(0, -1).join(", ")} or ${listed.at(-1)}`;
  const suggestions = entities.slice(0, 3).map((entity) => {
    const reworded = withName(question, mention.text, entity.name);
    const fits = reworded !== undefined && reworded.length <= MAX_SUGGESTION;
    return fits ? reworded : `Who is ${entity.name}?`.slice(0, MAX_SUGGESTION);
  });
  return {
    answered: false,
    answer: `Which ${typed} do you mean? ${choices}.`,
    confidence: 0,
    facts: [],
    suggestions: [...new Set(suggestions)],
    asksWhich: entities.map((entity) => entity.id),
  };
}

/** A description as one clause: without a closing full stop. */
function oneLine(description: string): string {
  return description.replace(/[\s.]+$/, "");
}
