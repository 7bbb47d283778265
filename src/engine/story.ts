// A story told over several articles: which article's account answers ("still", "now", "at
// first … now"), what changed between meetings, the meeting before or after one, and meetings
// asked for by their number. Part of stage 4 (verify): it decides which facts answer, not how
// they are said.

import { inStoryWith, storyMeetings } from "./candidates.ts";
import type { Reading } from "./context.ts";
import { LOWEST_FLOOR } from "./evidence.ts";
import type { IndexedFact, KnowledgeBase } from "./knowledge.ts";
import { CONSENTED, GIVING_WAY, REFUSING_VERBS, RESISTING_VERB, refusingWords } from "./language/consent.ts";
import { currencyUnits } from "./language/countries.ts";
import { AMOUNT, figureChange, normalFigure, withoutDates } from "./language/figure-change.ts";
import {
  DETERMINERS,
  MEETING_NOUN_PATTERN,
  ORDINAL_WORDS,
  PLURAL_DETERMINERS,
  STOPWORDS,
} from "./language/lexicon.ts";
import { isPastVerb, stemOf, tokenize } from "./language/normalize.ts";
import { isMoneyNoun, isVerbOfResizing } from "./language/thesaurus.ts";
import { MONTHS, statesTime } from "./language/time.ts";
import type { QueryPlan } from "./query.ts";
import type { Event } from "./schema.ts";
import { answers, type Match, NEGATION } from "./score.ts";
import { asksHowMuch } from "./score-kind.ts";
import { askedDateIn, CHANGE_STATED, ENDS_A_STATE, STILL } from "./score-time.ts";
import { factSequences, mentionPositions } from "./token-cache.ts";
import { EARLIER_SIDE, FIRST_MET, FIRST_OF_A_FIGURE, LATER_SIDE } from "./understand.ts";
import type { Verdict } from "./verify.ts";

/** Facts this close to the best one answer the question as well as it does. */
const SAME_ANSWER_MARGIN = 0.08;

export { CHANGE_STATED } from "./score-time.ts";

/**
 * "Where were the talks held before the Osh round?", "when did they meet after Khujand?": the
 * story's meeting just before (or after) the one named right after the time word, of the same
 * parties (two in common, and every other party the question names). Only where or when a meeting
 * was, asked in meeting words and the meeting's own words (its title and topics); not a meeting to
 * come, which no event holds yet.
 */
export function meetingBeside(plan: QueryPlan, kb: KnowledgeBase): Event | undefined {
  if (plan.kind !== "where" && plan.kind !== "when") return undefined;
  const relation = plan.terms.find((t) => t.word === "before" || t.word === "after");
  if (!relation) return undefined;
  const next = plan.words[relation.position + 1] === "the" ? relation.position + 2 : relation.position + 1;
  const named = plan.mentions.find((m) => m.position === next);
  const events = new Set(named?.entityIds.flatMap((id) => kb.eventsNaming(id)));
  const anchor = events.size === 1 ? kb.event([...events][0]!) : undefined;
  if (!named || !anchor) return undefined;
  const parties = new Set(anchor.participants.map((p) => p.entity));
  const others = plan.mentions.filter((m) => m !== named).flatMap((m) => m.entityIds);
  // The nearest meeting on that side: newest first before it, oldest first after it.
  const beside = kb
    .eventsByDate(relation.word === "after")
    .find(
      (event) =>
        (relation.word === "before" ? event.date < anchor.date : event.date > anchor.date) &&
        event.participants.filter((p) => parties.has(p.entity)).length >= 2 &&
        others.every((id) => event.participants.some((p) => p.entity === id)),
    );
  if (!beside) return undefined;
  const own = new Set(tokenize(`${beside.title} ${beside.topics.join(" ")}`).map((t) => t.stem));
  const asked = plan.terms.filter((t) => t !== relation && t.weight >= 1);
  return asked.every((t) => MEETING_WORDS.has(t.word) || own.has(stemOf(t.word))) ? beside : undefined;
}

/**
 * "When will the commission meet after San Ignacio?", "where did the ministers plan to meet after
 * the Apia talks?": what the named meeting's own article tells of the meeting to come ("will meet
 * next in Tuxtla Gutiérrez in March 2027"), where no meeting held after it answers (`meetingBeside`).
 * Only a when or where of meeting again, its other words the named meeting's own (its title, place
 * and topics), the told fact's, or words of planning; everyone else it names in that fact or at
 * the meeting.
 */
export function nextMeetingToldAt(plan: QueryPlan, kb: KnowledgeBase): IndexedFact | undefined {
  if (plan.kind !== "where" && plan.kind !== "when") return undefined;
  const relation = plan.terms.find((t) => t.word === "after");
  if (!relation || plan.terms.some((t) => t.word === "before")) return undefined;
  const next = plan.words[relation.position + 1] === "the" ? relation.position + 2 : relation.position + 1;
  const named = plan.mentions.find((m) => m.position === next);
  const events = new Set(named?.entityIds.flatMap((id) => kb.eventsNaming(id)));
  const anchor = events.size === 1 ? kb.event([...events][0]!) : undefined;
  if (!named || !anchor) return undefined;
  const asked = plan.terms.filter((t) => t !== relation && t.weight >= 1);
  if (!asked.some((t) => MEET_AGAIN.has(t.word))) return undefined;
  const told = toldOfMeetingToCome(anchor, plan.kind, kb);
  if (!told) return undefined;
  const own = new Set(
    tokenize(`${anchor.title} ${anchor.place ?? ""} ${anchor.topics.join(" ")} ${told.fact.statement}`).map(
      (t) => t.stem,
    ),
  );
  if (!asked.every((t) => MEETING_WORDS.has(t.word) || PLANNING.has(t.word) || own.has(stemOf(t.word))))
    return undefined;
  const there = new Set([...told.fact.entities, ...anchor.participants.map((p) => p.entity)]);
  const others = plan.mentions.filter((m) => m !== named);
  return others.every((m) => m.entityIds.some((id) => there.has(id))) ? told : undefined;
}
/**
 * A fact of the meeting's article that tells of a meeting still to come ("will meet next in …",
 * "planned to meet again in …"): the meeting's own facts first, then the article's undated ones
 * about what they name. Not "at the second meeting", which is the meeting itself.
 */
function toldOfMeetingToCome(
  from: Event,
  aspect: "when" | "where",
  kb: KnowledgeBase,
): IndexedFact | undefined {
  const own = [...kb.factsOfEventVisible(from.id)];
  const named = new Set(from.participants.map((p) => p.entity));
  for (const indexed of own) for (const id of indexed.fact.entities) named.add(id);
  const article: IndexedFact[] = [];
  for (const entity of named)
    for (const indexed of kb.factsAbout(entity))
      if (indexed.fact.source === from.source && !indexed.fact.event) article.push(indexed);
  // (Where or when it says: "in Tuxtla Gutiérrez", "in March 2027"; not the named meeting's place.)
  const says = (statement: string) =>
    aspect === "when"
      ? statesTime(statement)
      : [...statement.matchAll(PLACE_SAID)].some((m) => m[1] !== from.place && !MONTH_NAMES.has(m[1]!));
  for (const cue of [MEET_TO_COME, NEXT_MEETING])
    for (const indexed of [...own, ...article])
      if (cue.test(indexed.fact.statement) && says(indexed.fact.statement)) return indexed;
  return undefined;
}
/** "Will meet next", "planned to meet again", "to reconvene". */
const MEET_TO_COME =
  /\b(?:will (?:next )?(?:meet|reconvene)|(?:to|would) (?:meet|reconvene)|meet (?:again|next))\b/i;
/** "Its next meeting", "the next round". */
const NEXT_MEETING = /\bnext (?:[\w-]+ ){0,2}?(?:meeting|talks|round|session)\b/i;
/** "In Tuxtla Gutiérrez", "at Seronera": a capitalised name after "in" or "at". */
const PLACE_SAID = /\b(?:in|at) ((?:\p{Lu}[\p{L}'’-]*)(?: \p{Lu}[\p{L}'’-]*)*)/gu;
const MONTH_NAMES: ReadonlySet<string> = new Set(MONTHS);

/** Words for meeting again. */
const MEET_AGAIN: ReadonlySet<string> = new Set(["meet", "meeting", "reconvene", "talks", "round"]);
/** Words of a plan to meet: "due to meet", "planned to meet", "scheduled". */
const PLANNING: ReadonlySet<string> = new Set([
  "due",
  "plan",
  "planned",
  "scheduled",
  "set",
  "next",
  "again",
]);

/** The story's meeting just before (or after) the one given, if the store has it. */
export function meetingAlong(from: Event, step: "previous" | "next", kb: KnowledgeBase): Event | undefined {
  const story = storyMeetings(from, kb);
  const at = story.indexOf(from);
  return step === "previous" ? story[at - 1] : story[at + 1];
}

/**
 * "What happened at the meeting before Montevideo?" where the store has no such meeting: the
 * named meeting's article may tell of it ("Before the Montevideo talks, the PPWC met in Asunción
 * in March; that meeting ended without agreement"). A fact of that meeting saying where or how a
 * meeting before (or after) it went, never one about the meeting itself.
 */
export function toldOfMeetingBeside(
  from: Event,
  step: "previous" | "next",
  kb: KnowledgeBase,
): IndexedFact | undefined {
  const cue = step === "previous" ? EARLIER_MEETING : LATER_MEETING;
  for (const indexed of kb.factsOfEventVisible(from.id)) {
    if (cue.test(indexed.fact.statement)) return indexed;
  }
  // Background the article gives without tying it to the meeting: its facts about what the
  // meeting's facts name (the body, the parties).
  const named = new Set(from.participants.map((p) => p.entity));
  for (const indexed of kb.factsOfEventVisible(from.id))
    for (const id of indexed.fact.entities) named.add(id);
  for (const entity of named) {
    for (const indexed of kb.factsAbout(entity)) {
      const { fact } = indexed;
      if (fact.source === from.source && !fact.event && cue.test(fact.statement)) return indexed;
    }
  }
  return undefined;
}

/** Speaks of a meeting held before: "before the X talks, they met", "followed a failed meeting", "the previous round". */
const EARLIER_MEETING =
  /\b(?:before (?:the|this|that) [^.;]{0,40}?\b(?:met|meeting|talks|round|session)|(?:previous|prior|earlier|last|failed) (?:[\w-]+ ){0,2}?(?:meeting|talks|round|session))\b/i;
/** Speaks of a meeting to come: "will meet again", "the next round". */
const LATER_MEETING =
  /\b(?:will (?:next )?(?:meet|hold|reconvene)|to (?:meet|reconvene) again|(?:next|following|second) (?:[\w-]+ ){0,2}?(?:meeting|talks|round|session))\b/i;

/** Facts told of a meeting beside the asked one are as sure as their own sentence says. */
export const TOLD_BESIDE = 0.8;

/**
 * "When did Kyrgyzstan and Tajikistan first meet about the glacial lakes?": the earliest meeting
 * with every party the question names, asked in meeting words and the meeting's own.
 */
export function firstMeeting(plan: QueryPlan, kb: KnowledgeBase): Event | undefined {
  if ((plan.kind !== "where" && plan.kind !== "when") || !FIRST_MET.test(plan.text.toLowerCase()))
    return undefined;
  const parties = plan.mentions.map((m) => m.entityIds);
  if (parties.length === 0) return undefined;
  const first = kb
    .eventsByDate(true)
    .find((event) => parties.every((ids) => event.participants.some((p) => ids.includes(p.entity))));
  if (!first) return undefined;
  const own = new Set(tokenize(`${first.title} ${first.topics.join(" ")}`).map((t) => t.stem));
  const asked = plan.terms.filter((t) => t.weight >= 1 && t.word !== "first");
  return asked.every((t) => MEETING_WORDS.has(t.word) || own.has(stemOf(t.word))) ? first : undefined;
}

const MEETING_WORDS = new Set([
  "discuss",
  "talk",
  "held",
  "hold",
  "meet",
  "met",
  "meeting",
  "talks",
  "round",
  "took",
  "take",
  "place",
  "happen",
  "happened",
  "negotiation",
  "negotiations",
]);

/**
 * "What changed between the Khujand and Osh talks?", "what's new since the first round?": the
 * meetings the question names, by a place or a title ("Khujand", "the first round"); the later
 * one, when it names only one, is the latest of the same story after it (two parties in common).
 * What changed is what the later meeting's facts say moved ("raised from 24 to 30", "up from 85",
 * "settled"): its other facts are news, not changes. Undefined when no two meetings, or nothing moved.
 */
