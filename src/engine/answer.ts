import { type Candidates, candidatesInContext } from "./candidates.ts";
import {
  aboutTheBot,
  answerEntity,
  askedBack,
  citation,
  compose,
  contextHint,
  inEnglishOnly,
  timeBetween,
} from "./compose.ts";
import { concessionAnswer } from "./concession.ts";
import { NOT_ANSWERED, type Reading, resolveContext, staysOnTopic, TURNED_DOWN, topicOf } from "./context.ts";
import { candidateFloor, type Judgement, RIVAL_MARGIN } from "./evidence.ts";
import { contradictedPremise, deniedAct, insteadOfRefusing, namedMeetingOverview } from "./fallback.ts";
import { involvedIn } from "./involved.ts";
import type { IndexedFact, KnowledgeBase } from "./knowledge.ts";
import { writtenInAnotherLanguage } from "./language/foreign.ts";
import { ANY_MEETING_NOUNS, meetingNounsBut, STOPWORDS } from "./language/lexicon.ts";
import { canonicalText, isPastVerb, stemOf, tokenize } from "./language/normalize.ts";
import { attributeNouns, isVerbOfGetting, isVerbOfRefusing } from "./language/thesaurus.ts";
import { formatDate, MONTHS } from "./language/time.ts";
import {
  bodyWhoseMembersAreAsked,
  coHoldersOf,
  everyDoer,
  everyHolder,
  membersOfBody,
  saysMembership,
} from "./lists.ts";
import { sortOutNamesakes } from "./namesakes.ts";
import { asksOnlyWhatWasLeftOpen, openMatters } from "./open-matters.ts";
import type { Term } from "./query.ts";
import { inOneSearch } from "./retrieve.ts";
import { countryActedFor, personOfCountry, sideAsked } from "./roles.ts";
import type { AnswerResult, DialogueTurn, Entity, Event } from "./schema.ts";
import type { Match } from "./score.ts";
import { askedDateIn, datedByItsAct, inOneDating } from "./score-time.ts";
import { type SidePerson, sideAtEachMeeting, sidePeople } from "./sides.ts";
import { holderAt } from "./tenure.ts";
import { howLongAfterAsked, inOneAnswer, meetingOf, understand, whichFirstAsked } from "./understand.ts";
import { consentToAnotherAct, keyFacts, type Verdict, type VerifyOptions, verify } from "./verify.ts";

export interface AnswerOptions {
  /** The previous turn of the same conversation, for follow-ups ("what else did he say?"). */
  previous?: DialogueTurn;
  /**
   * Moves the evidence thresholds fitted by `npm run eval -- --fit`: below 0 answers more and
   * risks more wrong answers. Only the evaluation changes it.
   */
  shift?: number;
  /** Sees each weighed answer: the evaluation fits the evidence weights from these. */
  observe?: (judgement: Judgement) => void;
}

/**
 * Answers a question from the knowledge of one scope, or says honestly that it cannot. The whole
 * path of a question, one stage per module, each with a typed output.
 */
export function answerQuestion(
  question: string,
  kb: KnowledgeBase,
  options: AnswerOptions = {},
): AnswerResult {
  return inOneAnswer(() => inOneSearch(() => inOneDating(() => answerOnce(question, kb, options))));
}

