// "Who was Bulgaria's environment minister at the first Osogovo meeting?", "who had the job back in
// 2020?": the holder of a post at a time the question sets, told by the post's handovers and their
// days, never the one who holds it now.

import { handoversIn } from "./compose.ts";
import type { Reading } from "./context.ts";
import type { IndexedFact, KnowledgeBase } from "./knowledge.ts";
import { stemOf } from "./language/normalize.ts";
import { MONTHS as MONTH_NAMES, outsideDescriptions, statesDate } from "./language/time.ts";
import { holdsPost, postAsked } from "./lists.ts";
import type { Entity } from "./schema.ts";
import { factSequences } from "./token-cache.ts";
import { meetingOf } from "./understand.ts";
import type { Verdict } from "./verify.ts";

type Read = Reading & { kind: "read" };

/** "At the start", "when the talks started", "at the first meeting": the story's first meeting. */
const AT_THE_START =
  /\b(?:at the (?:start|outset|beginning)|at first|to begin with|initially|originally|first (?:[a-z]+ )?(?:meeting|round|talks|session)|when (?:.+ )?(?:started|began|opened|got under way))\b/;
/** "In 2020", "back in 2020": a year. */
const IN_A_YEAR = /\b(?:in|during) ((?:19|20)\d\d)\b/;
/** "Now", "before Tsvetkov", "since May": the time is the present, or set by another holder. */
const NOT_A_PAST_TIME =
  /\b(?:now|currently|today|still|these days|before|after|since|until|succeed(?:ed)?|predecessor|successor)\b/;
/** Mentions that can name a meeting ("the Kyustendil talks", "the Osh round"). */
const MEETING_KINDS = new Set(["event", "place"]);
const MONTHS = MONTH_NAMES.map((name) => name.toLowerCase());
/** "In December 2025", "on 5 May 2026": the day a handover's sentence gives when its fact has none. */
const DAY_SAID = new RegExp(`\\b(?:(\\d{1,2}) )?(${MONTHS.join("|")}) (\\d{4})\\b`, "i");

const CONFIDENCE = 0.8;

interface Tenure {
  holder: Entity;
  from?: string;
  until?: string;
  /** The handover facts that set its bounds. */
  facts: IndexedFact[];
}

/**
 * The holder whose tenure holds the time the question asks about, cited by the fact that places
 * them there; a refusal when the question asks about a past time the store cannot place, or no
 * one tenure holds it. Undefined when the question asks no holder of a post at a time, or the
 * store tells no handover of the post.
 */
export function holderAt(read: Read, kb: KnowledgeBase): Verdict | undefined {
  const { plan } = read.understanding;
  if (plan.kind !== "who") return undefined;
  const text = plan.text.toLowerCase();
  if (NOT_A_PAST_TIME.test(text)) return undefined;
  const year = IN_A_YEAR.exec(text)?.[1];
  const start = AT_THE_START.test(text);
  const meeting = plan.mentions
    .filter((m) => m.entityIds.every((id) => MEETING_KINDS.has(kb.entity(id)?.kind ?? "")))
    .map((m) => meetingOf(m.entityIds, kb))
    .find((e) => e !== undefined);
  if (!year && !start && !meeting) return undefined;
  const post = postAsked(read, kb);
  if (!post) return undefined;
  const tenures = tenuresOf(post, kb);
  if (!tenures) return undefined;
  const refuse: Verdict = { kind: "refuse", message: "I don't have a fact about that.", matches: [] };
  // A year is the whole year; a meeting, or the story's first one ("at the start"), its day.
  const event = meeting ?? (start ? firstMeetingOf(tenures, kb) : undefined);
  const day = event ? kb.event(event)?.date : undefined;
  const asked = year
    ? { from: `${year}-01-01`, until: `${year}-12-31` }
    : day
      ? { from: day, until: day }
      : undefined;
  if (!asked) return refuse;
  const holding = tenures.filter(
    (t) => (t.from || t.until) && (!t.from || t.from <= asked.until) && (!t.until || asked.from < t.until),
  );
  if (holding.length !== 1) return refuse;
  const [tenure] = holding as [Tenure];
  const facts = [...kb.factsAbout(tenure.holder.id)];
  // (A fact of the meeting asked about; else one that says they held the post, not who came after.)
  const head = stemOf(post.head);
  const cited =
    (event ? facts.find((f) => f.fact.event === event) : undefined) ??
    facts.find(
      (f) => factSequences(f.fact)[0]!.some((t) => t.stem === head) && handoversIn(f, kb).length === 0,
    ) ??
    tenure.facts.find((f) => f.fact.statement.includes(tenure.holder.name)) ??
    facts[0];
  if (!cited) return refuse;
  return { kind: "facts", matches: [{ indexed: cited, coverage: 1, rank: 1 }], confidence: CONFIDENCE };
}