export function changesBetween(plan: QueryPlan, kb: KnowledgeBase): Verdict | undefined {
  const { mentions } = plan;
  const byName = new Set<string>();
  const byPlace = new Set<string>();
  for (const mention of mentions) {
    // "The Brussels meeting", "the Hanoi round": the meeting held where the mention says, before
    // what the name is in the facts of ("Hanoi" read as Vietnam is in every meeting's facts).
    // (A thing named after places, "the Bueng Kan–Paksan bridge", is no meeting's place.)
    const placeLike = mention.entityIds.every((id) => PLACE_LIKE.has(kb.entity(id)?.kind ?? "place"));
    const held = placeLike ? heldAt(mention.text, plan, kb) : undefined;
    if (held) {
      byPlace.add(held);
      continue;
    }
    const events = new Set(mention.entityIds.flatMap((id) => kb.eventsNaming(id)));
    if (events.size === 1) byName.add([...events][0]!);
  }
  // (Two meetings named by their places are the two asked: the thing changed, "the cyclone
  // recovery", named in one meeting's facts only, is no third meeting.)
  const named = byPlace.size >= 2 ? byPlace : new Set([...byName, ...byPlace]);
  const events = [...named].flatMap((id) => kb.event(id) ?? []).sort((a, b) => a.date.localeCompare(b.date));
  const earlier = events[0];
  if (!earlier) return undefined;
  const parties = new Set(earlier.participants.map((p) => p.entity));
  const sameStory = (event: Event) =>
    event.date > earlier.date && event.participants.filter((p) => parties.has(p.entity)).length >= 2;
  const later = events.length > 1 ? events.at(-1) : kb.eventsByDate(false).find(sameStory);
  if (!later || !sameStory(later)) return undefined;
  const laterFacts = [...kb.factsOfEventVisible(later.id)];
  const changed = (indexed: IndexedFact) => CHANGE_STATED.test(indexed.fact.statement);
  // "What changed on the ferry fare between the La Unión and Amapala sessions?" asks of the fare:
  // the cost's rise is another thing's change. The later meeting's facts that say at least half
  // the words of the thing asked ("the vaccine plant" by "the Kribi plant") tell what became of
  // it, changed in so many words or told anew (a fare agreed where the earlier meeting's facts
  // had it disputed); none, and the question is not this one.
  // ("The Sejong joint committee meeting": the words between a place and a meeting noun name
  // the meeting, not the thing changed.)
  const meetingNames = namesOfMeetingsIn(plan);
  const topic =
    meetingNames.size > 0
      ? topicOfChange(plan).filter((term) => !meetingNames.has(term.word))
      : topicOfChange(plan);
  if (topic.length > 0) {
    const onTopic = (indexed: IndexedFact) => {
      const [sentence = []] = factSequences(indexed.fact);
      const said = topic.filter((term) =>
        sentence.some((token) => (term.alternatives.get(token.stem) ?? 0) >= 1),
      ).length;
      return said > 0 && said * 2 >= topic.length;
    };
    let told = laterFacts.filter(onTopic);
    let toldBefore = [...kb.factsOfEventVisible(earlier.id)].some(onTopic);
    // "What changed about the Rumichaca bridge plan …?": when no fact says the words ("plan"), the
    // thing asked by its name (not a place or a party) tells which facts are of it.
    const things = new Set(
      mentions.flatMap((m) =>
        m.entityIds.filter((id) => !THING_NOT_ASKED.has(kb.entity(id)?.kind ?? "") && !parties.has(id)),
      ),
    );
    if (told.length === 0 && things.size > 0) {
      const namesTheThing = (indexed: IndexedFact) => indexed.fact.entities.some((id) => things.has(id));
      told = laterFacts.filter(namesTheThing);
      toldBefore = [...kb.factsOfEventVisible(earlier.id)].some(namesTheThing);
    }
    const moved = told.filter(changed);
    const facts = (moved.length > 0 ? moved : toldBefore ? told : []).slice(0, KEY_FACTS);
    return facts.length > 0 ? { kind: "changes", earlier, later, facts } : undefined;
  }
  // "What changed about the Bueng Kan–Paksan bridge between the Paksan and Bueng Kan sessions?":
  // no word of its own, but a thing named (not a place, a country or a party), whose facts alone
  // tell what changed of it; another thing's change at that meeting is no answer.
  const things = new Set(
    mentions.flatMap((m) =>
      m.entityIds.filter((id) => !THING_NOT_ASKED.has(kb.entity(id)?.kind ?? "") && !parties.has(id)),
    ),
  );
  const ofTheThing =
    things.size > 0
      ? laterFacts.filter((indexed) => indexed.fact.entities.some((id) => things.has(id)))
      : laterFacts;
  const facts = ofTheThing.filter(changed).slice(0, KEY_FACTS);
  return facts.length > 0 ? { kind: "changes", earlier, later, facts } : undefined;
}

