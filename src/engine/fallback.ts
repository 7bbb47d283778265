import { findCandidates, storyMeetings } from "./candidates.ts";
import { type Reading, readOf } from "./context.ts";
import type { IndexedFact, KnowledgeBase } from "./knowledge.ts";
import { ANY_MEETING_NOUNS } from "./language/lexicon.ts";
import { stemOf, tokenize } from "./language/normalize.ts";
import { splitOfTotal } from "./lists.ts";
import { openMatters } from "./open-matters.ts";
import {
  acceptedAfterAll,
  actorsOtherFigure,
  correctingFact,
  doneAfterAll,
  otherDate,
  reasonBesideTheAct,
  refusedAsAsked,
  refusesTheActAsked,
  reversedFigure,
  statedReason,
  stayedAfterAll,
  swappedPremise,
} from "./premise.ts";
import type { Term } from "./query.ts";
import type { Event } from "./schema.ts";
import type { Match } from "./score.ts";
import { tenureOfPerson } from "./tenure.ts";
import { asksWhatAMeetingSettled, isMeetingVerb, meetingNounsAsked, understandingOf } from "./understand.ts";
import { factNamingMostOf, type Verdict, verify } from "./verify.ts";

type Read = Reading & { kind: "read" };

/**
 * What to answer when a reading's facts refuse, if anything: the meeting's overview for "what was
 * decided at <a meeting the question names>?", a premise the store contradicts, or the reason an
 * actor gave for refusing. Each keeps to what the sources say; otherwise the refusal stands.
 */
export function insteadOfRefusing(
  read: Read,
  kb: KnowledgeBase,
  options: { shift: number; floor: number; likeliest?: boolean },
): { verdict: Verdict; read: Read } | undefined {
  // "What was decided at the Praia session?" with no fact in those words: the session's overview.
  const settled = namedMeetingOverview(read, kb, options);
  if (settled) return settled;
  // "What was left open at the Montevideo talks?" with no fact in those words: what that meeting's
  // facts say it did not settle.
  const open = openMatters(read, kb, options.floor);
  if (open) return { verdict: open, read };
  // "When was the meeting?" with no fact in those words: the day (or place) of the meeting the
  // question names, else of the most recent, saying so.
  const meetingNouns =
    read.understanding.intent === "fact" ? meetingNounsAsked(read.understanding) : undefined;
  if (meetingNouns) {
    const detail = meetingDetail(read, meetingNouns, kb, options.floor);
    if (detail) return { verdict: detail, read };
  }
  // "Where did the Kyustendil talks take place?" with no fact in those words: the meeting the name
  // stands for, its own place or day.
  const named = read.understanding.intent === "fact" ? meetingCalled(read, kb) : undefined;
  if (named) {
    const aspect = read.understanding.plan.kind as "when" | "where";
    const detail = detailOf(named, read, [], aspect, kb, false);
    if (detail) return { verdict: detail, read };
  }
  // "How is the 210 million split?" with no fact in those words: the facts whose sums make it up.
  const shares = splitOfTotal(read, kb);
  if (shares) return { verdict: { kind: "shares", shares }, read };
  // "Why did X join …?" when the store says X refused to: the denial, as a correction.
  const correction = correctingFact(read, kb);
  if (correction) return { verdict: { kind: "correction", match: correction }, read };
  // "Why did X refuse to sign …?" when the store says X signed: the signing, and what the question got wrong.
  const done = doneAfterAll(read, kb);
  if (done) return { verdict: { kind: "correction", ...done }, read };
  // "Why did the stations drop to 24?" when they were raised from 24 to 30: the revision.
  const reversed = reversedFigure(read, kb);
  if (reversed) return { verdict: { kind: "correction", match: reversed }, read };
  // "Why is Latvia paying 60 percent?" when it pays 40: the fact with its figure.
  const figure = actorsOtherFigure(read, kb);
  if (figure) return { verdict: { kind: "correction", match: figure }, read };
  // "What did they sign on 9 November?" when every fact of that signing is dated 9 October: that date.
  const dated = otherDate(read, kb);
  if (dated) return { verdict: { kind: "correction", ...dated }, read };
  // "Why did Wigley sign the radar contract?" when Merchison signed it: the fact, and who did.
  const swapped = swappedPremise(read, kb);
  if (swapped) return { verdict: { kind: "correction", ...swapped }, read };
  // "Why did Moana Mobile pull out of the fund?" when it joined it: the joining.
  const stayed = stayedAfterAll(read, kb);
  if (stayed) return { verdict: { kind: "correction", ...stayed }, read };
  // "Why did Georgia's parliament reject the agreement?" when it ratified it: the ratification.
  const accepted = acceptedAfterAll(read, kb);
  if (accepted) return { verdict: { kind: "correction", ...accepted }, read };
  // "When did he start?", "when did she leave the job?": the person's time in their post, told of them.
  const tenure = options.likeliest === false ? undefined : tenureOfPerson(read, kb);
  if (tenure) return { verdict: tenure, read };
  // "Why did X refuse …?" with the refusal stated and no reason beside it: what X said there.
  const stated = statedReason(read, kb, options.floor);
  if (stated) return { verdict: { kind: "stated-reason", ...stated }, read };
  // "Why did X do Y?" with the act told in one fact and its reason in another of its meeting.
  const beside = reasonBesideTheAct(read, kb, options.floor);
  if (beside) return { verdict: { kind: "stated-reason", ...beside }, read };
  return undefined;
}

