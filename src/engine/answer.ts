import { answerEntity, asksForRoleHolder, citation, leadFor } from "./compose.ts";
import type { IndexedFact, KnowledgeBase } from "./knowledge.ts";
import { type Token, tokenize } from "./language/normalize.ts";
import { parseQuestion, type QueryPlan } from "./query.ts";
import type { AnswerResult, Entity } from "./schema.ts";
import { answers, candidates, type Match } from "./score.ts";
import { entityWords, factSequences } from "./token-cache.ts";

/** Facts this close to the best one answer a list question together. */
const LIST_MARGIN = 0.04;
const MAX_LIST = 6;

/** Answers a question from the knowledge of one scope, or says honestly that it cannot. */
export function answerQuestion(question: string, kb: KnowledgeBase): AnswerResult {
  const plan = parseQuestion(question, kb);
  if (plan.mentions.length === 0 && plan.terms.length === 0 && plan.unknown.length === 0) {
    return refusal("Ask me a question about the events I know, for example one of these.", [], plan, kb);
  }
  // "Who is day?": a who-is about a bare word the store uses for other things names nobody it knows.
  const [only] = plan.terms;
  if (plan.whoIs && plan.mentions.length === 0 && plan.terms.length === 1 && only?.position === 2) {
    return refusal("I don't have a fact about that.", candidates(plan, kb), plan, kb);
  }
  const unknownNames = plan.unknown.filter((u) => u.nameLike).map((u) => u.word);
  const matches = candidates(plan, kb);
  if (unknownNames.length > 0) {
    const names = unknownNames.map((w) => `"${w}"`).join(", ");
    return refusal(`I don't have any facts about ${names}.`, matches, plan, kb);
  }
  if (plan.expansion) {
    const expanded = expansionAnswer(plan, kb);
    if (expanded) return expanded;
  }
  const profile = profileAnswer(plan, kb);
  if (profile) return profile;

  // "Who is the president of Chile?" needs a fact that says who; one that mentions the office does not.
  const usable = asksForRoleHolder(plan)
    ? matches.filter((m) => answerEntity(plan, m.indexed, kb) !== undefined)
    : matches;
  const top = usable[0];
  if (!top || !answers(top)) {
    return refusal("I don't have a fact about that.", matches, plan, kb);
  }
  const chosen = wantsList(plan)
    ? usable.filter((m) => answers(m) && m.coverage >= top.coverage - LIST_MARGIN).slice(0, MAX_LIST)
    : [top];
  const lead = leadFor(plan, top.indexed, kb);
  const answer =
    chosen.length === 1
      ? `${lead}${top.indexed.fact.statement}`
      : `${lead}${chosen.map((m) => `• ${m.indexed.fact.statement}`).join("\n")}`;
  return {
    answered: true,
    answer,
    confidence: round(Math.min(1, top.coverage)),
    facts: chosen.map((m) => citation(m.indexed, kb)),
    suggestions: [],
  };
}

/** "What was discussed", "which initiatives": the question asks for everything, not the best one. */
function wantsList(plan: QueryPlan): boolean {
  return plan.kind === "what" || plan.kind === "which" || plan.kind === "other";
}

/** "Who is X?", "What is X?", "Tell me about X": the entity's own description, backed by a fact. */
function profileAnswer(plan: QueryPlan, kb: KnowledgeBase): AnswerResult | undefined {
  if (plan.mentions.length !== 1 || plan.unknown.length > 0) return undefined;
  if (!["who", "what", "other"].includes(plan.kind)) return undefined;
  if (plan.terms.some((term) => term.weight >= 1)) return undefined;
  const entity = kb.entity(plan.mentions[0]!.entityIds[0]!);
  if (!entity) return undefined;
  const backing = bestFactFor(entity, kb, entity.description);
  if (!backing) return undefined;
  const alias = shortAlias(entity);
  const title = alias ? `${entity.name} (${alias})` : entity.name;
  return {
    answered: true,
    answer: `${title}: ${entity.description}. ${backing.fact.statement}`,
    confidence: 0.9,
    facts: [citation(backing, kb)],
    suggestions: [],
  };
}