/** The words between a place named and the meeting noun after it ("sejong joint committee meeting": joint, committee). */
function namesOfMeetingsIn(plan: QueryPlan): Set<string> {
  const words = new Set<string>();
  const text = plan.text.toLowerCase();
  for (const mention of plan.mentions) {
    const at = text.indexOf(mention.text.toLowerCase());
    if (at < 0) continue;
    const named = MEETING_NAMED_AFTER.exec(text.slice(at + mention.text.length));
    for (const word of named?.[1]?.split(" ") ?? []) if (word) words.add(word);
  }
  // ("… and the Sejong meeting in the Korea–Mongolia scheme": what follows the second meeting
  // names the story both are of.)
  const between = text.indexOf(" between ");
  const last = between < 0 ? null : LAST_MEETING_NOUN.exec(text.slice(between));
  if (last) for (const word of last[1]!.split(/[^\p{L}\p{N}'’-]+/u)) if (word) words.add(word);
  return words;
}
const LAST_MEETING_NOUN = new RegExp(
  `\\b(?:${MEETING_NOUN_PATTERN})\\b(?!.*\\b(?:${MEETING_NOUN_PATTERN})\\b)(.*)$`,
);
const MONTH_WORDS_PATTERN = MONTHS.join("|").toLowerCase();
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Kinds of entity a meeting's place may be named by: a place, a meeting, a country for its capital ("Hanoi"). */
const PLACE_LIKE: ReadonlySet<string> = new Set(["place", "event", "country"]);
const MEETING_NAMED_AFTER = new RegExp(`^ ((?:[\\p{L}'’-]+ ){1,3}?)(?:${MEETING_NOUN_PATTERN})\\b`, "u");

/**
 * The one meeting held at the place a mention's words name ("brussels meeting", "the hague"): of
 * several there, the one whose title has a meeting noun of the question ("the Surabaya rounds" is
 * the round, not the signing held there three days later). Undefined unless one.
 */
function heldAt(text: string, plan: QueryPlan, kb: KnowledgeBase): string | undefined {
  const said = ` ${text.toLowerCase()} `;
  const there = kb.eventsByDate(true).filter((event) => {
    const place = event.place?.split(",")[0]?.trim().toLowerCase();
    return !!place && said.includes(` ${place} `);
  });
  if (there.length <= 1) return there[0]?.id;
  // ("The October Bueng Kan session": of the meetings there, the one of the month said before it.)
  const month = new RegExp(`\\b(${MONTH_WORDS_PATTERN}) ${escapeRegExp(text.toLowerCase())}\\b`).exec(
    plan.text.toLowerCase(),
  );
  const number = month ? MONTHS.findIndex((m) => m.toLowerCase() === month[1]) + 1 : 0;
  const anywhere = month ? there.filter((event) => Number(event.date.slice(5, 7)) === number) : there;
  if (anywhere.length <= 1) return anywhere[0]?.id;
  // (Of the meetings there, those of the thing the question names, when it names one: another
  // story's meeting in Brussels is not "the Brussels meeting" of the cyclone recovery.)
  const story = new Set(
    plan.mentions.flatMap((m) =>
      m.entityIds
        .filter((id) => !THING_NOT_ASKED.has(kb.entity(id)?.kind ?? "place"))
        .flatMap((id) => kb.eventsNaming(id)),
    ),
  );
  const ofTheStory = anywhere.filter((event) => story.has(event.id));
  const held = ofTheStory.length > 0 ? ofTheStory : anywhere;
  if (held.length <= 1) return held[0]?.id;
  // (The noun is the question's or the mention's own: "the brussels meeting" is one name.)
  const nouns = [...plan.terms.map((t) => t.word), ...text.toLowerCase().split(/\s+/)]
    .filter((word) => MEETING_NOUN.test(word) || MEETING_NOUN.test(stemOf(word)))
    .map(stemOf);
  const titled = held.filter((event) => {
    const own = new Set(tokenize(event.title).map((t) => t.stem));
    return nouns.some((noun) => own.has(noun));
  });
  return titled.length === 1 ? titled[0]!.id : undefined;
}

/** Kinds of entity a "what changed" question names as its meetings' places and parties, not as the thing asked. */
const THING_NOT_ASKED: ReadonlySet<string> = new Set(["place", "country"]);

/** Words of asking what changed and between which times ("since"), not of the thing it changed on. */
const CHANGE_WORDS: ReadonlySet<string> = new Set([
  "change",
  "changed",
  "different",
  "new",
  "moved",
  "happened",
  "since",
  "between",
  "from",
  "after",
]);
const MEETING_NOUN = new RegExp(`^(?:${MEETING_NOUN_PATTERN})$`);
const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS.map((month) => month.toLowerCase()));

/** The thing a "what changed … between …" question asks about: its content words, less those of the asking and of meetings. */
function topicOfChange(plan: QueryPlan): QueryPlan["terms"] {
  return plan.terms.filter(
    (term) =>
      term.weight >= 1 &&
      !term.timeWord &&
      term.kinds.length === 0 &&
      !CHANGE_WORDS.has(term.word) &&
      !(ORDINAL_WORDS as readonly string[]).includes(term.word) &&
      !MEETING_NOUN.test(term.word) &&
      !MEETING_WORDS.has(term.word) &&
      // ("The October Bueng Kan session": a month names the meeting, not the thing changed.)
      !MONTH_WORDS.has(term.word),
  );
}

/** Key facts an overview cites, and facts a "tell me about" profile adds to the entity's role (and changes listed between meetings). */
export const KEY_FACTS = 4;

export const reportedOn = (m: Match, kb: KnowledgeBase) => kb.source(m.indexed.fact.source)?.date ?? "";

/**
 * The other side of a comparison: of the facts that answer the same question from an article of
 * another day about the same thing (an entity in common), the one that says most of what the best
 * fact says (its words, and above all its figures: the 24 stations the later article says were
 * raised to 30), so that the two accounts are of one thing and not of two things of one story.
 */
export function otherAccount(
  top: Match,
  usable: readonly Match[],
  kb: KnowledgeBase,
  only?: "later",
): Match | undefined {
  const day = reportedOn(top, kb);
  const own = new Set(top.indexed.fact.entities);
  const words = contentStems(top.indexed.fact.statement);
  const figures = new Set(top.indexed.fact.statement.match(FIGURE) ?? []);
  let best: Match | undefined;
  let bestScore = 0;
  for (const m of usable) {
    if (!answers(m, LOWEST_FLOOR) || reportedOn(m, kb) === day) continue;
    if (only === "later" && reportedOn(m, kb) < day) continue;
    if (!m.indexed.fact.entities.some((id) => own.has(id))) continue;
    // (Asked for the later side only, a later article's sentence that only retells how things
    // stood by this account, "In March 2026 the two governments had offered ranchers 450 dollars a
    // head", is this account again, not another.)
    if (only === "later" && retellsUpTo(m.indexed, day, kb)) continue;
    const shared = likeness(words, m.indexed.fact.statement);
    const sameFigure = (m.indexed.fact.statement.match(FIGURE) ?? []).some((f) => figures.has(f))
      ? SAME_FIGURE
      : 0;
    const score = m.coverage + shared + sameFigure;
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

/** The fact, told after the day, retells a month no later than that day's. */
export function retellsUpTo(indexed: IndexedFact, day: string, kb: KnowledgeBase): boolean {
  if ((kb.source(indexed.fact.source)?.date ?? "") <= day) return false;
  const retold = retoldMonth(indexed, kb);
  return retold !== undefined && retold <= day.slice(0, 7);
}

/**
 * What a later article says changed in the thing the best fact is about, however the question
 * words it: "is the centre's location still disputed?" is asked in the earlier article's words
 * ("disputed"), which the later one has left behind ("the dispute … was settled"). Of the later
 * articles' facts about one of its things (not a country, a place or a person alone) that say
 * something changed, the one most like it and most still about what was asked (the question's
 * words the earlier account says, the rarest counting most), if like enough. "Is measles still in
 * the plan?" is answered by the later fact that still says "measles" and says the change (a cut
 * "from 60 million to 50 million doses … measles left out"), even where the question's other words
 * miss it, not by one about the plan's ceremony that has more of the question's common words.
 */
export function laterAccount(
  top: Match,
  usable: readonly Match[],
  plan: QueryPlan,
  kb: KnowledgeBase,
): Match | undefined {
  const day = reportedOn(top, kb);
  const retold = retoldMonth(top.indexed, kb);
  const words = contentStems(top.indexed.fact.statement);
  const coverage = new Map(usable.map((m) => [m.indexed, m.coverage]));
  const things = top.indexed.fact.entities.filter((id) => !PARTY_KINDS.has(kb.entity(id)?.kind ?? ""));
  // A place the question itself names and the earlier fact is about is the thing whose state is
  // asked ("is the dam still due in 2031?": a dam, a port, a site is filed as a place), though
  // a place alone is no thing to follow when the question does not ask of it.
  const named = new Set(plan.mentions.flatMap((m) => m.entityIds));
  const placesAsked = top.indexed.fact.entities.filter(
    (id) => named.has(id) && kb.entity(id)?.kind === "place",
  );
  const told = new Set([...things, ...placesAsked].flatMap((id) => [...kb.factsAbout(id)]));
  // A fact about the parties alone ("Venezuela offered 90 fishing licences") names no thing to
  // follow: its story's later meetings tell what became of it.
  if (things.length === 0) for (const indexed of laterMeetingsFacts(top, kb)) told.add(indexed);
  // (A fact that retells an earlier month is followed by its own meeting's facts too.)
  if (retold && top.indexed.fact.event) {
    for (const indexed of kb.factsOfEventVisible(top.indexed.fact.event)) told.add(indexed);
  }
  const asked = askedIn(plan, top.indexed, told);
  // (What the earlier fact refuses now: one that only recalls a refusal has none to turn from.)
  const refused = refusesNow(top.indexed.fact.statement)
    ? refusedWords(top.indexed.fact.statement)
    : undefined;
  const refusalInQuestion = refusalAsked(plan.text);
  // "Is the AIB still financing the railway?": the one named before "still" is whose state is asked.
  const subject = stillSubject(plan, top.indexed);
  let best: Match | undefined;
  let bestScore = 0;
  for (const indexed of told) {
    const match = { indexed, coverage: coverage.get(indexed) ?? 0, rank: 0 };
    // (Or, beside a plan its own article tells as it was, "was to be held in March 2027", the
    // fact of that article that moves it from that very time: the plan now.)
    const movesIt = movesThePlanTold(top.indexed, indexed);
    if (!movesIt && (!toldAfter(match, day, retold, kb) || retellsUpTo(indexed, day, kb))) continue;
    // A later fact that does not name them says nothing of whether they still do: the other
    // payers' raised shares are no answer to whether the bank still lends.
    // (Named as the fact's entity or in its sentence: "the Mauritian labour ministry" names Mauritius.)
    if (subject && !namesAny(subject, indexed, kb)) continue;
    const shared = likeness(words, indexed.fact.statement);
    if (shared < LATER_LIKENESS) continue;
    // Only a later fact that says what changed ("settled", "raised from") says it no longer stands,
    // or one that gives the same party's figure for the same thing anew ("offered to cover half
    // of the cost" → "will contribute 10 million dollars to it").
    // Or one that no longer refuses what the earlier refused ("refused to let the workers change
    // employer" → "may change employer once a season"), saying most of what was refused.
    const kept = keeps(asked, indexed);
    // (Or most of what the question says was refused, "is Iceland still refusing to let the ship
    // survey mackerel?" → "Iceland agreed to let the research ship … survey mackerel"; or the earlier
    // fact's party gives way in it, saying some of what was refused. A refusal the later fact only
    // recalls, "had refused one joint checkpoint", is no longer made.)
    const turned =
      refused !== undefined &&
      !refusesNow(indexed.fact.statement) &&
      (saysMostOf(refused, indexed) ||
        (refusalInQuestion !== undefined && saysMostOf(refusalInQuestion, indexed)) ||
        (gaveWay(top.indexed, indexed, kb) && saysSomeOf(refused, indexed)));
    // Or one that tells the party's new act where the earlier told none such ("sent an observer",
    // "asked to join" → "joined", "signed the accession protocol"; "withdrew", "pulled out").
    const party = top.indexed.fact.entities[0];
    // (Going back is of a party that acts: a boat "returned to Icacos" went back on nothing.)
    // (The one asked "still" of acts too: "is Iran's request to join still unanswered?" after "the
    // commission had not yet answered Iran's request" is answered by "Iran joined … as an observer".)
    const actedAsked = !!subject?.some((id) => actedAnew(id, top.indexed, indexed, kb));
    const acted = actedAnew(party, top.indexed, indexed, kb) || actedAsked;
    // Or one that tells the state ended ("released the five crewmen", "made its first crossing
    // since April 2023", "has been cancelled") where the earlier told no such end.
    const ended = ENDS_A_STATE.test(indexed.fact.statement) && !ENDS_A_STATE.test(top.indexed.fact.statement);
    // Or one that says the plan or figure was moved ("put off until 2027", "a year later than
    // planned", "rises to 530 million") where the earlier said no such move, or moves it again to
    // a year the earlier move did not give ("later than planned, March 2031" → "postponed again,
    // to June 2032").
    const moved =
      MOVED.test(indexed.fact.statement) &&
      (!MOVED.test(top.indexed.fact.statement) || newYear(top.indexed, indexed));
    const changed = CHANGE_STATED.test(indexed.fact.statement) || turned || acted || ended || moved;
    const anew = newFigureOfTheSame(top.indexed, indexed) || partysNewFigure(top.indexed, indexed, kb);
    if (!changed && !anew) continue;
    // One the question's own words miss must say the change and most of what was asked, or be
    // the same party's figure for the same thing told anew ("offered to cover half of the cost"
    // → "will contribute 10 million dollars"), which need repeat none of the earlier words.
    // (Or the one asked does the very act the question names: "joined" for "… request to join
    // … still unanswered?", though "request" and "unanswered" are left behind.)
    const doesTheAsked =
      actedAsked && asked.some((a) => a.term.alternatives.has(stemOf(stateActOf(indexed) ?? "")));
    // (Or one that says the day was moved and gives a year the earlier did not: "will not be
    // finished before June 2033, a year and a half later than planned" after "due … December
    // 2031", though "due" is left behind; "put off its decision … until 2027".)
    const dayMoved = moved && newYear(top.indexed, indexed);
    if (
      match.coverage < LATER_COVERAGE &&
      !(changed && kept >= LATER_KEPT) &&
      !anew &&
      !doesTheAsked &&
      !dayMoved
    )
      continue;
    // (Of two as good, the one whose sentence is about the party: "Croatia will pay 9 million …"
    // before "the agreement was signed after Croatia agreed to pay for part …".)
    const about = party !== undefined && opensOn(party, indexed, kb) ? OPENS_ON_THE_PARTY : 0;
    // (Of two as good, the one that says the change, "Nepal's share rises to 530 million", before
    // one that only gives a figure, "of the extra 360 million … Nepal 50 million".)
    const says = anew && (CHANGE_STATED.test(indexed.fact.statement) || moved) ? SAYS_THE_CHANGE : 0;
    const score = shared + Math.max(match.coverage, kept) + about + says;
    if (score > bestScore) {
      best = match;
      bestScore = score;
    }
  }
  return best;
}

/**
 * A plan told as it was ("the exercise was to be held off Santo Tomás in March 2027", "had been due
 * to open in January 2027"), in a fact of no day of its own that says no change itself: how things
 * stood before its article, which another fact of the article may say moved.
 */
export function tellsAPlanAsItWas(indexed: IndexedFact): boolean {
  const statement = indexed.fact.statement;
  return (
    !indexed.fact.date &&
    PLAN_AS_IT_WAS.test(statement) &&
    !CHANGE_STATED.test(statement) &&
    !MOVED.test(statement) &&
    timesOf(statement).size > 0
  );
}

/**
 * The later fact, of the same article, moves the plan the earlier tells as it was from its very
 * time: "moving it from March 2027 to February 2028" beside "was to be held … in March 2027" (the
 * month and year it turns from are the plan's). Itself no plan as it was.
 */
export function movesThePlanTold(earlier: IndexedFact, later: IndexedFact): boolean {
  if (later === earlier || later.fact.source !== earlier.fact.source) return false;
  if (!tellsAPlanAsItWas(earlier) || tellsAPlanAsItWas(later)) return false;
  const times = timesOf(earlier.fact.statement);
  for (const [, month, year] of later.fact.statement.matchAll(MOVED_FROM_TIME)) {
    if (times.has(`${month?.toLowerCase() ?? ""} ${year}`)) return true;
  }
  return false;
}

/** "Was to be held", "were due to", "had been scheduled for": a plan in the past tense. */
const PLAN_AS_IT_WAS =
  /\b(?:was|were|had been) (?:still |then |originally |initially |first )?(?:to|due|expected|planned|scheduled|meant|supposed|set)\b/i;
const TIME_WORDS = String.raw`(?:(${MONTHS.join("|")}) )?((?:19|20)\d\d)\b`;
/** A month and year, or a year, as a sentence says it ("in March 2027", "2028"). */
const TIME_TOLD = new RegExp(String.raw`\b(?:\d{1,2} )?${TIME_WORDS}`, "gi");
/** What a move turns from: "from March 2027", "from 12 December 2026", "instead of 2027". */
const MOVED_FROM_TIME = new RegExp(
  String.raw`\b(?:from|instead of|rather than) (?:\d{1,2} )?${TIME_WORDS}`,
  "gi",
);

/** The months and years a sentence says, as "march 2027" (or " 2027" for a year alone). */
function timesOf(statement: string): Set<string> {
  return new Set(
    [...statement.matchAll(TIME_TOLD)].map(([, month, year]) => `${month?.toLowerCase() ?? ""} ${year}`),
  );
}

/** The fact names one of the entities, in its list of entities or in its sentence. */
function namesAny(ids: readonly string[], indexed: IndexedFact, kb: KnowledgeBase): boolean {
  if (ids.some((id) => indexed.fact.entities.includes(id))) return true;
  const [sentence = []] = factSequences(indexed.fact);
  return mentionPositions(sentence, ids, kb).length > 0;
}

/** The later fact tells a new act of going in or out by the party ("joined" where none was told). */
function actedAnew(
  party: string | undefined,
  earlier: IndexedFact,
  later: IndexedFact,
  kb: KnowledgeBase,
): boolean {
  if (party === undefined || !later.fact.entities.includes(party)) return false;
  const act = stateActOf(later);
  return (
    act !== undefined &&
    (ACTORS.has(kb.entity(party)?.kind ?? "") || !GOING_BACK.test(act)) &&
    act !== stateActOf(earlier)
  );
}

/**
 * "Is the AIB still financing the railway?", "is Iran's request … still unanswered?": the entities of
 * the first name the question gives before its "still", when the earlier account names it too: the
 * one whose state is asked. None when the question names nothing before "still".
 */
function stillSubject(plan: QueryPlan, earlier: IndexedFact): readonly string[] | undefined {
  const still = STILL.exec(plan.text);
  if (!still) return undefined;
  const text = plan.text.toLowerCase();
  let first: QueryPlan["mentions"][number] | undefined;
  for (const mention of plan.mentions) if (!first || mention.position < first.position) first = mention;
  if (!first) return undefined;
  const at = text.indexOf(first.text.toLowerCase());
  if (at < 0 || at > still.index) return undefined;
  const named = first.entityIds.filter((id) => earlier.fact.entities.includes(id));
  return named.length > 0 ? named : undefined;
}

/** What a later account gains by being told of the party as its subject. */
const OPENS_ON_THE_PARTY = 0.01;

/** The party is named before the sentence's first verb ("Under the Sava agreement Croatia will pay"). */
function opensOn(party: string, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const [sentence = []] = factSequences(indexed.fact);
  const [at] = mentionPositions(sentence, [party], kb).sort((a, b) => a - b);
  if (at === undefined) return false;
  return !sentence.slice(0, at).some((token) => AUXILIARIES.has(token.word) || isPastVerb(token.word));
}

const AUXILIARIES: ReadonlySet<string> = new Set(["is", "are", "was", "were", "has", "have", "had", "will"]);

/**
 * The month a fact tells how things stood in, where that is before its own meeting: "In March 2026
 * Chile had demanded 60 percent", "at the first round … in September 2025, … Thailand stayed away",
 * told in an article of August or of March 2026 (the earliest month-and-year its first clause names,
 * before its meeting's month, of a fact with no date of its own). A fact of its own meeting's time,
 * or dated by its own act, has none.
 */
export function retoldMonth(indexed: IndexedFact, kb: KnowledgeBase): string | undefined {
  const { fact } = indexed;
  const own = (fact.event ? kb.event(fact.event)?.date : undefined) ?? kb.source(fact.source)?.date;
  if (!own) return undefined;
  const at = own.slice(0, 7);
  // (A fact dated by its own act, "signed up on 29 September" told in November, is that act.)
  if (fact.date) return undefined;
  // (Its first clause sets the time: "Atlantic Cell changed its position: after refusing in March
  // and June 2026, …" tells how things stand now.)
  const opening = fact.statement.split(CLAUSE_END)[0] ?? "";
  let earliest: string | undefined;
  for (const said of opening.matchAll(MONTH_YEARS)) {
    const month = MONTHS.findIndex((name) => name.toLowerCase() === said[1]!.toLowerCase()) + 1;
    const told = `${said[2]}-${String(month).padStart(2, "0")}`;
    if (!earliest || told < earliest) earliest = told;
  }
  return earliest !== undefined && earliest < at ? earliest : undefined;
}

/**
 * The fact is told after the day (and the month retold) of an earlier account: a later article's,
 * or, where the earlier account retells an earlier month, a fact of the same article that does
 * not retell that month or one before it ("Chile will receive 55 percent" beside "in March Chile
 * had demanded 60").
 */
function toldAfter(m: Match, day: string, retold: string | undefined, kb: KnowledgeBase): boolean {
  const reported = reportedOn(m, kb);
  if (reported !== day) return reported > day;
  if (!retold) return false;
  const theirs = retoldMonth(m.indexed, kb);
  return theirs === undefined || theirs > retold;
}

const CLAUSE_END = /[,;:(]| — | – /;
const MONTH_YEARS = new RegExp(`\\b(${MONTHS.join("|")}) ((?:19|20)\\d\\d)\\b`, "gi");

/** The facts of the later meetings of the fact's story, as their articles tell them. */
function laterMeetingsFacts(top: Match, kb: KnowledgeBase): IndexedFact[] {
  const event = top.indexed.fact.event ? kb.event(top.indexed.fact.event) : undefined;
  if (!event) return [];
  return storyMeetings(event, kb)
    .filter((other) => other.date > event.date)
    .flatMap((other) => [...kb.factsOfEventVisible(other.id)]);
}

/**
 * An act that ends one state of a party and begins another: in or out, bound or not. A hand list:
 * WordNet files these verbs under no common sense, and stemming would take in the present and
 * the plans ("join", "will ratify"), which the list leaves out (but for "withdraw…", which also
 * reads the noun "withdrawal"): not the same set.
 */
const STATE_ACT =
  /\b(?:joined|withdr[ae]w\w*|pulled out|ratified|acceded|accession|accepted|dropped|abandoned|lifted|reversed|returned to|rejoined)\b/i;

const GOING_BACK = /^(?:returned to|rejoined)$/;

/** The fact's first act of going in or out ("withdrew", then "returned to"), lower-cased. */
const stateActOf = (indexed: IndexedFact) => STATE_ACT.exec(indexed.fact.statement)?.[0].toLowerCase();

/** The sentence denies or refuses something: "refused to let", "did not sign", "opposed". */
function refuses(statement: string): boolean {
  return DENIAL.test(statement) || REFUSING.test(statement);
}

/**
 * The sentence refuses something as things stand: a refusal it only recalls in the past perfect
 * ("…; Saudi Arabia had refused one joint checkpoint in February") is how things stood before
 * what it tells, not a refusal still made.
 */
function refusesNow(statement: string): boolean {
  let now = statement;
  for (const recalled of recalledRefusals(statement)) now = now.replace(recalled[0], "");
  return refuses(now);
}

/**
 * The refusals a sentence recalls after telling what stands now: past perfect, in a clause after
 * one of its own ("lorries will stop once …; Saudi Arabia had refused …"). A sentence that only
 * recalls ("In March Armenia had refused to go above 3 kWh") tells nothing that replaced it.
 */
function recalledRefusals(statement: string): RegExpMatchArray[] {
  return [...statement.matchAll(RECALLED_REFUSAL)].filter((recalled) => {
    const before = statement.slice(0, recalled.index);
    const end = Math.max(before.lastIndexOf(";"), before.lastIndexOf(". "));
    return end >= 0 && wordsIn(before.slice(0, end)) >= TOLD_BEFORE_RECALL;
  });
}
/** Words a sentence must tell before the refusal it recalls. */
const TOLD_BEFORE_RECALL = 4;

/** A refusal told in the past perfect, to the end of its clause: "had refused one joint checkpoint". */
const RECALLED_REFUSAL = new RegExp(
  String.raw`\bhad\s+(?:(?:first|earlier|previously|long|always)\s+)?${refusingWords()}[^.;,]*`,
  "gi",
);

/**
 * What a "still" question says the party refuses: the words after its word of refusal or
 * opposition ("is Iceland still refusing to let the research ship survey mackerel?" → let,
 * research, ship, survey, mackerel), if it asks of a refusal at all.
 */
function refusalAsked(question: string): Set<string> | undefined {
  const still = STILL.exec(question);
  if (!still) return undefined;
  const after = question.slice(still.index + still[0].length);
  const refusal = REFUSAL_ASKED.exec(after);
  // (The refusal is the state "still" asks of, right after it: "still refusing", "still against".)
  if (!refusal || wordsIn(after.slice(0, refusal.index)) > 1) return undefined;
  const words = tokenize(after.slice(refusal.index + refusal[0].length))
    .filter((t) => !STOPWORDS.has(t.word))
    .slice(0, REFUSED_REACH)
    .map((t) => t.stem);
  return words.length >= MIN_REFUSAL_ASKED ? new Set(words) : undefined;
}

const REFUSAL_ASKED = new RegExp(String.raw`${refusingWords()}|\bagainst\b`, "i");
/** A refusal asked of fewer words than this ("still refusing it?") says too little to match. */
const MIN_REFUSAL_ASKED = 2;

/**
 * What the sentence refuses or denies: the content words just after its first word of refusal
 * ("refused to let the seasonal workers change" → let, seasonal, workers, change).
 */
function refusedWords(statement: string): Set<string> | undefined {
  if (!refuses(statement)) return undefined;
  // (Within its clause: "refused to pay for any works on the Bosnian bank of the Sava, saying …".)
  const refusal = statement.search(DENIAL_OR_REFUSING);
  const tokens = tokenize(statement.slice(0, refusal) + (statement.slice(refusal).split(/[.;,:]/)[0] ?? ""));
  const at = tokens.findIndex((t) => DENIAL.test(t.text) || REFUSING.test(t.text));
  if (at < 0) return undefined;
  const words = tokens
    .slice(at + 1, at + 1 + REFUSED_REACH)
    .filter((t) => !STOPWORDS.has(t.word))
    .map((t) => t.stem);
  return words.length > 0 ? new Set(words) : undefined;
}

/** Most of what was refused is said again: the later fact is about the very thing refused. */
function saysMostOf(refused: ReadonlySet<string>, indexed: IndexedFact): boolean {
  const said = [...refused].filter((stem) => indexed.terms.has(stem)).length;
  return said / refused.size >= REFUSED_SAID;
}

function saysSomeOf(refused: ReadonlySet<string>, indexed: IndexedFact): boolean {
  const said = [...refused].filter((stem) => indexed.terms.has(stem)).length;
  return said / refused.size >= REFUSED_SOME;
}
const REFUSED_SOME = 1 / 3;

/**
 * A party of the earlier fact (a country, a body, a person) is the subject of a giving way in the
 * later one: "Iceland agreed to let …", "after Armenia agreed to send back 3.2 …".
 */
function gaveWay(earlier: IndexedFact, later: IndexedFact, kb: KnowledgeBase): boolean {
  const text = later.fact.statement.toLowerCase();
  const names = earlier.fact.entities
    .filter((id) => later.fact.entities.includes(id) && ACTORS.has(kb.entity(id)?.kind ?? ""))
    .flatMap((id) => {
      const e = kb.entity(id);
      return e ? [e.name, ...e.aliases] : [];
    })
    .map((name) => name.toLowerCase())
    .filter((name) => name.length > 1);
  if (names.length === 0) return false;
  for (const consent of text.matchAll(CONSENT_TOLD)) {
    if (namesTheSubject(text.slice(0, consent.index), names)) return true;
  }
  return false;
}

/**
 * Whether the clause that ends where an act is told opens on one of the names, as the act's
 * subject: the name's last mention stands at most a few words before the act ("after Armenia
 * agreed", "Saudi Arabia had refused").
 */
function namesTheSubject(before: string, names: readonly string[]): boolean {
  // ("Cambodia, which in March had refused to go below 8 million, agreed …": a clause set off by
  // commas between the subject and its verb is passed over.)
  const lead = (before.replace(SET_OFF_CLAUSE, "").split(/[.;,]/).at(-1) ?? "").trimEnd();
  return names.some((name) => {
    const at = lead.lastIndexOf(name);
    return at >= 0 && wordsIn(lead.slice(at + name.length)) <= SUBJECT_GAP;
  });
}

/** A relative clause set off by commas that ends right before the verb: ", which in March had refused …, ". */
const SET_OFF_CLAUSE = /,\s*(?:which|who)\b[^.;]*?,\s*$/;

const REFUSED_REACH = 10;
const REFUSED_SAID = 2 / 3;

const DENIAL = new RegExp(NEGATION.source.replace("|without", ""), "i");
/** Words of a party standing against something (language/consent.ts: verbs and nouns alike). */
const REFUSING = new RegExp(refusingWords(), "i");
const DENIAL_OR_REFUSING = new RegExp(`${DENIAL.source}|${REFUSING.source}`, "i");

/** Kinds of entity that join, leave or go back on something themselves. */
const ACTORS: ReadonlySet<string> = new Set(["country", "organization", "person"]);

/** A country, a place or a person alone: a party to many things, not the thing told of. */
const PARTY_KINDS: ReadonlySet<string> = new Set(["country", "place", "person"]);

/**
 * The question's words (not names, nor figures: "still 60 percent?" is answered by the figure
 * that took its place) the earlier account says, each with its rarity among what is told of the
 * thing ("measles" in few of the plant's facts, "vaccine" in most).
 */
function askedIn(
  plan: QueryPlan,
  earlier: IndexedFact,
  told: ReadonlySet<IndexedFact>,
): { term: QueryPlan["terms"][number]; rarity: number }[] {
  return plan.terms
    .filter((term) => term.weight >= 1 && !/\d/.test(term.word) && saysTerm(term, earlier))
    .map((term) => {
      let saying = 0;
      for (const indexed of told) if (saysTerm(term, indexed)) saying++;
      return { term, rarity: Math.log(1 + told.size / (1 + saying)) };
    });
}

/** How much of the asked words, by their rarity, a fact says too (none with nothing asked). */
function keeps(asked: ReturnType<typeof askedIn>, indexed: IndexedFact): number {
  const all = asked.reduce((sum, a) => sum + a.rarity, 0);
  const kept = asked.reduce((sum, a) => sum + (saysTerm(a.term, indexed) ? a.rarity : 0), 0);
  return all === 0 ? 0 : kept / all;
}

const saysTerm = (term: QueryPlan["terms"][number], indexed: IndexedFact) =>
  [...term.alternatives.keys()].some((stem) => indexed.terms.has(stem));

/**
 * The next account says every word of the question the last one says ("kribi", "measles",
 * "vaccine"): it goes on about the very thing asked, not about another side of its story (the
 * first doses' new year, after the cut that left measles out).
 */
export function keepsTheQuestion(plan: QueryPlan, last: IndexedFact, next: IndexedFact): boolean {
  const said = plan.terms.filter((term) => term.weight >= 1 && !/\d/.test(term.word) && saysTerm(term, last));
  // (A last account that says none of the question's words gives nothing to keep to.)
  return said.length > 0 && said.every((term) => saysTerm(term, next));
}

/**
 * The next account is of the same thing as the last: what the last is told of as its subject ("The
 * Kessel Lock will not open before March 2031") is the next one's subject too, not a thing named
 * in a modifier ("the visitor centre *of the Kessel Lock*") or after the verb ("Castel postponed its
 * plan to open a customs office *at the Kessel Lock*").
 */
export function keepsTheSubject(last: IndexedFact, next: IndexedFact, kb: KnowledgeBase): boolean {
  return last.fact.entities
    .filter((id) => isSubject(id, last, kb))
    .every((id) => next.fact.entities.includes(id) && isSubject(id, next, kb));
}

/** The entity is named before the sentence's first verb, and not inside an "of/at/for …" phrase. */
function isSubject(id: string, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  if (!opensOn(id, indexed, kb)) return false;
  const [sentence = []] = factSequences(indexed.fact);
  const [at] = mentionPositions(sentence, [id], kb).sort((a, b) => a - b);
  if (at === undefined) return false;
  let before = at - 1;
  while (before >= 0 && DETERMINERS.has(sentence[before]!.word)) before--;
  return before < 0 || !SUBJECT_MODIFIER_PREPOSITIONS.has(sentence[before]!.word);
}
const SUBJECT_MODIFIER_PREPOSITIONS: ReadonlySet<string> = new Set([
  "of",
  "at",
  "for",
  "in",
  "on",
  "near",
  "by",
  "from",
  "to",
  "with",
  "beside",
  "behind",
]);

/** How much of the asked words a later account must say when the question's own words miss it. */
const LATER_KEPT = 0.5;

/**
 * The later fact is about the same party first (its subject) and gives a figure of its own where
 * the earlier one gave a figure or a share: the same party's part, as the later article counts it.
 */
function newFigureOfTheSame(earlier: IndexedFact, later: IndexedFact): boolean {
  if (earlier.fact.entities[0] !== later.fact.entities[0]) return false;
  // (A day or a year is when, not a figure: "on 13 May 2026" gives no share to take on.)
  const was = withoutDates(earlier.fact.statement);
  if (!SHARE_OR_FIGURE.test(was)) return false;
  const before = new Set(was.match(FIGURE) ?? []);
  return (withoutDates(later.fact.statement).match(FIGURE) ?? []).some((figure) => !before.has(figure));
}

/**
 * The later fact gives the earlier fact's party (its first entity) a figure of its own, right after
 * its name, that the earlier did not have, where the earlier gave a figure or a share: "Chile will
 * receive 55 percent and Argentina 45 percent" after "Chile had demanded 60 percent", though the
 * later sentence opens with the treaty.
 */
function partysNewFigure(earlier: IndexedFact, later: IndexedFact, kb: KnowledgeBase): boolean {
  const party = earlier.fact.entities[0];
  if (party === undefined || !later.fact.entities.includes(party)) return false;
  const was = withoutDates(earlier.fact.statement);
  if (!SHARE_OR_FIGURE.test(was)) return false;
  const before = new Set(was.match(FIGURE) ?? []);
  const [sentence = []] = factSequences(later.fact);
  return mentionPositions(sentence, [party], kb).some((at) =>
    sentence
      .slice(at + 1, at + 1 + PARTYS_FIGURE_REACH)
      .some((token) => FIGURE_WORD.test(token.word) && !YEAR.test(token.word) && !before.has(token.word)),
  );
}

/** The later sentence names a year the earlier does not: the time it was moved to. */
function newYear(earlier: IndexedFact, later: IndexedFact): boolean {
  const before = new Set(earlier.fact.statement.match(YEARS) ?? []);
  return (later.fact.statement.match(YEARS) ?? []).some((year) => !before.has(year));
}
const YEARS = /\b(?:19|20)\d\d\b/g;

/** Words from a party's name to its figure ("Chile *will receive 55* percent"). */
const PARTYS_FIGURE_REACH = 3;
const FIGURE_WORD = /^\d[\d.,]*$/;
const YEAR = /^(?:19|20)\d\d$/;

const SHARE_OR_FIGURE = /\d|\b(?:half|third|quarter|fifth|tenth|twice|double)\b/i;

/**
 * A plan or a figure moved, in words other than "from … to": put off, held back, revised, or told
 * as later or earlier than it was planned, or rising or falling in the present ("rises to 530
 * million"; the past forms are `CHANGE_STATED`'s).
 */
const MOVED =
  /\b(?:postpone[sd]?|defer(?:s|red)|delay(?:s|ed)|put off|(?:pushed|moved|set|held) back|brought forward|reschedul\w+|(?:was|were|been|is|are) revised|(?:later|earlier|sooner) than (?:planned|expected|scheduled|agreed|first)|(?:rises|falls|grows|shrinks|climbs|drops) to)\b/i;

/** Saying the change outweighs any likeness: a figure told as moved is the figure now. */
const SAYS_THE_CHANGE = 1;

/** How much of the question a later account must still be about, and how like the earlier it must be. */
const LATER_COVERAGE = 0.4;
const LATER_LIKENESS = 0.3;

/** A figure said in both accounts ties them closer than any word. */
const SAME_FIGURE = 0.5;
const FIGURE = /\b\d+(?:[.,]\d+)?\b/g;

/** How much of the shorter of two sentences the other says (their content words in common). */
export function likeness(words: ReadonlySet<string>, statement: string): number {
  const theirs = contentStems(statement);
  return (
    [...theirs].filter((stem) => words.has(stem)).length / Math.max(1, Math.min(theirs.size, words.size))
  );
}

export function contentStems(statement: string): Set<string> {
  return new Set(tokenize(statement).flatMap((t) => (STOPWORDS.has(t.word) ? [] : [t.stem])));
}

export { STILL } from "./score-time.ts";
/** "The next round", "the upcoming meeting": what comes after as the store now knows it. */
export const NEXT = /\b(?:next|upcoming|forthcoming)\b/i;
/** Words of a question worded in the present ("who is …", "are 24 still planned?"), not "who led …". */
const IN_THE_PRESENT = new Set(["is", "are", "am", "does", "do", "has", "have", "still", "now", "currently"]);

/**
 * A question that sets no time of its own asks about things as they stand: not "when", not a
 * date, not "before", "former" or "next" (those are constraints of their own).
 */
export function asksAsThingsStand(read: Reading & { kind: "read" }): boolean {
  const { plan, time } = read.understanding;
  const present =
    plan.kind === "when"
      ? plannedAsItStands(read)
      : STILL.test(plan.text) ||
        time === "current" ||
        time === "present" ||
        // "How much will the park cost?": a figure planned and revised since is the plan as it
        // stands, the latest article's.
        (time === "future" && plan.quantity) ||
        (time === undefined && plan.words.some((w) => IN_THE_PRESENT.has(w)));
  return present && !read.event && askedDateIn(asOfWhen(plan.text, time)) === undefined;
}

/**
 * "How many new truck lanes will open by December?": a day a plan is to be met by is part of the
 * plan, which a later article may revise ("only two … would open by December instead of four"),
 * not the time of the account asked. Only in a question about what is to come.
 */
function asOfWhen(text: string, time: string | undefined): string {
  return time === "future" ? text.replace(DEADLINE, " ") : text;
}

const DEADLINE = new RegExp(
  String.raw`\b(?:by|before) (?:the (?:end|start|middle) of )?(?:\d{1,2}(?:st|nd|rd|th)? )?(?:${MONTHS.join("|")})\b(?: \d{1,2}\b)?(?:,? \d{4}\b)?|\b(?:by|before) (?:the end of )?\d{4}\b`,
  "gi",
);

/**
 * "When does construction start?", "until when does the agreement run?": when a plan begins or
 * ends, asked in the present, is the plan as it stands (moved since, the later article says),
 * not the day something was done ("when did they sign?").
 */
function plannedAsItStands(read: Reading & { kind: "read" }): boolean {
  const { plan, time } = read.understanding;
  return (
    // ("When does the market open now?": a time planned, asked as it now stands.)
    (time === "start" ||
      time === "end" ||
      STILL.test(plan.text) ||
      (time === "future" && plan.words.some((w) => NOW_WORDS.has(w)))) &&
    plan.words.some((w) => PLAN_TENSE.has(w)) &&
    !plan.words.some((w) => PAST_TENSE.has(w))
  );
}

const PLAN_TENSE = new Set(["is", "are", "does", "do", "will", "still", "now"]);
const NOW_WORDS = new Set(["now", "currently"]);
const PAST_TENSE = new Set(["did", "was", "were", "had"]);

/**
 * "At first", "originally", "the very first estimate": the earliest account of a story told over
 * several articles, asked alone (not set beside the later one, which is a comparison).
 */
export function asksForTheFirstAccount(read: Reading & { kind: "read" }): boolean {
  const { plan } = read.understanding;
  const text = plan.text.toLowerCase();
  return (
    (EARLIER_SIDE.test(text) || FIRST_OF_A_FIGURE.test(text)) &&
    !LATER_SIDE.test(text) &&
    !FIRST_MET.test(text) &&
    !read.event &&
    read.understanding.comparison === undefined &&
    askedDateIn(plan.text) === undefined
  );
}

/**
 * Of facts that answer the question almost equally well, the one of the earliest article, if it
 * is an account of the same thing (like enough in its words): an earlier fact about another
 * thing of the story (construction, where exports were asked) is no first account of it.
 */
export function earliestAccount(
  usable: readonly Match[],
  kb: KnowledgeBase,
  from = usable[0]!,
  plan?: QueryPlan,
  toldAsFirstLeads = true,
): Match {
  const top = usable[0]!;
  const words = contentStems(from.indexed.fact.statement);
  // "When was it first meant to start?": an earlier fact dated by its meeting says when anything
  // at that meeting happened; only one whose own sentence says the words asked that the best fact
  // says tells of the start.
  const says = (term: QueryPlan["terms"][number], stems: ReadonlySet<string>) =>
    [...term.alternatives.keys()].some((stem) => stems.has(stem));
  const asked =
    plan?.kind === "when"
      ? plan.terms.filter(
          (t) => t.weight >= 1 && !t.timeWord && says(t, contentStems(top.indexed.fact.statement)),
        )
      : [];
  // "When was it originally supposed to be signed?" answered by a fact that says so itself ("had
  // originally been due to be signed … on 18 June"), told in any article: the first account as the
  // story tells it, of the same thing.
  const toldAsFirst = usable.find(
    (m) =>
      m.coverage >= top.coverage - SAME_ANSWER_MARGIN &&
      answers(m) &&
      TOLD_AS_FIRST.test(m.indexed.fact.statement) &&
      asked.every((term) => says(term, contentStems(m.indexed.fact.statement))) &&
      likeness(words, m.indexed.fact.statement) >= LATER_LIKENESS,
  );
  if (plan?.kind === "when" && toldAsFirst && toldAsFirstLeads) return toldAsFirst;
  let earliest = from;
  for (const m of usable) {
    if (m.coverage < top.coverage - SAME_ANSWER_MARGIN) break;
    if (asked.length > 0 && !asked.every((term) => says(term, contentStems(m.indexed.fact.statement))))
      continue;
    if (m.indexed.fact.source === from.indexed.fact.source || reportedOn(m, kb) >= reportedOn(earliest, kb))
      continue;
    if (likeness(words, m.indexed.fact.statement) >= LATER_LIKENESS) earliest = m;
  }
  return earliest;
}

/** A sentence that says its account is the first one: "had originally been due", "was initially set". */
const TOLD_AS_FIRST = /\b(?:originally|initially|at first|first (?:planned|scheduled|set|due|meant))\b/i;

/**
 * A question that picks one article's account by its time ("now", "still", "at first") is decided
 * by it: another article's account of the same thing is no rival.
 */
export function pickedByTime(read: Reading & { kind: "read" }): boolean {
  const text = read.understanding.plan.text.toLowerCase();
  return (STILL.test(text) || LATER_SIDE.test(text) || asksForTheFirstAccount(read)) && !read.event;
}

/**
 * "How much does the line cost now?" where the newest account of it found is overtaken by a later
 * article that takes its figure on ("rose again, from 285 million to 320 million"): that later
 * fact about the same thing (not a country alone), however few of the question's words it repeats
 * ("the line"), and so on down the story.
 */
export function takenOnLater(
  top: Match,
  kb: KnowledgeBase,
  /** A plan of several figures ("3,000 visas, 2,200 for the cane harvest") is taken on from any of them. */
  ofAnyFigure = false,
): Match {
  let current = top;
  for (let step = 0; step < MAX_RETELLINGS; step++) {
    const statement = current.indexed.fact.statement;
    const final = finalFigure(statement);
    const figures = final ? [final] : ofAnyFigure ? (statement.match(AMOUNT) ?? []).map(normalFigure) : [];
    if (figures.length === 0) break;
    const figure = (said: string | undefined) => said !== undefined && figures.includes(said);
    const day = reportedOn(current, kb);
    const next = aboutTheSameThing(
      current,
      kb,
      (indexed, reported) => reported > day && figure(changeFrom(indexed.fact.statement)),
    );
    if (!next) break;
    current = { indexed: next, coverage: top.coverage, rank: top.rank };
  }
  return current;
}

/**
 * A question that sets no time of its own asks about the story as it stands, whatever its tense:
 * "how much is the housing fund?", "what did the bank lend?", "who runs the bank?". Not one that
 * sets a date, a meeting, a span, "before", "at first", "back then", or sets two accounts side by
 * side; nor a when-question (the day something was done is no revision of another day).
 */
export function setsNoTime(read: Reading & { kind: "read" }, kb: KnowledgeBase): boolean {
  const { plan, time, comparison, aroundMeeting, spanFrom } = read.understanding;
  if (read.event || comparison || aroundMeeting || spanFrom || read.earlierOnly) return false;
  if (time !== undefined && time !== "present" && time !== "current") return false;
  if (plan.kind === "when" || plan.kind === "why") return false;
  const text = plan.text.toLowerCase();
  // "Who represented Bulgaria at the Kyustendil talks?": a meeting, or a place where one was held,
  // sets the time of its own.
  if (AT_A_MEETING.test(text)) return false;
  // "What made the line climb to 285 million euros?": a figure the question names is the account asked.
  if (/\d/.test(text)) return false;
  if (plan.mentions.some((m) => m.entityIds.some((id) => SETTING_KINDS.has(kb.entity(id)?.kind ?? ""))))
    return false;
  return !PAST_SET.test(text) && askedDateIn(plan.text) === undefined && !asksForTheFirstAccount(read);
}

/**
 * The question asks for no earlier state of its story: no outlet, meeting, span, date, figure of
 * its own, "at first", "back then" or "before". Unlike `setsNoTime`, "when" is asked of the story as
 * it stands too ("when will the review be held?" after a later article moved it), and so is the
 * future (a plan a later article revised is no plan any more).
 */
export function asksNoEarlierState(read: Reading & { kind: "read" }): boolean {
  const { plan, time, comparison, aroundMeeting, spanFrom, sources } = read.understanding;
  if (read.event || comparison || aroundMeeting || spanFrom || read.earlierOnly || sources) return false;
  if (time !== undefined && time !== "present" && time !== "current" && time !== "future") return false;
  const text = plan.text.toLowerCase();
  if (/\d/.test(text) || A_MEETING_SETS.test(text)) return false;
  return !PAST_SET.test(text) && askedDateIn(plan.text) === undefined && !asksForTheFirstAccount(read);
}

const AT_A_MEETING = new RegExp(`\\b(?:${MEETING_NOUN_PATTERN})\\b`);
/** A meeting set as the time ("at the Kathmandu signing", "during the talks"), not an act ("actually signing"). */
const A_MEETING_SETS = new RegExp(
  `\\b(?:at|during|after|since|before|from|in|by)\\s+(?:[\\w'’-]+\\s+){0,4}?(?:${MEETING_NOUN_PATTERN})\\b`,
);
/** What names a meeting: the meeting itself, or the place it was held. */
const SETTING_KINDS: ReadonlySet<string> = new Set(["event", "place"]);

/** Words that set the question in an earlier time of the story ("back then", "originally", "the first …"). */
const PAST_SET =
  /\b(?:back then|at the time|at that time|in those days|previously|earlier|used to|before|originally|initially|at first|first|original|initial|formerly|former|once)\b/;

/**
 * "How much is the housing fund?" found "the fund would hold US$120 million": a later article's
 * fact about the same thing that tells its figure anew stands in its place, and so on down the
 * story. Anew is "raised from 80 to 100" (the figure taken on), a change of size told in any verb
 * WordNet files under "increase" or "decrease" ("enlarging it to US$150 million", "raised its
 * share to US$100 million") with a figure of the kind the earlier gave and the question asks for
 * (a sum, a share, a count), or a figure given where the earlier said it was not yet set ("the
 * interest rate had not yet been set" → "lent … at 1.25 percent"). The later fact must be like
 * the earlier in its words and still about what was asked; several statements of one thing that
 * change nothing ("would consider a second loan") are no revision of it.
 */
export function figureSince(
  top: Match,
  usable: readonly Match[],
  plan: QueryPlan,
  kb: KnowledgeBase,
  /** A later figure must pass this too (see verify.ts, `sameParty`). */
  ofTheSameParty?: (indexed: IndexedFact) => boolean,
): Match {
  const coverage = new Map(usable.map((m) => [m.indexed, m.coverage]));
  let current = top;
  for (let step = 0; step < MAX_RETELLINGS; step++) {
    const day = reportedOn(current, kb);
    const words = contentStems(current.indexed.fact.statement);
    const things = current.indexed.fact.entities.filter((id) => !PARTY_KINDS.has(kb.entity(id)?.kind ?? ""));
    const told = new Set(things.flatMap((id) => [...kb.factsAbout(id)]));
    // ("Money" is said by a sum in a currency, not in so many words.)
    const asked = askedIn(plan, current.indexed, told).filter((a) => !isMoneyNoun(a.term.word));
    let best: Match | undefined;
    let bestScore = 0;
    for (const indexed of told) {
      if ((kb.source(indexed.fact.source)?.date ?? "") <= day || retellsUpTo(indexed, day, kb)) continue;
      const shared = likeness(words, indexed.fact.statement);
      if (shared < LATER_LIKENESS) continue;
      const covered = coverage.get(indexed) ?? 0;
      // (With no word asked but the thing's name, the thing in common is what was asked.)
      if (covered < LATER_COVERAGE && asked.length > 0 && keeps(asked, indexed) < LATER_KEPT) continue;
      if (!overtakesFigure(current.indexed, indexed, plan)) continue;
      if (ofTheSameParty && !ofTheSameParty(indexed)) continue;
      const score = shared + covered;
      if (score > bestScore) {
        best = { indexed, coverage: top.coverage, rank: top.rank };
        bestScore = score;
      }
    }
    if (!best) break;
    current = best;
  }
  return current;
}

/**
 * An earlier article's fact whose figure `later` tells anew (see `figureSince`): an account the
 * story has left behind, no rival to the one that stands.
 */
export function figureOvertaken(
  earlier: Match,
  later: IndexedFact,
  plan: QueryPlan,
  kb: KnowledgeBase,
): boolean {
  if (reportedOn(earlier, kb) >= (kb.source(later.fact.source)?.date ?? "")) return false;
  const things = earlier.indexed.fact.entities.filter((id) => !PARTY_KINDS.has(kb.entity(id)?.kind ?? ""));
  if (!things.some((id) => later.fact.entities.includes(id))) return false;
  if (likeness(contentStems(earlier.indexed.fact.statement), later.fact.statement) < LATER_LIKENESS)
    return false;
  return overtakesFigure(earlier.indexed, later, plan);
}

/** The later fact tells the earlier one's figure anew (see `figureSince`). */
function overtakesFigure(earlier: IndexedFact, later: IndexedFact, plan: QueryPlan): boolean {
  const was = earlier.fact.statement;
  const now = later.fact.statement;
  const final = finalFigure(was);
  if (final !== undefined && changeFrom(now) === final) return true;
  const asked = kindsAsked(plan);
  const before = figureKinds(was);
  const after = figureKinds(now);
  const known = new Set(withoutDates(was).match(FIGURE) ?? []);
  const fresh = (withoutDates(now).match(FIGURE) ?? []).some((figure) => !known.has(figure));
  if (!fresh || partOfAnother(earlier, later, plan)) return false;
  const fits = (kind: FigureKind) => after.has(kind) && (!asked || asked.has(kind));
  // "The interest rate had not yet been set" → "lent at 1.25 percent": any figure of the kind asked.
  if (NOT_YET_SET.test(was) && before.size === 0) return [...after].some(fits);
  // "Italy offered to pay 40 percent of the cost" → "Italy raised its grant from 6 million to 7.5
  // million euros": the same party's figure for the same thing, told anew in its own terms.
  if (newFigureOfTheSame(earlier, later) && [...after].some(fits)) return true;
  if (
    !(
      CHANGE_STATED.test(now) || tokenize(now).some((t) => !STOPWORDS.has(t.word) && isVerbOfResizing(t.word))
    )
  )
    return false;
  return [...before].some(fits);
}

/**
 * The later fact tells a figure as a part of another thing than the earlier measured: "the fund
 * would hold US$120 million" is not told anew by the fund's "paying up to 90 percent of the extra
 * cost", nor "Cameroon will put 90 million euros into the plant" by "the remaining 16 million
 * euros of the plant's cost increase". The thing a part is of is the head noun after its "of"
 * ("cost", "increase"); it must be one the earlier fact or the question says.
 */
function partOfAnother(earlier: IndexedFact, later: IndexedFact, plan: QueryPlan): boolean {
  return partOfOther(later, wordsSaid(earlier, plan));
}

/** What the earlier fact and the question say, a part's head noun among them being no other thing. */
function wordsSaid(earlier: IndexedFact, plan: QueryPlan): ReadonlySet<string> {
  return new Set([
    ...contentStems(earlier.fact.statement),
    ...plan.terms.flatMap((t) => [...t.alternatives.keys()]),
  ]);
}

function partOfOther(later: IndexedFact, said: ReadonlySet<string>): boolean {
  return partsOf(later.fact.statement).some((head) => !said.has(head));
}

/** "90 percent of the extra cost", "16 million euros of the plant's cost increase" → "cost", "increase". */
function partsOf(statement: string): string[] {
  const tokens = tokenize(withoutDates(statement));
  const units = currencyUnits();
  const heads: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\d/.test(tokens[i]!.word)) continue;
    let at = i + 1;
    while (
      SCALES.has(tokens[at]?.word ?? "") ||
      units.has(tokens[at]?.word ?? "") ||
      SHARE_UNITS.has(tokens[at]?.word ?? "")
    )
      at++;
    if (tokens[at]?.word !== "of") continue;
    at++;
    while (PHRASE_OPENERS.has(tokens[at]?.word ?? "")) at++;
    let head: string | undefined;
    for (; tokens[at] && !STOPWORDS.has(tokens[at]!.word) && !/^\d/.test(tokens[at]!.word); at++)
      head = tokens[at]!.stem;
    if (head) heads.push(head);
  }
  return heads;
}

const SHARE_UNITS = new Set(["percent", "%", "per", "cent"]);
/** The words that open a noun phrase before its own words ("of the …", "of its …", "of these …"). */
const PHRASE_OPENERS: ReadonlySet<string> = new Set([...DETERMINERS, ...PLURAL_DETERMINERS]);

type FigureKind = "sum" | "share" | "count";

/** The kinds of figure a sentence gives: a sum of money, a share (a percentage), a count of things. */
function figureKinds(statement: string): Set<FigureKind> {
  const kinds = new Set<FigureKind>();
  const bare = withoutDates(statement);
  if (SIGNED_SUM.test(bare)) kinds.add("sum");
  const tokens = tokenize(bare.replace(SIGNED_SUM_ALL, " "));
  const units = currencyUnits();
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\d/.test(tokens[i]!.word)) continue;
    let at = i + 1;
    while (SCALES.has(tokens[at]?.word ?? "")) at++;
    const unit = tokens[at]?.word ?? "";
    const share = unit === "percent" || unit === "%" || (unit === "per" && tokens[at + 1]?.word === "cent");
    kinds.add(units.has(unit) ? "sum" : share ? "share" : "count");
  }
  if (PERCENTAGE.test(bare)) kinds.add("share");
  return kinds;
}

const SCALES = new Set(["thousand", "million", "billion", "trillion", "us"]);

/** "How much" asks for a sum or a share, "how many" for a count; other questions for any figure. */
function kindsAsked(plan: QueryPlan): ReadonlySet<FigureKind> | undefined {
  if (asksHowMuch(plan)) return new Set<FigureKind>(["sum", "share"]);
  if (plan.words.some((word, i) => word === "how" && plan.words[i + 1] === "many"))
    return new Set<FigureKind>(["count"]);
  return undefined;
}

const SIGNED_SUM = /[$€£¥]\s?\d/;
const SIGNED_SUM_ALL = /[$€£¥]\s?\d[\d,.]*(?: (?:million|billion|thousand))?/g;
const PERCENTAGE = /\d\s*(?:%|percent\b|per cent\b)/i;
/** "Had not yet been set", "was not decided", "is still to be agreed": a value the article did not have. */
export const NOT_YET_SET =
  /\b(?:not (?:yet )?(?:been )?(?:set|fixed|decided|agreed|named|chosen|announced|determined)|(?:yet|still) to be (?:set|fixed|decided|agreed|named|chosen|announced|determined)|undecided)\b/i;

/**
 * "How many vessels are in the pool now, and at first?" found "shrinks from 24 to 19": the figure
 * it changes from was told by an earlier article as one it reached ("grows from 18 to 24"), and
 * so on back along the story; the first of those tells what it was at first.
 */
export function takenOnFrom(top: Match, kb: KnowledgeBase): Match {
  let current = top;
  for (let step = 0; step < MAX_RETELLINGS; step++) {
    const from = changeFrom(current.indexed.fact.statement);
    if (from === undefined) break;
    const day = reportedOn(current, kb);
    const previous = aboutTheSameThing(
      current,
      kb,
      (indexed, reported) => reported < day && finalFigure(indexed.fact.statement) === from,
    );
    if (!previous) break;
    current = { indexed: previous, coverage: top.coverage, rank: top.rank };
  }
  return current;
}

/**
 * A fact about the same thing as `current` (through one of its entities that is not a country
 * alone) that `fits`, given the day its article was reported.
 */
function aboutTheSameThing(
  current: Match,
  kb: KnowledgeBase,
  fits: (indexed: IndexedFact, reported: string) => boolean,
): IndexedFact | undefined {
  for (const id of current.indexed.fact.entities) {
    if (kb.entity(id)?.kind === "country") continue;
    for (const indexed of kb.factsAbout(id))
      if (fits(indexed, kb.source(indexed.fact.source)?.date ?? "")) return indexed;
  }
  return undefined;
}

/** How many times a figure may be taken on in one story. */
const MAX_RETELLINGS = 4;

/** "From 240 million to 285 million" → "285 million"; a sentence of one figure → that figure. */
function finalFigure(statement: string): string | undefined {
  const change = figureChange(statement);
  if (change) return change.to;
  const figures = statement.match(AMOUNT) ?? [];
  return figures.length === 1 ? normalFigure(figures[0]!) : undefined;
}

/** The fact tells a figure's change ("rose from 240 million to 285 million"). */
export function takesOn(m: Match): boolean {
  return changeFrom(m.indexed.fact.statement) !== undefined;
}

/**
 * `later` tells the change of the first figure `earlier` gives (its whole, before the parts that
 * follow it), or `earlier` gives one figure only.
 */
export function takesOnTheFirstFigure(later: Match, earlier: Match): boolean {
  const from = changeFrom(later.indexed.fact.statement);
  if (from === undefined) return false;
  const [first] = (withoutDates(earlier.indexed.fact.statement).match(AMOUNT) ?? []).map(normalFigure);
  return first === undefined || from === first;
}

/** The change a later fact tells is of a thing the question names in one of its words. */
export function changeOfWordsAsked(m: Match, plan: QueryPlan): boolean {
  const lead = figureChange(m.indexed.fact.statement)?.lead;
  if (!lead) return false;
  const stems = new Set(tokenize(lead).map((t) => t.stem));
  return plan.terms.some(
    (t) => t.weight >= 1 && !t.timeWord && [...t.alternatives.keys()].some((stem) => stems.has(stem)),
  );
}

function changeFrom(statement: string): string | undefined {
  return figureChange(statement)?.from;
}

/**
 * "What licence fee did Venezuela ask in March? — and now?" of "offered 90 licences and asked for a
 * fee of 1,200 dollars": of the later facts about the same thing that take one of its figures on,
 * the one whose change names most of the question's words before it ("cut the licence fee from
 * 1,200 to 400", not "raised its offer from 90 to 120 licences"), if one names more than any other
 * and more than `beaten` does; then down the story from it.
 */
export function askedFigureTakenOn(
  earlier: Match,
  plan: QueryPlan,
  kb: KnowledgeBase,
  beaten: Match,
): Match | undefined {
  const figures = new Set(
    (withoutDates(earlier.indexed.fact.statement).match(AMOUNT) ?? []).map(normalFigure),
  );
  const day = reportedOn(earlier, kb);
  const named = (statement: string) => {
    const change = figureChange(statement);
    if (!change) return 0;
    const stems = new Set(tokenize(change.lead).map((t) => t.stem));
    return plan.terms.filter(
      (t) => t.weight >= 1 && !t.timeWord && [...t.alternatives.keys()].some((stem) => stems.has(stem)),
    ).length;
  };
  const scored = new Map<IndexedFact, number>();
  // (A fact of the parties alone, "Venezuela asked for a fee of 1,200 dollars", is followed through
  // the later facts that name every one of them.)
  const own = earlier.indexed.fact.entities;
  const things = own.filter((id) => kb.entity(id)?.kind !== "country");
  const through = things.length > 0 ? things : own.slice(0, 1);
  for (const id of through) {
    for (const indexed of kb.factsAbout(id)) {
      if ((kb.source(indexed.fact.source)?.date ?? "") <= day || scored.has(indexed)) continue;
      if (things.length === 0 && !own.every((party) => indexed.fact.entities.includes(party))) continue;
      const from = changeFrom(indexed.fact.statement);
      if (from !== undefined && figures.has(from)) scored.set(indexed, named(indexed.fact.statement));
    }
  }
  const ranked = [...scored].sort((a, b) => b[1] - a[1]);
  const [best, next] = ranked;
  if (!best || best[1] === 0 || (next && next[1] === best[1])) return undefined;
  if (best[1] <= named(beaten.indexed.fact.statement)) return undefined;
  return takenOnLater({ indexed: best[0], coverage: earlier.coverage, rank: earlier.rank }, kb);
}

/**
 * A story told over several articles changes: a minister replaced, the stations raised from 24
 * to 30. Among facts that answer the question almost equally well, the later article's account
 * comes first ("who is the Kyrgyz emergency minister?" after a reshuffle); a fact of the same
 * article keeps its rank.
 */
export function newestAccount(
  usable: readonly Match[],
  kb: KnowledgeBase,
  ofTheSameThing?: QueryPlan,
  /** A later account must pass this too (see verify.ts, `sameParty`). */
  ofTheSameParty?: (indexed: IndexedFact) => boolean,
): Match {
  const top = usable[0]!;
  // (With no time asked, only an account like the best one in its words is one of the same thing:
  // "would consider a second loan of up to US$50 million" is no later size of the fund; nor one
  // whose figure is a part of another thing, "up to 90 percent of the extra cost".)
  let words: Set<string> | undefined;
  let said: ReadonlySet<string> | undefined;
  let newest = top;
  for (const m of usable) {
    if (m.coverage < top.coverage - SAME_ANSWER_MARGIN) break;
    // Only another article's later account can be the newest: its words are read (tokenised, for
    // each of the many facts near the top of a common-word question) only for such an account.
    if (m.indexed.fact.source === top.indexed.fact.source || reportedOn(m, kb) <= reportedOn(newest, kb))
      continue;
    // "North Macedonia will apply the ban on its part of Great Prespa one year later" tells of one
    // party's part, not of the whole the best fact speaks of.
    if (ofOnePart(m.indexed.fact.statement) && !ofOnePart(top.indexed.fact.statement)) continue;
    // Another story's account is no later account of this one ("construction of the desalination
    // plant is planned from 2027" of a plant two other countries build).
    if (ofAnotherStory(top, m, kb)) continue;
    if (ofTheSameParty && !ofTheSameParty(m.indexed)) continue;
    if (ofTheSameThing) {
      words ??= contentStems(top.indexed.fact.statement);
      if (likeness(words, m.indexed.fact.statement) < LATER_LIKENESS) continue;
      said ??= wordsSaid(top.indexed, ofTheSameThing);
      if (partOfOther(m.indexed, said)) continue;
    }
    newest = m;
  }
  return newest;
}

/**
 * "How many boundary pillars were there in February, and now?" found June's "249 boundary pillars
 * had been placed": October's "the border had been marked with 263 pillars" counts the same thing
 * anew and is the newest account, though it takes no figure on ("from 249 to 263"). A later
 * article's fact that answers as well, is like the account in its words, gives a figure it does
 * not, and counts by a word it counts by (pillars), not a part of another thing
 * ("524 of the border's 538 kilometres"); the newest of those.
 */
export function newestCountOf(now: Match, usable: readonly Match[], kb: KnowledgeBase): Match {
  const top = usable[0];
  if (!top) return now;
  const words = contentStems(now.indexed.fact.statement);
  const counted = countedBy(now.indexed.fact.statement);
  if (counted.size === 0) return now;
  const known = new Set((withoutDates(now.indexed.fact.statement).match(AMOUNT) ?? []).map(normalFigure));
  const day = reportedOn(now, kb);
  let newest = now;
  for (const m of usable) {
    if (m.coverage < top.coverage - SAME_ANSWER_MARGIN) break;
    if (reportedOn(m, kb) <= reportedOn(newest, kb) || retellsUpTo(m.indexed, day, kb)) continue;
    if (ofAnotherStory(now, m, kb) || ofOnePart(m.indexed.fact.statement)) continue;
    const statement = m.indexed.fact.statement;
    const figures = (withoutDates(statement).match(AMOUNT) ?? []).map(normalFigure);
    if (!figures.some((f) => !known.has(f))) continue;
    if (![...countedBy(statement)].some((stem) => counted.has(stem))) continue;
    if (partOfOther(m.indexed, words)) continue;
    if (likeness(words, statement) < LATER_LIKENESS) continue;
    newest = m;
  }
  return newest;
}

/** The words a sentence's figures count by, "249 boundary pillars" → boundary, pillar; a sum's none. */
function countedBy(statement: string): Set<string> {
  const tokens = tokenize(withoutDates(statement));
  const units = currencyUnits();
  const stems = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    if (!/^\d/.test(tokens[i]!.word)) continue;
    let at = i + 1;
    while (SCALES.has(tokens[at]?.word ?? "")) at++;
    // (A sum counts by its currency, which any other sum of the story shares: a pier's cost is
    // no later account of the whole ferry's.)
    if (units.has(tokens[at]?.word ?? "")) continue;
    for (let n = 0; n < COUNTED_WORDS && tokens[at]; n++, at++) {
      const word = tokens[at]!.word;
      if (STOPWORDS.has(word) || /^\d/.test(word)) break;
      stems.add(tokens[at]!.stem);
    }
  }
  return stems;
}
/** How many words after a figure name what it counts ("concrete boundary pillars"). */
const COUNTED_WORDS = 3;