/**
 * Everyone the store describes as holding the post, each with the days a handover to them and
 * from them gives; undefined when no handover between two of them is told.
 */
function tenuresOf(post: ReturnType<typeof postAsked> & {}, kb: KnowledgeBase): Tenure[] | undefined {
  const [country] = post.owners as [string];
  const head = stemOf(post.head);
  const modifiers = post.modifiers.map(stemOf);
  const tenures = new Map<string, Tenure>();
  for (const id of kb.entitiesWithStem(head).keys()) {
    const entity = kb.entity(id);
    if (entity?.kind !== "person" || !holdsPost(entity, head, modifiers, country, kb)) continue;
    tenures.set(id, { holder: entity, facts: [] });
  }
  let handed = false;
  for (const tenure of tenures.values()) {
    for (const indexed of kb.factsAbout(tenure.holder.id)) {
      for (const h of handoversIn(indexed, kb)) {
        const from = tenures.get(h.from.id);
        const to = tenures.get(h.to.id);
        if (!from || !to || from === to) continue;
        const day = dayOf(indexed);
        if (!day) continue;
        handed = true;
        from.until = day;
        to.from = day;
        from.facts.push(indexed);
        to.facts.push(indexed);
      }
    }
  }
  if (!handed) return undefined;
  // With no handover to them, a tenure is placed no earlier than the store can tell: the year it
  // says they held it from ("from 2019 until November 2025"), else the first day it tells of them.
  for (const tenure of tenures.values()) tenure.from ??= knownFrom(tenure.holder, kb);
  return [...tenures.values()];
}

/** "From 2019", "since May 2024": when a holder's description or a fact about them says they began. */
const FROM_SAID = new RegExp(
  `\\b(?:from|since) (?:(?:\\d{1,2} )?(?:${MONTHS.join("|")}) )?((?:19|20)\\d\\d)\\b`,
  "i",
);

function knownFrom(holder: Entity, kb: KnowledgeBase): string | undefined {
  let first: string | undefined;
  for (const text of [holder.description, ...[...kb.factsAbout(holder.id)].map((f) => f.fact.statement)]) {
    const year = FROM_SAID.exec(text)?.[1];
    if (year && (!first || year < first)) first = year;
  }
  if (first) return first;
  for (const indexed of kb.factsAbout(holder.id)) {
    const event = indexed.fact.event ? kb.event(indexed.fact.event) : undefined;
    const day = indexed.fact.date ?? event?.date;
    if (day && (!first || day < first)) first = day;
  }
  return first;
}

/** A handover's day: its fact's, else the month (and day) its sentence says. */
function dayOf(indexed: IndexedFact): string | undefined {
  if (indexed.fact.date) return indexed.fact.date;
  const said = DAY_SAID.exec(indexed.fact.statement);
  if (!said) return undefined;
  const month = String(MONTHS.indexOf(said[2]!.toLowerCase()) + 1).padStart(2, "0");
  return `${said[3]}-${month}${said[1] ? `-${said[1].padStart(2, "0")}` : ""}`;
}

/** The earliest meeting any fact about the post's holders belongs to. */
function firstMeetingOf(tenures: readonly Tenure[], kb: KnowledgeBase): string | undefined {
  let first: { id: string; date: string } | undefined;
  for (const tenure of tenures) {
    for (const indexed of kb.factsAbout(tenure.holder.id)) {
      const event = indexed.fact.event ? kb.event(indexed.fact.event) : undefined;
      if (event && (!first || event.date < first.date)) first = { id: event.id, date: event.date };
    }
  }
  return first?.id;
}