function answerOnce(
  question: string,
  kb: KnowledgeBase,
  options: AnswerOptions,
  actsApart = true,
): AnswerResult {
  // "Was the charter signed before or after the board approved the loan?": when the one was, then
  // when the other was set against it; each from a fact that carries its day, else not this way.
  const order = whichFirstAsked(question);
  if (order) {
    const set = whichCameFirst(order, kb, options);
    if (set) return set;
  }
  // "Qui est le secrétaire général … ?": the store is in English, and so are its answers.
  if (writtenInAnotherLanguage(question, (word) => kb.knowsWord(canonicalText(word))))
    return inEnglishOnly(kb);
  // 1. Understand: the question's words, names, intent and time.
  const asked = understand(question, kb);
  if (asked.intent === "self") return aboutTheBot(kb);
  // "How long after the first workers landed did they open the centre?": two acts' days, when no
  // meeting after "after" counts the span (understand's `spanFrom`).
  const span = howLongAfterAsked(question);
  if (span && !asked.spanFrom) {
    const counted = howLongAfter(span, kb, options);
    if (counted) return counted;
  }
  // "How long after the satellite deal was signed did it reach the launch site?": the meeting the
  // words name ("the signing") counts the span first; when nothing at or after it tells the act,
  // the two acts' days, each from a fact that dates its act, still do.
  if (span && asked.spanFrom && actsApart) {
    const fromMeeting = answerOnce(question, kb, options, false);
    return fromMeeting.answered ? fromMeeting : (howLongAfter(span, kb, options) ?? fromMeeting);
  }
  // 2. Context: what it may mean after the previous turn, likeliest reading first.
  const readings = resolveContext(asked, options.previous, kb);
  const shift = options.shift ?? 0;
  const floor = candidateFloor(shift);
  let refused: AnswerResult | undefined;
  for (const reading of readings) {
    if (reading.kind === "needs-context") return refused ?? contextHint(reading.word, kb);
    if (reading.kind === "ask") return refused ?? askedBack(reading.question, reading.choices, reading.among);
    // A name several entities share: the one the question or the previous turn picks, else ask which.
    const sorted = sortOutNamesakes(reading, options.previous, kb);
    if ("ask" in sorted) return refused ?? sorted.ask;
    const read = sorted.read;
    // "What was left open at the Chaguaramas talks?": what that meeting's facts say it did not
    // settle, before any fact that only shares the question's words.
    const open = asksOnlyWhatWasLeftOpen(read.understanding.question)
      ? openMatters(read, kb, floor)
      : undefined;
    if (open) return compose(open, read, kb);
    // "Which organisations are involved in the storm network?": everyone of that kind its story names.
    // "Which countries are in the Prespa council now?": the body's members as the store describes it.
    const involved = involvedIn(read, kb) ?? membersOfBody(read, kb);
    if (involved) return compose({ kind: "involved", involved }, read, kb);
    // 3. Candidates: the facts that could answer, among those about what the conversation is about.
    const onTopic = topicOf(read, kb);
    const found = candidatesInContext(read, onTopic, options.previous, asked.switchesTopic, kb, floor);
    const checks = { shift, floor, ...(options.observe ? { observe: options.observe } : {}) };
    // 4. Verify: whether and how they answer it.
    const verdict = verdictOn(read, found, kb, checks, options.previous);
    const naming = read.naming;
    const offTopic =
      verdict.kind === "facts" &&
      (!staysOnTopic(
        read,
        verdict.matches.map((m) => m.indexed.fact.id),
        kb,
      ) ||
        // ("And how many in Guatemala?": the answer is of the one put in another's place.)
        (naming !== undefined &&
          !verdict.matches.some((m) => m.indexed.fact.entities.some((id) => naming.has(id)))));
    // "When was the meeting?" names none of the store's meetings: facts as good as each other, each of
    // another meeting, leave which one it means undecided, and that is not the engine's to guess.
    if (verdict.kind === "facts" && undecidedAmongMeetings(read, found)) {
      refused ??= compose(
        { kind: "refuse", message: "I don't have a fact about that.", matches: [] },
        read,
        kb,
      );
      continue;
    }
    // "What was discussed at the Montevideo talks?" asks what the meeting as a whole did: facts that
    // tell only acts in other words ("Bolivia asked that vessels be exempted") are parts of it, so
    // the named meeting's overview answers; a fact that says it in those words still does itself.
    if (verdict.kind === "facts" && !offTopic && verdict.matches.every((m) => (m.evidence?.verb ?? 1) < 1)) {
      const overview = namedMeetingOverview(read, kb, checks);
      if (overview) return compose(overview.verdict, overview.read, kb);
    }
    // "Which countries are in CICA?" where the body's description lists none: only a fact that says
    // who is a member answers; one that names the body and a country (its chair, its host) does not.
    const body = verdict.kind === "facts" && !offTopic ? bodyWhoseMembersAreAsked(read, kb) : undefined;
    if (body && verdict.kind === "facts") {
      const saying = verdict.matches.filter((m) => saysMembership(m.indexed));
      if (saying.length === 0) {
        refused ??= compose(
          {
            kind: "refuse",
            message: `None of my facts says which countries are in ${withThe(body.name)}.`,
            matches: [],
          },
          read,
          kb,
        );
        continue;
      }
      return compose({ ...verdict, matches: saying }, read, kb);
    }
    // 5. Compose: the answer, as a correction where the question takes for granted what the store denies.
    if (verdict.kind !== "refuse" && !offTopic) {
      return compose(contradictedPremise(verdict, read, kb) ?? verdict, read, kb);
    }
    // What was just told does not answer it: "it" is one of the turn's names after all.
    if (read.told && !read.reply) continue;
    if (offTopic) {
      // "Which city?" after a question about one accord is not answered by another article's city.
      refused ??= compose(
        { kind: "refuse", message: "I don't have a fact about that.", matches: [] },
        read,
        kb,
      );
      continue;
    }
    // 6. When the reading refuses: a premise corrected, a meeting's overview, a refusal's reason.
    // (A time in a post is of the one "he" most likely is: not of the turn's next person.)
    const likeliest = !read.choseAmongPeople || reading === readings.find((r) => r.kind === "read");
    const instead = read.reply ? undefined : insteadOfRefusing(read, kb, { shift, floor, likeliest });
    if (instead) return compose(instead.verdict, instead.read, kb);
    // The likeliest reading's refusal stands unless another reading can be answered.
    refused ??= compose(verdict, read, kb);
  }
  return refused!;
}

