import { type Candidates, storyMeetings } from "./candidates.ts";
import {
  answerEntity,
  answeringEntity,
  asksForRoleHolder,
  handoversIn,
  namedFirstHolder,
  passesOnToSomeoneUnnamed,
  predecessorIn,
  successorIn,
} from "./compose.ts";
import type { Reading } from "./context.ts";
import {
  confidenceOf,
  enoughToAnswer,
  evidenceFeatures,
  type Judgement,
  LOWEST_FLOOR,
  likelihoodOf,
  RIVAL_MARGIN,
} from "./evidence.ts";
import type { Involved } from "./involved.ts";
import type { IndexedFact, KnowledgeBase } from "./knowledge.ts";
import { countryNamed, currencyUnits } from "./language/countries.ts";
import { figureChange } from "./language/figure-change.ts";
import {
  DETERMINERS,
  MEETING_NOUN_PATTERN,
  NUMBER_WORDS,
  ORDINAL_WORDS,
  STOPWORDS,
} from "./language/lexicon.ts";
import {
  canonicalText,
  irregularBase,
  isPastVerb,
  stemOf,
  type Token,
  tokenize,
  wordsOf,
} from "./language/normalize.ts";
import {
  canBearAName,
  canNamePerson,
  isAdjective,
  isAdjectiveOnly,
  isKindOf,
  isLightVerb,
  isNoun,
  isNounOnly,
  isPersonNoun,
  isPersonnelNoun,
  isTimeNoun,
  isVerb,
  isVerbOfSaying,
  namesAgent,
  namesAmount,
  usedMostlyAsVerb,
} from "./language/thesaurus.ts";
import { CALENDAR_WORDS, MONTHS, ratePeriodsIn } from "./language/time.ts";
import {
  doerOfTheKindAsked,
  type Holders,
  type Shares,
  splitAsked,
  tellsNoPart,
  wholeOfTheParts,
} from "./lists.ts";
import { ASKS_STILL_OPEN, statesLeftOpen, statesOpen } from "./open-matters.ts";
import { refusalsOfAnotherAct, stanceOfAnother } from "./premise.ts";
import type { QueryPlan, Term } from "./query.ts";
import { isPredecessorCue, leadingVerbAt, PREPOSITIONS, personOfCountry, speaksFor } from "./roles.ts";
import type { DialogueTurn, Entity, EntityKind, Event, Source } from "./schema.ts";
import {
  ANSWER_THRESHOLD,
  answers,
  describes,
  jointShare,
  leaderAsked,
  type Match,
  mentionMatch,
  NAMED_IN_TEXT,
  NEGATION,
  namesTheLeader,
  reportersIn,
  saysAKindOf,
  timePrecision,
} from "./score.ts";
import {
  type AskedSlot,
  askedSlot,
  asksHowManyAreHeld,
  asksHowMuch,
  countedThing,
  countsOnlyThoseWhoActed,
  isPlural,
  namesAsked,
  namesTheCounted,
  numbersCountOtherThings,
  STRONG_MATCH,
  statesMoney,
} from "./score-kind.ts";
import { arguesForIt } from "./score-reason.ts";
import { askedDateIn, asksHowLongItIs, fitsDate, movesOn } from "./score-time.ts";
import type { SidePerson } from "./sides.ts";
import {
  askedFigureTakenOn,
  askedOrdinal,
  asksAsThingsStand,
  asksForTheFirstAccount,
  asksNoEarlierState,
  asksPlannedDayAsItStands,
  beyondTheStory,
  CHANGE_STATED,
  changeOfWordsAsked,
  changesBetween,
  contentStems,
  dayNowTold,
  daysIn,
  eachMeeting,
  earliestAccount,
  figureOvertaken,
  figureSince,
  firstMeeting,
  KEY_FACTS,
  keepsTheQuestion,
  keepsTheSubject,
  laterAccount,
  likeness,
  meetingAlong,
  meetingBeside,
  movesThePlanTold,
  NEXT,
  NOT_YET_SET,
  newestAccount,
  newestCountOf,
  nextMeetingToldAt,
  noSuchOrdinal,
  ofTheCountedMeeting,
  otherAccount,
  pickedByTime,
  plannedDayMovedLater,
  reportedOn,
  retellsUpTo,
  retoldMonth,
  STILL,
  setsNoTime,
  TOLD_BESIDE,
  takenOnFrom,
  takenOnLater,
  takesOn,
  takesOnTheFirstFigure,
  tellsChangeAsked,
  toldOfMeetingBeside,
  withoutOvertaken,
} from "./story.ts";
import {
  entityWords,
  factSequences,
  mentionPositions,
  namePositions,
  textHasWordsInRow,
} from "./token-cache.ts";
import {
  asksAnEarlierPost,
  asksHowToDoIt,
  delayedThing,
  EARLIER_POST,
  EARLIER_SIDE,
  LATER_SIDE,
  type Understanding,
  understand,
} from "./understand.ts";

// Regex literals in functions, hoisted: a literal is a new RegExp object each time it is evaluated,
// garbage per word or fact read. (None is global or sticky where it is tested: no state kept.)
const STARTS_WITH_DIGIT = /^\d/;
const ING_OR_ED = /(?:ing|ed)$/;
const ISO_MONTH = /^\d{4}-\d{2}/;

/**
 * Stage 4 of answering: does anything found really answer, and how sure is that? The scores
 * weigh the evidence (coverage of the question's names and words, how names are linked, roles,
 * time, negation); here they are held against the calibrated threshold, and the special kinds of
 * answer (an event overview, a profile, an expansion) are checked for what they need.
 */
export type Verdict =
  | { kind: "refuse"; message: string; matches: Match[] }
  | { kind: "facts"; matches: Match[]; confidence: number }
  /** "How many were planned at first, and how many now?": one thing as an earlier and a later article tell it. */
  | { kind: "accounts"; earlier: Match; later: Match; confidence: number }
  /** "How long after the Khujand talks did they sign?": from that meeting's day to the act's. */
  | { kind: "span"; from: Event; fromFact: IndexedFact; fact: IndexedFact; day: string; confidence: number }
  /** "What changed between the Khujand and Osh talks?": what the later meeting's facts say moved since. */
  | { kind: "changes"; earlier: Event; later: Event; facts: IndexedFact[] }
  /** "What was left open at the Montevideo talks?": the meeting's facts that say a matter was not settled (open-matters.ts). */
  | { kind: "open"; event: Event; facts: IndexedFact[] }
  /** "Which organisations are involved in the storm network?": everyone of that kind its story names (involved.ts). */
  | { kind: "involved"; involved: Involved }
  /** The question takes for granted an act the fact says was not done (premise.ts). */
  | {
      kind: "correction";
      match: Match;
      /** What the question got wrong, said before the fact ("Norland did not refuse"). */
      wrong?: string;
      /** Who did turn the act down, said after the fact. */
      refuser?: IndexedFact;
    }
  /** A why-question answered by what the actor said at the meeting where they did it (premise.ts). */
  | { kind: "stated-reason"; act: IndexedFact; reason: IndexedFact }
  | {
      kind: "overview";
      event: Event;
      facts: IndexedFact[];
      choice: Candidates["eventChoice"];
      among: number;
      /** "What's the deal with the low-water exemption?": what the meeting's facts say of the topic asked. */
      onTopic?: IndexedFact[];
    }
  /** "Who chaired each round?": each meeting of the story, oldest first, with its own answer (if any). */
  | { kind: "each-meeting"; events: Event[]; matches: (Match | undefined)[]; confidence: number }
  /** "Recap the whole saga": each meeting of the story, oldest first, with a key fact of each. */
  | {
      kind: "story";
      events: Event[];
      facts: IndexedFact[];
      /** "day": the meetings of one day asked, none of them more the answer than another. */
      aspect?: "when" | "where" | "day";
      /** A second fact of a meeting, for a subject its title names that its first fact leaves out. */
      besides?: (IndexedFact | undefined)[];
    }
  /** "Who reported on each meeting?": each meeting of the story, oldest first, with its article. */
  | { kind: "story-sources"; events: Event[]; sources: Source[]; facts: IndexedFact[] }
  | {
      kind: "event-detail";
      event: Event;
      aspect: "when" | "where" | "who";
      fact: IndexedFact;
      /** For "which countries took part?": only the participants of these kinds. */
      kinds?: readonly EntityKind[];
      /** Chosen as the most recent of this many events the question may mean. */
      latestOf?: number;
    }
  | { kind: "profile"; entity: Entity; facts: IndexedFact[] }
  /** "List every chief negotiator Cameroon has had": everyone described as holding the post (lists.ts). */
  | { kind: "holders"; holders: Holders }
  /** "Who led the Chilean side at the San Juan talks?": the country's person, by the meeting's record (sides.ts). */
  | { kind: "side"; people: SidePerson[] }
  /** "How is the 210 million split?": the facts whose sums add up to the total (lists.ts). */
  | { kind: "shares"; shares: Shares }
  | { kind: "expansion"; entity: Entity; said: string | undefined; backing: IndexedFact }
  | { kind: "source"; event: Event; source: Source; fact: IndexedFact; choice: Candidates["eventChoice"] }
  /** "Who was quoted in the article?": each person the article quotes, with a fact of theirs. */
  | {
      kind: "quoted";
      event: Event;
      source: Source;
      quoted: { entity: Entity; fact: IndexedFact }[];
      /** Nothing named the article: the newest one was taken. */
      newest: boolean;
    };

/** Words for a meeting: "which outlet reported the meeting?" asks about one, if only the latest. */
const EVENT_WORDS = new RegExp(`\\b(?:${MEETING_NOUN_PATTERN}|event|news|story|article)\\b`);

/** Facts this close to the best one answer a list question together. */
const LIST_MARGIN = 0.04;
const MAX_LIST = 6;
/** Fewer facts than this naming a doer of the kind asked leave a list as the question's words found it. */
const MIN_DOERS = 2;
const PROFILE_FACTS = 3;

export interface VerifyOptions {
  /** Moves the fitted thresholds of the evidence (the evaluation's curve); 0 in use. */
  shift: number;
  /** The coverage below which no fact is weighed (`candidateFloor`). */
  floor: number;
  /** Sees each weighed answer (the evaluation fits the weights from these). */
  observe?: (judgement: Judgement) => void;
}

/** "What will the bridge be (officially) named?", "what are the ferries going to be called?". */
const NAME_TO_BEAR_ASKED =
  /\bwhat (?:will|would|is|are|was|were|should|could|shall) .+? (?:be|get|going to be) (?:(?:officially|formally|finally|eventually) )?(?:called|named|dubbed|christened|known as)\W*$/i;
/** A fact that says what something is called ("to be called the King Hamad Causeway", "named after"). */
const NAMING_TOLD = /\b(?:called|named|dubbed|christened|known as|name)\b/i;
/** How near the best fact's coverage a fact that says what the thing is called must come. */
const NAMING_FACT_NEAR = 0.9;