/**
 * Words that ask only when someone's time in a post began or ended ("when did he start?", "when did
 * she get the job?", "since when has he had that job?", "how long had he been minister?", "when did
 * he leave the job?"): none of them a word a fact must repeat.
 */
const TENURE_WORDS: ReadonlySet<string> = new Set(
  [
    "start",
    "begin",
    "job",
    "post",
    "office",
    "role",
    "position",
    "seat",
    "take",
    "get",
    "become",
    "hold",
    "have",
    "serve",
    "be",
    "been",
    "lead",
    "head",
    "run",
    "chair",
    "leave",
    "quit",
    "step",
    "down",
    "end",
    "stop",
    "resign",
    "long",
    "since",
    "until",
    "first",
    "there",
    "charge",
  ].map(stemOf),
);
/** The time in a post asked is its end: "when did he leave the job?", "until when did she chair it?". */
const ENDED_ASKED =
  /\b(?:leave|left|quit|step(?:ped)? down|stop(?:ped)?|end(?:ed)?|resign(?:ed)?|until when|till when)\b/;
const DATE_TOLD = `(?:(?:\\d{1,2} )?(?:${MONTHS.join("|")})(?: \\d{1,2},)? )?(?:19|20)\\d\\d`;
/** "From 2017", "since April 2026": the start of a time in a post, said after its holder. */
const STARTED_FROM = new RegExp(`\\b(?:from|since) (${DATE_TOLD})\\b`, "gi");
/** "From 2017 until February 2026", "from 2019 to 2026": its end, told with its start. */
const ENDED_UNTIL = new RegExp(`\\b(?:from|since) ${DATE_TOLD} (?:until|to|till) (${DATE_TOLD})\\b`, "gi");
/** "X became …", "X, a customs lawyer, took office as …": a start told by its act, dated in the sentence. */
const TOOK_UP =
  /^(?:,[^,]{1,80},)? (?:became|becomes|took office|takes office|took over|takes over|took up|takes up|assumed|assumes|was appointed|was named|was elected|has been|had been)\b/i;
const TO_COME = /\b(?:will|would|shall|due to|is to|are to|expected|scheduled|planned)\b/i;
const DATED_IN = new RegExp(`\\b(?:on|in) (${DATE_TOLD})\\b`, "i");

/**
 * "When did he start?", "since when has she had that job?", "how long had that guy been minister?",
 * "when did he leave the job?": when the one person asked began (or left) their post, told by a
 * fact about them (a handover to or from them with its day, "from 2017 until February 2026" said
 * of them, "took office … in April 2026"). Only when the question asks nothing else: every word
 * of it a word for a time in a post or a word of the person's own description.
 */