/**
 * "What was decided at the Praia session?", "what was discussed at the Montevideo talks?": the
 * overview of the meeting the question names (never the latest meeting by default), when all it
 * names is that meeting's own.
 */
export function namedMeetingOverview(
  read: Read,
  kb: KnowledgeBase,
  options: { shift: number; floor: number },
): { verdict: Verdict; read: Read } | undefined {
  if (read.understanding.intent !== "fact" || !asksWhatAMeetingSettled(read.understanding)) return undefined;
  const asOverview = readOf({
    ...read,
    understanding: understandingOf({ ...read.understanding, intent: "overview" }),
  });
  const meetings = findCandidates(asOverview, kb, options.floor);
  const [meeting] = meetings.events;
  if (meetings.eventChoice !== "named" || !meeting || !namesOnly(meeting, read, kb)) return undefined;
  const overview = verify(asOverview, meetings, kb, options);
  return overview.kind === "overview" ? { verdict: overview, read: asOverview } : undefined;
}

/**
 * "Why did Bulgaria refuse to sign …?" answered by the very fact that says Bulgaria signed: said as
 * the correction ("No — Bulgaria did not refuse: …"), as when that fact is found only once the
 * question's own words found nothing, so that how an answer reads does not hang on its likelihood.
 */
export function contradictedPremise(verdict: Verdict, read: Read, kb: KnowledgeBase): Verdict | undefined {
  if (verdict.kind !== "facts") return undefined;
  const [best] = verdict.matches;
  if (!best) return undefined;
  const denial = deniedForWhatWasAsked(read, best, kb);
  if (denial) return { kind: "correction", match: denial };
  const done = doneAfterAll(read, kb);
  if (!done) {
    // "Why did Georgia's parliament reject the agreement?" is not answered by what a minister told
    // the parliament when the store says it ratified the agreement: the ratification corrects it.
    const accepted = acceptedAfterAll(read, kb, best.indexed);
    if (accepted) return { kind: "correction", ...accepted };
    // A refusal of the very act asked is no reason for it (see `refusesTheActAsked`).
    return refusesTheActAsked(read, best.indexed, kb)
      ? { kind: "refuse", message: "I don't have a fact about that.", matches: [] }
      : undefined;
  }
  if (done.match.indexed.fact.id === best.indexed.fact.id) return { kind: "correction", ...done };
  // "Why did Nepal refuse to sign the agreement?" is not answered by "… Bhutan dropped its refusal
  // to train Nepali medical students" when the store says Nepal signed: a fact in which the actor
  // turns nothing of the act down gives no reason for a refusal, and the signing corrects it.
  return refusedAsAsked(read, best.indexed, kb) === false ? { kind: "correction", ...done } : undefined;
}

/**
 * "Why did Panama readmit the dairy plants?" answered by Panama readmitting pork from six plants,
 * when the store says Panama refused to lift the suspension on the dairy plants: the fact that
 * denies the act for every word the question names gives the lie to it, where the answer leaves
 * out one of them ("dairy") and tells the act of something else.
 */
function deniedForWhatWasAsked(read: Read, best: Match, kb: KnowledgeBase): Match | undefined {
  const plan = read.understanding.plan;
  if (plan.kind !== "why") return undefined;
  const words = plan.terms.filter((t) => t.weight >= 1 && !t.timeWord);
  const says = (indexed: IndexedFact, term: Term) =>
    [...term.alternatives.keys()].some((stem) => (indexed.terms.get(stem) ?? 0) >= STATED);
  const left = words.filter((term) => !says(best.indexed, term));
  if (left.length === 0) return undefined;
  const correction = correctingFact(read, kb);
  if (!correction || correction.indexed === best.indexed) return undefined;
  return left.every((term) => says(correction.indexed, term)) ? correction : undefined;
}
/** A word the fact says itself, not one only near it. */
const STATED = 0.9;

/**
 * "Did X do Y?" and "why did X do Y?" answered by a fact that says X refused to: a "no", or the
 * correction, before any fact that merely matches.
 */
export function deniedAct(read: Read, kb: KnowledgeBase): Verdict | undefined {
  const { kind } = read.understanding.plan;
  if (kind !== "yesno" && kind !== "why") return undefined;
  // "Why did Armenia accept the clause?" when it refused it: whatever else a fact says about the
  // clause is no reason for an act not done; but only a denial of that very act says so.
  const correction = correctingFact(read, kb, kind === "why");
  return correction ? { kind: "correction", match: correction } : undefined;
}

