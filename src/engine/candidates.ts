import { getOrCreate } from "./collections.ts";
import type { Reading } from "./context.ts";
import type { KnowledgeBase } from "./knowledge.ts";
import { DETERMINERS, ORDINAL_WORDS, PLURAL_DETERMINERS, STOPWORDS } from "./language/lexicon.ts";
import { stemOf, wordsOf } from "./language/normalize.ts";
import { isNounOfAnAct, isVerb } from "./language/thesaurus.ts";
import { CALENDAR_WORDS, MONTHS } from "./language/time.ts";
import type { QueryPlan, Term } from "./query.ts";
import { candidates } from "./retrieve.ts";
import type { DialogueTurn, Entity, Event, Fact } from "./schema.ts";
import { type Match, MENTION_WEIGHT, score, scoringContext, termMatch } from "./score.ts";
import { askedDateIn, asksHowLongItIs, fitsDate, statesLength } from "./score-time.ts";
import { type Understanding, understand } from "./understand.ts";

/**
 * Stage 3 of answering: what could answer. Facts, scored on the question's names and words (see
 * retrieve.ts for how retrieval bounds its cost), and, for a question about a meeting as a whole,
 * the events it may mean.
 */
export interface Candidates {
  matches: Match[];
  /** Events the question may be about, best first (overview questions only). */
  events: Event[];
  /** More than one event fitted equally well: the answer says which one it took. */
  eventChoice: "named" | "referred" | "latest" | "story";
}

export function findCandidates(
  read: Reading & { kind: "read" },
  kb: KnowledgeBase,
  /** The coverage below which no fact can be answered with (see `candidateFloor`). */
  floor: number,
): Candidates {
  const { plan, time, intent, sources } = read.understanding;
  if (read.told)
    return {
      matches: toldMatches(read.told, read.understanding, kb, floor),
      events: [],
      eventChoice: "named",
    };
  const found = candidates(plan, kb, {
    threshold: floor,
    exclude: read.exclude,
    time,
    sources,
    event: read.within?.event,
  });
  // "The other minister who was quoted": the meeting's facts only, none naming the one asked about.
  const within = read.within;
  const matches = within
    ? found.filter(
        (m) =>
          m.indexed.fact.event === within.event &&
          !m.indexed.fact.entities.some((e) => within.without.has(e)),
      )
    : found;
  if (intent !== "overview" && intent !== "source" && intent !== "attendance" && intent !== "quoted")
    return { matches, events: [], eventChoice: "named" };
  const referred = read.event ? kb.event(read.event) : undefined;
  // "And the whole story?" after a question about one meeting: that meeting's story.
  if (read.event && !(referred && read.understanding.wholeStory)) {
    return { matches, events: referred ? [referred] : [], eventChoice: "referred" };
  }
  const named = referred
    ? { events: [referred], eventChoice: "referred" as const }
    : settledByFacts(eventsFor(read, kb), matches, kb);
  // "The latest on X", "the whole X saga" name a topic: its facts' meetings, when no meeting's title has it.
  // (A topic the store never speaks of is in none of its facts: those facts would be a guess.)
  const aboutTopic =
    (!!read.understanding.newsOf || !!read.understanding.wholeStory) && !read.understanding.unknownTopic;
  // "Who covered the Paso Canoas border post deal?": a thing no meeting has among its people or in
  // its title is a thing a meeting's facts speak of; the article that told it is theirs.
  const toldOf =
    named.events.length === 0 && named.eventChoice === "named" && (intent === "source" || intent === "quoted")
      ? eventsOfFacts(matches, read.understanding.order === "oldest", kb)
      : undefined;
  // "The whole Laos–Cambodia border demarcation story": a thing named that no meeting has among its
  // people (the border, the dispute) leaves no meeting named; the story is that of the facts that
  // name it, its newest (or, asked for, oldest) first.
  const untold = aboutTopic && named.events.length === 0 && named.eventChoice === "named" && !referred;
  const ofNamed = untold ? meetingsOfThingsNamed(plan, read.understanding.order === "oldest", kb) : undefined;
  const described = untold && !ofNamed ? meetingsOfStoryDescribed(plan, kb) : undefined;
  // (The meetings of a story its record describes are the whole story: their topics need not join them.)
  if (described && read.understanding.wholeStory && described.size > 1)
    return { matches, events: inDateOrder(described, true, kb), eventChoice: "story" };
  const ofThing =
    ofNamed ??
    (described
      ? {
          events: inDateOrder(described, read.understanding.order === "oldest", kb),
          eventChoice: described.size > 1 ? ("latest" as const) : ("named" as const),
        }
      : undefined);
  const chosen = ofThing
    ? ofThing
    : named.events.length === 0 && named.eventChoice === "latest"
      ? aboutTopic
        ? eventsOfFacts(matches, read.understanding.order === "oldest", kb)
        : {
            events: [...kb.eventsByDate(read.understanding.order === "oldest")],
            eventChoice: "latest" as const,
          }
      : toldOf && toldOf.eventChoice === "named"
        ? toldOf
        : named;
  const events = sources ? reportedBy(sources, chosen, read.understanding.order === "oldest", kb) : chosen;
  // Nothing chose a meeting, and the topic asked is unknown: verify refuses; no story is built on a guess.
  if (read.understanding.unknownTopic && events.eventChoice === "latest") return { matches, ...events };
  if (read.understanding.wholeStory) {
    // (Several meetings the question's words name alike: the story is the one most of them are in.)
    const alike = events.eventChoice === "latest" && events === named ? meetingsAsked(read, kb) : [];
    return { matches, ...wholeStoryOf(events, kb, alike) };
  }
  return {
    matches,
    ...(read.understanding.order === "latest"
      ? newestTold(oneStorysTie(events, kb), matches, plan, kb)
      : events),
  };
}

/**
 * "What were the February housing talks about?" where two February meetings have the question's
 * words in their title, place or topics (the housing fund's title, the "Rustaveli Energy House"
 * of another): the month's meetings the words scored alike, of different stories, are told apart
 * by the facts: the meeting that has most of those leading on the question, the very best among them.
 */
function settledByFacts(
  chosen: Pick<Candidates, "events" | "eventChoice"> & { tied?: number },
  matches: readonly Match[],
  kb: KnowledgeBase,
): Pick<Candidates, "events" | "eventChoice"> {
  const { tied, ...events } = chosen;
  if (!tied || tied < 2) return events;
  const even = chosen.events.slice(0, tied);
  // (Meetings of one story tie as its rounds: the latest of them is meant unless one is named.)
  if (even.some((event, i) => even.slice(i + 1).some((other) => sameStory(event, other, kb)))) return events;
  const level = new Set(even.map((event) => event.id));
  const leading = matches
    .filter((m) => level.has(m.indexed.fact.event ?? "") && m.coverage >= SETTLING_COVERAGE)
    .slice(0, SETTLING_FACTS);
  const [best] = leading;
  if (!best) return events;
  const own = leading.filter((m) => m.indexed.fact.event === best.indexed.fact.event).length;
  if (own * 2 <= leading.length) return events;
  const first = chosen.events.find((event) => event.id === best.indexed.fact.event)!;
  return { events: [first, ...chosen.events.filter((event) => event !== first)], eventChoice: "named" };
}
const sameStory = (a: Event, b: Event, kb: KnowledgeBase) =>
  inStoryWith(a, kb, (other) => other === b).length > 0;