export function tenureOfPerson(read: Read, kb: KnowledgeBase): Verdict | undefined {
  const { plan, time, question } = read.understanding;
  const text = question.toLowerCase();
  if (plan.kind !== "when" && !(plan.kind === "how" && time === "since")) return undefined;
  // (A word the store never uses is one of those words too: "when did he *leave* the job?".)
  const unknown = plan.unknown.some((u) => u.nameLike || !TENURE_WORDS.has(stemOf(u.word.toLowerCase())));
  if (unknown || read.understanding.comparison) return undefined;
  const people = plan.mentions.filter((m) => m.entityIds.some((id) => kb.entity(id)?.kind === "person"));
  if (people.length > 1 || (people[0] && people[0].entityIds.length !== 1)) return undefined;
  const id = people[0]?.entityIds[0] ?? read.about;
  const person = id ? kb.entity(id) : undefined;
  if (person?.kind !== "person") return undefined;
  const described = kb.namedInDescription(person.id);
  if (plan.mentions.some((m) => m !== people[0] && !m.entityIds.some((e) => described.has(e))))
    return undefined;
  // (The post is the description's first part: "Iceland's Minister of Fisheries from 2023 …; refused
  // to let the ship survey mackerel" does not make "when did he agree to mackerel surveys?" one.)
  const own = new Set(
    (person.description.split(";")[0] ?? "")
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map(stemOf),
  );
  const nameStems = new Set(
    [person.name, ...person.aliases].flatMap((n) => n.toLowerCase().split(/[^\p{L}\p{N}]+/u)).map(stemOf),
  );
  const asksOnlyTenure = plan.terms
    .filter((t) => t.weight > 0 && !t.timeWord)
    .every((t) => {
      const stems = [stemOf(t.word), ...t.alternatives.keys()];
      return stems.some((s) => TENURE_WORDS.has(s) || own.has(s) || nameStems.has(s));
    });
  if (!asksOnlyTenure) return undefined;
  // The post the question names ("since when has he been *deputy*?", "… head of the *MBFA*?") is
  // the one the fact tells of: the fact has each of its words and names each body it names.
  const postWords = plan.terms.filter((t) => {
    if (t.weight <= 0 || t.timeWord) return false;
    const stems = [stemOf(t.word), ...t.alternatives.keys()];
    return !stems.some((s) => TENURE_WORDS.has(s) || nameStems.has(s));
  });
  const postBodies = plan.mentions.filter((m) => m !== people[0]);
  const ofThePost = (indexed: IndexedFact) =>
    postWords.every((t) => [stemOf(t.word), ...t.alternatives.keys()].some((s) => indexed.terms.has(s))) &&
    postBodies.every((m) => m.entityIds.some((e) => indexed.fact.entities.includes(e)));
  const ended = ENDED_ASKED.test(text) || time === "end";
  const names = [person.name, ...person.aliases].filter((n) => n.length > 3);
  let toldOnlyByItsDay: IndexedFact | undefined;
  for (const indexed of kb.factsAbout(person.id)) {
    // (What is still to come, "will take over as acting chief executive from 1 January 2027", is
    // no time in a post held.)
    if (TO_COME.test(indexed.fact.statement) || !ofThePost(indexed)) continue;
    if (ended) {
      if (handoversIn(indexed, kb).some((h) => h.from.id === person.id) && dayOf(indexed))
        return told(indexed);
    } else if (handoversIn(indexed, kb).some((h) => h.to.id === person.id) && dayOf(indexed)) {
      // A handover whose sentence says no day of its own ("X, a geneticist who has headed the unit
      // since 2019, replaces Y") is dated by the day it was told or decided: a fact that says when
      // the new holder takes up the post ("X takes over … on 1 November 2026") tells it better.
      // (Its "since 2019" is of the post held before.)
      if (statesDate(outsideDescriptions(indexed.fact.statement))) return told(indexed);
      toldOnlyByItsDay ??= indexed;
      continue;
    }
    const statement = indexed.fact.statement;
    const said = ended ? ENDED_UNTIL : STARTED_FROM;
    said.lastIndex = 0;
    for (let m = said.exec(statement); m; m = said.exec(statement)) {
      if (ownClause(statement, m.index, names, person, indexed, kb)) return told(indexed);
    }
    if (!ended) {
      for (const name of names) {
        const at = statement.indexOf(name);
        if (at < 0) continue;
        const after = statement.slice(at + name.length);
        if (
          TOOK_UP.test(after) &&
          DATED_IN.test(after.split(/[;:]|, (?:replacing|succeeding|after)\b/)[0] ?? "")
        )
          return told(indexed);
      }
    }
  }
  return toldOnlyByItsDay ? told(toldOnlyByItsDay) : undefined;
}

const told = (indexed: IndexedFact): Verdict => ({
  kind: "facts",
  matches: [{ indexed, coverage: 1, rank: 1 }],
  confidence: CONFIDENCE,
});

/**
 * The time said at `at` is the person's own: their name comes before it, and no one else of the
 * fact is named between (nor a clause of its own: "…; she led the agency from 2019").
 */
function ownClause(
  statement: string,
  at: number,
  names: readonly string[],
  person: Entity,
  indexed: IndexedFact,
  kb: KnowledgeBase,
): boolean {
  const before = statement.slice(0, at);
  const last = Math.max(...names.map((n) => before.lastIndexOf(n)));
  if (last < 0) return false;
  const between = before.slice(last);
  if (/[;:]/.test(between)) return false;

  return !indexed.fact.entities.some((id) => {
    const other = id === person.id ? undefined : kb.entity(id);
    return (
      other?.kind === "person" &&
      [other.name, ...other.aliases].some((n) => n.length > 3 && between.includes(n))
    );
  });
}
