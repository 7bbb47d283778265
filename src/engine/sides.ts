import { meetingsAsked, storyMeetings } from "./candidates.ts";
import type { Reading } from "./context.ts";
import type { IndexedFact, KnowledgeBase } from "./knowledge.ts";
import {
  ANY_MEETING_NOUNS,
  ARTICLES,
  MEETING_NOUNS,
  MEETING_PLURALS,
  ORDINAL_WORDS,
  POSSESSIVE_DETERMINERS,
} from "./language/lexicon.ts";
import { stemOf, wordsOf } from "./language/normalize.ts";
import { MONTHS } from "./language/time.ts";
import type { QueryPlan } from "./query.ts";
import { type SideAsked, sideAsked, signersAsked } from "./roles.ts";
import type { DialogueTurn, Entity, Event } from "./schema.ts";
import { NEGATION } from "./score.ts";
import { STRONG_MATCH } from "./score-kind.ts";
import { askedDateIn, fitsDate } from "./score-time.ts";
import type { Understanding } from "./understand.ts";

/**
 * "Who led the Chilean side at the San Juan talks?", "who was there for Tonga?", "who signed the
 * accord for Norland?": the person who acted for a country at a meeting, read from the meeting's
 * record, where each participant has a role ("Chile's Minister of Public Works; represented
 * Chile", "head of the Somali delegation", "signed for Gabon"). The answer is that person, never
 * the country; where the record names no one of that country's for the act, nothing is said here
 * and the facts decide (a fact that names none of the country's people does not answer either).
 */
export interface SidePerson {
  person: Entity;
  role: string;
  event: Event;
  /** The fact cited for it: one of the meeting's that names the person, best one saying the act. */
  fact: IndexedFact;
  /** That fact tells the act itself ("represented Chile at the San Juan talks"), not only who they are. */
  says: boolean;
  /**
   * The role says the act for the country ("represented Chile", "signed for Chile"); otherwise the
   * person is only the one of that country the meeting had, which answers only when the facts do not.
   */
  told: boolean;
}

export function sidePeople(
  read: Reading & { kind: "read" },
  /** The turn before, whichever way the question was read: "who was there for Tonga?" is of its meeting. */
  previous: DialogueTurn | undefined,
  kb: KnowledgeBase,
): SidePerson[] | undefined {
  const { understanding } = read;
  const { plan } = understanding;
  // One answer of one meeting, of what was done: not "each round", "before Farah", "who else",
  // "who did not sign", nor two accounts set side by side.
  if (read.told || read.exclude.size > 0 || understanding.time || understanding.perMeeting) return undefined;
  if (understanding.comparison || NEGATION.test(plan.words.join(" "))) return undefined;
  // "…, and is he still minister?", "… and who replaced him?": a second question, which the
  // meeting's record does not answer; "still", "now": a state today, not an act at a meeting.
  const text = plan.words.join(" ");
  if (SECOND_QUESTION.test(text) || NOW.test(text)) return undefined;
  if (plan.mentions.some((m) => m.entityIds.some((id) => kb.entity(id)?.kind === "person"))) return undefined;
  // A word the store has never seen ("the Tokyo talks") may name a meeting it does not have.
  if (plan.unknown.some((u) => !u.manner && !UNASKED.has(u.word.toLowerCase()))) return undefined;
  const side = sideAsked(plan, kb);
  if (side) {
    const one = sidePerson(read, side, previous, kb);
    return one ? [one] : undefined;
  }
  const byPart = partAsked(plan);
  if (byPart) {
    const one = partPerson(read, byPart, previous, kb);
    return one ? [one] : undefined;
  }
  const signing = signersAsked(plan);
  return signing === undefined ? undefined : signers(read, signing, kb);
}

/**
 * "Who signed for the lender?", "who signed it for the donor?": the side named by the part it
 * took at the meeting, as the record gives each participant's ("lender", "donor", "mediator"),
 * whoever that is (a country or a body); the answer is its person there.
 */
