import type { IndexedFact, KnowledgeBase } from "./knowledge.ts";
import { statesDate } from "./language/time.ts";
import type { Proximity, QueryPlan } from "./query.ts";
import type { AnswerFact, Entity } from "./schema.ts";
import { proximityPositions } from "./score.ts";
import { entityWords, factSequences, namePositions } from "./token-cache.ts";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** 2024-04-17 -> "17 April 2024": unambiguous for readers on either side of the Atlantic. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split("-").map(Number);
  return `${day} ${MONTHS[(month ?? 1) - 1]} ${year}`;
}

export function citation(indexed: IndexedFact, kb: KnowledgeBase): AnswerFact {
  const fact = indexed.fact;
  const source = kb.source(fact.source);
  return {
    id: fact.id,
    statement: fact.statement,
    source: {
      outlet: source?.outlet ?? "unknown outlet",
      title: source?.title ?? "",
      date: source?.date ?? "",
      quote: fact.quote,
      ...(source?.url ? { url: source.url } : {}),
    },
  };
}

/**
 * The first sentence gives what was asked for (the person for "who", the date for "when"),
 * unless the fact's own sentence already opens with it.
 */
export function leadFor(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): string {
  const statement = indexed.fact.statement;
  switch (plan.kind) {
    case "who":
    case "which": {
      const entity = answerEntity(plan, indexed, kb);
      if (!entity || opensWith(statement, entity)) return "";
      return `${entity.name}. `;
    }
    case "when": {
      // Only the fact's own date says when it happened; the event's or the article's may not.
      const date = indexed.fact.date;
      if (!date || statesDate(statement)) return "";
      const readable = formatDate(date);
      return statement.includes(readable) ? "" : `On ${readable}: `;
    }
    case "where": {
      // A place the fact itself names beats the event's venue: talks "in Norland" may follow a meeting elsewhere.
      const mentioned = new Set(plan.mentions.flatMap((m) => m.entityIds));
      const place = indexed.fact.entities
        .map((id) => kb.entity(id))
        .find((e) => e?.kind === "place" && !mentioned.has(e.id));
      if (place) return statement.includes(place.name) ? "" : `In ${place.name}: `;
      if (/\bin \p{Lu}/u.test(statement)) return "";
      const event = indexed.fact.event ? kb.event(indexed.fact.event) : undefined;
      return event?.place && !statement.includes(event.place) ? `In ${event.place}: ` : "";
    }
    case "yesno":
      return "Here is what my sources say: ";
    default:
      return "";
  }
}

/**
 * "Who is the president of Chile?": the answer is whoever the fact calls that, and a fact that
 * only mentions "the President of Chile" without naming them does not answer.
 */
export function asksForRoleHolder(plan: QueryPlan): boolean {
  return plan.whoIs && roleProximities(plan).length > 0;
}

function roleProximities(plan: QueryPlan): Proximity[] {
  return plan.proximities.filter((p) => "mention" in p.target);
}

/**
 * The fact's entities that the question names by a role ("the president of Azerbaijan"): their
 * own description says it, or the fact's sentence does right beside their name ("Ganbold Dorj,
 * President of Mongolia", "Chilean Foreign Minister Tomás Iturra Vial").
 */
export function describedEntities(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): Entity[] {
  const roles = roleProximities(plan);
  if (roles.length === 0) return [];
  const [statement = []] = factSequences(indexed.fact);
  // Where in the sentence each role stands, worked out once for all the fact's entities.
  let positionsOfRoles: number[][] | undefined;
  const roleAt = () => {
    positionsOfRoles ??= roles.map((role) => proximityPositions(plan, role, statement, kb));
    return positionsOfRoles;
  };
  const described: Entity[] = [];
  const mentioned = new Set(plan.mentions.flatMap((m) => m.entityIds));
  for (const id of indexed.fact.entities) {
    const entity = kb.entity(id);
    // The holder of a role is a person, a country ("Azerbaijan chairs CICA") or a body, never
    // the thing the role is of.
    if (!entity || mentioned.has(id) || !HOLDER_KINDS.has(entity.kind)) continue;
    const words = entityWords(entity);
    const bySelf = roles.some((role) => proximityPositions(plan, role, words.line, kb).length > 0);
    const beside = () =>
      roleAt().some((at) =>
        words.names.some((name) =>
          namePositions(statement, name).some((n) => at.some((s) => s >= n - 3 && s <= n + name.length + 1)),
        ),
      );
    if (bySelf || beside()) described.push(entity);
  }
  return described;
}