/** How much of the question a fact that has a say must have. */
const SETTLING_COVERAGE = 0.75;
/** How many of the leading facts have a say. */
const SETTLING_FACTS = 5;

/**
 * The candidates of a reading within its conversation: "who refused?" right after "what did
 * Thailand ask for?" among the facts about that (`onTopic`, what the context bound the follow-up
 * to), and "lol where was Thailand?" after "who came to the George Town talks?", of facts that fit
 * as well, the George Town meeting's (`keptToTheMeeting`).
 */
export function candidatesInContext(
  read: Reading & { kind: "read" },
  onTopic: ((fact: Fact | undefined) => boolean) | undefined,
  previous: DialogueTurn | undefined,
  /** The question as asked starts a new topic (`Understanding.switchesTopic`). */
  switched: boolean,
  kb: KnowledgeBase,
  /** The coverage below which no fact can be answered with (see `candidateFloor`). */
  floor: number,
): Candidates {
  const candidates = findCandidates(read, kb, floor);
  const topical = onTopic
    ? { ...candidates, matches: candidates.matches.filter((m) => onTopic(m.indexed.fact)) }
    : candidates;
  const threaded = { ...topical, matches: onTheThread(read, topical.matches, previous, switched, kb) };
  return { ...threaded, matches: keptToTheMeeting(read, threaded.matches, previous, switched, kb) };
}

const ORDINALS: ReadonlySet<string> = new Set(ORDINAL_WORDS);

/**
 * Words after which the next one is a noun ("the delay", "how many planes"), whatever else it may
 * be: a determiner, singular or plural, and the question words that ask of a noun.
 */
const NOUN_BEFORE: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...PLURAL_DETERMINERS,
  "many",
  "much",
  "which",
  "what",
]);

/**
 * "Who paid?" right after "how much did the satellite maps cost?" names nothing of its own: what
 * was paid for is what the previous question asked about, so a fact of the same meeting that says
 * who pays for something else (a border pillar) drifts off the thread, however well its words fit.
 * Such a bare follow-up is answered only by a fact that carries one of the previous question's own
 * words (names aside: the meeting's every fact has those) or by what was just told; with none, the
 * reading finds nothing and the next one (what was just told) is tried.
 */
function onTheThread(
  read: Reading & { kind: "read" },
  matches: readonly Match[],
  turn: DialogueTurn | undefined,
  switched: boolean,
  kb: KnowledgeBase,
): Match[] {
  const previous = read.onTopic ? read.previous : namesOnlyTheTurnsParties(read, turn, switched, kb);
  if (read.reading || !previous || matches.length === 0) return [...matches];
  // ("Why the delay?", "who opened the meeting?" name a thing of their own, which may be the
  // meeting's and nothing of what was asked before: only a bare verb leaves its object unsaid.)
  const { terms, words } = read.understanding.plan;
  // (An ordinal, "next" or "last" comes before a noun too.)
  const nounFollows = (word: string) =>
    NOUN_BEFORE.has(word) || ORDINALS.has(word) || word === "next" || word === "last";
  const bareVerb = (term: Term) =>
    !nounFollows(words[term.position - 1] ?? "") && isVerb(term.typed ?? term.word);
  // (A thing named may leave no term of its own: "the first round" is read as a meeting asked.)
  const namesAThing = words.some((word, i) => i > 0 && nounFollows(words[i - 1]!) && !STOPWORDS.has(word));
  if (namesAThing || !terms.every((term) => term.weight < 1 || bareVerb(term))) return [...matches];
  const own = new Set<string>();
  for (const term of terms) for (const stem of term.alternatives.keys()) own.add(stem);
  const thread = understand(previous.question, kb)
    .plan.terms.filter((term) => term.weight >= 1 && term.kinds.length === 0 && !term.timeWord)
    .map((term) => [...term.alternatives.keys()])
    .filter((stems) => !stems.some((stem) => own.has(stem)));
  if (thread.length === 0) return [...matches];
  const told = new Set(previous.facts);
  // (A question that names the turn's parties itself is not kept to the thread by those names.)
  const named = new Set(read.onTopic ? previous.mentions.map((mention) => mention.entity) : []);
  // What was just told carries the thread too: its own words, not the question's, nor its names
  // (a story names its countries in most of its facts; what was told is what was said of them).
  const toldWords = new Set<string>();
  for (const id of previous.facts)
    for (const token of (kb.fact(id)?.fact.statement ?? "").split(/[^\p{L}\p{N}]+/u))
      if (token && token[0] === token[0]!.toLowerCase())
        for (const word of wordsOf(token))
          if (!STOPWORDS.has(word) && !own.has(stemOf(word))) toldWords.add(stemOf(word));
  // (The fact's own sentence, not its keywords: a pillar's "cost" keyword is not the maps' cost.)
  return matches.filter((m) => {
    const fact = m.indexed.fact;
    if (told.has(fact.id) || fact.entities.some((e) => named.has(e))) return true;
    const said = new Set(wordsOf(fact.statement).map(stemOf));
    return (
      thread.some((stems) => stems.some((stem) => said.has(stem))) || [...toldWords].some((w) => said.has(w))
    );
  });
}

/**
 * "Did Cambodia answer?" right after what Laos asked Cambodia for names its own party, so it is not
 * read against the turn, yet it names no one the turn did not: the answer it asks about is to what
 * was just discussed, not Cambodia's answer (or request) in another story. The turn, when the
 * question asks whether or why, names one party, that party is one of the turn's own (its
 * names or its facts'), and the question does not say a new topic starts.
 */
function namesOnlyTheTurnsParties(
  read: Reading & { kind: "read" },
  turn: DialogueTurn | undefined,
  switched: boolean,
  kb: KnowledgeBase,
): DialogueTurn | undefined {
  const { mentions, kind } = read.understanding.plan;
  // ("What did Pinzón say?" asks for the saying itself, whatever it was about: only a question
  // that leaves the act's object unasked, whether or why it was done, takes it from the thread.)
  if (kind !== "yesno" && kind !== "why") return undefined;
  // (One party named leaves the act's other side to the thread; "why did Aliyev receive Sarybay in
  // Baku?" names every side itself and is asked the same in any conversation.)
  if (!turn || switched || read.previous || mentions.length !== 1) return undefined;
  const parties = new Set([...turn.entities, ...turn.mentions.map((m) => m.entity)]);
  for (const id of turn.facts) for (const e of kb.fact(id)?.fact.entities ?? []) parties.add(e);
  // (The meeting's own parties too: "why did Tunisia accept that?" after where the plant will be
  // built names one of the two that met, though the fact told of the plant does not.)
  for (const p of (turn.event ? kb.event(turn.event)?.participants : undefined) ?? []) parties.add(p.entity);
  return mentions.every((m) => m.entityIds.some((id) => parties.has(id))) ? turn : undefined;
}

/** Facts within this much coverage of the best one tie: the question alone does not decide. */
const TIED = 0.03;

/**
 * Question kinds that ask one detail (a place, a reason, a time): facts of other meetings that fit
 * as well are rivals, where facts that tie for "what did they say?" are items of one list.
 */
