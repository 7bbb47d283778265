import { findCandidates } from "./candidates.ts";
import { type Reading, readOf } from "./context.ts";
import type { IndexedFact, KnowledgeBase } from "./knowledge.ts";
import { ANY_MEETING_NOUNS, DENYING_VERBS, meetingNounsBut, NOT_WORDS } from "./language/lexicon.ts";
import { canonicalText, stemOf, tokenize } from "./language/normalize.ts";
import { CALENDAR_WORDS } from "./language/time.ts";
import type { Event, Fact } from "./schema.ts";
import { namedInText } from "./score.ts";
import { askedDateIn, fitsDate } from "./score-time.ts";
import { understandingOf } from "./understand.ts";
import type { Verdict } from "./verify.ts";

type Read = Reading & { kind: "read" };

/** Verbs of settling a matter, and their past: what a meeting left open it did not do. */
const SETTLING = ["decide", "agree", "settle", "resolve"];
const SETTLING_FORMS = [...SETTLING, ...SETTLING.map((verb) => `${verb}d`)].join("|");
/** "Not", "never" (shared with a premise's correction: language/lexicon.ts). */
const NOT = `(?:${[...NOT_WORDS].join("|")})`;
/** "Failed to", "refused to", "were unable to": the act tried or asked for was not done. */
const NOT_DONE_TO = `(?:${[...DENYING_VERBS].join("|")}|(?:was|were) unable) to`;

/** Words for a matter left unsettled: "left open", "unresolved", "the open issues", "still open". */
const LEFT_OPEN =
  "(?:left|leave|leaves|leaving) (?:open|unresolved|undecided|unsettled|unanswered|hanging)|un(?:resolved|decided|settled|answered)|open (?:issues?|questions?|points?|matters?)|still open";

/**
 * "What was left open at the Montevideo talks?", "what wasn't decided at the Cluj meeting?", "what
 * couldn't they agree on?": what a meeting did not settle. Asked with a what or which and a word
 * for a matter not settled (left open, unresolved, undecided; not decided, agreed, settled or
 * resolved; could not agree).
 */