/** A body's name as a sentence has it: "the Non-Aligned Movement", "CICA". */
function withThe(name: string): string {
  return /\s/.test(name) && !/^the\s/i.test(name) ? `the ${name}` : name;
}

/** Every noun a meeting goes by, singular and plural ("meeting", "talks", "summit", "rounds"). */
const MEETING_WORDS = new Set(meetingNounsBut());

/**
 * A question that names nothing but a meeting ("when was the meeting?", "where were the talks?"),
 * asked with no conversation before it, whose best facts tie and are of more than one meeting.
 */
function undecidedAmongMeetings(read: Reading & { kind: "read" }, found: Candidates): boolean {
  const { plan } = read.understanding;
  if (plan.mentions.length > 0 || read.previous || read.reading) return false;
  const asked = plan.terms.filter((term) => term.weight >= 1);
  if (asked.length === 0 || !asked.every((term) => MEETING_WORDS.has(term.word))) return false;
  const [best] = found.matches;
  if (!best) return false;
  const meetings = new Set<string | undefined>();
  for (const match of found.matches)
    if (match.coverage >= best.coverage - RIVAL_MARGIN) meetings.add(match.indexed.fact.event);
  return meetings.size > 1;
}

/**
 * What the facts found say to the question: `verify`'s verdict, unless one of a kind of its own
 * comes first (a denial of the act asked, every holder of a post, the holder at a time, what the
 * previous answer already said, no reply at all).
 */
function verdictOn(
  read: Reading & { kind: "read" },
  found: Candidates,
  kb: KnowledgeBase,
  checks: VerifyOptions,
  previous?: DialogueTurn,
): Verdict {
  // "Did Argentina back down on the toll?": the fact that tells that party alone giving way (or,
  // with none, its refusal as its latest word), before any fact that only shares the words.
  const conceded = concessionAnswer(read, kb);
  if (conceded) return conceded;
  // "Did Hungary join the pool?" when the store says it refused: no, and why the store says so.
  const denied = deniedAct(read, kb);
  // "List every chief negotiator Cameroon has had": each holder the store describes, not the latest.
  // "Who co-chairs the commission now?": each co-chair the store describes, not one handover.
  // "Who has directed the exercise?": each the store describes in the post the act makes.
  const holders = denied
    ? undefined
    : (everyHolder(read, kb) ?? coHoldersOf(read, kb) ?? everyDoer(read, kb));
  // "When?" right after "where will they meet next?": the answer just given says when, if it
  // does, before any other fact the question's words find.
  const shown = read.again && read.previous ? new Set(read.previous.facts) : undefined;
  const said = shown ? found.matches.filter((m) => shown.has(m.indexed.fact.id)) : [];
  const again = said.length > 0 ? verify(read, { ...found, matches: said }, kb, checks) : undefined;
  // "Who was the minister at the first meeting?": the holder then, by the post's handovers.
  const then = denied || holders ? undefined : holderAt(read, kb);
  // "How did Gabon react?" when no fact of the meeting has Gabon answer what was told: nothing
  // else of Gabon's (its profile) stands in for a reply.
  const noReply =
    read.reply && found.matches.length === 0
      ? { kind: "refuse" as const, message: "I don't have a fact about that.", matches: [] }
      : undefined;
  // "Who led the Chilean side at the San Juan talks?": the meeting's record, where a role says who
  // acted for the country; where it only has one person of the country there, that one when the
  // facts name none of the country's people.
  // "Who spoke for Bulgaria at each Osogovo meeting?": the country's person at each, by the records.
  const each = noReply || denied || holders || then ? undefined : sideAtEachMeeting(read, kb);
  if (each) {
    const matches = each.people.map((p) => (p ? { indexed: p.fact, coverage: 1, rank: 1 } : undefined));
    const confidence = each.people.every((p) => !p || p.told) ? 0.9 : 0.8;
    return { kind: "each-meeting", events: each.events, matches, confidence };
  }
  const side = noReply || denied || holders || then ? undefined : sidePeople(read, previous, kb);
  // "Who led the Venezuelan delegation in the talks?" names its meeting by nothing but the side and
  // a word any meeting has: the record of whichever meeting has "talks" in its title is one
  // reading, and a fact saying that another of the side's people led it is as good a one.
  const unnamed = side !== undefined && meetingUnnamed(read, previous, kb);
  if (side?.every((p) => p.told) && !unnamed) return { kind: "side", people: side };
  const verdict =
    noReply ??
    denied ??
    (holders ? ({ kind: "holders", holders } as const) : undefined) ??
    then ??
    (again && again.kind !== "refuse" ? again : undefined) ??
    verify(read, found, kb, checks);
  if (side && unnamed && side.every((p) => p.told))
    return anotherOfTheSideActs(verdict, read, side, kb) ? verdict : { kind: "side", people: side };
  if (side && !answersWithAPerson(verdict, read, side, kb)) return { kind: "side", people: side };
  // "Did Japan agree?" right after "what did Owusu-Ansah ask Japan for?": the consent asked is to
  // what the previous answer told, so a fact of another act agreed to ("agreed to hold the next
  // round") or left unagreed ("have not agreed who pays") says nothing of it.
  const top = verdict.kind === "facts" ? verdict.matches[0] : undefined;
  if (top && consentToAnotherAct(read, top.indexed, previous, kb))
    return { kind: "refuse", message: "I don't have a fact about that.", matches: found.matches };
  // "Did Castel get the deeper lock?": whether what Castel asked for was given, which the fate of
  // its request tells (turned down, unanswered), not a fact that tells the request or its argument.
  const fate =
    verdict.kind === "facts" || verdict.kind === "refuse" ? fateOfTheRequest(read, found, kb) : undefined;
  if (fate && fate !== top) return { kind: "facts", matches: [fate], confidence: FATE_CONFIDENCE };
  return verdict;
}