const ONE_DETAIL: ReadonlySet<QueryPlan["kind"]> = new Set(["where", "why", "when"]);

/**
 * "Lol where was Thailand?" right after "who came to the George Town talks?": of the facts that fit
 * the question equally well, the ones of the meeting just discussed, not another meeting's. Only
 * for a question read on its own words that asks one detail at no time of its own (a comparison of
 * two accounts or one answer per meeting wants the other meetings' facts), only among those that
 * tie for the best (a better fact of another meeting still wins), and not after "ok different
 * question, …", which leaves the conversation behind.
 */
function keptToTheMeeting(
  read: Reading & { kind: "read" },
  matches: readonly Match[],
  previous: DialogueTurn | undefined,
  /** The question as asked starts a new topic (`Understanding.switchesTopic`). */
  switched: boolean,
  kb: KnowledgeBase,
): Match[] {
  const [top] = matches;
  const { intent, plan, comparison, time, perMeeting } = read.understanding;
  if (top && previous && plan.kind === "who" && intent === "fact" && !comparison && !time && !perMeeting)
    return closestToWhatWasTold(read, matches, previous, switched, kb);
  const oneDetail = intent === "fact" && ONE_DETAIL.has(plan.kind) && !comparison && !time && !perMeeting;
  if (!top || !previous?.event || read.reading || !oneDetail || switched) return [...matches];
  const tied = matches.filter((m) => m.coverage >= top.coverage - TIED);
  const ofMeeting = tied.filter((m) => m.indexed.fact.event === previous.event);
  if (ofMeeting.length === 0 || ofMeeting.length === tied.length) return [...matches];
  // (Those that tie but are another meeting's go; a Set, not a search of the list per match.)
  const elsewhere = new Set(tied.filter((m) => m.indexed.fact.event !== previous.event));
  return matches.filter((m) => !elsewhere.has(m));
}

/**
 * "Who said no?" right after what Thailand asked for: of the facts that fit the question equally
 * well, the ones that share the most names with what the answer just told (the refusal of
 * Thailand's request over the Andaman Sea, not Indonesia's refusal at another meeting). A who-answer
 * may list everyone who did it, so the meeting alone does not decide, as it does for a place or a
 * day: only names in common with what was told, at least two, and more than the others that tie.
 */
function closestToWhatWasTold(
  read: Reading & { kind: "read" },
  matches: readonly Match[],
  previous: DialogueTurn,
  switched: boolean,
  kb: KnowledgeBase,
): Match[] {
  const [top] = matches;
  if (!top || read.reading || previous.facts.length === 0 || switched) return [...matches];
  const told = new Set<string>();
  for (const id of previous.facts) for (const e of kb.fact(id)?.fact.entities ?? []) told.add(e);
  const tied = matches.filter((m) => m.coverage >= top.coverage - TIED);
  const shared = (m: Match) => m.indexed.fact.entities.filter((e) => told.has(e)).length;
  const most = Math.max(...tied.map(shared));
  const closest = tied.filter((m) => shared(m) === most);
  if (most < 2 || closest.length === tied.length) return [...matches];
  const others = new Set(tied.filter((m) => shared(m) < most));
  return matches.filter((m) => !others.has(m));
}

/**
 * "Summarize the Kura Valley Courier article": the meetings that outlet reported, among those the
 * question chose if any are; an outlet's only article names its meeting.
 */
function reportedBy(
  sources: ReadonlySet<string>,
  chosen: Pick<Candidates, "events" | "eventChoice">,
  oldestFirst: boolean,
  kb: KnowledgeBase,
): Pick<Candidates, "events" | "eventChoice"> {
  const among = chosen.events.filter((event) => sources.has(event.source));
  const events = among.length > 0 ? among : kb.eventsByDate(oldestFirst).filter((e) => sources.has(e.source));
  if (events.length === 0) return chosen;
  return { events, eventChoice: events.length > 1 ? chosen.eventChoice : "named" };
}

/**
 * "What happened with the fungus?" where no meeting's title, place or topics has the question's
 * words but facts do: the meetings of the facts that match best, the newest
 * (or, asked for, the oldest) first. With no such fact, every meeting (as for "what happened?").
 */
function eventsOfFacts(
  matches: readonly Match[],
  oldestFirst: boolean,
  kb: KnowledgeBase,
): Pick<Candidates, "events" | "eventChoice"> {
  const best = matches.reduce((most, match) => Math.max(most, match.coverage), 0);
  const events = new Set<Event>();
  for (const match of matches) {
    if (match.coverage < best * SAME_THING) continue;
    const event = match.indexed.fact.event ? kb.event(match.indexed.fact.event) : undefined;
    if (event) events.add(event);
  }
  if (events.size === 0) return { events: [...kb.eventsByDate(oldestFirst)], eventChoice: "latest" };
  const ordered = inDateOrder(events, oldestFirst, kb);
  return { events: ordered, eventChoice: ordered.length > 1 ? "latest" : "named" };
}

/** "Recap the whole saga": the meetings of the story the question names, oldest first. */
function wholeStoryOf(
  chosen: Pick<Candidates, "events" | "eventChoice">,
  kb: KnowledgeBase,
  alike: readonly Event[],
): Pick<Candidates, "events" | "eventChoice"> {
  // Of meetings tied on the question's words, the newest: the story's, when they are one story's.
  const [first] = chosen.events;
  if (!first) return chosen;
  let story = [first, ...storyAsAWhole(first, kb)];
  // "The whole salt and timber saga" names its three rounds and its signing alike: the newest,
  // the signing, may share its topics only with another story's signing. The
  // story is the one that holds most of the meetings named alike, and a meeting named alike that
  // it leaves out joins it when they share two parties (the signing of the rounds' two countries).
  if (alike.length > 1) {
    let most = alike.filter((event) => story.includes(event)).length;
    for (const event of alike) {
      if (story.includes(event)) continue;
      const theirs = [event, ...storyAsAWhole(event, kb)];
      const held = alike.filter((other) => theirs.includes(other)).length;
      if (held > most) {
        most = held;
        story = theirs;
      }
    }
    for (const event of alike) {
      if (!story.includes(event) && story.some((other) => partiesShared(event, other) >= STORY_SHARES))
        story.push(event);
    }
  }
  if (story.length < 2) return chosen;
  return { events: story.sort((a, b) => a.date.localeCompare(b.date)), eventChoice: "story" };
}

/** How many participants two meetings share. */
function partiesShared(a: Event, b: Event): number {
  return a.participants.filter((p) => b.participants.some((q) => q.entity === p.entity)).length;
}

/** A fact this close to the best one speaks of the same thing. */
const SAME_THING = 0.9;

/**
 * "What's the latest on the fishing pact?" where the pact's signing and a later round name it alike:
 * meetings of one story that tie on the question's words are that story, not a choice among the
 * store's meetings; its newest is then where it stands.
 */
function oneStorysTie(
  chosen: Pick<Candidates, "events" | "eventChoice">,
  kb: KnowledgeBase,
): Pick<Candidates, "events" | "eventChoice"> {
  const [first, second] = chosen.events;
  if (chosen.eventChoice !== "latest" || !first || !second || !storyAsAWhole(first, kb).includes(second))
    return chosen;
  return { ...chosen, eventChoice: "named" };
}