export function verify(
  givenRead: Reading & { kind: "read" },
  found: Candidates,
  kb: KnowledgeBase,
  { shift, floor, observe }: VerifyOptions,
): Verdict {
  // "According to the Pálava Business Daily, how long is the bridge?": the outlet only chose the
  // facts; the checks of the question's wording read it as "according to it, …" ("daily" is not
  // asked of a figure counted per day).
  const unnamed = givenRead.understanding.outletUnnamed;
  const read =
    unnamed === undefined
      ? givenRead
      : { ...givenRead, understanding: { ...givenRead.understanding, question: unnamed } };
  const { plan, intent } = read.understanding;
  const { matches } = found;
  const refuse = (message: string): Verdict => ({ kind: "refuse", message, matches });

  // A name the store has never heard of: whatever else matches is about someone else.
  const unknownNames = plan.unknown.filter((u) => u.nameLike).map((u) => `"${u.word}"`);
  if (unknownNames.length > 0) return refuse(`I don't have any facts about ${unknownNames.join(", ")}.`);
  // "How do I make pho at home?": instructions are no fact of a meeting.
  if (asksHowToDoIt(read.understanding.question)) return refuse("I don't have a fact about that.");
  // "What will the new ferries be called?" asks a name the thing is to bear: facts that speak of the
  // ferries, or a profile of the bridge, give none unless one of them, about as much of the question
  // as the best, says what it is called (another thing's "to be called" is not the ferries' name).
  if (
    NAME_TO_BEAR_ASKED.test(read.understanding.question) &&
    !matches.some(
      (m) =>
        m.coverage >= (matches[0]?.coverage ?? 0) * NAMING_FACT_NEAR &&
        NAMING_TOLD.test(m.indexed.fact.statement),
    )
  )
    return refuse("I don't have a fact about that.");
  if (read.understanding.comparison === "changes") {
    const changes = changesBetween(plan, kb);
    if (changes) return changes;
  }
  const referred = read.event ?? meetingBeside(plan, kb)?.id;
  if (referred) {
    const event = kb.event(referred);
    // "Who reported it?" asks for the report, not for who was there.
    const aspect =
      intent !== "source" && (plan.kind === "when" || plan.kind === "where" || plan.kind === "who")
        ? plan.kind
        : undefined;
    const fact = event ? keyFacts(event, kb, 1)[0] : undefined;
    if (event && aspect === "where" && !event.place) {
      return refuse(`My sources don't say where "${event.title}" took place.`);
    }
    if (event && fact && aspect) return { kind: "event-detail", event, aspect, fact };
  }
  // "When will the commission meet after San Ignacio?" with no meeting after it in the store: what
  // that meeting's article says of the next one.
  const toldNext = referred ? undefined : nextMeetingToldAt(plan, kb);
  if (toldNext)
    return { kind: "facts", matches: [{ indexed: toldNext, coverage: 1, rank: 1 }], confidence: TOLD_BESIDE };
  // "And the fifth one?" of a story of three meetings.
  if (read.noSuchStep) {
    const from = read.event ? kb.event(read.event) : undefined;
    const step = read.understanding.storyStep;
    const told =
      from && (step === "previous" || step === "next") ? toldOfMeetingBeside(from, step, kb) : undefined;
    if (told)
      return { kind: "facts", matches: [{ indexed: told, coverage: 1, rank: 1 }], confidence: TOLD_BESIDE };
    return refuse(
      `My sources don't tell of such a meeting in the story of ${kb.event(read.event ?? "")?.title ?? "that meeting"}.`,
    );
  }
  if (intent === "overview") {
    // "What happened on 10 February 2026?" when several meetings were held that day: each of them,
    // by its key fact; the newest alone would hide the others as if the store had only one.
    const day = askedDateIn(plan.text);
    if (day?.day && found.eventChoice === "latest" && found.events.length > 1) {
      const held = found.events.filter((event) => fitsDate(day, event.date));
      const facts = held.flatMap((event) => keyFacts(event, kb, 1));
      if (held.length > 1 && held.length === found.events.length && facts.length === held.length)
        return { kind: "story", events: held, facts, aspect: "day" };
    }
    // An overview of something the store never speaks of, where nothing else named a meeting: the
    // newest meeting would be a guess.
    const unknownTopic = read.understanding.unknownTopic;
    if (unknownTopic && found.eventChoice === "latest") {
      return refuse(`I don't know of any meeting about ${unknownTopic.map((w) => `"${w}"`).join(", ")}.`);
    }
    // "What happened at the fourth round?" when the rounds the store has are the first three.
    const ordinal = askedOrdinal(plan.words);
    const namedMeeting = found.events[0];
    if (
      ordinal &&
      (noSuchOrdinal(ordinal, found.events) ||
        (namedMeeting !== undefined && beyondTheStory(ordinal, namedMeeting, kb)))
    ) {
      return refuse(`My sources don't tell of a ${ordinal.word} ${ordinal.noun}.`);
    }
    if (found.eventChoice === "story" && found.events.length > 1) {
      // "The whole story with Italy's money for the park": each meeting told by its fact on that
      // topic, where it has one, rather than by its key fact.
      const ofStory = new Set(found.events.map((event) => event.id));
      const topical = storyTopicAsked(read.understanding, found.events)
        ? found.matches.filter((m) => ofStory.has(m.indexed.fact.event ?? "") && !reportersIn(m.indexed, kb))
        : [];
      // How near the story's best fact on the topic: a meeting's own best must be near it too.
      const best = topical.reduce((most, m) => Math.max(most, m.coverage), 0);
      const onTopicOf = (event: Event) =>
        topical.find(
          (m) =>
            m.indexed.fact.event === event.id &&
            m.coverage >= STORY_TOPIC_COVERAGE &&
            m.coverage >= best * STORY_TOPIC_SHARE,
        )?.indexed;
      // (A topic asked in words of its own, "Italy's money for the park", comes before the thing
      // it is of: the park's own story is every meeting's part of the park.)
      const thing = storyThingAsked(read.understanding, found.events, kb);
      const told = found.events.flatMap((event, i) => {
        const onTopic = onTopicOf(event);
        const fact =
          onTopic ??
          (thing ? keyFactNaming(event, thing, kb, i > 0) : undefined) ??
          (i > 0 ? leadFact(event, kb) : undefined) ??
          keyFacts(event, kb, 1)[0];
        return fact ? [{ event, fact, own: !onTopic && !thing }] : [];
      });
      // "Which cities have the talks been held in?": each meeting's place, where its record has one.
      const placed = read.understanding.placesOfMeetings ? told.filter((t) => t.event.place) : told;
      if (placed.length > 1) {
        // (A meeting told by its own key fact: not by its part of a thing or topic asked.)
        const besides = read.understanding.placesOfMeetings ? [] : subjectsLeftOut(placed, kb);
        return {
          kind: "story",
          events: placed.map((t) => t.event),
          facts: placed.map((t) => t.fact),
          ...(besides.some((f) => f !== undefined) ? { besides } : {}),
          ...(read.understanding.placesOfMeetings ? { aspect: "where" as const } : {}),
        };
      }
    }
    // "What happened at the PPWC meeting before the Montevideo one?": the story's meeting beside the
    // one named; with none such, what the named meeting's article says of it, else nothing.
    const step = read.understanding.storyStep;
    const named = found.events[0];
    if (named && !read.event && (step === "previous" || step === "next")) {
      const beside = meetingAlong(named, step, kb);
      if (!beside) {
        const told = toldOfMeetingBeside(named, step, kb);
        return told
          ? { kind: "facts", matches: [{ indexed: told, coverage: 1, rank: 1 }], confidence: TOLD_BESIDE }
          : refuse(
              `My sources don't tell of a meeting ${step === "previous" ? "before" : "after"} ${named.title}.`,
            );
      }
    }
    const event =
      named && !read.event && (step === "previous" || step === "next")
        ? meetingAlong(named, step, kb)
        : named;
    const excluded = read.understanding.excluding;
    const facts = event
      ? keyFacts(event, kb, KEY_FACTS + (excluded ? KEY_FACTS : 0))
          .filter((f) => !excluded?.every((stem) => f.terms.has(stem)))
          .slice(0, KEY_FACTS)
      : [];
    // "What happened to him in August?" when the latest of his meetings was in May: that meeting
    // is not what happened then, and the one the question pins is not known.
    const pinned = found.eventChoice === "latest" ? askedDateIn(read.understanding.question) : undefined;
    if (event && pinned && !fitsDate(pinned, event.date)) return refuse("I don't have a fact about that.");
    if (event && facts.length > 0) {
      const onTopic = factsOnTopicAsked(read.understanding, event, found.matches);
      return {
        kind: "overview",
        event,
        facts: [...onTopic, ...facts.filter((f) => !onTopic.includes(f))],
        choice: found.eventChoice,
        among: found.events.length,
        ...(onTopic.length > 0 ? { onTopic } : {}),
      };
    }
  }
  // "Who attended the Praia session?": the event's participants; with no event named, the latest's, saying so.
  if (intent === "attendance") {
    const [event] = found.events;
    const fact = event ? factNamingMostOf(event, kb) : undefined;
    if (event && fact) {
      const kinds = plan.focus?.kinds ?? [];
      const among = found.eventChoice === "latest" ? found.events.length : 1;
      return {
        kind: "event-detail",
        event,
        aspect: "who",
        fact,
        ...(kinds.length > 0 ? { kinds } : {}),
        ...(among > 1 ? { latestOf: among } : {}),
      };
    }
  }
  // "Which outlet reported the talks?": the article the event comes from, whatever its facts say.
  if (intent === "source") {
    // "Who reported that?" after an answer: that answer's meeting.
    const previousEvent = read.previous?.event ? kb.event(read.previous.event) : undefined;
    const latest = found.eventChoice === "latest";
    const event = latest && previousEvent ? previousEvent : found.events[0];
    // Nothing named, nothing to refer to, not even "the meeting": every answer already names its source.
    if (latest && !previousEvent && !EVENT_WORDS.test(plan.text)) {
      return refuse(
        "Every answer I give names its source: ask me about a meeting and I'll say who reported it.",
      );
    }
    // "Who reported on each meeting?", "which outlets covered all the rounds?": every meeting's article.
    const story =
      event && (read.understanding.perMeeting || read.understanding.wholeStory)
        ? storyMeetings(event, kb)
        : [];
    const told = story.flatMap((meeting) => {
      const source = kb.source(meeting.source);
      const fact = keyFacts(meeting, kb, 1)[0];
      return source && fact ? [{ meeting, source, fact }] : [];
    });
    if (told.length >= 2 && told.length === story.length) {
      return {
        kind: "story-sources",
        events: told.map((t) => t.meeting),
        sources: told.map((t) => t.source),
        facts: told.map((t) => t.fact),
      };
    }
    const source = event ? kb.source(event.source) : undefined;
    const fact = event
      ? ((source ? reportByTheOutlet(event, source.outlet, kb) : undefined) ?? keyFacts(event, kb, 1)[0])
      : undefined;
    if (event && source && fact) {
      const choice = latest && previousEvent ? "referred" : found.eventChoice;
      return { kind: "source", event, source, fact, choice };
    }
  }
  if (intent === "quoted") {
    const event = articleAskedAbout(read, found, kb);
    const source = event ? kb.source(event.source) : undefined;
    if (!event || !source)
      return refuse("I don't know which article you mean: name its outlet or its meeting.");
    const quoted = quotedIn(event, kb);
    if (quoted.length === 0) return refuse(`${source.outlet}'s report, as I have it, quotes no one by name.`);
    const newest = !read.understanding.sources && !read.previous?.event && found.eventChoice === "latest";
    return { kind: "quoted", event, source, quoted, newest };
  }
  // (What was just told is the subject of "how long is it?" right after it: the question asks its
  // measure with no word or name of its own. "Where was it?" with nothing told of a place is refused.)
  // ("Why not?", "how much was it?" right after an answer ask only a detail of what was told: a fact
  // told that holds it (`toldMatches` keeps no other) answers, having no words being no reason to
  // refuse. Not "where was it?" of a country the fact names, which is no place it says the thing
  // was; a place it names is: "where?" right after "… the committee will next meet in Veld".)
  if (
    plan.mentions.length === 0 &&
    plan.terms.length === 0 &&
    plan.unknown.length === 0 &&
    !(
      read.told &&
      (asksHowLongItIs(plan) ||
        (matches.length > 0 && (plan.kind !== "where" || matches.every((m) => namesAPlace(m, kb)))))
    )
  ) {
    return refuse("Ask me a question about the events I know, for example one of these.");
  }
  // "Who is day?": a who-is about a bare word the store uses for other things names nobody it knows.
  const [only] = plan.terms;
  if (plan.whoIs && plan.mentions.length === 0 && plan.terms.length === 1 && only?.position === 2) {
    return refuse("I don't have a fact about that.");
  }

  if (intent === "expansion") {
    const mention = plan.mentions[0]!;
    const entity = kb.entity(mention.entityIds[0]!);
    const backing = entity ? bestFactFor(entity, kb, entity.name) : undefined;
    if (entity && backing) {
      const said = mention.viaAlias ? mention.text.toUpperCase() : shortAlias(entity);
      return { kind: "expansion", entity, said, backing };
    }
  }
  // "What else did he say?": more of what is known about them, not their role again.
  if (intent === "profile" && read.exclude.size > 0) {
    const entity = kb.entity(plan.mentions[0]!.entityIds[0]!);
    const more = entity ? profileFacts(entity, kb, MAX_LIST, read.exclude) : [];
    if (more.length === 0) return refuse("That is all I know about that.");
    return {
      kind: "facts",
      matches: more.map((indexed) => ({ indexed, coverage: 0.9, rank: 0.9 })),
      confidence: 0.9,
    };
  }
  if (intent === "profile") {
    const entity = kb.entity(plan.mentions[0]!.entityIds[0]!);
    const facts = entity ? profileFacts(entity, kb, read.understanding.wantsDetail ? PROFILE_FACTS : 1) : [];
    if (entity && facts.length > 0) return { kind: "profile", entity, facts };
  }

  // "What is Retezat?" with no fact about it: a fact that only says the name in passing ("while the
  // Retezat fire was spreading") is about something else, and says nothing of what it is.
  const about =
    intent === "profile" || intent === "expansion"
      ? matches.filter((m) => !onlySaysAName(plan, m, kb))
      : matches;
  // "Who is the president of Chile?" needs a fact that says who; one that mentions the office does not.
  const excluding = read.understanding.excluding;
  const allowed = excluding
    ? besideTheExcluded(
        about.filter(
          (m) =>
            !excluding.every((stem) => m.indexed.terms.has(stem)) ||
            namesOthers(m.indexed, excluding, read, kb),
        ),
        excluding,
        plan,
        kb,
      )
    : about;
  // "Who had the job before him?" needs a fact that names the one before, not one that only
  // says what came before for him.
  const asksForPredecessor =
    read.understanding.time === "past-holder" && (plan.kind === "who" || plan.kind === "which");
  // ("Who was Kyrgyzstan's emergency minister before Abdyrakhmanova?" asks for a role's holder
  // too, but the one before: the handover names them.)
  const fitting = asksForPredecessor
    ? firstHolderIfNoneBefore(
        withoutAnotherPostsHandovers(
          withoutAnotherBodysHandovers(
            allowed.filter((m) => predecessorIn(plan, m.indexed, kb) !== undefined),
            plan,
            kb,
          ),
          plan,
        ),
        allowed,
        plan,
        kb,
      )
    : read.understanding.time === "successor"
      ? allowed.filter(
          (m) =>
            (successorIn(plan, m.indexed, kb) !== undefined ||
              passesOnToSomeoneUnnamed(plan, m.indexed, kb)) &&
            !anotherPostHandedOver(plan, m.indexed, kb),
        )
      : asksForRoleHolder(plan)
        ? allowed.filter((m) => answerEntity(plan, m.indexed, kb) !== undefined)
        : plan.kind === "who" && intent === "fact"
          ? fromTheFirstWithADoer(allowed, read.understanding, kb)
          : allowed;
  // (A question about before or after is met by the handover itself: "took over from Šimkus".)
  const another = refusalsOfAnotherAct(read, kb);
  const doneActs = actsAskedDone(plan);
  const acted = (
    asksForPredecessor || read.understanding.time === "successor" ? fitting : whoDidIt(fitting, plan, kb)
  ).filter((m) => !another?.(m.indexed));
  const counted = ofTheCountedMeeting(
    ofTheSenseAsked(
      theMonthAsked(
        dayOfTheMonth(
          theActDone(
            ofTheSideAsked(
              heldByTheCountryNamed(byTheCountryAsked(personWhoDidIt(acted, plan, kb), plan, kb), plan, kb),
              read.understanding.question,
              kb,
            ),
            plan,
            read.understanding.time,
          ),
          plan,
          read.understanding.question,
        ),
        read.understanding,
      ),
      plan,
    ),
    plan.words,
    kb,
  );
  const timed = aroundTheMeeting(
    theActNotOnlyToCome(
      notALaterPartsStart(counted, plan, kb),
      doneActs,
      read.understanding.question,
      plan.kind === "yesno",
    ),
    read.understanding,
    kb,
  );
  const canSayYes = plan.kind === "yesno" ? factThatCanSayYes(plan, kb) : undefined;
  const current = onlyWhatIsBound(
    namingFirst(
      handoverFirst(
        ownReplyFirst(
          NEXT.test(plan.text) ? withoutOvertaken(timed, floor, kb) : timed,
          read.understanding,
          kb,
        ),
        read.understanding,
        kb,
      ),
      read.understanding,
    ),
    read.understanding.question,
  );
  const usable = plan.quantity
    ? fullerCountFirst(sumBeforeShare(current, read.understanding.question))
    : HOW_LONG_DID.test(read.understanding.question.toLowerCase())
      ? anotherPostLast(current, plan, kb)
      : plan.kind === "where"
        ? ownPlaceFirst(venueFirst(current, plan), plan, kb)
        : plan.kind === "when" || FINER_ASKED.has(read.understanding.time ?? "")
          ? finerTimeFirst(
              plan.kind === "when"
                ? plannedRatherThanDone(
                    doneRatherThanExpected(
                      notAStateThatStillHeld(
                        notDatedByAnotherAct(current, plan, read.understanding.question),
                        read.understanding.question,
                      ),
                      read.understanding.question,
                    ),
                    read.understanding.question,
                  )
                : current,
              plan,
              kb,
            )
          : current;
  // "Who chaired each round?": one answer per meeting, each as sure as its own evidence.
  const each = read.understanding.perMeeting ? eachMeeting(plan, usable, kb) : undefined;
  // "Where was each round held?", "when was each one?": each meeting's own place or day, with its key fact.
  if (each && (plan.kind === "where" || plan.kind === "when")) {
    const aspect = plan.kind;
    const told = each.events.filter((event) => aspect === "when" || event.place);
    const facts = told.flatMap((event) => keyFacts(event, kb, 1));
    if (told.length >= 2 && facts.length === told.length)
      return { kind: "story", events: told, facts, aspect };
  }
  if (each) {
    // A meeting's fact found by its own words (not among those weighed) answers as the others do.
    const weighed = new Set(usable);
    const sure = each.matches.map((m) => {
      if (!m) return undefined;
      if (!weighed.has(m)) return Number.POSITIVE_INFINITY;
      const own = usable.filter((other) => other.indexed.fact.event === m.indexed.fact.event);
      const likelihood = likelihoodOf(evidenceFeatures(read, m, own));
      return enoughToAnswer(likelihood, answers(m), shift) ? likelihood : undefined;
    });
    const likely = sure.filter((l) => l !== undefined && l <= 1);
    if (likely.length > 0 && sure.filter((l) => l !== undefined).length >= 2) {
      const matches = each.matches.map((m, i) => (sure[i] === undefined ? undefined : m));
      const confidence = confidenceOf(Math.min(...likely.flatMap((l) => (l === undefined ? [] : [l]))));
      return { kind: "each-meeting", events: each.events, matches, confidence };
    }
  }
  // "Why does Vietnam want the deal?": a reason argued (`arguesForIt`) stands as given; a later
  // article's remark that argues nothing is no newer account of it. (Session 41.)
  const standing =
    asksAsThingsStand(read) && !(plan.kind === "why" && !!usable[0] && arguesForIt(usable[0].indexed));
  // ("How many were planned at first?" is worded as a plan, which stands as the latest article
  // has it, but "at first" asks for the first account.)
  const top = !usable[0]
    ? undefined
    : asksForTheFirstAccount(read)
      ? firstAccount(read, usable, kb, shift)
      : standing || read.understanding.aroundMeeting?.relation === "before"
        ? newestAccount(
            usable,
            kb,
            setsNoTime(read, kb) && !timeWordIn(plan.text) ? plan : undefined,
            sameParty(plan, usable[0], kb),
          )
        : usable[0];
  // "When did they first meet?" with no fact that says so: the story's earliest meeting (a fact
  // that does say it, "they first met in 2019", knows of meetings the store has no event for).
  const first = firstMeeting(plan, kb);
  const earliest = first ? keyFacts(first, kb, 1)[0] : undefined;
  const refuseOrFirst = (): Verdict =>
    first && earliest && (plan.kind === "when" || plan.kind === "where")
      ? { kind: "event-detail", event: first, aspect: plan.kind, fact: earliest }
      : (describedBy(plan, kb) ?? refuse("I don't have a fact about that."));
  // "Is the site of the border station still undecided?": the account that left it open and the
  // later one that settled it ("will be built at Röszke"), which shares the open account's words
  // rather than the question's ("site", "undecided"). Not where the best fact already answers
  // and does not leave it open ("the pay dispute was settled with a compromise").
  const decided =
    plan.kind === "yesno" &&
    !read.event &&
    ASKS_STILL_OPEN.test(plan.text) &&
    (!top || !answers(top, floor) || statesOpen(top.indexed.fact.statement))
      ? decidedSince(plan, usable, kb)
      : undefined;
  if (decided) return decided;
  // "Is Grenada still against applying the code to small homes?" where no one account has enough
  // of the question: the earlier account of the state and the later one that tells its change.
  if (top && !answers(top, floor)) {
    const both = stillByTwoAccounts(read, usable, kb);
    if (both) return both;
  }
  if (!top || !answers(top, floor)) return refuseOrFirst();
  // (A lower fact that can say yes is not put in its place: what leads is what the question found.)
  // "Is Serbia a full member?" led by "Serbia asked to become a full member": no, only wished for,
  // said once the evidence is as sure of that fact as of any answer.
  const onlyAWish = canSayYes && !canSayYes(top) ? wishedNotHeld(plan, top, usable, kb) : undefined;
  if (canSayYes && !canSayYes(top) && !onlyAWish) return refuseOrFirst();
  // "What visa fee do Bhutanese students pay?" is not answered by a scheme "without paying tuition
  // fees": the thing the question's wh-word asks for must be in the fact, in so many words or by a
  // word for a kind of it ("what documents …" by "a memorandum").
  if (slotUnheld(plan, top, askedSlot(plan))) return refuseOrFirst();
  // "Which cyclone pushed them to set up the network?" is not answered by "a shared cyclone
  // early-warning network": a fact that has the thing asked for only as a word describing another
  // thing names none of that kind.
  if (askedOnlyDescribing(plan, top)) return refuseOrFirst();
  // "Who's Indonesia's new chief negotiator?" is not answered by Vietnam's: the one a fact would
  // lead with must be of the country asked.
  if (leadOfAnotherCountry(read.understanding, top, kb)) return refuseOrFirst();
  // "What kind of vessels will they use?" asks what kind: "eight vessels, four from each country"
  // counts them and says whose, but not of what kind.
  // "How long has the car ferry been running?" is not answered by "Boonma, chairman of the ferry
  // operators' association since 2021": that "since" is of a person's post, said beside their name,
  // and no person was asked about.
  if (
    HOW_LONG_SINCE.test(read.understanding.question.toLowerCase()) &&
    sinceOnlyOfAPersonsPost(plan, top, kb)
  ) {
    return refuse("I don't have a fact about that.");
  }
  const kindOf = kindAsked(plan);
  const ofAKind = (m: Match) => !kindOf || saysWhatKind(kindOf, m.indexed);
  if (!ofAKind(top)) return refuseOrFirst();
  // "Where's the warning centre going?", "where were the aircraft supposed to be based?" ask where
  // a thing is or is to be: a fact that names no place of its own would be answered with the venue
  // of the meeting it was told at, which is where the talking was, not where the thing is.
  if (
    plan.kind === "where" &&
    WHERE_OPENS.test(plan.text.toLowerCase()) &&
    (THING_PLACE_ASKED.test(plan.text.toLowerCase())
      ? onlyTheVenue(plan, top, kb)
      : whereAThingIs(plan.text.toLowerCase()) && onlyTheVenue(plan, top, kb, true))
  ) {
    return refuse("I don't have a fact about that.");
  }
  // "Where was the eighth summit held?" of "The eighth summit took place in 2025", told in the
  // article on a 2026 meeting in Tegucigalpa: the sentence times what it tells before that meeting,
  // so the meeting's venue, the only place the answer would have, is not where it was done.
  if (plan.kind === "where" && venueOfAnEarlierAct(plan, top, kb)) {
    return refuseOrFirst();
  }
  // "Where's he working these days?" of "Ekambi Dipoko said one plant that works is better …", told
  // at the Franceville talks: the place a sentence is only filed under, where someone spoke, is not
  // where they work.
  if (plan.kind === "where" && asksAPersonsPost(plan, kb) && saysNoPlaceInItsWords(plan, top, kb)) {
    return refuseOrFirst();
  }
  // "How many trucks cross in a year?" is not answered by "1,800 trucks on an average day": a figure
  // counted over another unit of time is another figure, however near.
  if (countedOverAnotherPeriod(plan, read.understanding.question, top.indexed.fact.statement)) {
    return refuseOrFirst();
  }
  // "How much gas does it use per day in summer?" is not answered by "in winter it uses 4.5 million
  // cubic metres a day": a figure of another season is another figure.
  if (plan.quantity && ofAnotherSeason(read.understanding.question, top.indexed.fact.statement)) {
    return refuseOrFirst();
  }
  if (onlyAShareOfTheCost(read.understanding.question, top.indexed.fact.statement)) return refuseOrFirst();
  if (buildingCostAskedOfARunningCost(read.understanding.question, top.indexed.fact.statement)) {
    return refuseOrFirst();
  }
  if (figureOfAPairAsked(plan, top.indexed, kb)) return refuseOrFirst();
  // "How much is Ambassador Echemendía paid?", "how big is the West Coast Infrastructure Fund in
  // total?": a figure of what the question names is not in a fact that names none of it, found
  // only through its meeting (another party's payment, the railway's cost).
  if (plan.quantity && namesNoneAsked(plan, top, kb)) return refuseOrFirst();
  // "Why was Al-Qattami the one who signed the deal?" asks that person's reason: a fact that names
  // them neither itself nor through a description ("the ministers agreed to sign …", reached only
  // through its meeting) gives no reason of theirs.
  if (plan.kind === "why" && personAskedUnnamed(plan, top, kb)) return refuseOrFirst();
  if (plan.kind === "why" && reasonOfAnotherInTheAskedPlace(plan, top, kb)) return refuseOrFirst();
  // "Why did Saudi Arabia refuse the joint command?" is not answered by Egypt's refusal, nor by
  // Indonesia's asking for a thing for "why did Indonesia refuse it?": the stance asked must be the
  // actor's in the fact (premise.ts).
  if (stanceOfAnother(plan, top.indexed, kb)) return refuseOrFirst();
  if (replyOfAnother(read.understanding, top, kb)) return refuseOrFirst();
  if (successorUntold(read.understanding, top, kb)) return refuseOrFirst();
  if (read.toldAnew && !TOLD_ANEW.test(top.indexed.fact.statement))
    return refuse("I don't have a fact about that.");
  if (nameGivenUntold(read.understanding, top)) return refuseOrFirst();
  // "Deqa Yusuf Farah's former job?": the post she took, and what she said of her predecessor, are
  // not a post she held before; a fact must tell one ("a former paramedic", "replacing her").
  if (intent === "fact" && earlierPostUntold(read.understanding, top.indexed, kb)) return refuseOrFirst();
  if (yearAskedUntold(plan, top.indexed, kb)) return refuseOrFirst();
  // "What was the name of Ilse Maren's newspaper?" is not answered by "Ilse Maren's newspaper was
  // closed": the name asked for is a name the fact says beside the question's own.
  if (nameAskedUntold(read.understanding.question, plan, top.indexed, kb)) return refuseOrFirst();
  // "How many boats sank off Orvik?" is not answered by "40 boats sank off Orvik, Lund and Sella":
  // the figure counts the places listed together, of which the question asks one.
  if (plan.quantity && figureOfPlacesListed(plan, top.indexed.fact.statement, kb)) return refuseOrFirst();
  // "How many Nubians were displaced?" is not answered by "a 50 percent discount for Nubian
  // families": the fact's numbers are of other things.
  const countedAsked = plan.quantity ? (countedThing(plan) ?? countedPastNames(plan)) : undefined;
  if (countedAsked && numbersCountOtherThings(countedAsked, top.indexed)) return refuseOrFirst();
  // "How many officials were in the delegation?" is not answered by "the round was held in
  // Jakarta on 24 and 25 March": a count or sum asked needs a figure other than the fact's days.
  if (
    plan.quantity &&
    !figureBesidesDays(top.indexed.fact.statement) &&
    !statesAsUnknown(read.understanding.question, top.indexed.fact.statement)
  )
    return refuseOrFirst();
  // "How many members does the union have?" asks them all: "1,500 members of the union protested"
  // counts those who did one thing.
  if (countedAsked && asksHowManyAreHeld(plan) && countsOnlyThoseWhoActed(countedAsked, top.indexed))
    return refuseOrFirst();
  // "How many does it have now?" right after "how many truck lanes will the post have?" says nothing
  // of its own but the count: it counts what that question counted, so a fact that names no lane,
  // or counts other things with its numbers ("1,100 trucks cross every day"), is a figure of
  // something else the thread never asked about. ("And how many will stay open?" has words of its
  // own, which a fact counting "landing beaches" for "landing sites" may meet.)
  const countedBefore =
    plan.quantity &&
    !countedAsked &&
    read.previous &&
    HOW_MANY.test(plan.text.toLowerCase()) &&
    plan.terms.every((term) => term.weight < 1)
      ? countedThing(understand(read.previous.question, kb).plan)
      : undefined;
  if (
    countedBefore &&
    (!namesTheCounted(countedBefore, top.indexed) || numbersCountOtherThings(countedBefore, top.indexed))
  )
    return refuseOrFirst();
  // "How many collared wildebeest have died?" is not answered by "85 collars had been fitted": a
  // count of the things asked that underwent another act is another count.
  if (countedAsked && countedActUntold(plan, top.indexed)) return refuseOrFirst();
  // "What will one dose cost?", "how much does one of the camera traps cost?": the price of one,
  // which a fact gives only per unit ("each", "per tonne", "700 dollars a head"); a total spent
  // "mostly for camera traps" is no price of one.
  // So too "how much does each of the new ferries cost on its own?", "what do the boats cost apiece?":
  // the price of each one, not the whole order's (nor the upgrade's it is part of).
  if (
    (ONE_PRICED.test(read.understanding.question) || EACH_PRICED.test(read.understanding.question)) &&
    !PER_UNIT.test(top.indexed.fact.statement)
  )
    return refuseOrFirst();
  // "How was the 16.8 million for the park split up?" is not answered by "its cost rose from 14.5
  // million to 16.8 million": a fact with no sum but the whole says nothing of its parts (refused,
  // the parts that add up to it may still be found beside it).
  const split = splitAsked(plan);
  if (split && tellsNoPart(top.indexed, split)) return refuseOrFirst();
  // "How much are the park rangers paid?" asks their pay, which a fact gives per head or per spell
  // of time ("17,745 rupees a month"), or as a wage: a grant or the patrol's whole cost is no pay.
  if (
    asksAPersonsPay(read.understanding.question) &&
    !PER_UNIT.test(top.indexed.fact.statement) &&
    !WAGE_TOLD.test(top.indexed.fact.statement)
  )
    return refuseOrFirst();
  // ("Now", "at first": the time asked decides between the articles' accounts.)
  const agrees = agreesWith(top, read.understanding, kb);
  const byTime = pickedByTime(read);
  // A list asked: the facts of the best fact's meeting are more of the list, or beside it, not
  // rivals; a rival list is another meeting's ("what did they sign?" of two visits).
  const asked = namesAsked(plan) ?? plan.focus;
  const list = wantsList(read);
  const item = list ? listItemOf(top, asked) : () => false;
  const meeting = top.indexed.fact.event;
  const rivalNot = (m: Match) => list && meeting !== undefined && m.indexed.fact.event === meeting;
  // "How much is the housing fund?", "who runs the bank?" with no time of their own: the story as
  // it stands, a later article's figure or holder in place of the one it overtook (not of a list,
  // nor of what someone said or who said it: several statements are not revisions of one another).
  // "According to the La Unión Harbour Ledger, how much would the ferry cost?" asks what that
  // outlet's articles say: another outlet's later figure, holder or day does not take its place.
  const oneOutlet = read.understanding.sources !== undefined;
  const fresh =
    !oneOutlet &&
    setsNoTime(read, kb) &&
    !(list && namesAsked(plan)) &&
    !top.evidence?.saidByAsked &&
    !plan.words.some((word) => isVerbOfSaying(word)) &&
    // (A fact that says the thing asked was not disclosed is overtaken by no later figure of
    // something else: "its interest rate was not disclosed" by the loan's sum.)
    !statesAsUnknown(read.understanding.question, top.indexed.fact.statement);
  const stands = fresh ? asItStands(top, usable, read, kb) : { match: top, figure: false };
  // A later account the question found as well as the best one that turns from its very day or
  // figure ("put off from September 2026 to March 2027") is the story as it stands, told beside
  // the account it overtook; one found less well only weighs against the best one (`superseded`).
  const overtaking =
    stands.match === top && asksNoEarlierState(read) ? changedLater(top, usable, plan, kb) : undefined;
  // (One that moves the very plan the best fact tells as it was is the plan now, however it names it.)
  const standsNow =
    overtaking &&
    (overtaking.coverage >= top.coverage - RIVAL_MARGIN || movesThePlanTold(top.indexed, overtaking.indexed))
      ? { match: overtaking, figure: true }
      : stands;
  const latest = standsNow.match;
  // (The accounts it overtook, and the one that overtakes them, are one story's line, not rivals.)
  const leftBehind = fresh ? overtakenBy(latest, read.understanding, standing, kb) : () => false;
  // The fact as it stands is what is answered: one a later fact of its story changes, where no
  // earlier state is asked and the rules of the story as it stands did not move on, is likely stale.
  const superseded = overtaking && latest === top ? 1 : 0;
  const features = evidenceFeatures(
    read,
    top,
    usable,
    byTime
      ? (m) => agrees(m) || rivalNot(m) || reportedOn(m, kb) !== reportedOn(top, kb)
      : (m) => agrees(m) || rivalNot(m) || m.indexed === latest.indexed || leftBehind(m),
    superseded,
  );
  const likelihood = likelihoodOf(features);
  observe?.({ features, likelihood, kind: plan.kind });
  const confidence = confidenceOf(likelihood);
  if (onlyAWish) {
    return enoughToAnswer(likelihood, answers(top), shift)
      ? { kind: "correction", match: onlyAWish.match, wrong: onlyAWish.wrong }
      : refuseOrFirst();
  }
  if (!enoughToAnswer(likelihood, answers(top), shift)) {
    // ("Is the AIB still financing the railway?": the plan found is not sure enough alone, but it
    // and the later account of its change are.)
    return stillByTwoAccounts(read, usable, kb) ?? refuseOrFirst();
  }
  const from = read.understanding.spanFrom ? kb.event(read.understanding.spanFrom) : undefined;
  if (from) {
    // Only the act's own date counts, and it must come after the meeting it is counted from.
    // ("The first batch was to arrive on 14 May", told at the signing the span is counted from, is
    // a plan of that meeting: a fact as near that says it arrived, dated after it, is the act.)
    const counts = (m: Match) =>
      !!m.indexed.fact.date && m.indexed.fact.date > from.date && m.indexed.fact.event !== from.id;
    const act = counts(top) ? top : usable.find((m) => m.coverage >= top.coverage - RIVAL_ACT && counts(m));
    const day = act?.indexed.fact.date;
    const fromFact = keyFacts(from, kb, 1)[0];
    if (!act || !day || !fromFact) return refuse("I don't have a fact about that.");
    return { kind: "span", from, fromFact, fact: act.indexed, day, confidence };
  }
  if (read.understanding.comparison === "accounts") {
    // "Where did it want the centre, and where did it end up?": each account gives a place.
    const mentioned = new Set(plan.mentions.flatMap((m) => m.entityIds));
    const placed = (m: Match) =>
      plan.kind !== "where" ||
      m.indexed.fact.entities.some((id) => !mentioned.has(id) && kb.entity(id)?.kind === "place");
    if (!placed(top)) return refuse("I don't have a fact about that.");
    // ("How far was the opening pushed back?" sets the day at first against the day now.)
    const delay = delayedThing(read.understanding.question.toLowerCase()) !== undefined;
    const asksFirst = delay || EARLIER_SIDE.test(read.understanding.question.toLowerCase());
    const other = otherAccount(top, usable.filter(placed), kb);
    if (other) {
      const [told, retelling] = reportedOn(other, kb) < reportedOn(top, kb) ? [other, top] : [top, other];
      // ("In March 2026 the two governments had offered 450 dollars a head", told in July, is the
      // March account again: the later account is another of the later articles' facts.)
      const later = retellsUpTo(retelling.indexed, reportedOn(told, kb), kb)
        ? (otherAccount(told, usable.filter(placed), kb, "later") ??
          laterAccount(told, usable, plan, kb) ??
          retelling)
        : retelling;
      // "At first": the story's first account of it, which an article before both may give.
      // "Between March and October", "since March": a month named as the earlier side, before
      // the month the told account was reported in, asks for the first account as well (the
      // March estimate, not July's figure that October's raised).
      const beforeTold = monthSideBefore(read.understanding.question, reportedOn(told, kb));
      const earlier = asksFirst || beforeTold ? earliestAccount(usable.filter(placed), kb, told) : told;
      // "At first and now": now is the story's newest figure, which a third article may have
      // taken on from the second's ("rose again, from 285 million to 320 million").
      // A later account that takes none of the earlier figures on (a visa's length beside the
      // number of visas) gives way to one that does ("cut from 3,000 to 2,500").
      const asksNow = delay || LATER_SIDE.test(read.understanding.question.toLowerCase());
      const taken = asksNow ? takenOnLater(later, kb) : later;
      const instead =
        asksNow &&
        taken === later &&
        !takesOnTheFirstFigure(later, earlier) &&
        !changeOfOneNamed(later, plan, kb)
          ? takenOnLater(earlier, kb, true)
          : earlier;
      const found = instead !== earlier ? instead : taken;
      // (Of an account of several figures, the later change of the one the question names.)
      const asked = asksNow ? askedFigureTakenOn(earlier, plan, kb, found) : undefined;
      // ("How many buoys …?": of two changes an article tells, "raised the number of buoys … to 54"
      // rather than "raised the estimated cost … to 71 million", the one of the thing counted.)
      const counted = countedThing(plan);
      const says = (m: Match) =>
        !!counted &&
        [...counted.alternatives.keys()].some((stem) => contentStems(m.indexed.fact.statement).has(stem));
      const sameDay = !!asked && reportedOn(asked, kb) === reportedOn(found, kb);
      const turned =
        asked && (reportedOn(asked, kb) > reportedOn(found, kb) || (sameDay && says(asked) && !says(found)))
          ? asked
          : found;
      // ("And now?" of a count a still later article gives anew, in no words of change: that one.)
      const now = asksNow && asksAFigure(plan) ? newestCountOf(turned, usable.filter(placed), kb) : turned;
      // "When was the train meant to run at first, and when now?": the later side is the account
      // that moves the day an earlier one planned ("will now run on 11 June 2028, instead of 12
      // December 2027"), not one that only says it was put back, with no day.
      const movedDay =
        asksNow && plan.kind === "when" ? dayMovedSince(earlier, now, usable, plan, kb) : undefined;
      // "What was the first cost estimate for the railway, at first and now?": a figure asked is
      // answered now only by a figure; "raised the cost of the line" says that it moved, not what
      // it became, and no figure beside the first one is no answer.
      if (
        asksNow &&
        asksAFigure(plan) &&
        !sameKindOfFigure(earlier.indexed.fact.statement, now.indexed.fact.statement, !asksHowMany(plan))
      )
        return refuse("I don't have a fact about that.");
      // "How long was the tunnel meant to be at first, and how long now?": a figure now beside an
      // earlier account with none of its own ("would run from 2027 to 2033") is one side of the
      // figure asked, and another thing's years on the other.
      if (
        asksNow &&
        (asksAFigure(plan) || HOW_LONG.test(read.understanding.question.toLowerCase())) &&
        figureTold(now.indexed.fact.statement) &&
        !figureTold(earlier.indexed.fact.statement) &&
        // (Unless the later account tells the first figure itself: "raised … from 3,000 to 4,500".)
        !takesOn(now)
      )
        return refuse("I don't have a fact about that.");
      // ("Will not start on 15 November as planned": the day it is now due, told beside it.)
      const dayNow = asksNow && plan.kind === "when" ? dayNowTold(earlier, movedDay ?? now, kb) : undefined;
      return { kind: "accounts", earlier, later: dayNow ?? movedDay ?? now, confidence };
    }
    // "When was the ferry supposed to open at first, and when now?" with no other account in the
    // question's words: a later article that moves the day the best fact gives ("pushed back the
    // start … from 1 December 2026 to 15 March 2027") is the later side.
    const movedOn = plan.kind === "when" ? plannedDayMovedLater(top, plan, kb) : top;
    if (movedOn !== top) return { kind: "accounts", earlier: top, later: movedOn, confidence };
    // "How many sturgeon a year was the hatchery meant to release from 2029? — and now?" with no
    // other account in the question's words: a later article that takes one of its figures on
    // ("the yearly release target … was revised from 400,000 to 300,000 young fish") is the later side.
    // (Of an account of several figures, the change of the one the question names: the buoys
    // "raised to 54 from 48", not the cost "raised to 71 million from 62 million".)
    const takenOn =
      asksAFigure(plan) && LATER_SIDE.test(read.understanding.question.toLowerCase())
        ? takenOnLater(top, kb, true)
        : top;
    const figureNow = takenOn !== top ? (askedFigureTakenOn(top, plan, kb, takenOn) ?? takenOn) : top;
    if (figureNow !== top) return { kind: "accounts", earlier: top, later: figureNow, confidence };
    // "And at first?" of "shrinks from 24 to 19": the article that first told the 24 as reached
    // ("grows from 18 to 24") is the earlier side.
    const before = asksFirst ? takenOnFrom(top, kb) : top;
    if (before !== top) return { kind: "accounts", earlier: before, later: top, confidence };
    // A fact that says the change itself ("raised from 24 to 30") tells both sides; any other
    // fact is one side only, and one side is no comparison.
    // ("For five years, from 2026 to 2030" is a span of time, not a change, unless a day is asked.)
    const stated =
      plan.kind === "when" ? top.indexed.fact.statement : top.indexed.fact.statement.replace(YEAR_SPAN, "");
    if (!CHANGE_STATED.test(stated)) {
      // "What was the count before the survey?": the one account is the earlier one, and that is
      // all that was asked, when a later article of its story tells of it since.
      if (read.earlierOnly && toldBeforeItsStoryEnds(top, kb)) {
        return { kind: "facts", matches: [top], confidence };
      }
      return refuse("My sources give only one account of that, so I can't say how it changed.");
    }
    return { kind: "facts", matches: [top], confidence };
  }
  // "Is the site on the list yet?" answered from an earlier article: "yet" asks how things stand
  // now, as "still" does, and a later article's change of the same thing is how they stand.
  // (Only that: with no later change, the account found answers as it did.)
  if (!STILL.test(plan.text) && plan.kind === "yesno" && YET.test(plan.text) && !read.event) {
    const later = laterAccount(top, usable, plan, kb);
    if (later) return { kind: "accounts", earlier: top, later, confidence: likelihood };
  }
  // "Is Switzerland still covering half?" answered from the earlier article: what a later article
  // says of the same thing is where it stands, and the two side by side say what changed.
  if (STILL.test(plan.text) && !read.event) {
    // "Are they still against it?" right after an answer: "it" is what that answer told, which is
    // the earlier account; a later account of something else the question's words find is no
    // answer to it.
    const told = pointedBack(read, usable, top, kb);
    const later = latestAccount(laterAccount(told ?? top, usable, plan, kb), usable, plan, kb);
    if (later) return { kind: "accounts", earlier: told ?? top, later, confidence };
    if (told && told.indexed !== top.indexed) return refuse("I don't have a fact about that.");
    // "Is the ferry still suspended?" answered by what an earlier meeting of its story told, when
    // no later account says what became of it: how it stood then, not whether it still does. (A
    // person asked "still the minister?" is answered by the post they hold as the store has it.)
    const ofAPerson = plan.mentions.some((m) => m.entityIds.some((id) => kb.entity(id)?.kind === "person"));
    // "Is Al-Qattami still the transport minister?" when a fact as near says "Al-Fadhalah replaced
    // Jassim Al-Qattami as Minister …": the one asked handed over, which is the answer.
    if (plan.kind === "yesno" && ofAPerson) {
      const people = plan.mentions
        .flatMap((m) => m.entityIds)
        .filter((id) => kb.entity(id)?.kind === "person");
      const replaced = usable.find(
        (m) => m.coverage >= top.coverage - RIVAL_STILL && namedAsHandedFrom(people, m.indexed, kb),
      );
      if (replaced && replaced !== top) return { kind: "facts", matches: [replaced], confidence };
      // "Is Mkhitarents still the minister?" answered by what he did at the March session, where
      // the store also says "Abeghyan became minister on 29 May 2026, replacing Levon Mkhitarents":
      // a handover from the one asked, dated after the state the best fact tells, is why he no
      // longer is, whatever words of the question it has.
      const handedOver = handedOverSince(people, top, kb);
      if (handedOver) return { kind: "facts", matches: [{ ...top, indexed: handedOver }], confidence };
    }
    if (plan.kind === "yesno" && !ofAPerson && toldBeforeItsStoryEnds(top, kb)) {
      // (Unless the best fact is itself what became of it, the later of two accounts.)
      const changeTold = !told && tellsChangeAsked(plan, top.indexed.fact.statement, kb);
      const earlier = changeTold ? earlierAccountOf(top, usable, plan, kb) : undefined;
      if (earlier) return { kind: "accounts", earlier, later: top, confidence };
      // "Is Cambodia still refusing to go below 8 million …?" of "Cambodia, which in March had
      // refused to go below 8 million …, agreed to lower the cap to 6 million": the best fact says
      // the change asked itself, and no later account of the one asked overtakes it.
      if (changeTold) return { kind: "facts", matches: [top], confidence };
      return refuse("I don't have a fact about that.");
    }
  }
  // "Did the Dédougou branch line survive?" found "it was not known in June 2026 whether the branch
  // line would survive": a later article's fact about the same thing says what became of it ("the
  // branch line … was cancelled"), told beside the account that left it open.
  const settled = oneOutlet || read.event ? undefined : settledSince(top, usable, kb);
  if (settled) return { kind: "accounts", earlier: top, later: settled, confidence };
  // "When will the works begin?": the day planned as a later article moved it, said with the day
  // it replaced.
  const moved = !oneOutlet && asksPlannedDayAsItStands(read) ? plannedDayMovedLater(top, plan, kb) : top;
  if (moved !== top) return { kind: "accounts", earlier: top, later: moved, confidence };
  // "How much does it cost now?": the newest account, as a later article takes its figure on; the
  // figure as it stands is one answer, not one of a list.
  const asStood = oneOutlet
    ? top
    : standing && AMOUNT_ASKED.has(plan.kind)
      ? figureAsItStands(top, plan, kb)
      : standing && HOLDER_ASKED.has(plan.kind)
        ? handedOnLater(top, read.understanding, kb)
        : top;
  // "How many vessels does Singapore put into the pool?" found the plan naming Singapore; a later
  // figure taken on from it that no longer names Singapore ("without Indonesia's five vessels, the
  // pool shrinks from 24 to 19") is the pool's, not Singapore's share now (see `sameParty`).
  const party = asStood !== top ? sameParty(plan, top, kb) : undefined;
  if (party && !party(asStood.indexed)) return refuseOrFirst();
  // A figure told anew is said with the one it replaced, each with its article and day.
  if (standsNow.figure && asStood === top) {
    return { kind: "accounts", earlier: top, later: latest, confidence };
  }
  const told = asStood === top ? latest : asStood;
  // "How much will the levees cost now?" where the fact gives each bank's part: the whole, told by
  // the fact that states their sum, when the question asks of no part.
  // (Not after another turn: "and how much now?" may ask again of the part just told.)
  const whole =
    asksHowMuch(plan) && !list && !read.previous && !asksAPayersShare(plan)
      ? wholeAsked(told, plan, kb)
      : undefined;
  if (whole) return { kind: "facts", matches: [{ ...told, indexed: whole }], confidence };
  const shown = told;
  const act = list ? listAct(plan, asked) : undefined;
  const actSaid = !!act && saysTheWord(act, top.indexed);
  const chosen =
    list && shown === top
      ? usable
          // Facts close to the best one join it even a little under the answer threshold, and so
          // do the facts of its meeting that say the very thing asked for: "what agreements were
          // signed?" gathers "the second agreement, a memorandum on …" beside "signed two agreements".
          .filter(
            (m) =>
              m === top ||
              // ("At first", "now": the one article's account asked, not the others'.)
              ((!byTime || m.indexed.fact.source === top.indexed.fact.source) &&
                answers(m, LOWEST_FLOOR) &&
                (item(m) ||
                  (m.coverage >= top.coverage - LIST_MARGIN &&
                    // (Of the same meeting, a fact that does not say the act the others say is no item.)
                    !(actSaid && m.indexed.fact.event === top.indexed.fact.event)))),
          )
          .filter(ofAKind)
          .slice(0, MAX_LIST)
      : [shown];
  // "What were the two agreements signed in Vilnius?": the best fact may only count them; its
  // meeting's facts about "the first agreement" and "the second agreement" say what each one is,
  // however few of the question's words they have.
  const plural = namesAsked(plan);
  // The meeting's facts that say the act the list is of join it however few of the question's
  // words they have ("signed an Agreement on Cooperation in Geology and Mining").
  if (list && actSaid && act && top.indexed.fact.event) {
    for (const indexed of kb.factsOfEventVisible(top.indexed.fact.event)) {
      if (chosen.length >= MAX_LIST) break;
      if (chosen.some((m) => m.indexed === indexed) || !saysTheWord(act, indexed)) continue;
      if (byTime && indexed.fact.source !== top.indexed.fact.source) continue;
      chosen.push({ indexed, coverage: top.coverage, rank: top.rank });
    }
  }
  if (plural && list) {
    for (const indexed of orderedItems(top, plural, kb)) {
      if (chosen.length >= MAX_LIST) break;
      if (chosen.some((m) => m.indexed === indexed)) continue;
      chosen.push({ indexed, coverage: top.coverage, rank: top.rank });
    }
  }
  // "Who paid into the Tasi fund?", "what did they agree on in April?", "what proposals were turned
  // down in the talks?": each fact that says the act of the same parties and things gives an item,
  // told at any meeting of the story unless the question keeps to one (a month, a place, a round).
  if (shown === top) {
    for (const m of itemsOfTheAct(read, top, usable, chosen, kb)) {
      if (chosen.length >= MAX_LIST) break;
      chosen.push(m);
    }
  }
  // "Which countries pledged money at the conference?": the facts that name a country doing it,
  // from all those found at its meeting, in place of facts that only share the words (the donors' total, a fund's
  // pledge), when two or more do.
  const doer = list && shown === top ? doerOfTheKindAsked(plan, kb) : undefined;
  if (doer) {
    const seen = new Set<IndexedFact>();
    // (Others found join from the best one's meeting only: another story's signing is no item.)
    const event = top.indexed.fact.event;
    const more = usable.filter(
      (m) => !!event && m.indexed.fact.event === event && answers(m, LOWEST_FLOOR) && ofAKind(m),
    );
    const doers = [...chosen, ...more].filter((m) => {
      if (seen.has(m.indexed)) return false;
      seen.add(m.indexed);
      return doer(m.indexed);
    });
    if (doers.length >= MIN_DOERS) chosen.splice(0, chosen.length, ...doers.slice(0, MAX_LIST));
  }
  // "Tell me about Austria joining the gauge network": an act asked to be told about is told by
  // the facts of its meeting that go on about it, not by the one sentence that says it was done.
  if (shown === top && read.understanding.wantsDetail && read.understanding.intent === "fact") {
    for (const indexed of toldAboutTheAct(plan, top.indexed, kb)) {
      if (chosen.length >= DETAIL_FACTS) break;
      if (!chosen.some((m) => m.indexed === indexed))
        chosen.push({ indexed, coverage: top.coverage, rank: top.rank });
    }
  }
  // "What's the story with the unpaid wages in Vesk?": an overview of a topic no meeting is named
  // for is told by the facts that carry the topic's own words, not by the one nearest sentence.
  if (shown === top && read.understanding.intent === "overview") {
    for (const m of toldOfTheTopic(read.understanding, top, usable)) {
      if (chosen.length >= TOPIC_FACTS) break;
      if (!chosen.includes(m)) chosen.push(m);
    }
  }
  // "List all eleven member states": an answer naming one country, or none, is not all eleven.
  if (plural && list && asksForMany(plan) && fewerThanTwoNamed(plural, chosen, plan, kb)) {
    return refuseOrFirst();
  }
  // "Who will own the radar later?" answered by "the memorandum does not say who will own it": the
  // store's word is that it is not known, which is told as such, not as an answer.
  const single = chosen.length === 1 ? chosen[0] : undefined;
  if (single && statesAsUnknown(read.understanding.question, single.indexed.fact.statement)) {
    return refuse(`My sources say that is not known: ${single.indexed.fact.statement}`);
  }
  // "Who chairs the committee now?", "who funds the trust?": whoever does it now is someone the
  // fact names; "the chair now passes to a South Korean nominee" and "the trust will give 6 million
  // dollars to the network" name no one but those the question already names.
  // (Not after another turn: "who pays for them?" may name the payer only by the word referred back.)
  if (single && !read.previous && holderNowUnnamed(read.understanding, single.indexed, kb))
    return refuseOrFirst();
  // "What's the name of Chile's president who got the invitation?" answered by "invited the
  // President of Chile": the fact tells of them, but by no name.
  // (Another fact given beside it that does not speak of them at all gives no name either.)
  if (
    chosen.length > 0 &&
    nameReadIn(read.understanding.question, chosen[0]!.indexed.fact.statement) === "unnamed" &&
    chosen.every((m) => nameReadIn(read.understanding.question, m.indexed.fact.statement) !== "named")
  ) {
    return refuse("My sources don't give that name.");
  }
  // "Who is QazMemGaz's new finance director?" is not answered by "Zhakupova was previously the
  // finance director": a former holder is the one the new holder came after, not them.
  if (single && NEW_HOLDER_ASKED.test(read.understanding.question) && onlyAFormerHolder(single.indexed))
    return refuseOrFirst();
  // "Which Monrovia newspaper reported the meeting?", "who are the six experts on the team?"
  // answered by "a Monrovia newspaper reported …", "six experts, three from each side": the facts
  // speak of the thing asked only as some one or some number of its kind, naming none.
  if (chosen.length > 0 && chosen.every((m) => askedOnlyAsSomeOf(plan, m.indexed, kb))) {
    return refuse("My sources don't give that name.");
  }
  // "What's the name of the Timorese official who said Cuba should pay?" answered by "Cuba has asked
  // Timor-Leste to pay": a person's name is asked, and the facts name no one.
  if (
    chosen.length > 0 &&
    personNameAsked(read.understanding.question) &&
    chosen.every((m) => !m.indexed.fact.entities.some((id) => kb.entity(id)?.kind === "person"))
  ) {
    return refuse("My sources don't give that name.");
  }
  return { kind: "facts", matches: chosen, confidence };
}

/**
 * "What did the Austrian official say at Holíč Castle?" asks what one of that country's people
 * said: a fact whose people are all of another country ("Branislav Ferenčík, who chaired the
 * session, said Austria's request …", a Slovak) tells what someone else said, however near its
 * words. Facts that name none of their people's countries are left to the other evidence.
 */
function byTheCountryAsked(matches: Match[], plan: QueryPlan, kb: KnowledgeBase): Match[] {
  if (matches.length === 0 || plan.mentions.length === 0) return matches;
  const country = countryOfThePersonAsked(plan, kb);
  if (!country) return matches;
  const kept = matches.filter((m) => !peopleOfAnotherCountry(m.indexed, country, kb));
  return kept.length === matches.length ? matches : kept;
}

/**
 * "Who leads the Bolivian side on the committee?" asks of one country's side: a fact that tells of
 * another country's ("the Chilean members of the committee are led by Ana Rojas") and names the
 * country asked nowhere in its sentence is about the other side, however near its other words.
 */
function ofTheSideAsked(matches: Match[], question: string, kb: KnowledgeBase): Match[] {
  if (matches.length === 0) return matches;
  const asked = sidesNamed(question, kb);
  if (asked.size === 0) return matches;
  const kept = matches.filter((m) => {
    const statement = m.indexed.fact.statement;
    const told = sidesNamed(statement, kb);
    if (told.size === 0 || [...told].some((c) => asked.has(c))) return true;
    return [...asked].some((c) => countriesIn(statement, kb).has(c));
  });
  return kept.length === matches.length ? matches : kept;
}

/** Words for the people who stand for one country in talks or in a joint body. */
const SIDE_WORD = "(?:side|sides|members|delegation|delegates|team|negotiators|representatives)";
/** A country's side named before the word ("the Chilean members", "Chile's delegation"). */
const SIDE_BEFORE = new RegExp(String.raw`((?:[\p{L}-]+ ){0,2}[\p{L}-]+?)(?:['’]s?)? ${SIDE_WORD}\b`, "giu");
/** A country's side named after the word ("the delegation of Chile", "members from Bolivia"). */
const SIDE_AFTER = new RegExp(
  String.raw`\b${SIDE_WORD} (?:of|from) (?:the )?((?:[\p{L}-]+)(?: [\p{L}-]+){0,2})`,
  "giu",
);

/**
 * A side's word standing alone, as both patterns above need it: most texts have none, and this
 * finds that without the patterns' trials of up to three words before every word of the text.
 */
const ANY_SIDE_WORD = new RegExp(String.raw`\b${SIDE_WORD}\b`, "iu");

/** The countries whose side a text names, by their common names. */
function sidesNamed(text: string, kb: KnowledgeBase): Set<string> {
  const found = new Set<string>();
  if (!ANY_SIDE_WORD.test(text)) return found;
  for (const match of text.matchAll(SIDE_BEFORE)) {
    const words = match[1]!.split(" ");
    // (The country's words end just before the side's: "the Costa Rican side", "Chile's members".)
    for (let from = 0; from < words.length; from++) {
      const country = countryOf(words.slice(from).join(" "), kb);
      if (country) {
        found.add(country);
        break;
      }
    }
  }
  for (const match of text.matchAll(SIDE_AFTER)) {
    const words = match[1]!.split(" ");
    for (let to = words.length; to > 0; to--) {
      const country = countryOf(words.slice(0, to).join(" "), kb);
      if (country) {
        found.add(country);
        break;
      }
    }
  }
  return found;
}

/** Every country a text names, by its name or its people's. */
function countriesIn(text: string, kb: KnowledgeBase): Set<string> {
  const words = text.match(/[\p{L}-]+/gu) ?? [];
  const found = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let length = 3; length >= 1; length--) {
      if (i + length > words.length) continue;
      const country = countryOf(words.slice(i, i + length).join(" "), kb);
      if (country) {
        found.add(country);
        break;
      }
    }
  }
  return found;
}

/** The common name of the country a phrase names or is the people of, as the store or the country data has it. */
function countryOf(phrase: string, kb: KnowledgeBase): string | undefined {
  const lower = phrase.toLowerCase();
  const named = countryNamed(lower);
  if (named) return named;
  const id = kb.countryOfAdjective(lower);
  const entity = id ? kb.entity(id) : undefined;
  return entity ? (countryNamed(entity.name.toLowerCase()) ?? entity.name.toLowerCase()) : undefined;
}