/** How sure an answer from the fate of the request is: as a fact found by the question's own words. */
const FATE_CONFIDENCE = 0.8;

/**
 * "Did the growers ever get their compensation?", "yo did Castel get the deeper lock or nah": a
 * yes-no question whose verb is one of getting (WordNet's "get" in its first sense, or one step
 * under it: "receive", "obtain") right after the one asked about. A fact that tells a request
 * turned down or left unanswered, names the one asked about (as a name, or in the words the
 * question calls them by) and every other name the question has, and says at least one word of
 * the thing asked for, is the answer: of the question's candidates the best, else of the facts
 * about the one named.
 */
function fateOfTheRequest(
  read: Reading & { kind: "read" },
  found: Candidates,
  kb: KnowledgeBase,
): Match | undefined {
  const { plan } = read.understanding;
  if (plan.kind !== "yesno") return undefined;
  // ("Did they get it eventually?" asks of a later time, which a first refusal does not answer; a
  // follow-up's "they" is left to the readings of the request just told.)
  if (LATER.test(read.understanding.question)) return undefined;
  const getter = getterOf(plan.words);
  if (!getter || plan.words.slice(getter.from, getter.to).every((word) => PRONOUNS.has(word)))
    return undefined;
  const named = plan.mentions.filter((m) => m.position >= getter.from && m.position < getter.to);
  const words = plan.words
    .slice(getter.from, getter.to)
    .filter(
      (word, i) =>
        !STOPWORDS.has(word) &&
        !named.some((m) => i + getter.from >= m.position && i + getter.from < m.position + m.length),
    );
  if (named.length === 0 && words.length === 0) return undefined;
  // (Of the thing asked for, one word at least: Castel's refused request for a deeper lock says
  // nothing of whether it got a grant.)
  const thing = plan.terms.filter(
    (term) => term.weight >= 1 && (term.position < getter.from || term.position > getter.verb),
  );
  const tellsTheFate = (indexed: IndexedFact): boolean => {
    const { statement, entities } = indexed.fact;
    if (!REQUEST_TOLD.test(statement) || !(TURNED_DOWN.test(statement) || NOT_ANSWERED.test(statement)))
      return false;
    if (!plan.mentions.every((m) => m.entityIds.some((id) => entities.includes(id)))) return false;
    // (The refusal itself is no word of the thing: "grant" is met by "refused" as consent is.)
    const tokens = tokenize(statement).filter((token) => !isVerbOfRefusing(token.word));
    const stems = new Set(tokens.map((token) => token.stem));
    return (
      words.every((word) => stems.has(stemOf(word))) &&
      (thing.length === 0 || thing.some((term) => thingTold(term, stems)))
    );
  };
  const candidate = found.matches.find((match) => tellsTheFate(match.indexed));
  if (candidate) return candidate;
  const [one] = named;
  if (!one) return undefined;
  for (const id of one.entityIds)
    for (const indexed of kb.factsAbout(id))
      if (tellsTheFate(indexed)) return { indexed, coverage: 1, rank: 1 };
  return undefined;
}
/**
 * A word of the thing asked for is in the fact: itself or one of its readings; a numbered name
 * typed without its number ("Orla" for "Orla-2"); or, for an adjective, what WordNet says
 * it is a value of ("deeper" is told by "increase the depth").
 */
