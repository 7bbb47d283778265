import { storyMeetings } from "./candidates.ts";
import type { Reading } from "./context.ts";
import type { IndexedFact, KnowledgeBase } from "./knowledge.ts";
import { canonicalText } from "./language/normalize.ts";
import type { Entity, EntityKind, Event } from "./schema.ts";

type Read = Reading & { kind: "read" };

/** Who of a kind a story involves, each with the first fact that names them. */
export interface Involved {
  /** The plural asked, as asked ("organisations", "lenders"). */
  asked: string;
  /** The meetings of the story, oldest first. */
  events: Event[];
  entities: Entity[];
  facts: IndexedFact[];
}

/**
 * "Which organisations are involved in the storm network?", "list the people involved in the
 * Gulf of Paria story", "which lenders have been involved in financing the tunnel?": everyone of
 * that kind the story's facts name, not one meeting's participants.
 */
const INVOLVED =
  /^\W*(?:(?:and|so|ok|okay)\W+)?(?:which|what|list|name)(?: all| every| each)?(?: of)?(?: the)? ([a-z]+)\b.*\b(?:involved|had a (?:part|role)|played a (?:part|role))\b/;

/** A kind of party, as asked in the plural, and what of an entity makes it one. */
const KINDS: Record<string, { kind: EntityKind; described?: RegExp }> = {
  organisations: { kind: "organization" },
  organizations: { kind: "organization" },
  bodies: { kind: "organization" },
  institutions: { kind: "organization" },
  agencies: { kind: "organization" },
  groups: { kind: "organization" },
  companies: {
    kind: "organization",
    described: /\b(?:company|corporation|firm|operator|trader|buyer|Ltd)\b/i,
  },
  firms: { kind: "organization", described: /\b(?:company|corporation|firm|operator|Ltd)\b/i },
  lenders: { kind: "organization", described: /\b(?:bank|lender|fund)\b/i },
  banks: { kind: "organization", described: /\bbank\b/i },
  people: { kind: "person" },
  persons: { kind: "person" },
  officials: { kind: "person" },
  ministers: { kind: "person", described: /\bminister\b/i },
  countries: { kind: "country" },
  nations: { kind: "country" },
  governments: { kind: "country" },
};

/** A news outlet is who told the story, not one of its parties. */
const OUTLET = /\b(?:news outlet|news agency|outlet|newspaper)\b/i;

/** Listed at most. */
const MAX_INVOLVED = 12;

export function involvedIn(read: Read, kb: KnowledgeBase): Involved | undefined {
  const { understanding } = read;
  const said = INVOLVED.exec(canonicalText(understanding.question).toLowerCase());
  const asked = said?.[1];
  const wanted = asked ? KINDS[asked] : undefined;
  if (!asked || !wanted) return undefined;
  const { mentions } = understanding.plan;
  if (mentions.length === 0 || understanding.plan.unknown.some((u) => u.nameLike)) return undefined;
  // The meetings whose facts speak of everything the question names, and their stories.
  let shared: Set<string> | undefined;
  for (const mention of mentions) {
    const events = new Set<string>();
    for (const id of mention.entityIds) {
      for (const indexed of kb.factsAbout(id)) if (indexed.fact.event) events.add(indexed.fact.event);
      for (const event of kb.eventsNaming(id)) events.add(event);
    }
    shared = shared ? new Set([...shared].filter((event) => events.has(event))) : events;
  }
  const meetings = new Map<string, Event>();
  for (const id of shared ?? []) {
    const event = kb.event(id);
    for (const meeting of event ? storyMeetings(event, kb) : []) meetings.set(meeting.id, meeting);
  }
  if (meetings.size === 0) return undefined;
  const events = [...meetings.values()].sort((a, b) => a.date.localeCompare(b.date));
  const named = new Set(mentions.flatMap((mention) => mention.entityIds));
  const found = new Map<string, { entity: Entity; fact: IndexedFact }>();
  for (const event of events) {
    for (const indexed of kb.factsOfEventVisible(event.id)) {
      for (const id of indexed.fact.entities) {
        if (found.has(id) || named.has(id)) continue;
        const entity = kb.entity(id);
        if (!entity || entity.kind !== wanted.kind || OUTLET.test(entity.description)) continue;
        if (wanted.described && !wanted.described.test(`${entity.name} ${entity.description}`)) continue;
        found.set(id, { entity, fact: indexed });
      }
    }
  }
  if (found.size < 2) return undefined;
  const listed = [...found.values()].slice(0, MAX_INVOLVED);
  return {
    asked,
    events,
    entities: listed.map((l) => l.entity),
    facts: listed.map((l) => l.fact),
  };
}