/**
 * A who-question asks for one of a country's people ("who's Indonesia's chief negotiator?",
 * "which Thai minister …?"): the fact's lead is another country, or a person known to be of
 * another country and not of the one asked.
 */
function leadOfAnotherCountry(understanding: Understanding, top: Match, kb: KnowledgeBase): boolean {
  const { plan } = understanding;
  // (Only where the one asked for is the one the country's words describe: "who is X's Y?",
  // "which Chilean minister …?"; not "who hosted the Chilean minister?".)
  const which = plan.kind === "which" ? plan.words.indexOf("which") : -1;
  if (!plan.whoIs && which < 0) return false;
  const asked = new Set<string>();
  for (const p of plan.proximities) {
    if (!("mention" in p.target)) continue;
    const mention = plan.mentions[p.target.mention];
    const term = plan.terms[p.term];
    if (!mention || !term || term.position < mention.position) continue;
    if (which >= 0 && mention.position !== which + 1) continue;
    for (const id of mention.entityIds) if (kb.entity(id)?.kind === "country") asked.add(id);
  }
  const [country] = asked;
  if (!country || asked.size !== 1) return false;
  const lead = answeringEntity(understanding, top.indexed, kb)?.entity;
  if (!lead) return false;
  if (lead.kind === "country") return lead.id !== country;
  if (lead.kind !== "person" || personOfCountry(lead.id, [country], kb)) return false;
  // (A fact whose sentence names one of the asked country's people tells of them, whoever it
  // would lead with: "Mbarga Atangana took over, replacing the Belgian historian Goossens".)
  const [sentence = []] = factSequences(top.indexed.fact);
  const theirsNamed = top.indexed.fact.entities.some((id) => {
    const person = kb.entity(id);
    return (
      person?.kind === "person" &&
      personOfCountry(id, [country], kb) &&
      entityWords(person).names.some((name) => namePositions(sentence, name).length > 0)
    );
  });
  return !theirsNamed && kb.countries().some((c) => c.id !== country && personOfCountry(lead.id, [c.id], kb));
}

/** Words from a country's adjective to the verb of saying ("the *Lao* deputy foreign minister *say*"). */
const SAYING_REACH = 5;
/** Words that open a clause about the person instead of their saying ("that was invited"). */
const CLAUSE_BEFORE_SAYING: ReadonlySet<string> = new Set(["that", "who", "whom", "which", "was", "were"]);

/** "The Lao official", "the Thai deputy minister" with a verb of saying: the country of the one asked. */
function countryOfThePersonAsked(plan: QueryPlan, kb: KnowledgeBase): string | undefined {
  const { words } = plan;
  for (const mention of plan.mentions) {
    // (A country named as its people's: "Austrian", or "Lao" where that is a name of the country.)
    if (mention.length !== 1 || words[mention.position - 1] !== "the") continue;
    const country = mention.entityIds.find((id) => kb.entity(id)?.kind === "country");
    if (!country) continue;
    // (One word may stand between: "the Thai deputy minister", "the Lao foreign minister".)
    const next = words[mention.position + 1] ?? "";
    const after = words[mention.position + 2] ?? "";
    if (!canNamePerson(next) && !(canNamePerson(after) && !isVerbOfSaying(next))) continue;
    // (Only of what they said: "who is the Thai deputy minister?" asks who, not what was said; nor
    // does "the Chilean president that was invited" ask what was said: the saying verb follows the
    // person, with no clause between.)
    for (let at = mention.position + 2; at <= mention.position + SAYING_REACH && at < words.length; at++) {
      if (CLAUSE_BEFORE_SAYING.has(words[at]!)) return undefined;
      if (isVerbOfSaying(words[at]!)) return country;
    }
    return undefined;
  }
  return undefined;
}

/** "The second phase of …", "the third round of …": a later part of the thing a sentence names. */
const LATER_PART_OF = new RegExp(
  String.raw`\bthe (?:${ORDINAL_WORDS.filter((w) => w !== "first").join("|")}) [\p{L}-]+ of (?:the )?([^,;.]+)`,
  "giu",
);
/** A question that picks a part by its count ("the second phase", "the last round"). */
const PART_COUNTED = new RegExp(String.raw`\b(?:${ORDINAL_WORDS.join("|")}|last|final|next|latest)\b`, "i");
/** Verbs asking when something began, as the question has them. */
const STARTING = /^(?:start|starts|started|begin|begins|began|begun|commence|commenced)$/;
/** A sentence that tells the first part too ("the first phase … the second phase …"). */
const FIRST_PART = /\bfirst\b/i;

/**
 * "When did Nawras 2026 start?": a thing of several parts starts when its first part does, so "the
 * second phase of Nawras 2026 began on 7 June" tells another start, unless the question asks of a
 * part by its count.
 */
function notALaterPartsStart(matches: Match[], plan: QueryPlan, kb: KnowledgeBase): Match[] {
  if (plan.kind !== "when" || matches.length === 0 || PART_COUNTED.test(plan.text)) return matches;
  if (!plan.terms.some((term) => STARTING.test(term.word))) return matches;
  // (Only a part of what the question names: "the seventh edition of the exercise" or "the second
  // half of 2026" is no later part of Nawras 2027.)
  const named = plan.mentions.flatMap((mention) => [
    mention.text.toLowerCase(),
    ...mention.entityIds.map((id) => kb.entity(id)?.name.toLowerCase() ?? mention.text.toLowerCase()),
  ]);
  const laterPart = (statement: string) =>
    [...statement.matchAll(LATER_PART_OF)].some((found) => {
      const after = found[1]!.toLowerCase();
      return named.some((name) => after.startsWith(name));
    });
  return matches.filter((m) => {
    const statement = m.indexed.fact.statement;
    return !laterPart(statement) || FIRST_PART.test(statement);
  });
}

/**
 * "Who heads Libyan customs?", "who led the Tanzanian side?": a who-question of leading, naming a
 * post or body by its country's adjective, asks for that country's own holder, a person or a body. A fact whose
 * answer would be another country ("Libya and Tunisia agreed …" answers "Tunisia"), or a person
 * known to be another country's ("who runs the Single Window project at Tunisian customs"), tells
 * of someone who cannot hold that post, however near its words stand.
 */
function heldByTheCountryNamed(matches: Match[], plan: QueryPlan, kb: KnowledgeBase): Match[] {
  const verbAt = matches.length > 0 ? leadingVerbAt(plan) : undefined;
  if (verbAt === undefined) return matches;
  // (Only of what is led: "who refused Egyptian customs officers?" may be answered by a country.)
  const owner = plan.mentions.find(
    (m) => m.demonym && m.position > verbAt && m.entityIds.some((id) => kb.entity(id)?.kind === "country"),
  );
  if (!owner) return matches;
  const countries = owner.entityIds.filter((id) => kb.entity(id)?.kind === "country");
  const othersHold = (m: Match) => {
    const answer = answerEntity(plan, m.indexed, kb);
    if (!answer) return false;
    if (answer.kind === "country") return !countries.includes(answer.id);
    if (answer.kind !== "person" || personOfCountry(answer.id, countries, kb)) return false;
    return kb.countries().some((c) => !countries.includes(c.id) && personOfCountry(answer.id, [c.id], kb));
  };
  return matches.filter((m) => !othersHold(m));
}

/**
 * The people the fact's sentence names are all of countries other than the one asked, and at
 * least one of them is known to be of one (their description says so).
 */
function peopleOfAnotherCountry(indexed: IndexedFact, country: string, kb: KnowledgeBase): boolean {
  const [sentence = []] = factSequences(indexed.fact);
  let another = false;
  for (const id of indexed.fact.entities) {
    const person = kb.entity(id);
    if (person?.kind !== "person") continue;
    if (!entityWords(person).names.some((name) => namePositions(sentence, name).length > 0)) continue;
    if (personOfCountry(id, [country], kb)) return false;
    if (!another) another = kb.countries().some((c) => c.id !== country && personOfCountry(id, [c.id], kb));
  }
  return another;
}

/**
 * "Who chairs it now?", "who funds it?" (a who of the present, one fact): the fact gives no one as
 * the answer, and names no person, country or body in its own sentence beside those asked of.
 */
function holderNowUnnamed(understanding: Understanding, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const { plan, time } = understanding;
  if (plan.kind !== "who" || understanding.intent !== "fact" || (time !== "current" && time !== "present"))
    return false;
  if (answeringEntity(understanding, indexed, kb)) return false;
  const [sentence = []] = factSequences(indexed.fact);
  // (A name inside one the question names, "Korea" in "the Japan–Korea Strait Joint Committee", is
  // that one's word.)
  const asked: [number, number][] = [];
  for (const mention of plan.mentions)
    for (const id of mention.entityIds) {
      const entity = kb.entity(id);
      if (!entity) continue;
      for (const name of entityWords(entity).names)
        for (const at of namePositions(sentence, name)) asked.push([at, at + name.length]);
    }
  return !indexed.fact.entities.some((id) => {
    const entity = kb.entity(id);
    if (!entity || !WHO_NAMED.has(entity.kind) || plan.mentions.some((m) => m.entityIds.includes(id)))
      return false;
    return entityWords(entity).names.some((name) =>
      namePositions(sentence, name).some(
        (at) => !asked.some(([from, to]) => from <= at && at + name.length <= to),
      ),
    );
  });
}
const WHO_NAMED: ReadonlySet<EntityKind> = new Set(["person", "country", "organization"]);

/**
 * The question names someone or something, and the fact has none of it itself nor in its
 * entities' descriptions. (A place or a country is left to the other evidence: "in Phuentsholing"
 * says where, which the meeting there holds, and a country acts through its people.)
 */
function namesNoneAsked(plan: QueryPlan, top: Match, kb: KnowledgeBase): boolean {
  const evidence = top.evidence;
  if (!evidence || plan.mentions.length === 0) return false;
  if (evidence.namesInFact > 0 || evidence.namesDescribed > 0) return false;
  // "How many trucks cross the Rumichaca bridge?" read as the new bridge of that name, against "trucks
  // cross the Rumichaca bridge" (the old one): a fact that says the name asked, word for word, names it.
  const statement = top.indexed.fact.statement.toLowerCase();
  if (plan.mentions.some((m) => statement.includes(m.text.toLowerCase()))) return false;
  return plan.mentions.every((m) => m.entityIds.every((id) => !PLACE_LIKE.has(kb.entity(id)?.kind ?? "")));
}
const PLACE_LIKE: ReadonlySet<string> = new Set(["place", "country"]);

/** A person the question names is neither in the fact nor described by one of its entities. */
function personAskedUnnamed(plan: QueryPlan, top: Match, kb: KnowledgeBase): boolean {
  for (let i = 0; i < plan.mentions.length; i++) {
    const ids = plan.mentions[i]!.entityIds;
    if (ids.length === 0 || !ids.every((id) => kb.entity(id)?.kind === "person")) continue;
    if (mentionMatch(plan, i, top.indexed, kb) < NAMED_IN_TEXT && !describes(ids, top.indexed, kb))
      return true;
  }
  return false;
}

/**
 * "Why did Mauritania oppose the allocation key?" asks Mauritania's reason: "Senegal refused to
 * sign …, objecting that the allocation key …" gives Senegal's, however well its words match and
 * though the protocol it names is described as Mauritania's too. A fact whose subject is another
 * country or body, of the kind of the one whose reason is asked, and that lists that one nowhere
 * among its own entities, tells another's reason.
 */
function reasonOfAnotherInTheAskedPlace(plan: QueryPlan, top: Match, kb: KnowledgeBase): boolean {
  const own = top.indexed.fact.entities;
  const kind = own[0] ? kb.entity(own[0])?.kind : undefined;
  if (kind !== "country" && kind !== "organization") return false;
  // The first name asked is whose reason: "why did Honduras refuse El Salvador's fare?" asks
  // Honduras's, which a fact not listing El Salvador still gives.
  const doer = plan.mentions.reduce<(typeof plan.mentions)[number] | undefined>(
    (first, m) => (!first || m.position < first.position ? m : first),
    undefined,
  );
  const ids = doer?.entityIds ?? [];
  return ids.length > 0 && ids.every((id) => kb.entity(id)?.kind === kind && !own.includes(id));
}

/** "Yet" in a question asks of the state as it stands now ("is it on the list yet?"). */
const YET = /\byet\b/i;

/**
 * "How did India respond?" asks what India (or one who speaks for it) did or said: "Kjellberg said
 * the bank agreed to the loan because the governments of Nepal and India had applied together"
 * names India only inside what another said. The fact's subject (its first entity, as curators
 * list them) must be the one asked, or a person whose post is that country's or body's.
 */
function replyOfAnother(understanding: Understanding, top: Match, kb: KnowledgeBase): boolean {
  const asked = REPLY_ASKED.exec(canonicalText(understanding.question).toLowerCase().trim());
  if (!asked) return false;
  const [mention, ...more] = understanding.plan.mentions;
  if (!mention || more.length > 0 || mention.entityIds.length !== 1) return false;
  const party = mention.entityIds[0]!;
  const kind = kb.entity(party)?.kind;
  if (kind !== "country" && kind !== "organization" && kind !== "person") return false;
  const subject = top.indexed.fact.entities[0];
  if (!subject) return false;
  return !speaksFor(subject, party, kb);
}
/** A reply asked: the facts where the one asked is the subject, before those that only name it. */
function ownReplyFirst(matches: Match[], understanding: Understanding, kb: KnowledgeBase): Match[] {
  if (!REPLY_ASKED.test(canonicalText(understanding.question).toLowerCase().trim())) return matches;
  const own = matches.filter((m) => !replyOfAnother(understanding, m, kb));
  return own.length === 0 || own[0] === matches[0]
    ? matches
    : [...own, ...matches.filter((m) => !own.includes(m))];
}
/**
 * A fact told as the state now or as a change of it: "now has", "falls to 1,000 from September",
 * "raised the cost to 36.4 million", "up from", "instead of", "put off to".
 */
const TOLD_ANEW =
  /\b(?:now|no longer|instead of|(?:up|down) from|revised|raised?|raises|cut|cuts|lowered|increased|reduced|decreased|changed|moved|rose|rises|risen|fell|falls|fallen|dropped|grew|grown|climbed|trimmed|shrinks|shrank|put off|postponed|pushed back|delayed|brought forward)\b/i;

/** "Who replaced Ortiz?", "who will succeed her?", "who took over from the envoy?": a successor asked. */
const SUCCESSOR_ASKED =
  /^(?:and |so |ok |okay )*who (?:(?:has|had|will|would|is going to|is to) )?(?:replaced?|replaces|succeeded|succeeds?|took over from|takes? over from|taken over from)\b/;
/**
 * A handover told in any of its words, not only right before the one who left: "Ortiz was replaced
 * as envoy to Ombrel by Ruiz", "Ruiz took over as envoy on 1 May from Ortiz", "Ortiz's term ends
 * and Ruiz will take over", "her successor".
 */
const HANDOVER =
  /\b(?:replac\w*|succe(?:ed|ss)\w*|t(?:ake|akes|ook|aking|aken) over|in place of|handed over)\b/i;

/** The people a successor question names, when it asks one. */
function predecessorsAsked(understanding: Understanding, kb: KnowledgeBase): string[] {
  if (!SUCCESSOR_ASKED.test(canonicalText(understanding.question).toLowerCase().trim())) return [];
  return understanding.plan.mentions
    .flatMap((m) => m.entityIds)
    .filter((id) => kb.entity(id)?.kind === "person");
}

/**
 * "Who replaced Ortiz?" asks who took her place: what Ortiz herself said, or any other fact that
 * names her, names no successor. The fact must name her and tell a handover ("Ruiz became envoy,
 * replacing Ortiz", "Ortiz was replaced by Ruiz").
 */
function successorUntold(understanding: Understanding, top: Match, kb: KnowledgeBase): boolean {
  const people = predecessorsAsked(understanding, kb);
  if (people.length === 0) return false;
  return !handsOverFrom(people, top.indexed, kb);
}
function handsOverFrom(people: readonly string[], indexed: IndexedFact, kb: KnowledgeBase): boolean {
  return (
    namedAsHandedFrom(people, indexed, kb) ||
    (people.some((id) => indexed.entities.includes(id)) && HANDOVER.test(indexed.fact.statement))
  );
}
/** A successor asked: the facts that tell a handover from the one named, before the rest. */
function handoverFirst(matches: Match[], understanding: Understanding, kb: KnowledgeBase): Match[] {
  const people = predecessorsAsked(understanding, kb);
  if (people.length === 0) return matches;
  const handed = matches.filter((m) => handsOverFrom(people, m.indexed, kb));
  return handed.length === 0 || handed[0] === matches[0]
    ? matches
    : [...handed, ...matches.filter((m) => !handed.includes(m))];
}
/** "What did she call the accord?", "what do fishers call the channel?": the name or word given to a thing. */
const NAMING_ASKED =
  /^(?:and |so |ok |okay )*what (?:did|does|do|has|have|had|would|will) .+? call (?!(?:on|for|upon|off|in|up|out|back|at|to)\b)\S/;
/** "Called the accord a model", "known as the Papar": a name or word given, not "called on"/"called for". */
const NAME_GIVEN =
  /\bcall(?:s|ed|ing)? (?!(?:on|for|upon|off|in|up|out|back|at|to)\b)\S|\b(?:known as|named|nicknamed|dubbed|described \S+ as)\b/i;

/**
 * "What did Ortiz call the quota?" asks the word she gave it: "Ortiz called on the board to lift
 * the quota" or anything else she said of it gives none. The fact must call the thing something.
 */
function nameGivenUntold(understanding: Understanding, top: Match): boolean {
  if (!NAMING_ASKED.test(canonicalText(understanding.question).toLowerCase().trim())) return false;
  return !NAME_GIVEN.test(top.indexed.fact.statement);
}
/** A name or word asked for: the facts that give one, before the rest. */
function namingFirst(matches: Match[], understanding: Understanding): Match[] {
  if (!NAMING_ASKED.test(canonicalText(understanding.question).toLowerCase().trim())) return matches;
  const naming = matches.filter((m) => NAME_GIVEN.test(m.indexed.fact.statement));
  return naming.length === 0 || naming[0] === matches[0]
    ? matches
    : [...naming, ...matches.filter((m) => !naming.includes(m))];
}
/** "How did Niger react?", "how did the board take it?": the one named's reply, nothing else asked. */
const REPLY_ASKED =
  /^(?:and |so |ok |okay )*how did (.+?) (?:react|respond|reply|answer|take (?:it|that|this|the news))(?: to (?:that|this|it))?\W*$/;

/**
 * "Is Mekhala-1 still launching in October?": the later account found ("is to be launched on 29
 * October") may itself have been overtaken by a still later one ("postponed until February 2027");
 * how things stand is the last account in that chain, not the first change after the one asked.
 */
function latestAccount(
  later: Match | undefined,
  usable: readonly Match[],
  plan: QueryPlan,
  kb: KnowledgeBase,
): Match | undefined {
  let last = later;
  for (let step = 0; last && step < LATER_STEPS; step++) {
    const next = laterAccount(last, usable, plan, kb);
    if (!next || reportedOn(next, kb) <= reportedOn(last, kb)) break;
    if (
      !keepsTheQuestion(plan, last.indexed, next.indexed) ||
      !keepsTheSubject(last.indexed, next.indexed, kb)
    )
      break;
    last = next;
  }
  return last;
}
/** How many times a later account is followed on to a still later one (a story's few articles). */
const LATER_STEPS = 4;

/** Facts this close to the best one may tell that the person a "still" question asks handed over. */
const RIVAL_STILL = 0.03;
/** "How many …": a count asked, whatever it counts. */
const HOW_MANY = /\bhow many\b/;
/** How much less of the question the fact of a counted act may cover than a plan told before it. */
const RIVAL_ACT = 0.05;

/**
 * The fact names one of these people as the one handed over from: right after "replaced",
 * "succeeded", "replacing" or "took over from" ("Al-Fadhalah replaced Jassim Al-Qattami").
 */
/**
 * A fact that names one of `people` as the one handed over from, dated after the best fact (its
 * own day, else its meeting's): the latest such, or undefined.
 */
function handedOverSince(people: readonly string[], top: Match, kb: KnowledgeBase): IndexedFact | undefined {
  const since = dayOf(top.indexed, kb);
  if (!since) return undefined;
  let found: IndexedFact | undefined;
  let latest = since;
  for (const id of people) {
    for (const indexed of kb.factsAbout(id)) {
      const day = dayOf(indexed, kb);
      // (A handover told of the very day the best fact tells, "left his post … on 1 September",
      // names who took over from them, which the leaving alone does not.)
      const later =
        day !== undefined && (day > latest || (day === since && latest === since && indexed !== top.indexed));
      if (later && namedAsHandedFrom(people, indexed, kb)) {
        found = indexed;
        latest = day;
      }
    }
  }
  return found;
}

/**
 * A post held before is asked of a person, and the fact tells none of theirs: no "former",
 * "previously" or "until 2022", no handover from them, no move on from a post.
 */
function earlierPostUntold(understanding: Understanding, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  if (understanding.plan.kind === "who" || !asksAnEarlierPost(understanding.question)) return false;
  const people = understanding.plan.mentions
    .flatMap((m) => m.entityIds)
    .filter((id) => kb.entity(id)?.kind === "person");
  if (people.length === 0) return false;
  return (
    !EARLIER_POST.test(indexed.fact.statement) &&
    !namedAsHandedFrom(people, indexed, kb) &&
    !movesOn(indexed, people, kb)
  );
}

/** A year said as a number ("in 2017", "2025–2026"). */
const ANY_YEAR = /\b(?:19|20)\d\d\b/;

/**
 * "Who was Cambodia's co-chair when the commission was set up in 2017?" is not answered by "Prak
 * Chanthorn is Cambodia's co-chair", told in 2026: a fact that says no year of its own, and is dated
 * another, tells who it was then, not in the year asked. (A fact that names a year is weighed by
 * the scoring, which reads which of its clauses the year is of.)
 */
function yearAskedUntold(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  if (plan.kind !== "who") return false;
  const asked = askedDateIn(plan.text);
  if (!asked?.year || asked.month !== undefined) return false;
  if (ANY_YEAR.test(indexed.fact.statement)) return false;
  // (A fact of no day and no meeting is told as it stood when its article was written.)
  const day = dayOf(indexed, kb) ?? kb.source(indexed.fact.source)?.date;
  return !!day && !day.startsWith(String(asked.year));
}

/** The day a fact tells of: its own, else its meeting's. */
function dayOf(indexed: IndexedFact, kb: KnowledgeBase): string | undefined {
  return indexed.fact.date ?? (indexed.fact.event ? kb.event(indexed.fact.event)?.date : undefined);
}

function namedAsHandedFrom(people: readonly string[], indexed: IndexedFact, kb: KnowledgeBase): boolean {
  if (people.length === 0) return false;
  const [sentence = []] = factSequences(indexed.fact);
  return mentionPositions(sentence, people, kb).some((at) => {
    // (A title written before the name, "replacing Professor Salim Mwakilema", stands between the
    // cue and the one handed from: the capitalised words just before the name are passed over.)
    let cue = at - 1;
    while (cue >= at - TITLE_WORDS && sentence[cue]?.nameLike) cue--;
    const before = sentence[cue]?.word ?? "";
    if (before === "from") return sentence[cue - 1]?.word === "over";
    return isPredecessorCue(sentence, cue);
  });
}
/** How many capitalised words a title before a name may have ("Foreign Minister", "Professor"). */
const TITLE_WORDS = 2;

/**
 * The story's first account of what is asked (`earliestAccount`): a fact told as the first plan
 * ("had originally been due …") leads only when it is as sure an answer by itself.
 */
function firstAccount(
  read: Reading & { kind: "read" },
  usable: readonly Match[],
  kb: KnowledgeBase,
  shift: number | undefined,
): Match {
  const { plan } = read.understanding;
  const first = earliestAccount(usable, kb, usable[0], plan);
  const earliest = earliestAccount(usable, kb, usable[0], plan, false);
  if (first === earliest) return first;
  // (Weighed as the answer is: another article's account is no rival of the one "at first" picks.)
  const agrees = agreesWith(first, read.understanding, kb);
  const day = reportedOn(first, kb);
  const features = evidenceFeatures(read, first, usable, (m) => agrees(m) || reportedOn(m, kb) !== day);
  return enoughToAnswer(likelihoodOf(features), answers(first), shift) ? first : earliest;
}

/**
 * The fact lacks the thing the question's wh-word asks for (`askedSlot`): a name of the phrase
 * ("how many *Nepali* students") it does not name; a word that narrows the phrase ("what *visa*
 * fee") where the fact has its head ("tuition fees"), so it speaks of another of that kind; or the
 * head itself where it asks for someone ("which *companies* bid", a group or a person by WordNet's
 * commonest sense). A word for a kind of it holds the word ("a tanker" is a "vessel"). ("What
 * documents did they sign?" is answered by "a memorandum" WordNet does not file under documents.)
 */
function slotUnheld(plan: QueryPlan, top: Match, slot: AskedSlot | undefined): boolean {
  const evidence = top.evidence;
  if (!evidence || !slot) return false;
  if (evidence.slotMissing > 0) return true;
  if (evidence.slotMissed.length === 0) return false;
  const head = slot.terms[slot.terms.length - 1]!;
  const headHeld = !evidence.slotMissed.includes(head);
  return evidence.slotMissed.some((index) => {
    const asked = plan.terms[index]!.word;
    if (index === head ? !namesAgent(asked) : !headHeld) return false;
    return !saysAKindOf(top.indexed, asked);
  });
}

/**
 * A which-question's thing (`askedSlot`'s last word) that the fact says only in front of another
 * noun or an adjective of a noun phrase ("cyclone early-warning network", "hatchery-bred catfish"),
 * never as a thing of its own nor within or beside a name ("Cyclone Ravaka", "the Sava river").
 */