/**
 * "What's the latest on the oil-spill plan?": the meeting naming the plan may be the first of a story
 * whose later articles call it by other names (the agreement it became). Where the story stands now
 * is its newest meeting: the newest of the later meetings of the same story, and of those of the facts
 * that match the question best.
 */
function newestTold(
  chosen: Pick<Candidates, "events" | "eventChoice">,
  matches: readonly Match[],
  plan: QueryPlan,
  kb: KnowledgeBase,
): Pick<Candidates, "events" | "eventChoice"> {
  const [first] = chosen.events;
  if (!first || chosen.eventChoice !== "named") return chosen;
  let newest = first;
  for (const event of storyAsAWhole(first, kb)) {
    if (event.date > newest.date) newest = event;
  }
  // "The latest on the Colombo communiqué": a document or project named, that takes part in no
  // meeting, is spoken of at meetings after the one whose title has it (the council that later
  // revised its figures). Where it stands is the newest meeting with a fact that names it.
  for (const id of thingsNamed(plan, kb)) {
    for (const indexed of kb.factsAbout(id)) {
      const event = indexed.fact.event ? kb.event(indexed.fact.event) : undefined;
      if (event && event.date > newest.date) newest = event;
    }
  }
  const best = matches.reduce((most, match) => Math.max(most, match.coverage), 0);
  for (const match of best >= SAME_THING ? matches : []) {
    if (match.coverage < best * SAME_THING) continue;
    const event = match.indexed.fact.event ? kb.event(match.indexed.fact.event) : undefined;
    if (event && event.date > newest.date) newest = event;
  }
  if (newest === first) return chosen;
  return { ...chosen, events: [newest, ...chosen.events.filter((e) => e !== newest)] };
}

/**
 * The meetings whose facts name what the question names, when every name it asks takes part in no
 * meeting; undefined when one does (a party the meetings have is asked of some other meeting) or
 * no fact names them.
 */
function meetingsOfThingsNamed(
  plan: QueryPlan,
  oldestFirst: boolean,
  kb: KnowledgeBase,
): Pick<Candidates, "events" | "eventChoice"> | undefined {
  const index = eventIndex(kb);
  const ids = plan.mentions.flatMap((mention) => mention.entityIds);
  if (ids.length === 0 || ids.some((id) => index.byParticipant.has(id))) return undefined;
  const events = new Set<Event>();
  for (const id of ids) {
    for (const indexed of kb.factsAbout(id)) {
      const event = indexed.fact.event ? kb.event(indexed.fact.event) : undefined;
      if (event) events.add(event);
    }
  }
  if (events.size === 0) return undefined;
  const ordered = inDateOrder(events, oldestFirst, kb);
  return { events: ordered, eventChoice: ordered.length > 1 ? "latest" : "named" };
}

/**
 * "The latest on the Lindqvist–Mora fisheries row": a story the store records as a thing of its own
 * (a dispute, a saga) that no fact and no meeting names. Its record says who and what it is about
 * (the two countries, the harbours closed); its meetings are those that have at least two of them
 * among their people and a word of its name in their title or topics. Undefined when the question
 * names anything else, the record names too few, or no meeting has them.
 */
function meetingsOfStoryDescribed(plan: QueryPlan, kb: KnowledgeBase): ReadonlySet<Event> | undefined {
  const index = eventIndex(kb);
  const ids = plan.mentions.flatMap((mention) => mention.entityIds);
  if (ids.length !== 1) return undefined;
  const thing = kb.entity(ids[0]!);
  if (!thing || !STORY_SUBJECT_KINDS.has(thing.kind) || index.byParticipant.has(thing.id)) return undefined;
  if (!kb.factsAbout(thing.id).next().done) return undefined;
  const about = new Set(
    understand(`${thing.name}. ${thing.description}`, kb)
      .plan.mentions.flatMap((mention) => mention.entityIds)
      .filter((id) => id !== thing.id),
  );
  if (about.size < STORY_SHARES) return undefined;
  const held = new Map<Event, number>();
  for (const id of about) {
    for (const event of index.byParticipant.get(id) ?? []) held.set(event, (held.get(event) ?? 0) + 1);
  }
  // (Two countries meet over many things: a meeting of this story also has in its title or topics
  // a word of the thing's own name, "consulate" of "the consulate dispute".)
  const named = new Set<Event>();
  for (const word of wordsOf(thing.name.replace(CAPITALISED_WORDS, " "))) {
    if (STOPWORDS.has(word)) continue;
    for (const event of index.byStem.get(stemOf(word)) ?? []) named.add(event);
  }
  const events = new Set(
    [...held].filter(([event, count]) => count >= STORY_SHARES && named.has(event)).map(([event]) => event),
  );
  return events.size > 0 ? events : undefined;
}