const DANGLING_PREPOSITION = /\b(to|from|for|at|in|on)\W*$/i;

const HOLDER_KINDS = new Set<Entity["kind"]>(["person", "country", "organization"]);

/** The entity a who/which question is after: one the fact names and the question does not. */
export function answerEntity(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): Entity | undefined {
  const described = describedEntities(plan, indexed, kb);
  if (asksForRoleHolder(plan)) return described[0];
  // "Who did the president of Azerbaijan receive?": not the president.
  const mentioned = new Set([...plan.mentions.flatMap((m) => m.entityIds), ...described.map((e) => e.id)]);
  const focus = plan.focus;
  if (focus && focus.kinds.length === 0) {
    // "Which outlet ...": the entity whose own name or description says what it is.
    return indexed.fact.entities
      .map((id) => kb.entity(id))
      .find(
        (entity): entity is Entity =>
          !!entity &&
          !mentioned.has(entity.id) &&
          entityWords(entity).line.some((t) => focus.alternatives.has(t.stem)),
      );
  }
  const wantedKinds = new Set(focus ? focus.kinds : plan.terms.flatMap((t) => t.kinds));
  const acceptable = (entity: Entity) =>
    wantedKinds.size > 0
      ? wantedKinds.has(entity.kind)
      : plan.kind === "who"
        ? ["person", "country", "organization"].includes(entity.kind)
        : true;
  // The one the sentence ties to what was asked ("reported by News.Az", "received Kairat
  // Sarybay"): nearest to the question's words in the statement; then people, countries, bodies.
  const preference = ["person", "country", "organization", "initiative", "place", "event", "other"];
  const [statement = []] = factSequences(indexed.fact);
  const asked = statement.flatMap((token, i) =>
    plan.terms.some((term) => term.weight >= 1 && term.alternatives.has(token.stem)) ? [i] : [],
  );
  // "Which country was Iturra ambassador to?": the answer is what follows "to" in the sentence.
  const dangling = DANGLING_PREPOSITION.exec(plan.text)?.[1]?.toLowerCase();
  // Where the fact's people are named: a country or body right before one ("Chilean Foreign
  // Minister Tomás Iturra Vial") only says whose they are.
  const peopleAt = indexed.fact.entities
    .map((id) => kb.entity(id))
    .filter((entity): entity is Entity => entity?.kind === "person")
    .flatMap((person) => entityWords(person).names.flatMap((name) => namePositions(statement, name)));
  // Token distance from the question's words; -1 for a name right after the dangling preposition.
  const distance = (entity: Entity) => {
    let best = asked.length === 0 ? 0 : Number.POSITIVE_INFINITY;
    for (const name of entityWords(entity).names) {
      for (const n of namePositions(statement, name)) {
        if (dangling && statement[n - 1]?.word === dangling) return -1;
        // "President of Azerbaijan": named as someone's, not as who did or underwent anything.
        if (statement[n - 1]?.word === "of") continue;
        const after = n + name.length;
        if (entity.kind !== "person" && peopleAt.some((p) => p >= after && p <= after + 3)) continue;
        const end = n + name.length - 1;
        // A question word inside the name ("the Conference on Interaction ...") is no distance.
        for (const a of asked) best = Math.min(best, a < n ? n - a : a > end ? a - end : 0);
      }
    }
    return best;
  };
  const best = indexed.fact.entities
    .map((id) => kb.entity(id))
    .filter((entity): entity is Entity => !!entity && !mentioned.has(entity.id) && acceptable(entity))
    .map((entity) => ({ entity, distance: distance(entity), rank: preference.indexOf(entity.kind) }))
    .sort((a, b) => a.distance - b.distance || a.rank - b.rank)[0];
  // Nothing the store knows follows the preposition, or the one left is only named as someone's
  // ("of Azerbaijan"): the sentence answers, not a name.
  if (dangling && best && best.distance >= 0) return undefined;
  if (best && best.distance === Number.POSITIVE_INFINITY) return undefined;
  return best?.entity;
}

function opensWith(statement: string, entity: Entity): boolean {
  const start = statement.toLowerCase();
  return [entity.name, ...entity.aliases].some((name) => start.startsWith(name.toLowerCase()));
}
