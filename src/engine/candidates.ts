import type { Reading } from "./context.ts";
import type { KnowledgeBase } from "./knowledge.ts";
import { stemOf, wordsOf } from "./language/normalize.ts";
import type { Event } from "./schema.ts";
import { askedDateIn, candidates, fitsDate, type Match } from "./score.ts";

/**
 * Stage 3 of answering: what could answer. Facts, scored on the question's names and words (see
 * score.ts for how retrieval bounds its cost), and, for a question about a meeting as a whole,
 * the events it may mean.
 */
export interface Candidates {
  matches: Match[];
  /** Events the question may be about, best first (overview questions only). */
  events: Event[];
  /** More than one event fitted equally well: the answer says which one it took. */
  eventChoice: "named" | "referred" | "latest";
}

export function findCandidates(
  read: Reading & { kind: "read" },
  kb: KnowledgeBase,
  threshold: number,
): Candidates {
  const { plan, time, intent, sources } = read.understanding;
  const matches = candidates(plan, kb, {
    threshold,
    exclude: read.exclude,
    ...(time ? { time } : {}),
    ...(sources ? { sources } : {}),
  });
  if (intent !== "overview") return { matches, events: [], eventChoice: "named" };
  if (read.event) {
    const event = kb.event(read.event);
    return { matches, events: event ? [event] : [], eventChoice: "referred" };
  }
  return { matches, ...eventsFor(read, kb) };
}

/**
 * The events a question names (by a participant, a place or its title's words), best first;
 * with nothing named, the most recent ones.
 */
function eventsFor(
  read: Reading & { kind: "read" },
  kb: KnowledgeBase,
): Pick<Candidates, "events" | "eventChoice"> {
  const { plan } = read.understanding;
  const named = new Set(plan.mentions.flatMap((m) => m.entityIds));
  const words = new Set(
    plan.terms
      .filter((t) => t.weight >= 1)
      .map((t) => t.word)
      .map(stemOf),
  );
  const oldestFirst = read.understanding.order === "oldest";
  const byDate = kb.eventsByDate(oldestFirst);
  // "What happened on 17 April 2024?": the events of that day (or month, or year).
  const asked = askedDateIn(plan.text);
  const eventScore = eventScorer(named, words, kb);
  if (asked) {
    // With names as well ("the Ghana–Japan summit in March 2025"), the day must be theirs.
    const onThatDate = byDate.filter(
      (event) => fitsDate(asked, event.date) && (named.size === 0 || eventScore(event) >= named.size),
    );
    if (onThatDate.length > 0 || named.size === 0) {
      return { events: onThatDate, eventChoice: onThatDate.length > 1 ? "latest" : "named" };
    }
  }
  if (named.size === 0 && words.size === 0) return { events: [...byDate], eventChoice: "latest" };
  // Only the events that score are kept: most of the store's do not, and would be garbage.
  const scored: { event: Event; score: number }[] = [];
  for (const event of byDate) {
    const score = eventScore(event);
    if (score > 0) scored.push({ event, score });
  }
  // Every name asked about must take part, or the question is about some other meeting.
  const full = scored.filter((e) => e.score >= named.size);
  if (named.size > 0 && full.length === 0) return { events: [], eventChoice: "named" };
  const best = (full.length > 0 ? full : scored).sort((a, b) => b.score - a.score);
  if (best.length === 0) return { events: [...byDate], eventChoice: "latest" };
  const tied = best.filter((e) => e.score === best[0]!.score).length > 1;
  return { events: best.map((e) => e.event), eventChoice: tied ? "latest" : "named" };
}

/**
 * One point per named entity that takes part or that the event's own words name ("the talks
 * between Azerbaijan and CICA": the president of one received the head of the other), a fraction
 * per word of the title, place or topics. Made once per question: an overview question scores
 * every event of the store, so the names asked are spelled out once, and each event's words are
 * read once for all questions (see `eventWords`).
 */
function eventScorer(
  named: ReadonlySet<string>,
  words: ReadonlySet<string>,
  kb: KnowledgeBase,
): (event: Event) => number {
  const names = [...named].map((id) => {
    const entity = kb.entity(id);
    return {
      id,
      phrases: entity
        ? [entity.name, ...entity.aliases].map((n) => ` ${wordsOf(n).join(" ")} `).filter((n) => n.trim())
        : [],
    };
  });
  const cache = eventWordsOf(kb);
  const version = kb.entitiesVersion;
  return (event) => {
    let score = 0;
    const { participants, described, text } = eventWords(event, kb, cache, version);
    for (const { id, phrases } of names) {
      if (participants.has(id) || phrases.some((n) => described.includes(n))) score += 1;
    }
    for (const word of words) if (text.has(word)) score += 0.1;
    return score;
  };
}

interface EventWords {
  participants: ReadonlySet<string>;
  /** The title, place, and participants' roles and descriptions, as words between spaces. */
  described: string;
  /** Stems of the title, place and topics. */
  text: ReadonlySet<string>;
  /** The participants' entities the words were read from: an edited entity makes them stale. */
  entities: readonly (object | undefined)[];
  /** `entitiesVersion` when last checked: unchanged, the entities need no checking. */
  version: number;
}

/**
 * Each event's words, read once rather than per question. Keyed by the event object (an edited
 * event is a new object) and checked against its participants' entity objects (an edited
 * description is a new entity), so a change is never missed.
 */
const eventWordsCache = new WeakMap<KnowledgeBase, WeakMap<Event, EventWords>>();

function eventWordsOf(kb: KnowledgeBase): WeakMap<Event, EventWords> {
  let perKb = eventWordsCache.get(kb);
  if (!perKb) {
    perKb = new WeakMap();
    eventWordsCache.set(kb, perKb);
  }
  return perKb;
}

/** `perKb` and `version` (the scope's `entitiesVersion`) are looked up once per question by the caller. */
function eventWords(
  event: Event,
  kb: KnowledgeBase,
  perKb: WeakMap<Event, EventWords>,
  version: number,
): EventWords {
  const known = perKb.get(event);
  if (known?.version === version) return known;
  const entities = event.participants.map((p) => kb.entity(p.entity));
  if (known?.entities.every((entity, i) => entity === entities[i])) {
    known.version = version;
    return known;
  }
  const words: EventWords = {
    participants: new Set(event.participants.map((p) => p.entity)),
    described: ` ${wordsOf(
      [
        event.title,
        event.place ?? "",
        ...event.participants.flatMap((p, i) => [p.role ?? "", entities[i]?.description ?? ""]),
      ].join(" . "),
    ).join(" ")} `,
    text: new Set(wordsOf(`${event.title} ${event.place ?? ""} ${event.topics.join(" ")}`).map(stemOf)),
    entities,
    version,
  };
  perKb.set(event, words);
  return words;
}