function partAsked(plan: QueryPlan): (SideAsked & { part: string }) | undefined {
  if (plan.kind !== "who") return undefined;
  const { words } = plan;
  const at = words.indexOf("who");
  const verb = words[at + 1] ?? "";
  const act = /^(?:sign|signs|signed)$/.test(verb)
    ? "sign"
    : /^(?:represent|represents|represented|led|headed)$/.test(verb)
      ? "lead"
      : undefined;
  if (at < 0 || !act) return undefined;
  const forAt = words.indexOf("for", at + 2);
  if (forAt < 0 || words[forAt + 1] !== "the") return undefined;
  const part = words[forAt + 2];
  // The part ends the question ("for the lender?"), or a meeting follows ("… at the signing").
  const after = words[forAt + 3];
  if (!part || (after !== undefined && !["at", "in", "during"].includes(after))) return undefined;
  if (plan.mentions.some((m) => m.position >= forAt)) return undefined;
  return { countries: [], act, verbAt: at + 1, part };
}

function partPerson(
  read: Reading & { kind: "read" },
  asked: SideAsked & { part: string },
  previous: DialogueTurn | undefined,
  kb: KnowledgeBase,
): SidePerson | undefined {
  const stem = stemOf(asked.part);
  const found: SidePerson[] = [];
  for (const event of meetingsOf(read, asked, previous, kb, asked.part)) {
    const parts = event.participants.filter(
      (p) =>
        kb.entity(p.entity)?.kind !== "person" && stemOf((p.role ?? "").split(/[;(]/)[0]!.trim()) === stem,
    );
    if (parts.length !== 1) continue;
    const side: SideAsked = { countries: [parts[0]!.entity], act: asked.act, verbAt: asked.verbAt };
    const one = personAt(event, side, read.understanding, kb, asked.part);
    if (one) found.push(one);
  }
  const [first] = found;
  if (!first || found.some((f) => f.person.id !== first.person.id)) return undefined;
  return first.told ? first : undefined;
}

/**
 * "Who spoke for Bulgaria at each Osogovo meeting?", "who represented Kyrgyzstan at Khujand and
 * who at Osh?": the country's person at each meeting asked (the ones named, else every meeting of
 * the story), oldest first; a meeting whose record has no one of the country's is left unanswered.
 * Nothing unless two or more meetings have someone.
 */
export function sideAtEachMeeting(
  read: Reading & { kind: "read" },
  kb: KnowledgeBase,
): { events: Event[]; people: (SidePerson | undefined)[] } | undefined {
  const { understanding } = read;
  const { plan } = understanding;
  if (!understanding.perMeeting || read.told || read.exclude.size > 0 || understanding.time) return undefined;
  if (understanding.comparison || NEGATION.test(plan.words.join(" ")) || NOW.test(plan.words.join(" ")))
    return undefined;
  if (plan.mentions.some((m) => m.entityIds.some((id) => kb.entity(id)?.kind === "person"))) return undefined;
  if (plan.unknown.some((u) => !u.manner && !UNASKED.has(u.word.toLowerCase()))) return undefined;
  const side = sideAsked(plan, kb);
  if (!side) return undefined;
  const events = meetingsEachAsked(read, side, kb);
  const people = events.map((event) => personAt(event, side, understanding, kb));
  return people.filter(Boolean).length >= 2 ? { events, people } : undefined;
}

/**
 * The meetings "at each" asks of: those the question names by place ("at Khujand and who at Osh"),
 * where two or more are; else every meeting of the story of the one its names fit best.
 */
function meetingsEachAsked(read: Reading & { kind: "read" }, side: SideAsked, kb: KnowledgeBase): Event[] {
  const { plan } = read.understanding;
  const places = plan.mentions.filter((m) => !m.entityIds.some((id) => side.countries.includes(id)));
  const byPlace = new Set<Event>();
  for (const mention of places) {
    const text = mention.text.toLowerCase();
    for (const event of kb.eventsByDate(true)) {
      const takesPart = event.participants.some((p) => side.countries.includes(p.entity));
      if (takesPart && `${event.title} ${event.place ?? ""}`.toLowerCase().includes(text)) byPlace.add(event);
    }
  }
  if (byPlace.size >= 2) return [...byPlace].sort((a, b) => a.date.localeCompare(b.date));
  const [anchor] = meetingsAsked(read, kb);
  return anchor ? storyMeetings(anchor, kb) : [];
}

function sidePerson(
  read: Reading & { kind: "read" },
  side: SideAsked,
  previous: DialogueTurn | undefined,
  kb: KnowledgeBase,
): SidePerson | undefined {
  const found: SidePerson[] = [];
  for (const event of meetingsOf(read, side, previous, kb)) {
    const one = personAt(event, side, read.understanding, kb);
    if (one) found.push(one);
  }
  // Meetings that fit equally well must agree on the person: otherwise the question does not say which.
  const [first] = found;
  if (!first || found.some((f) => f.person.id !== first.person.id)) return undefined;
  return found.find((f) => f.told) ?? first;
}

const SECOND_QUESTION =
  /\s(?:and|but|or)\s(?:(?:so|then|also)\s)?(?:who|whom|whose|what|when|where|why|how|which|is|was|are|were|did|does|do|has|had|have|will|would|can|could)\b/;
const NOW = /\b(?:still|now|currently|anymore|today|nowadays|since)\b/;

/**
 * The meeting the question is about: the one the conversation refers to, else those its names,
 * words and date fit best; a follow-up that names nothing but the side ("who was there for
 * Tonga?") is about the meeting just discussed.
 */
function meetingsOf(
  read: Reading & { kind: "read" },
  side: SideAsked,
  previous: DialogueTurn | undefined,
  kb: KnowledgeBase,
  /** "For the lender": the word naming the side by its part at the meeting, no word of what was asked. */
  part?: string,
): readonly Event[] {
  // "And in the second round?": the meeting the conversation moved to.
  const meant = read.event ?? read.within?.event;
  const referred = meant ? kb.event(meant) : undefined;
  if (referred) return [referred];
  const { plan } = read.understanding;
  const sideOnly =
    plan.mentions.every((m) => m.entityIds.some((id) => side.countries.includes(id))) &&
    plan.terms.every(
      (t) => t.position <= side.verbAt || ENVOY_WORDS.has(t.word) || t.word === part || t.weight < 1,
    );
  const before = read.previous ?? previous;
  const discussed =
    sideOnly && before && !read.understanding.switchesTopic ? meetingOfTurn(before, kb) : undefined;
  if (discussed) return [discussed];
  // "During the first round" of the story being discussed: only its meetings; "in 2024", only a
  // meeting of then (the names alone may choose one of another year).
  const story = read.story;
  const date = askedDateIn(plan.text);
  const fitting = meetingsAsked(read, kb).filter(
    (event) => (!story || story.has(event.id)) && (!date || fitsDate(date, event.date)),
  );
  return alongTheStory(fitting, read.understanding, kb);
}

/**
 * "At the second round", "at the last meeting", "at the latest talks": the meeting at that place
 * in the story of the meetings the names found, oldest first; "the next one", "the other one"
 * say nothing without a meeting discussed.
 */
function alongTheStory(
  found: readonly Event[],
  understanding: Understanding,
  kb: KnowledgeBase,
): readonly Event[] {
  const { storyStep, order } = understanding;
  if (!storyStep && !order) return found;
  const [first] = found;
  if (!first) return [];
  // "The second round" when one meeting's title says so ("Second round of …"): that one.
  if (typeof storyStep === "object") {
    const word = ORDINAL_WORDS[storyStep.nth - 1];
    const titled = found.filter((event) => !!word && wordsOf(event.title).includes(word));
    if (titled.length === 1) return titled;
  }
  const story = storyMeetings(first, kb);
  if (found.some((event) => !story.includes(event))) return [];
  const at =
    typeof storyStep === "object"
      ? story[storyStep.nth - 1]
      : storyStep === "last" || (!storyStep && order === "latest")
        ? story.at(-1)
        : !storyStep && order === "oldest"
          ? story[0]
          : undefined;
  return at ? [at] : [];
}

/** The meeting a turn was about: its own, else the one meeting of every fact its answer cited. */
function meetingOfTurn(turn: DialogueTurn, kb: KnowledgeBase): Event | undefined {
  if (turn.event) return kb.event(turn.event);
  const meetings = new Set(turn.facts.map((id) => kb.fact(id)?.fact.event));
  const [only] = meetings;
  return meetings.size === 1 && only ? kb.event(only) : undefined;
}

const ENVOY_WORDS: ReadonlySet<string> = new Set([
  "delegation",
  "side",
  "team",
  "delegates",
  "there",
  "present",
  "behalf",
]);

/** The country's one person at the meeting for the act asked, if the meeting's record says. */
function personAt(
  event: Event,
  side: SideAsked,
  understanding: Understanding,
  kb: KnowledgeBase,
  part?: string,
): SidePerson | undefined {
  const { plan } = understanding;
  // "Who signed for the lender?" names nothing signed: whatever the role says it signed is it.
  const asksWhat = plan.terms.some(
    (t) => t.weight >= 1 && t.position !== side.verbAt && t.word !== part && !UNASKED.has(t.word),
  );
  const asked = asksWhat ? plan.words : undefined;
  const others = event.participants
    .map((p) => p.entity)
    .filter((id) => kb.entity(id)?.kind === "country" && !side.countries.includes(id));
  const told: { person: Entity; role: string }[] = [];
  const theirs: { person: Entity; role: string }[] = [];
  for (const participant of event.participants) {
    const person = kb.entity(participant.entity);
    if (person?.kind !== "person") continue;
    const role = participant.role ?? "";
    const act = actOf(role);
    // (A role naming another country is done for that one: "Ambassador of Guinea to Senegal
    // (represented Guinea)" is not Senegal's.)
    const forSide = namesCountry(act, side.countries, kb);
    const forOther = !forSide && namesCountry(act, others, kb);
    // (The post a description opens with, before what they did: "Minister of Health of Timor-Leste; signed … with Cuba".)
    const post = person.description.split(";")[0] ?? "";
    const ofSide =
      !forOther &&
      (forSide || namesCountry(role, side.countries, kb) || namesCountry(post, side.countries, kb));
    if (!ofSide) continue;
    theirs.push({ person, role });
    if (doesAct(side, act, asked, event, kb)) told.push({ person, role });
  }
  // Of several of the country's people there, none said to lead it, the one who chaired or
  // co-chaired for it ("co-chair (host)", beside a regional governor) stood at its head.
  const chairing = theirs.filter((p) => CHAIRED.test(actOf(p.role)));
  const candidates = told.length > 0 ? told : theirs.length > 1 && side.act === "lead" ? chairing : theirs;
  const [one] = candidates;
  if (!one || candidates.length > 1) return undefined;
  // Only the one of the country there, the role silent on the act: who was there for it led it;
  // who signed for it, only at a signing.
  if (
    told.length === 0 &&
    side.act === "sign" &&
    (!SIGNING_EVENT.test(event.title) || NOT_SIGNING.test(`${one.role} ${one.person.description}`))
  )
    return undefined;
  if (!fitsWhatWasAsked(understanding, side.verbAt, event, [one], part)) return undefined;
  const cited = factFor(one.person, event, side, kb);
  return cited ? { ...one, event, fact: cited.fact, says: cited.says, told: told.length > 0 } : undefined;
}

/**
 * Every word the question asks with must be the meeting's (its title, place or topics) or the
 * person's (their role, their description): "who led Japan's business delegation to Accra?" is not
 * answered by who led Japan's delegation there. The act's verb, a word for a delegation, for a
 * meeting or for a time ("in March": the meeting was chosen by its date) need not be.
 */
function fitsWhatWasAsked(
  understanding: Understanding,
  verbAt: number,
  event: Event,
  people: readonly { person: Entity; role: string }[],
  part?: string,
): boolean {
  // ("The second round", "the latest meeting": the meeting was chosen by its place in the story.)
  const { plan } = understanding;
  const placed = !!understanding.storyStep || !!understanding.order;
  const said = [
    event.title,
    event.place ?? "",
    ...event.topics,
    ...people.flatMap((p) => [p.role, p.person.description]),
  ];
  const stems = new Set(wordsOf(said.join(" ")).map(stemOf));
  return plan.terms.every(
    (term) =>
      term.weight < 1 ||
      term.position === verbAt ||
      term.word === part ||
      !!term.timeWord ||
      UNASKED.has(term.word) ||
      (placed && ALONG_THE_STORY.has(term.word)) ||
      [...term.alternatives].some(([stem, strength]) => strength >= STRONG_MATCH && stems.has(stem)),
  );
}

/** Words that say which meeting of a story: the first, the second, the last, the latest. */
const ALONG_THE_STORY: ReadonlySet<string> = new Set([
  ...ORDINAL_WORDS,
  "last",
  "latest",
  "final",
  "recent",
  "earliest",
]);

/** Words that say which act, group, meeting or time, not what it was about. */
const UNASKED: ReadonlySet<string> = new Set([
  ...ENVOY_WORDS,
  ...MEETING_NOUNS,
  ...MEETING_PLURALS,
  ...ANY_MEETING_NOUNS,
  ...MONTHS.map((month) => month.toLowerCase()),
  "there",
  "present",
  "behalf",
]);

/**
 * What a role says was done, past the post that opens it: "Chile's Minister of Public Works;
 * represented Chile" → "represented Chile"; "Minister of Transportation of Indonesia (head of
 * Indonesia's delegation)" → its brackets; a role that is only the act ("signed for Venezuela") whole.
 */
function actOf(role: string): string {
  const semicolon = role.indexOf(";");
  const bracketed = [...role.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]).join("; ");
  if (semicolon >= 0) return [role.slice(semicolon + 1), bracketed].filter(Boolean).join("; ");
  if (bracketed) return bracketed;
  return role;
}