function askedOnlyDescribing(plan: QueryPlan, top: Match): boolean {
  if (plan.kind !== "which") return false;
  const last = askedSlot(plan)?.terms.at(-1);
  const head = last === undefined ? undefined : plan.terms[last];
  // ("Which years does it cover?" is met by "a five-year agreement … from 2026 to 2030".)
  if (!head || head.weight < 1 || head.kinds.length > 0 || isTimeNoun(head.word)) return false;
  // (A verb the question's words were read as, "dug in its heels" as "refuse", asks for no thing.)
  if (isVerb(head.word) && usedMostlyAsVerb(head.word)) return false;
  // ("Which border towns came?": a kind word ends the phrase, and "border" only describes it.)
  if (plan.terms.some((t) => t.position === head.position + 1 && t.kinds.length > 0)) return false;
  const [sentence = []] = factSequences(top.indexed.fact);
  const statement = top.indexed.fact.statement.toLowerCase();
  const at = sentence.flatMap((token, i) =>
    (head.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH ? [i] : [],
  );
  // Joined to the next word by a hyphen or a space alone ("the request, made in …" is a clause).
  const joined = (word: string, next: string, by: string) => statement.includes(`${word}${by}${next}`);
  return (
    at.length > 0 &&
    at.every((i) => {
      const token = sentence[i]!;
      const next = sentence[i + 1];
      if (token.nameLike || sentence[i - 1]?.nameLike || !next || next.nameLike || isPastVerb(token.word))
        return false;
      if (joined(token.word, next.word, "-")) return true;
      if (!joined(token.word, next.word, " ") || STOPWORDS.has(next.word)) return false;
      // A noun after it ("cyclone warning network"), or an adjective hyphened to one ("early-warning").
      const after = sentence[i + 2];
      return (
        (isNoun(next.word) && !isPastVerb(next.word)) ||
        (isAdjectiveOnly(next.word) && !!after && joined(next.word, after.word, "-"))
      );
    })
  );
}

/**
 * The price of one thing asked: "what will one dose cost?", "the price of one of the traps" (not
 * "one billion", nor "which one"). ("A single …" and "per tonne" as well were tried: no dev
 * question changed, one test question lost.)
 */
const ONE_PRICED =
  /^(?=.*\b(?:cost|costs|costing|price|prices|priced|charge|charges|charged|how much|pay|pays|paid)\b).*(?:(?<!\b(?:which|what|the|that|this|each|every|no|any|another|other) )\bone (?!(?:hundred|thousand|million|billion|trillion|percent|per cent|year|month|week|day|another)\b)(?:of (?:the|its|their|these|those) )?\p{L})/iu;
/**
 * "How much does each of the new ferries cost on its own?", "what will each station cost?", "what do the
 * boats cost apiece?": the price of one of them, as "one" asks it — not "each year" (a time), nor "how
 * much will Bulgaria and Romania each pay?" (each payer's share).
 */
const EACH_PRICED =
  /^(?:(?=.*\b(?:cost|costs|costing|price|prices|priced)\b).*\beach (?!(?:year|month|week|day|time)\b)(?:of (?:the|its|their|these|those) )?\p{L}|(?=.*\b(?:cost|costs|costing|price|prices|priced|charge|charges|charged|how much)\b).*\b(?:each of (?:the|its|their|these|those)|apiece|a piece|individually)\b)/iu;
/** A figure given per unit: "each", "per tonne", "apiece", "700 dollars a head". */
const PER_UNIT =
  /\b(?:each|per|apiece|an? (?:day|week|month|year|hour|head|piece|unit|tonne|ton|litre|liter|kilometre|kilometer|dose))\b|\b(?:dollars?|euros?|pounds?|francs?|rupees?|yuan|yen|cents?|pesos?|rand|naira|shillings?|dinars?|riyals?|dirhams?|lari|drams?|tenge|soms?|somoni|manats?|tugriks?|kip|baht|ringgit|rupiah|won|reais|real)\s+an?\s+\p{L}/iu;

/** "How much are the rangers paid", "how much do paramedics earn": the pay of whoever it names. */
const PAY_ASKED =
  /\bhow much (?:are|is|do|does|did|will|would|were|was) (.+?) (?:(?:get|gets|got|getting|being) )?(?:paid|earn|earns|earned|make|makes)\b/i;
/** The whole asked for ("in total", "altogether"): a sum, not one person's pay. */
const WHOLE_ASKED = /\b(?:total|altogether|in all|all together|combined|between them)\b/i;
/** A fact that tells pay as such. */
const WAGE_TOLD = /\b(?:wages?|salar(?:y|ies)|earn(?:s|ed|ing)?|paid (?:at|on) (?:a|the) rate)\b/i;

/**
 * The question asks what people are paid: "how much are/do … paid/earn" over words that name a
 * kind of person ("rangers", "paramedics", "the director"), and not a whole ("in total").
 */
function asksAPersonsPay(question: string): boolean {
  const asked = PAY_ASKED.exec(question);
  if (!asked || WHOLE_ASKED.test(question)) return false;
  return wordsOf(asked[1]!.toLowerCase()).some((word) => isPersonNoun(word) || isPersonnelNoun(word));
}

/** "What kind of vessels …?", "which type of aircraft …?": the thing whose kind is asked. */
function kindAsked(plan: QueryPlan): Term | undefined {
  const words = plan.words;
  const at = words.findIndex(
    (word, i) =>
      KIND_WORDS.has(word) && words[i + 1] === "of" && (words[i - 1] === "what" || words[i - 1] === "which"),
  );
  if (at < 0) return undefined;
  const thing = plan.terms.find((t) => t.position === at + 2 && t.weight >= 1 && t.kinds.length === 0);
  return thing && isNoun(thing.word) ? thing : undefined;
}

const KIND_WORDS: ReadonlySet<string> = new Set(["kind", "kinds", "type", "types", "sort", "sorts"]);
/** Words after the thing that say what it is about ("cooperation *on maritime security*"). */
const KIND_AFTER: ReadonlySet<string> = new Set(["on", "for", "against", "of", "with", "in"]);

/**
 * The fact says what kind the thing is: a word of its own before it ("four *firefighting*
 * aircraft", not "eight vessels" nor "Venezuelan vessels"), what it is for or about after it
 * ("cooperation *on maritime security*"), or a word WordNet has as a kind of it ("a tanker").
 */
function saysWhatKind(thing: Term, indexed: IndexedFact): boolean {
  const [sentence = []] = factSequences(indexed.fact);
  const at = sentence.flatMap((token, i) =>
    (thing.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH ? [i] : [],
  );
  const describing = (token: Token | undefined) =>
    !!token &&
    !token.nameLike &&
    !STOPWORDS.has(token.word) &&
    !NUMBER_WORDS.has(token.word) &&
    !STARTS_WITH_DIGIT.test(token.word);
  if (
    at.some(
      (i) =>
        describing(sentence[i - 1]) ||
        (KIND_AFTER.has(sentence[i + 1]?.word ?? "") && describing(sentence[i + 2])),
    )
  )
    return true;
  return sentence.some(
    (token, i) =>
      describing(token) && token.word.length > 2 && !at.includes(i) && isKindOf(token.word, thing.word),
  );
}

/**
 * "How many *Norvik* fishermen …?": the thing counted comes after the names that describe it (the
 * first word after "how many" and its names).
 */
function countedPastNames(plan: QueryPlan): Term | undefined {
  const many = plan.words.findIndex((word, i) => word === "many" && plan.words[i - 1] === "how");
  if (many < 0) return undefined;
  let at = many + 1;
  let named = false;
  for (;;) {
    const mention = plan.mentions.find((m) => m.position === at);
    if (!mention) break;
    named = true;
    at += mention.length;
  }
  const term = named ? plan.terms.find((t) => t.position === at) : undefined;
  return term && term.weight >= 1 && term.kinds.length === 0 ? term : undefined;
}

/** The question opens on "where" ("is where the centre should be still disputed?" asks yes or no). */
const WHERE_OPENS = /^\W*(?:(?:and|so|ok|but|then|now)\W+)?where\b/;
/** "Where is it going / to be based / supposed to stand / working now": where a thing is or is to be. */
const THING_PLACE_ASKED =
  /\b(?:supposed|meant|planned|going|will|would|should|based|located|stand|standing|built|working|work|works|live|lives|living)\b/;
/** "Where are …", "where's …": the present of "be" right after "where". */
const WHERE_IS_NOW = /^\W*(?:(?:and|so|ok|but|then|now)\W+)?where(?:'s|’s|s| is| are)\s/;

/**
 * "Where are the debris programme's monitoring stations?", "where is the coordination centre?":
 * "where" and the present of "be", ending on the thing (a noun, no meeting's), ask where the thing
 * is, which the place its meeting was held at does not say ("where was the treaty signed?", "where
 * is the next round?" still ask a meeting's place).
 */
function whereAThingIs(text: string): boolean {
  if (!WHERE_IS_NOW.test(text)) return false;
  const words = wordsOf(text);
  const last = words[words.length - 1];
  if (!last || STOPWORDS.has(last) || !isNoun(last) || isPastVerb(last)) return false;
  return !A_MEETING_NOUN.test(last);
}
const A_MEETING_NOUN = new RegExp(`^(?:${MEETING_NOUN_PATTERN})$`);

/** "In Port Sella", not "in March": the sentence names a place of its own. */
const A_PLACE_IN = new RegExp(`\\bin (?!(?:${MONTHS.join("|")})\\b)\\p{Lu}`, "u");

/** The fact names no place of its own (a place the question does not name), only its meeting has one. */
function onlyTheVenue(
  plan: QueryPlan,
  top: Match,
  kb: KnowledgeBase,
  /** A place in the name of a thing the fact names counts as the fact's (`whereAThingIs`). */
  byName = false,
): boolean {
  const mentioned = new Set(plan.mentions.flatMap((m) => m.entityIds));
  const { fact } = top.indexed;
  if (fact.entities.some((id) => !mentioned.has(id) && kb.entity(id)?.kind === "place")) return false;
  if (A_PLACE_IN.test(fact.statement)) return false;
  // "Samia Bakhit, head of the Dongola centre, said …": the name of a thing the fact names may say
  // where it is ("Dongola locust early-warning centre"), where the question does not say that place.
  const asked = byName ? ` ${wordsOf(plan.text.toLowerCase()).join(" ")} ` : "";
  for (let e = 0; byName && e < fact.entities.length; e++) {
    const id = fact.entities[e]!;
    const thing = kb.entity(id);
    if (mentioned.has(id) || !thing || thing.kind === "event") continue;
    const name = thing.name;
    // (Word by word: the name as a whole names the thing itself.)
    for (const word of wordsOf(name.toLowerCase())) {
      if (asked.includes(` ${word} `)) continue;
      for (const place of kb.entitiesNamed(word))
        if (place !== id && kb.entity(place)?.kind === "place") return false;
    }
  }
  const event = fact.event ? kb.event(fact.event) : undefined;
  return !!event?.place && !fact.statement.includes(event.place);
}

/**
 * A figure asked per unit of time ("how many … in a year", "how much … each month") where the fact
 * does not count over that unit: over another one ("a day", "weekly"), or over none ("the 2024
 * drought cut river traffic by a third" is no yearly amount of cargo).
 */
function countedOverAnotherPeriod(plan: QueryPlan, question: string, statement: string): boolean {
  if (!plan.quantity && plan.kind !== "how") return false;
  const asked = ratePeriodsIn(question, true);
  if (asked.size === 0) return false;
  const told = ratePeriodsIn(statement);
  return ![...asked].some((unit) => told.has(unit));
}

/** "Cost to build", "cost of building", "construction costs": the cost of making a thing, paid once. */
const BUILDING_COST = /\bcost\w*\b[^.?!]*\b(?:build|construct)\w*|\b(?:build|construct)\w*\b[^.?!]*\bcost/i;

/**
 * "How much will the border station cost to build?" is not answered by "a night shift at the border
 * station costing about 1.9 million euros a year": a cost told per unit of time is what it costs to
 * run, not what it costs to build once (unless the question asks one per year itself).
 */
function buildingCostAskedOfARunningCost(question: string, statement: string): boolean {
  if (!HOW_MUCH.test(question) || !BUILDING_COST.test(question)) return false;
  if (ratePeriodsIn(question, true).size > 0) return false;
  return ratePeriodsIn(statement).size > 0;
}
const HOW_MUCH = /\bhow much\b/i;

/**
 * "How much is that survey supposed to cost?" is not answered by "Honduras offered to pay half of
 * the cost of the survey": a part told in words, with no figure, is a share of the cost, not what it
 * costs. A fact that gives the sum answers first.
 */
function onlyAShareOfTheCost(question: string, statement: string): boolean {
  if (!HOW_MUCH.test(question) || !COST_ASKED.test(question) || PART_ASKED.test(question)) return false;
  const told = withoutDays(statement);
  return !/\d/.test(told) && SHARE_IN_WORDS.test(told);
}
const COST_ASKED = /\bcost(?:s|ing)?\b/i;
/** "How much of the boat's cost will Castel cover?", "what share of the cost": a part is what is asked. */
const PART_ASKED = /\bhow much of\b|\b(?:share|part|portion|proportion|fraction|percentage)\b/i;
const SHARE_IN_WORDS = /\b(?:half|a third|two thirds|a quarter|three quarters)\b/i;

/** Of facts found for what something costs, those that give a sum before those that only give a share. */
function sumBeforeShare(matches: Match[], question: string): Match[] {
  const share = (m: Match) => onlyAShareOfTheCost(question, m.indexed.fact.statement);
  if (!matches[0] || !share(matches[0])) return matches;
  return [...matches.filter((m) => !share(m)), ...matches.filter(share)];
}

/** Words that split a pair's figure between them ("each", "respectively"): a figure of one of them. */
const SHARED_OUT: ReadonlySet<string> = new Set(["each", "respectively", "apiece", "per", "both"]);

/**
 * A question asking a name whose fact says no name but the question's own (and the words of the
 * names it mentions: "CGV" is "Coordinating Group on Venezuela"), a country or its adjective, a
 * month or a weekday: the thing is told, not what it is called.
 */
function nameAskedUntold(
  question: string,
  plan: QueryPlan,
  indexed: IndexedFact,
  kb: KnowledgeBase,
): boolean {
  if (nameAskedOf(question) === undefined) return false;
  const known = new Set(plan.words);
  for (const mention of plan.mentions)
    for (const id of mention.entityIds) {
      const entity = kb.entity(id);
      if (entity) for (const name of entityWords(entity).names) for (const word of name) known.add(word);
    }
  const [sentence = []] = factSequences(indexed.fact);
  return !sentence.some(
    (token) =>
      token.nameLike &&
      !known.has(token.word) &&
      !CALENDAR_WORDS.has(token.word) &&
      !countryNamed(token.word) &&
      !currencyUnits().has(sentence[sentence.indexOf(token) + 1]?.word ?? ""),
  );
}

/** A name as facts write it: capitalised words, an article perhaps before them. */
const LISTED_NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*`;
const BETWEEN = /\bbetween\b/i;
/** A figure right after a list's last name: "… and Cyprus two", "… and Keld 12". */
const A_FIGURE_NEXT = /^\s+(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)/iu;
/** Places listed after a preposition of place: "in Caracas, Valencia and Maracaibo". */
const PLACES_LISTED = new RegExp(
  String.raw`\b(?:in|from|at|across|of)\s+(${LISTED_NAME}(?:,\s+${LISTED_NAME})*,?\s+and\s+${LISTED_NAME})`,
  "gu",
);

/**
 * The figure counts places listed together ("96 prisoners walked out of jails in Caracas, Valencia
 * and Maracaibo") of which the question names some, not all: the count of the whole is not the
 * count of its part. Not where the fact shares the figure out ("each", "respectively").
 */
function figureOfPlacesListed(plan: QueryPlan, statement: string, kb: KnowledgeBase): boolean {
  if (tokenize(statement).some((token) => SHARED_OUT.has(token.word))) return false;
  const asked = ` ${plan.words.join(" ")} `;
  const namesWithAnd = plan.mentions.flatMap((mention) =>
    mention.entityIds.flatMap((id) => {
      const entity = kb.entity(id);
      return entity ? [entity.name, ...entity.aliases].filter((name) => /\sand\s/u.test(name)) : [];
    }),
  );
  for (const match of statement.matchAll(PLACES_LISTED)) {
    // ("The beaches between Gandoca in Costa Rica and San San in Panama": two ends, no list.)
    if (BETWEEN.test(statement.slice(0, match.index).split(/[,;]/).at(-1) ?? "")) continue;
    // ("Israel will station four at Paphos and Cyprus two": a figure after the last name gives that
    // one its own, as "each" does.)
    if (A_FIGURE_NEXT.test(statement.slice(match.index + match[0].length))) continue;
    // (A name the question asks that has an "and" of its own, "Trinidad and Tobago", is one place.)
    let listed = match[1]!;
    for (const name of namesWithAnd) listed = listed.replace(name, name.replace(/\s+and\s+/gu, " "));
    const places = listed
      .split(/,\s+|,?\s+and\s+/u)
      .map((place) => wordsOf(place.replace(/^the\s+/u, "")).join(" "))
      .filter((place) => place.length > 0);
    const named = places.filter((place) => asked.includes(` ${place} `));
    if (named.length > 0 && named.length < places.length) return true;
  }
  return false;
}

/**
 * "How many sirens will Saint Kitts and Nevis get?" against "Saint Kitts and Nevis and Antigua and
 * Barbuda will install … 130 sirens": a figure asked of one country where the fact names that
 * country only joined by "and" to another, so the figure is of the two together, not of the one.
 */
function figureOfAPairAsked(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  if (!plan.quantity) return false;
  const asked = new Set(
    plan.mentions.flatMap((m) => m.entityIds).filter((id) => kb.entity(id)?.kind === "country"),
  );
  if (asked.size !== 1) return false;
  const [sentence = []] = factSequences(indexed.fact);
  if (sentence.some((token) => SHARED_OUT.has(token.word))) return false;
  const spansOf = (id: string): [number, number][] => {
    const entity = kb.entity(id);
    if (!entity) return [];
    const spans: [number, number][] = [];
    for (const name of entityWords(entity).names) {
      for (const at of namePositions(sentence, name)) spans.push([at, at + name.length]);
    }
    for (let i = 0; i < sentence.length; i++) {
      const adjective = sentence[i]!.nameLike ? kb.countryOfAdjectiveAt(sentence, i) : undefined;
      if (adjective?.country === id) spans.push([i, i + adjective.length]);
    }
    return spans;
  };
  const [country] = asked;
  // ("Saint Kitts" inside "Saint Kitts and Nevis" is the same naming, not one of its own.)
  const spans = spansOf(country!);
  const own = spans.filter(
    ([start, end]) => !spans.some(([s, e]) => s <= start && e >= end && e - s > end - start),
  );
  if (own.length === 0) return false;
  const others = indexed.fact.entities
    .filter((id) => !asked.has(id) && kb.entity(id)?.kind === "country")
    .flatMap(spansOf);
  const joined = ([start, end]: [number, number]) =>
    others.some(
      ([otherStart, otherEnd]) =>
        (sentence[end]?.word === "and" && otherStart === end + 1) ||
        (sentence[otherEnd]?.word === "and" && start === otherEnd + 1),
    );
  return own.every(joined);
}

/**
 * "What did it cost before the Batumi meeting?": only what stood before that meeting's day (a
 * fact's own date, else its meeting's, else its article's); "still 150 million after the Batumi
 * meeting?": only what was said on that day or since.
 */
function aroundTheMeeting(matches: Match[], understanding: Understanding, kb: KnowledgeBase): Match[] {
  const around = understanding.aroundMeeting;
  const meeting = around ? kb.event(around.event) : undefined;
  if (!around || !meeting) return matches;
  return matches.filter((m) => {
    const { fact } = m.indexed;
    const day = fact.date ?? (fact.event ? kb.event(fact.event)?.date : undefined) ?? reportedOn(m, kb);
    return around.relation === "before" ? day < meeting.date : day >= meeting.date;
  });
}

/**
 * "Who runs the fibre company now?" found "Turay was named its first managing director": an
 * article no older that says someone took over from Turay ("Sannoh took over … from Mohamed
 * Turay") says who holds it now, and so on down the story (replaced, then replaced again). The
 * handover must share with the fact it overtakes something besides the person (the company,
 * the country whose negotiator it is), so a post of theirs elsewhere does not count.
 */
function handedOnLater(top: Match, understanding: Understanding, kb: KnowledgeBase): Match {
  let current = top;
  for (let step = 0; step < MAX_HANDOVERS; step++) {
    const holder = answeringEntity(understanding, current.indexed, kb)?.entity;
    if (holder?.kind !== "person") break;
    const day = reportedOn(current, kb);
    const beside = new Set(current.indexed.fact.entities.filter((id) => id !== holder.id));
    const next = [...kb.factsAbout(holder.id)].find(
      (indexed) =>
        indexed !== current.indexed &&
        (kb.source(indexed.fact.source)?.date ?? "") >= day &&
        indexed.fact.entities.some((id) => beside.has(id)) &&
        handoversIn(indexed, kb).some((h) => h.from.id === holder.id && h.to.kind === "person"),
    );
    if (!next) break;
    current = { indexed: next, coverage: current.coverage, rank: current.rank };
  }
  return current;
}

/** "Still", "now", "these days": a time asked in so many words. */
function timeWordIn(text: string): boolean {
  return STILL.test(text) || LATER_SIDE.test(text.toLowerCase());
}

/**
 * The story as it stands (see `setsNoTime`): a holder handed on since ("succeeded by", "took over
 * from"), or named since where the earlier article said none was yet ("the fund's first director
 * had not been named" → "Verna Sorhaindo … is the first executive director"); a figure told anew
 * (`figureSince`).
 */
function asItStands(
  top: Match,
  usable: readonly Match[],
  read: Reading & { kind: "read" },
  kb: KnowledgeBase,
): { match: Match; figure: boolean } {
  const { understanding } = read;
  const { plan } = understanding;
  // (A post is asked in the present, "who runs the bank?", or by its name, "who is the bank's
  // president?"; "who signed the charter?" asks for who did an act, which no later holder undoes.)
  if (HOLDER_ASKED.has(plan.kind) && (asksAsThingsStand(read) || asksForRoleHolder(plan))) {
    const handed = handedOnLater(top, understanding, kb);
    if (handed !== top) return { match: handed, figure: false };
    const named = namedSince(top, usable, understanding, kb);
    if (named) return { match: named, figure: false };
  }
  // ("Who pays what?": the payer's figure as it stands; not "who pays the most?", a comparison of
  // one article's figures.)
  const figured =
    AMOUNT_ASKED.has(plan.kind) || (HOLDER_ASKED.has(plan.kind) && !understanding.superlative)
      ? countOfAnotherThing(plan, top, figureSince(top, usable, plan, kb, sameParty(plan, top, kb)))
      : top;
  return { match: figured, figure: figured !== top };
}

/**
 * "How many turbines will the dam have?" found "its six turbines will give it 1,200 megawatts": a
 * later fact that takes on another of its figures ("would raise the capacity from 1,200 to 1,450
 * megawatts") and no longer names the thing counted tells nothing new of how many there are, so
 * the count as first told stands.
 */
function countOfAnotherThing(plan: QueryPlan, top: Match, later: Match): Match {
  if (later === top) return top;
  const counted = countedThing(plan);
  if (!counted || !namesTheCounted(counted, top.indexed) || namesTheCounted(counted, later.indexed))
    return later;
  return top;
}

/**
 * "Who runs the housing fund?" found "its first executive director had not been named": a later
 * article's fact about the same thing (not a country, place or person alone) that answers the
 * question with a person, the best of those the question found.
 */
function namedSince(
  top: Match,
  usable: readonly Match[],
  understanding: Understanding,
  kb: KnowledgeBase,
): Match | undefined {
  if (!NOT_YET_SET.test(top.indexed.fact.statement)) return undefined;
  if (answeringEntity(understanding, top.indexed, kb)?.entity.kind === "person") return undefined;
  const day = reportedOn(top, kb);
  const things = top.indexed.fact.entities.filter((id) => !PARTIES.has(kb.entity(id)?.kind ?? ""));
  return usable.find(
    (m) =>
      reportedOn(m, kb) > day &&
      answers(m, LOWEST_FLOOR) &&
      m.indexed.fact.entities.some((id) => things.includes(id)) &&
      answeringEntity(understanding, m.indexed, kb)?.entity.kind === "person",
  );
}

const PARTIES: ReadonlySet<string> = new Set(["country", "place", "person"]);

/**
 * The accounts the story has left behind the one that stands: an earlier holder it was handed on
 * from, an earlier figure it tells anew.
 */
function overtakenBy(
  latest: Match,
  understanding: Understanding,
  held: boolean,
  kb: KnowledgeBase,
): (m: Match) => boolean {
  const { plan } = understanding;
  const from = new Set(
    HOLDER_ASKED.has(plan.kind) && (held || asksForRoleHolder(plan))
      ? handoversIn(latest.indexed, kb).flatMap((h) => (h.to.kind === "person" ? [h.from.id] : []))
      : [],
  );
  const handedOnFrom = (m: Match) =>
    from.size > 0 &&
    reportedOn(m, kb) <= reportedOn(latest, kb) &&
    from.has(answeringEntity(understanding, m.indexed, kb)?.entity.id ?? "");
  return (m) => handedOnFrom(m) || figureOvertaken(m, latest.indexed, plan, kb);
}

/**
 * The fact a follow-up points back to with "it" or "that" ("are they still against it?"): the one
 * the previous answer cited, when it cited one.
 */
function pointedBack(
  read: Reading & { kind: "read" },
  usable: readonly Match[],
  top: Match,
  kb: KnowledgeBase,
): Match | undefined {
  const id = read.previous?.facts.length === 1 ? read.previous.facts[0] : undefined;
  if (!id || !POINTING_BACK.test(read.understanding.question)) return undefined;
  const found = usable.find((m) => m.indexed.fact.id === id);
  if (found) return found;
  const indexed = kb.fact(id);
  return indexed ? { indexed, coverage: top.coverage, rank: top.rank } : undefined;
}

/**
 * A yes/no follow-up that asks only whether someone consented ("did Japan agree?", "did Tonga ever
 * agree to that?", "did they accept it?"), answered by a fact that is not one the previous answer
 * cited and shares fewer than two of its own words (names and the question's words aside): the
 * fact tells of consent to something else.
 */
export function consentToAnotherAct(
  read: Reading & { kind: "read" },
  top: IndexedFact,
  previous: DialogueTurn | undefined,
  kb: KnowledgeBase,
): boolean {
  if (read.understanding.plan.kind !== "yesno") return false;
  const told = previous?.facts ?? [];
  if (told.length === 0 || told.includes(top.fact.id)) return false;
  if (!CONSENT_ONLY.test(read.understanding.question.trim())) return false;
  const asked = new Set(tokenize(read.understanding.question).map((t) => t.stem));
  const answer = contentStems(top.fact.statement);
  return told.every((id) => {
    const statement = kb.fact(id)?.fact.statement ?? "";
    const shared = tokenize(statement).filter(
      (t) => !t.nameLike && !STOPWORDS.has(t.word) && !asked.has(t.stem) && answer.has(t.stem),
    );
    return new Set(shared.map((t) => t.stem)).size < SHARED_WITH_WHAT_WAS_TOLD;
  });
}

/** "Did Japan agree?", "and did Croatia go along with that?": consent with no object of its own. */
const CONSENT_ONLY =
  /^(?:(?:so|and|but|ok|okay|wait)\W+)?(?:did|does|do|has|have|had|will|would|was|were)\s+(?:[\w'’-]+\s+){1,4}?(?:(?:ever|actually|finally|eventually|then|later)\s+)?(?:agree|agreed|accept|accepted|approve|approved|consent|consented|go along|gone along|say yes|said yes|take (?:it|that|this) up|taken (?:it|that|this) up)(?:\s+(?:to|with)\s+(?:it|that|this|them|the request|the idea))?(?:\s+(?:in the end|later|eventually|after all))?\W*$/i;
/** Words a fact must share with the answer just given to be about the same act. */
const SHARED_WITH_WHAT_WAS_TOLD = 2;

/** "It", "that" at the end of a follow-up or after a preposition: the thing just told. */
const POINTING_BACK = /\b(?:against|about|with|on|to|for|of) (?:it|that|this)\b|\b(?:it|that)\W*$/i;

/** How many times a post may change hands in one story. */
const MAX_HANDOVERS = 4;
/** Kinds of question a holder answers: "who runs it now?", "which minister leads it now?". */
const HOLDER_ASKED = new Set(["who", "which"]);

/**
 * The change a later fact tells is of one the question names ("the Black Sea Gateway Fund raised
 * its loan …" for "how big is the fund's loan now?"): a part asked for, not a part beside the whole.
 */
function changeOfOneNamed(later: Match, plan: QueryPlan, kb: KnowledgeBase): boolean {
  const words = (text: string) =>
    text
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .join(" ");
  const lead = figureChange(later.indexed.fact.statement)?.lead.toLowerCase() ?? "";
  if (lead === "") return false;
  // (On word boundaries: "Elm" is not found in "Elmwood", nor "EU" in "queue".)
  const says = (name: string) => name !== "" && ` ${words(lead)} `.includes(` ${words(name)} `);
  return plan.mentions.some(
    (m) =>
      says(m.text.toLowerCase()) || m.entityIds.some((id) => says(kb.entity(id)?.name.toLowerCase() ?? "")),
  );
}

/**
 * "How much is the EIB lending for the cable now?" found "the EIB will lend 12 million, Sierra
 * Leone will pay 8 million and Liberia 7.5 million": a later fact that takes one of its figures on
 * ("raised its loan from 12 million to 14 million") is the figure as it stands, if it names all
 * the question names (the lender and the cable, not Liberia's share of it).
 */
function figureAsItStands(top: Match, plan: QueryPlan, kb: KnowledgeBase): Match {
  // ("What do the traders sell?" asks no figure: the market's stalls "now 300 instead of 220" are
  // no answer to it, unless the change is of a thing the question names.)
  const later = takenOnLater(top, kb);
  if (later !== top && !asksAFigure(plan) && !plan.quantity && !changeOfWordsAsked(later, plan)) return top;
  const taken = countOfAnotherThing(plan, top, later);
  // (Only asked "now" or "still" in so many words: a question merely in the present, as a
  // follow-up about a month is rewritten, may be after the figure of that one article.)
  if (taken !== top || !(LATER_SIDE.test(plan.text.toLowerCase()) || STILL.test(plan.text))) return taken;
  const anyFigure = takenOnLater(top, kb, true);
  const named = (ids: readonly string[]) => ids.some((id) => anyFigure.indexed.fact.entities.includes(id));
  if (plan.mentions.length > 0) return plan.mentions.every((m) => named(m.entityIds)) ? anyFigure : top;
  // "How many weather stations are planned now?" names nothing: of the plan's several figures, the
  // one a later fact's change names in the question's own words ("the number of automatic weather
  // stations had grown from 48 to 61"), not whichever figure a later fact happens to take on.
  return askedFigureTakenOn(top, plan, kb, top) ?? top;
}

/**
 * The best fact says whether something would happen was not known or under review: of the later
 * articles' facts about the same thing (an entity of the fact that is not a country, place or
 * person), the best found that does not leave it open as well, if it answers at least half as well.
 */
function settledSince(top: Match, usable: readonly Match[], kb: KnowledgeBase): Match | undefined {
  if (!LEFT_OPEN_WHETHER.test(top.indexed.fact.statement)) return undefined;
  const day = reportedOn(top, kb);
  const things = top.indexed.fact.entities.filter((id) => !PARTIES.has(kb.entity(id)?.kind ?? ""));
  if (things.length === 0) return undefined;
  return usable.find(
    (m) =>
      m.coverage >= top.coverage * SETTLED_COVERAGE &&
      reportedOn(m, kb) > day &&
      m.indexed.fact.entities.some((id) => things.includes(id)) &&
      !LEFT_OPEN_WHETHER.test(m.indexed.fact.statement),
  );
}

/** "It was not known whether …", "it is unclear whether …", "… is under review": a matter left open. */
const LEFT_OPEN_WHETHER =
  /\b(?:not (?:yet )?(?:known|clear|decided|certain)|unclear|uncertain|undecided) (?:whether|if)\b|\bunder review\b/i;
/** How well, against the best fact, a later fact must answer to say what became of what it left open. */
const SETTLED_COVERAGE = 0.5;

/** Kinds of question a figure answers ("how much", "what is the cost"), unlike "why" or "who". */
const AMOUNT_ASKED = new Set(["how", "what", "which"]);

/** Words that ask what post someone holds: "is she still in that job?", "where does he work?". */
const POST_WORDS: ReadonlySet<string> = new Set([
  "job",
  "post",
  "position",
  "role",
  "office",
  "work",
  "title",
]);
/** The stems of the words that ask what post someone holds ("working" as "work"). */
const POST_STEMS: ReadonlySet<string> = new Set(
  [...POST_WORDS].flatMap((word) => tokenize(word).map((t) => t.stem)),
);

/** "Where does she work?", "where's he working these days?": a post asked of a person named. */
function asksAPersonsPost(plan: QueryPlan, kb: KnowledgeBase): boolean {
  const person = plan.mentions.some((m) => m.entityIds.some((id) => kb.entity(id)?.kind === "person"));
  return (
    person &&
    plan.terms.some((t) =>
      [...t.alternatives].some(([stem, strength]) => strength >= 1 && POST_STEMS.has(stem)),
    )
  );
}

/** A question tag ("she's Somali, right?"): asks to confirm what came before, says nothing of its own. */
const TAG_WORDS: ReadonlySet<string> = new Set(["right", "correct", "true"]);
const A_YEAR = /\b(?:1[89]|20)\d\d\b/;
const A_PLACE = /\b(?:of|at|in|from)\s+(?:the\s+)?\p{Lu}/u;

/**
 * "When did his term end?", "since when had he been minister?", "where does she work?", "is he
 * still in that job?", "she's Djiboutian, right?": asked of one person, answered by their own
 * description (who they are, since when, where from) when no fact says it. Every word the
 * question asks with must be in one clause of the description, save words that ask for the post
 * itself (its first clause); a "when" needs a year in that clause and a "where" a place, so
 * "former paramedic" does not say where, nor "former minister, succeeded in 2023" when they began.
 */
function describedBy(plan: QueryPlan, kb: KnowledgeBase): Verdict | undefined {
  const [subject, ...others] = plan.mentions;
  // (A question tag is no word the store needs to know.)
  const unknown = plan.unknown.filter((u) => !TAG_WORDS.has(u.word));
  if (subject?.entityIds.length !== 1 || unknown.length > 0 || plan.quantity) return undefined;
  const person = kb.entity(subject.entityIds[0]!);
  if (person?.kind !== "person") return undefined;
  const asked = plan.terms.filter(
    (t) => t.weight >= 0.5 && !t.timeWord && !TAG_WORDS.has(t.word) && !POST_WORDS.has(t.word),
  );
  const askedPost = plan.terms.some((t) => POST_WORDS.has(t.word));
  const tagged = TAG_WORDS.has(plan.words.at(-1) ?? "");
  const clauses = person.description.split(/[;,]/).map((text) => ({
    text,
    stems: new Set(tokenize(text).map((t) => t.stem)),
  }));
  const says = (clause: (typeof clauses)[number], t: Term) =>
    [...t.alternatives].some(([stem, strength]) => strength >= STRONG_MATCH && clause.stems.has(stem));
  // The clause that says every word asked; with none but the post asked, what they are first.
  const clause =
    asked.length > 0
      ? clauses.find((c) => asked.every((t) => says(c, t)))
      : askedPost
        ? clauses[0]
        : undefined;
  switch (plan.kind) {
    case "when":
      if (!clause || asked.length === 0 || !A_YEAR.test(clause.text) || others.length > 0) return undefined;
      break;
    case "where":
      if (!clause || !A_PLACE.test(clause.text) || others.length > 0) return undefined;
      break;
    case "yesno":
    case "other":
      // "Is he still in that job?"; "she's Djiboutian, right?" (a nationality or a role put to confirm).
      if (
        askedPost
          ? others.length > 0 || asked.length > 0
          : !(tagged && others.length > 0 && (asked.length === 0 || clause))
      )
        return undefined;
      break;
    default:
      return undefined;
  }
  const facts = profileFacts(person, kb, 1);
  return facts.length > 0 ? { kind: "profile", entity: person, facts } : undefined;
}

/** "Who will chair …", "who did lead …": the auxiliary between "who" and the verb asked. */
const WHO_AUXILIARIES = new Set(["will", "would", "did", "does", "do", "is", "was", "has", "had"]);

/** How much less a fact naming a person may cover than one naming countries and still lead. */
const PERSON_MARGIN = 0.05;
const QUOTED = /["“”]/;

/**
 * "Who opened the talks in Kyustendil?": "who" asks for someone, a person. Of two facts of the
 * same meeting that both answer, one whose doer is countries ("Bulgaria and North Macedonia opened
 * talks …") gives way to one whose doer is a person ("… was opened by the regional governor,
 * Plamena Georgieva"), when it covers the question almost as well.
 */
function personWhoDidIt(matches: Match[], plan: QueryPlan, kb: KnowledgeBase): Match[] {
  const [top] = matches;
  if (plan.kind !== "who" || plan.whoIs || !top) return matches;
  if (answerEntity(plan, top.indexed, kb)?.kind !== "country") return matches;
  const event = top.indexed.fact.event;
  const person = matches.find(
    (m) =>
      m !== top &&
      answers(m) &&
      m.coverage >= top.coverage - PERSON_MARGIN &&
      event !== undefined &&
      m.indexed.fact.event === event &&
      // (What a person is quoted saying they would pay is their words, not their deed.)
      !QUOTED.test(m.indexed.fact.statement) &&
      answerEntity(plan, m.indexed, kb)?.kind === "person",
  );
  return person ? [person, ...matches.filter((m) => m !== person)] : matches;
}

/**
 * "Who runs the line?" is not answered by "freight trains will run at 70 km/h", nor "who runs the
 * trial?" by "the trial will now run only at the Becora centre": the fact gives no one to lead the
 * answer with, and before the asked verb (or anywhere, when it has not the verb) it names no one
 * who could do anything, by name (a person, a country, a body) or by a word for a person or a
 * group ("the owners", "a joint commission"); nor after a passive's "by".
 */
function namesNoDoer(understanding: Understanding, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  // ("… of a new company, Hafbru Cable Company, which would build and run the cable": the act is
  // done by the thing the question names, in a clause of its own; those named before it did
  // something else, held shares in it.)
  if (doneByTheAskedInItsClause(understanding.plan, indexed, kb)) return true;
  // ("Ondřej Kratochvíl said they will dig carefully and build a little later": the act is done by
  // "they" in what he said; the one named said it, and who builds is not named.)
  if (doneUnnamedInWhatWasSaid(understanding.plan, indexed)) return true;
  if (answeringEntity(understanding, indexed, kb)) return false;
  // A fact saying who is not known is kept: it is told as not known, which is the honest answer.
  if (statesAsUnknown(understanding.question, indexed.fact.statement)) return false;
  const { plan } = understanding;
  const [sentence = []] = factSequences(indexed.fact);
  const verb = plan.terms.find((t) => t.weight >= 1 && t.kinds.length === 0 && isVerb(t.word));
  const verbAt = verb ? sentence.findIndex((token) => verb.alternatives.get(token.stem) === 1) : -1;
  // (Of a passive, "were opened by the governor …", who did it stands after its "by" too.)
  const by = verbAt >= 0 && sentence[verbAt + 1]?.word === "by" ? verbAt + 1 : -1;
  const doerAt = (at: number) => at < (verbAt >= 0 ? verbAt : sentence.length) || (by >= 0 && at > by);
  // ("Who runs the office?" is not answered by "recruitment will be run by a new public office, the
  // Overseas Employment Office": what it is done by is the thing asked of, not one who runs it.)
  if (
    by >= 0 &&
    RELATIVE_PASSIVE.has(sentence[verbAt - 1]?.word ?? "") &&
    doneByTheAsked(plan, sentence, by, kb)
  )
    return true;
  // (Not one the question names: "who runs Hraun Compute?" is not answered by "Hraun Compute, which
  // runs data centres".)
  const asked = new Set(plan.mentions.flatMap((m) => m.entityIds));
  const agents = indexed.fact.entities.filter(
    (id) => !asked.has(id) && DOER_KINDS.has(kb.entity(id)?.kind ?? "other"),
  );
  if (mentionPositions(sentence, agents, kb).some(doerAt)) return false;
  // (Nor a word of its name: the "Company" of "Hafbru Cable Company, which will build and run the
  // cable" names no one else to run it. Only of what the question puts after its verb, which the
  // doer asked for is not: "who did Ganbold invite?" asks of the one Ganbold acted on.)
  const asObject = verb
    ? plan.mentions.filter((m) => m.position > verb.position).flatMap((m) => m.entityIds)
    : [];
  const ofAsked = askedNameSpans(sentence, asObject, kb);
  return !sentence.some(
    (token, at) => doerAt(at) && !ofAsked.has(at) && !STOPWORDS.has(token.word) && namesAgent(token.word),
  );
}

const RELATIVE_PASSIVE: ReadonlySet<string> = new Set(["was", "were", "is", "are", "been", "be", "being"]);
/** Words from a passive's "by" to the name of its doer ("by *a new public office, the* Overseas …"). */
const BY_REACH = 6;
/** Words that end the phrase of a passive's doer: a clause of its own begins. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["which", "who", "that", "and", "while", "but"]);

/** The passive's doer, from its "by" to a clause of its own, is a name the question asked of. */
function doneByTheAsked(plan: QueryPlan, sentence: readonly Token[], by: number, kb: KnowledgeBase): boolean {
  const asked = plan.mentions.flatMap((m) => m.entityIds);
  if (asked.length === 0) return false;
  const spans = askedNameSpans(sentence, asked, kb);
  for (let i = by + 1; i < sentence.length && i <= by + BY_REACH; i++) {
    if (CLAUSE_OPENERS.has(sentence[i]!.word)) return false;
    if (spans.has(i)) return true;
  }
  return false;
}
/** Words from a relative "which" to its verb ("which *would build and* run"). */
const RELATIVE_VERB_REACH = 5;

/**
 * The question's verb stands in what someone is said to have said, with "they" or "it" as its
 * doer and no name between the verb of saying and it: "X said they will … build".
 */
function doneUnnamedInWhatWasSaid(plan: QueryPlan, indexed: IndexedFact): boolean {
  const verb = plan.terms.find((t) => t.weight >= 1 && t.kinds.length === 0 && isVerb(t.word));
  if (!verb || isVerbOfSaying(verb.word)) return false;
  const [sentence = []] = factSequences(indexed.fact);
  const verbAt = sentence.findIndex((token) => verb.alternatives.get(token.stem) === 1);
  if (verbAt < 2) return false;
  let pronoun = false;
  for (let i = verbAt - 1; i >= 0; i--) {
    const token = sentence[i]!;
    if (token.nameLike) return false;
    if (UNNAMED_DOERS.has(token.word)) pronoun = true;
    else if (isVerbOfSaying(token.word) && isPastVerb(token.word)) return pronoun;
  }
  return false;
}
/** Doers a said clause leaves unnamed: not "he" or "she", who may be the one who said it. */
const UNNAMED_DOERS: ReadonlySet<string> = new Set(["they", "it"]);

/** The verb at `verbAt` is of a "which" clause right after a name the question asked of. */
function doneByTheAskedInItsClause(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const asked = plan.mentions.flatMap((m) => m.entityIds);
  if (asked.length === 0) return false;
  const verb = plan.terms.find((t) => t.weight >= 1 && t.kinds.length === 0 && isVerb(t.word));
  if (!verb) return false;
  const [sentence = []] = factSequences(indexed.fact);
  const verbAt = sentence.findIndex((token) => verb.alternatives.get(token.stem) === 1);
  if (verbAt < 0) return false;
  for (let i = verbAt - 1; i >= 1 && i >= verbAt - RELATIVE_VERB_REACH; i--) {
    if (sentence[i]!.word !== "which") continue;
    // (Not a passive: "X, which was founded by Y" names its doer after "by".)
    for (let j = i + 1; j < verbAt; j++) if (RELATIVE_PASSIVE.has(sentence[j]!.word)) return false;
    return askedNameSpans(sentence, asked, kb).has(i - 1);
  }
  return false;
}

/** Every position of the sentence inside one of the entities' names or aliases. */
function askedNameSpans(sentence: readonly Token[], ids: readonly string[], kb: KnowledgeBase): Set<number> {
  const spans = new Set<number>();
  for (const id of ids) {
    const entity = kb.entity(id);
    if (!entity) continue;
    for (const name of entityWords(entity).names) {
      if (name.length === 0) continue;
      for (let i = 0; i + name.length <= sentence.length; i++) {
        let k = 0;
        while (k < name.length && sentence[i + k]?.word === name[k]) k++;
        if (k === name.length) for (let j = i; j < i + k; j++) spans.add(j);
      }
    }
  }
  return spans;
}
/**
 * The facts from the first that names a doer on: those before it cannot be the answer, and the
 * rest still weigh as rivals of the one chosen.
 */
function fromTheFirstWithADoer(matches: Match[], understanding: Understanding, kb: KnowledgeBase): Match[] {
  const first = matches.findIndex((m) => !namesNoDoer(understanding, m.indexed, kb));
  return first < 0 ? [] : matches.slice(first);
}
const DOER_KINDS: ReadonlySet<string> = new Set(["person", "country", "organization"]);

/** How much less a fact that states the act asked may cover than one that does not, and still lead. */
const ACT_MARGIN = 0.05;
/** Words that follow a verb as its particle ("coming back", "set up"), never an act of their own. */
const ADVERB_PARTICLES = new Set(["back", "up", "out", "off", "down", "over", "away", "on", "in"]);

/**
 * "When did Côte d'Ivoire join the agreement?" asks for the day of the joining: a fact's date is
 * the day of the act it states. Of two facts that both answer, one that has the act only as
 * something asked for or planned ("sent a letter in June asking to join") or only among its
 * keywords ("opened talks", filed under "started") gives way to one that states the act done in
 * its own words ("On 25 November Côte d'Ivoire joined …"), when it covers the question almost as
 * well ("when does the market open now?": "the opening has been set for March 2027" over "is due to
 * open in early 2027"). Not for "when will …", whose answer is what is due to happen, nor for a time
 * the question sets ("since when has she led it?" is met by her taking over).
 */
function theActDone(matches: Match[], plan: QueryPlan, time: Understanding["time"]): Match[] {
  const [top] = matches;
  if (plan.kind !== "when" || plan.future || (time && time !== "current" && time !== "present") || !top)
    return matches;
  // (A particle after a verb, "coming back", is no act of its own.)
  const acts = plan.terms.filter(
    (t) => t.weight >= 1 && t.kinds.length === 0 && isVerb(t.word) && !ADVERB_PARTICLES.has(t.word),
  );
  if (acts.length === 0 || statesTheActs(top.indexed, acts)) return matches;
  const stated = matches.find(
    (m) =>
      m !== top && answers(m) && m.coverage >= top.coverage - ACT_MARGIN && statesTheActs(m.indexed, acts),
  );
  return stated ? [stated, ...matches.filter((m) => m !== stated)] : matches;
}

/** The statement has each act in its own word (any inflection), not as "to <verb>". */
function statesTheActs(indexed: IndexedFact, acts: readonly Term[]): boolean {
  const [statement = []] = factSequences(indexed.fact);
  return acts.every((act) =>
    statement.some((token, i) => act.alternatives.get(token.stem) === 1 && statement[i - 1]?.word !== "to"),
  );
}

/**
 * "Who chairs the transport commission?", "who led the exercise off Batam?": the act asked is
 * the verb right after "who", and a fact answers who did it only if it says the act (in its own
 * words or a synonym, or in the name of what it names: "the CCFC chair"). A fact
 * about the commission or the exercise that names someone doing something else names nobody
 * for it. Questions whose verb is a bare "is"/"are" ask who someone is, and are left alone.
 * "Which company is building the line?" asks the same of a company (see `whoWordEnds`): the
 * head of a company that only said when the first pylons go up names nobody for the building.
 */
function whoDidIt(matches: Match[], plan: QueryPlan, kb: KnowledgeBase): Match[] {
  const verb = whoVerb(plan);
  if (!verb) return matches;
  // "Who runs the CFPC?" is said by a leading title ("CFPC Secretary General …"), and "who is
  // taking over?" by a handover ("will hand over the presidency to Bolivia").
  const leader = leaderAsked(plan, kb);
  const mentioned = new Set(plan.mentions.flatMap((m) => m.entityIds));
  const says = (m: Match) =>
    ([...verb.alternatives].some(
      ([stem, strength]) =>
        (m.indexed.terms.get(stem) ?? 0) * strength >= STRONG_MATCH ||
        m.indexed.fact.entities.some((id) => kb.entityTermStrength(id, stem) * strength >= STRONG_MATCH),
    ) &&
      !actOnAnotherThing(verb, plan, m.indexed, kb)) ||
    (!!leader && namesTheLeader(leader.bodies, m.indexed, kb)) ||
    (handoversIn(m.indexed, kb).some((h) => !mentioned.has(h.to.id)) &&
      !handedOverAnotherPost(verb, plan, m.indexed, kb));
  return matches.filter(says);
}

/** The verb of "who <verb> …?", "who is <verb>ing …?", "which company <verb> …?". */
function whoVerb(plan: QueryPlan, light = false): Term | undefined {
  const who = whoWordEnds(plan);
  if (who === undefined) return undefined;
  const at = WHO_AUXILIARIES.has(plan.words[who + 1] ?? "") ? who + 2 : who + 1;
  const verb = plan.terms.find((t) => t.position === at && (light || t.weight >= 1) && t.kinds.length === 0);
  return verb && isVerb(verb.word) ? verb : undefined;
}

/**
 * "Who took over the national immunisation programme after her?" is not answered by "Abessolo
 * took over as Cameroon's chief negotiator from her": the handover names the post it is of ("as
 * …"), and what the question's act is done to is nowhere in its sentence (only, perhaps, in the
 * description of someone it names).
 */
function anotherPostHandedOver(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  // (However light its verb: "who took over …?")
  const verb = whoVerb(plan, true);
  return !!verb && handedOverAnotherPost(verb, plan, indexed, kb);
}

/**
 * "Who chaired the commission before Togo?" is not answered by "X became Togo's Minister of Mines,
 * replacing Y": a handover that names neither the body the question's act is done to nor a word
 * for that act is of another post (the minister's, not the commission's chair). What is asked is
 * read once; only the few handovers found are looked at.
 */
function withoutAnotherBodysHandovers(handovers: Match[], plan: QueryPlan, kb: KnowledgeBase): Match[] {
  const verb = handovers.length > 0 ? whoVerb(plan, true) : undefined;
  if (!verb) return handovers;
  const { terms, things } = objectAsked(verb, plan);
  if (things.length === 0) return handovers;
  const asked = [verb, ...terms];
  const saysTheAct = (token: Token) =>
    asked.some((t) => (t.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH);
  return handovers.filter((m) => {
    if (things.some((id) => m.indexed.fact.entities.includes(id))) return true;
    const [sentence = []] = factSequences(m.indexed.fact);
    return sentence.some(saysTheAct) || mentionPositions(sentence, things, kb).length > 0;
  });
}

/**
 * "Who was Castel's ambassador to Norvik before Orsan?" is not answered by "Orsan replaced Vela as
 * minister of border affairs": a handover that names its post ("as …") is of that post, and where
 * the post asked (a noun for a person's post, "ambassador") is not in its sentence, the one it
 * replaced held another post (that Orsan was once ambassador is only in his description).
 */
function withoutAnotherPostsHandovers(handovers: Match[], plan: QueryPlan): Match[] {
  // (A noun heading its phrase and no adjective: "seasonal" in "seasonal work talks" and "prior"
  // in "prior to" are not posts, though WordNet has a seasonal worker and a monastery's prior.)
  const posts = plan.terms.filter(
    (t) =>
      t.weight >= 1 &&
      isPersonNoun(t.word) &&
      !isAdjective(t.word) &&
      !plan.terms.some((o) => o.position === t.position + 1),
  );
  if (posts.length === 0) return handovers;
  return handovers.filter((m) => {
    const [sentence = []] = factSequences(m.indexed.fact);
    if (!sentence.some((token) => token.word === "as")) return true;
    return posts.every((post) =>
      sentence.some((token) => (post.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH),
    );
  });
}

function handedOverAnotherPost(
  verb: Term,
  plan: QueryPlan,
  indexed: IndexedFact,
  kb: KnowledgeBase,
): boolean {
  const { terms, things } = objectAsked(verb, plan);
  if (terms.length === 0 && things.length === 0) return false;
  const [sentence = []] = factSequences(indexed.fact);
  if (!sentence.some((token) => token.word === "as")) return false;
  if (sentence.some((token) => terms.some((t) => (t.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH)))
    return false;
  return mentionPositions(sentence, things, kb).length === 0;
}

/**
 * What the question's act is done to: its words after the verb, up to a preposition ("who signed it
 * for Antigua?" asks of "it"; "for Antigua" says on whose behalf), and the names among them.
 */
function objectAsked(verb: Term, plan: QueryPlan): { terms: Term[]; things: string[] } {
  // ("Who took over the programme?": past the verb's particle.)
  const from = ADVERB_PARTICLES.has(plan.words[verb.position + 1] ?? "") ? verb.position + 1 : verb.position;
  let end = from + 1;
  while (end < plan.words.length && !OBJECT_ENDS.has(plan.words[end]!)) end++;
  const within = (position: number) => position > from && position < end;
  return {
    terms: plan.terms.filter((t) => t !== verb && within(t.position) && t.weight >= 1),
    things: plan.mentions.filter((m) => within(m.position)).flatMap((m) => m.entityIds),
  };
}

/** Words that end what a question's act is done to: "who signed it *for* Antigua?". */
const OBJECT_ENDS: ReadonlySet<string> = new Set([
  ...PREPOSITIONS,
  "after",
  "before",
  "since",
  "until",
  "and",
]);
const INFLECTED_VERB = /(?:ed|s|ing)$/;
/** Words after the act within which what it is done to stands ("chaired the Kenema free roaming meeting"). */
const OBJECT_REACH = 14;

/**
 * "Who runs the cable?" is not answered by "Marta Lindholm, head of the EIB's regional office in
 * Abidjan, said the loan depended on … a joint company to own the fibre cable": the fact says the
 * act (she heads an office) and names the thing asked, but the act is of something else. Where the
 * fact names what the question's act is done to, it must stand before the act (who did it, a
 * passive's subject: "the talks were chaired by …", "the CCFC's chair") or just after it ("chaired
 * the talks", "head of the CBBM"); a fact that names neither the act in its sentence nor the thing
 * is left to the rest of the scoring.
 */
function actOnAnotherThing(verb: Term, plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const [sentence = []] = factSequences(indexed.fact);
  const actAt: number[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const token = sentence[i]!;
    if (token.nameLike || (verb.alternatives.get(token.stem) ?? 0) < STRONG_MATCH) continue;
    // The act as a verb ("runs", "will pay", "chaired") or as a title of what it is done to ("head
    // of …"); a bare noun ("a regional fund based in …") is no act done to anything.
    const before = sentence[i - 1]?.word ?? "";
    if (
      sentence[i + 1]?.word === "of" ||
      INFLECTED_VERB.test(token.word) ||
      irregularBase(token.word) !== undefined ||
      before === "to" ||
      WHO_AUXILIARIES.has(before)
    )
      actAt.push(i);
  }
  // (What is said is a clause, not a thing done to: "who said Hungary can't pay twice?")
  if (actAt.length === 0 || isVerbOfSaying(verb.word)) return false;
  // "Put the cost of rebuilding the railway at 138 million": the act named as a thing, after "of",
  // is done by no one the sentence names.
  if (actAt.every((act) => sentence[act - 1]?.word === "of" && sentence[act]!.word.endsWith("ing")))
    return true;
  // What the act is done to.
  const { terms: objects, things } = objectAsked(verb, plan);
  const objectAt: number[] = [];
  for (let i = 0; i < sentence.length; i++) {
    const stem = sentence[i]!.stem;
    if (objects.some((t) => (t.alternatives.get(stem) ?? 0) >= STRONG_MATCH)) objectAt.push(i);
  }
  for (const at of mentionPositions(sentence, things, kb)) objectAt.push(at);
  if (objectAt.length === 0) return false;
  // (Before the act, not as the one who says it: "the commission said the warning system should be
  // running" has the commission say, not run, and the system run.)
  const saidBetween = (at: number, act: number) =>
    sentence.slice(at + 1, act).some((token) => isVerbOfSaying(token.word) && isPastVerb(token.word));
  // ("The line would carry power from the Tingtibi plant, which Bhutan is building": a relative
  // clause's act is done to what stands right before its "which", not to a thing further back.)
  const ofAnotherBefore = (at: number, act: number) => {
    for (let i = at + 1; i < act; i++)
      if (RELATIVE_PRONOUNS.has(sentence[i]!.word) && !objectAt.some((o) => o < i && i - o <= RELATIVE_REACH))
        return true;
    return false;
  };
  return !actAt.some((act) =>
    objectAt.some(
      (at) =>
        (at < act && !saidBetween(at, act) && !ofAnotherBefore(at, act)) ||
        (at >= act && at - act <= OBJECT_REACH),
    ),
  );
}

/** Pronouns that open a relative clause about the thing right before them. */
const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(["which", "that"]);
/** How far after what it is about a relative pronoun stands ("the line, which", "the line to Kokrajhar, which"). */
const RELATIVE_REACH = 3;

/**
 * Where the words asking for someone end: "who", or the phrase after "which" when its head asks for
 * someone, a group or a person by WordNet ("which *company* is building the line?" asks who is).
 */
function whoWordEnds(plan: QueryPlan): number | undefined {
  if (plan.kind === "who") return plan.words.indexOf("who");
  if (plan.kind !== "which") return undefined;
  const slot = askedSlot(plan);
  const head = slot && slot.terms.length > 0 ? plan.terms[slot.terms[slot.terms.length - 1]!] : undefined;
  return head && namesAgent(head.word) ? head.position : undefined;
}

/**
 * Words that put the "to <verb>" after them (within a few words: "expected Indonesia to sign") among
 * what is to come, not what was done. ("Offered to mediate", "sent her to lead", "agreed to suspend"
 * tell what was done: an offer, a mission, a decision.)
 */
const TO_COME: ReadonlySet<string> = new Set([
  "due",
  "expected",
  "expects",
  "expect",
  "scheduled",
  "supposed",
  "planned",
  "plans",
  "plan",
  "intends",
  "intended",
  "hopes",
  "hoped",
  "aims",
  "aimed",
  "going",
  "set",
]);
/** "Agreed to sign", "agreed to meet": what an agreement to do is not yet, when the act is the signing or the meeting itself. */
const AGREED: ReadonlySet<string> = new Set(["agree", "agreed", "agrees"]);
const CONCLUDING_STEMS: ReadonlySet<string> = new Set(["sign", "ratify", "meet", "hold"].map(stemOf));
/** Words that turn a verb to come into a denial ("refused to sign", "agreed not to sign"): another check's business. */
const DENYING: ReadonlySet<string> = new Set(["not", "never", "no", "cannot", "without"]);
/** A question that asks about a plan, an expectation or a wish, whose answer is what was to come. */
const ASKS_A_PLAN =
  /\b(?:supposed|should|meant|plann?(?:ed|ing|s)?|due|expect\w*|agree[ds]?|agreeing|going|will|would|intend\w*|promis\w*|originally|schedul\w*|want\w*|ask\w*|hop\w*|aim\w*|offer\w*|propos\w*|first|initially|at first|can|could)\b/;

/**
 * The acts a question asks about as done: its verbs in the past ("who signed …?", "when was it
 * signed?", "when did they sign …?"), not "to <verb>", and not a question about a plan ("when was
 * it supposed to be signed?"), whose answer is what was to come.
 */
function actsAskedDone(plan: QueryPlan): Term[] {
  // ("Why was it not signed?": a fact that it was only to be signed, and why it was put off, answers.)
  if (plan.kind === "why" || ASKS_A_PLAN.test(plan.text.toLowerCase())) return [];
  const didAt = plan.words.findIndex((word) => word === "did" || word === "was" || word === "were");
  return plan.terms.filter((t) => {
    if (t.weight < 1 || t.kinds.length > 0 || ADVERB_PARTICLES.has(t.word) || !isVerb(t.word)) return false;
    // ("When are they to be installed?" asks about the plan.)
    const before =
      plan.words[t.position - 1] === "be" ? plan.words[t.position - 2] : plan.words[t.position - 1];
    if (before === "to") return false;
    // (After "did" the verb is bare: "when did the talks start?" asks of "start", not "talks".)
    const did = didAt >= 0 && didAt < t.position && !/(?:s|ing)$/.test(t.word);
    return isPastVerb(t.word) || did;
  });
}

/**
 * "Who signed the power sale agreement?" is not answered by "Nepal and Bangladesh agreed to sign
 * it in May", nor "when was it signed?" by "due to be signed in Caracas in June": the act asked as
 * done is in the fact only as something to come ("to sign", "to be signed", "will sign"), so the
 * fact does not say it was done. (A denial, "refused to sign", is left to what reads denials.)
 */
function actTold(
  indexed: IndexedFact,
  acts: readonly Term[],
  realized = false,
): "done" | "to come" | "other" | undefined {
  const [sentence = []] = factSequences(indexed.fact);
  let told: "to come" | "other" | undefined;
  for (const act of acts) {
    for (let i = 0; i < sentence.length; i++) {
      const token = sentence[i]!;
      if ((act.alternatives.get(token.stem) ?? 0) < STRONG_MATCH) continue;
      // ("The agreement signing ceremony set for 18 June was cancelled": an act called off was
      // to come, and did not come then.)
      if (calledOff(sentence, i)) {
        if (told !== "other") told = "to come";
        continue;
      }
      // ("The signing was delayed" names the act; it does not say it was done, nor that it is to come.)
      if (DETERMINERS.has(sentence[i - 1]?.word ?? "")) continue;
      let to = i - 1;
      if (sentence[to]?.word === "be") to--;
      // "How many kilometres have been raised so far?" asks what is done by now: "would be raised"
      // says what is to be.
      if (realized && MODALS.has(sentence[to]?.word ?? "")) {
        told = told !== "other" ? "to come" : "other";
        continue;
      }
      // ("Asked that displaced families get free tickets": what was asked for, not what was done.)
      if (sentence[to]?.word !== "to" && askedThat(sentence, i)) {
        if (told !== "other") told = "to come";
        continue;
      }
      if (sentence[to]?.word !== "to") return "done";
      // ("Agreed not to sign", "never expected to sign": a denial, not a plan; "offered to mediate":
      // an offer, which is what was done.)
      const from = Math.max(0, to - 4);
      const before = sentence.slice(from, to).map((t) => t.word);
      const planned =
        !before.some((word) => DENYING.has(word)) &&
        (before.some((word) => TO_COME.has(word)) ||
          (AGREED.has(sentence[to - 1]?.word ?? "") && CONCLUDING_STEMS.has(token.stem)) ||
          (realized && doneOnlyToDo(sentence, to)));
      told = planned && told !== "other" ? "to come" : "other";
    }
  }
  return told;
}

/**
 * The act at `i` is named as a thing (its "-ing", no auxiliary before it) that was called off: its
 * clause ends in the passive of a calling off ("the signing ceremony set for 18 June was
 * cancelled", "… has been put off") or it is in the object of a calling off ("Norvik cancelled the pact's signing
 * ceremony", "put off the signing"). A cancelled act did not happen, however it was planned.
 */
function calledOff(sentence: readonly Token[], i: number): boolean {
  if (!sentence[i]!.word.endsWith("ing") || AUXILIARY_BEFORE.has(sentence[i - 1]?.word ?? "")) return false;
  const callsOff = (j: number) =>
    CALLED_OFF.has(sentence[j]!.word) ||
    (sentence[j]!.word === "off" && OFF_VERBS.has(sentence[j - 1]?.word ?? ""));
  // (Its clause ends "was cancelled", "has been put off": the passive of the calling off.)
  for (let j = i + 2; j <= i + CALLED_OFF_AFTER && j < sentence.length; j++) {
    const be = sentence[j]!.word === "off" ? sentence[j - 2]?.word : sentence[j - 1]!.word;
    if (callsOff(j) && PASSIVE_BE.has(be ?? "")) return true;
  }
  // (Its object: a determiner opens it, "cancelled *the* … signing"; not "was cancelled, saving …".)
  for (let j = i - 1; j >= Math.max(0, i - CALLED_OFF_REACH); j--) {
    if (callsOff(j)) return j + 1 < i && DETERMINERS.has(sentence[j + 1]!.word);
    if (CLAUSE_BREAKS.has(sentence[j]!.word) || isPastVerb(sentence[j]!.word)) return false;
  }
  return false;
}
const CALLED_OFF: ReadonlySet<string> = new Set([
  "cancelled",
  "canceled",
  "postponed",
  "scrapped",
  "abandoned",
]);
const OFF_VERBS: ReadonlySet<string> = new Set(["called", "put"]);
/** "Signing" after "is", "was": a verb in progress, not the act named as a thing. */
const AUXILIARY_BEFORE: ReadonlySet<string> = new Set(["is", "was", "were", "are", "be", "been", "am"]);
/** Words from the act named as a thing to the "was cancelled" of its clause. */
const CALLED_OFF_AFTER = 12;
const PASSIVE_BE: ReadonlySet<string> = new Set(["was", "were", "been", "be"]);
/** Words from a calling off to the act it calls off ("cancelled the Elm ferry pact signing"). */
const CALLED_OFF_REACH = 6;
/** Words that end the noun phrase a calling off has for its object. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  "and",
  "but",
  "or",
  "then",
  "while",
  "after",
  "before",
  "when",
  "as",
  "which",
  "that",
  "until",
]);

/**
 * The act at `i` is in a clause asked for: "asked that …", "demanded that …", the "that" at most a
 * few words before it and right after a verb of asking.
 */
function askedThat(sentence: readonly Token[], i: number): boolean {
  for (let at = i - 1; at >= Math.max(1, i - ASKED_THAT_REACH); at--) {
    if (sentence[at]!.word !== "that") continue;
    return ASKING_THAT.has(sentence[at - 1]!.word);
  }
  return false;
}
/** Words from "that" to the act asked for ("asked that Nubian families displaced when … get"). */
const ASKED_THAT_REACH = 10;
/** Verbs whose "that" clause says what should be done (the subjunctive), not what was. */
const ASKING_THAT: ReadonlySet<string> = new Set([
  "asked",
  "asks",
  "asking",
  "requested",
  "requests",
  "demanded",
  "demands",
  "urged",
  "urges",
  "proposed",
  "proposes",
  "suggested",
  "recommended",
  "insisted",
]);

/**
 * Asked what is done by now, "agreed on 10 March 2026 to raise the levees" is an agreement to do
 * it: a verb of its own before the "to" (an agreement, a plan, a request, an offer), with no denial
 * between, leaves the act still to come.
 */
function doneOnlyToDo(sentence: readonly Token[], to: number): boolean {
  for (let at = to - 1; at >= Math.max(0, to - TO_DO_REACH); at--) {
    const { word, nameLike } = sentence[at]!;
    if (DENYING.has(word)) return false;
    if (nameLike || MONTH_WORDS.has(word) || STOPWORDS.has(word)) continue;
    if (isPastVerb(word) || (word.endsWith("s") && isVerb(word) && !isNounOnly(word))) return true;
  }
  return false;
}

/** Words from the verb of an agreement or a plan to its "to" ("agreed on 10 March 2026 to raise"). */
const TO_DO_REACH = 8;
const MONTH_WORDS: ReadonlySet<string> = new Set(MONTHS.map((month) => month.toLowerCase()));

/** Words before a verb that say it may or is to be done, not that it was. */
const MODALS: ReadonlySet<string> = new Set([
  "will",
  "would",
  "shall",
  "should",
  "could",
  "may",
  "might",
  "must",
  "can",
]);
/**
 * "How many kilometres have been raised so far?", "has Armenia already paid?": the question asks
 * what has been done by now, which a plan, an agreement to do it or what would be does not say.
 */
const REALIZED_ASKED = /\b(?:so far|thus far|to date|by now|as of now|already|yet)\b/;

/**
 * The best fact has the act asked as done only as something to come: a fact close to it that
 * states the act done takes its place; with none, nothing answers.
 */
function theActNotOnlyToCome(
  matches: Match[],
  acts: readonly Term[],
  question: string,
  yesNo = false,
): Match[] {
  const [top] = matches;
  // ("What hasn't been built yet?" asks what is still to come, which a plan answers.)
  const realized = REALIZED_ASKED.test(question.toLowerCase()) && !NEGATION.test(question);
  if (!top || acts.length === 0 || actTold(top.indexed, acts, realized) !== "to come") return matches;
  // "Has construction started?" of "construction, due to start in October, has not begun": a fact
  // that says the act is not done by now answers a yes or no (no, not yet).
  if (yesNo && NOT_DONE_YET.test(top.indexed.fact.statement)) return matches;
  // (Asked what is done by now, no plan answers: the facts that do not tell it only to come are
  // weighed as any others.)
  if (realized) return matches.filter((m) => actTold(m.indexed, acts, true) !== "to come");
  const done = matches.find(
    (m) => m.coverage >= top.coverage - ACT_MARGIN && actTold(m.indexed, acts, realized) === "done",
  );
  return done
    ? [done, ...matches.filter((m) => m !== done && actTold(m.indexed, acts, realized) !== "to come")]
    : [];
}

/** A fact that says an act is not done by now: "has not begun", "have not yet paid", "has yet to open". */
const NOT_DONE_YET =
  /\b(?:(?:has|have|had) (?:not|never)(?: yet)? (?:been )?\w+|(?:has|have|had) yet to|not yet)\b/i;

/** Kinds of thing a yes/no question asks about as a party: someone who did or is something. */
const YES_NO_PARTIES: ReadonlySet<EntityKind> = new Set(["person", "country", "organization"]);
const BE_OPENING: ReadonlySet<string> = new Set(["is", "are", "was", "were"]);

/**
 * "Did the Caribbean Ocean Fund join the deal?" is answered only by a fact that names the fund (a
 * fact about the deal that says nothing of the fund says neither yes nor no); and "is Serbia a full
 * member?" not by "Serbia asked to become a full member" nor "whether Serbia will become a full
 * member was left open": asking, applying or wanting to become a thing is not being it. With such a
 * fact leading, the question is refused.
 */
function factThatCanSayYes(plan: QueryPlan, kb: KnowledgeBase): (m: Match) => boolean {
  // ("The Malagasy workers": a people's adjective says which workers, not who is asked about; and
  // so does a name before a noun in "is the Mauritius work visa …?", where no verb follows a subject.)
  const opensWithBe = BE_OPENING.has(plan.words[0] ?? "");
  const termAt = new Set(plan.terms.map((t) => t.position));
  const modifies = (mention: (typeof plan.mentions)[number]) =>
    mention.demonym || (opensWithBe && termAt.has(mention.position + mention.length));
  const parties = plan.mentions.flatMap((mention, i) =>
    !modifies(mention) && mention.entityIds.some((id) => YES_NO_PARTIES.has(kb.entity(id)?.kind ?? "other"))
      ? [i]
      : [],
  );
  // ("Did Serbia ask to become a member?" asks about the wish itself.)
  const wishAsked = ASKS_A_PLAN.test(plan.text.toLowerCase());
  const states = wishAsked
    ? []
    : plan.terms.filter((t) => t.weight >= 1 && !ADVERB_PARTICLES.has(t.word) && !isPastVerb(t.word));
  return (m) =>
    namesTheParties(parties, plan, m.indexed, kb) && !(states.length > 0 && onlyWished(m.indexed, states));
}

/**
 * "Is Serbia a full member?" where the best fact has the state only as Serbia's wish ("Serbia
 * formally asked to become a full member", "whether Serbia will become a full member was left
 * open"): the answer is no, only sought. Strict, as a "no" is an answer: asked with "is/are/was/were"
 * of one party and not negated; the fact opens with that party (or "whether" does, before it), has
 * every word of the state asked and each only in the wish; and no fact found has the party holding
 * the state. Of the facts as near as the best that say so, the newest article's is cited.
 */
function wishedNotHeld(
  plan: QueryPlan,
  top: Match,
  usable: readonly Match[],
  kb: KnowledgeBase,
): { match: Match; wrong: string } | undefined {
  const text = plan.text.toLowerCase();
  if (!BE_OPENING.has(plan.words[0] ?? "") || NEGATION.test(text) || ASKS_A_PLAN.test(text)) return undefined;
  if (STILL.test(text)) return undefined;
  const termAt = new Set(plan.terms.map((t) => t.position));
  const parties = plan.mentions.flatMap((mention, i) =>
    !mention.demonym &&
    !termAt.has(mention.position + mention.length) &&
    mention.entityIds.length === 1 &&
    YES_NO_PARTIES.has(kb.entity(mention.entityIds[0]!)?.kind ?? "other")
      ? [i]
      : [],
  );
  // The one asked about is the subject, right after the verb ("is Serbia …", "is the union …");
  // the others are of the state ("… a member of the commission") and are named as well.
  const subjectAt = plan.words[1] === "the" ? 2 : 1;
  const asked = plan.mentions.find((m) => m.position === subjectAt);
  if (!asked || !parties.some((i) => plan.mentions[i] === asked)) return undefined;
  const party = kb.entity(asked.entityIds[0]!);
  if (!party) return undefined;
  // The state: the question's words after the party, as typed ("a full member").
  const after = asked.position + asked.length;
  const states = plan.terms.filter(
    (t) => t.position >= after && t.weight >= 1 && !ADVERB_PARTICLES.has(t.word) && !isPastVerb(t.word),
  );
  if (states.length === 0 || states.some((t) => t.kinds.length > 0)) return undefined;
  // (The state's words run together: "a full member", not "a member … in full".)
  const first = Math.min(...states.map((t) => t.position));
  const last = Math.max(...states.map((t) => t.position));
  if (last - first + 1 !== states.length) return undefined;
  const names = entityWords(party).names;
  const opensWith = (sentence: readonly { word: string }[], at: number) =>
    names.some((name) => name.length > 0 && name.every((w, k) => sentence[at + k]?.word === w));
  const subject = (indexed: IndexedFact) => {
    const [sentence = []] = factSequences(indexed.fact);
    const start = sentence[0]?.word === "the" ? 1 : 0;
    return (
      opensWith(sentence, start) ||
      (sentence[start]?.word === "whether" &&
        (opensWith(sentence, start + 1) || opensWith(sentence, start + 2)))
    );
  };
  const hasAll = (indexed: IndexedFact) => {
    const [sentence = []] = factSequences(indexed.fact);
    return states.every((t) =>
      sentence.some((token) => (t.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH),
    );
  };
  const wished = (m: Match) =>
    subject(m.indexed) &&
    hasAll(m.indexed) &&
    onlyWished(m.indexed, states) &&
    namesTheParties(parties, plan, m.indexed, kb);
  if (!wished(top)) return undefined;
  // A fact found that has the party in the state outright ("Serbia became a full member") says
  // otherwise, and no "no" is given.
  const held = usable.some(
    (m) =>
      subject(m.indexed) &&
      hasAll(m.indexed) &&
      !onlyWished(m.indexed, states) &&
      !DENIAL_IN_FACT.test(m.indexed.fact.statement),
  );
  if (held) return undefined;
  const near = usable.filter((m) => m.coverage >= top.coverage - ACT_MARGIN && wished(m));
  const match = near.reduce((best, m) => (reportedOn(m, kb) > reportedOn(best, kb) ? m : best), top);
  const article = plan.words[first - 1];
  const phrase = [
    ...(article === "a" || article === "an" || article === "the" ? [article] : []),
    ...plan.words.slice(first, last + 1),
  ].join(" ");
  return {
    match,
    wrong: `${party.name} is not ${phrase} as my sources tell it; that is only sought, not settled`,
  };
}
/** A fact that says a thing was not so ("is not a member", "never joined"). */
const DENIAL_IN_FACT = /\b(?:not|never|no longer|n't)\b/i;

/**
 * The fact names every party asked, by its name or its people's ("Timorese technicians" of
 * Timor-Leste); two or more asked together ("did Aliyev and Sarybay talk about …?") are met by
 * their meeting's fact ("the meeting discussed …") that names none of them.
 */
function namesTheParties(
  parties: readonly number[],
  plan: QueryPlan,
  indexed: IndexedFact,
  kb: KnowledgeBase,
) {
  const strengths = parties.map((i) => mentionMatch(plan, i, indexed, kb));
  if (parties.length >= 2 && strengths.every((s) => s > 0 && s < NAMED_IN_TEXT)) return true;
  return parties.every(
    (i, at) =>
      strengths[at]! >= NAMED_IN_TEXT ||
      plan.mentions[i]!.entityIds.some((id) => namedByItsPeople(id, indexed, kb)),
  );
}

/** A country named by its demonym in the fact ("the Timorese technicians", "a Cuban centre"). */
function namedByItsPeople(id: string, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const entity = kb.entity(id);
  if (entity?.kind !== "country") return false;
  const country = countryNamed(entity.name.toLowerCase());
  if (!country) return false;
  const [sentence = []] = factSequences(indexed.fact);
  return sentence.some((token) => token.nameLike && countryNamed(token.word) === country);
}

/**
 * Every word of the state asked the fact has comes in a wish to become it: "asked to become a
 * full member", "applied to join", "whether it will become a member was left open".
 */
function onlyWished(indexed: IndexedFact, states: readonly Term[]): boolean {
  const [sentence = []] = factSequences(indexed.fact);
  let found = false;
  for (let i = 0; i < sentence.length; i++) {
    if (!states.some((t) => (t.alternatives.get(sentence[i]!.stem) ?? 0) >= STRONG_MATCH)) continue;
    found = true;
    const before = sentence.slice(Math.max(0, i - WISH_REACH), i + 1).map((t) => t.word);
    const becoming = before.findIndex((word) => BECOMING.has(word));
    if (becoming < 0) return false;
    const leading = before.slice(0, becoming);
    if (!leading.some((word) => WISHING.has(word) || word === "whether")) return false;
  }
  return found;
}
/** Words from a wish ("asked to become a full") to the state wished for. */
const WISH_REACH = 8;
const BECOMING: ReadonlySet<string> = new Set(["become", "becoming", "be", "join", "joining"]);
const WISHING: ReadonlySet<string> = new Set([
  "asked",
  "asks",
  "asking",
  "applied",
  "applies",
  "applying",
  "application",
  "bid",
  "wants",
  "wanted",
  "wish",
  "wishes",
  "wished",
  "hopes",
  "hoped",
  "hoping",
  "seeks",
  "sought",
  "seeking",
  "requested",
  "request",
  "aims",
  "aimed",
  "intends",
  "intended",
  "plans",
  "planned",
]);

/** A day of a month, as statements write it: "9 October", "October 9". */
const A_DAY = new RegExp(
  `\\b\\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS.join("|")})\\b|\\b(?:${MONTHS.join("|")}) \\d{1,2}\\b`,
);

/** "On what day …", "what exact date …", "which day of the week …": a day is asked for. */
const DAY_ASKED = /\b(?:(?:what|which) (?:exact |precise )?(?:day|date)|exact (?:day|date))\b/i;

/**
 * "On what day in December did the working group meet?", "what exact date in March 2027 is the
 * round?": the question names the month and asks for the day in it, so a fact that gives the month
 * alone ("to meet in Batam in December 2025") does not answer; one that says the day of that
 * month, or is itself dated on a day of it, does.
 */
function dayOfTheMonth(matches: Match[], plan: QueryPlan, question: string): Match[] {
  // (As typed: "on what day" is read as "when".)
  const asked = askedDateIn(plan.text);
  if (asked?.day || !DAY_ASKED.test(question)) return matches;
  // "Give me the exact day" of what no month is asked for: a fact that says a day, or is dated one.
  if (!asked?.month) {
    return matches.filter((m) => !!m.indexed.fact.date || A_DAY.test(m.indexed.fact.statement));
  }
  const month = MONTHS[asked.month - 1]!;
  const dayOf = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)? ${month}\\b|\\b${month} \\d{1,2}\\b`, "i");
  return matches.filter(
    (m) =>
      dayOf.test(m.indexed.fact.statement) || (!!m.indexed.fact.date && fitsDate(asked, m.indexed.fact.date)),
  );
}