function thingTold(term: Term, stems: ReadonlySet<string>): boolean {
  for (const stem of stems) {
    if (term.alternatives.has(stem) || term.alternatives.has(stem.replace(/\d+$/, ""))) return true;
  }
  for (const word of term.alternatives.keys())
    if (attributeNouns(word).some((noun) => stems.has(stemOf(noun)))) return true;
  return false;
}

/** A request told: "a request from Castel", "asked for", "Castel's request". */
const REQUEST_TOLD = /\b(?:requests?|asked|asking)\b/i;

/**
 * Where the one asked about stands in "did X (ever) get …?": the words between the auxiliary and a
 * verb of getting that is not followed by a participle ("did the plan get approved?" asks of the
 * act). Undefined when the question is not so worded.
 */
function getterOf(words: readonly string[]): { from: number; to: number; verb: number } | undefined {
  const aux = words.findIndex((word) => GETTER_AUXILIARIES.has(word));
  if (aux < 0 || aux > GETTER_OPENERS) return undefined;
  for (let k = aux + 2; k < words.length && k <= aux + 1 + GETTER_REACH; k++) {
    if (!isVerbOfGetting(words[k]!) || isPastVerb(words[k + 1] ?? "")) continue;
    let to = k;
    while (to > aux + 1 && GETTING_ADVERBS.has(words[to - 1]!)) to--;
    return to > aux + 1 ? { from: aux + 1, to, verb: k } : undefined;
  }
  return undefined;
}
/** A later time asked of ("did they get it eventually?"): what became of the request at first is not it. */
const LATER = /\b(?:eventually|finally|later|in the end|after all|since)\b/i;
/** A getter only pointed back at: the follow-up readings of a request just told (context.ts) answer it. */
const PRONOUNS: ReadonlySet<string> = new Set(["they", "he", "she", "it", "we", "you", "i"]);
const GETTER_AUXILIARIES: ReadonlySet<string> = new Set(["did", "has", "have", "had"]);
/** Chat openers a question may start with before its auxiliary ("yo", "so", "lol so"). */
const GETTER_OPENERS = 2;
/** Words the one asked about may take ("the Orla bargemen's union"). */
const GETTER_REACH = 6;
/** Adverbs between the one asked about and the verb that ask of no later time ("did X ever get …?"). */
const GETTING_ADVERBS: ReadonlySet<string> = new Set(["ever", "actually", "really"]);

/**
 * The question names no meeting: no turn or meeting it follows, no name but the side's countries,
 * no day, and no word of its own but the act's verb, a word for the side ("delegation") and a
 * noun any meeting has ("the talks").
 */
function meetingUnnamed(
  read: Reading & { kind: "read" },
  previous: DialogueTurn | undefined,
  kb: KnowledgeBase,
): boolean {
  const { plan } = read.understanding;
  if (read.event || read.within || read.previous || previous || read.understanding.storyStep) return false;
  const side = sideAsked(plan, kb);
  if (!side) return false;
  if (!plan.mentions.every((m) => m.entityIds.some((id) => side.countries.includes(id)))) return false;
  if (askedDateIn(plan.text)) return false;
  return plan.terms.every(
    (term) =>
      term.weight < 1 ||
      term.position === side.verbAt ||
      SIDE_WORDS.has(term.word) ||
      ANY_MEETING_NOUNS.includes(term.word) ||
      STOPWORDS.has(term.word),
  );
}

const SIDE_WORDS: ReadonlySet<string> = new Set(["delegation", "side", "team", "delegates", "negotiators"]);

/**
 * The facts answer with another of the side's people, in a sentence that says they acted for it
 * ("Aníbal Urdaneta Picón led the Venezuelan delegation in the sanctions relief talks").
 */
function anotherOfTheSideActs(
  verdict: Verdict,
  read: Reading & { kind: "read" },
  side: readonly SidePerson[],
  kb: KnowledgeBase,
): boolean {
  const answered = personAnswered(verdict, read, kb);
  if (!answered || side.some((p) => p.person.id === answered.person.id)) return false;
  const countries = countryActedFor(read.understanding.plan, kb);
  return (
    !!countries &&
    personOfCountry(answered.person.id, countries, kb) &&
    ACTED_FOR_A_SIDE.test(answered.top.indexed.fact.statement)
  );
}