/** Whether the act a role tells is the act asked (and, for a signing, of the document asked). */
function doesAct(
  side: SideAsked,
  told: string,
  /** The question's words, when it names what was signed. */
  asked: readonly string[] | undefined,
  event: Event,
  kb: KnowledgeBase,
): boolean {
  if (side.act === "lead") {
    if (REPRESENTED.test(told) || LED_GROUP.test(told)) return true;
    // "Led Chile at the San Juan talks": the country itself right after the verb.
    const led = LED_WHOM.exec(told);
    return !!led && namesCountry(led[1] ?? "", side.countries, kb);
  }
  const signed = SIGNED.exec(told);
  if (!signed || WITNESS.test(told)) return false;
  return !asked || signedWhatWasAsked(signed[1] ?? "", asked, event, kb);
}

/** A role that says they chaired the meeting or co-chaired it. */
const CHAIRED = /\b(?:chair|chaired|co-chair|co-chaired|chairs|co-chairs)\b/i;
/** A role that says whom the person stood for: "represented Serbia", "spoke for the Mauritian side". */
const REPRESENTED = /\b(?:represented|represents|representing|spoke for)\b/i;
/**
 * A role that says they led a country's group of envoys: "led the Argentine delegation", "head of
 * Indonesia's delegation", "head of its delegation" (not "led the joint survey").
 */