/** A name within a name ("Norvik" of "the Norvik–Castel row"): the record's people, not its words. */
const CAPITALISED_WORDS = /\p{Lu}[\p{L}'’]*/gu;

/** Kinds of thing whose news is told at meetings rather than made by them: a document, a project. */
const THING_KINDS: ReadonlySet<string> = new Set(["initiative", "other"]);

/** The things a question names (not a party to any meeting: a document, a project), by id. */
function thingsNamed(plan: QueryPlan, kb: KnowledgeBase): string[] {
  const index = eventIndex(kb);
  return plan.mentions.flatMap((mention) =>
    mention.entityIds.length === 1 &&
    THING_KINDS.has(kb.entity(mention.entityIds[0]!)?.kind ?? "") &&
    !index.byParticipant.has(mention.entityIds[0]!)
      ? [mention.entityIds[0]!]
      : [],
  );
}

/** The meetings of the given one's story, oldest first (it alone when it has no story). */
export function storyMeetings(event: Event, kb: KnowledgeBase): Event[] {
  return [event, ...inStoryWith(event, kb, () => true)].sort((a, b) => a.date.localeCompare(b.date));
}

/** Participants, and topics, two meetings share to be one story's. */
const STORY_SHARES = 2;

/**
 * Other meetings of the same story as the given one (those `keep` keeps): at least two of its
 * participants and two of its topics ("oil spills", "Strait of Malacca"), as the curators named them.
 * Where the two meetings share someone who is no country (a person or a body such as the
 * commission that meets), a topic named more fully at one of them is the same topic ("polders",
 * "flood polders"): each of the other meeting's topics is met once, by one of its own.
 */
export function inStoryWith(event: Event, kb: KnowledgeBase, keep: (other: Event) => boolean): Event[] {
  const index = eventIndex(kb);
  // (Each meeting's story is worked out once per version of the store: many questions ask it.)
  let story = index.story.get(event);
  if (!story) {
    story = storyOf(event, kb, index);
    index.story.set(event, story);
  }
  return story.filter(keep);
}

function storyOf(event: Event, kb: KnowledgeBase, index: EventIndex): Event[] {
  const shared = new Map<Event, number>();
  // Meetings sharing someone who is no country with this one: counted as a second tally above it.
  for (const { entity } of event.participants) {
    const kept = kb.entity(entity)?.kind !== "country" ? STORY_KEEPER : 1;
    for (const other of index.byParticipant.get(entity) ?? []) {
      if (other !== event) shared.set(other, (shared.get(other) ?? 0) + kept);
    }
  }
  const topics = topicStemsOf(event, index);
  const later: Event[] = [];
  for (const [other, tally] of shared) {
    const keepers = Math.floor(tally / STORY_KEEPER);
    if (keepers + (tally % STORY_KEEPER) < STORY_SHARES) continue;
    const fuller = keepers > 0;
    const theirs = topicStemsOf(other, index);
    let common = 0;
    let used = 0;
    for (const topic of theirs) {
      const i = topics.findIndex(
        (own, k) => (used & (1 << k)) === 0 && (fuller ? sameTopic(own, topic) : sameWords(own, topic)),
      );
      if (i < 0) continue;
      if (i < 31) used |= 1 << i;
      common++;
    }
    if (common >= STORY_SHARES) later.push(other);
  }
  return later;
}

/**
 * The meetings of a story as a member asks for it as a whole ("the latest on …", "the whole saga"):
 * those `inStoryWith` joins, and those that have among their people the same thing the story is
 * about, the agreement being carried out, the nomination, the satellite, the summit. The articles
 * after the first call its steps by other topics ("review postponed" after "sanctions relief"), so
 * their topics do not join them. (Only here: a later meeting's figure taken as the thing's newest
 * elsewhere needs the topics shared.)
 */
function storyAsAWhole(event: Event, kb: KnowledgeBase): Event[] {
  const index = eventIndex(kb);
  const story = inStoryWith(event, kb, () => true);
  const joined = new Set(story);
  for (const { entity } of event.participants) {
    if (!STORY_SUBJECT_KINDS.has(kb.entity(entity)?.kind ?? "")) continue;
    for (const other of index.byParticipant.get(entity) ?? []) {
      if (other !== event && !joined.has(other)) joined.add(other);
    }
  }
  return joined.size === story.length ? story : [...joined];
}

/** Kinds of thing a meeting's people may include that a story is about (not a party acting in it). */
const STORY_SUBJECT_KINDS: ReadonlySet<string> = new Set(["initiative", "other", "event"]);

/** Large enough that a meeting's count of shared people and bodies and of shared countries stay apart. */
const STORY_KEEPER = 1_000;

/**
 * Each topic of a meeting as the stems of its content words, read once per event and kept in the
 * event index: curators name one thing differently from one article to the next ("polders" in
 * July, "flood polders" in March; "first train" then "first train delayed"), so two topics are one
 * where every content word of one is in the other, not only where they are spelled alike.
 */
function topicStemsOf(event: Event, index: EventIndex): readonly (readonly string[])[] {
  let stems = index.topicStems.get(event);
  if (!stems) {
    stems = event.topics.map((topic) =>
      // (A topic with a name in it, "Mauritius", "Mekong", "Georgia–Armenia relations", is one
      // only as spelled: a country's name is in many stories' topics.)
      NAMED_TOPIC.test(topic)
        ? [topic.toLowerCase()]
        : [
            ...new Set(
              wordsOf(topic)
                .filter((w) => !STOPWORDS.has(w))
                .map(stemOf),
            ),
          ],
    );
    index.topicStems.set(event, stems);
  }
  return stems;
}

/** A capital letter: the topic names someone or somewhere. */
const NAMED_TOPIC = /\p{Lu}/u;

/** A topic spelled alike at both meetings. */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((stem, i) => stem === b[i]);
}

/** One topic's content stems all in the other's (the shorter name read as the longer's part). */
function sameTopic(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((stem) => long.includes(stem));
}

/**
 * The question's words an event's title, place or topics may have: each as its stems, the word as
 * read and as typed where they differ ("the roseau talks about the building code" reads "talks
 * about" as "discuss", while the title says "talks"). A word either way counts once.
 */
type AskedWords = readonly (readonly string[])[];

function eventWordsAsked(terms: readonly Term[], askingWords: ReadonlySet<string> | undefined): AskedWords {
  const words: string[][] = [];
  const seen = new Set<string>();
  for (const term of terms) {
    if (term.weight < 1) continue;
    const stems = [stemOf(term.word)];
    if (term.typed) stems.push(stemOf(term.typed));
    // ("Recap" asks for the overview: no word of the meeting's.)
    if (askingWords?.has(stems[0]!)) continue;
    const own = stems.filter(
      (stem, i) => !seen.has(stem) && !askingWords?.has(stem) && stems.indexOf(stem) === i,
    );
    for (const stem of own) seen.add(stem);
    if (own.length > 0) words.push(own);
  }
  return words;
}

/** The events whose title, place or topics have the word (any of its stems). */
function eventsWithWord(index: EventIndex, word: readonly string[]): ReadonlySet<Event> {
  if (word.length === 1) return index.byStem.get(word[0]!) ?? NO_EVENTS;
  const found = new Set<Event>();
  for (const stem of word) for (const event of index.byStem.get(stem) ?? []) found.add(event);
  return found;
}

const NO_EVENTS: ReadonlySet<Event> = new Set();

/**
 * The events a question names (by a participant, a place or its title's words), best first;
 * with nothing named, the most recent ones.
 */
/**
 * The meetings a question names by its names, words and date, as an overview would choose them:
 * the one that fits best, or, where several fit equally well, each of those (newest first).
 * Nothing when no meeting has every name asked.
 */
export function meetingsAsked(read: Reading & { kind: "read" }, kb: KnowledgeBase): readonly Event[] {
  const chosen = eventsFor(read, kb);
  if (chosen.eventChoice !== "latest") return chosen.events.slice(0, 1);
  const { plan, askingWords } = read.understanding;
  const score = eventScorer(
    new Set(plan.mentions.flatMap((m) => m.entityIds)),
    eventWordsAsked(plan.terms, askingWords),
    kb,
    new Set(),
    typedLengths(plan.mentions),
  );
  const [first] = chosen.events;
  if (!first) return [];
  const top = score(first);
  return chosen.events.filter((event) => score(event) === top);
}

function eventsFor(
  read: Reading & { kind: "read" },
  kb: KnowledgeBase,
): Pick<Candidates, "events" | "eventChoice"> & { tied?: number } {
  const { plan } = read.understanding;
  const named = new Set(plan.mentions.flatMap((m) => m.entityIds));
  const found = eventsNamed(read, named, kb);
  // "The November meeting on the causeway's middle island": a meeting the store knows as "the
  // November meeting" is another story's when no meeting has it and the rest of what is named;
  // then the words say only the month, which the rest of the question's meeting is held in.
  if (found.events.length > 0 || plan.mentions.length < 2) return found;
  const byMonth = plan.mentions.filter(
    (m) =>
      MONTH_MEETING_NAME.test(m.text.toLowerCase()) &&
      m.entityIds.every((id) => kb.entity(id)?.kind === "event"),
  );
  if (byMonth.length === 0 || byMonth.length === plan.mentions.length) return found;
  const rest = new Set(plan.mentions.filter((m) => !byMonth.includes(m)).flatMap((m) => m.entityIds));
  return eventsNamed(read, rest, kb);
}

/** A stem of a day's words: a number, a month or a weekday. */
const CALENDAR_STEMS: ReadonlySet<string> = new Set([...CALENDAR_WORDS].map(stemOf));