/** "Which month …", "in what month …": a month is asked for. */
const MONTH_ASKED = /\b(?:what|which) month\b/i;
const MONTH_NAMED = new RegExp(`\\b(?:${MONTHS.join("|")})\\b`, "i");

/**
 * "Which month next spring are the talks in Tokyo?": a fact that gives a season or a year ("next
 * spring", "in 2027") does not say the month; one that names it, or is itself dated to a month, does.
 */
function theMonthAsked(matches: Match[], { question, time }: Understanding): Match[] {
  if (!MONTH_ASKED.test(question)) return matches;
  // A fact's own date is the day it was said: of something to come, not the month it comes in.
  const dated = (m: Match) => time !== "future" && ISO_MONTH.test(m.indexed.fact.date ?? "");
  return matches.filter((m) => MONTH_NAMED.test(m.indexed.fact.statement) || dated(m));
}

/** "The parties to the agreement", "a party to the convention": those bound by a deal. */
const PARTY_TO = /\bpart(?:y|ies) to\b/i;

/**
 * "What party is she in?" asks for a political party; "the parties to the agreement" are those
 * bound by a deal, the word's other sense, and say nothing of anyone's party. Asked as the thing
 * wanted ("what party", "which party") and not itself "party to", the facts that use the word
 * only in that sense are set aside.
 */