/** The person the verdict's best fact answers with, and that fact: none for another kind of answer. */
function personAnswered(
  verdict: Verdict,
  read: Reading & { kind: "read" },
  kb: KnowledgeBase,
): { top: Match; person: Entity } | undefined {
  if (verdict.kind !== "facts") return undefined;
  const top = verdict.matches[0];
  const answering = top ? answerEntity(read.understanding.plan, top.indexed, kb) : undefined;
  return top && answering?.kind === "person" ? { top, person: answering } : undefined;
}

const ACTED_FOR_A_SIDE =
  /\b(?:led|leads|headed|heads|head of|represented|represents|signed for|spoke for)\b/i;

/**
 * The verdict answers with a person who may be of the side asked: the facts found someone, which
 * the one person of the country at the meeting does not overrule. It stands in for a country or a
 * body named for "who led the Chilean side?", for someone whose description makes them another
 * country's only, or for nothing.
 */
function answersWithAPerson(
  verdict: Verdict,
  read: Reading & { kind: "read" },
  side: readonly SidePerson[],
  kb: KnowledgeBase,
): boolean {
  const answering = personAnswered(verdict, read, kb)?.person;
  if (!answering) return false;
  const countries = countryActedFor(read.understanding.plan, kb);
  if (!countries || personOfCountry(answering.id, countries, kb)) return true;
  // (One of the store's people the side's person is not, whose description names another country.)
  const described = [...kb.namedInDescription(answering.id)].filter(
    (id) => kb.entity(id)?.kind === "country",
  );
  return !side.some((p) => p.person.id !== answering.id) || described.length === 0;
}

/**
 * The act asked about, answered as "when …?", and what it is set against, answered the same way
 * ("when the board approved the loan?", "when was the first sailing?", else the day of the meeting
 * it names): which came first, with both days and both answers. Nothing unless each answer's day
 * is the day of its act (a fact dated so, never another time told in the same sentence).
 */
function whichCameFirst(
  order: { when: string; subject: string; against: string },
  kb: KnowledgeBase,
  options: AnswerOptions,
): AnswerResult | undefined {
  const { observe: _, ...quiet } = options;
  const first = answerOnce(order.when, kb, quiet);
  const firstDay = dayOfTheAct(first, kb);
  if (!firstDay) return undefined;
  let second: AnswerResult | undefined;
  let secondDay: string | undefined;
  // "Before or after July?", "… before or after 1 September?": a time itself, of the year of the
  // act asked when it names none, set against that act's day with no second answer to find.
  const named = dayNamed(order.against, firstDay);
  if (named) {
    const span = Math.min(firstDay.length, named.length);
    const [a, b] = [firstDay.slice(0, span), named.slice(0, span)];
    if (a === b) return undefined;
    const lead = `${a < b ? "Before" : "After"}: ${order.subject}, ${dayOrMonth(firstDay)}.`;
    return { ...first, answer: `${lead}\n${withoutReading(first)}` };
  }
  const other = dayOfTheOther(order.against, first, kb, quiet);
  if (other) [second, secondDay] = [other.answer, other.day];
  if (!second || !secondDay) return undefined;
  // (A month told against a day of that month says neither came first.)
  const span = Math.min(firstDay.length, secondDay.length);
  const [a, b] = [firstDay.slice(0, span), secondDay.slice(0, span)];
  if (a === b && firstDay.length !== secondDay.length) return undefined;
  const which = a < b ? "Before" : a > b ? "After" : "The same day";
  const lead = `${which}: ${order.subject}, ${dayOrMonth(firstDay)}; ${order.against}, ${dayOrMonth(secondDay)}.`;
  const facts = [...first.facts, ...second.facts.filter((f) => !first.facts.some((g) => g.id === f.id))];
  return {
    ...first,
    answer: `${lead}\n${withoutReading(first)}\n${withoutReading(second)}`,
    confidence: Math.min(first.confidence, second.confidence),
    facts,
  };
}

/**
 * What an act asked about is set against ("the board approved the loan", "the first sailing", "the
 * February deal"), answered as "when …?", else the day of the meeting the words name: its answer and
 * its day, of the story of the first answer, if one.
 */