/**
 * Both facts are told at meetings, the later one names nothing the best one names, and its meeting
 * is neither the best one's nor one of its story (meetings that share two participants and two
 * topics).
 */
function ofAnotherStory(top: Match, later: Match, kb: KnowledgeBase): boolean {
  const own = top.indexed.fact.event ? kb.event(top.indexed.fact.event) : undefined;
  const theirs = later.indexed.fact.event;
  if (!own || !theirs || theirs === own.id) return false;
  if (later.indexed.fact.entities.some((id) => top.indexed.fact.entities.includes(id))) return false;
  return inStoryWith(own, kb, (other) => other.id === theirs).length === 0;
}

/** "On its part of the lake", "on their side of the border": what one party does of a shared thing. */
const ONE_PART = /\b(?:its|their|his|her) (?:own )?(?:part|parts|side|section|stretch|portion)\b/i;
function ofOnePart(statement: string): boolean {
  return ONE_PART.test(statement);
}

/**
 * "When is the next round?" asks for the next one as the latest article sees it: a plan an earlier
 * article gave for a month a later article of the same answers has reached ("planned for
 * September 2026", reported on again on 24 September) has happened or lapsed since, and is
 * left out while another fact answers.
 */
export function withoutOvertaken(usable: Match[], floor: number, kb: KnowledgeBase): Match[] {
  const answering = usable.filter((m) => answers(m, floor));
  const latest =
    answering
      .map((m) => reportedOn(m, kb))
      .sort()
      .at(-1) ?? "";
  const overtaken = (m: Match) => {
    const planned = plannedMonth(m.indexed.fact.statement);
    return planned !== undefined && reportedOn(m, kb) < latest && planned <= latest.slice(0, 7);
  };
  const current = usable.filter((m) => !overtaken(m));
  return current.some((m) => answers(m, floor)) ? current : usable;
}