function ofTheSenseAsked(matches: Match[], plan: QueryPlan): Match[] {
  if (!plan.focus || stemOf(plan.focus.word) !== stemOf("party") || PARTY_TO.test(plan.text)) return matches;
  return matches.filter((m) => !PARTY_TO.test(m.indexed.fact.statement));
}

/** The facts of the best fact's meeting that name one of what is asked by its order ("the first agreement"). */
function orderedItems(top: Match, asked: Term, kb: KnowledgeBase): IndexedFact[] {
  const event = top.indexed.fact.event;
  if (!event) return [];
  return [...kb.factsOfEventVisible(event)].filter((indexed) => {
    if (indexed === top.indexed) return false;
    const [statement = []] = factSequences(indexed.fact);
    return statement.some(
      (token, i) =>
        ORDINALS.has(token.word) && (asked.alternatives.get(statement[i + 1]?.stem ?? "") ?? 0) >= 1,
    );
  });
}

const ORDINALS = new Set(["first", "second", "third", "fourth", "fifth", "other"]);

/** Facts read to find the meetings of what a question sets aside. */
const EXCLUDED_FACTS_READ = 50;

/**
 * "Besides the Takoradi grant, what did the two ministers sign?": with nothing else named, the
 * phrase set aside says which meetings are meant, those of the facts about it; another story's
 * signing is not "besides" it.
 */
function besideTheExcluded(
  matches: Match[],
  excluding: readonly string[],
  plan: QueryPlan,
  kb: KnowledgeBase,
): Match[] {
  if (plan.mentions.length > 0) return matches;
  const rarest = [...excluding].sort((a, b) => kb.documentFrequency(a) - kb.documentFrequency(b))[0];
  if (!rarest) return matches;
  const events = new Set<string>();
  let read = 0;
  kb.forEachFactWithStem(rarest, (indexed) => {
    if (indexed.fact.event && excluding.every((stem) => indexed.terms.has(stem)))
      events.add(indexed.fact.event);
    return ++read < EXCLUDED_FACTS_READ;
  });
  if (events.size === 0) return matches;
  const beside = matches.filter(
    (m) => m.indexed.fact.event !== undefined && events.has(m.indexed.fact.event),
  );
  return beside.length > 0 ? beside : matches;
}

/**
 * "Which NAM initiatives other than the Youth Organization …": a fact that names it beside others
 * of its kind the question does not name ("a Parliamentary Network, a Youth Organization and a
 * Women's Platform") still answers with the others; one that names only it does not.
 */
function namesOthers(
  indexed: IndexedFact,
  excluding: readonly string[],
  read: Reading & { kind: "read" },
  kb: KnowledgeBase,
): boolean {
  if (!wantsList(read)) return false;
  const mentioned = new Set(read.understanding.plan.mentions.flatMap((m) => m.entityIds));
  const entities = indexed.fact.entities.flatMap((id) => kb.entity(id) ?? []);
  // "Other than the Youth Organization and the Parliamentary Network": each name set aside is one
  // of the fact's things, whole ("Parliamentary Network", an alias, has all its words in the phrase).
  const setAside = new Set(excluding);
  const excluded = entities.filter((entity) => {
    const names = entityWords(entity).names.map((name) =>
      name.filter((word) => !STOPWORDS.has(word)).map(stemOf),
    );
    const words = new Set(names.flat());
    return (
      excluding.every((stem) => words.has(stem)) ||
      names.some((name) => name.length > 0 && name.every((stem) => setAside.has(stem)))
    );
  });
  return entities.some(
    (entity) =>
      !mentioned.has(entity.id) &&
      !excluded.includes(entity) &&
      excluded.some((other) => other.kind === entity.kind),
  );
}

/** "Who were …", "who have …": a plural verb right after "who" asks for several. */
const PLURAL_AFTER_WHO: ReadonlySet<string> = new Set(["were", "have"]);

/** "What was discussed", "which initiatives": the question asks for everything, not the best one. */
function wantsList(read: Reading & { kind: "read" }): boolean {
  const plan = read.understanding.plan;
  const kind = plan.kind;
  if (kind === "what" || kind === "which" || kind === "other") return true;
  // "Who led the delegations?", "who were the signatories?": more than one, each perhaps in a fact
  // of their own ("the talks" are where, not who; "who chairs" is a verb).
  const who = plan.words.indexOf("who");
  return (
    kind === "who" &&
    // ("Who have headed the agency?": the plural "have" asks for everyone who did it, as "were" does.)
    (PLURAL_AFTER_WHO.has(plan.words[who + 1] ?? "") ||
      plan.terms.some(
        (t) =>
          t.weight >= 1 &&
          t.position > who + 1 &&
          isPlural(t.word) &&
          (!isVerb(t.word) || isPersonNoun(t.word)) &&
          !EVENT_WORDS.test(t.word),
      ))
  );
}

/** How many facts tell a topic asked for as an overview ("what's the story with X?"). */
const TOPIC_FACTS = 4;

/**
 * The facts that go on about the topic of an overview asked of no meeting: each is near the best
 * one (as a meeting's part of a story's topic must be) and says at least half of the topic's words: the
 * question's words of substance that do not ask for an overview ("story", "recap") nor name a
 * meeting or a day. Names alone do not make a fact about the topic.
 */
function toldOfTheTopic(understanding: Understanding, top: Match, usable: readonly Match[]): Match[] {
  const topic = understanding.plan.terms.filter(
    (term) =>
      term.weight >= 1 &&
      term.kinds.length === 0 &&
      !STORY_WORDS.has(term.word) &&
      !understanding.askingWords?.has(stemOf(term.word)) &&
      !EVENT_WORDS.test(term.word) &&
      !isDateWord(term.word),
  );
  if (topic.length === 0) return [];
  const needed = Math.ceil(topic.length / 2);
  const about = (m: Match) => topic.filter((term) => saysTheWord(term, m.indexed)).length >= needed;
  if (!about(top)) return [];
  const floor = Math.max(STORY_TOPIC_COVERAGE, top.coverage * STORY_TOPIC_SHARE);
  return usable.filter((m) => m !== top && m.coverage >= floor && about(m));
}

/** How many facts tell an act asked to be told about ("tell me about X joining Y"). */
const DETAIL_FACTS = 3;

/**
 * The facts of the best fact's meeting that go on about the act it tells: they name the one the
 * question names first (the doer, "Austria") and something else the best fact names that is no
 * country (the thing done to, "the gauge network", or the programme it is part of), in the
 * article's order. Only where the question names two things or more: "tell me about Austria" is a profile.
 */
function toldAboutTheAct(plan: QueryPlan, top: IndexedFact, kb: KnowledgeBase): IndexedFact[] {
  const [first, ...others] = plan.mentions;
  const event = top.fact.event;
  if (!first || others.length === 0 || !event) return [];
  const doer = new Set(first.entityIds);
  if (!top.fact.entities.some((id) => doer.has(id))) return [];
  const done = new Set(top.fact.entities.filter((id) => !doer.has(id) && kb.entity(id)?.kind !== "country"));
  if (done.size === 0) return [];
  return [...kb.factsOfEventVisible(event)].filter(
    (indexed) =>
      indexed !== top &&
      indexed.fact.entities.some((id) => doer.has(id)) &&
      indexed.fact.entities.some((id) => done.has(id)),
  );
}

/** Another item of a list asked: a fact of the best one's meeting whose own sentence says the plural asked for ("the second *agreement*"). */
function listItemOf(top: Match, asked: Term | undefined): (m: Match) => boolean {
  const event = top.indexed.fact.event;
  if (!event || !asked) return () => false;
  return (m) => m !== top && m.indexed.fact.event === event && saysTheWord(asked, m.indexed);
}

/**
 * The act a list of things is asked of: the question's first verb besides the plural to be named,
 * in a verb's place ("documents *signed* in …", "what did they *sign*", "everything they
 * *committed* to"), not a noun that may also be one ("the first *round*", "Iturra's *visit*").
 * Only a list of things asked for by name ("which documents", "list …"): "what did she say?" is no
 * list of sayings, and "which country pays the least?" asks for one.
 */
function listAct(plan: QueryPlan, asked: Term | undefined): Term | undefined {
  if (!namesAsked(plan) && !LIST_OPENERS.has(plan.words[0] ?? "")) return undefined;
  return plan.terms.find((t) => {
    if (t === asked || t.weight < 1 || t.kinds.length > 0 || isPlural(t.word) || !isVerb(t.word))
      return false;
    const before = plan.words.slice(0, t.position);
    return (
      !DETERMINERS.has(before.at(-1) ?? "") &&
      (isPastVerb(t.word) ||
        before.some((word) => DO_SUPPORT.has(word)) ||
        // "which countries put pen to paper", "which bodies ran …": right after what is asked.
        (!!asked && t.position === asked.position + 1))
    );
  });
}

const LIST_OPENERS: ReadonlySet<string> = new Set(["list", "name"]);

/** "In the story", "over the whole saga": every meeting of it. */
const STORY_ASKED = /\b(?:story|saga)\b/;
/** Kinds of entity that can do an act ("who paid?"): not a place, an event or a thing. */
const AGENT_KINDS: ReadonlySet<EntityKind> = new Set(["person", "country", "organization", "other"]);
/** Words that keep a list to one meeting of its story ("the first round", "the second meeting"). */
const ONE_MEETING = /\b(?:first|second|third|fourth|fifth|last|latest|next|previous|original|initial)\b/;

/**
 * The act a list is of where the question names no plural: "who *paid* into the fund?", "what did
 * Samoa and Tonga *agree* on?" (a verb right after "who", or after "did"/"will"). Not a saying
 * ("what did she say?" is answered by what she said, not every remark of the story).
 */
function actOfTheList(plan: QueryPlan): Term | undefined {
  if (plan.kind !== "who" && plan.kind !== "what" && plan.kind !== "which") return undefined;
  // (Not a noun a verb may also be: "the agriculture *minister* announce", "as NAM *chair*".)
  const act = plan.terms.find(
    (t) =>
      t.weight >= 1 &&
      t.kinds.length === 0 &&
      !isPlural(t.word) &&
      isVerb(t.word) &&
      !isPersonNoun(t.word) &&
      !DETERMINERS.has(plan.words[t.position - 1] ?? "") &&
      plan.words[t.position - 1] !== "as",
  );
  // ("What did Aliyev call CICA?" reads "call" as saying: a remark, not an item of a list.)
  if (!act || isVerbOfSaying(act.word) || (act.alternatives.get(SAY) ?? 0) >= ACT_WORD) return undefined;
  const before = plan.words.slice(0, act.position);
  // "Who paid", "who all is paying" (not "who did he meet?", which asks for whom); "what did they
  // agree on" (not "what percentage did …", a thing asked of one), "what proposals were turned
  // down" (a plural asked).
  if (plan.kind === "who") return before.every((word) => WHO_BEFORE_ACT.has(word)) ? act : undefined;
  if (namesAsked(plan)) return before.some((word) => DO_SUPPORT.has(word) || BE.has(word)) ? act : undefined;
  return plan.kind === "what" && !plan.focus && plan.words[1] !== undefined && DO_SUPPORT.has(plan.words[1])
    ? act
    : undefined;
}

const BE: ReadonlySet<string> = new Set(["is", "are", "was", "were", "been", "be"]);
/** Words between "who" and the act when "who" is the one who did it ("who all is paying"). */
const WHO_BEFORE_ACT: ReadonlySet<string> = new Set([
  "who",
  "all",
  "else",
  ...BE,
  "has",
  "have",
  "had",
  "will",
]);
/** "Who pays the most?" asks for one. */
const SUPERLATIVE = /\b(?:most|least|biggest|largest|smallest|highest|lowest|more|less)\b/;
const SAY = stemOf("say");
/** "Who all", "everyone who": more than one asked for. */
const ALL_ASKED = /\b(?:all|every|everyone|everybody)\b/;

/**
 * More items of a list than the facts near the best one give: the facts that say the list's act
 * (in its own word or one as strong, not denied), of every party and thing the question names,
 * at the best fact's meeting or, when the question keeps to no meeting or time of its own, at any
 * meeting of its story; each gives what the others do not (for "who" or "which countries", an
 * entity of that kind none of them names). Said without a time ("who chairs it now?" is one holder).
 */
function itemsOfTheAct(
  read: Reading & { kind: "read" },
  top: Match,
  usable: readonly Match[],
  chosen: readonly Match[],
  kb: KnowledgeBase,
): Match[] {
  const { plan, time, question } = read.understanding;
  // (A follow-up keeps to what was told before it: "did they sign anything else?". "Who is paying
  // for it, and how much each?" asks who as much as how much, in the present as a plan stands.)
  const whoPays = plan.kind === "who" && plan.words.some((word) => PAYING_STEMS.includes(stemOf(word)));
  if (
    (time && !(whoPays && time === "present")) ||
    (plan.quantity && !whoPays) ||
    NEGATION.test(plan.text) ||
    SUPERLATIVE.test(plan.text) ||
    read.previous ||
    read.exclude.size > 0 ||
    read.told ||
    read.again
  )
    return [];
  const asked = namesAsked(plan);
  const list = wantsList(read);
  const act = (list && asked ? listAct(plan, asked) : undefined) ?? actOfTheList(plan);
  const meeting = top.indexed.fact.event ? kb.event(top.indexed.fact.event) : undefined;
  // (The act in the word the best fact says it, or one as near: "paying" for "paid into".)
  const strength = act ? actStrength(act, top.indexed) : 0;
  if (!act || !meeting || strength < ACT_WORD) return [];
  // A "who" asked of one act is a list only of those it names who did it, each an agent.
  const kinds: ReadonlySet<EntityKind> | undefined =
    plan.kind === "who" ? AGENT_KINDS : asked && asked.kinds.length > 0 ? new Set(asked.kinds) : undefined;
  // "Who paid into the fund?" is a list when several did it: the best fact names more than one
  // of a kind ("Samoa and Tonga agreed …"), or the question asks for all; "who chaired it?" is one.
  // (Paying for something is most often shared: "who is paying for the line?" asks for them all.)
  if (
    plan.kind === "who" &&
    (asksForRoleHolder(plan) ||
      !(
        ALL_ASKED.test(plan.text) ||
        paysFor(act) ||
        severalDid(top, act, plan, kb) ||
        forOneOfThem(top, plan, kb)
      ))
  )
    return [];
  // A place, a meeting, a date or a round the question names keeps the list to the best fact's
  // meeting; a place or meeting that is that meeting's own ("signed in Palenque") is said by the
  // meeting, not by each of its facts ("signed the memorandum for Mexico").
  const mentions = plan.mentions
    .filter((m) => !m.entityIds.every((id) => namesTheMeeting(id, meeting, kb)))
    .map((m) => new Set(m.entityIds));
  const oneMeeting =
    !!askedDateIn(question) ||
    ONE_MEETING.test(plan.text) ||
    plan.mentions.some((m) =>
      m.entityIds.some((id) => ["place", "event"].includes(kb.entity(id)?.kind ?? "")),
    );
  const ofTheStory = !oneMeeting && STORY_ASKED.test(plan.text);
  const meetings = new Set(oneMeeting ? [meeting.id] : storyMeetings(meeting, kb).map((e) => e.id));
  const mentioned = new Set(plan.mentions.flatMap((m) => m.entityIds));
  const named = new Set(chosen.flatMap((m) => m.indexed.fact.entities));
  const about = thingAfterTheAct(plan, act);
  const statements = new Set(chosen.map((m) => m.indexed.fact.statement));
  const items: Match[] = [];
  // "Who is paying for the line?": a loan or a grant of a sum for it is paying for it too, in
  // whatever words ("Austria signed a loan of 150 million euros for the line").
  const paying = paysFor(act);
  const payersAsked =
    paying && !!kinds && kinds.size > 0 && [...kinds].every((kind) => AGENT_KINDS.has(kind));
  for (const m of usable) {
    const { fact } = m.indexed;
    if (!fact.event || !meetings.has(fact.event) || statements.has(fact.statement)) continue;
    if (NEGATION.test(fact.statement)) continue;
    const sum = paying && givesASum(m.indexed);
    if (!sum && actStrength(act, m.indexed) < strength) continue;
    // (Done, not only meant: "refused to sign up", "to pay for patrol vessels".)
    if (!sum && actAt(act, m.indexed, strength) < 0) continue;
    // ("What did they sign on maritime security?": a deal on something else is another list's.)
    if (!about.every((term) => saysTheWord(term, m.indexed))) continue;
    // (A thing asked is as near the question's other words as the best: "congratulated it on
    // hosting COP29" is not what it was congratulated on taking over.)
    // (Payers asked by their kind, "which countries are putting money into it?", are who paid,
    // however else each says it: "joined the project with a grant of 20 million euros".)
    if (plan.kind !== "who" && !payersAsked && m.coverage < top.coverage - ITEM_MARGIN) continue;
    // (The parties named to a story, "the Georgia–Armenia story", need not be in each of its facts.)
    if (!ofTheStory && !mentions.every((ids) => fact.entities.some((id) => ids.has(id)))) continue;
    if (kinds) {
      const fresh = fact.entities.filter(
        (id) => !mentioned.has(id) && !named.has(id) && kinds.has(kb.entity(id)?.kind ?? "other"),
      );
      if (fresh.length === 0) continue;
      for (const id of fresh) named.add(id);
    }
    statements.add(fact.statement);
    items.push(m);
  }
  return items;
}
/** A place or meeting entity that is the meeting itself: its place, or a name its title or place says. */
function namesTheMeeting(id: string, meeting: Event | undefined, kb: KnowledgeBase): boolean {
  const entity = kb.entity(id);
  if (!meeting || (entity?.kind !== "place" && entity?.kind !== "event")) return false;
  if (meeting.id === id) return true;
  const said = ` ${wordsOf(`${meeting.title} ${meeting.place ?? ""}`).join(" ")} `;
  return [entity.name, ...entity.aliases].some((name) => {
    const words = wordsOf(name);
    return words.length > 0 && said.includes(` ${words.join(" ")} `);
  });
}

/** Verbs of paying for something: the act a loan or a grant of a sum does too. */
const PAYING_STEMS: readonly string[] = ["pay", "fund", "finance", "contribute"].map(stemOf);

function paysFor(act: Term): boolean {
  return PAYING_STEMS.some((stem) => (act.alternatives.get(stem) ?? 0) >= ACT_WORD);
}

/** The statement gives a sum as a possession of a kind ("a grant of 20 million euros", "a loan"). */
function givesASum(indexed: IndexedFact): boolean {
  const [statement = []] = factSequences(indexed.fact);
  return statesMoney(statement) && statement.some((token) => !token.nameLike && namesAmount(token.word));
}

/** "What did they sign", "what will they sign": the verb after is the act. */
const DO_SUPPORT: ReadonlySet<string> = new Set(["did", "do", "does", "will", "would", "to"]);

/**
 * Before the act, the fact names two or more agents of one kind the question does not ("Samoa and
 * Tonga agreed …"), not after it ("chaired the talks between Argentina and Paraguay").
 */
/**
 * "Fidelma Oyarzún signed the treaty *for Chile*": one did it on behalf of one party the question
 * does not name, so the others did it for theirs ("who signed the treaty?" asks for them all).
 */
function forOneOfThem(top: Match, plan: QueryPlan, kb: KnowledgeBase): boolean {
  const [statement = []] = factSequences(top.indexed.fact);
  const mentioned = new Set(plan.mentions.flatMap((m) => m.entityIds));
  const parties = top.indexed.fact.entities.filter(
    (id) => !mentioned.has(id) && kb.entity(id)?.kind === "country",
  );
  if (mentionPositions(statement, parties, kb).some((at) => statement[at - 1]?.word === "for")) return true;
  // ("Malaysia's minister signed it *for her country*": the party said by its possessive.)
  return statement.some(
    (token, i) =>
      PARTY_NOUNS.has(token.word) &&
      POSSESSIVES.has(statement[i - 1]?.word ?? "") &&
      statement[i - 2]?.word === "for",
  );
}
/** What one party of several is called when it is named by its possessive: "for her *country*". */
const PARTY_NOUNS: ReadonlySet<string> = new Set(["country", "government", "side", "nation", "state"]);
const POSSESSIVES: ReadonlySet<string> = new Set(["her", "his", "its", "their"]);

function severalDid(top: Match, act: Term, plan: QueryPlan, kb: KnowledgeBase): boolean {
  const [statement = []] = factSequences(top.indexed.fact);
  const at = actAt(act, top.indexed, ACT_WORD);
  // ("… mediated by Uruguay": the ones before the act are those it was done for.)
  if (at < 0 || statement[at + 1]?.word === "by") return false;
  const subject = statement.slice(0, at);
  const mentioned = new Set(plan.mentions.flatMap((m) => m.entityIds));
  const counts = new Map<EntityKind, number>();
  for (const id of top.indexed.fact.entities) {
    const entity = kb.entity(id);
    if (!entity || mentioned.has(id) || !AGENT_KINDS.has(entity.kind)) continue;
    if (!entityWords(entity).names.some((name) => namePositions(subject, name).length > 0)) continue;
    counts.set(entity.kind, (counts.get(entity.kind) ?? 0) + 1);
  }
  return [...counts.values()].some((n) => n >= 2);
}

/** Words that open what an act is about ("sign *on* maritime security", "talk *about* fees"). */
const ABOUT_WORDS = "on|about|regarding|concerning|over";
/** Words that open where or when, or whom, it was done: the phrase about the thing ends there. */
const PHRASE_ENDS = "in|at|during|with|for|to|from|by|and";

/** The words of what the act is about, in the phrase right after it ("on maritime security"); none when it says none. */
function thingAfterTheAct(plan: QueryPlan, act: Term): Term[] {
  const phrase = new RegExp(
    `\\b${act.word}\\s+(?:${ABOUT_WORDS})\\s+(.+?)(?:\\s+(?:${PHRASE_ENDS})\\b|[?.!]|$)`,
  ).exec(plan.text.toLowerCase())?.[1];
  // ("Agree on in April": a stranded "on", then when.)
  if (!phrase || new RegExp(`^(?:${PHRASE_ENDS})\\b`).test(phrase)) return [];
  const words = new Set(phrase.split(/\s+/));
  return plan.terms.filter((t) => t !== act && t.weight >= 1 && t.kinds.length === 0 && words.has(t.word));
}

/** Of a thing a list asks for, an item this much less near the question's words than the best is another thing. */
const ITEM_MARGIN = 0.3;

/**
 * Where the fact says the act as done, in a verb at least as near as `strength` ("paid", not
 * "to pay", "payment" or "the mediator"): its position, or -1.
 */
function actAt(act: Term, indexed: IndexedFact, strength: number): number {
  const [statement = []] = factSequences(indexed.fact);
  return statement.findIndex(
    (token, i) =>
      (act.alternatives.get(token.stem) ?? 0) >= strength &&
      isVerb(token.word) &&
      !isPersonNoun(token.word) &&
      // (A noun of the same spelling: "the Regional Surveillance *Fund*", "costly satellite *links*".)
      !token.nameLike &&
      !(
        !ING_OR_ED.test(token.word) &&
        (isNounOnly(statement[i - 1]?.word ?? "") || isAdjectiveOnly(statement[i - 1]?.word ?? ""))
      ) &&
      statement[i - 1]?.word !== "to" &&
      !DETERMINERS.has(statement[i - 1]?.word ?? "") &&
      !namedEvent(statement, i) &&
      // ("Signed up to free roaming" is another act than "signed".)
      !PARTICLES_AFTER.has(statement[i + 1]?.word ?? ""),
  );
}

/** "Attended *the La Serena signing*": an "-ing" after a determiner and a name is an event, no act. */
function namedEvent(statement: readonly Token[], at: number): boolean {
  if (!statement[at]!.word.endsWith("ing")) return false;
  let before = at - 1;
  while (before >= 0 && statement[before]!.nameLike) before--;
  return before < at - 1 && DETERMINERS.has(statement[before]?.word ?? "");
}

/** Particles that make a verb another act ("sign up", "pay back"); "paid in" is still paying. */
const PARTICLES_AFTER: ReadonlySet<string> = new Set(["up", "out", "off", "down", "away", "back", "over"]);

/** A word for the act no weaker than this says it ("paying" for "contribute", "rejected" for "refuse"). */
const ACT_WORD = 0.65;

/** How near the fact's own sentence comes to the act's word: the strongest of its words' weights. */
function actStrength(act: Term, indexed: IndexedFact): number {
  const [statement = []] = factSequences(indexed.fact);
  let best = 0;
  for (const token of statement) best = Math.max(best, act.alternatives.get(token.stem) ?? 0);
  return best;
}

/** "Hooked up", "turned back": particles that make a two-word verb of the participle before them. */
const PARTICLES: ReadonlySet<string> = new Set(["up", "down", "out", "off", "back", "over", "away"]);
/** "Were", "have been", "got": what comes before the act the things counted underwent. */
const COUNTED_ACT_OPENERS: ReadonlySet<string> = new Set([
  "were",
  "was",
  "have",
  "has",
  "had",
  "been",
  "got",
  "get",
]);

/**
 * "How many workers *were injured*", "how many wildebeest *have died*": the act the things counted
 * underwent, said right after them as a past participle, which a fact must tell in some word for
 * it (the word, or one its alternatives hold as strong); a fact that counts the same things for
 * another act (a quota of workers, collars fitted) tells another count.
 */
function countedActUntold(plan: QueryPlan, indexed: IndexedFact): boolean {
  const words = plan.words;
  const many = words.findIndex((word, i) => word === "many" && words[i - 1] === "how");
  if (many < 0) return false;
  // The phrase of the things counted runs to the first opener ("how many Mongolian seasonal workers
  // were …"); any other small word ("of the", "in Orašje", "does") and the act is not read.
  let at = many + 1;
  while (at < words.length && !COUNTED_ACT_OPENERS.has(words[at]!)) {
    if (STOPWORDS.has(words[at]!)) return false;
    at++;
  }
  if (at === many + 1) return false;
  while (COUNTED_ACT_OPENERS.has(words[at] ?? "")) at++;
  const act = plan.terms.find((t) => t.position === at);
  if (!act || act.weight < 1 || act.kinds.length > 0 || act.pair || act.typed !== undefined) return false;
  // ("Died" is too short for `isPastVerb`'s guard against "need", "shed".)
  if (!isPastVerb(act.word) && !(act.word.endsWith("ied") && act.word.length > 3)) return false;
  // ("Hooked up to": a verb and its particle mean what the participle alone does not.)
  if (PARTICLES.has(words[at + 1] ?? "")) return false;
  // Any word for the act will do, however loose ("had begun" for "have started"), save a light
  // verb of going or seeing ("the first *went* on a wildebeest" says no one died).
  const [statement = []] = factSequences(indexed.fact);
  return !statement.some(
    (token) =>
      (act.alternatives.get(token.stem) ?? 0) > 0 &&
      (token.stem === stemOf(act.word) || !isLightVerb(token.word)),
  );
}

/** The fact's own sentence says the word asked for (or its singular, or a word as strong). */
function saysTheWord(asked: Term, indexed: IndexedFact): boolean {
  const [statement = []] = factSequences(indexed.fact);
  return statement.some((token) => (asked.alternatives.get(token.stem) ?? 0) >= 1);
}

/** The event's fact that names most of its participants ("Aliyev received Sarybay"), cited for who took part. */
export function factNamingMostOf(event: Event, kb: KnowledgeBase): IndexedFact | undefined {
  const participants = new Set(event.participants.map((p) => p.entity));
  let best: IndexedFact | undefined;
  let most = 0;
  for (const indexed of kb.factsOfEventVisible(event.id)) {
    const named = indexed.fact.entities.filter((id) => participants.has(id)).length;
    if (named > most) {
      best = indexed;
      most = named;
    }
  }
  return best ?? keyFacts(event, kb, 1)[0];
}

/** A fact tells a subject of a meeting's title left out when it has this many of its words. */
const SUBJECT_WORDS = 2;
const TITLE_ORDINALS: ReadonlySet<string> = new Set(ORDINAL_WORDS);

/**
 * "A rundown of the border commission's work so far", told one fact a meeting, can leave out one
 * of the two things the body deals with: the first session agreed a new bridge *and* an otter
 * patrol, and its key fact tells only the patrol's wardens. The meeting's title names what it did;
 * a word of it that no fact told so far has (not its place, day, ordinal or a word for a meeting)
 * is a subject left out, and the meeting's fact with most such words, two at least, tells it
 * beside the first. Oldest meeting first, each told word counting as told for the next.
 */
function subjectsLeftOut(
  told: readonly { event: Event; fact: IndexedFact; own: boolean }[],
  kb: KnowledgeBase,
): (IndexedFact | undefined)[] {
  const covered = new Set<string>();
  for (const { fact } of told) for (const stem of fact.terms.keys()) covered.add(stem);
  return told.map(({ event, fact, own }) => {
    if (!own) return undefined;
    const place = new Set(wordsOf(event.place ?? "").map(stemOf));
    const subject = new Set(
      wordsOf(event.title)
        .filter(
          (word) =>
            !STOPWORDS.has(word) &&
            !TITLE_ORDINALS.has(word) &&
            !EVENT_WORDS.test(word) &&
            !isDateWord(word) &&
            !place.has(stemOf(word)),
        )
        .map(stemOf)
        .filter((stem) => !covered.has(stem)),
    );
    if (subject.size < SUBJECT_WORDS) return undefined;
    let best: IndexedFact | undefined;
    let most = SUBJECT_WORDS - 1;
    for (const indexed of keyFacts(event, kb, Number.POSITIVE_INFINITY)) {
      if (indexed === fact) continue;
      let has = 0;
      for (const stem of subject) if (indexed.terms.has(stem)) has++;
      if (has > most) {
        most = has;
        best = indexed;
      }
    }
    if (best) for (const stem of best.terms.keys()) covered.add(stem);
    return best;
  });
}

/** A fact this near to the question's words tells its meeting's part of the topic asked. */
const STORY_TOPIC_COVERAGE = 0.3;
/** …and this near to the story's best fact on it. */
const STORY_TOPIC_SHARE = 0.6;

/**
 * A story asked of a topic: some word of weight the question has is in no meeting's title, nor
 * says the story itself ("whole", "story", "saga"), nor asks ("what's the deal").
 */
function storyTopicAsked(understanding: Understanding, events: readonly Event[]): boolean {
  const titleStems = new Set(events.flatMap((event) => wordsOf(event.title).map(stemOf)));
  return understanding.plan.terms.some(
    (term) =>
      term.weight >= 1 &&
      term.kinds.length === 0 &&
      !STORY_WORDS.has(term.word) &&
      !understanding.askingWords?.has(stemOf(term.word)) &&
      !titleStems.has(stemOf(term.word)) &&
      !EVENT_WORDS.test(term.word) &&
      !isDateWord(term.word),
  );
}

const STORY_WORDS = new Set([
  "whole",
  "entire",
  "full",
  "story",
  "saga",
  "timeline",
  "history",
  "start",
  "beginning",
  "far",
  "recap",
  "summary",
  "summarize",
  "rundown",
]);

/** Facts of a topic asked that stand out enough to lead an overview: all its words, at most two. */
const ON_TOPIC_COVERAGE = 0.99;
const ON_TOPIC_FACTS = 2;

/**
 * "What's going on with Bolivia and the low-water exemption?": an overview whose question names a
 * topic, in words of its own that the meeting's title does not already say, leads with the facts of
 * the meeting that have every one of those words. The summary alone may never mention it.
 */
function factsOnTopicAsked(
  understanding: Understanding,
  event: Event,
  matches: readonly Match[],
): IndexedFact[] {
  const titleStems = new Set(wordsOf(event.title).map(stemOf));
  const topic = understanding.plan.terms.filter(
    (term) =>
      term.weight >= 1 &&
      term.kinds.length === 0 &&
      !understanding.askingWords?.has(stemOf(term.word)) &&
      !titleStems.has(stemOf(term.word)) &&
      !EVENT_WORDS.test(term.word) &&
      !isDateWord(term.word),
  );
  if (topic.length === 0) return [];
  return matches
    .filter((m) => m.coverage >= ON_TOPIC_COVERAGE && m.indexed.fact.event === event.id)
    .slice(0, ON_TOPIC_FACTS)
    .map((m) => m.indexed);
}

/** "17", "April", "2024": a day asked chooses the meeting, it is no topic of it. */
function isDateWord(word: string): boolean {
  return STARTS_WITH_DIGIT.test(word) || CALENDAR_WORDS.has(word.toLowerCase());
}

/** An event's gist (the stems of its summary and topics), kept with the text it was read from. */
const gists = new WeakMap<Event, { text: string; stems: ReadonlySet<string> }>();

function gistOf(event: Event): ReadonlySet<string> {
  const text = `${event.summary} ${event.topics.join(" ")}`;
  const known = gists.get(event);
  if (known?.text === text) return known.stems;
  const stems = new Set(tokenize(text).map((t) => t.stem));
  gists.set(event, { text, stems });
  return stems;
}

/**
 * "The whole Hodonín–Holíč bridge saga", "the Szeged–Subotica railway so far": a thing the question
 * names that takes part in none of the story's meetings (neither their parties nor the body that
 * meets) is what the story is asked of. Its names, for the facts that name it; none where every
 * name asked takes part (the parties' whole story).
 */
function storyThingAsked(
  understanding: Understanding,
  events: readonly Event[],
  kb: KnowledgeBase,
): ReadonlySet<string> | undefined {
  const parties = new Set<string>();
  for (const event of events) for (const p of event.participants) parties.add(p.entity);
  // "The whole Kanwitz UNESCO saga": the question names the story's own subject, a site or project
  // its meetings have among their parties; a body named beside it (UNESCO) says whose the story is,
  // not what it is of, and each meeting is told by its own news rather than by its word of the body.
  const ownSubject = understanding.plan.mentions.some((mention) =>
    mention.entityIds.some(
      (id) => parties.has(id) && !STORY_PARTY_KINDS.has(kb.entity(id)?.kind ?? "person"),
    ),
  );
  const things = new Set<string>();
  for (const mention of understanding.plan.mentions) {
    if (mention.entityIds.length === 0 || mention.entityIds.some((id) => parties.has(id))) continue;
    // (A river, a town, a person is where or who, not what the story is of.)
    if (mention.entityIds.some((id) => !STORY_THING_KINDS.has(kb.entity(id)?.kind ?? "person"))) continue;
    if (ownSubject && mention.entityIds.every((id) => kb.entity(id)?.kind === "organization")) continue;
    for (const id of mention.entityIds) things.add(id);
  }
  return things.size > 0 ? things : undefined;
}