function dayOfTheOther(
  against: string,
  first: AnswerResult,
  kb: KnowledgeBase,
  quiet: AnswerOptions,
): { answer: AnswerResult; day: string } | undefined {
  // Both acts are of one story: "did the cost go up before or after the MoU was signed?" is not
  // answered with another story's rise in cost.
  const own = entitiesOf(first, kb);
  const ofTheStory = (told: Set<string>) => [...own].some((id) => told.has(id));
  // "… before or after the board's first meeting?": words that name nothing of their own ("the
  // board", "the state funeral") are read as a member would, after the first act's answer, so that
  // the board is that story's board and not another's. A month told ("agreed in March 2026") gives
  // way to a fact with the act's day, which a span or an order within the month needs. Not when
  // the words alone found the story's fact and it dates no act ("the Hanoi round was to be held in
  // May"): what follows the first answer would be another of its facts, not that act.
  const readings = first.turn ? [quiet, { ...quiet, previous: first.turn }] : [quiet];
  let month: { answer: AnswerResult; day: string } | undefined;
  let undated = false;
  for (const reading of readings) {
    if (undated) break;
    for (const question of [`when ${against}?`, `when was ${against}?`]) {
      const answered = answerOnce(question, kb, reading);
      const day = dayOfTheAct(answered, kb);
      const onStory = answered.answered && ofTheStory(entitiesOf(answered, kb));
      if (onStory && !day) undated = true;
      if (!day || !onStory) continue;
      if (day.length > 7) return { answer: answered, day };
      month ??= { answer: answered, day };
    }
  }
  if (month) return month;
  // "Before or after the first sailing?", "the February deal": the day of the meeting the words
  // name, or of the story's one meeting of the month they name.
  const meeting = meetingNamedIn(against, kb) ?? meetingOfTheMonth(against, own, kb);
  if (!meeting) return undefined;
  const key = keyFacts(meeting, kb, 1)[0];
  const answer: AnswerResult = {
    answered: true,
    answer: `On ${formatDate(meeting.date)}: ${meeting.title}.`,
    confidence: first.confidence,
    facts: key ? [citation(key, kb)] : [],
    suggestions: [],
  };
  const told = entitiesOf(answer, kb);
  for (const participant of meeting.participants) told.add(participant.entity);
  return ofTheStory(told) ? { answer, day: meeting.date } : undefined;
}

/**
 * "How long after the first Mongolian workers landed did the ministry open the welfare centre?",
 * when no meeting is named after "after" (that is understand's `spanFrom`): the act asked about
 * ("when did the ministry open the welfare centre?") and the act it is counted from ("when the first
 * workers landed?"), each answered with the day its fact carries; the time between, with both
 * facts cited. Nothing unless the act asked came later than the other.
 */
function howLongAfter(
  span: { when: string; subject: string; against: string },
  kb: KnowledgeBase,
  options: AnswerOptions,
): AnswerResult | undefined {
  const { observe: _, ...quiet } = options;
  const first = answerOnce(span.when, kb, quiet);
  const firstDay = dayOfTheAct(first, kb);
  if (!firstDay) return undefined;
  const other = dayOfTheOther(span.against, first, kb, quiet);
  if (!other) return undefined;
  // (A month told against a day, or the same day, says no span to count.)
  const [from, to] = [other.day, firstDay];
  if (from.length !== to.length || from >= to) return undefined;
  const day = (iso: string) => (iso.length > 7 ? iso : `${iso}-01`);
  const lead = `${timeBetween(day(from), day(to))}: ${span.against}, ${dayOrMonth(from)}; ${span.subject}, ${dayOrMonth(to)}.`;
  const facts = [
    ...other.answer.facts,
    ...first.facts.filter((f) => !other.answer.facts.some((g) => g.id === f.id)),
  ];
  return {
    ...first,
    answer: `${lead}\n${withoutReading(other.answer)}\n${withoutReading(first)}`,
    confidence: Math.min(first.confidence, other.answer.confidence),
    facts,
  };
}

/**
 * "July", "May 2026", "september 1", "1 September 2026": the against of "before or after …?" when
 * it is a time and nothing else, as an ISO month or day; its year, when unsaid, is the act's.
 */
function dayNamed(words: string, actDay: string): string | undefined {
  const said = DAY_NAMED.exec(words.trim().toLowerCase());
  if (!said) return undefined;
  const monthWord = said[2] ?? said[4];
  const month = MONTHS.findIndex((m) => m.toLowerCase() === monthWord) + 1;
  if (month === 0) return undefined;
  const day = said[1] ?? said[5];
  const year = said[3] ?? said[6] ?? actDay.slice(0, 4);
  return `${year}-${String(month).padStart(2, "0")}${day ? `-${day.padStart(2, "0")}` : ""}`;
}
const MONTH_WORDS = MONTHS.join("|").toLowerCase();
const DAY_NAMED = new RegExp(
  `^(?:(?:the )?(\\d{1,2})(?:st|nd|rd|th)? (?:of )?)?(${MONTH_WORDS})(?:,? ((?:19|20)\\d\\d))?$|^(${MONTH_WORDS}) (\\d{1,2})(?:st|nd|rd|th)?(?:,? ((?:19|20)\\d\\d))?$`,
);

/** "2026-09-08" → "8 September 2026"; "2026-09" (a month told, no day) → "September 2026". */
function dayOrMonth(iso: string): string {
  if (iso.length > 7) return formatDate(iso);
  const [year, month] = iso.split("-").map(Number);
  return `${MONTHS[(month ?? 1) - 1]} ${year}`;
}