function isCalendarStem(stem: string): boolean {
  return STARTS_WITH_DIGIT.test(stem) || CALENDAR_STEMS.has(stem);
}

const STARTS_WITH_DIGIT = /^\d/;

/** A meeting's name that is only its month and a word for a meeting: "the November meeting". */
const MONTH_MEETING_NAME = new RegExp(
  `^(?:the )?(?:${MONTHS.join("|").toLowerCase()})(?: \\d{4})? (?:meeting|talks|round|session|summit|signing)s?$`,
);

function eventsNamed(
  read: Reading & { kind: "read" },
  named: ReadonlySet<string>,
  kb: KnowledgeBase,
): Pick<Candidates, "events" | "eventChoice"> & { tied?: number } {
  const { plan, askingWords } = read.understanding;
  const words = eventWordsAsked(plan.terms, askingWords);
  const oldestFirst = read.understanding.order === "oldest";
  const byDate = kb.eventsByDate(oldestFirst);
  // "What happened on 17 April 2024?": the events of that day (or month, or year).
  const asked = askedDateIn(plan.text);
  // (A name asked in common words, "the committee", is as common in the meetings as in the question.)
  const namedInCommonWords = new Set(
    plan.mentions.filter((m) => GENERIC_ALIAS.test(m.text.toLowerCase())).flatMap((m) => m.entityIds),
  );
  const eventScore = eventScorer(named, words, kb, namedInCommonWords, typedLengths(plan.mentions));
  if (asked) {
    // With names as well ("the Ghana–Japan summit in March 2025"), the day must be theirs.
    const within = named.size > 0 ? eventsThatCanScore(named, words, kb) : undefined;
    const onThatDate = byDate.filter(
      (event) =>
        fitsDate(asked, event.date) &&
        (named.size === 0 || ((!within || within.has(event)) && eventScore(event) >= named.size)),
    );
    // The day asked has chosen the meetings: its own words ("10", "February", "2026") are no words
    // of one of them, though a title may have its year ("2026 quota talks").
    const otherWords = words.filter((word) => !word.every(isCalendarStem));
    const otherScore =
      otherWords.length === words.length
        ? eventScore
        : eventScorer(named, otherWords, kb, namedInCommonWords, typedLengths(plan.mentions));
    if (onThatDate.length > 1 && (named.size > 0 || otherWords.length > 0)) {
      // "Recap the november video call", "the roseau talks in february": of that month's meetings,
      // the ones whose title, place or topics have the question's names and words come first; only
      // if none has them, or they tie, is it the newest.
      const scored = onThatDate.map((event) => ({ event, score: otherScore(event) }));
      const top = Math.max(...scored.map((s) => s.score));
      if (top > 0) {
        const ranked = scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score);
        const tied = ranked.length > 1 && ranked[1]!.score === top;
        return {
          events: ranked.map((s) => s.event),
          eventChoice: tied ? "latest" : "named",
          ...(tied ? { tied: ranked.filter((s) => s.score === top).length } : {}),
        };
      }
    }
    if (onThatDate.length > 0 || named.size === 0) {
      return { events: onThatDate, eventChoice: onThatDate.length > 1 ? "latest" : "named" };
    }
  }
  if (named.size === 0 && words.length === 0) return { events: [...byDate], eventChoice: "latest" };
  if (named.size === 0) {
    const one = onlyEventForWords(words, kb);
    if (one) return { events: [one], eventChoice: "named" };
  }
  if (named.size === 0) {
    const found = eventsForCommonWords(words, byDate, kb);
    if (found) return found;
  }
  const within = eventsThatCanScore(named, words, kb);
  // Only the events that score are kept: most of the store's do not, and would be garbage. A few
  // events from the index are put in date order themselves rather than found in the whole list.
  const scored: { event: Event; score: number }[] = [];
  const pool = within && within.size * 8 < byDate.length ? inDateOrder(within, oldestFirst, kb) : byDate;
  for (const event of pool) {
    if (within && !within.has(event)) continue;
    const score = eventScore(event);
    if (score > 0) scored.push({ event, score });
  }
  // Every name asked about must take part, or the question is about some other meeting.
  const full = scored.filter((e) => e.score >= named.size);
  if (named.size > 0 && full.length === 0) return { events: [], eventChoice: "named" };
  const best = (full.length > 0 ? full : scored).sort((a, b) => b.score - a.score);
  if (best.length === 0) return { events: [], eventChoice: "latest" };
  const tied = best.filter((e) => e.score === best[0]!.score).length > 1;
  return { events: best.map((e) => e.event), eventChoice: tied ? "latest" : "named" };
}

/**
 * What scoring every event on words alone gives, when one of the words is in every event ("the
 * meeting": every title says "meets"): every event scores, the same for that word, so the order is
 * the events the other words find, by how many they have, then all the rest, each group in date
 * order. Costs the other words' events and two passes over the list, not a score per event.
 * Undefined: no word is in every event.
 */
function eventsForCommonWords(
  words: AskedWords,
  byDate: readonly Event[],
  kb: KnowledgeBase,
): Pick<Candidates, "events" | "eventChoice"> | undefined {
  const index = eventIndex(kb);
  const all = index.position.size;
  if (all === 0 || byDate.length !== all) return undefined;
  let everywhere = 0;
  const hits = new Map<Event, number>();
  for (const word of words) {
    const events = eventsWithWord(index, word);
    if (events.size === 0) continue;
    if (events.size === all) everywhere++;
    else for (const event of events) hits.set(event, (hits.get(event) ?? 0) + 1);
  }
  if (everywhere === 0) return undefined;
  // Array.prototype.sort is stable: events with as many words stay in date order.
  // Picked from the list rather than sorted by date: the other words may be in half the events.
  const found = byDate.filter((event) => hits.has(event)).sort((a, b) => hits.get(b)! - hits.get(a)!);
  const top = found.length > 0 ? hits.get(found[0]!)! : 0;
  const rest = found.length > 0 ? byDate.filter((event) => !hits.has(event)) : [...byDate];
  const events = found.concat(rest);
  const tied = top === 0 ? events.length > 1 : found.length > 1 && hits.get(found[1]!) === top;
  return { events, eventChoice: tied ? "latest" : "named" };
}

/**
 * A superset of the events that can matter, from an index rather than a scan of every event (an
 * overview question would otherwise read the whole store's events): with names, the events where
 * each of them takes part or has the first word of one of its names in the event's words (an
 * event scoring below the number of names is never chosen, and words alone cannot make up a
 * name's point while there are fewer than ten); with words only, the events whose title, place or
 * topics have one. Undefined: every event must be scored.
 */
function eventsThatCanScore(
  named: ReadonlySet<string>,
  words: AskedWords,
  kb: KnowledgeBase,
): ReadonlySet<Event> | undefined {
  const index = eventIndex(kb);
  if (named.size === 0) {
    const found = new Set<Event>();
    for (const word of words)
      for (const stem of word) for (const event of index.byStem.get(stem) ?? []) found.add(event);
    return found;
  }
  if (words.length >= 10) return undefined;
  // Every name must score for an event to be chosen: the events all of them can reach.
  const perName = [...named].map((id) => {
    const found = new Set<Event>(index.byParticipant.get(id));
    const entity = kb.entity(id);
    for (const name of entity ? [entity.name, ...entity.aliases] : []) {
      const [first] = wordsOf(name);
      if (first) for (const event of index.byWord.get(first) ?? []) found.add(event);
    }
    return found;
  });
  perName.sort((a, b) => a.size - b.size);
  const [smallest, ...others] = perName;
  if (!smallest) return undefined;
  return others.length === 0
    ? smallest
    : new Set([...smallest].filter((event) => others.every((set) => set.has(event))));
}