/**
 * A meeting's part of the thing asked: of its facts that name it, the one `keyFacts` would rank
 * first (most of the meeting's own summary and topics, for its length). At a later meeting, a fact
 * that says what changed ("raised the cost … to 36.4 million from 31 million", "will now open in
 * June 2029 instead of October 2028") comes before one that does not: the story is what became of
 * the thing. None where no fact names it: the meeting is then told by its own key fact.
 */
/** Kinds of party that take part in a story's meetings without being what it is of. */
const STORY_PARTY_KINDS: ReadonlySet<EntityKind> = new Set(["person", "country", "organization"]);

/** Kinds of thing a story is told of: a project, a programme, a body that does not meet in it. */
const STORY_THING_KINDS: ReadonlySet<EntityKind> = new Set(["initiative", "other", "organization"]);

/**
 * What became of a thing: a figure or a day moved ("rose to 36.4 million", "from 30 November 2028
 * to 31 May 2029", "in June 2029 instead of October 2028"); told with the figure or the day, not
 * only said to have moved ("put back by six months").
 */
const THING_CHANGED =
  /\b(?:from [$€£]?\d[^.;]*?\bto [$€£]?\d|instead of|rose|rises|risen|raised|increased|lowered)\b/i;
const HAS_FIGURE = /\d/;

function changesTheThing(statement: string): boolean {
  return HAS_FIGURE.test(statement) && THING_CHANGED.test(statement);
}

/**
 * A change told with a figure or day on both sides ("rose to 151.2 million euros from 138
 * million", "on 11 June 2028, instead of 12 December 2027"): what the thing was and what it is,
 * more than a change whose earlier side has no figure ("started on 5 October instead of in August").
 */
const BOTH_SIDES_CHANGED =
  /\b(?:from [$€£]?\d(?:[^.;]|\.\d)*?\bto [$€£]?\d|to [$€£]?\d(?:[^.;]|\.\d)*?\bfrom [$€£]?\d|(?:instead of|rather than|not)(?: on| in| at| by| for)? [$€£]?\d)/i;

function keyFactNaming(
  event: Event,
  things: ReadonlySet<string>,
  kb: KnowledgeBase,
  later: boolean,
): IndexedFact | undefined {
  const gist = gistOf(event);
  let best: IndexedFact | undefined;
  let top = -1;
  for (const indexed of kb.factsOfEventVisible(event.id)) {
    if (!indexed.fact.entities.some((id) => things.has(id))) continue;
    let shared = 0;
    for (const stem of indexed.terms.keys()) if (gist.has(stem)) shared++;
    // (A change outranks any score without one: scores stay below one. One told on both sides
    // outranks one that is not.)
    const changed = later && changesTheThing(indexed.fact.statement);
    const score =
      shared / Math.sqrt(4 + indexed.length) +
      (changed ? 1000 : 0) +
      (changed && BOTH_SIDES_CHANGED.test(indexed.fact.statement) ? 500 : 0);
    if (score > top) {
      top = score;
      best = indexed;
    }
  }
  return best;
}

/** A summary's first sentence: up to a full stop before a capital ("5:40 a.m. on" goes on). */
const FIRST_SENTENCE = /^.*?[.!?](?=\s+\p{Lu})/su;
/** An aside in brackets: who someone is, since when ("(in office since June 2025)"). */
const ASIDE = /\([^()]*\)/g;

/** An event's lead (the stems of its summary's first sentence, asides left out), kept with its text. */
const leads = new WeakMap<Event, { text: string; stems: ReadonlySet<string> }>();

function leadOf(event: Event): ReadonlySet<string> {
  const known = leads.get(event);
  if (known?.text === event.summary) return known.stems;
  const first = FIRST_SENTENCE.exec(event.summary)?.[0] ?? event.summary;
  const stems = new Set(tokenize(first.replace(ASIDE, " ")).map((t) => t.stem));
  leads.set(event, { text: event.summary, stems });
  return stems;
}

/** The stems of the headline of the article that reports an event, kept with the text they were read from. */
const headlines = new WeakMap<Event, { text: string; stems: ReadonlySet<string> }>();

function headlineOf(event: Event, kb: KnowledgeBase): ReadonlySet<string> {
  const text = kb.source(event.source)?.title ?? "";
  const known = headlines.get(event);
  if (known?.text === text) return known.stems;
  const stems = new Set(tokenize(text).map((t) => t.stem));
  headlines.set(event, { text, stems });
  return stems;
}

/**
 * A later meeting of a story told in one line: its summary opens with what it did, the news ("the
 * council announced the fifth summit goes to Cox's Bazar", "the two signed the agreement"), and the
 * fact that says most of that opening, for its length, tells it. The summary as a whole also names
 * who came and who had left a post, and a fact about someone's handover or term (many words of the
 * summary, all of them names) would tell the meeting by its margin. An opening may start with
 * where and when the board met and only then say what it decided ("after a board meeting in New
 * Delhi on 14 October the authority said the dam will not be finished before 2033"): the fact that
 * says only that it met shares most of it. The article's headline says what the news was, and the
 * fact with most of the opening's words the headline repeats tells the meeting; the opening as a
 * whole settles a tie.
 */
function leadFact(event: Event, kb: KnowledgeBase): IndexedFact | undefined {
  const lead = leadOf(event);
  const headline = headlineOf(event, kb);
  const facts = [...kb.factsOfEventVisible(event.id)];
  // The headline's words the summary's opening also has tell this meeting's news; one that few of
  // its facts have ("2.76", "postponed") says more of which fact tells it than its name does.
  const news = new Map<string, number>();
  for (const stem of headline) if (lead.has(stem)) news.set(stem, 0);
  for (const indexed of facts)
    for (const stem of indexed.terms.keys()) {
      const count = news.get(stem);
      if (count !== undefined) news.set(stem, count + 1);
    }
  let best: IndexedFact | undefined;
  let top = 0;
  for (const indexed of facts) {
    let shared = 0;
    let told = 0;
    for (const stem of indexed.terms.keys()) {
      if (lead.has(stem)) shared++;
      const count = news.get(stem);
      if (count) told += 1 / count;
    }
    // (Scores of the opening stay well below one: the headline's words come first.)
    const score = told + shared / Math.sqrt(4 + indexed.length) / 100;
    if (score > top) {
      top = score;
      best = indexed;
    }
  }
  return best;
}

/**
 * An event's facts that say most of what it was about: those sharing the most words with its
 * summary and topics, for their length (so "it was reported by ..." does not lead), in the
 * article's order among equals.
 */
/**
 * "Which outlet reported the meeting?": the meeting's own fact that says the outlet reported it
 * ("… was reported by the news outlet News.Az"), cited rather than its key fact, which says nothing
 * of who reported it.
 */
function reportByTheOutlet(event: Event, outlet: string, kb: KnowledgeBase): IndexedFact | undefined {
  const named = outlet.toLowerCase();
  for (const indexed of kb.factsOfEventVisible(event.id)) {
    const reporters = reportersIn(indexed, kb);
    if (!reporters) continue;
    for (const id of reporters) {
      const entity = kb.entity(id);
      if (entity && [entity.name, ...entity.aliases].some((name) => name.toLowerCase() === named))
        return indexed;
    }
  }
  return undefined;
}

export function keyFacts(event: Event, kb: KnowledgeBase, count: number): IndexedFact[] {
  const gist = gistOf(event);
  const scored = [...kb.factsOfEventVisible(event.id)].map((indexed, order) => {
    let shared = 0;
    for (const stem of indexed.terms.keys()) if (gist.has(stem)) shared++;
    return { indexed, order, score: shared / Math.sqrt(4 + indexed.length) };
  });
  return scored
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, count)
    .sort((a, b) => a.order - b.order)
    .map((s) => s.indexed);
}

/**
 * What best says who or what an entity is: the fact echoing its description, then the facts it
 * is the subject of, most recent first.
 */
function profileFacts(
  entity: Entity,
  kb: KnowledgeBase,
  count: number,
  exclude: ReadonlySet<string> = new Set(),
): IndexedFact[] {
  const backing = exclude.size > 0 ? undefined : bestFactFor(entity, kb, entity.description);
  if (!backing && exclude.size === 0) return [];
  if (backing && count === 1) return [backing];
  const about = [...kb.factsAbout(entity.id)].filter(
    (indexed) => indexed !== backing && !exclude.has(indexed.fact.id),
  );
  // "What else did he say?": what they said or did themselves, before what was said to them.
  const own = about.filter((indexed) => indexed.fact.entities[0] === entity.id);
  const others = (exclude.size > 0 && own.length > 0 ? own : about)
    .map((indexed, order) => ({
      indexed,
      order,
      subject: indexed.fact.entities[0] === entity.id ? 1 : 0,
      date: indexed.fact.date ?? "",
    }))
    .sort((a, b) => b.subject - a.subject || b.date.localeCompare(a.date) || a.order - b.order);
  const rest = others.map((o) => o.indexed);
  return backing ? [backing, ...rest.slice(0, count - 1)] : rest.slice(0, count);
}