/**
 * "Before or after the February deal?": the one meeting of the story (someone in common with what
 * was asked first) held in the month named, the words being that month and a word for a meeting.
 */
function meetingOfTheMonth(words: string, story: ReadonlySet<string>, kb: KnowledgeBase): Event | undefined {
  const named = MONTH_MEETING.exec(words.trim().toLowerCase());
  if (!named) return undefined;
  const month = MONTHS.findIndex((m) => m.toLowerCase() === named[1]) + 1;
  const held = kb
    .eventsByDate(true)
    .filter(
      (event) =>
        Number(event.date.slice(5, 7)) === month && event.participants.some((p) => story.has(p.entity)),
    );
  return held.length === 1 ? held[0] : undefined;
}

const MONTH_MEETING = new RegExp(
  `^(?:the )?(${MONTHS.join("|").toLowerCase()}) (?:deal|agreement|accord|talks|meeting|round|signing|session|summit|visit)$`,
);

/** The one meeting the words name ("the first sailing", "the Kathmandu signing"), if one. */
function meetingNamedIn(words: string, kb: KnowledgeBase): Event | undefined {
  const { plan } = understand(`when was ${words}?`, kb);
  const [only, ...others] = plan.mentions;
  if (!only || others.length > 0 || plan.terms.some((t) => t.weight >= 1 && !t.timeWord)) return undefined;
  const id = meetingOf(only.entityIds, kb);
  return id ? kb.event(id) : undefined;
}

/**
 * The day of the act an answer to "when …?" gives: its first dated fact's, if that dates the act;
 * else the time its first fact's own sentence tells, as a month ("which opened in September 2026",
 * "was called back to Havana in May 2026"), when that sentence tells no plan before it.
 */
function dayOfTheAct(result: AnswerResult, kb: KnowledgeBase): string | undefined {
  if (!result.answered) return undefined;
  const dated = result.facts.map((f) => kb.fact(f.id)).find((indexed) => !!indexed?.fact.date);
  if (dated && datedByItsAct(dated)) return dated.fact.date;
  const cited = result.facts[0] ? kb.fact(result.facts[0].id) : undefined;
  return cited
    ? monthTold(cited.fact.statement, cited.fact.date ?? kb.source(cited.fact.source)?.date)
    : undefined;
}

/** The first month a sentence says something happened in ("in April and May 2026" → 2026-04). */
function monthTold(statement: string, reported: string | undefined): string | undefined {
  const told = MONTH_TOLD.exec(statement);
  // (Another time before it, "signed on 10 June, after Burkina joined in May", is the act's.)
  if (!told) return undefined;
  const before = statement.slice(0, told.index);
  if (PLAN_BEFORE.test(before) || ANOTHER_TIME.test(before)) return undefined;
  const month = MONTHS.findIndex((m) => m.toLowerCase() === told[1]!.toLowerCase()) + 1;
  const year = told[2] ?? reported?.slice(0, 4);
  return year ? `${year}-${String(month).padStart(2, "0")}` : undefined;
}

/** "In May 2026", "in April and May 2026" (the year said after the second month). */
const MONTH_TOLD = new RegExp(
  String.raw`\b(?:in|during) (${MONTHS.join("|")})(?:(?: and| or|,) (?:${MONTHS.join("|")}))?(?:,? ((?:19|20)\d\d))?\b`,
  "i",
);
const ANOTHER_TIME = new RegExp(
  String.raw`\b(?:${MONTHS.join("|")}|(?:19|20)\d\d|after|before|since|following|until)\b`,
  "i",
);
/** A plan or an expectation before the time: the time is of what is to come, not of an act done. */
const PLAN_BEFORE = /\b(?:will|would|due|planned|plans?|expected|scheduled|to be|should|may|might|could)\b/i;

/** Everyone and everything the facts an answer cites are about, and who took part in their meetings. */
function entitiesOf(result: AnswerResult, kb: KnowledgeBase): Set<string> {
  const ids = new Set<string>();
  for (const cited of result.facts) {
    const fact = kb.fact(cited.id)?.fact;
    for (const id of fact?.entities ?? []) ids.add(id);
    const meeting = fact?.event ? kb.event(fact.event) : undefined;
    for (const participant of meeting?.participants ?? []) ids.add(participant.entity);
  }
  return ids;
}

/** The answer without the line that says how a follow-up was read. */
function withoutReading(result: AnswerResult): string {
  return result.reading && result.answer.startsWith(`${result.reading}.\n`)
    ? result.answer.slice(result.reading.length + 2)
    : result.answer;
}