/** A word in more events than this is common: looked up on the events rarer words found. */
const COMMON_EVENT_WORD = 1_000;

/**
 * "Summarise the meeting between Ponulzanul and Talniultal" with no names the store knows: the
 * one event its rarer words point to, when no event could tie with it on the common words
 * ("meeting", in every title) alone, found without scoring every event. Undefined: score them all.
 */
function onlyEventForWords(words: AskedWords, kb: KnowledgeBase): Event | undefined {
  const index = eventIndex(kb);
  const lists = words.map((word) => eventsWithWord(index, word));
  const common = lists.filter((events) => events.size > COMMON_EVENT_WORD);
  const rare = lists.filter((events) => events.size <= COMMON_EVENT_WORD);
  if (common.length === 0 || rare.length === 0) return undefined;
  const hits = new Map<Event, number>();
  for (const events of rare) for (const event of events) hits.set(event, (hits.get(event) ?? 0) + 1);
  let best: Event | undefined;
  let top = 0;
  let tied = false;
  for (const [event, rareHits] of hits) {
    const score = rareHits + common.filter((events) => events.has(event)).length;
    if (score > top) {
      top = score;
      best = event;
      tied = false;
    } else if (score === top) tied = true;
  }
  // An event with only the common words scores their number: it must not reach the best.
  return best && !tied && top > common.length ? best : undefined;
}

/** Events in the order of `kb.eventsByDate(oldestFirst)` (by date, ties in the store's order). */
function inDateOrder(events: ReadonlySet<Event>, oldestFirst: boolean, kb: KnowledgeBase): Event[] {
  const { position } = eventIndex(kb);
  const rank = (event: Event) => position.get(event) ?? 0;
  return [...events].sort((a, b) =>
    a.date === b.date
      ? rank(a) - rank(b)
      : oldestFirst
        ? a.date.localeCompare(b.date)
        : b.date.localeCompare(a.date),
  );
}

interface EventIndex {
  version: string;
  /** Each event's place among the newest-first events: among events of one day, the store's order. */
  position: Map<Event, number>;
  byParticipant: Map<string, Set<Event>>;
  /** Events by the words of their title, place and participants' roles and descriptions. */
  byWord: Map<string, Set<Event>>;
  /** Events by the stems of their title, place and topics. */
  byStem: Map<string, Set<Event>>;
  /** Each event's topics as their content stems, read when a story is first asked for. */
  topicStems: Map<Event, readonly (readonly string[])[]>;
  /** Each meeting's other meetings of its story (see `inStoryWith`), found when first asked. */
  story: Map<Event, Event[]>;
}

const eventIndexes = new WeakMap<KnowledgeBase, EventIndex>();

/** Built on the first overview question (or `warmEvents`), again after an event or entity changes. */
function eventIndex(kb: KnowledgeBase): EventIndex {
  const version = `${kb.entitiesVersion}/${kb.eventsVersion}`;
  const known = eventIndexes.get(kb);
  if (known?.version === version) return known;
  const index: EventIndex = {
    version,
    position: new Map(),
    byParticipant: new Map(),
    byWord: new Map(),
    byStem: new Map(),
    topicStems: new Map(),
    story: new Map(),
  };
  const cache = eventWordsOf(kb);
  const add = (map: Map<string, Set<Event>>, key: string, event: Event) =>
    getOrCreate(map, key, () => new Set()).add(event);
  for (const event of kb.eventsByDate(false)) {
    index.position.set(event, index.position.size);
    const { participants, described, text } = eventWords(event, kb, cache, kb.entitiesVersion);
    for (const id of participants) add(index.byParticipant, id, event);
    for (const word of described.split(" ")) if (word) add(index.byWord, word, event);
    for (const stem of text) add(index.byStem, stem, event);
  }
  eventIndexes.set(kb, index);
  return index;
}

/** Builds the overview questions' index of events ahead of the first question. */
export function warmEvents(kb: KnowledgeBase): void {
  eventIndex(kb);
}

/**
 * One point per named entity that takes part or that the event's own words name ("the talks
 * between Azerbaijan and CICA": the president of one received the head of the other), a fraction
 * per word of the title, place or topics. Made once per question: an overview question scores
 * every event of the store, so the names asked are spelled out once, and each event's words are
 * read once for all questions (see `eventWords`).
 */
/** How many words the question said each entity's name in (the longest, if said twice). */
function typedLengths(
  mentions: readonly { entityIds: readonly string[]; length: number }[],
): Map<string, number> {
  const typed = new Map<string, number>();
  for (const mention of mentions)
    for (const id of mention.entityIds) typed.set(id, Math.max(typed.get(id) ?? 0, mention.length));
  return typed;
}

/** Small enough that ten question words (0.1 each) still outweigh the longest name's length. */
const NAME_LENGTH_WEIGHT = 0.001;
/** A place's name that is where the meeting was held, not only in its title (see `eventScorer`). */
const PLACE_HELD = 0.05;