const LED_GROUP =
  /\b(?:led|leads|headed|heads|head of|leader of)\s+(?:the\s+|its\s+|their\s+)?(?:[\p{L}-]+(?:'s)?\s+){0,4}(?:delegation|side|team|delegates|negotiators)\b/iu;
/** "Led Chile …": what follows the verb, to see whether it is the country. */
const LED_WHOM = /\b(?:led|headed)\s+([^;,()]{1,40})/i;
/** "Signed", "signed for Chad", "signed the accession protocol": what follows is what was signed. */
const SIGNED = /\bsigned\b([^;()]*)/i;
const WITNESS = /\b(?:witness|without signing|did not sign|refused to sign)\b/i;
const SIGNING_EVENT = /\bsign(?:ing|ed|s)?\b/i;
/** Someone at a signing who did not sign: an observer, a witness, one who "attended … without signing". */
const NOT_SIGNING = /\b(?:observer|observed|witness|without signing|did not sign|refused to sign)\b/i;

/**
 * "Signed the funding letter" answers "who signed the funding letter?", not "who signed the
 * agreement?": a role that names what was signed must share one of its own words with the
 * question (a word for any agreement is no such word). A role that names nothing signed signed
 * the meeting's document, unless the question asks what another role there names ("the grant").
 */
function signedWhatWasAsked(
  what: string,
  asked: readonly string[],
  event: Event,
  kb: KnowledgeBase,
): boolean {
  const askedStems = new Set(asked.map(stemOf));
  const own = (text: string) =>
    wordsOf(text.replace(/^\s*for\b.*$/i, ""))
      .filter(
        (word) => !DOCUMENT_WORDS.has(word) && !FUNCTION_WORDS.has(word) && !kb.countryOfAdjective(word),
      )
      .map(stemOf);
  const words = own(what);
  if (words.length > 0) return words.some((stem) => askedStems.has(stem));
  return !event.participants.some((p) => {
    const other = SIGNED.exec(actOf(p.role ?? ""));
    return !!other && own(other[1] ?? "").some((stem) => askedStems.has(stem));
  });
}

/** Words for any signed document: they do not say which one. */
const DOCUMENT_WORDS: ReadonlySet<string> = new Set([
  "agreement",
  "agreements",
  "accord",
  "treaty",
  "deal",
  "pact",
  "memorandum",
  "document",
  "it",
]);
/** The articles and possessives (the lexicon's), and the prepositions of a document's title. */
const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  ...ARTICLES,
  ...POSSESSIVE_DETERMINERS,
  "of",
  "on",
  "at",
  "in",
]);