/** "planned for September 2026" -> "2026-09"; a year alone is its last month. */
function plannedMonth(statement: string): string | undefined {
  const dated = MONTH_YEAR.exec(statement);
  if (dated) {
    const month = MONTHS.findIndex((name) => name.toLowerCase() === dated[1]!.toLowerCase()) + 1;
    return `${dated[2]}-${String(month).padStart(2, "0")}`;
  }
  const year = /\b(?:in|by|for|during) ((?:19|20)\d\d)\b/.exec(statement)?.[1];
  return year ? `${year}-12` : undefined;
}

const MONTH_YEAR = new RegExp(`\\b(${MONTHS.join("|")}) ((?:19|20)\\d\\d)\\b`, "i");

const COUNTING: readonly string[] = ORDINAL_WORDS;
const ORDINAL_OF = new RegExp(`^(?:${MEETING_NOUN_PATTERN})$`);

/** "The fourth round", "the second meeting": an ordinal before a word for a meeting. */
export function askedOrdinal(words: readonly string[]): { word: string; noun: string } | undefined {
  for (const [i, word] of words.entries()) {
    const noun = words[i + 1] ?? "";
    if (COUNTING.includes(word) && ORDINAL_OF.test(noun)) return { word, noun };
  }
  return undefined;
}

/**
 * The meetings the question may mean are numbered in their titles ("Second round of …"), and none
 * has the number asked: numbering in use, and that one not among them.
 */