function eventScorer(
  named: ReadonlySet<string>,
  words: AskedWords,
  kb: KnowledgeBase,
  namedInCommonWords: ReadonlySet<string> = new Set(),
  /** How many words the question said each name in. */
  typed: ReadonlyMap<string, number> = new Map(),
): (event: Event) => number {
  const names = [...named].map((id) => {
    const entity = kb.entity(id);
    const names = entity ? [entity.name, ...entity.aliases] : [];
    const common = (n: string) => !namedInCommonWords.has(id) && GENERIC_ALIAS.test(n);
    return {
      id,
      // (Not by the participants' descriptions: "led the Kyrgyz side at the Khujand talks" and
      // "chaired the second round in Jakarta" are said of someone at the next meeting too.)
      // (An alias of common words only, "the line", "ceremony", is no name in someone's description,
      // "a village along the line", and only half one in a meeting's title or topics.)
      phrases: byOwnWords(entity)
        ? []
        : names
            .filter((n) => !common(n))
            .map((n) => wordsOf(n))
            .filter((words) => words.length > 0)
            .map((words) => ({ text: ` ${words.join(" ")} `, words: words.length })),
      // (Taking part is as good as the name as the question said it.)
      typed: typed.get(id) ?? 1,
      generic: byOwnWords(entity)
        ? []
        : names.filter(common).map((n) =>
            wordsOf(n)
              .filter((word) => !STOPWORDS.has(word))
              .map(stemOf),
          ),
      // A meeting the store has as an entity too ("the Khujand talks") is the event whose title,
      // place and topics have every word of one of its names, in any order; "the Jakarta round"
      // is the one held there.
      stemSets: byOwnWords(entity)
        ? names
            .map((n) => wordsOf(n).map(stemOf))
            .filter((stems) => stems.length >= (entity?.kind === "event" ? 2 : 1))
        : [],
      held:
        entity?.kind === "place" ? names.map((n) => wordsOf(n).map(stemOf)).filter((s) => s.length > 0) : [],
      // (Read only once a meeting held in the town is met: a town may have many facts.)
      venueOf: entity?.kind === "place" ? lazily(() => venueOf(id, kb)) : undefined,
    };
  });
  const cache = eventWordsOf(kb);
  const version = kb.entitiesVersion;
  return (event) => {
    let score = 0;
    const { participants, described, text, place } = eventWords(event, kb, cache, version);
    for (const { id, phrases, typed, generic, stemSets, held, venueOf } of names) {
      // Of meetings that each hold one of its names, one that holds it as long as the question said
      // it is meant: "the Paphos firefighting aircraft pool" over a meeting whose role only says "the
      // aircraft pool". (Said in one word, "the committee", every meeting that has it is as good.)
      if (participants.has(id)) {
        score += 1 + typed * NAME_LENGTH_WEIGHT;
        continue;
      }
      let said = 0;
      for (const phrase of phrases) {
        if (phrase.words > said && described.includes(phrase.text)) said = phrase.words;
      }
      if (said > 0) {
        score += 1 + Math.min(said, typed) * NAME_LENGTH_WEIGHT;
        continue;
      }
      // ("The line" in a meeting's "power line" topic is a word of it, not the railway's name.)
      if (generic.some((stems) => stems.length > 0 && stems.every((stem) => text.has(stem)))) {
        score += GENERIC_NAME_SCORE;
        continue;
      }
      // Of two meetings that each hold one of its names, the one holding the longer name is meant:
      // "the Roseau housing fund talks" over another meeting that only has "February talks".
      let longest = 0;
      for (const stems of stemSets) {
        if (stems.length > longest && stems.every((stem) => text.has(stem))) longest = stems.length;
      }
      // "What happened at the Bueng Kan Riverside Hall?": a hall in the town a meeting was held in,
      // where a fact of that meeting has it, is where the meeting was, though its record names the town.
      if (
        longest === 0 &&
        venueOf &&
        place.size > 0 &&
        held.some((stems) => stems.length > place.size && [...place].every((stem) => stems.includes(stem))) &&
        venueOf().has(event.id)
      ) {
        longest = Math.max(...held.map((stems) => stems.length));
      }
      if (longest > 0) score += 1 + longest * NAME_LENGTH_WEIGHT;
      // "The DCFC talks in Silistra": of meetings that each have the place's name, the one held
      // there over one whose title only speaks of it ("the Silistra–Călărași ferry agreement",
      // signed in Călărași). Below a word's weight: it only settles a tie.
      if (longest > 0 && held.some((stems) => stems.every((stem) => place.has(stem)))) score += PLACE_HELD;
    }
    for (const word of words) if (word.some((stem) => text.has(stem))) score += 0.1;
    return score;
  };
}

function lazily<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/** The meetings whose facts are filed under a place: where it may be the venue of one of them. */
function venueOf(id: string, kb: KnowledgeBase): ReadonlySet<string> {
  const events = new Set<string>();
  for (const indexed of kb.factsAbout(id)) if (indexed.fact.event) events.add(indexed.fact.event);
  return events;
}

/** "The railway", "the line", "ceremony": "the" and lower-case words, or one lower-case word. */
const GENERIC_NAME_SCORE = 0.5;
const GENERIC_ALIAS = /^(?:the(?: [\p{Ll}-]+)+|\p{Ll}[\p{Ll}-]*)$/u;

/** A meeting or a place names an event by the event's own words, not its people's descriptions. */
function byOwnWords(entity: Entity | undefined): boolean {
  return entity?.kind === "event" || entity?.kind === "place";
}

interface EventWords {
  participants: ReadonlySet<string>;
  /** The title, place, and participants' roles and descriptions, as words between spaces. */
  described: string;
  /** Stems of the title, place and topics. */
  text: ReadonlySet<string>;
  /** Stems of the place it was held in. */
  place: ReadonlySet<string>;
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
    place: new Set(wordsOf(event.place ?? "").map(stemOf)),
    entities,
    version,
  };
  perKb.set(event, words);
  return words;
}

const PLACE_KINDS = new Set<string>(["place", "country"]);
/** How well the time a fact told gives meets the act asked the time of: as a related word does. */
const TIMED_ACT = 0.65;

/**
 * The facts just shown (see `Reading.told`) that hold the detail asked, best first. "It" stands
 * for the fact itself, so it counts as a name the fact has; the question's own words count as
 * they are found in it.
 */
function toldMatches(
  told: ReadonlySet<string>,
  asked: Understanding,
  kb: KnowledgeBase,
  floor: number,
): Match[] {
  const { plan } = asked;
  const context = scoringContext(plan, kb, asked.time);
  const lengthOfIt = asked.time === "span" && asksHowLongItIs(plan);
  // "How long's the trip?" right after "… taking 38 minutes from Szeged to Subotica": the one act
  // whose time is asked is the act the fact told times, whatever verb it is told with.
  const content = plan.terms.filter((term) => term.weight >= 1 && !term.timeWord && term.kinds.length === 0);
  const timedAct =
    asked.time === "span" && content.length === 1 && isNounOfAnAct(content[0]!.word) ? content[0] : undefined;
  const matches: Match[] = [];
  for (const id of told) {
    const indexed = kb.fact(id);
    if (!indexed) continue;
    const scored = score(plan, indexed, kb, context);
    // "How long is it?" right after "a 152-kilometre extension will be built": "it" is that thing,
    // and its length answers as well as a time would.
    const needs =
      lengthOfIt && (scored.evidence?.needs ?? 0) < 1 && statesLength(plan, indexed, kb)
        ? 1
        : (scored.evidence?.needs ?? 0);
    if (needs < 1 || !scored.evidence) continue;
    let held = MENTION_WEIGHT;
    let all = MENTION_WEIGHT;
    let missing = 0;
    let weakest = 1;
    for (let t = 0; t < plan.terms.length; t++) {
      const term = plan.terms[t]!;
      const matched = Math.min(1, termMatch(plan, t, indexed, context));
      const found = term === timedAct && needs >= 1 ? Math.max(matched, TIMED_ACT) : matched;
      held += term.weight * found;
      all += term.weight;
      if (term.weight >= 1 && found < 0.5) missing++;
      weakest = Math.min(weakest, found);
    }
    // "Who led it?" needs the act in the fact ("led"): the question word alone points at anyone.
    if (plan.kind === "who" && held === MENTION_WEIGHT) continue;
    // "Where is it based?" needs a place the fact names, not the venue of the meeting it came from.
    if (
      plan.kind === "where" &&
      !indexed.fact.entities.some((e) => PLACE_KINDS.has(kb.entity(e)?.kind ?? ""))
    )
      continue;
    const coverage = held / all;
    if (coverage < floor) continue;
    matches.push({
      indexed,
      coverage,
      rank: coverage,
      evidence: {
        ...scored.evidence,
        needs,
        found: coverage,
        said: coverage,
        vague: 1,
        namesInFact: 1,
        namesMissing: 0,
        namesUntold: 0,
        namesInMeeting: 0,
        wordsMissing: missing,
        weakestWord: weakest,
      },
    });
  }
  return matches.sort((a, b) => b.rank - a.rank);
}