/** Whether a text names one of the countries (by name, alias or adjective), not as the one posted to. */
function namesCountry(text: string, countries: readonly string[], kb: KnowledgeBase): boolean {
  if (countries.length === 0 || !text) return false;
  const lower = text.toLowerCase();
  const words = lower.split(/[^\p{L}-]+/u);
  return countries.some((id) => {
    const country = kb.entity(id);
    if (!country) return false;
    const named = [country.name, ...country.aliases].some((name) => {
      const key = name.toLowerCase();
      for (let at = lower.indexOf(key); at >= 0; at = lower.indexOf(key, at + 1)) {
        const before = lower.slice(0, at);
        // (Not a word of a longer name: "the Samoa-Tonga Cable Authority" is no one's side.)
        if (/[\p{L}-]$/u.test(before) || /^[\p{L}-]/u.test(lower.slice(at + key.length))) continue;
        if (!before.endsWith("to ") && !before.endsWith("with ")) return true;
      }
      return false;
    });
    return named || words.some((word) => kb.countryOfAdjective(word) === id);
  });
}

/**
 * The fact that says so: of the meeting's facts naming the person, the one that tells the act
 * (led, represented, signed) and names the country; else any naming the person.
 */
function factFor(
  person: Entity,
  event: Event,
  side: SideAsked,
  kb: KnowledgeBase,
): { fact: IndexedFact; says: boolean } | undefined {
  const actStems = side.act === "sign" ? SIGN_STEMS : LEAD_STEMS;
  let best: { fact: IndexedFact; says: boolean; score: number } | undefined;
  for (const indexed of kb.factsOfEventVisible(event.id)) {
    if (!indexed.fact.entities.includes(person.id)) continue;
    const says = actStems.some((stem) => indexed.terms.has(stem));
    const score =
      1 + (says ? 2 : 0) + (side.countries.some((id) => indexed.fact.entities.includes(id)) ? 1 : 0);
    if (!best || score > best.score) best = { fact: indexed, says, score };
  }
  return best;
}