/** An acronym-like alias ("CICA", "NAM"), if the entity has one. */
export function shortAlias(entity: Entity): string | undefined {
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
    // Read through the word table, not tokenised: every fact about the entity is looked at once.
    const names = textHasWordsInRow(indexed.fact.quote, name) ? 0.5 : 0;
    const subject = indexed.fact.entities[0] === entity.id ? 1 : 0;
    const score = overlap + names + subject - indexed.length / 1000;
    if (score > bestScore) {
      best = indexed;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The article a question about an article means: the one of the outlet it names (of the meetings
 * it names, the first; else that outlet's newest), else the meeting it names, else the previous
 * answer's, else the newest.
 */
function articleAskedAbout(
  read: Reading & { kind: "read" },
  found: Candidates,
  kb: KnowledgeBase,
): Event | undefined {
  const sources = read.understanding.sources;
  const previousEvent = read.previous?.event ? kb.event(read.previous.event) : undefined;
  if (sources) {
    return (
      found.events.find((event) => sources.has(event.source)) ??
      kb.eventsByDate(false).find((event) => sources.has(event.source))
    );
  }
  return found.eventChoice === "latest" && previousEvent ? previousEvent : found.events[0];
}

/** Whoever a fact of the meeting has saying something: "Warsame said …", "…, Houmed told reporters". */
const QUOTING =
  /\b(?:said|says|told|added|stressed|warned|argued|insisted|explained|replied|noted|urged|asked|called|recalled|declared|remarked)\b/i;

/**
 * The people the meeting's article quotes, in the order the article's facts give them: the
 * meeting's own first, then those of the article's other meetings (a report of an evaluation and
 * of the talks held on it quotes the evaluator too).
 */
function quotedIn(event: Event, kb: KnowledgeBase): { entity: Entity; fact: IndexedFact }[] {
  const quoted = new Map<string, { entity: Entity; fact: IndexedFact }>();
  const reported = [event, ...kb.eventsByDate(true).filter((e) => e !== event && e.source === event.source)];
  for (const indexed of reported.flatMap((e) => [...kb.factsOfEventVisible(e.id)])) {
    const statement = indexed.fact.statement;
    const cue = QUOTING.exec(statement);
    if (!cue) continue;
    for (const id of indexed.fact.entities) {
      const entity = kb.entity(id);
      if (entity?.kind !== "person" || quoted.has(id)) continue;
      // The speaker is named before the verb of saying (or right after it: "said Houmed").
      const at = [entity.name, ...entity.aliases]
        .map((name) => statement.indexOf(name))
        .filter((index) => index >= 0);
      if (at.some((index) => index < cue.index + cue[0].length + 2))
        quoted.set(id, { entity, fact: indexed });
    }
  }
  return [...quoted.values()];
}

/**
 * "Where is COP29 held?": "Azerbaijan is the host country" and "congratulated Azerbaijan on
 * hosting COP29" both say Azerbaijan. Facts that name the same answer agree; only a fact with
 * another answer leaves the question undecided.
 */
function agreesWith(top: Match, understanding: Understanding, kb: KnowledgeBase): (m: Match) => boolean {
  const { plan } = understanding;
  // "How long has the committee existed?" asks when it began: "was set up in April 2024" and
  // "has chaired it since it was founded in April 2024" give the same month too.
  const beganAsked = understanding.time === "since" && (plan.kind === "when" || plan.kind === "how");
  if ((beganAsked || (plan.kind === "when" && !understanding.time)) && plan.mentions.length > 0) {
    // "When did the flood happen?": "in July 2025 a glacial lake burst" and "where a flood killed
    // seven people in July 2025" give the same month, and back each other up.
    const answer = monthSaid(top.indexed);
    return (m) => !!answer && monthSaid(m.indexed) === answer;
  }
  if (plan.kind !== "who" && plan.kind !== "which" && plan.kind !== "where") return () => false;
  // The answer as its lead would name it: "who pays the most?" is answered by the highest figure,
  // whichever name the fact's sentence puts first.
  const answerOf = (m: Match) => answeringEntity(understanding, m.indexed, kb)?.entity;
  let answer: Entity | undefined;
  let read = false;
  return (m) => {
    if (!read) [answer, read] = [answerOf(top), true];
    return !!answer && answerOf(m)?.id === answer.id;
  };
}

/**
 * The month a comparison names as its earlier side ("between March and October", "from March to
 * now", "since March"), when it falls before the month `day` (an article's date) is in, in that
 * article's year: the question asks of a time before the account found.
 */
function monthSideBefore(question: string, day: string): boolean {
  const named = EARLIER_MONTH_SIDE.exec(question.toLowerCase());
  if (!named || day.length < 7) return false;
  const month = MONTH_INDEX.get(named[1]!) ?? 0;
  return month > 0 && month < Number(day.slice(5, 7));
}
const MONTH_INDEX: ReadonlyMap<string, number> = new Map(MONTHS.map((m, i) => [m.toLowerCase(), i + 1]));
const EARLIER_MONTH_SIDE = new RegExp(`\\b(?:between|from|since) (${MONTHS.join("|")})\\b`, "i");

/** "From 2026 to 2030": years a plan runs over, said as a span. */
const YEAR_SPAN = /\bfrom (?:19|20)\d\d (?:to|until|till) (?:19|20)\d\d\b/g;

/** "How long has … been …?", "how long have they had …?": a time since asked. */
const HOW_LONG_SINCE = /\bhow long (?:has|have)\b/;
/** "How long did Andrianjafy run the agency?": a span of a post held and left. */
const HOW_LONG_DID = /\bhow long (?:did|had|was|were)\b/;
/** "… from 2015 until April 2026, when he was appointed to head the agency": the span ends as another post begins. */
const UNTIL_WHEN = /\buntil\b[^.;]*?, when\b/i;

/**
 * "How long did Andrianjafy run the Ravaka agency?" is not answered by "Andrianjafy ran the works
 * department of the port from 2015 until April 2026, when he was appointed to head the Ravaka
 * agency": that span is of the post he left for the one asked, which the sentence names only after
 * the span's end ("until …, when"). Such a fact goes after the others, which may say how long he
 * held the one asked ("replacing Andrianjafy, who had led the agency since April 2026").
 */
function anotherPostLast(matches: Match[], plan: QueryPlan, kb: KnowledgeBase): Match[] {
  const things = plan.mentions.filter((m) => m.entityIds.every((id) => kb.entity(id)?.kind !== "person"));
  if (things.length === 0) return matches;
  const ofAnother = (m: Match) => {
    const statement = m.indexed.fact.statement;
    const until = UNTIL_WHEN.exec(statement);
    if (!until) return false;
    const before = statement.slice(0, until.index + until[0].length).toLowerCase();
    return things.every((thing) => !before.includes(thing.text.toLowerCase()));
  };
  const own = matches.filter((m) => !ofAnother(m));
  return own.length === matches.length || own.length === 0 ? matches : [...own, ...matches.filter(ofAnother)];
}

/**
 * Each "since" of the statement opens in a clause set off after a person's name ("Thongdee Boonma,
 * chairman of … since 2021,"), and the question names no person: the time since is the post's.
 */
function sinceOnlyOfAPersonsPost(plan: QueryPlan, top: Match, kb: KnowledgeBase): boolean {
  if (plan.mentions.some((m) => m.entityIds.some((id) => kb.entity(id)?.kind === "person"))) return false;
  const { statement, entities } = top.indexed.fact;
  const sinces = [...statement.matchAll(/\bsince\b/g)].map((m) => m.index ?? 0);
  if (sinces.length === 0) return false;
  const posts: [number, number][] = [];
  for (const id of entities) {
    const person = kb.entity(id);
    if (person?.kind !== "person") continue;
    const at = statement.indexOf(person.name);
    if (at < 0) continue;
    const after = at + person.name.length;
    const clause = /^,[^.;,]*(?:,[^.;,]*)?/.exec(statement.slice(after));
    if (clause) posts.push([after, after + clause[0].length]);
  }
  return sinces.every((at) => posts.some(([from, to]) => at > from && at < to));
}

/** The one month (with its day, if said) a statement names, as it says it; none where it names none or several. */
function monthSaid(indexed: IndexedFact): string | undefined {
  const said = indexed.fact.statement.match(MONTH_SAID) ?? [];
  return said.length === 1 ? said[0] : undefined;
}
const MONTH_SAID = new RegExp(`\\b(?:\\d{1,2} )?(?:${MONTHS.join("|")}) (?:19|20)\\d{2}\\b`, "g");

/** "9 march 2027" → "2027-03"; "early 2027" → "2027-13", after each of its months; none without a year. */
function monthOfDay(day: string): string | undefined {
  const year = /\b(?:19|20)\d\d\b/.exec(day)?.[0];
  if (!year) return undefined;
  const month = MONTHS.findIndex((name) => day.includes(name.toLowerCase()));
  return `${year}-${month < 0 ? "13" : String(month + 1).padStart(2, "0")}`;
}

/**
 * The newest account that moves a day planned by the earlier side, or by another account of the
 * story up to the later side (the plan as it stood between: "to start on 1 October 2026", then
 * "moved the start … from 1 October 2026 to March 2027"), when it is no older than the later side
 * found by the question's words. Only the first few usable facts are tried, each once.
 */
function dayMovedSince(
  earlier: Match,
  now: Match,
  usable: readonly Match[],
  plan: QueryPlan,
  kb: KnowledgeBase,
): Match | undefined {
  const until = reportedOn(now, kb);
  let best: Match | undefined;
  const starts = [earlier, ...usable.slice(0, TWO_ACCOUNTS_TRIED)];
  // "Will not leave in November 2026 as planned; it is now due on 9 March 2027": a later side that
  // gives a day of its own, one the earlier side did not, says the day now; a move told no later
  // than it (the museum's opening "moved from 12 December 2026 to 27 March 2027") is no newer.
  // (A day still ahead when it was told: "at the session in November 2026" is when it was said.)
  const before = new Set(daysIn(earlier.indexed.fact.statement));
  const told = reportedOn(now, kb).slice(0, 7);
  const ownDay =
    now !== earlier &&
    daysIn(now.indexed.fact.statement).some((day) => !before.has(day) && (monthOfDay(day) ?? "") > told);
  for (const start of starts) {
    if (reportedOn(start, kb) > until) continue;
    const moved = plannedDayMovedLater(start, plan, kb);
    if (moved === start || reportedOn(moved, kb) < until) continue;
    if (ownDay && reportedOn(moved, kb) === until && moved.indexed !== now.indexed) continue;
    if (!best || reportedOn(moved, kb) > reportedOn(best, kb)) best = moved;
  }
  return best;
}

/**
 * "Is X still …?" answered by two accounts of one thing: an earlier one and the later account
 * `laterAccount` finds for it (one that says the change, or gives the same party's figure anew),
 * when together they carry more of the question than the answer threshold asks of one fact. Of
 * several such pairs, the one that carries most.
 */
function stillByTwoAccounts(
  read: Reading & { kind: "read" },
  usable: readonly Match[],
  kb: KnowledgeBase,
): Verdict | undefined {
  const { plan, time } = read.understanding;
  if (plan.kind !== "yesno" || !STILL.test(plan.text) || read.event) return undefined;
  let best: { earlier: Match; later: Match; share: number } | undefined;
  const tried = usable.slice(0, TWO_ACCOUNTS_TRIED);
  const weigh = (earlier: Match, later: Match) => {
    // (The later account is still of the one the question names: "does Madagascar still pay
    // half?" is not answered by the cost that rose, which names no payer.)
    if (!namesEveryMention(plan, later, kb)) return;
    // (And it tells a change of the state asked, of the party asked about: not a newer budget
    // "without Iceland" for "is Iceland still part of the embassy?".)
    if (!tellsChangeAsked(plan, later.indexed.fact.statement, kb)) return;
    const share = jointShare(plan, [earlier.indexed, later.indexed], kb, time, true);
    if (share > ANSWER_THRESHOLD && share > (best?.share ?? 0)) best = { earlier, later, share };
  };
  for (const earlier of tried) {
    const later = laterAccount(earlier, usable, plan, kb);
    if (later) weigh(earlier, later);
  }
  // "Is the Grand Bay factory still going ahead?" where the leading fact is itself the later
  // account ("has been cancelled"): the earlier account it tells the change of, an earlier fact of
  // the same thing ("plans to build a factory … at Grand Bay").
  for (const later of tried) {
    for (const earlier of tried) {
      if (earlier !== later && sameThingEarlier(earlier, later, kb)) weigh(earlier, later);
    }
  }
  if (!best) return undefined;
  return { kind: "accounts", earlier: best.earlier, later: best.later, confidence: best.share };
}

/**
 * "Is the site of the border station still undecided?": of the leading facts that say the matter
 * was left open (`statesOpen`), the later account most like one of them that no longer says so,
 * told in a later article and naming everything the question names ("will be built at Röszke").
 * None when nothing later settles it: the question is then answered as any other. (Beside
 * `settledSince`, which starts from the best fact's "whether" left open.)
 */
function decidedSince(plan: QueryPlan, usable: readonly Match[], kb: KnowledgeBase): Verdict | undefined {
  let best: { earlier: Match; later: IndexedFact; like: number } | undefined;
  for (const earlier of usable.slice(0, TWO_ACCOUNTS_TRIED)) {
    const open = earlier.indexed.fact;
    if (earlier.coverage < OPEN_COVERAGE || !statesOpen(open.statement)) continue;
    const was = reportedOn(earlier, kb);
    const stems = contentStems(open.statement);
    // (Of the same thing: a later fact filed under one of its entities that is not a party.)
    for (const id of open.entities) {
      if (PARTY_KINDS.has(kb.entity(id)?.kind ?? "person")) continue;
      for (const later of kb.factsAbout(id)) {
        const statement = later.fact.statement;
        if (best?.later === later || (kb.source(later.fact.source)?.date ?? "") <= was) continue;
        if (statesOpen(statement) || !namesEveryMention(plan, { indexed: later, coverage: 0, rank: 0 }, kb))
          continue;
        const like = likeness(stems, statement);
        if (like >= SETTLED_LIKENESS && like > (best?.like ?? 0)) best = { earlier, later, like };
      }
    }
  }
  if (!best) return undefined;
  const later = { indexed: best.later, coverage: best.like, rank: 1 };
  return { kind: "accounts", earlier: best.earlier, later, confidence: SETTLED_CONFIDENCE };
}
/** How much of the question the account that left the matter open must carry. */
const OPEN_COVERAGE = 0.5;
/** How like the open account the one that settles it must be (its content words in common). */
const SETTLED_LIKENESS = 0.4;
/** As sure as an answer told beside the question's own words. */
const SETTLED_CONFIDENCE = 0.8;

/**
 * The earlier fact tells of a time before the later one (an older article's, or a month its own
 * article retells) and of the same thing: an entity beyond the parties in common, or its words.
 */
function sameThingEarlier(earlier: Match, later: Match, kb: KnowledgeBase): boolean {
  const [was, is] = [reportedOn(earlier, kb), reportedOn(later, kb)];
  const retold = retoldMonth(earlier.indexed, kb);
  if (was > is || (was === is && (retold === undefined || retoldMonth(later.indexed, kb) !== undefined)))
    return false;
  const [before, after] = [earlier.indexed.fact, later.indexed.fact];
  if (likeness(contentStems(before.statement), after.statement) >= SAME_THING_LIKENESS) return true;
  // (Or the same figure of a thing both are filed under: "4,000 Timorese volunteers" for the trial,
  // then "cut from 4,000 to 3,200".)
  const thing = before.entities.some(
    (id) => after.entities.includes(id) && !PARTY_KINDS.has(kb.entity(id)?.kind ?? "person"),
  );
  const figures = new Set(before.statement.match(SAID_FIGURE) ?? []);
  return thing && (after.statement.match(SAID_FIGURE) ?? []).some((figure) => figures.has(figure));
}

/**
 * A later article's fact among the leading few tells the same thing as the best one
 * (`sameThingEarlier`) and takes the value the question asks for on: the figure told anew
 * (`figureOvertaken`), or the very figure or day of the best fact said as what it changed from
 * ("cut from 210 million to 163.5 million", "moved to January instead of 15 September"). Asked
 * only of a figure or a day, the values a later article revises; only the facts the question
 * already found are read.
 */
function changedLater(
  top: Match,
  usable: readonly Match[],
  plan: QueryPlan,
  kb: KnowledgeBase,
): Match | undefined {
  const when = plan.kind === "when";
  if (!when && !plan.quantity && !asksAFigure(plan)) return undefined;
  const statement = top.indexed.fact.statement;
  // (A day is told by its month or year; a figure by its digits, years left out.)
  const values = new Set(statement.match(SAID_FIGURE) ?? []);
  if (when) for (const word of statement.match(DAY_WORD) ?? []) values.add(word);
  // (What the best fact itself turned from is behind it already: "rose from 9.6 to 12.4".)
  for (const [, value] of statement.matchAll(CHANGED_FROM)) if (value) values.delete(value);
  if (values.size === 0) return undefined;
  const day = reportedOn(top, kb);
  // "How many kilometres are marked now?": asked of now in so many words, a later account's own
  // figure or day of the thing asked ("524 of the border's 538 kilometres have been marked") is
  // the state now, however it words the change, or none.
  const nowAsked = timeWordIn(plan.text);
  const counted = when ? undefined : countedThing(plan);
  return usable.slice(0, CHANGE_TRIED).find((m) => {
    // (A plan the best fact tells as it was, "was to be held in March 2027", is moved by a fact of
    // its own article as well: "moving it from March 2027 to February 2028".)
    if (movesThePlanTold(top.indexed, m.indexed)) return true;
    if (m.indexed === top.indexed || reportedOn(m, kb) <= day || !sameThingEarlier(top, m, kb)) return false;
    const later = m.indexed.fact.statement;
    for (const [, value] of later.matchAll(CHANGED_FROM)) if (value && values.has(value)) return true;
    if (nowAsked && (!counted || namesTheCounted(counted, m.indexed))) {
      const told = when ? later.match(DAY_WORD) : later.match(SAID_FIGURE);
      if (told?.some((value) => !values.has(value))) return true;
    }
    return !when && figureOvertaken(top, m.indexed, plan, kb);
  });
}
/** How many of the leading facts are read for a later change of the best one. */
const CHANGE_TRIED = 8;
/** A month or a year, by which a day is told. */
const DAY_WORD = new RegExp(String.raw`\b(?:${MONTHS.join("|")}|(?:19|20)\d\d)\b`, "g");
/** What a change turns from: "from 210 million", "down from the 1.35 billion", "instead of 15 September". */
const CHANGED_FROM = new RegExp(
  String.raw`\b(?:from|instead of|rather than|replacing)\s+(?:the\s+|its\s+|an?\s+)?(?:[$€£]\s?)?(?:\d{1,2}\s+(?=\p{Lu}))?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|${MONTHS.join("|")})`,
  "gu",
);

/** A country, a place or a person: a party to many things, not a thing two accounts are of. */
const PARTY_KINDS: ReadonlySet<string> = new Set(["country", "place", "person"]);
/** A figure as a sentence says it, not a year: "4,000", "1.2". */
const SAID_FIGURE =
  /\b(?!(?:19|20)\d\d\b)\d{1,3}(?:,\d{3})+(?:\.\d+)?\b|\b(?!(?:19|20)\d\d\b)\d+(?:\.\d+)?\b/g;

/** How much of the shorter sentence two accounts of one thing say alike. */
const SAME_THING_LIKENESS = 0.3;

/**
 * The fact that states the sum of the parts the answer gives (`wholeOfTheParts`), unless the
 * question names one of the parties the parts are of ("how much will Bosnia pay?").
 */
function wholeAsked(told: Match, plan: QueryPlan, kb: KnowledgeBase): IndexedFact | undefined {
  const asked = new Set(plan.terms.filter((t) => t.weight >= 1).flatMap((t) => [...t.alternatives.keys()]));
  const whole = wholeOfTheParts(told.indexed, asked, kb);
  if (!whole) return undefined;
  const [parts = []] = factSequences(told.indexed.fact);
  const figures = parts.flatMap((token, i) => (/^\d/.test(token.word) ? [i] : []));
  const ofAPart = plan.mentions.some(
    (m) =>
      m.entityIds.some((id) => PARTS_OWNERS.has(kb.entity(id)?.kind ?? "")) &&
      mentionPositions(parts, m.entityIds, kb).some((at) =>
        figures.some((figure) => figure > at && figure - at <= PART_OWNER_REACH),
      ),
  );
  return ofAPart ? undefined : whole;
}

/** Words from a part's owner to its sum ("the Croatian bank's flood defences will cost 113 million"). */
const PART_OWNER_REACH = 8;

/**
 * "How much will they pay / lend / put in?" asks what a payer gives, which may be each one's part;
 * what the thing costs is the whole.
 */
function asksAPayersShare(plan: QueryPlan): boolean {
  return plan.words.some((word) => SHARE_STEMS.includes(stemOf(word)));
}
const SHARE_STEMS: readonly string[] = [
  ...PAYING_STEMS,
  ...["lend", "give", "cover", "share", "owe", "put"].map(stemOf),
];

/** Kinds of entity a sum may be told as the part of ("the Bosnian bank's", "Mauritius will pay"). */
const PARTS_OWNERS: ReadonlySet<string> = new Set(["country", "organization", "person", "place"]);

/**
 * "How much is Slovakia paying for the bridge?" as things stand: the best fact gives Slovakia's
 * share ("Czechia will pay 19.6 million euros and Slovakia 16.8 million"); a later account that
 * does not name Slovakia (the town's offer to pay for a cycle lane on the bridge) is of another
 * payer, not Slovakia's share now; nor is one that says how an extra sum is split was left open
 * ("did not decide how the extra 15.5 million … will be split"), which gives no share. Only for a
 * figure asked of one party the best fact has among its own; once per question, and each later
 * account is checked (its entities only) only when `newestAccount` or `figureSince` reaches it.
 */
function sameParty(
  plan: QueryPlan,
  top: Match | undefined,
  kb: KnowledgeBase,
): ((indexed: IndexedFact) => boolean) | undefined {
  if (!top || !plan.quantity) return undefined;
  const parties = plan.mentions.filter((m) =>
    m.entityIds.some((id) => PARTS_OWNERS.has(kb.entity(id)?.kind ?? "")),
  );
  // (One party asked, by one name, that the best fact has among its own: "the two countries' share",
  // or a party found only through the fact's meeting, is left to the other rules.)
  const [party] = parties;
  if (parties.length !== 1 || party!.entityIds.length !== 1) return undefined;
  const id = party!.entityIds[0]!;
  if (!top.indexed.fact.entities.includes(id)) return undefined;
  return (indexed) => indexed.fact.entities.includes(id) && !statesLeftOpen(indexed.fact);
}

/** Every name the question has is in the fact (or its text). */
function namesEveryMention(plan: QueryPlan, m: Match, kb: KnowledgeBase): boolean {
  return plan.mentions.every((_, i) => mentionMatch(plan, i, m.indexed, kb) >= NAMED_AS_ASKED);
}
const NAMED_AS_ASKED = 0.9;

/**
 * "Is Tonga still asking Samoa to pay 60 percent?" where the best fact is itself the later account
 * ("Tonga no longer asks Samoa to pay 60 per cent"): the earlier account it tells the change of.
 */
function earlierAccountOf(
  top: Match,
  usable: readonly Match[],
  plan: QueryPlan,
  kb: KnowledgeBase,
): Match | undefined {
  const day = reportedOn(top, kb);
  return usable
    .slice(0, TWO_ACCOUNTS_TRIED)
    .find(
      (m) =>
        m.indexed !== top.indexed &&
        reportedOn(m, kb) <= day &&
        laterAccount(m, usable, plan, kb)?.indexed === top.indexed,
    );
}

/** How many of the leading facts are tried as the earlier of two accounts. */
const TWO_ACCOUNTS_TRIED = 8;

/** The fact's article is older than the latest article of its meeting's story. */
function toldBeforeItsStoryEnds(top: Match, kb: KnowledgeBase): boolean {
  const event = top.indexed.fact.event ? kb.event(top.indexed.fact.event) : undefined;
  if (!event) return false;
  const told = reportedOn(top, kb);
  // (A fact retelling an earlier month, "in March Chile had demanded …", is an earlier account.)
  if (retoldMonth(top.indexed, kb) !== undefined) return true;
  return storyMeetings(event, kb).some((e) => (kb.source(e.source)?.date ?? "") > told);
}

/** How much more of the question a fact must cover to come before a shorter one that ranks higher. */
const FULLER_BY = 0.02;

/**
 * "How many brown bears did the joint count find?": facts that give different figures are told
 * apart by the words asked ("the joint count"), not by which sentence is shorter, so the fact
 * covering clearly more of the question comes first.
 */
/**
 * "Who had the job before Merchison?" with no fact naming anyone before her: the fact that names
 * her the first holder of the post says there was no one.
 */
function firstHolderIfNoneBefore(
  before: Match[],
  allowed: readonly Match[],
  plan: QueryPlan,
  kb: KnowledgeBase,
): Match[] {
  if (before.some((m) => answers(m))) return before;
  const first = allowed.filter((m) => namedFirstHolder(plan, m.indexed, kb));
  return first.length > 0 ? first : before;
}

/**
 * "When was the second payment made?": an act asked as done is not dated by "a second payment …
 * was expected in September 2026" (what was to come, told in May), when a fact nearly as good,
 * dated itself and telling no such plan, says when it was done ("made a second payment … on 10
 * September 2026"). Not when the question asks for the plan ("when was it meant / due to …").
 */
function doneRatherThanExpected(matches: Match[], question: string): Match[] {
  const [top] = matches;
  if (!top || !EXPECTED_THEN.test(top.indexed.fact.statement)) return matches;
  const asked = question.toLowerCase();
  if (!ASKS_WHEN_DONE.test(asked) || PLAN_WORDS_ASKED.test(asked)) return matches;
  const done = matches.find(
    (m) =>
      m !== top &&
      m.coverage >= top.coverage - DONE_MARGIN &&
      m.indexed.fact.date !== undefined &&
      !EXPECTED_THEN.test(m.indexed.fact.statement),
  );
  // (The facts that tell only what was expected then are no rivals of the act done.)
  return done
    ? [done, ...matches.filter((m) => m !== done && !EXPECTED_THEN.test(m.indexed.fact.statement))]
    : matches;
}
/**
 * "When did Kazakhstan announce it was closing the consulate?" is not dated by "the consulate
 * reopened on 19 October 2026, nearly five months after Kazakhstan ordered it closed": the day the
 * sentence gives is of its own act, and the act asked is only what that day is reckoned from. With
 * such a fact leading, the facts that tell the act asked only so are no answer to when it was done.
 */
function notDatedByAnotherAct(matches: Match[], plan: QueryPlan, question: string): Match[] {
  const [top] = matches;
  if (!top || !ASKS_WHEN_DONE.test(question.toLowerCase())) return matches;
  const acts = plan.terms.filter((t) => t.weight >= 1 && t.kinds.length === 0 && isVerb(t.word));
  if (acts.length === 0) return matches;
  const datesAnother = (m: Match) => actOnlyReckonedFrom(m.indexed, acts);
  return datesAnother(top) ? matches.filter((m) => !datesAnother(m)) : matches;
}
/**
 * The sentence gives a time, then reckons from another act ("…, nearly five months after X
 * ordered it closed", "the day after Poland shut it"), and the act asked is told only there.
 */
function actOnlyReckonedFrom(indexed: IndexedFact, acts: readonly Term[]): boolean {
  const [sentence = []] = factSequences(indexed.fact);
  const from = sentence.findIndex(
    (t, i) =>
      RECKONED_FROM.has(t.word) &&
      RECKONING_UNITS.has(sentence[i - 1]?.word ?? "") &&
      sentence
        .slice(0, i)
        .some((before) => MONTH_WORDS.has(before.word) || /^(?:19|20)\d\d$/.test(before.word)),
  );
  if (from < 0) return false;
  let before = false;
  let after = false;
  for (let i = 0; i < sentence.length; i++) {
    if (!acts.some((act) => (act.alternatives.get(sentence[i]!.stem) ?? 0) >= STRONG_MATCH)) continue;
    if (i < from) before = true;
    else after = true;
  }
  return after && !before;
}
const RECKONED_FROM: ReadonlySet<string> = new Set(["after", "before"]);
/** "Five *months* after", "the *day* before", "*shortly* after": a time reckoned from another act. */
const RECKONING_UNITS: ReadonlySet<string> = new Set(
  "day days week weeks month months year years hours shortly soon just".split(" "),
);
/**
 * "When did work on the stretch stop?" is not dated by "work on the stretch remains suspended"
 * (reported on 17 February) nor by "in June work remained suspended": a state told as still holding
 * says when it still held, never when it began. Such facts are no answer to when the act was done,
 * unless they say since when ("has remained suspended since November 2025"); nor where the question
 * itself asks of the state still holding ("when was the road still closed?").
 */
function notAStateThatStillHeld(matches: Match[], question: string): Match[] {
  const asked = question.toLowerCase();
  if (!ASKS_WHEN_DONE.test(asked) || STILL_HELD.test(asked) || PLAN_WORDS_ASKED.test(asked)) return matches;
  return matches[0] && toldOnlyAsStillHeld(matches[0].indexed)
    ? matches.filter((m) => !toldOnlyAsStillHeld(m.indexed))
    : matches;
}
/**
 * The sentence's own act is a state still holding: nothing done comes before it ("awarded the
 * contract, yet still could not say where", "approved the loan and said the money remained
 * available" tell an act, and its day), it is no plan ("were still due to arrive") and it does not
 * say since when.
 */
function toldOnlyAsStillHeld(indexed: IndexedFact): boolean {
  const statement = indexed.fact.statement;
  if (/\bsince\b/i.test(statement) || EXPECTED_THEN.test(statement)) return false;
  const [sentence = []] = factSequences(indexed.fact);
  const at = sentence.findIndex((t) => STILL_WORDS.has(t.word));
  return at >= 0 && !sentence.slice(0, at).some((t) => isPastVerb(t.word));
}
const STILL_WORDS: ReadonlySet<string> = new Set(["remains", "remained", "still"]);
/** "Remains suspended", "remained closed", "was still refusing": a state told as lasting. */
const STILL_HELD = /\b(?:remains|remained|still)\b/i;
/**
 * "What does Caracas have to do to keep the relief going?" asks what it is bound to do: a duty or a
 * condition ("Venezuela must release 150 prisoners", "the group is to survey the markers"). A fact
 * that shares the question's other words but binds no one ("the arms embargo stays in place") says
 * something else, and is no answer; without a fact that states a duty, nothing is.
 */
function onlyWhatIsBound(matches: Match[], question: string): Match[] {
  if (!ASKS_WHAT_MUST_BE_DONE.test(question.toLowerCase())) return matches;
  return matches.filter((m) => STATES_A_DUTY.test(m.indexed.fact.statement));
}
/** "What does X have to do", "what do they need to do", "what must X do": the duty is what is asked. */
const ASKS_WHAT_MUST_BE_DONE =
  /^\W*(?:(?:and|so|but|ok|okay)\W+)*what (?:(?:does|do|did|will|would)\b.*\b(?:have|has|had|need|needs) to do|must\b.*\bdo)\b/;
/** A duty or a condition told: "must release", "has to pay", "is to survey", "required to", "on condition". */
const STATES_A_DUTY =
  /\b(?:must|ha(?:s|ve|d) to|needs? to|(?:is|are) to|required|requires|obliged|obligated|bound to|conditions?|tasked)\b/i;

/**
 * "When was the Almaty consulate originally supposed to reopen?" asks the day the plan set, not the
 * day it reopened ("reopened on 19 October"): a fact nearly as good that tells the plan ("had
 * first been planned for 1 October 2026 but was moved") goes first. The mirror of
 * `doneRatherThanExpected`.
 */
function plannedRatherThanDone(matches: Match[], question: string): Match[] {
  const [top] = matches;
  const asked = question.toLowerCase();
  if (!top || !ASKS_WHEN_DONE.test(asked) || !PLAN_WORDS_ASKED.test(asked)) return matches;
  // ("When did work start, and when was it supposed to?" asks both: the act done is wanted too.)
  if ((asked.match(/\bwhen\b/g)?.length ?? 0) > 1) return matches;
  const toldAsPlan = (m: Match) =>
    EXPECTED_THEN.test(m.indexed.fact.statement) || PLANNED_BEFORE.test(m.indexed.fact.statement);
  if (toldAsPlan(top)) return matches;
  const planned = matches.find((m) => m !== top && m.coverage >= top.coverage - DONE_MARGIN && toldAsPlan(m));
  return planned ? [planned, ...matches.filter((m) => m !== planned)] : matches;
}
/** "Had first been planned for", "had been due to": a plan told from after it was changed. */
const PLANNED_BEFORE =
  /\b(?:had|has)\s+(?:(?:originally|first|initially)\s+)?been\s+(?:expected|due|scheduled|planned|meant|supposed)\b/i;
/** "Was expected in", "were due to", "is scheduled for": a time told of what was still to come. */
const EXPECTED_THEN =
  /\b(?:was|were|is|are)\s+(?:(?:still|originally|first|initially|now)\s+)?(?:expected|due|scheduled|planned|meant|supposed)\b/i;
/** "When was …", "when were …", "when did …": a time asked of what was done. */
const ASKS_WHEN_DONE = /^\W*(?:(?:and|so|but|ok|okay)\W+)*when (?:was|were|did)\b/;
/** Words that ask the time a plan set, not the time of the act. */
const PLAN_WORDS_ASKED =
  /\b(?:expected|due|scheduled|planned|plan|meant|supposed|intended|originally|at first|first set|will|going to)\b/;
/** How much less of the question the fact of the act done may carry than the plan's. */
const DONE_MARGIN = 0.1;

/**
 * "When does Libya take over the chair?": of facts that answer it as well as the best one and rank
 * beside it, the one that says the time more finely ("in January 2027" over "in 2027").
 */
function finerTimeFirst(matches: Match[], plan: QueryPlan, kb: KnowledgeBase): Match[] {
  const [top] = matches;
  if (!top) return matches;
  let finer = top;
  let precision = timePrecision(top.indexed);
  if (precision < 0) return matches;
  // (Computed once, and only where a rival is finer: see `namesWhatTheTopNames`.)
  let topNames: boolean | undefined;
  for (const m of matches) {
    if (m.rank < top.rank - RANKED_BESIDE) break;
    if (Math.abs(m.coverage - top.coverage) > TIED) continue;
    const own = timePrecision(m.indexed);
    if (own <= precision) continue;
    // "When was the Qustul–Ashkeet committee set up?": "the committee was set up … in September
    // 2024" names it; "Egypt and Sudan agreed on 3 March 2026 … to set up a joint programme",
    // filed under the committee but not naming it, has a finer day that is of something else.
    topNames ??= sentenceNamesEveryMention(plan, top, kb);
    if (topNames && !sentenceNamesEveryMention(plan, m, kb)) continue;
    [finer, precision] = [m, own];
  }
  return finer === top ? matches : [finer, ...matches.filter((m) => m !== finer)];
}

/** The fact's own sentence names every name the question gives (not only its list of entities). */
function sentenceNamesEveryMention(plan: QueryPlan, m: Match, kb: KnowledgeBase): boolean {
  if (plan.mentions.length === 0) return false;
  const [sentence = []] = factSequences(m.indexed.fact);
  return plan.mentions.every((mention) => mentionPositions(sentence, mention.entityIds, kb).length > 0);
}

/** "Where was it held/signed", "where did they meet": the place of a meeting or a signing asked. */
const MEETING_PLACE_ASKED =
  /\b(?:held|hold|signed|sign|met|meet|convened|convene|gathered|take place|took place|hosted)\b/;
/**
 * A venue in the sentence: "at the Hofvijver Conference Centre in The Hague", "at BEXCO in Busan",
 * "at the Casa Amarilla, the seat of …": a named building before the town or a comma.
 */
const VENUE_NAMED =
  /\bat (?:the )?\p{Lu}[\p{L}\p{N}'’.-]*(?:\s+(?:of|and|for|the|de|\p{Lu}[\p{L}\p{N}'’.-]*))*\s*(?:,|\bin\s+\p{Lu})/u;
/** How far below the best a fact of the same meeting that names its venue may rank and lead. */
const VENUE_RANKED_BESIDE = 0.08;

/**
 * "Where was the ferry agreement signed?", "where did the commission meet?": of the facts of the
 * best fact's meeting that cover the question as fully and rank beside it, one that names the venue
 * ("at BEXCO in Busan", "at the Casa Amarilla, the seat of …") says where more finely than one
 * with the town alone, as a finer day does for "when". Only where the best fact names no venue of
 * its own. (Not a fact that covers less: leading with it, the better one stands as its rival.)
 */
function venueFirst(matches: Match[], plan: QueryPlan): Match[] {
  const [top] = matches;
  if (!top || !MEETING_PLACE_ASKED.test(plan.text.toLowerCase())) return matches;
  if (VENUE_NAMED.test(top.indexed.fact.statement)) return matches;
  const event = top.indexed.fact.event;
  if (event === undefined) return matches;
  const venue = matches.find(
    (m) =>
      m !== top &&
      m.rank >= top.rank - VENUE_RANKED_BESIDE &&
      Math.abs(m.coverage - top.coverage) <= TIED &&
      m.indexed.fact.event === event &&
      VENUE_NAMED.test(m.indexed.fact.statement),
  );
  return venue ? [venue, ...matches.filter((m) => m !== venue)] : matches;
}

/** "In April 2026", "in 2025", "on 9 April 2026": a month (or day) and year, or a year alone. */
const TOLD_TIME = new RegExp(`\\b(?:(${MONTHS.join("|")}) )?((?:19|20)\\d{2})\\b`, "g");
/** "Minister since 2019", "in force from 2024": a time that describes, not when the act was. */
const DESCRIBING_TIME = /\b(?:since|from|until|till|by|through)\s+(?:\d{1,2}\s+)?$/i;

/**
 * The sentence times what it tells before its meeting ("seized in April 2026", told at a September
 * session), and at no time of the meeting itself (its month, or its year with no month).
 */
function toldBeforeItsMeeting(indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const event = indexed.fact.event ? kb.event(indexed.fact.event) : undefined;
  const held = event?.date?.match(/^(\d{4})-(\d{2})/);
  if (!held) return false;
  const year = Number(held[1]);
  const month = Number(held[2]);
  let before = false;
  for (const told of indexed.fact.statement.matchAll(TOLD_TIME)) {
    if (DESCRIBING_TIME.test(indexed.fact.statement.slice(0, told.index))) continue;
    const toldYear = Number(told[2]);
    const toldMonth = told[1] ? MONTHS.indexOf(told[1]) + 1 : undefined;
    if (toldYear === year && (toldMonth === undefined || toldMonth === month)) return false;
    if (toldYear < year || (toldYear === year && toldMonth !== undefined && toldMonth < month)) before = true;
  }
  return before;
}

/** "At his flat", "Ambassador to China", "off the coast": a place the sentence tells in its own words. */
const PLACE_PHRASE =
  /\b(?:at|to|off|near|from|of|outside|inside|across|along) (?:the |his |her |its |their |a |an )?\p{L}/u;

/**
 * The answer would be the venue of the fact's meeting, yet the sentence times what it tells before
 * that meeting and says no place of its own in any words; nor is it about someone asked, whose
 * description may say where they are from or served ("a Salvadoran customs lawyer").
 */
function venueOfAnEarlierAct(plan: QueryPlan, top: Match, kb: KnowledgeBase): boolean {
  if (!onlyTheVenue(plan, top, kb) || !toldBeforeItsMeeting(top.indexed, kb)) return false;
  if (PLACE_PHRASE.test(top.indexed.fact.statement)) return false;
  return !plan.mentions.some((m) => m.entityIds.some((id) => kb.entity(id)?.kind === "person"));
}

/**
 * The sentence says no place in its own words: no "in Douala", "at the university", nor the name
 * of a place it is filed under (a place only filed under it is where it was told, not said).
 */
function saysNoPlaceInItsWords(plan: QueryPlan, top: Match, kb: KnowledgeBase): boolean {
  const { statement, entities } = top.indexed.fact;
  if (A_PLACE_IN.test(statement) || PLACE_PHRASE.test(statement)) return false;
  const mentioned = new Set(plan.mentions.flatMap((m) => m.entityIds));
  return !entities.some((id) => {
    const place = kb.entity(id);
    return !mentioned.has(id) && place?.kind === "place" && statement.includes(place.name);
  });
}

/** How far below the best fact a fact that names its own place may stand and still answer "where". */
const OWN_PLACE_NEAR = 0.05;

/**
 * "Where was the Ocean Tide 7 seized?" of "the trawler, seized in April 2026 …, was released in July
 * 2026", told at a September session in Zanzibar, beside "… seized the trawler Ocean Tide 7 about 11
 * nautical miles north-east of Pemba Island": a fact that names no place of its own and tells an act
 * done before its meeting would be answered with that meeting's venue, which is not where the act
 * was done; a fact about as near, with the same words of the question, that names a place says where.
 */
function ownPlaceFirst(matches: Match[], plan: QueryPlan, kb: KnowledgeBase): Match[] {
  const [top] = matches;
  if (!top || !venueOfAnEarlierAct(plan, top, kb)) return matches;
  // (Only a fact with every word of the question the best one has: "agreed in Djibouti City to set
  // up patrols" says where the agreeing was, not where the aircraft were to be based.)
  const asked = plan.terms.filter((term) => term.weight >= 1);
  const held = (term: Term, m: Match) =>
    [...term.alternatives].some(([stem, strength]) => strength >= STRONG_MATCH && m.indexed.terms.has(stem));
  const topHolds = asked.filter((term) => held(term, top));
  if (topHolds.length === 0) return matches;
  const own = matches.find(
    (m) =>
      m !== top &&
      m.coverage >= top.coverage - OWN_PLACE_NEAR &&
      topHolds.every((term) => held(term, m)) &&
      !onlyTheVenue(plan, m, kb) &&
      placeOfItsOwn(plan, m, kb),
  );
  return own ? [own, ...matches.filter((m) => m !== own)] : matches;
}

/** The fact names a place the question does not, as an entity or "in Baku". */
function placeOfItsOwn(plan: QueryPlan, m: Match, kb: KnowledgeBase): boolean {
  const mentioned = new Set(plan.mentions.flatMap((mention) => mention.entityIds));
  const { fact } = m.indexed;
  return (
    fact.entities.some((id) => !mentioned.has(id) && kb.entity(id)?.kind === "place") ||
    A_PLACE_IN.test(fact.statement)
  );
}

/** Time constraints asked of any question word ("how long has she led it?") that a finer time answers better. */
const FINER_ASKED: ReadonlySet<string> = new Set(["since", "start", "end"]);
/** Coverage within which two facts answer alike, and rank within which they stand beside each other. */
const TIED = 1e-6;
const RANKED_BESIDE = 0.02;

function fullerCountFirst(matches: Match[]): Match[] {
  const [top] = matches;
  if (!top) return matches;
  let fuller = top;
  for (const m of matches) if (m.coverage > fuller.coverage + FULLER_BY) fuller = m;
  return fuller === top ? matches : [fuller, ...matches.filter((m) => m !== fuller)];
}

/** "All", "every", or a count of two or more ("the eleven member states", "all three"). */
function asksForMany(plan: QueryPlan): boolean {
  return plan.words.some(
    (word) =>
      word === "all" || word === "every" || (NUMBER_WORDS.has(word) && word !== "one" && word !== "single"),
  );
}

/** The facts together name fewer than two entities of the kind listed that the question does not name. */
function fewerThanTwoNamed(
  asked: Term,
  chosen: readonly Match[],
  plan: QueryPlan,
  kb: KnowledgeBase,
): boolean {
  if (asked.kinds.length === 0) return false;
  const mentioned = new Set(plan.mentions.flatMap((m) => m.entityIds));
  const named = new Set(
    chosen.flatMap((m) =>
      m.indexed.fact.entities.filter(
        (id) => !mentioned.has(id) && asked.kinds.includes(kb.entity(id)?.kind ?? "other"),
      ),
    ),
  );
  return named.size < 2;
}

/** One of the question's names is in the fact only as words its text says, not linked to it. */
function onlySaysAName(plan: QueryPlan, match: Match, kb: KnowledgeBase): boolean {
  for (let i = 0; i < plan.mentions.length; i++) {
    if (mentionMatch(plan, i, match.indexed, kb) === NAMED_IN_TEXT) return true;
  }
  return false;
}

/** The wh-word a question opens with ("who", "which", "where", "when", "how many", "how much"). */
const WH_ASKED = /^\W*(?:\w+\W+){0,3}?(who|whom|whose|which|where|when|how (?:many|much))\b/i;
/**
 * A fact that says the very thing a wh-word asks is not known: "does not say who", "had not yet
 * been decided who", "did not know who", "has not said how much", or "failed to settle how many"
 * (a failure to settle leaves the number as open as a refusal to say it; not "could not agree on
 * where", which the sides' wishes that follow may answer).
 */
const UNKNOWN_STATED =
  /(?:\b(?:not|never)\s+(?:(?:yet|been|be|still|publicly|able to|clear)\s+)*|\bfail(?:ed|s)?\s+to\s+)(?:say|said|says|know|knew|known|decided|agreed|disclosed|specified|specify|named|name|announced|revealed|determined|settle|settled|clear)\s+(who|which|where|when|how (?:many|much))\b/gi;

/**
 * The question asks, by its opening wh-word, what the fact says is not known, and of the same
 * thing: a word of the question's is among the words that follow the unknown's wh-word.
 */
export function statesAsUnknown(question: string, statement: string): boolean {
  if (thingStatedUnknown(question, statement)) return true;
  const asked = WH_ASKED.exec(question)?.[1]?.toLowerCase();
  if (!asked) return false;
  const askedKind = asked === "whom" || asked === "whose" ? "who" : asked;
  const words = new Set(question.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  for (const m of statement.matchAll(UNKNOWN_STATED)) {
    const said = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
    if (
      said !== askedKind &&
      !(askedKind === "who" && said === "which") &&
      !(askedKind === "which" && said === "who")
    )
      continue;
    const after =
      statement
        .slice((m.index ?? 0) + m[0].length)
        .split(/[;,.]/)[0]
        ?.toLowerCase() ?? "";
    if ((after.match(/\p{L}{4,}/gu) ?? []).some((w) => words.has(w) || words.has(w.replace(/s$/, ""))))
      return true;
  }
  return false;
}

/** "What interest rate is …", "which fee does …": the thing a what- or which-question asks for. */
const THING_ASKED =
  /^\W*(?:\w+\W+){0,3}?(?:what|which)\s+((?:\p{L}+\s+){0,2}?\p{L}{3,})(?:\s+(?:is|are|was|were|did|does|do|will|would|has|have|had|can|could)\b|\W*$)/iu;
/** "… its interest rate was not disclosed", "the fee has not yet been made public". */
const THING_UNKNOWN =
  /([^,;:.()]*?)\s+(?:was|were|is|are|has|have|had|remains?|remained)\s+(?:(?:not|never|still|yet|been)\s+)*?(?:not|never)\s+(?:(?:yet|been|publicly)\s+)*(?:disclosed|known|announced|revealed|made public|published|specified)\b/giu;

/**
 * "What interest rate is the fund charging?" against "the loan's interest rate was not disclosed":
 * the thing a what- or which-question asks for (its last word) is the subject of a clause that says
 * it is not disclosed or not known.
 */
function thingStatedUnknown(question: string, statement: string): boolean {
  const phrase = THING_ASKED.exec(question.trim())?.[1]?.toLowerCase();
  const head = phrase?.split(/\s+/).at(-1);
  if (!head) return false;
  const stem = head.replace(/s$/, "");
  for (const m of statement.matchAll(THING_UNKNOWN)) {
    const subject = (m[1] ?? "").toLowerCase().match(/\p{L}+/gu) ?? [];
    if (subject.some((w) => w === head || w.replace(/s$/, "") === stem)) return true;
  }
  return false;
}

/**
 * "What's the name of the engineer …": the words that say whose name is asked. ("What's the
 * operator's name?" asks it as "the name of the operator" does.)
 */
const NAME_ASKED =
  /\bnames? of (?:the |a |an )?(.+)$|\b(?:the|a|an|their|its) ((?:[\p{L}-]+ ){0,2}[\p{L}-]+)['’]s names?\b/iu;

/** The words that say whose name is asked ("the engineer who …", "the operator"), if a name is asked. */
function nameAskedOf(question: string): string | undefined {
  const m = NAME_ASKED.exec(question.trim());
  return m ? (m[1] ?? m[2]) : undefined;
}
const NAME_PHRASE_ENDS = /\s(?:who|that|which|whose|whom|where|when|the|a|an|in|at|for|to|by|on|with|from)\s/;
/** A name: a capitalised word that is no article ("The") nor a sentence's next clause. */
const A_NAME = /^\s*(?:,\s*|named\s+|called\s+)?\p{Lu}\p{Ll}/u;
const NAMED_BEFORE = /\p{Lu}[\p{L}.-]*\s*,\s*$/u;

/**
 * A name is asked of someone or something the fact speaks of only by description ("invited the
 * President of Chile to…", "let the bank appoint an engineer to…"), with no name beside it
 * ("an engineer, Jane Doe", "Jane Doe, an engineer"): the fact says they exist, not their name.
 */
/**
 * "What's the name of the Timorese official who …?": the phrase whose name is asked ends in a word
 * WordNet files as a person ("official", "engineer", "captain").
 */
function personNameAsked(question: string): boolean {
  const asked = nameAskedOf(question);
  if (!asked) return false;
  const phrase = asked.toLowerCase().split(NAME_PHRASE_ENDS)[0] ?? "";
  const head = phrase.match(/\p{L}+/gu)?.at(-1);
  return !!head && isPersonNoun(head);
}

export function nameNotGiven(question: string, statement: string): boolean {
  return nameReadIn(question, statement) === "unnamed";
}

/**
 * How a fact speaks of the one whose name is asked: by name, only by description ("a private
 * operator"), or not at all ("absent"); undefined when no name is asked.
 */
function nameReadIn(question: string, statement: string): "named" | "unnamed" | "absent" | undefined {
  const asked = nameAskedOf(question);
  if (!asked) return undefined;
  // The phrase up to its first following clause: "the engineer | the bank appointed".
  const phrase = asked.toLowerCase().split(NAME_PHRASE_ENDS)[0] ?? "";
  const words = phrase.match(/\p{L}{4,}/gu) ?? [];
  // (A capitalised word of the phrase itself says which ones, not their name: "the five *Lady
  // Shanice* fishermen".)
  const own = new Set(phrase.match(/\p{L}+/gu) ?? []);
  const ofThePhrase = (after: string) => own.has(/^\s*(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? "");
  const namedWithin = (between: string) =>
    (between.match(/\p{Lu}[\p{L}-]*/gu) ?? []).some((word) =>
      word
        .toLowerCase()
        .split("-")
        .some((part) => !own.has(part)),
    );
  let unnamed = false;
  for (const word of words) {
    const either = `[${word[0]}${word[0]?.toUpperCase()}]${word.slice(1)}`;
    const described = new RegExp(
      `(?<![\\p{L}])(?:[aA]|[aA]n|[tT]he)\\s+((?:[\\p{L}-]+\\s+){0,3}?)(${either})(?![\\p{L}])((?:\\s+of\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}-]*\\s*)+)?)`,
      "gu",
    );
    for (const m of statement.matchAll(described)) {
      const before = statement.slice(0, m.index ?? 0);
      const after = statement.slice((m.index ?? 0) + m[0].length);
      if ((A_NAME.test(after) && !ofThePhrase(after)) || NAMED_BEFORE.test(before)) return "named";
      // The asked word capitalised is part of a title, and a capitalised word before it that the
      // question does not say is the name: "the *Sulaiman-Too* Conference Hall".
      if (/^\p{Lu}/u.test(m[2] ?? "") && namedWithin(m[1] ?? "")) return "named";
      unnamed = true;
    }
  }
  return unnamed ? "unnamed" : "absent";
}

/** "Who is the new chair", "who's X's new finance director": the one who holds a post now, newly. */
const NEW_HOLDER_ASKED = /^\W*(?:\w+\W+){0,3}?who(?:'s|’s|\s+(?:is|are|will be))\b.*\bnew\b/i;
/** A fact that tells of a holder as one who was ("previously", "former"), not one who took a post. */
const FORMER_TOLD = /\b(?:former(?:ly)?|previous(?:ly)?|outgoing|ex-)\b/i;
const TAKING_TOLD =
  /\b(?:new|became|become|becomes|appointed|named|elected|replac\w*|succeed\w*|took over|takes over|will (?:chair|head|lead|be)|since)\b/i;

/** The fact speaks of a holder only as a former one, and of no one taking the post. */
function onlyAFormerHolder(indexed: IndexedFact): boolean {
  const statement = indexed.fact.statement;
  return FORMER_TOLD.test(statement) && !TAKING_TOLD.test(statement);
}

const SEASONS = /\b(summer|winter|spring|autumn|fall|dry season|wet season|rainy season|monsoon)s?\b/gi;
/** The question sets one season, and the fact names seasons, none of them that one. */
function ofAnotherSeason(question: string, statement: string): boolean {
  const asked = new Set([...question.matchAll(SEASONS)].map((m) => m[1]!.toLowerCase()));
  if (asked.size !== 1) return false;
  const told = new Set([...statement.matchAll(SEASONS)].map((m) => m[1]!.toLowerCase()));
  return told.size > 0 && ![...asked].some((season) => told.has(season));
}

/** "Who are the …", "who was the …": a who-question that asks for the holders of a description. */
const BE_WORDS: ReadonlySet<string> = new Set(["is", "are", "was", "were"]);
/** Words between "the" and the thing asked that say which ones, not what they are ("the other two"). */
const WHICH_ONES: ReadonlySet<string> = new Set(["other", "only", "new", "first", "last", "remaining"]);

/**
 * The noun a which-question asks for ("which Monrovia *newspaper* reported …") or a who-question
 * describes ("who are the six *experts* on …"), as the question's term.
 */
function thingNamedAsked(plan: QueryPlan): Term | undefined {
  const words = plan.words;
  if (plan.kind === "which") {
    const last = askedSlot(plan)?.terms.at(-1);
    const slotHead = last === undefined ? undefined : plan.terms[last];
    // ("Which consulate official …": a noun the question weighs lightly still ends the phrase.)
    const next = slotHead && plan.terms.find((t) => t.position === slotHead.position + 1);
    return next && next.weight < 1 && isNoun(next.word) && !isVerb(next.word) ? next : slotHead;
  }
  if (plan.kind !== "who" || words[0] !== "who" || !BE_WORDS.has(words[1] ?? "") || words[2] !== "the")
    return undefined;
  let head: Term | undefined;
  for (let at = 3; at < words.length; at++) {
    const word = words[at]!;
    if (!head && (NUMBER_WORDS.has(word) || WHICH_ONES.has(word))) continue;
    const term = plan.terms.find((t) => t.position === at);
    if (!term || term.weight < 1 || !isNoun(word)) break;
    head = term;
  }
  return head;
}

/** "A", "an", "one", "some" or a count before a noun: some of its kind, not one already known. */
const SOME_OF_A_KIND = new RegExp(
  String.raw`(?:^|[\s(])(?:an?|one|some|several|another|\d[\d,.]*|${[...NUMBER_WORDS].join("|")})\s+(?:(?!(?:the|of|in|on|at|to|for|and|or|by|with|from)\s)[\p{L}-]+\s+){0,3}$`,
  "iu",
);
/** Before the count: a word that makes it the ones already told ("the two", "its six"), or says who they are ("X is a …"). */
const KNOWN_BEFORE =
  /(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]hese|[Tt]hose|[Bb]oth|[Aa]ll|[Hh]is|[Hh]er|[Oo]ur|is|are|was|were|as|became|becomes|remains)\s+|\p{Lu}[\p{L}.-]*\s*,\s*)$/u;
/** A name after the noun: "a company, Sinohydro", "two firms: Alpha and Beta", "an engineer named …". */
const NAME_AFTER =
  /^\s*(?:[,:(–—-]\s*(?:the\s+)?|named\s+|called\s+|including\s+|such as\s+|of\s+)?\p{Lu}\p{Ll}/u;
/** What the thing is about, after it, which says which one it is: "a third deal on licence fees". */
const SUBJECT_AFTER = /^\s+(?:on|about|over|covering|concerning)\s/u;

/**
 * Every time the fact says the thing a which- or who-question asks for, it is some one or some
 * number of that kind ("a Monrovia newspaper", "six experts, three from Laos …"), with no name
 * beside it: it tells that there is one, not which.
 */
function askedOnlyAsSomeOf(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  const head = thingNamedAsked(plan);
  // (A time's noun, "which years", is answered by the span: it bears no name.)
  if (!head || isTimeNoun(head.word) || !canBearAName(head.word)) return false;
  const statement = indexed.fact.statement;
  // The store may tie the fact to the one it describes ("by yet another chief negotiator"): a name
  // of its own the sentence does not say is who that is.
  const lower = statement.toLowerCase();
  const untold = indexed.fact.entities.some((id) => {
    const entity = kb.entity(id);
    return (
      entity?.kind === "person" &&
      ![entity.name, ...entity.aliases].some((name) => lower.includes(name.toLowerCase()))
    );
  });
  if (untold) return false;
  const asked = new Set(plan.words.map((word) => stemOf(word)));
  const [sentence = []] = factSequences(indexed.fact);
  const surfaces = new Set(
    sentence.flatMap((token) =>
      !token.nameLike && (head.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH ? [token.word] : [],
    ),
  );
  let some = 0;
  for (const surface of surfaces) {
    const said = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(surface)}(?![\p{L}])`, "giu");
    for (const m of statement.matchAll(said)) {
      const before = statement.slice(0, m.index);
      const after = statement.slice(m.index + m[0].length);
      if (NAME_AFTER.test(after) || SUBJECT_AFTER.test(after)) return false;
      const count = SOME_OF_A_KIND.exec(before);
      if (!count) return false;
      if (KNOWN_BEFORE.test(before.slice(0, count.index + 1))) return false;
      // "Which commission does the accord establish?" told "sets up a river commission": a word of
      // the fact's own before the noun says which one it is, where "a Monrovia newspaper" for
      // "which Monrovia newspaper …?" repeats the question.
      if (describesFurther(before.slice(count.index), asked)) return false;
      some++;
    }
  }
  return some > 0;
}

/** Between the count and the noun ("a *river* commission"), a word the question does not have. */
function describesFurther(countAndWords: string, asked: ReadonlySet<string>): boolean {
  const [, ...between] = countAndWords.trim().toLowerCase().split(/\s+/);
  return between.some((word) => !NUMBER_WORDS.has(word) && !asked.has(stemOf(word)));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A figure said in digits or words: "151.2 million", "nine", "a third". */
const FIGURE_TOLD = new RegExp(
  String.raw`\d|\b(?:${[...NUMBER_WORDS].join("|")}|one|half|third|quarter|dozen|hundreds?|thousands?|millions?|billions?)\b`,
  "i",
);
/** The sentence without its days and years ("on 21 July 2026"), which are no figure of what is asked. */
function withoutDays(statement: string): string {
  return statement
    .replace(new RegExp(String.raw`\b(?:\d{1,2} )?(?:${MONTHS.join("|")})(?: \d{1,2})?,? \d{4}\b`, "gi"), "")
    .replace(/\b(?:19|20)\d{2}\b/g, "");
}
/**
 * The later account gives a figure of the kind the earlier gave: any figure, and a sum of money
 * where the earlier gave one ("by six months" is no cost).
 */
function sameKindOfFigure(earlier: string, later: string, asksASum: boolean): boolean {
  const now = withoutDays(later);
  if (!FIGURE_TOLD.test(now)) return false;
  return !asksASum || !moneyTold(withoutDays(earlier)) || moneyTold(now);
}
/** A sum: a currency sign, or a figure followed within three words by a currency's unit ("3.1 million euros"). */
function moneyTold(statement: string): boolean {
  if (/[$€£¥]/.test(statement)) return true;
  const units = currencyUnits();
  const words = statement.toLowerCase().split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    if (!units.has(words[i]!.replace(/[^\p{L}]/gu, ""))) continue;
    // (Not a name: "Sierra Leone" is no sum of leones.)
    for (let j = Math.max(0, i - MONEY_REACH); j < i; j++) if (/\d/.test(words[j]!)) return true;
  }
  return false;
}
const MONEY_REACH = 3;
/** "How much …", "how many …", or a word for a sum asked ("what was the first cost estimate?"). */
function asksAFigure(plan: QueryPlan): boolean {
  if (asksHowMuch(plan) || asksHowMany(plan)) return true;
  return plan.terms.some((t) => t.weight >= 1 && t.kinds.length === 0 && namesAmount(t.word));
}
/** (Read from the question: the plan keeps "long" as a manner word, not one of its words.) */
const HOW_LONG = /\bhow long\b/;
/** A figure other than the days and years the sentence is dated by. */
function figureTold(statement: string): boolean {
  return FIGURE_TOLD.test(withoutDays(statement));
}
/** The first day of two said together: "on *24 and* 25 March", "from *3 to* 5 May". */
const FIRST_OF_TWO_DAYS = new RegExp(
  String.raw`\b\d{1,2}\s*(?:and|to|-|–)\s*(?=\d{1,2} (?:${MONTHS.join("|")})\b)`,
  "gi",
);
/** A figure other than the days, years and spans of days the sentence is dated by. */
function figureBesidesDays(statement: string): boolean {
  return figureTold(statement.replace(FIRST_OF_TWO_DAYS, "")) || SHARE_OR_MULTIPLE.test(statement);
}
/** A part or a multiple said in words: "by a fifth", "two tenths", "doubled", "halved". */
const SHARE_OR_MULTIPLE =
  /\b(?:fifth|sixth|seventh|eighth|ninth|tenth|twentieth|hundredth)s?\b|\b(?:doubl|tripl|quadrupl|halv)(?:e|ed|es|ing)\b|\btwice\b/i;
function asksHowMany(plan: QueryPlan): boolean {
  return plan.words.some((w, i) => w === "how" && plan.words[i + 1] === "many");
}

/** Whether a fact names a place (a city, a venue, a waterway), not only a country. */
function namesAPlace(match: Match, kb: KnowledgeBase): boolean {
  return match.indexed.fact.entities.some((id) => kb.entity(id)?.kind === "place");
}