/**
 * Everyone and everything the question names is the meeting's own: a participant, or in its place
 * or title ("the Dakar summit" is not the Praia session, whichever of its facts names Dakar).
 */
function namesOnly(event: Event, read: Read, kb: KnowledgeBase): boolean {
  const participants = new Set(event.participants.map((p) => p.entity));
  const own = `${event.title} ${event.place ?? ""}`.toLowerCase();
  return read.understanding.plan.mentions.every((mention) =>
    mention.entityIds.some((id) => {
      const entity = kb.entity(id);
      return (
        participants.has(id) ||
        (!!entity && [entity.name, ...entity.aliases].some((name) => own.includes(name.toLowerCase())))
      );
    }),
  );
}

function meetingDetail(read: Read, nouns: string[], kb: KnowledgeBase, floor: number): Verdict | undefined {
  const aspect = read.understanding.plan.kind;
  if (aspect !== "when" && aspect !== "where") return undefined;
  const asOverview = readOf({
    ...read,
    understanding: understandingOf({ ...read.understanding, intent: "overview" }),
  });
  const meetings = findCandidates(asOverview, kb, floor);
  const [event] = meetings.events;
  // Of several meetings, the one the question names: the newest would be a guess at which was meant.
  const single =
    meetings.eventChoice === "named" || (meetings.eventChoice === "latest" && meetings.events.length === 1);
  if (!event || !single) return undefined;
  // "The first round of the Kulla talks": that meeting of the story the name picks out.
  const step = read.understanding.storyStep;
  const counted = typeof step === "object" ? storyMeetings(event, kb)[step.nth - 1] : event;
  return counted ? detailOf(counted, read, nouns, aspect, kb) : undefined;
}

function detailOf(
  event: Event,
  read: Read,
  nouns: string[],
  aspect: "when" | "where",
  kb: KnowledgeBase,
  namesChecked = true,
): Verdict | undefined {
  if (namesChecked && (!namesOnly(event, read, kb) || !calledSo(event, nouns))) return undefined;
  if (aspect === "where" && !event.place) {
    return {
      kind: "refuse",
      message: `My sources don't say where "${event.title}" took place.`,
      matches: [],
    };
  }
  const fact = factNamingMostOf(event, kb);
  if (!fact) return undefined;
  return { kind: "event-detail", event, aspect, fact };
}

/** Most of the facts that name a meeting by its own name are of its record. */
const OWN_RECORD_SHARE = 0.5;

/**
 * "When was the Kulla round?", "where did the Bangui summit take place?": a where- or when-question
 * of nothing but one meeting the store knows by name (an entity, not an event record), and the
 * record most of the facts naming it belong to; none if no record has most of them.
 */
function meetingCalled(read: Read, kb: KnowledgeBase): Event | undefined {
  const { plan, time, order, wholeStory } = read.understanding;
  if (plan.kind !== "when" && plan.kind !== "where") return undefined;
  if (plan.future || plan.unknown.length > 0 || time || order || wholeStory) return undefined;
  if (plan.terms.some((t) => t.weight >= 1 && !isMeetingVerb(t.word))) return undefined;
  const [mention, ...more] = plan.mentions;
  if (!mention || more.length > 0 || mention.entityIds.length !== 1) return undefined;
  const id = mention.entityIds[0]!;
  if (kb.entity(id)?.kind !== "event" || kb.event(id)) return undefined;
  const records = new Map<string, number>();
  let naming = 0;
  for (const indexed of kb.factsAbout(id)) {
    naming++;
    const event = indexed.fact.event;
    if (event) records.set(event, (records.get(event) ?? 0) + 1);
  }
  const [best] = [...records].sort((a, b) => b[1] - a[1]);
  const record = best && best[1] > naming * OWN_RECORD_SHARE ? kb.event(best[0]) : undefined;
  // The record is the meeting itself, its title and place saying every word of the name, not one
  // where the named meeting only came up ("COP29" spoken of at a visit).
  const own = record
    ? new Set(tokenize(`${record.title} ${record.place ?? ""}`).map((t) => t.stem))
    : undefined;
  const name = tokenize(kb.entity(id)!.name);
  return own && name.length > 0 && name.every((t) => own.has(t.stem)) ? record : undefined;
}

/** Words that fit any meeting; "summit", "signing" or "visit" must be what the meeting's record calls it. */
const ANY_MEETING: ReadonlySet<string> = new Set(ANY_MEETING_NOUNS);

function calledSo(event: Event, nouns: string[]): boolean {
  const own = new Set(tokenize(`${event.title} ${event.summary ?? ""}`).map((t) => t.stem));
  return nouns.every((noun) => ANY_MEETING.has(noun) || own.has(stemOf(noun)));
}