export function noSuchOrdinal(ordinal: { word: string }, events: readonly Event[]): boolean {
  const numbered = events.filter((event) => COUNTING.some((word) => titleHas(event, word)));
  return numbered.length > 0 && !numbered.some((event) => titleHas(event, ordinal.word));
}

/**
 * "What happened at the fifth round of the truck toll talks?" of a story of one meeting whose
 * titles number nothing: the story has fewer meetings than the number asked, and none of its
 * articles counts a meeting so ("the second round" in a fact), so that round is not in the store.
 */
export function beyondTheStory(ordinal: { word: string }, event: Event, kb: KnowledgeBase): boolean {
  const nth = COUNTING.indexOf(ordinal.word) + 1;
  const story = storyMeetings(event, kb);
  if (nth <= story.length) return false;
  if (story.some((meeting) => COUNTING.some((word) => titleHas(meeting, word)))) return false;
  const counted = new RegExp(`\\b${ordinal.word}\\b`, "i");
  return !story.some((meeting) =>
    [...kb.factsOfEventVisible(meeting.id)].some((indexed) => counted.test(indexed.fact.statement)),
  );
}

/** The sentence counts the noun by another number ("the second round"), never by the one asked. */
export function countsAnother(statement: string, ordinal: { word: string; noun: string }): boolean {
  const counts = ordinalsBefore(statement, ordinal.noun);
  return counts.some((word) => COUNTING.includes(word)) && !counts.includes(ordinal.word);
}