const SIGN_STEMS = ["sign", "signed"].map(stemOf);
const LEAD_STEMS = ["lead", "led", "head", "headed", "represent", "represented", "delegation", "sent"].map(
  stemOf,
);

/**
 * "Who signed the Piedra Azul tunnel treaty?": each party's signatory, where the record of the one
 * meeting asked has, for every country taking part as a party (not an observer, donor or lender),
 * someone who signed what was asked for it; otherwise the facts decide (the record may say only
 * "co-chair", and a fact that the two countries signed answers).
 */
function signers(
  read: Reading & { kind: "read" },
  verbAt: number,
  kb: KnowledgeBase,
): SidePerson[] | undefined {
  const meetings = read.event ? [kb.event(read.event)].filter((e) => !!e) : meetingsAsked(read, kb);
  if (meetings.length !== 1) return undefined;
  const event = meetings[0]!;
  // ("Host and chair": a host is a party, whatever else it was.)
  const parties = event.participants.filter(
    (p) =>
      kb.entity(p.entity)?.kind === "country" &&
      (!(p.role ?? "").split(";")[0]!.trim() ||
        (p.role ?? "")
          .split(";")[0]!
          .split(/,| and /)
          .some((part) => !!part.trim() && PARTY.test(part.trim()))),
  );
  if (parties.length === 0) return undefined;
  const signed: SidePerson[] = [];
  for (const party of parties) {
    const side: SideAsked = { countries: [party.entity], act: "sign", verbAt };
    const one = personAt(event, side, read.understanding, kb);
    if (!one?.told) return undefined;
    if (!signed.some((s) => s.person.id === one.person.id)) signed.push(one);
  }
  return signed;
}

/** A country's role at a meeting that makes it a party to what is signed there (or none given). */
const PARTY = /^(?:|host|co-host|participant|signatory|visitor|member|party)$/i;