const ASKS_OPEN = new RegExp(
  `^\\W*(?:(?:so|and|but|ok|okay)\\W+)?(?:what|which|list|name)\\b.*(?:${[
    `\\b(?:${LEFT_OPEN}|no agreement)\\b`,
    `(?:n't|\\b${NOT}) (?:yet )?(?:been )?(?:${SETTLING_FORMS})\\b`,
    `\\b(?:could|did|do|does|would|were|have|had)(?:n't| ${NOT}) (?:[\\w'-]+ ){0,5}?(?:${SETTLING.join("|")})\\b`,
    `\\b${NOT_DONE_TO} (?:${SETTLING.join("|")})\\b`,
    // ("What did Greece and Albania fail to agree on?": the verb after "did" is in its base form.)
    `\\b(?:did|do|does|would)\\b (?:[\\w'-]+ ){0,6}?fail to (?:${SETTLING.join("|")})\\b`,
  ].join("|")})`,
);

/** A choice not made is a matter open: "the operator has still not been *chosen*". */
const CHOSEN = "chosen|selected|picked|appointed|named";

/**
 * A fact that says a matter was left unsettled: not decided, agreed, settled or resolved; could
 * not or failed to agree; left open; put off or referred on. Not one that says such a question was
 * settled since ("settling a question left open in February").
 */
const OPEN_STATED = new RegExp(
  `\\b(?:(?:did|do|does|could|can|have|has|had|was|were|is|are)(?: still)? ${NOT}(?: yet)?(?: been)? (?:${SETTLING_FORMS}|set)|(?:has|have|had)(?: still)? ${NOT}(?: yet)? been (?:${CHOSEN})|${NOT_DONE_TO} (?:${SETTLING.join("|")})|disagreed (?:on|about|over)|still (?:have|has) no agreement|no agreement|(?:was|were|is|are) still (?:open|undecided|unresolved|unsettled|unanswered)|remain(?:s|ed)? (?:open|undecided|unresolved|unsettled|unanswered)|(?:left|went|goes|go) (?:open|unanswered)|put off a decision|postponed (?:a|the|its) decision|decision (?:on|about) .{0,80}was postponed|postponed [^.;]{0,100}\\b(?:until|to) (?:its|the|their) next|(?:was|were) (?:referred|left|handed) to (?:a|the)|will be taken up again)\\b`,
  "i",
);
const SETTLED_SINCE =
  /\b(?:settling|settled|resolving|resolved) (?:a|the) (?:question|matter|issue)\b|\bquestion left open in\b/i;

/**
 * The sentence says a matter was left unsettled (`OPEN_STATED`), and not that it was settled since.
 * "Did not fix the line's cost" is left as open as "did not decide" (fixing a figure settles it).
 */
export function statesOpen(statement: string): boolean {
  return (OPEN_STATED.test(statement) || NOT_FIXED.test(statement)) && !SETTLED_SINCE.test(statement);
}
const NOT_FIXED = new RegExp(
  `\\b(?:did|do|does|could|have|has|had)(?: still)? ${NOT}(?: yet)? fix(?:ed)?\\b`,
  "i",
);

/**
 * "Is the site of the border station still undecided?", "is the pay dispute still open?": a
 * yes-or-no question whether a matter is still unsettled, answered by the latest account of it.
 */
export const ASKS_STILL_OPEN =
  /\bstill (?:(?:un(?:decided|resolved|settled|determined|answered|clear))|open|pending|up in the air|not (?:decided|settled|agreed|resolved|fixed|chosen|picked))\b/i;

/** Words of the asking itself, not of a matter it narrows to. */
const ASKING_WORDS: ReadonlySet<string> = new Set(
  [
    "left",
    "leave",
    "leaves",
    "leaving",
    "unanswered",
    "open",
    "unresolved",
    "undecided",
    "unsettled",
    ...SETTLING_FORMS.split("|"),
    "still",
    "after",
    "question",
    "questions",
    "issue",
    "issues",
    "point",
    "points",
    "matter",
    "matters",
    "thing",
    "things",
    "minister",
    "ministers",
    "delegation",
    "delegations",
    "side",
    "sides",
    "government",
    "governments",
    "country",
    "countries",
    "unable",
    "fail",
    "failed",
    "hanging",
    "story",
    "agreement",
    ...meetingNounsBut(),
    ...ANY_MEETING_NOUNS,
  ].map(stemOf),
);

/** Words before the thing a question asks what was left open about. */
const ABOUT: ReadonlySet<string> = new Set(["about", "regarding", "concerning", "over"]);

/** At most this many open matters listed. */
const MAX_OPEN = 6;

/**
 * The fact says who pays, or how a sum is split, was left unsettled (`OPEN_STATED`, not settled
 * since): "Who will pay the extra 700 million rupees … was left open", "did not decide how the
 * extra … will be split". Read once per fact.
 */
export function statesLeftOpen(fact: Fact): boolean {
  const known = leftOpen.get(fact);
  if (known !== undefined) return known;
  const open =
    OPEN_STATED.test(fact.statement) &&
    PAYER_OPEN.test(fact.statement) &&
    !SETTLED_SINCE.test(fact.statement);
  leftOpen.set(fact, open);
  return open;
}
const leftOpen = new WeakMap<Fact, boolean>();
/** The matter left open is who pays or how a sum is split ("who will pay", "how … will be split"). */
const PAYER_OPEN =
  /\bwho (?:will |would |should |is to |must )?(?:pay|pays|cover|covers|bear|bears|fund|funds)\b|\bhow [^.;]{0,80}?\b(?:split|shared|divided)\b/i;

export function asksWhatWasLeftOpen(question: string): boolean {
  return ASKS_OPEN.test(canonicalText(question).toLowerCase());
}

/**
 * "What was left open …?", "what's still unresolved …?", "the open issues": asked only of what
 * was left unsettled, with no act of anyone's for a fact's words to answer instead.
 */
const ASKS_ONLY_OPEN = new RegExp(`\\b(?:${LEFT_OPEN})\\b`);

export function asksOnlyWhatWasLeftOpen(question: string): boolean {
  return asksWhatWasLeftOpen(question) && ASKS_ONLY_OPEN.test(canonicalText(question).toLowerCase());
}

/**
 * What the meeting the question names (or the one a follow-up is about) did not settle: its facts
 * that say so, narrowed to the matter the question names, if it names one. Undefined when the
 * question names no one meeting, or none of its facts says something was left open.
 */
export function openMatters(read: Read, kb: KnowledgeBase, floor: number): Verdict | undefined {
  const { understanding } = read;
  if (understanding.intent !== "fact") return undefined;
  const { plan } = understanding;
  if (plan.kind !== "what" && plan.kind !== "which") return undefined;
  if (!asksWhatWasLeftOpen(understanding.question)) return undefined;
  const event = meetingAsked(read, kb, floor);
  if (!event) return undefined;
  const own = new Set(
    tokenize(`${event.title} ${event.place ?? ""} ${event.summary ?? ""}`).map((t) => t.stem),
  );
  const narrowing = plan.terms
    .filter((t) => t.weight >= 1)
    .map((t) => stemOf(t.word))
    .filter((stem) => !ASKING_WORDS.has(stem) && !CALENDAR_WORDS.has(stem) && !own.has(stem));
  // "What is still not settled about the Pervolia plant after the Paphos meeting?": the thing the
  // question asks about ("about the Pervolia plant") narrows it as a word does; what the meeting
  // left open about the aircraft pool, which never names the plant, is not it. (Only a thing said
  // after "about": the meeting's own names, "the Pakse panel", may stand for another of its name.)
  const things = plan.mentions.filter((m) => {
    const before = plan.words[m.position - 1] === "the" ? m.position - 2 : m.position - 1;
    return ABOUT.has(plan.words[before] ?? "") && !m.entityIds.some((id) => kb.entity(id)?.kind === "event");
  });
  const facts: IndexedFact[] = [];
  for (const indexed of kb.factsOfEventVisible(event.id)) {
    const { statement } = indexed.fact;
    if (!OPEN_STATED.test(statement) || SETTLED_SINCE.test(statement)) continue;
    // (The fact's own words are in its index at full strength: its statement and its quote.)
    if (!narrowing.every((stem) => (indexed.terms.get(stem) ?? 0) >= 1)) continue;
    const named = (id: string) =>
      indexed.eventNamed.has(id) || indexed.entities.includes(id) || namedInText(id, indexed, kb);
    if (!things.every((m) => m.entityIds.some(named))) continue;
    facts.push(indexed);
  }
  return facts.length > 0 ? { kind: "open", event, facts: facts.slice(0, MAX_OPEN) } : undefined;
}

/**
 * The one meeting the question names (by its names, or by the town it was held in), or the one a
 * follow-up is about.
 */
function meetingAsked(read: Read, kb: KnowledgeBase, floor: number): Event | undefined {
  if (read.event) return kb.event(read.event);
  const asOverview = readOf({
    ...read,
    understanding: understandingOf({ ...read.understanding, intent: "overview" }),
  });
  const meetings = findCandidates(asOverview, kb, floor);
  if ((meetings.eventChoice === "named" || meetings.eventChoice === "referred") && meetings.events[0])
    return meetings.events[0];
  return (
    (meetings.eventChoice === "named" ? ofTheMonthAsked(read, kb) : undefined) ??
    heldIn(read.understanding.question, kb) ??
    (read.previous?.event ? kb.event(read.previous.event) : undefined)
  );
}

/**
 * "What's still undecided about the King Hamad causeway after the November meeting?" where "the
 * November meeting" is another story's meeting by that name: the one meeting of the month asked
 * whose title, place or facts name everything else the question names (the causeway).
 */
function ofTheMonthAsked(read: Read, kb: KnowledgeBase): Event | undefined {
  const asked = askedDateIn(read.understanding.question);
  if (!asked?.month) return undefined;
  const { mentions } = read.understanding.plan;
  const others = mentions.filter((m) => !m.entityIds.every((id) => kb.entity(id)?.kind === "event"));
  if (others.length === 0 || others.length === mentions.length) return undefined;
  const eventsOf = (id: string) => {
    const events = new Set<string>(kb.eventsNaming(id));
    for (const indexed of kb.factsAbout(id)) if (indexed.fact.event) events.add(indexed.fact.event);
    return events;
  };
  let shared: Set<string> | undefined;
  for (const mention of others) {
    const events = new Set(mention.entityIds.flatMap((id) => [...eventsOf(id)]));
    shared = shared ? new Set([...shared].filter((event) => events.has(event))) : events;
  }
  const held = [...(shared ?? [])].flatMap((id) => {
    const event = kb.event(id);
    return event && fitsDate(asked, event.date) ? [event] : [];
  });
  return held.length === 1 ? held[0] : undefined;
}

/** "After the Resen meeting": the one meeting held in a town the question names, if only one was. */
function heldIn(question: string, kb: KnowledgeBase): Event | undefined {
  const held = kb.eventsHeldIn(new Set(tokenize(question).map((t) => t.stem)));
  return held.length === 1 ? held[0] : undefined;
}