/**
 * The words that count the noun in the sentence: "the second round", and the number before "and
 * final" or "and last" ("the third and final round" counts the round third, not "final").
 */
function ordinalsBefore(statement: string, noun: string): string[] {
  return [
    ...statement.toLowerCase().matchAll(new RegExp(`\\b(\\p{L}+)(?: and (?:final|last))? ${noun}\\b`, "gu")),
  ].map((match) => match[1]!);
}

function titleHas(event: Event, word: string): boolean {
  return new RegExp(`\\b${word}\\b`, "i").test(event.title);
}

/**
 * "Who chaired the third round of the talks?": the meeting counted is the one whose title has
 * that number, where the facts found belong to such a meeting; the facts of the story's other
 * meetings (the second round's plan "to hold a third round") are about another meeting. Facts of
 * no meeting stay. Unchanged when no meeting found has that number in its title.
 */
export function ofTheCountedMeeting(found: Match[], words: readonly string[], kb: KnowledgeBase): Match[] {
  const ordinal = askedOrdinal(words);
  if (!ordinal) return found;
  // "The second round of Malacca oil spill talks, chaired by …" is no answer about the third one,
  // whatever words its meeting lends it.
  const usable = found.filter((m) => !countsAnother(m.indexed.fact.statement, ordinal));
  const counted = new Set<string>();
  for (const m of usable) {
    const id = m.indexed.fact.event;
    const event = id && !counted.has(id) && answers(m, LOWEST_FLOOR) ? kb.event(id) : undefined;
    if (event && titleHas(event, ordinal.word)) counted.add(event.id);
  }
  if (counted.size === 0) return usable;
  return usable.filter((m) => m.indexed.fact.event === undefined || counted.has(m.indexed.fact.event));
}

/**
 * "Who chaired each round?": the question asked of every meeting of the story its best fact is
 * from (two participants and two topics in common), or, where it names meetings by their places
 * or titles ("at Khujand and who at Osh"), of those; each meeting answered by its own best fact
 * that answers at all. Undefined when fewer than two meetings have one: no story to go through.
 */
export function eachMeeting(
  plan: QueryPlan,
  usable: readonly Match[],
  kb: KnowledgeBase,
): { events: Event[]; matches: (Match | undefined)[] } | undefined {
  const first = usable.find((m) => m.indexed.fact.event !== undefined && answers(m, LOWEST_FLOOR));
  const anchor = first?.indexed.fact.event ? kb.event(first.indexed.fact.event) : undefined;
  if (!anchor) return undefined;
  let events = [anchor, ...inStoryWith(anchor, kb, () => true)].sort((a, b) => a.date.localeCompare(b.date));
  const named = plan.mentions
    .filter((m) => m.entityIds.some((id) => MEETING_KINDS.has(kb.entity(id)?.kind ?? "")))
    .map((m) => m.text.toLowerCase());
  const asked = events.filter((event) =>
    named.some((text) => `${event.title} ${event.place ?? ""}`.toLowerCase().includes(text)),
  );
  if (asked.length >= 2) events = asked;
  const matches = events.map((event) => {
    const found = usable.filter((m) => m.indexed.fact.event === event.id && answers(m, LOWEST_FLOOR));
    return saidOf(event, found, plan, named, kb) ?? found[0];
  });
  return matches.filter(Boolean).length >= 2 ? { events, matches } : undefined;
}

/**
 * Within one meeting of the story, the words of the story ("the Malacca oil spill talks") are
 * the meeting's own title and topics: what is asked of it is the rest ("chaired"). Its first fact
 * whose own sentence says all of the rest, and names whoever else the question names, answers for
 * it, however little of the story's words it repeats ("… closed a one-day third round chaired by
 * Rachel Teo").
 */
function saidOf(
  event: Event,
  found: readonly Match[],
  plan: QueryPlan,
  meetings: readonly string[],
  kb: KnowledgeBase,
): Match | undefined {
  const own = new Set(
    tokenize(`${event.title} ${event.place ?? ""} ${event.topics.join(" ")}`).map((t) => t.stem),
  );
  // ("Negotiations" is a word for the meeting itself, whatever its title calls it.)
  const asked = plan.terms.filter(
    (t) =>
      t.weight >= 1 &&
      !MEETING_WORDS.has(t.word) &&
      ![...t.alternatives.keys()].some((stem) => own.has(stem)),
  );
  const others = plan.mentions.filter((m) => !meetings.includes(m.text.toLowerCase()));
  if (asked.length === 0) return undefined;
  const says = (indexed: IndexedFact) =>
    asked.every((t) =>
      [...t.alternatives].some(([stem, strength]) => strength >= 1 && indexed.terms.get(stem) === 1),
    ) && others.every((m) => m.entityIds.some((id) => indexed.fact.entities.includes(id)));
  // Those weighed first, best first; then the meeting's other facts, in the article's order.
  const weighed = found.find((m) => says(m.indexed));
  if (weighed) return weighed;
  for (const indexed of kb.factsOfEventVisible(event.id)) {
    if (says(indexed)) return { indexed, coverage: LOWEST_FLOOR, rank: LOWEST_FLOOR };
  }
  return undefined;
}

/** What names a meeting in "at Khujand and who at Osh": its place, or the meeting itself. */
const MEETING_KINDS = new Set(["place", "event"]);

/**
 * "Is Equatorial Guinea still part of the plant?": the later account tells a change of the state
 * asked, not merely something newer. Its change ("pulled out", "no longer", "settled", "dropped")
 * is told of the party the question names, standing just before it ("Equatorial Guinea pulled
 * out", "Tonga no longer asks"); or, where the question names no party, of the thing asked, a word
 * of the question next to the change ("settled the dispute" for "still disputed?"). A figure's
 * change ("rose from … to …") counts only where the question asks a figure. ("A budget without
 * Iceland" tells no change of Iceland's.)
 */
export function tellsChangeAsked(plan: QueryPlan, statement: string, kb: KnowledgeBase): boolean {
  const text = statement.toLowerCase();
  // (A bank or a college goes back on things as a country does: "the AIB withdrew its loan".)
  const parties = plan.mentions.filter((m) =>
    m.entityIds.some((id) => CHANGING_KINDS.has(kb.entity(id)?.kind ?? "")),
  );
  const names = parties
    .flatMap((m) => [
      m.text,
      ...m.entityIds.flatMap((id) => {
        const e = kb.entity(id);
        return e ? [e.name, ...e.aliases] : [];
      }),
    ])
    .map((n) => n.toLowerCase())
    .filter((n) => n.length > 1);
  const asksFigure = /\d/.test(plan.text);
  const figuresAsked = (plan.text.match(FIGURE) ?? []).map((figure) => figure.replace(/,/g, ""));
  const stems = new Set(
    plan.terms
      .filter((t) => !t.timeWord && !STOPWORDS.has(t.word))
      .flatMap((t) => [stemOf(t.word), ...t.alternatives.keys()]),
  );
  // (A thing the question names, "the Dunmore steel plant", is a thing asked of by its name's words.)
  for (const mention of plan.mentions) {
    if (mention.entityIds.some((id) => CHANGING_KINDS.has(kb.entity(id)?.kind ?? ""))) continue;
    for (const id of mention.entityIds) {
      for (const token of tokenize(kb.entity(id)?.name ?? ""))
        if (!STOPWORDS.has(token.word)) stems.add(token.stem);
    }
  }
  // "Is Armenia still refusing to go above 3 kWh?": a refusal asked of a party is changed by that
  // party's giving way ("after Armenia agreed to send back 3.2"), told of it as its subject.
  if (STILL_REFUSING_ASKED.test(plan.text) && names.length > 0) {
    for (const consent of text.matchAll(CONSENT_TOLD)) {
      if (namesTheSubject(text.slice(0, consent.index), names)) return true;
    }
  }
  // "Is the price of the Georgian power still disputed?": the question's subject is a thing the
  // party is only said of, and the change may be told of the thing ("the dispute over the price
  // was settled"), the party named anywhere in the sentence.
  const ofAThing = subjectIsAThing(plan) && names.some((name) => text.includes(name));
  for (const change of text.matchAll(CHANGE_TOLD)) {
    if (!asksFigure && !STATE_CHANGE.test(change[0])) continue;
    const clause = text.slice(0, change.index).split(/[.;,]/).at(-1) ?? "";
    // "Will now send 14 doctors instead of 18" for "still sending 18?": the figure asked is the
    // side the change left, and the party asked opens the clause however far from the change.
    const figureLeft =
      asksFigure && figuresAsked.some((figure) => saysFigure(leftSide(change, text), figure));
    if (figureLeft && names.some((name) => clause.includes(name))) return true;
    // ("Is the trial still planning 4,000 volunteers?": with no party, the clause that cuts the
    // 4,000 says a word of the question: "the number of volunteers … has been cut from 4,000".)
    if (figureLeft && names.length === 0 && tokenize(clause).some((token) => stems.has(token.stem)))
      return true;
    if (names.length > 0 && !ofAThing) {
      if (namesTheSubject(clause, names)) return true;
      // "…, replacing Captain Nigel Armoogam": the one replaced is named after the change.
      if (REPLACING.test(change[0])) {
        const after = text.slice((change.index ?? 0) + change[0].length).split(/[.;,]/)[0] ?? "";
        if (
          names.some(
            (name) => after.includes(name) && wordsIn(after.slice(0, after.indexOf(name))) <= SUBJECT_GAP,
          )
        )
          return true;
      }
      continue;
    }
    const after = text.slice((change.index ?? 0) + change[0].length).split(/[.;,]/)[0] ?? "";
    const near = [...tokenize(clause).slice(-NEAR_WORDS), ...tokenize(after).slice(0, NEAR_WORDS)];
    if (near.some((token) => stems.has(token.stem))) return true;
  }
  // "Is Saudi Arabia still refusing a joint checkpoint?" of "…; Saudi Arabia had refused one joint
  // checkpoint in February": the party's refusal recalled as over, by a sentence refusing nothing now.
  if (names.length > 0 && refusalAsked(plan.text) && !refusesNow(statement)) {
    for (const recalled of recalledRefusals(text)) {
      if (namesTheSubject(text.slice(0, recalled.index), names)) return true;
    }
  }
  return false;
}