/** "What does CICA stand for?": the long form of a name, backed by a fact that uses it. */
function expansionAnswer(plan: QueryPlan, kb: KnowledgeBase): AnswerResult | undefined {
  const mention = plan.mentions[0];
  if (!mention) return undefined;
  const entity = kb.entity(mention.entityIds[0]!);
  if (!entity) return undefined;
  const backing = bestFactFor(entity, kb, entity.name);
  if (!backing) return undefined;
  const said = mention.viaAlias ? mention.text.toUpperCase() : shortAlias(entity);
  const answer = said
    ? `${said} stands for ${entity.name}: ${entity.description}.`
    : `${entity.name} is its full name: ${entity.description}.`;
  return { answered: true, answer, confidence: 0.9, facts: [citation(backing, kb)], suggestions: [] };
}

/** An acronym-like alias ("CICA", "NAM"), if the entity has one. */
function shortAlias(entity: Entity): string | undefined {
  return entity.aliases.find((alias) => /^[\p{Lu}\d-]{2,8}$/u.test(alias));
}

/** The fact about an entity whose words best echo the given text (its description, its name). */
function bestFactFor(entity: Entity, kb: KnowledgeBase, text: string): IndexedFact | undefined {
  const wanted = tokenize(text).map((t) => t.stem);
  const name = entityWords(entity).names[0] ?? [];
  let best: IndexedFact | undefined;
  let bestScore = -1;
  for (const indexed of kb.factsAbout(entity.id)) {
    const overlap = wanted.filter((stem) => indexed.terms.get(stem) === 1).length;
    const [, quote] = factSequences(indexed.fact);
    const names = quote && containsWords(quote, name) ? 0.5 : 0;
    const subject = indexed.fact.entities[0] === entity.id ? 1 : 0;
    const score = overlap + names + subject - indexed.length / 1000;
    if (score > bestScore) {
      best = indexed;
      bestScore = score;
    }
  }
  return best;
}

function containsWords(sequence: Token[], words: string[]): boolean {
  if (words.length === 0) return false;
  for (let i = 0; i + words.length <= sequence.length; i++) {
    if (words.every((word, k) => sequence[i + k]!.word === word)) return true;
  }
  return false;
}

function refusal(message: string, matches: Match[], plan: QueryPlan, kb: KnowledgeBase): AnswerResult {
  return {
    answered: false,
    answer: message,
    confidence: round(Math.min(0.5, (matches[0]?.coverage ?? 0) / 2)),
    facts: [],
    suggestions: suggestionsFor(matches, plan, kb),
  };
}

/** Up to three questions the store can answer, as close to what was asked as possible. */
export function suggestionsFor(matches: Match[], plan: QueryPlan, kb: KnowledgeBase): string[] {
  const out = new Set<string>();
  for (const match of matches) {
    const question = match.indexed.fact.questions[0];
    if (question) out.add(question);
    if (out.size >= 3) return [...out];
  }
  for (const mention of plan.mentions) {
    const entity = kb.entity(mention.entityIds[0]!);
    if (entity) out.add(entityQuestion(entity));
    if (out.size >= 3) return [...out];
  }
  for (const indexed of kb.allFacts()) {
    const question = indexed.fact.questions[0];
    if (question) out.add(question);
    if (out.size >= 3) break;
  }
  return [...out].slice(0, 3);
}

export function entityQuestion(entity: Entity): string {
  const name = entity.name.length > 30 ? (shortAlias(entity) ?? entity.name) : entity.name;
  return `${entity.kind === "person" ? "Who" : "What"} is ${name}?`.slice(0, 100);
}

function round(value: number): number {
  return Math.round(Math.max(0, value) * 100) / 100;
}