const saysFigure = (text: string, figure: string) =>
  text.split(/[^\d.]+/).some((said) => said.replace(/\.$/, "") === figure);

/** What a change left behind: the words right after "instead of", "from", "up from", "down from". */
function leftSide(change: RegExpMatchArray, text: string): string {
  const after = text.slice(
    (change.index ?? 0) + change[0].length,
    (change.index ?? 0) + change[0].length + 20,
  );
  const said = /^(?:instead of|up from|down from|from\b)/.test(change[0]) ? change[0] + after : "";
  return said.replace(/,/g, "");
}

/** A question of a standing refusal or objection: "still refusing", "still against", "still insisting". */
const STILL_REFUSING_ASKED = new RegExp(
  String.raw`\bstill (?:${refusingWords([...REFUSING_VERBS, RESISTING_VERB])}|against|holding out)\b`,
  "i",
);
/** A party giving way: what ends its refusal. */
const CONSENT_TOLD = new RegExp(
  String.raw`\b(?:${CONSENTED}|${GIVING_WAY.join("|")}|dropped its (?:objection|opposition|refusal|demand))\b`,
  "gi",
);
const CHANGE_TOLD = new RegExp(`${CHANGE_STATED.source}|${STATE_ACT.source}|${ENDS_A_STATE.source}`, "gi");
/** A change of a state rather than of a figure: in or out, for or against, open or settled, ended. */
const STATE_CHANGE = new RegExp(
  `^(?:${STATE_ACT.source}|no longer|replac\\w*|instead of|settled|${ENDS_A_STATE.source})$`,
  "i",
);
/** Kinds of entity whose own state a change may be told of. */
const CHANGING_KINDS: ReadonlySet<string> = new Set([...PARTY_KINDS, "organization"]);

/**
 * The words before "still" ("is *the price of the Georgian power* still disputed?") hold a word of
 * the question that is no name: the state asked is a thing's, not a party's.
 */
function subjectIsAThing(plan: QueryPlan): boolean {
  const still = plan.words.indexOf("still");
  if (still < 0) return false;
  return plan.terms.some(
    (term) => term.position > 0 && term.position < still && term.weight >= 1 && !term.timeWord,
  );
}
const REPLACING = /^replac/i;
/** How many words may stand between the party and its change ("Iceland has since withdrawn"). */
const SUBJECT_GAP = 2;
/** How near the change a word of the question stands ("settled the dispute"). */
const NEAR_WORDS = 3;

function wordsIn(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/**
 * "When will the works begin?", "when is the draft due now?": a plan's day asked as it stands, in
 * the present or the future (not "when did …", not "at first", not of a meeting named).
 */
export function asksPlannedDayAsItStands(read: Reading & { kind: "read" }): boolean {
  const { plan, time } = read.understanding;
  if (plan.kind !== "when" || read.event || askedDateIn(plan.text) !== undefined) return false;
  if (asksForTheFirstAccount(read)) return false;
  const timed =
    time === "start" ||
    time === "end" ||
    time === "future" ||
    time === "current" ||
    STILL.test(plan.text) ||
    LATER_SIDE.test(plan.text.toLowerCase());
  return timed && plan.words.some((w) => PLAN_TENSE.has(w)) && !plan.words.some((w) => PAST_TENSE.has(w));
}

/**
 * "When will the works begin?" found "due to start in October 2026": a later article's fact about
 * the same thing that moves that day ("pushed back from October 2026 to January 2027", "in late
 * 2030 rather than mid-2029", "the clinic, which had been due to open in January 2027", dropped)
 * is the plan as it stands, and so on down the story. The day moved must be the one asked: of
 * "start in October 2026 and end by mid-2029", the one after the question's own word ("begin",
 * "finished"), else any the fact gives.
 */
export function plannedDayMovedLater(top: Match, plan: QueryPlan, kb: KnowledgeBase): Match {
  let current = top;
  let days = daysAsked(top.indexed.fact.statement, plan);
  // (What the later statements are read against, made once, not per fact read: the first
  // statement's stems and the question's terms, last first. Session 40, speed.)
  let earlier: EarlierWords | undefined;
  for (let step = 0; step < MAX_RETELLINGS && days.length > 0; step++) {
    const day = reportedOn(current, kb);
    // (Only a day said to the year is made certain by a later month: with none asked, no fact's
    // days are read for it.)
    const vague = days.some((asked) => VAGUE_DAY.test(asked));
    let movedFrom: string | undefined;
    const next = aboutTheSameThing(current, kb, (indexed, reported) => {
      if (reported <= day) return false;
      movedFrom = days.find((asked) => movesDay(indexed.fact.statement, asked));
      if (movedFrom !== undefined) return true;
      // "Put off its decision on the nomination until its next session in 2027" after "due to
      // decide on the nomination … on 19 July 2026": a move of the same act to a later year, though
      // the day it leaves is not repeated.
      if (movedOnToALaterYear(current.indexed.fact.statement, indexed.fact.statement, days)) {
        movedFrom = days[0];
        return true;
      }
      if (!vague) return false;
      // "Start work on the bridge in early 2027", then "work … is to start in January 2027": a
      // later article that gives the day asked to the month, in the year the vague one was, is
      // the plan as it now stands (not a move, but the day made certain).
      earlier ??= earlierWords(top.indexed.fact.statement, plan);
      const exact = daysAfterAskedWord(indexed.fact.statement, earlier).filter((said) =>
        EXACT_MONTH.test(said),
      );
      movedFrom = days.find((asked) => {
        const year = VAGUE_DAY.exec(asked)?.[1];
        return year !== undefined && exact.some((said) => said.endsWith(year));
      });
      return movedFrom !== undefined;
    });
    if (!next) break;
    current = { indexed: next, coverage: top.coverage, rank: top.rank };
    // (The day it moved to is the one a still later account may move again.)
    days = daysIn(next.fact.statement).filter((said) => said !== movedFrom);
  }
  return current;
}

/**
 * The later statement says a plan was moved ("put off", "deferred", "later than planned") to a year
 * after every one of the days asked, and is like enough the earlier to be the same plan.
 */
function movedOnToALaterYear(earlier: string, later: string, days: readonly string[]): boolean {
  if (!MOVED.test(later) || MOVED.test(earlier)) return false;
  const asked = days.map((day) => Number(YEARS_IN.exec(day)?.[0] ?? Number.NaN));
  if (asked.length === 0 || asked.some((year) => Number.isNaN(year))) return false;
  const latest = Math.max(...asked);
  if (!(later.match(YEARS) ?? []).some((year) => Number(year) > latest)) return false;
  return likeness(contentStems(earlier), later) >= LATER_LIKENESS;
}
const YEARS_IN = /\b(?:19|20)\d\d\b/;

/**
 * "Will not start on 15 November 2026 as planned" says the day asked is off, not what it is now:
 * a fact of the same article about the same thing that gives another day as the plan now ("is now
 * due to begin in December 2027") is the later side. Nothing when the later account gives a day
 * of its own.
 */
export function dayNowTold(earlier: Match, later: Match, kb: KnowledgeBase): Match | undefined {
  const before = new Set(daysIn(earlier.indexed.fact.statement));
  if (before.size === 0 || reportedOn(later, kb) <= reportedOn(earlier, kb)) return undefined;
  if (daysIn(later.indexed.fact.statement).some((said) => !before.has(said))) return undefined;
  const { source } = later.indexed.fact;
  const next = aboutTheSameThing(
    later,
    kb,
    (indexed) =>
      indexed.fact.source === source &&
      indexed !== later.indexed &&
      PLAN_NOW.test(indexed.fact.statement) &&
      daysIn(indexed.fact.statement).some((said) => !before.has(said)),
  );
  return next ? { ...later, indexed: next } : undefined;
}

/** A plan said as it now stands: "is now due to begin", "now expected", "now set for". */
const PLAN_NOW = /\bnow (?:due|expected|scheduled|set|planned|meant)\b/i;

/** "October 2026", "mid-2029", "the end of 2028", "1 July 2026": a time a plan is set for. */
const PLANNED_DAY = new RegExp(
  String.raw`\b(?:(?:early|mid|late)[- ]|(?:the )?(?:end|middle|start|beginning) of )?(?:(?:\d{1,2} )?(?:${MONTHS.join("|")})(?: (?:19|20)\d\d)?|(?:19|20)\d\d)\b`,
  "gi",
);

/** "Early 2027", "mid-2029", "the end of 2028", "2027": a day said to the year only, its year. */
const VAGUE_DAY = /^(?:(?:early|mid|late)[- ]|(?:the )?(?:end|middle|start|beginning) of )?((?:19|20)\d\d)$/;
/** "January 2027", "30 November 2028": a day said to the month. */
const EXACT_MONTH = new RegExp(`^(?:\\d{1,2} )?(?:${MONTHS.join("|")}) (?:19|20)\\d\\d$`, "i");

/** The days a statement plans, as it says them, lower-cased: "16 november 2026", "early 2027". */
export function daysIn(statement: string): string[] {
  return (statement.match(PLANNED_DAY) ?? []).map((said) => said.toLowerCase());
}

/**
 * The days the statement gives for what the question asks: the one after the question's last word
 * the statement has (its verb: "begin" found as "start", "finished" as "end"), else every one.
 */
function daysAsked(statement: string, plan: QueryPlan): string[] {
  const lower = statement.toLowerCase();
  const days = [...lower.matchAll(PLANNED_DAY)].map((m) => ({ said: m[0], at: m.index ?? 0 }));
  if (days.length < 2) return days.map((d) => d.said);
  const words = [...lower.matchAll(/\p{L}+/gu)];
  const lastFirst = [...plan.terms].sort((a, b) => b.position - a.position);
  for (const term of lastFirst) {
    const found = words.find((w) => (term.alternatives.get(stemOf(w[0])) ?? 0) >= ASKED_WORD);
    const day = found ? days.find((d) => d.at > (found.index ?? 0)) : undefined;
    if (day) return [day.said];
  }
  return days.map((d) => d.said);
}

/**
 * The days a later statement gives after the question's last word that the earlier statement also
 * has ("start": "work … is to start in January 2027"); none where it lacks that word ("will meet
 * next in Sixaola in March 2027" says no start).
 */
function daysAfterAskedWord(statement: string, { had, lastFirst }: EarlierWords): string[] {
  const lower = statement.toLowerCase();
  const words = [...lower.matchAll(/\p{L}+/gu)];
  for (const term of lastFirst) {
    if (!anyStemIn(term.alternatives, had)) continue;
    const found = words.find((w) => (term.alternatives.get(stemOf(w[0])) ?? 0) >= ASKED_WORD);
    if (!found) continue;
    return [...lower.matchAll(PLANNED_DAY)]
      .filter((m) => (m.index ?? 0) > (found.index ?? 0))
      .map((m) => m[0]);
  }
  return [];
}

function anyStemIn(alternatives: ReadonlyMap<string, number>, stems: ReadonlySet<string>): boolean {
  for (const stem of alternatives.keys()) if (stems.has(stem)) return true;
  return false;
}

/** The earlier statement's stems and the question's terms, last first (`daysAfterAskedWord`). */
interface EarlierWords {
  had: ReadonlySet<string>;
  lastFirst: readonly QueryPlan["terms"][number][];
}

function earlierWords(earlier: string, plan: QueryPlan): EarlierWords {
  return {
    had: new Set([...earlier.toLowerCase().matchAll(/\p{L}+/gu)].map((w) => stemOf(w[0]))),
    lastFirst: [...plan.terms].sort((a, b) => b.position - a.position),
  };
}

/** How near a word of the statement must be to the question's to stand for it ("finished" ~ "end"). */
const ASKED_WORD = 0.6;

/**
 * The statement moves the day: it says it as the side left ("from October 2026 to", "instead of
 * September 2026", "rather than mid-2029", "had been due to open in January 2027", "no longer
 * expected by June 2027").
 */
function movesDay(statement: string, day: string): boolean {
  const lower = statement.toLowerCase();
  let at = lower.indexOf(day);
  while (at >= 0) {
    const before = lower.slice(Math.max(0, at - MOVE_REACH), at);
    const after = lower.slice(at + day.length);
    if (LEFT_BEHIND.test(before) && (!/\bfrom $/.test(before) || /^ to\b/.test(after))) return true;
    // ("Was planned for September 2026" says no more than the plan, unless the sentence moves it.)
    if (ONCE_PLANNED.test(before) && PLAN_MOVED.test(lower)) return true;
    at = lower.indexOf(day, at + day.length);
  }
  return false;
}

/**
 * How far before the day its cue may stand ("had been due to open in", "pushed back the start of
 * the La Unión–Amapala passenger ferry from": the thing moved, up to ten words, between).
 */
const MOVE_REACH = 96;
const LEFT_BEHIND =
  /(?:\b(?:pushed|put|moved|brought|postponed|delayed|shifted|changed|rescheduled|back|forward) (?:[^\s.;,]+ ){0,10}from |\binstead of (?:(?:at|in|on|by|for) )?|\brather than (?:(?:at|in|on|by|for) )?|\bno longer\b[^.;]*|\bhad been (?:due|planned|expected|scheduled|set)\b[^.;]*?\b(?:in|on|by|for) )$/;
const ONCE_PLANNED =
  /\b(?:was|were|first|originally) (?:due|planned|expected|scheduled|set)\b[^.;]*?\b(?:in|on|by|for) $/;
const PLAN_MOVED =
  /\b(?:but|now|moved|pushed|postponed|delayed|put off|dropped|cancel\w*|scrapped|abandoned)\b/;
