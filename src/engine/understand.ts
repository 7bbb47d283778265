import type { KnowledgeBase } from "./knowledge.ts";
import { englishTier, isEnglishWord, QUESTION_AUXILIARIES } from "./language/english.ts";
import {
  ANY_MEETING_NOUNS,
  DETERMINERS,
  LATENESS_ADVERBS,
  MEETING_NOUN_PATTERN,
  MEETING_NOUNS,
  meetingNounsBut,
  ORDINAL_WORDS,
  PLURAL_DETERMINERS,
  RANK_WORDS,
  STOPWORDS,
} from "./language/lexicon.ts";
import {
  canonicalText,
  isPastVerb,
  phraseKey,
  stemOf,
  type Token,
  tokenize,
  wordsOf,
} from "./language/normalize.ts";
import {
  canNamePerson,
  isAdjectiveOnly,
  isAdverbPhrase,
  isNounOnly,
  isPersonNoun,
  isPluralNoun,
  isTimeNoun,
  isVerb,
  usedMostlyAsVerb,
  verbBase,
  verbSynonyms,
} from "./language/thesaurus.ts";
import { MONTHS } from "./language/time.ts";
import {
  isNegator,
  MAX_QUESTION_CHARS,
  type Mention,
  oneKeystrokeApart,
  PLANNED_TIME,
  type Proximity,
  parseQuestion,
  planOf,
  type QueryPlan,
  type SlipsRead,
  startReading,
  switchesTopic,
  termOf,
  unknownWord,
  withEverydaySlipsRead,
} from "./query.ts";
import { BE } from "./roles.ts";
import type { Entity, EntityKind } from "./schema.ts";
import { sayerAsked } from "./score.ts";
import { MEASURE_ASKED, MEASURE_WORDS, movesOn } from "./score-time.ts";
import { entityWords } from "./token-cache.ts";

/**
 * Stage 1 of answering: what the question asks, read from its words alone (no conversation yet).
 * The plan says which names and words it uses; the intent what kind of answer it wants; the time
 * constraint which facts can answer it at all; the references what it leaves to the context.
 */

/** What kind of answer the question wants. */
export type Intent =
  /** "What happened at the meeting?", "give me a rundown": the event as a whole. */
  | "overview"
  /** "Tell me about X", "who is X?": the entity's role and its most important facts. */
  | "profile"
  /** "What does CICA stand for?" */
  | "expansion"
  /** "Which outlet reported the talks?", "who covered it?": the article an event comes from. */
  | "source"
  /** "Who attended the talks?", "which countries took part?": the people and parties of an event. */
  | "attendance"
  /** "Who was quoted in the article?": the people an article quotes, each with what they said. */
  | "quoted"
  /** "Are you a bot?", "who made you?", "what can you do?": asked of the bot itself, not of the store. */
  | "self"
  /** Everything else: the fact (or facts) that say it. */
  | "fact";

/**
 * Time words that decide which facts can answer, not merely words to match:
 * "who chaired it *before*" needs a fact naming a predecessor, "*when will*" one about what is to
 * come, "*how long*" a stated span, "*currently*" not a fact about a former holder.
 */
export type TimeConstraint =
  | "past-holder"
  /** "Who will chair it after Uruguay?": the one a handover goes to from the holder named. */
  | "successor"
  | "future"
  | "current"
  /** "Who heads the CBBM?": worded in the present, so not answered by a state that ended ("had led it until …"). */
  | "present"
  | "span"
  | "end"
  | "earlier"
  | "since"
  /** "When does it start?": a stated beginning ("from 1 January", "for 2025–2026", "due to begin in"). */
  | "start"
  | "frequency"
  | "origin"
  /** "Where did he go?", "where did she end up?": of a person, the post or place they moved on to. */
  | "destination"
  /** "On which day of the week …?": a day the calendar can name, so a fact dated to the day. */
  | "weekday";

/** Words that point back into the conversation. */
export interface References {
  /** "he", "she", "his", "her": a person from the previous turn. */
  person?: string;
  /** "they", "them", "their": the previous turn's people, or its event's participants. */
  group?: string;
  /** "it", "that", "there": the previous turn's event, or the thing it was about. */
  thing?: string;
  /** "that country", "this body": the kinds of thing "thing" names (the previous turn's one of them). */
  thingKinds?: readonly EntityKind[];
  /** "and the other one?", "what about the other?": the previous turn's other entity. */
  other: boolean;
  /** "what *else* did he say?": not what was already shown. */
  more: boolean;
  /** "and Sarybay?", "what about Chile?": the previous question, about someone else. */
  ellipsis: boolean;
}

export interface Understanding {
  /** The question as asked (trimmed to the length the engine reads). */
  question: string;
  /** "Ok different question, …", "anyway, …": the question says a new topic starts (`switchesTopic`). */
  switchesTopic: boolean;
  /**
   * "According to News.Az, ...", "what did News.Az report about ...": only that outlet's
   * articles answer (source ids). The outlet's name is not a word to match.
   */
  sources?: ReadonlySet<string>;
  /**
   * The question with the outlet's name said as "it" ("according to the Pálava Business Daily, how
   * long is the bridge?" → "according to it, how long is the bridge?"): what verify's checks of the
   * question's wording read, so that a word of the name ("Daily", "Weekly", "Post") is no word asked.
   */
  outletUnnamed?: string;
  plan: QueryPlan;
  intent: Intent;
  /** "tell me about X" rather than "who is X": a fuller profile. */
  wantsDetail: boolean;
  /** "Apart from the chairmanship, what …": what the answer must not be (stems, all present). */
  excluding?: readonly string[];
  /** "the latest meeting", "the oldest meeting you know": which end of the timeline. */
  order?: "latest" | "oldest";
  /** "Recap the whole saga from the start": every meeting of the story, not one of them. */
  wholeStory?: true;
  /** "What's the latest on X?", "anything new with X?": the news of a topic, not of the whole store. */
  newsOf?: true;
  /** The stems of an overview's asking words ("catch me up on"): not what a meeting is about. */
  askingWords?: ReadonlySet<string>;
  /**
   * "And the second one?", "what happened at the next one?": another meeting of the story being
   * discussed, by its place among the story's meetings or beside the one discussed.
   */
  storyStep?: StoryStep;
  /**
   * "What's the latest on the whaling dispute?" in a store that never says "whaling", with no name
   * to choose a meeting: what the overview is about, unknown to the store.
   */
  unknownTopic?: readonly string[];
  time?: TimeConstraint;
  /** "Who pays the most?", "which country has the smallest share?": the extreme of a figure. */
  superlative?: Superlative;
  /**
   * "How many were planned at first and how many now?", "how did the cost change?": two accounts
   * of one thing, an earlier and a later; the plan is of the thing itself, without the words that
   * set the two times apart. "What changed between the Khujand and Osh talks?": the changes from
   * one meeting to another, whatever they were about.
   */
  comparison?: "accounts" | "changes";
  /**
   * "Who chaired each round?", "who represented Kyrgyzstan at Khujand and who at Osh?": asked of
   * every meeting of the story (or of each meeting named), one answer per meeting.
   */
  perMeeting?: true;
  /**
   * "Which cities have the talks been held in?", "list every town they've met in": the places of
   * the story's meetings, each with its meeting, not a fact that names one of them.
   */
  placesOfMeetings?: true;
  /**
   * "How long after the Khujand talks did they sign the deal?": the meeting (event id) the time is
   * counted from; the plan asks when the act was done.
   */
  spanFrom?: string;
  /**
   * "Is the loan still 150 million after the Batumi meeting?", "what did it cost before the
   * Batumi meeting?": a time set by a meeting the question names (event id), before or after its
   * day; the plan is of the question without it, as the meeting's name is no word a fact must have.
   */
  aroundMeeting?: { event: string; relation: "before" | "after" };
  references: References;
}

export type Superlative = "most" | "least";

/**
 * The questions understood in the answer under way, and in which scope: a follow-up reads the
 * previous question again, up to three times in one answer. Kept only while one answer is made
 * (`inOneAnswer`): the knowledge does not change meanwhile, and an understanding is never changed
 * once made, so it can be given twice.
 */
let understood: Map<string, { kb: KnowledgeBase; understanding: Understanding }> | undefined;

/** Makes one answer, each question it reads understood once (and its phrases read once). */
export function inOneAnswer<T>(answer: () => T): T {
  const outer = understood;
  understood = new Map();
  startReading();
  try {
    return answer();
  } finally {
    understood = outer;
  }
}

export function understand(question: string, kb: KnowledgeBase): Understanding {
  const known = understood?.get(question);
  if (known?.kb === kb) return known.understanding;
  const understanding = understandAfresh(question, kb);
  understood?.set(question, { kb, understanding });
  return understanding;
}

/** "they've", "they'll", "we're": a pronoun and its auxiliary, so that a follow-up's pronoun can be taken alone. */
const PRONOUN_AUXILIARY = /\b(i|you|we|they|he|she|it|who|what|where|that|there)['’](ve|ll|re)\b/gi;
const AUXILIARY_OF: Readonly<Record<string, string>> = { ve: "have", ll: "will", re: "are" };

function withAuxiliariesApart(question: string): string {
  return question
    .replace(PRONOUN_AUXILIARY, (_, pronoun: string, short: string) => {
      return `${pronoun} ${AUXILIARY_OF[short.toLowerCase()]}`;
    })
    .replace(WHO_S, (whole: string, who: string, next: string, after: string | undefined) => {
      // ("Who's taking over …?" is left as it was read: "who is taking over" would ask about the
      // present, where the progressive often tells of what is to come.)
      if (/ing$/i.test(next)) return whole;
      return `${who} ${hasBefore(next.toLowerCase(), after?.toLowerCase()) ? "has" : "is"} ${next}`;
    });
}

/**
 * "Who's Bulgaria's minister now?" is "who is", "who's chaired the talks since May?" and "who's
 * been minister since November?" are "who has": read apart, as "who is …" and "who has …" are
 * read, not as a name with "'s" after it. Typed without its apostrophe ("whos the new commander")
 * it is the same question.
 */
const WHO_S = /\b(who)['’]?s\s+([a-z]+)(?=(?:\s+([a-z]+))?)/gi;

/** "Who's been", "who's had", "who's chaired the talks": a past participle with its object, not a passive ("who's invited to …"). */
function hasBefore(next: string, after: string | undefined): boolean {
  if (HAS_PARTICIPLES.has(next)) return true;
  return isPastVerb(next) && after !== undefined && !PASSIVE_AFTER.has(after);
}

const HAS_PARTICIPLES = new Set(["been", "had", "got", "gotten"]);
/** Words after a participle that make it a passive's ("who's expected to", "who's represented by"). */
const PASSIVE_AFTER = new Set(["to", "by", "in", "at", "on", "for", "with", "as", "from"]);

/**
 * "How much dose the trial cost?", "when wil the ship be delivered?", "how much dos Bangladesh owe?":
 * right after the question's opening words stands its auxiliary, and a word one keystroke from one
 * there, with the subject after it, is that auxiliary mistyped. Read as typed, "dose" is a word a
 * fact must have and "wil" leaves the question without its future. Another English word counts
 * only as letters dropped, added or swapped, not a key beside the one meant ("how much gas the
 * pipeline carries" is no "has"), and never where an auxiliary follows ("how much dose does a child
 * get?").
 */
function withAuxiliarySlipsRead(question: string, kb: KnowledgeBase): string {
  const slot = AUXILIARY_SLOT.exec(question);
  if (!slot) return question;
  const [, before, typed, next] = slot as unknown as [string, string, string, string];
  const word = typed.toLowerCase();
  const following = next.toLowerCase();
  if (STOPWORDS.has(word) || QUESTION_AUXILIARIES.includes(following)) return question;
  if (!SUBJECT_OPENERS.has(following) && kb.entitiesNamed(following).length === 0) return question;
  const english = isEnglishWord(word);
  const meant = QUESTION_AUXILIARIES.find(
    (auxiliary) =>
      oneKeystrokeApart(word, auxiliary) &&
      (!english || word.length !== auxiliary.length || lettersSwapped(word, auxiliary)),
  );
  return meant ? `${before}${meant}${question.slice(before.length + typed.length)}` : question;
}

/** Two words of one length that differ only by two letters side by side swapped ("dose", "does"). */
function lettersSwapped(a: string, b: string): boolean {
  const at = [...a].findIndex((letter, i) => letter !== b[i]);
  return at >= 0 && a[at] === b[at + 1] && a[at + 1] === b[at] && a.slice(at + 2) === b.slice(at + 2);
}

/**
 * Words that open the subject after an auxiliary: a determiner, singular or plural, "our" (which
 * DETERMINERS leaves out: an asker's word, "does our embassy …", not a fact's), or a subject pronoun.
 */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set([
  ...DETERMINERS,
  ...PLURAL_DETERMINERS,
  "our",
  "it",
  "they",
  "he",
  "she",
  "we",
  "you",
  "u",
  "i",
]);
/** The question's opening words (after any lead-in), the word where its auxiliary stands, and the word after it. */
const AUXILIARY_SLOT =
  /^(\W*(?:(?:and|so|but|ok|okay|lol|yo|hey|wait|ngl|bruh)\W+)*(?:how (?:much|many|often|long|far|soon)|when|where|why|what|who)\s+)([a-z]{2,5})\s+([\p{L}'’-]+)/iu;

function understandAfresh(question: string, kb: KnowledgeBase): Understanding {
  const asked = withSettingLast(
    withMonthsSpelled(
      withAuxiliariesApart(
        withAuxiliarySlipsRead(withoutAnswerForm(question.slice(0, MAX_QUESTION_CHARS * 2)), kb),
      ),
    ),
  );
  const text = canonicalText(asked).toLowerCase();
  const asAsked = asked.trim().slice(0, MAX_QUESTION_CHARS);
  if (CHANGES_SINCE.test(text))
    return understandingOf({ ...understandOne(asked, kb), comparison: "changes" });
  const span = SPAN_FROM_MEETING.exec(text.replace(/[?!.\s]+$/, ""));
  const whole = span ? understandOne(asked, kb) : undefined;
  const from = span && whole ? meetingNamedIn(span[1]!, whole, kb) : undefined;
  if (span && whole && from) {
    const when = understandOne(`when ${span[2]} ${span[3]}?`, kb);
    // ("… after the first round of the rice and coffee talks was the agreement signed?": the act
    // is asked within the story the meeting phrase names, when the act's own words name nothing.)
    const story = when.plan.mentions.length === 0 ? storyNamedIn(span[1]!, whole, kb) : undefined;
    return understandingOf({
      ...(story ? understandOne(`when ${span[2]} ${span[3]} in ${story}?`, kb) : when),
      question: asAsked,
      switchesTopic: switchesTopic(asAsked),
      spanFrom: from,
    });
  }
  // "How far was the museum opening pushed back?": the day set at first and the day now.
  const delayed = delayedThing(text);
  if (delayed) {
    return understandingOf({
      ...understandOne(delayed, kb),
      question: asAsked,
      switchesTopic: switchesTopic(asAsked),
      comparison: "accounts",
    });
  }
  const compared = comparedThing(text);
  if (compared) {
    return understandingOf({
      ...understandOne(compared, kb),
      question: asAsked,
      switchesTopic: switchesTopic(asAsked),
      comparison: "accounts",
    });
  }
  const around = aroundMeeting(text, kb);
  if (around) {
    return understandingOf({
      ...understandOne(around.rest, kb),
      question: asAsked,
      switchesTopic: switchesTopic(asAsked),
      aroundMeeting: { event: around.event, relation: around.relation },
    });
  }
  return understandOne(asked, kb);
}

/**
 * "Yes or no: did Bolivia get transit rights?", "how many hectares does it cover? just the number",
 * "in one word, where is the centre?": the form the asker wants the answer in, said before or after
 * the question. It asks nothing of the facts: read as words, "yes", "number" or "word" would be
 * words a fact must have. (The question itself already says what kind of answer it wants.)
 */
export function withoutAnswerForm(question: string): string {
  if (!ANSWER_FORM_WORD.test(question)) return question;
  const opened = ANSWER_FORM_FIRST.exec(question);
  const rest = opened ? question.slice(opened[0].length) : question;
  const closed = ANSWER_FORM_LAST.exec(rest);
  // (The question mark the form came after stays the question's.)
  const kept = closed ? `${rest.slice(0, closed.index)}${closed[0].includes("?") ? "?" : ""}` : rest;
  // (A question that is nothing but the form, "yes or no?", is left as it was asked.)
  return /\p{L}/u.test(kept) ? kept : question;
}

/** The form asked for: "yes or no", "just the number", "in one word", "short answer", "briefly". */
const ANSWER_FORM = String.raw`(?:(?:a |quick |simple |short |straight )?(?:yes or no|yes\/no|y\/n)(?: (?:question|answer))?|(?:just|only|simply) (?:the|a|give me the) (?:number|figure|amount|total|percentage|percent|share|name|names|year|date|day|month|place|city|country|company|person)s?(?: (?:please|pls|plz))?|(?:the )?(?:number|figure|name|year|date) only|in (?:one|a|a single) word|(?:a )?one[- ]word answer|(?:a |the )?short answer|briefly|in short)`;
/**
 * A word every form above has one of: most questions have none, and this finds that in one scan
 * (the form's pattern tries its look-behind at every character). The same flags, so the same letters.
 */
const ANSWER_FORM_WORD = /yes|y\/n|just|only|simply|word|short|briefly/iu;
const ANSWER_FORM_FIRST = new RegExp(
  String.raw`^\W*${ANSWER_FORM}(?: (?:please|pls|plz))?\s*[:,;.!?—–-]+\s*`,
  "iu",
);
const ANSWER_FORM_LAST = new RegExp(
  String.raw`(?<=[\p{L}\p{N}?!.)'’"])[\s,;:.—–-]*(?:[?!.]\s*)?${ANSWER_FORM}(?: (?:please|pls|plz))?[\s?!.]*$`,
  "iu",
);

/** "Before the Osh round, where were the talks held?": a time set first, then the question. */
const SETTING_FIRST =
  /^((?:before|after|since|until|prior to) [^,?]+), ((?:where|when|who|what|which|how)\b[^,]*)$/i;

/** The question asked first and its setting after it, as the question words are read from its start. */
function withSettingLast(question: string): string {
  const match = SETTING_FIRST.exec(question.trim().replace(/[?!.]+$/, ""));
  return match ? `${match[2]} ${match[1]}?` : question;
}

/** "How long after the Khujand talks did they sign …": the meeting, then the act asked when of. */
const SPAN_FROM_MEETING = /^how long (?:after|since) (.+?) (did|was|were|had|has|have) (.+)$/;

/** The one meeting a phrase of the question names, by a place or a title ("the Khujand talks"). */
function meetingNamedIn(phrase: string, whole: Understanding, kb: KnowledgeBase): string | undefined {
  const named = whole.plan.mentions.filter((m) => phrase.includes(m.text.toLowerCase()));
  const events = new Set(named.flatMap((m) => meetingOf(m.entityIds, kb) ?? []));
  if (events.size === 1) return [...events][0];
  // "The Bakwendi signing in Brussels": the story's name is in each of its meetings' facts, the
  // place in several; the one meeting whose title and place say every name of the phrase.
  if (events.size !== 1 && named.length > 1) {
    const pool = new Set(named.flatMap((m) => m.entityIds.flatMap((id) => kb.eventsNaming(id))));
    const titled = [...pool].filter((id) => {
      const event = kb.event(id);
      const own = event ? canonicalText(`${event.title} ${event.place ?? ""}`).toLowerCase() : "";
      return named.every((m) => own.includes(m.text.toLowerCase()));
    });
    if (titled.length === 1) return titled[0];
  }
  // "How long after the first round of the rice and coffee talks …": of the meetings the story's
  // name is in, the one whose title has that ordinal and noun ("First round of the … talks").
  const ordinal = ORDINAL_MEETING.exec(phrase);
  if (!ordinal || events.size > 0) return undefined;
  const titled = new Set(
    named.flatMap((m) =>
      m.entityIds.flatMap((id) =>
        kb.eventsNaming(id).filter((id) => kb.event(id)?.title.toLowerCase().includes(ordinal[0]) ?? false),
      ),
    ),
  );
  return titled.size === 1 ? [...titled][0] : undefined;
}
/**
 * The names a meeting phrase gives of what its story is about ("the rice and coffee talks", an
 * agreement, of "the first round of …"), said as asked; not a meeting or a place ("the Khujand
 * talks"), which is no more than when the span is counted from.
 */
function storyNamedIn(phrase: string, whole: Understanding, kb: KnowledgeBase): string | undefined {
  const names = whole.plan.mentions
    .filter(
      (m) =>
        phrase.includes(m.text.toLowerCase()) &&
        m.entityIds.every((id) => !MEETING_KINDS.has(kb.entity(id)?.kind ?? "event")),
    )
    .map((m) => m.text);
  return names.length > 0 ? `the ${names.join(" and ")}` : undefined;
}
/** "The first round", "the second session": a meeting named by its place in its series. */
const ORDINAL_MEETING = new RegExp(`\\b(?:${ORDINAL_WORDS.join("|")}) (?:${MEETING_NOUNS.join("|")})\\b`);

/**
 * The meeting a mention names: an event whose title or place names it ("Batumi"), or, for a
 * meeting the store has as an entity ("the Batumi meeting"), the one event of its facts whose
 * title, place and topics have every word of one of its names. Undefined unless exactly one.
 */
export function meetingOf(entityIds: readonly string[], kb: KnowledgeBase): string | undefined {
  const events = new Set(entityIds.flatMap((id) => kb.eventsNaming(id)));
  for (const id of entityIds) {
    const entity = kb.entity(id);
    if (entity?.kind !== "event") continue;
    const names = [entity.name, ...entity.aliases]
      .map((name) => wordsOf(name).map(stemOf))
      .filter((stems) => stems.length >= 2);
    for (const indexed of kb.factsAbout(id)) {
      const event = indexed.fact.event ? kb.event(indexed.fact.event) : undefined;
      if (!event || events.has(event.id)) continue;
      const own = new Set(
        wordsOf(`${event.title} ${event.place ?? ""} ${event.topics.join(" ")}`).map(stemOf),
      );
      if (names.some((stems) => stems.every((stem) => own.has(stem)))) events.add(event.id);
    }
  }
  return events.size === 1 ? [...events][0] : undefined;
}

const MEETING_KINDS: ReadonlySet<EntityKind> = new Set(["event", "place"]);
/** "Before the Batumi meeting", "after Batumi", "since the Yerevan signing": a time set by a meeting. */
const AROUND = /\b(before|after|since|following|ahead of|prior to) (?:the )?$/;
/** Words for the meeting itself after its name ("the Batumi steering committee meeting"). */
const MEETING_NOUN = new RegExp(`^(?: (?:${MEETING_NOUNS.join("|")}))?`);

/**
 * "Is the loan still 150 million after the Batumi meeting?": the meeting named right after
 * "before" or "after" (or "since"), and the question without that phrase. Not a "when" or
 * "where" (the meeting before or after one, `meetingBeside`), nor "how long after" (a span).
 */
function aroundMeeting(
  text: string,
  kb: KnowledgeBase,
): { rest: string; event: string; relation: "before" | "after" } | undefined {
  if (!/\b(?:before|after|since|following|ahead of|prior to)\b/.test(text)) return undefined;
  const whole = understandOne(text, kb);
  if (whole.plan.kind === "when" || whole.plan.kind === "where" || whole.intent !== "fact") return undefined;
  for (const mention of whole.plan.mentions) {
    // (A person or a country after "before" is a holder: "who chaired it before Ghana?")
    if (!mention.entityIds.every((id) => MEETING_KINDS.has(kb.entity(id)?.kind ?? "other"))) continue;
    const at = text.indexOf(mention.text.toLowerCase());
    const around = at > 0 ? AROUND.exec(text.slice(0, at)) : null;
    const event = around ? meetingOf(mention.entityIds, kb) : undefined;
    if (!around || !event) continue;
    const end = at + mention.text.length;
    const noun = MEETING_NOUN.exec(text.slice(end))![0];
    const rest = `${text.slice(0, around.index)}${text.slice(end + noun.length)}`.replace(/\s+/g, " ").trim();
    if (wordsOf(rest).length < 2) return undefined;
    return {
      rest,
      event,
      relation:
        around[1] === "before" || around[1] === "ahead of" || around[1] === "prior to" ? "before" : "after",
    };
  }
  return undefined;
}

/** "What changed between the two rounds?", "what's new since the Khujand talks?": changes, not one thing. */
const CHANGES_SINCE =
  /\bwhat(?:'s| has| have| is)? (?:changed|different|new)\b.*\b(?:between|since|from|after)\b/;
/** "At first", "originally", "first offered": the earlier of two accounts a question sets side by side. */
export const EARLIER_SIDE =
  /\b(?:at first|at the (?:start|outset|beginning)|originally|initially|to begin with|in the beginning|first(?= (?:\w+ed|meant|due|set|should)\b))\b/;
/**
 * "The very first cost estimate", "the original deadline", "the original start date": what was
 * first said of a figure, a plan or a day set for something (not "the first year", "the first
 * round", which are times and meetings of their own).
 */
export const FIRST_OF_A_FIGURE =
  /\b(?:first|original|initial)(?: [a-z]+)? (?:estimate|figure|number|plan|count|amount|total|version|draft|price|cost|offer|proposal|target|deadline|budget|date|schedule|timetable|timeline)s?\b/;
/** "When did they first meet?", "where did they first hold talks on it?": the story's earliest meeting. */
export const FIRST_MET =
  /\bfirst (?:meet|met|talk|talked|discuss|discussed|held talks|hold talks|sit down|sat down)\b/;
/** "Now", "in the end", "where did it end up": the later one. */
export const LATER_SIDE = /\b(?:now|nowadays|these days|currently|in the end|eventually|end(?:ed)? up)\b/;
/** "How did the cost change?", "did it go up or down?", "… compared with …": a change asked about as such. */
const CHANGE =
  /\b(?:how (?:did|has|have|does|do) .+? change[ds]?\b|(?:go|gone|went) up or down\b|(?:rise|rose|risen) or f[ae]ll\b|increase or decrease\b|compared (?:with|to)\b)/;
const MONTH_NAMED = new RegExp(`\\b(?:${MONTHS.join("|")})\\b`, "i");
/** ", and how many were planned at first": the second clause asks the first one's question of the other time. */
const SECOND_CLAUSE = /,? and (?:how|where|who|what|when|which)\b.*$/;

/**
 * A question that sets two times of one thing side by side asks about the thing: "how many
 * stations are planned now, and how many were planned at first?" is "how many stations are
 * planned", answered from an earlier and a later account. The words that set the two times
 * apart (the second clause, "now", "at first", "in May", "compared with …", "how did … change")
 * go; undefined when the question does not compare.
 */
function comparedThing(text: string): string | undefined {
  const sides = LATER_SIDE.test(text) && (EARLIER_SIDE.test(text) || MONTH_NAMED.test(text));
  if (!sides && !CHANGE.test(text)) return undefined;
  const thing = text
    .replace(/\bcompared (?:with|to)\b.*$/, "")
    .replace(SECOND_CLAUSE, "")
    .replace(/^how (?:did|has|have|does|do) (.+?) change[ds]?\b.*$/, "what was $1")
    .replace(
      /^(?:did|has|have|does|do) (.+?) (?:go|gone|went|rise|risen|increase) (?:up or down|or f[ae]ll|or decrease)\b.*$/,
      "what was $1",
    )
    .replace(MONTH_SPAN, "")
    .replace(LATER_SIDE, "")
    .replace(EARLIER_SIDE, "")
    .replace(/\s+/g, " ")
    .replace(/\s*[,?.!]*\s*$/, "")
    .trim();
  return wordsOf(thing).length >= 2 ? `${thing}?` : undefined;
}

/**
 * "How far was the museum opening pushed back?", "by how much was the entry into force delayed?",
 * "how much later will the port be done than first planned?", "how late will the bridge open
 * compared with the first date?": a delay asked as an amount is the day set at first against the
 * day now (read as "when will the port be done?", its accounts set side by side: verify's
 * `comparison` "accounts"); compose says the gap between them.
 * Not "how late was the signing?" (no word of a delay or of the first plan: one account says it).
 */
export function delayedThing(text: string): string | undefined {
  const amount = DELAY_AMOUNT.exec(text);
  if (!amount || !DELAY_SAID.test(text)) return undefined;
  const thing = text
    .slice(amount[0].length)
    .replace(/\b(?:than|compared (?:with|to))\b.*$/, "")
    .replace(DELAY_SAID, " ")
    .replace(/\s+/g, " ")
    .replace(/\s*[,?.!]*\s*$/, "")
    .trim();
  return /^(?:was|were|is|are|will|has|had|did|does)\b/.test(thing) && wordsOf(thing).length >= 3
    ? `when ${thing}?`
    : undefined;
}
const DELAY_AMOUNT =
  /^(?:by )?how (?:far|late|long|much later|much|many (?:days|weeks|months|years)(?: late| later)?)\b/;
const DELAY_SAID =
  /\b(?:pushed|put|moved|set) back\b|\b(?:postponed|delayed|put off)\b|\blater\b.*?\bthan (?:first |originally |initially |was )?(?:planned|scheduled|expected|due|set|promised)\b|\bcompared (?:with|to) (?:the )?(?:first |original |initial |planned )?(?:date|day|plan|schedule|timetable|deadline)\b/;

/** "Between March and October", "since May": a month side of a comparison (made once, not per question). */
const MONTH_SPAN = new RegExp(
  `\\b(?:between|from|in|since|by) (?:${MONTHS.join("|")})(?: (?:and|to) (?:${MONTHS.join("|")}))?\\b`,
  "gi",
);

function understandOne(asked: string, kb: KnowledgeBase): Understanding {
  const outlet = outletIn(asked, kb);
  const { rest: withoutExcluded, excluding } = withoutExclusion(outlet ? outlet.rest : asked, kb);
  // An overview keeps the phrase: it names the meeting ("besides CICA events at COP29, what else
  // was on the table?"); its facts are left out of the key facts instead.
  const rest =
    excluding && OVERVIEW.test(withoutExcluded.toLowerCase())
      ? outlet
        ? outlet.rest
        : asked
      : withoutExcluded;
  // "On which day of the week …" asks when, to the day; "week" is no word a fact must have.
  const slipsRead: SlipsRead = new Map();
  const parsed = parseQuestion(rest.replace(WEEKDAY_ASKED, "day"), kb, slipsRead);
  // ("what happend at the meeting": the phrases that tell what is asked read a slip as its word,
  // as the plan's words do, and with the plan's own corrections.)
  const text = withEverydaySlipsRead(canonicalText(asked), kb, slipsRead).toLowerCase();
  const references = referencesIn(parsed.words, text);
  // "When was the Canary Current Fisheries Council founded?": a time word inside a name is the name's.
  const time = timeConstraint(
    parsed.mentions.reduce((unnamed, mention) => unnamed.replace(mention.text, " "), text),
    parsed,
    kb,
  );
  // "Who was the previous president of X?" asks for someone else than the one described now.
  // "Who is the X of Y?" keeps its own path (the fact must say who holds the role), and "who was
  // the previous X" asks for someone other than the one described now.
  const describesNow = !parsed.whoIs && time !== "past-holder";
  const superlative = superlativeIn(text, parsed);
  const plan = withThingDefined(
    withSuperlativeSoft(
      withAdverbPhrasesSoft(
        withLatenessSoft(
          withHoldingSoft(
            withAspectComplementSoft(
              withSpanVerbsSoft(
                withFirstAccountWords(
                  withoutTimeWords(
                    withPredicateWeighed(
                      describesNow ? withBareTitlesResolved(withRolesResolved(parsed, kb), kb) : parsed,
                      kb,
                    ),
                    time,
                    kb,
                  ),
                  text,
                ),
                text,
              ),
              time,
            ),
          ),
        ),
      ),
      superlative,
    ),
    text,
    kb,
  );
  const order = orderOf(text);
  const placesOfMeetings = PLACES_OF_MEETINGS.test(text);
  const question = asked.trim().slice(0, MAX_QUESTION_CHARS);
  return understandingOf({
    question,
    switchesTopic: switchesTopic(question),
    sources: outlet?.sources,
    outletUnnamed: outlet?.unnamed.slice(0, MAX_QUESTION_CHARS),
    plan,
    intent:
      outlet && plan.mentions.length === 0 && plan.terms.length === 0 && plan.unknown.length === 0
        ? outletOnly(outlet.rest)
        : intentOf(text, plan, kb),
    wantsDetail: TELL_ABOUT.test(text),
    excluding,
    order,
    wholeStory: WHOLE_STORY.test(text) || placesOfMeetings ? true : undefined,
    newsOf: LATEST_ON.test(text) ? true : undefined,
    askingWords: overviewPhraseStems(text, order),
    storyStep: storyStepIn(text),
    unknownTopic: unknownTopicOf(text, plan),
    time,
    superlative: superlative?.extreme,
    comparison: undefined,
    perMeeting: EACH_MEETING.test(text) ? true : undefined,
    placesOfMeetings: placesOfMeetings ? true : undefined,
    spanFrom: undefined,
    aroundMeeting: undefined,
    references,
  });
}

/**
 * An understanding with every field present, in one order (absent ones undefined), whichever
 * fields the question set: code that reads an understanding meets one object layout (V8's map),
 * not one per combination of optional fields, so its property loads stay monomorphic rather than
 * megamorphic, and a question that sets a field no earlier one did does not deoptimise them. A copy
 * with a field changed (`{ ...understanding, intent }`) keeps the layout.
 */
export function understandingOf(u: Understanding): Understanding {
  return {
    question: u.question,
    switchesTopic: u.switchesTopic,
    sources: u.sources,
    outletUnnamed: u.outletUnnamed,
    plan: u.plan,
    intent: u.intent,
    wantsDetail: u.wantsDetail,
    excluding: u.excluding,
    order: u.order,
    wholeStory: u.wholeStory,
    newsOf: u.newsOf,
    askingWords: u.askingWords,
    storyStep: u.storyStep,
    unknownTopic: u.unknownTopic,
    time: u.time,
    superlative: u.superlative,
    comparison: u.comparison,
    perMeeting: u.perMeeting,
    placesOfMeetings: u.placesOfMeetings,
    spanFrom: u.spanFrom,
    aroundMeeting: u.aroundMeeting,
    references: u.references,
  };
}

/**
 * "Who pays the most?", "which country has the largest share of the fund?": a superlative of an
 * amount (not "the most important agreement"), asked of who or which.
 */
const SUPERLATIVE =
  /\b(most|largest|biggest|highest|greatest|least|smallest|lowest|fewest)\b(?=\s*(?:$|[?.!]|(?:of|in|into|to|for|towards?|money|share|shares|amount|contribution|sum|part|portion|percentage)\b))/;
const LEAST = new Set(["least", "smallest", "lowest", "fewest"]);

function superlativeIn(
  text: string,
  plan: QueryPlan,
): { word: string; position: number; extreme: Superlative } | undefined {
  if (plan.kind !== "who" && plan.kind !== "which") return undefined;
  const word = SUPERLATIVE.exec(text)?.[1];
  if (!word) return undefined;
  return { word, position: wordsOf(text).indexOf(word), extreme: LEAST.has(word) ? "least" : "most" };
}

/** The superlative says which of the figures a fact gives, not a word the fact must have. */
function withSuperlativeSoft(
  plan: QueryPlan,
  superlative: { word: string; position: number } | undefined,
): QueryPlan {
  if (!superlative) return plan;
  // A store that never uses the word ("least") reads it as unknown, or as a slip for another
  // ("last"): either would cost every fact.
  return planOf({
    ...plan,
    terms: plan.terms.map((t) =>
      t.word === superlative.word || t.position === superlative.position
        ? termOf({ ...t, weight: SOFT_WEIGHT })
        : t,
    ),
    unknown: plan.unknown.filter((u) => u.word.toLowerCase() !== superlative.word),
  });
}

/**
 * "What did Veloria's foreign minister call the accord?" is about one person: the one whose
 * description says "Foreign Minister of Veloria". When exactly one entity fits, the role phrase
 * reads as a mention of them (and facts that name them but not the role still answer).
 */
function withRolesResolved(plan: QueryPlan, kb: KnowledgeBase): QueryPlan {
  for (const proximity of plan.proximities) {
    if (!("mention" in proximity.target)) continue;
    const owner = plan.mentions[proximity.target.mention]!;
    const term = plan.terms[proximity.term]!;
    // "The Irish diplomat", "the Kenyan official": a word for any person, which still reads as the
    // one person the store describes so ("Irish diplomat, formerly …"); with nobody described so,
    // any of the country's people may be meant, so it stays a word for a kind of entity.
    const anyPerson = term.kinds.length > 0;
    if (anyPerson && !term.kinds.every((kind) => kind === "person")) continue;
    // Every name the role is tied to ("Chile's ambassador to Mongolia") must be in the description.
    const owners = plan.proximities
      .filter((p) => p.term === proximity.term && "mention" in p.target)
      .map((p) => plan.mentions[(p.target as { mention: number }).mention]!);
    const described = describedPeople(plan, proximity.term, owners, kb);
    if (anyPerson && (described.length === 0 || !owner.demonym)) continue;
    // (So too "the king of Bahrain", "Bahrain's king": a country's title nobody holds in the store.)
    // (Unless the store's facts speak of the title itself: "invited the President of Chile".)
    const ofACountry =
      owner.demonym ||
      (owner.entityIds.every((id) => kb.entity(id)?.kind === "country") &&
        !titleSaidOf(term.word, owner.entityIds, kb));
    if (described.length === 0 && ofACountry && isPersonNoun(term.word)) {
      // "The Kazakh president" where nobody is described so: someone the store does not know,
      // as an unknown word is, and not any president a fact about Kazakhstan brings along.
      return planOf({
        ...plan,
        unknown: [...plan.unknown, unknownWord(`${owner.text} ${term.word}`, false)],
      });
    }
    // "What did the Nicaraguan vice minister say at Bocas del Toro?" where two stories each have a
    // Nicaraguan vice minister: the one who took part in a meeting the question's other names are
    // of (its place, its parties) is the one meant.
    const meant = described.length > 1 ? atTheMeetingNamed(described, plan, owners, kb) : described;
    if (meant.length !== 1) continue;
    const { entity, roleTerms } = meant[0]!;
    // "Paraguay's delegation" describes a group the person led, not the person: a role is a
    // title, a noun for a person ("minister", "secretary general", "top diplomat").
    const head = roleTerms.map((i) => plan.terms[i]!).sort((a, b) => b.position - a.position)[0];
    if (!head || !isPersonNoun(head.word)) continue;
    // "Did the jaguar corridor ranchers lift their ban?": a plural names a group, not the one
    // person whose description has the word ("President of the … Ranchers' Union").
    if (isPluralNoun(plan.words[head.position] ?? head.word)) continue;
    const positions = [owner.position, ...roleTerms.map((i) => plan.terms[i]!.position)];
    const start = Math.min(...positions);
    // "Who replaced Warsame as Somalia's agriculture minister?": the post taken, not someone named;
    // its holder is what is asked.
    if (plan.words[start - 1] === "as") continue;
    const end = Math.max(...positions, owner.position + owner.length - 1);
    const resolved: Mention = {
      entityIds: [entity.id],
      text: plan.words.slice(start, end + 1).join(" "),
      position: start,
      length: end - start + 1,
      viaAlias: true,
    };
    return withTermsAsMention(plan, resolved, roleTerms, owner);
  }
  return plan;
}

/**
 * "What did the secretary general say?", "what did the SG congratulate them on?": a title with no
 * one's name beside it names whoever holds it, as a readout does ("the Secretary General noted …").
 * The title reads as a mention of every person the store describes so (now, not formerly): one
 * holder is the one meant; several are namesakes, and which of them is meant is for the rest of the
 * question or the conversation to say (`sortOutNamesakes`), never a guess.
 */
function withBareTitlesResolved(plan: QueryPlan, kb: KnowledgeBase): QueryPlan {
  const tied = new Set(plan.proximities.filter((p) => "mention" in p.target).map((p) => p.term));
  const named = new Set(plan.mentions.flatMap((m) => m.entityIds));
  const free = (i: number) => {
    const term = plan.terms[i];
    return !!term && term.weight >= 1 && !tied.has(i) && term.kinds.every((kind) => kind === "person");
  };
  for (let first = 0; first < plan.terms.length; first++) {
    const start = plan.terms[first]!.position;
    if (!free(first) || plan.words[start - 1] !== "the") continue;
    // "Who took over as the chair?": the post, whose holder is asked, not someone named.
    if (plan.words[start - 2] === "as") continue;
    // "Is he still the minister?": what someone is, not someone named.
    if (predicateOfBe(plan, start - 1)) continue;
    // The title is the whole run of the question's words from right after "the" ("the student
    // exchange" is no student), less the verb that ends it ("did the secretary general *say*").
    let end = first;
    while (
      free(end + 1) &&
      plan.terms[end + 1]!.position === plan.terms[end]!.position + 1 &&
      end + 1 - first < MAX_TITLE_WORDS
    )
      end++;
    if (free(end + 1) && plan.terms[end + 1]!.position === plan.terms[end]!.position + 1) continue;
    let found: { last: number; holders: string[] } | undefined;
    for (const last of end > first && endsInItsVerb(plan, start, plan.terms[end]!) ? [end, end - 1] : [end]) {
      const head = plan.terms[last]!;
      // The head is a noun for one person ("the ranchers" are a group).
      if (!isPersonNoun(head.word) || isPluralNoun(plan.words[head.position] ?? head.word)) continue;
      const title = plan.terms.slice(first, last + 1).map((t) => t.word);
      const holders = holdersOfTitle(plan, last, title, kb).filter((id) => !named.has(id));
      if (holders.length > 0) {
        found = { last, holders };
        break;
      }
    }
    // Many hold it (a large store's presidents): no list to ask from, and following every holder
    // makes the question slow; the title's words are left for the facts to match, as before.
    if (!found || found.holders.length > MAX_TITLE_HOLDERS) continue;
    // "And the president?": the title alone, which the conversation reads in the place of the
    // person its previous question named.
    if (plan.mentions.length === 0 && plan.terms.length === found.last - first + 1) return plan;
    // "The member states": a title that runs on into another word of the question is not the title.
    const after = plan.terms[found.last]!.position + 1;
    if (
      found.last === end &&
      (plan.terms.some((t) => t.position === after) || plan.mentions.some((m) => m.position === after))
    )
      continue;
    // Several hold it: namesakes, for the conversation to choose between, only where the question
    // has nothing else to choose by. Another name ("did Iturra meet the foreign minister?") or a
    // word pointing back ("how did the mayor take it?") may pick one whose description words the
    // title otherwise ("Minister for Foreign Affairs"), and facts that speak of it still answer.
    if (
      found.holders.length > 1 &&
      (plan.mentions.length > 0 || WORDS_POINTING_BACK.test(plan.words.join(" ")))
    )
      continue;
    const endAt = plan.terms[found.last]!.position;
    // "The president of the bank", "the ambassador to Mongolia": whose title it is follows, named
    // or not; a title of someone's is another reading's (`withRolesResolved`).
    if (TITLE_OWNER_AFTER.has(plan.words[endAt + 1] ?? "")) continue;
    if (plan.mentions.some((m) => m.position <= endAt && m.position + m.length > start)) continue;
    const resolved: Mention = {
      entityIds: found.holders,
      text: plan.words.slice(start, endAt + 1).join(" "),
      position: start,
      length: endAt - start + 1,
      viaAlias: true,
    };
    const titleTerms = Array.from({ length: found.last - first + 1 }, (_, k) => first + k);
    return withTermsAsMention(plan, resolved, titleTerms);
  }
  return plan;
}

/** Words that point back into the conversation. */
const WORDS_POINTING_BACK = /\b(?:he|she|him|her|his|it|its|they|them|their|that|this|there|those|these)\b/;

/** The most holders a bare title is read as: as many as a "which one do you mean?" can offer. */
const MAX_TITLE_HOLDERS = 5;
/** The longest title read ("deputy foreign minister", and its verb). */
const MAX_TITLE_WORDS = 3;
/** Words between a pronoun and "the" in "is he *still* the minister?". */
const PREDICATE_ADVERBS: ReadonlySet<string> = new Set([
  "still",
  "now",
  "also",
  "already",
  "really",
  "currently",
]);
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(["he", "she", "they", "it", "i", "you", "we", "who"]);
/** Verbs that say what someone is: "is", "became", "remains". */
const COPULAS: ReadonlySet<string> = new Set([
  ...BE,
  "become",
  "became",
  "becomes",
  "remain",
  "remains",
  "remained",
]);

/**
 * The run of words from "the" ends in the verb the title does: a subject right after the
 * auxiliary ("what did the secretary general *say* about …?"), the verb followed by no other
 * ("did the student exchange have …" has its verb after the name).
 */
function endsInItsVerb(plan: QueryPlan, start: number, last: QueryPlan["terms"][number]): boolean {
  if (!SUBJECT_AUXILIARIES.has(plan.words[start - 2] ?? "") || !isVerb(last.word)) return false;
  const next = plan.words[last.position + 1];
  return next === undefined || !isVerb(next) || plan.mentions.some((m) => m.position === last.position + 1);
}

/** The auxiliaries before a question's subject that are no form of "be" ("did the minister say"). */
const SUBJECT_AUXILIARIES: ReadonlySet<string> = new Set(
  QUESTION_AUXILIARIES.filter((word) => !BE.has(word)),
);

/** The "the" at `at` opens what its subject is ("is he still the minister?", "was Reindl the envoy?"). */
function predicateOfBe(plan: QueryPlan, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && PREDICATE_ADVERBS.has(plan.words[i]!)) i--;
  const subject = plan.mentions.find((m) => m.position + m.length - 1 === i);
  if (subject) i = subject.position - 1;
  else if (SUBJECT_PRONOUNS.has(plan.words[i] ?? "")) i--;
  else return false;
  while (i >= 0 && PREDICATE_ADVERBS.has(plan.words[i]!)) i--;
  return COPULAS.has(plan.words[i] ?? "");
}

/** Words after a title that say whose it is ("of the bank", "to Mongolia", "for trade"). */
const TITLE_OWNER_AFTER: ReadonlySet<string> = new Set(["of", "to", "for"]);

/**
 * The person's own title is the title asked: the description's first clause has its words one
 * after another ("Foreign Minister of …", "Argentine engineer, president of …"), not after a word
 * that makes it another title ("Deputy Prime Minister") and not in what the person did later in
 * the description ("…; hosted Panama's foreign minister").
 */
const titleHolders = new WeakMap<
  KnowledgeBase,
  { version: number; byTitle: Map<string, readonly string[]> }
>();

/**
 * The people whose description gives `title` now, kept per store until its names change: a large
 * store has thousands of "ministers", and every question naming a title would read them all again.
 */
function holdersOfTitle(
  plan: QueryPlan,
  head: number,
  title: readonly string[],
  kb: KnowledgeBase,
): readonly string[] {
  let known = titleHolders.get(kb);
  if (known?.version !== kb.entitiesVersion) {
    known = { version: kb.entitiesVersion, byTitle: new Map() };
    titleHolders.set(kb, known);
  }
  const key = title.join(" ");
  let holders = known.byTitle.get(key);
  if (!holders) {
    holders = describedPeople(plan, head, [], kb)
      .filter(({ entity }) => titleInLine(title, entity))
      .map(({ entity }) => entity.id);
    known.byTitle.set(key, holders);
  }
  return holders;
}

function titleInLine(title: readonly string[], entity: Entity): boolean {
  const line = ownTitleWords(entity);
  // Word for word: "presiding" shares the stem of "president" and is no title.
  return line.some(
    (token, at) =>
      token.word === title[0] &&
      !RANK_WORDS.has(line[at - 1]?.word ?? "") &&
      title.every((word, i) => line[at + i]?.word === word),
  );
}

const ownTitles = new WeakMap<Entity, Token[]>();

/** The words of a person's description up to its first ";" (what they are, not what they did). */
function ownTitleWords(entity: Entity): Token[] {
  let words = ownTitles.get(entity);
  if (!words) {
    words = tokenize(entity.description.split(";")[0] ?? "");
    ownTitles.set(entity, words);
  }
  return words;
}

/** The plan with the terms `readTerms` (and the mention `replaced`) read as the mention `resolved`. */
function withTermsAsMention(
  plan: QueryPlan,
  resolved: Mention,
  readTerms: readonly number[],
  replaced?: Mention,
): QueryPlan {
  const mentions = [...plan.mentions.filter((m) => m !== replaced), resolved].sort(
    (a, b) => a.position - b.position,
  );
  const terms = plan.terms.filter((_, i) => !readTerms.includes(i));
  // Proximities point into terms and mentions by index: the ones left are pointed anew.
  const termIndex = (old: number) => terms.indexOf(plan.terms[old]!);
  const mentionIndex = (old: number) => mentions.indexOf(plan.mentions[old]!);
  const proximities = plan.proximities.flatMap((p): Proximity[] => {
    const t = termIndex(p.term);
    if (t < 0) return [];
    if ("mention" in p.target) {
      const mention = mentionIndex(p.target.mention);
      return mention < 0 ? [] : [{ ...p, term: t, target: { mention } }];
    }
    const target = termIndex(p.target.term);
    return target < 0 ? [] : [{ ...p, term: t, target: { term: target } }];
  });
  return planOf({ ...plan, mentions, terms, proximities });
}

/** The kinds of entity that name a meeting in a question: its place, or the meeting itself. */
const MEETING_NAMES: ReadonlySet<string> = new Set(["place", "event"]);

/**
 * Of the people a role describes, those who took part in a meeting that the question's other names
 * (places and meetings, not the role's owners) take part in or name ("at Bocas del Toro": its place).
 */
function atTheMeetingNamed(
  described: readonly { entity: Entity; roleTerms: number[] }[],
  plan: QueryPlan,
  owners: readonly Mention[],
  kb: KnowledgeBase,
): { entity: Entity; roleTerms: number[] }[] {
  // (A place or a meeting named, not a person: "when did Ekambi Dipoko stop being Cameroon's chief
  // negotiator?" asks about him, not which of the negotiators met him.)
  const others = plan.mentions.filter(
    (m) => !owners.includes(m) && m.entityIds.every((id) => MEETING_NAMES.has(kb.entity(id)?.kind ?? "")),
  );
  if (others.length === 0) return [];
  const meetings = new Set<string>();
  for (const mention of others)
    for (const id of mention.entityIds) {
      for (const event of kb.eventsWith(id)) meetings.add(event);
      for (const event of kb.eventsNaming(id)) meetings.add(event);
    }
  return described.filter((d) => kb.eventsWith(d.entity.id).some((event) => meetings.has(event)));
}

/**
 * The question's verb is what it asks about ("what did Veloria's foreign minister *call* the
 * accord?", "what was *discussed* at the meeting?"): a fact without it answers another question,
 * so it weighs like a name.
 */
function withPredicateWeighed(plan: QueryPlan, kb: KnowledgeBase): QueryPlan {
  const words = plan.words;
  const at = (position: number) =>
    plan.terms.findIndex((t) => t.position === position && t.weight === 1 && t.kinds.length === 0);
  let predicate = -1;
  if (["what", "which", "who"].includes(words[0] ?? "") && BE_WORDS.has(words[1] ?? "")) predicate = at(2);
  let weight = PREDICATE_WEIGHT;
  if (predicate < 0 && AUXILIARY_WORDS.has(words[1] ?? "")) {
    // "did Aliyev …", "does the accord …": the subject right after the auxiliary.
    const start = words[2] === "the" ? 3 : 2;
    const subject = plan.mentions.find((m) => m.position === start);
    if (subject) {
      // ("did the committee *finally* meet?": an adverb before the verb is not it.)
      let verbAt = subject.position + subject.length;
      while (ADVERBS_BEFORE_THE_VERB.has(words[verbAt] ?? "")) verbAt++;
      predicate = at(verbAt);
      // "What does the accord say about fishing?": a document "says" what it lays down, which
      // its facts word as what it does ("commits them to cut quotas"), not as a saying.
      const person = subject.entityIds.some((id) => kb.entity(id)?.kind === "person");
      if (!person && SAYS.has(plan.terms[predicate]?.word ?? "")) weight = SOFT_WEIGHT;
    }
  }
  if (predicate < 0) return plan;
  return planOf({
    ...plan,
    terms: plan.terms.map((term, i) => (i === predicate ? termOf({ ...term, weight }) : term)),
  });
}

const PREDICATE_WEIGHT = 1.5;
/** Adverbs said between a question's subject and its verb ("when did ELSA finally issue …"). */
const ADVERBS_BEFORE_THE_VERB = new Set([
  "finally",
  "eventually",
  "ultimately",
  "ever",
  "already",
  "actually",
  "really",
  "first",
  "originally",
  "initially",
  "still",
  "also",
  "just",
  "officially",
  "formally",
  "recently",
  "later",
  "then",
  "even",
]);
const SAYS = new Set(["say", "says", "said", "state", "states", "stipulate", "stipulates"]);
/** What a hedge word weighs (query.ts): a little, so a fact need not repeat it. */
const SOFT_WEIGHT = 0.3;
const BE_WORDS = new Set(["is", "was", "are", "were"]);
const AUXILIARY_WORDS = new Set(["did", "does", "do", "will", "would", "can", "could", "has", "have", "had"]);

const FORMER_WORDS = new Set(["former", "formerly", "ex", "previous", "previously", "outgoing", "then"]);

/**
 * "Will the cuts run until 2030?", "how long will the programme last?": with a span asked, "run",
 * "last", "continue" say only that it spans; the fact says "until 2030" without them.
 */
function withSpanVerbsSoft(plan: QueryPlan, text: string): QueryPlan {
  if (!/\b(?:until|till|through|how long)\b/.test(text)) return plan;
  return planOf({
    ...plan,
    terms: plan.terms.map((t) => (SPAN_VERBS.has(t.word) ? termOf({ ...t, weight: SOFT_WEIGHT }) : t)),
  });
}

/**
 * "When did the committee finally meet?" asks the day of the meeting, which came late: the fact
 * tells the lateness in its own words ("met only in August", "did not issue it until 5 November"),
 * if at all. So does "did Greece finally join the pool?", "did Myanmar finally OK the tests?": the
 * act asked is the joining, which "Greece joined the pool on 12 November" tells without saying it
 * came late. In no question is the adverb a word the fact must repeat (a fact that refuses the act
 * does not answer it: `deniesTheLateAct`, score.ts).
 */
function withLatenessSoft(plan: QueryPlan): QueryPlan {
  // A store that never uses the adverb reads it as unknown, which costs every fact as a name
  // it lacks would: it is the same soft word.
  return withUnusedWordsAsTerms(plan, LATENESS_ADVERBS, SOFT_WEIGHT, undefined, (t) =>
    termOf({ ...t, weight: Math.min(t.weight, SOFT_WEIGHT) }),
  );
}

/**
 * The plan with `words` re-read: the terms of them as `reweigh` makes them, and each one the store
 * never uses (so read as unknown, which costs every fact as a missing name would) a term of its
 * own weighing `weight`.
 */
function withUnusedWordsAsTerms(
  plan: QueryPlan,
  words: ReadonlySet<string>,
  weight: number,
  timeWord: true | undefined,
  reweigh: (term: QueryPlan["terms"][number]) => QueryPlan["terms"][number],
): QueryPlan {
  const unused = plan.unknown.filter((u) => !u.nameLike && words.has(u.word.toLowerCase()));
  if (unused.length === 0 && !plan.terms.some((t) => words.has(t.word))) return plan;
  const terms = plan.terms.map((t) => (words.has(t.word) ? reweigh(t) : t));
  for (const { word } of unused) {
    const position = plan.words.indexOf(word.toLowerCase());
    if (position < 0) continue;
    const asked = plan.words[position]!;
    // In `Term`'s field order, as `parseQuestion` makes every term (one layout for all terms);
    // new terms go last, in the question's order, as proximities point into terms by index.
    terms.push({
      word: asked,
      typed: undefined,
      weight,
      alternatives: new Map([[stemOf(asked), 1]]),
      kinds: [],
      position,
      pair: undefined,
      pairs: undefined,
      timeWord,
    });
  }
  return { ...plan, terms, unknown: plan.unknown.filter((u) => !unused.includes(u)) };
}

/**
 * "When did they last hold energy talks?" asks when the talks were: "hold" only makes the talks
 * a verb's object ("the Kathmandu talks were the first since 2023" need not say they were held).
 */
function withHoldingSoft(plan: QueryPlan): QueryPlan {
  if (plan.kind !== "when") return plan;
  const soft = plan.terms.filter(
    (t) =>
      HOLDING.has(t.word) &&
      plan.words
        .slice(t.position + 1, t.position + 1 + HOLDING_REACH)
        .some((word) => A_MEETING_NOUN.test(word)),
  );
  if (soft.length === 0) return plan;
  return {
    ...plan,
    terms: plan.terms.map((t) => (soft.includes(t) ? { ...t, weight: Math.min(t.weight, SOFT_WEIGHT) } : t)),
  };
}

/**
 * "When will the ferry start running?", "when did the line begin operating?": the "-ing" after a
 * verb of starting or stopping is what starts, said by the fact as "the start of the ferry" or
 * "to open the line"; the time asked is of the start, and the complement is no word the fact must
 * repeat.
 */
function withAspectComplementSoft(plan: QueryPlan, time: TimeConstraint | undefined): QueryPlan {
  if (plan.kind !== "when") return plan;
  // ("From when does the lower fee apply?" asks when it starts to hold: "came into force on 1
  // September", "falls to 1,000 shillings from 1 September" say so without the verb of holding;
  // a store that never uses the verb reads it as unknown, which would cost every fact as a name.)
  const holding =
    time === "start"
      ? withUnusedWordsAsTerms(plan, VERBS_OF_HOLDING_GOOD, SOFT_WEIGHT, undefined, (t) =>
          termOf({ ...t, weight: Math.min(t.weight, SOFT_WEIGHT) }),
        )
      : plan;
  const soft = holding.terms.filter(
    (t) => t.word.endsWith("ing") && ASPECT_VERBS.has(holding.words[t.position - 1] ?? ""),
  );
  if (soft.length === 0) return holding;
  return {
    ...holding,
    terms: holding.terms.map((t) =>
      soft.includes(t) ? { ...t, weight: Math.min(t.weight, SOFT_WEIGHT) } : t,
    ),
  };
}

/** Verbs of a rule's holding good ("apply"), which a start asked ("from when") is the time of. */
const VERBS_OF_HOLDING_GOOD: ReadonlySet<string> = new Set(["apply", "applies", "valid", "effective"]);

/** Verbs of starting and stopping whose "-ing" complement is what starts or stops. */
const ASPECT_VERBS: ReadonlySet<string> = new Set([
  "start",
  "starts",
  "started",
  "begin",
  "begins",
  "began",
  "stop",
  "stops",
  "stopped",
  "resume",
  "resumes",
  "resumed",
]);

const HOLDING = new Set(["hold", "holds", "held", "holding", "have", "has", "had"]);
/** How far after "hold" its meeting noun may stand ("hold ministerial energy talks"). */
const HOLDING_REACH = 4;
const A_MEETING_NOUN = new RegExp(`^(?:${MEETING_NOUN_PATTERN})$`);

/**
 * "Why did Serbia refuse to ban hunting right away?": "right away" is one adverb, which the fact
 * says in its own words ("at once"); neither of its words is a thing the fact must name.
 */
function withAdverbPhrasesSoft(plan: QueryPlan): QueryPlan {
  const soft = new Set<number>();
  for (const term of plan.terms) {
    const next = plan.terms.find((t) => t.position === term.position + 1);
    if (next && !term.timeWord && !next.timeWord && isAdverbPhrase(term.word, next.word)) {
      soft.add(term.position);
      soft.add(next.position);
    }
  }
  // "The Amari accord in a nutshell?", "why was the agency set up in the first place?": an adverb
  // of three or four words WordNet files with its little words ("in a nutshell", "on the whole")
  // says how the question is put, not a thing ("nutshell", "place") the fact must name. Not one of
  // two ("on board", "so far": where, or until now, which the fact must say), one that opens with
  // an article ("a good deal" is also a deal), nor one that says when ("at the same time", "in
  // the meantime"): the time reading takes those. (A word of it the store never uses, "nutshell"
  // in a store without one, is no unknown word either.)
  const { words } = plan;
  const unasked = new Set<string>();
  for (let start = 0; start < words.length - 2; start++) {
    if (!STOPWORDS.has(words[start]!) || ARTICLES.has(words[start]!)) continue;
    for (let length = 3; length <= 4 && start + length <= words.length; length++) {
      const span = words.slice(start, start + length);
      const inside = plan.terms.filter(
        (t) => t.position >= start && t.position < start + length && !t.timeWord,
      );
      const unknown = span.filter((word) => plan.unknown.some((u) => !u.nameLike && u.word === word));
      if (inside.length === 0 && unknown.length === 0) continue;
      if (!isAdverbPhrase(span[0]!, span[1]!, ...span.slice(2))) continue;
      if (span.some((word) => TIME_UNITS.has(word) || isTimeNoun(word))) continue;
      // ("In the beginning", "in the end" set the earlier account against the later: a time side,
      // which the time reading takes, as it takes "now"; its words are soft all the same, as
      // "now" is, for they name no thing the fact must have.)
      for (const t of inside) soft.add(t.position);
      for (const word of unknown) unasked.add(word);
    }
  }
  if (soft.size === 0 && unasked.size === 0) return plan;
  return planOf({
    ...plan,
    terms: plan.terms.map((t) =>
      soft.has(t.position) ? termOf({ ...t, weight: Math.min(t.weight, SOFT_WEIGHT) }) : t,
    ),
    unknown: unasked.size > 0 ? plan.unknown.filter((u) => !unasked.has(u.word)) : plan.unknown,
  });
}

const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "the"]);

/** Units of time: an adverb with one in it ("every year", "on time") asks a rate or a time. */
const TIME_UNITS: ReadonlySet<string> = new Set(
  ["time", "minute", "hour", "day", "night", "week", "month", "quarter", "year", "decade"].flatMap((unit) => [
    unit,
    `${unit}s`,
  ]),
);

const SPAN_VERBS = new Set([
  "run",
  "runs",
  "running",
  "ran",
  "last",
  "lasts",
  "lasted",
  "continue",
  "continues",
  "remain",
  "remains",
  // ("Until when is enrolment open?", "through which year do the quotas apply?": a state that
  // lasts, which a stated end says without the word.)
  "open",
  "valid",
  "effective",
  "apply",
  "applies",
]);

/**
 * "Since when ...?", "until when ...?": the time word is the constraint (a fact that says when it
 * began, or how long it runs), not a word the fact must repeat.
 */
function withoutTimeWords(plan: QueryPlan, time: TimeConstraint | undefined, kb: KnowledgeBase): QueryPlan {
  // "How far does the cable run?", "how fast will trains go?": the measure word is met by the
  // figure it asks for ("about 1,640 kilometres", "70 km/h"; `measureStated`), not by the word.
  // (Only the word "how" asks: "how high is the high-voltage line?" keeps its second "high".)
  if (MEASURE_ASKED.test(plan.text)) {
    const measured = plan.words.filter((word, i) => MEASURE_WORDS.has(word) && plan.words[i - 1] === "how");
    plan = withTimeWords(plan, new Set(measured));
  }
  // "How much is the plant expected to cost now?": "expected to" says the figure is the one
  // reckoned, which any account of it gives ("the estimated cost rose to 236 million").
  if (plan.quantity) {
    const reckoned = plan.words.filter((word, i) => DUE.has(word) && plan.words[i + 1] === "to");
    if (reckoned.length > 0) plan = withTimeWords(plan, new Set(reckoned));
  }
  // "Who chaired it before Mauritania?", "who is the former head?": the word asks for a
  // predecessor, which a handover fact states without it ("handed the chair to Mauritania",
  // "succeeded X"); only a fact naming who came before can answer (verify.ts).
  if (
    time === "past-holder" &&
    (plan.kind === "who" || plan.kind === "which" || earlierSelfAsked(plan, kb))
  ) {
    // ("Who did Wigley replace?": the handover verb asked is met by the one before named.)
    const takenOver = plan.terms.filter((t) => takenOverAt(plan, t.position)).map((t) => t.word);
    return withTimeWords(plan, new Set([...PAST_HOLDER_WORDS, ...REPLACING, ...takenOver]));
  }
  if (time === "successor") return withTimeWords(plan, handoverVerbs(plan));
  // "When did they last meet before San José?" is met by "its first meeting since 2022".
  if (time === "earlier") return withTimeWords(plan, EARLIER_WORDS);
  if (time === "start") return withTimeWords(plan, START_WORDS);
  // (A word of the verb the store never uses, "end" of "end up", is no unknown word either.)
  if (time === "destination")
    return withoutTerms(
      withTimeWords(plan, MOVED_ON_WORDS),
      (t) => MOVED_ON_WORDS.has(t.word) || MOVED_ON_WORDS.has(t.typed ?? ""),
    );
  // "What's due to happen on 1 January?": "due" says it is to come, which the date decides;
  // "after Praia, what's the next meeting?": "next" says all "after" does.
  if (time === "future") return withTimeWords(plan, plan.words.includes("next") ? DUE_OR_AFTER : DUE);
  // "How often was it to meet before?": "before" with nothing after it is "until now".
  const last = plan.words.at(-1);
  if (time === "frequency" && last && UNTIL_NOW.has(last)) return withTimeWords(plan, new Set([last]));
  // "Which programme runs until 2027?": a stated end meets "until" ("for 2025-2027").
  if (time === "end") plan = withTimeWords(plan, UNTIL);
  // "For long" is the constraint; "since 2019" says it without the word.
  if (time === "since") plan = withTimeWords(plan, LONG);
  // "Which years does the lease cover?": the span asked ("from 2027 to 2030") says them, not the word.
  if (time === "span") {
    const units = plan.words.filter((word, i) => SPAN_UNITS.has(word) && WHICH.has(plan.words[i - 1] ?? ""));
    if (units.length > 0) plan = withTimeWords(plan, new Set(units));
  }
  const consumed = time === "since" ? "since" : time === "span" || time === "end" ? "until" : undefined;
  if (!consumed) return plan;
  if (time === "since") {
    // A store that never says "exist" reads it as unknown; "how long has the council existed?"
    // still asks only when it began, which "set up in April 2019" says without the verb.
    const being = plan.unknown
      .filter((u) => !u.nameLike && verbSynonyms(u.word.toLowerCase()).includes("be"))
      .map((u) => u.word.toLowerCase());
    if (being.length > 0)
      plan = withUnusedWordsAsTerms(plan, new Set(being), SOFT_WEIGHT, undefined, (t) => t);
    // "become" is what "since" says in other words: it need not be repeated; nor need a verb
    // that only says something is ("since when does the council exist?": "founded in 2012").
    plan = planOf({
      ...plan,
      terms: plan.terms.map((t) =>
        /^bec[oa]me$/.test(t.word) || (t.kinds.length === 0 && t.alternatives.has("be"))
          ? termOf({ ...t, weight: SOFT_WEIGHT })
          : t,
      ),
    });
  }
  return withoutTerms(plan, (t) => t.word === consumed && plan.words[t.position + 1] === "when");
}

/**
 * "What was the original cost estimate?", "how long was the line at first?": the word picks the
 * earliest article's account of the story (story.ts), and is not a word the fact must repeat.
 */
function withFirstAccountWords(plan: QueryPlan, text: string): QueryPlan {
  const asksFirst = EARLIER_SIDE.test(text) || FIRST_OF_A_FIGURE.test(text);
  if (!asksFirst || LATER_SIDE.test(text) || FIRST_MET.test(text)) return plan;
  // ("When was the draft originally due?": the first account's planned time, which it says as
  // "is to produce it by September" as often as "due".)
  return withTimeWords(plan, plan.kind === "when" ? FIRST_PLAN_WORDS : FIRST_ACCOUNT_WORDS);
}

const FIRST_ACCOUNT_WORDS = new Set(["first", "original", "originally", "initial", "initially"]);
const FIRST_PLAN_WORDS: ReadonlySet<string> = new Set([...FIRST_ACCOUNT_WORDS, "due", "supposed", "meant"]);

/** The plan with the terms the time constraint stands for marked as such (see `Term.timeWord`). */
function withTimeWords(plan: QueryPlan, words: ReadonlySet<string>): QueryPlan {
  // A store that never uses the word ("after") reads it as unknown, which costs every fact: it
  // is the constraint's word all the same.
  return withUnusedWordsAsTerms(plan, words, TIME_WORD_WEIGHT, true, (t) => termOf({ ...t, timeWord: true }));
}

/** What a relation word weighs in a question (query.ts): the constraint stands for it. */
const TIME_WORD_WEIGHT = 1.5;

/** The plan without the terms a time constraint stands for. */
function withoutTerms(plan: QueryPlan, drop: (term: QueryPlan["terms"][number]) => boolean): QueryPlan {
  const dropped = new Set(plan.terms.flatMap((t, i) => (drop(t) ? [i] : [])));
  if (dropped.size === 0) return plan;
  const terms = plan.terms.filter((_, i) => !dropped.has(i));
  // Proximities point into terms by index: renumber past the dropped ones.
  const shift = (i: number) => terms.indexOf(plan.terms[i]!);
  const proximities = plan.proximities.flatMap((p): Proximity[] => {
    if (dropped.has(p.term) || ("term" in p.target && dropped.has(p.target.term))) return [];
    return [
      { ...p, term: shift(p.term), target: "term" in p.target ? { term: shift(p.target.term) } : p.target },
    ];
  });
  return planOf({ ...plan, terms, proximities });
}

/** People whose description has the role word (and the words next to it) and the owner's name. */
function describedPeople(
  plan: QueryPlan,
  termIndex: number,
  ownerMentions: readonly Mention[],
  kb: KnowledgeBase,
): { entity: Entity; roleTerms: number[] }[] {
  const term = plan.terms[termIndex]!;
  const ownerGroups = ownerMentions.map((m) =>
    m.entityIds.map((id) => kb.entity(id)).filter((e): e is Entity => !!e),
  );
  const found: { entity: Entity; roleTerms: number[] }[] = [];
  for (const [id] of kb.entitiesWithStem(stemOf(term.word))) {
    const entity = kb.entity(id);
    if (entity?.kind !== "person") continue;
    const line = entityWords(entity).line;
    // "Former foreign minister of Ghana" is not who "the Ghanaian foreign minister" is now.
    const at = line.findIndex((t) => t.stem === stemOf(term.word));
    if (line.slice(Math.max(0, at - 3), at).some((t) => FORMER_WORDS.has(t.word))) continue;
    // "The king of Bahrain" is not who signed "the King Hamad Causeway" agreement: the word stands
    // in the description only inside another thing's name.
    if (onlyInOthersNames(line, stemOf(term.word), kb)) continue;
    const stems = new Set(line.map((t) => t.stem));
    const words = new Set(line.map((t) => t.word));
    // "Tajik glaciologist" names Tajikistan by its adjective, as "Kyrgyzstan's governor" by its
    // name; the adjective is the role's only where it stands before it ("opened the Kyrgyz–Tajik
    // talks" says nothing of whose governor).
    const adjectives = line.slice(Math.max(0, at - 2), Math.max(0, at));
    const ownerNamed = ownerGroups.every((owners) =>
      owners.some(
        (owner) =>
          entityWords(owner).names.some((name) => name.every((w) => words.has(w))) ||
          (owner.kind === "country" && adjectives.some((t) => kb.countryOfAdjective(t.word) === owner.id)),
      ),
    );
    if (!ownerNamed) continue;
    // The role is the run of the question's words around the term that the description has.
    const roleTerms = [termIndex];
    for (const step of [-1, 1]) {
      for (let i = termIndex + step; i >= 0 && i < plan.terms.length; i += step) {
        const next = plan.terms[i]!;
        if (Math.abs(next.position - plan.terms[i - step]!.position) !== 1) break;
        if (!stems.has(stemOf(next.word))) break;
        roleTerms.push(i);
      }
    }
    if (roleTerms.every((i) => stems.has(stemOf(plan.terms[i]!.word)))) found.push({ entity, roleTerms });
  }
  return found;
}

/**
 * A fact about the country says the title as a title ("the President of Chile", "its president"),
 * not only as the first word of a name ("the King Hamad Causeway").
 */
function titleSaidOf(word: string, ids: readonly string[], kb: KnowledgeBase): boolean {
  const title = new RegExp(
    String.raw`\b(?:${word}|${word[0]!.toUpperCase()}${word.slice(1)}(?=\s+of\b|\s+[a-z]|[,.;:]|$))`,
    "u",
  );
  for (const id of ids)
    for (const indexed of kb.factsAbout(id)) if (title.test(indexed.fact.statement)) return true;
  return false;
}

/** Every place the stem stands in the description line is within the name of a thing the store knows. */
function onlyInOthersNames(line: readonly Token[], stem: string, kb: KnowledgeBase): boolean {
  const covered = new Set<number>();
  for (const [id] of kb.entitiesWithStem(stem)) {
    const other = kb.entity(id);
    if (!other || other.kind === "person") continue;
    for (const name of entityWords(other).names) {
      if (name.length < 2 || !name.some((word) => stemOf(word) === stem)) continue;
      for (let i = 0; i + name.length <= line.length; i++) {
        if (name.every((word, j) => line[i + j]!.word === word))
          for (let j = 0; j < name.length; j++) covered.add(i + j);
      }
    }
  }
  if (covered.size === 0) return false;
  return line.every((token, i) => token.stem !== stem || covered.has(i));
}

/** "oct 2024", "17 Sept", "Jan. 5": a month's short form beside a number is that month. */
function withMonthsSpelled(question: string): string {
  return question
    .replace(MONTH_BEFORE_NUMBER, (_, short: string) => monthOf(short))
    .replace(MONTH_AFTER_NUMBER, (_, day: string, short: string) => `${day} ${monthOf(short)}`);
}

const SHORT_MONTHS: Record<string, string> = {
  jan: "January",
  feb: "February",
  mar: "March",
  apr: "April",
  jun: "June",
  jul: "July",
  aug: "August",
  sep: "September",
  sept: "September",
  oct: "October",
  nov: "November",
  dec: "December",
};
const monthOf = (short: string) => SHORT_MONTHS[short.toLowerCase()] ?? short;
const SHORT_MONTH = "(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)";
const MONTH_BEFORE_NUMBER = new RegExp(`\\b${SHORT_MONTH}\\.?(?=\\s+\\d)`, "gi");
const MONTH_AFTER_NUMBER = new RegExp(`\\b(\\d{1,2}(?:st|nd|rd|th)?)\\s+${SHORT_MONTH}\\b\\.?`, "gi");

/**
 * "Apart from the chairmanship, what else …", "besides the grant, what did they sign?": the
 * phrase says what is already known, so it is no part of what to find, and a fact about it is not
 * the answer.
 */
function withoutExclusion(question: string, kb: KnowledgeBase): { rest: string; excluding?: string[] } {
  const match = EXCLUSION.exec(question);
  if (!match) return { rest: question };
  // Inside the question ("which NAM initiatives other than the Youth Organization did Azerbaijan
  // establish?", "which members other than Chile back the bid?") the phrase is the name, or runs
  // to the auxiliary that goes on with the question; what follows is still asked.
  const inside = match.index > 0 ? excludedInside(match[1]!, kb) : undefined;
  if (inside) {
    const start = match.index + match[0].indexOf(match[1]!);
    const end = start + inside.length;
    const stems = wordsOf(inside)
      .filter((word) => !STOPWORDS.has(word))
      .map(stemOf);
    if (stems.length === 0) return { rest: question };
    const rest = `${question.slice(0, match.index)} ${question.slice(end)}`;
    return { rest: rest.replace(/\s+/g, " ").trim(), excluding: stems };
  }
  const stems = wordsOf(match[1]!)
    .filter((word) => !STOPWORDS.has(word))
    .map(stemOf);
  if (stems.length === 0) return { rest: question };
  return { rest: question.replace(match[0], " ").replace(/\s+/g, " ").trim(), excluding: stems };
}

/**
 * The excluded phrase's own part: the longest name the store knows it opens with ("chile back
 * mongolia's bid" → "chile"), a run of capitalised words, else the words before an auxiliary.
 */
function excludedInside(phrase: string, kb: KnowledgeBase): string | undefined {
  const words = phrase.split(/\s+/);
  const skip = /^(?:the|a|an)$/i.test(words[0] ?? "") ? 1 : 0;
  for (let end = Math.min(words.length - 1, skip + kb.longestAliasTokens); end > skip; end--) {
    if (kb.entitiesNamed(phraseKey(words.slice(skip, end).join(" "))).length > 0) {
      return words.slice(0, end).join(" ");
    }
  }
  const name = EXCLUDED_NAME.exec(phrase)?.[0];
  if (name && name.length < phrase.length) return name;
  const beforeAuxiliary = EXCLUDED_BEFORE_AUXILIARY.exec(phrase)?.[1];
  return beforeAuxiliary?.trim() || undefined;
}

const EXCLUDED_NAME =
  /^(?:the\s+)?\p{Lu}[\p{L}\p{N}'’-]*(?:\s+(?:(?:of|and|for|the)\s+)*\p{Lu}[\p{L}\p{N}'’-]*)*/u;
const EXCLUDED_BEFORE_AUXILIARY =
  /^(.+?)\s+(?:did|does|do|was|were|is|are|has|have|had|will|would|can|could|should)\b/i;

const EXCLUSION =
  /\b(?:apart from|aside from|besides|other than|except(?: for)?|in addition to)\s+((?:the |a |an )?[^,?.;]{1,60}?)(?=\s*(?:,|\?|$|\bwhat\b|\bwhich\b|\bwho\b))/i;

/**
 * Nothing asked but an outlet: "what is the Tien Shan Post?", "tell me about News.Az" ask what it
 * is (the article it reported); "what did the Ararat Evening Post report?" asks what that says.
 */
function outletOnly(rest: string): Intent {
  return TELL_ABOUT.test(rest) || WHAT_IS.test(rest) ? "source" : "overview";
}

const WHAT_IS = /^\W*(?:what|who)(?:'?s|\s+is|\s+was|\s+are)\W*$/i;

/** An outlet of the store named in the question, the question without it, and that outlet's sources. */
function outletIn(
  question: string,
  kb: KnowledgeBase,
): { rest: string; unnamed: string; sources: ReadonlySet<string> } | undefined {
  const longest = kb.longestOutletWords;
  if (longest === 0) return undefined;
  const words = wordsOf(question);
  for (let start = 0; start < words.length; start++) {
    // (Every outlet's key starts with its first word: a word no outlet starts with starts no key.)
    if (!kb.opensAnOutlet(words[start]!)) continue;
    for (let length = Math.min(longest, words.length - start); length >= 1; length--) {
      // Most outlets are one word: no array is sliced and joined for those.
      const key = length === 1 ? words[start]! : words.slice(start, start + length).join(" ");
      const sources = kb.sourcesOfOutlet(key);
      if (!sources) continue;
      // An outlet named with one everyday word ("Time") counts only when written as a name.
      if (length === 1 && isEnglishWord(key) && !writtenAsName(question, key)) continue;
      const name = key.split(" ").map(escapeRegExp).join("[\\W_]*");
      // "according to the Harbor Gazette", "per News.Az", "did News.Az report/say/write".
      const phrase = new RegExp(
        `(?:\\b(?:according to|per|as reported by|reported by|in|from|by)\\s+)?(?:the\\s+)?${name}(?:'s)?(?:\\s+(?:report(?:ed|s)?|say|said|write|wrote|cover(?:ed)?)(?:\\s+(?:on|about|that))?)?`,
        "i",
      );
      // The outlet's words are read without accents ("Someș" as "somes"): so is the question.
      const rest = canonicalText(question)
        .replace(phrase, " ")
        .replace(/^\s*[,;:]\s*/, "")
        .replace(/\s+/g, " ")
        .trim();
      const unnamed = canonicalText(question)
        .replace(new RegExp(`(?:\\bthe\\s+)?${name}(?:'s)?`, "i"), "it")
        .trim();
      return { rest, unnamed, sources };
    }
  }
  return undefined;
}

/** The word appears in the text with a capital first letter. */
function writtenAsName(text: string, word: string): boolean {
  return wordsOfCase(text).some((typed) => typed.toLowerCase() === word && /^\p{Lu}/u.test(typed));
}

function wordsOfCase(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['.][\p{L}\p{N}]+)*/gu) ?? [];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * "Was the charter signed before or after the WDB board approved the loan?", "did the customs post
 * open before the first sailing or after?": two times asked, to be set side by side. The act asked
 * about as a when-question ("when was the charter signed?") and what it is set against ("the WDB
 * board approved the loan"). Not for "was that before or after …", a follow-up (context.ts).
 */
export function whichFirstAsked(
  question: string,
): { when: string; subject: string; against: string } | undefined {
  const text = question
    .toLowerCase()
    .replace(/[?!.\s]+$/, "")
    .trim();
  // "Which came first: the start of the turtle patrols or the Changuinola session?": two things
  // named as nouns, the first asked as "when was …?" and set against the second.
  const named = FIRST_OF_TWO.exec(text);
  if (named?.[1] && named[2] && !POINTING_BACK.test(named[1])) {
    return { when: `when was ${named[1]}?`, subject: named[1], against: named[2] };
  }
  const match = ORDER_ASKED.exec(text) ?? ORDER_ASKED_APART.exec(text);
  if (!match) return undefined;
  const [, auxiliary, subject] = match;
  const against = match[3] ?? match[4];
  if (!auxiliary || !subject || !against || POINTING_BACK.test(subject)) return undefined;
  return { when: `when ${auxiliary} ${subject}?`, subject, against };
}

/**
 * "How long after the first Mongolian workers landed did the ministry open the welfare centre?": the
 * act asked about, as "when did the ministry open the welfare centre?", and the act it is counted
 * from ("the first Mongolian workers landed"), for answer.ts to set the two days apart when no
 * meeting is named there (`SPAN_FROM_MEETING`, `spanFrom`).
 */
export function howLongAfterAsked(
  question: string,
): { when: string; subject: string; against: string } | undefined {
  const text = canonicalText(question)
    .toLowerCase()
    .replace(/[?!.\s]+$/, "")
    .trim();
  const span = clauseSplit(text);
  if (!span?.[1] || !span[2] || !span[3] || POINTING_BACK.test(span[1])) {
    return undefined;
  }
  // (The act counted from is a clause of its own: "the first workers landed", not "the talks".)
  if (wordsOf(span[1]).length < 3 || wordsOf(span[3]).length < 3) return undefined;
  return { when: `when ${span[2]} ${span[3]}?`, subject: span[3], against: span[1] };
}

/**
 * "How long after the deal was signed did the satellite arrive?": the act counted from has an
 * auxiliary of its own ("was signed"), so the question's auxiliary is the first one not followed
 * by a past verb that finishes the clause before it ("signed did …" is not an act asked about).
 */
function clauseSplit(text: string): [string, string, string, string] | undefined {
  if (!text.startsWith(SPAN_AFTER)) return undefined;
  const words = text.slice(SPAN_AFTER.length).split(" ");
  const at = words.map((word, i) => (SPAN_AUXILIARY.has(word) && i > 0 ? i : -1)).filter((i) => i > 0);
  const split = at.find((i, n) => n === at.length - 1 || !isPastVerb(words[i + 1] ?? "")) ?? -1;
  if (split < 1 || split >= words.length - 1) return undefined;
  const [against, auxiliary, subject] = [words.slice(0, split), words[split], words.slice(split + 1)];
  return [text, against.join(" "), auxiliary ?? "", subject.join(" ")];
}

const SPAN_AFTER = "how long after ";
const SPAN_AUXILIARY = new Set(["did", "was", "were", "had", "has", "have"]);
const FIRST_OF_TWO =
  /^(?:which|what) (?:came|happened|was|comes|come|happens) (?:first|earlier|sooner)\s*[:,;—–-]?\s*(.+?),? or (.+)$/;
const ORDER_ASKED = /^(was|were|did|had|has|is) (.+?) (?:before or after|after or before) (.+)$/;
/** "Did the post open before the first sailing or after?" */
const ORDER_ASKED_APART = /^(was|were|did|had|has|is) (.+?) (?:before (.+?) or after|after (.+?) or before)$/;
const POINTING_BACK = /^(?:that|it|this|they|he|she|them)\b/;

/**
 * Whether a question might lean on the conversation before it: a word that points back, a
 * question too short to stand alone ("since when?", "and Chile?"), or an overview that the
 * previous turn's meeting would decide. A cheap look at the words, so that everything else can be
 * answered (and remembered) as it stands.
 */
export function mayReferBack(question: string, plan?: QueryPlan): boolean {
  const text = canonicalText(question.slice(0, MAX_QUESTION_CHARS)).toLowerCase();
  const words = wordsOf(text);
  if (words.length <= 4) return true;
  // A question naming nothing, with a word or two of its own ("ok and who paid the most"), is as
  // short as one.
  if (plan && plan.mentions.length === 0 && !plan.unknown.some((u) => u.nameLike)) {
    const own = plan.terms.filter((term) => term.weight >= 1 && term.kinds.length === 0).length;
    if (own <= FEW_WORDS) return true;
  }
  if (words.some((word) => REFERRING_WORDS.has(word))) return true;
  return OVERVIEW.test(text) || TELL_ABOUT.test(text) || /^\W*(?:and|what about|how about)\b/.test(text);
}

/** Words of its own a question that names nothing may have and still be about what came before. */
const FEW_WORDS = 2;

const REFERRING_WORDS = new Set([
  ...["he", "him", "his", "she", "her", "hers", "himself", "herself"],
  ...["they", "them", "their", "theirs", "both", "it", "its", "that", "this", "there"],
  ...["other", "else", "more"],
]);

/** Asks for the event as a whole, not one thing about it. */
const OVERVIEW =
  /\b(?:what (?:else )?(?:happened|went on|went down|took place|transpired|occurred|came of it)|what(?:'s| is| was) (?:the )?(?:story|gist|lowdown|upshot)|(?:what(?:'s| is| was)|whats|give me|gimme|spill) the (?:story|gist|lowdown|upshot|scoop|word|buzz|tea|skinny|verdict|vibe|deal) (?:on|about|with|w\/|from|at|of|in|regarding)|(?:what(?:'s| is)|whats) (?:going on|up|happening) (?:with|w\/|between|in)|how did (?:the|that|it|this)(?: [\w'’-]+){0,4} go|what (?:came|has come) out of|what (?:was|were) the (?:outcomes?|results?) of (?:the|that|this)|run-?down|recap|round-?up|overview|summary|summari[sz]e|sum (?:it|that|this|them) up|gist|highlights|(?:main|key|big) (?:points|takeaways|topics|outcomes|results|issues|things)|takeaways|tl;? ?dr|brief me|catch me up|fill me in|walk me through|run me through|on the (?:table|agenda)|what did (?:they|the \w+) (?:go over|go through|cover)|what (?:was|were) (?:it|they|the \w+) (?:all )?about|what (?:was|were) the (?=(?:[\w'’-]+ ){1,4}?(?:talks|meetings?|rounds?|sessions?|summit|negotiations|visit) (?:all )?about\b)|(?:which|what) (?:topics|issues|subjects|themes) (?:were|was) (?:discussed|covered|raised|addressed))\b/;

/**
 * "What was discussed at the Montevideo talks?", "what was decided at the Praia session?": what a
 * meeting as a whole settled. Read as a list of facts first; when no fact says it in those words,
 * the meeting's overview (its summary and key facts) says it.
 */
export function asksWhatAMeetingSettled(understanding: Understanding): boolean {
  const text = canonicalText(understanding.question).toLowerCase();
  return SETTLED_AT.test(text) && EVENT_NOUNS.test(text);
}

const SETTLED_AT =
  /^\W*what (?:was|were|got|did (?:they|the \w+)) (?:discuss(?:ed)?|decided?|agreed?(?: on| upon)?|settled|resolved|talk(?:ed)? about)\b.*\b(?:at|during|in)\b/;

/** "Tell me about ...", "what do you know about ...", "info on ...": the whole picture of something. */
const TELL_ABOUT =
  /^\W*(?:(?:hey|hi|hello|ok|so|please|pls)\b\W*)*(?:(?:can|could|would) you )?(?:tell me (?:more |everything |all )?about|what do (?:you|we) know about|(?:give me )?(?:some )?(?:info|information|background) (?:on|about)|talk (?:to me )?about|describe|profile(?: of)?)\b/;

/**
 * A meeting of a series ("the second round"): not a noun for a meeting as a whole, since asked by
 * itself it is a round's facts or its number that is asked; but a meeting's own name may end with it
 * ("the Bangui round").
 */
const ROUND = "round";

/**
 * Nouns for a meeting as a whole: "tell me about the talks" asks for the event. Not "round": "tell
 * me about the second round" is answered by that round's facts, not the event's overview.
 */
const EVENT_NOUNS = new RegExp(
  `\\b(?:${meetingNounsBut(ROUND).join("|")}|${ANY_MEETING_NOUNS.join("|")}|reception|call|sit-down|get-together|trip|ceremony)\\b`,
);
const EVENT_NOUN = new RegExp(`^${EVENT_NOUNS.source}$`);

/**
 * "When was the meeting?", "where were the talks held?": the day or place of a meeting as a whole,
 * asked with no word but the meeting's (its names aside), so no fact need say it in other words.
 */
export function meetingNounsAsked(understanding: Understanding): string[] | undefined {
  const { plan } = understanding;
  if (plan.kind !== "when" && plan.kind !== "where") return undefined;
  // "Where was each meeting held?", "when is the next one?": a story's meetings, not one.
  // ("Where was the first round of the Kulla talks?": the story's meeting of that count, by its name.)
  const step = understanding.storyStep;
  const counted = typeof step === "object";
  if (plan.future || plan.unknown.length > 0 || (step && !counted) || understanding.time) return undefined;
  const along = (word: string) => ALONG_A_STORY.has(word) && !(counted && ORDINALS.has(word));
  if (understanding.order || understanding.wholeStory || plan.words.some(along)) return undefined;
  const terms = plan.terms.filter(
    (t) =>
      t.weight >= 1 &&
      !MEETING_VERBS.has(t.word) &&
      !(counted && (ORDINALS.has(t.word) || ORDINALS.has(plan.words[t.position - 1] ?? ""))),
  );
  const asked = terms.map((t) => t.word);
  if (asked.length > 0 && asked.every((word) => EVENT_NOUN.test(word))) return asked;
  // "When were the Kulla talks?", "where was the Bangui round?": a meeting called by its own name,
  // words run together before the noun (the meeting's record must have them: see `calledSo`).
  const last = terms.at(-1);
  const together = terms.every((t, i) => i === 0 || t.position === terms[i - 1]!.position + 1);
  const named = !!last && (EVENT_NOUN.test(last.word) || last.word === ROUND) && together;
  return named && terms.length <= MAX_MEETING_NAME_WORDS ? asked : undefined;
}

const ORDINALS: ReadonlySet<string> = new Set(ORDINAL_WORDS);
/** The words of a meeting's own name, its noun with them ("the Gulf fishing talks"). */
const MAX_MEETING_NAME_WORDS = 4;

const ALONG_A_STORY = new Set([
  "each",
  "every",
  "all",
  "both",
  "next",
  "previous",
  "last",
  "first",
  "latest",
  "meetings",
  "rounds",
]);
/** The word only says that a meeting took place ("held", "happen"). */
export function isMeetingVerb(word: string): boolean {
  return MEETING_VERBS.has(word);
}

/** Verbs that say only that a meeting took place ("when was it held?", "where did it take place?"). */
const MEETING_VERBS = new Set([
  "held",
  "hold",
  "take",
  "took",
  "place",
  "happen",
  "happened",
  "occur",
  "occurred",
]);

/** Words for taking part in an event, whatever each fact says someone did there. */
const ATTENDED =
  /\b(?:attend(?:ed|s|ing)?|attendees|in attendance|t(?:ake|akes|ook|aking) part|participat(?:e|ed|es|ing)|show(?:ed)? up|turn(?:ed)? up)\b/;
/** Attendance denied: "didn't attend", "was not there", "never showed up", "missed", "was absent". */
const ABSENCE =
  /\b(?:not|never|didnt|wasnt|werent|hasnt|havent|missed|skipped|absent)\b|n't\b|\bstayed away\b/;
/** Only after "who": "who was at the talks?", not "what was at stake?". */
const PRESENT = /\b(?:(?:was|were) (?:present )?at|(?:was|were) (?:all )?there|present at)\b/;

/**
 * "Who attended the talks?", "which countries took part?", "name everyone who was there": the
 * event's participants. A "which"/"what" question must ask for someone ("which officials"), not
 * "what did the participants discuss?".
 */
function asksWhoAttended(text: string, plan: QueryPlan, kb: KnowledgeBase): boolean {
  // "Which minister didn't attend?", "who was not there?": the one a fact says stayed away, not
  // everyone who came.
  if (ABSENCE.test(text)) return false;
  if (plan.kind === "who") return ATTENDED.test(text) || PRESENT.test(text);
  if (!ATTENDED.test(text)) return asksMembers(text, plan, kb);
  if (plan.kind === "which" || plan.kind === "what") {
    const focus = plan.focus;
    return !!focus && (focus.kinds.some((kind) => PARTY_KINDS.has(kind)) || canNamePerson(focus.word));
  }
  return plan.kind === "other" && /\b(?:everyone|everybody|who)\b/.test(text);
}

const PARTY_KINDS = new Set<EntityKind>(["person", "country", "organization"]);

/**
 * "Which countries are in the park now?": members asked in the plural, of countries or bodies (not
 * "what party does she belong to?"), of a thing the store knows. A body's members are its own
 * (its record says them, or not: "an agency with eight member states"), not its meeting's parties.
 */
function asksMembers(text: string, plan: QueryPlan, kb: KnowledgeBase): boolean {
  if (plan.kind !== "which" && plan.kind !== "what") return false;
  const focus = plan.focus;
  if (!focus?.word.endsWith("s") || plan.unknown.length > 0) return false;
  if (!focus.kinds.some((kind) => kind === "country" || kind === "organization")) return false;
  const body = plan.mentions.some((m) => m.entityIds.some((id) => kb.entity(id)?.kind === "organization"));
  if (body || !MEMBERS.test(text)) return false;
  // "Are in the park", "parties to the accord": what the preposition opens is a thing named or a
  // noun phrase of its own, not a state ("in favour of", "in talks over", "in debt", "in charge").
  const { words } = plan;
  const joined = words.join(" ");
  const said = MEMBERS.exec(joined);
  if (!said || !/ (?:in|on|to|of|by)$/.test(said[0])) return true;
  const after = joined.slice(0, said.index + said[0].length).split(" ").length;
  return plan.mentions.some((m) => m.position === after) || MEMBERS_DETERMINERS.has(words[after] ?? "");
}

/** A determiner opens what members belong to: "in the park", "party to this accord". */
const MEMBERS_DETERMINERS = new Set(["the", "this", "that", "these", "those", "its", "their"]);

/**
 * "Which countries are in the park now?", "which countries are parties to the accord?", "who sits
 * on the council?": its members, the parties of its meeting (the latest, unless one is named).
 */
export const MEMBERS =
  /\b(?:(?:are|is|were|was)(?: now| still| currently| actually| really)? (?:in|on|part of|parties to|party to|members? of|signatories (?:to|of)|covered by)|sit(?:s|ting)? on|belong(?:s|ed)? to|(?:have|has) (?:joined|signed up to))\b/;

/** Asks which article or outlet told of something, or when it did, not what it said. */
const SOURCE =
  /^\W*(?:(?:and|so|ok|but) )?(?:(?:which|what) (?:news ?)?(?:outlets?|newspapers?|papers?|publications?|media|agency|agencies|site|website|sources?)\b.*\b(?:report|cover|publish|wr[io]te|broke|break|carr(?:y|ied))|who (?:reported|covered|published|broke|wrote (?:about|up))\b|what(?:'s| is| was) (?:the|your) source\b|where (?:did|does|do) (?:you|that|this|it) (?:get|read|come from|hear)|where (?:was|were|is|has) .*\b(?:reported|covered|published|written up)\W*$|(?:when|(?:what|which) (?:date|day)) (?:was|were|did)\b.*\b(?:article|report|story|piece)\b.*\b(?:published|written|printed|posted|released|come out|came out|out)\W*$)/;

/** "Who was quoted in the article?", "list everyone quoted in the Horn Observer report". */
const QUOTED =
  /(?:^\W*(?:(?:and|so|ok|okay|but|then|pls|please)\W+)*who (?:was|were|got|gets|is|are|has been|have been) (?:quoted|cited|interviewed)\b|\b(?:(?:everyone|everybody|anyone|people|persons|those|all|officials|ministers) (?:(?:who|that) )?(?:was |were |got )?(?:quoted|cited|interviewed)|whose (?:words|quotes) (?:are|were) (?:in|used)|who (?:spoke|talked) (?:in|to) (?:the|that|this) (?:article|report|story|piece))\b)/;

/** "The whole story", "from the start", "so far", "all the rounds", "the timeline of …". */
/**
 * "Give me the whole consulate row from the start": the whole of something from its start is its
 * story, whatever the word for it ("row", "dispute", "affair"), when nothing else is asked of it.
 */
const WHOLE_FROM_THE_START = /\b(?:whole|entire|full)\b.*\b(?:from|since) the (?:start|beginning)\b/;

const WHOLE_STORY =
  /\b(?:(?:whole|entire|full)(?: [\w'’-]+){0,4} (?:story|saga|thing|process|history|timeline)|(?:from|since) the (?:start|beginning|first round)|so far|all (?:the |three |four |of the )?(?:rounds|meetings|sessions)|(?:the )?timeline)\b/;

/**
 * "Who chaired each round?", "at every meeting", "who represented Kyrgyzstan at Khujand and who
 * at Osh?": the question word asked again of a second meeting asks it of each meeting.
 */
const EACH_MEETING =
  /\b(?:(?:each|every) (?:of the )?(?:[\p{L}-]+ ){0,3}?(?:round|meeting|session|sitting)s?|(?:both|the two|all (?:the )?(?:two|three|four)|the three|the four) (?:rounds|meetings|sessions|sittings)|(?:at|in) [^?]+ and (?:who|where|what|which|when) (?:at|in) \p{L}+)\b/u;

/**
 * "Which cities have the vaccine plant meetings been held in?", "which towns have hosted the park
 * talks?", "list every city they've met in so far": places asked in the plural, of meetings.
 */
const PLACES_OF_MEETINGS =
  /\b(?:(?:which|what) (?:cities|towns|places|venues)|(?:list|name) (?:every|each|all(?: the)?) (?:city|town|place|venue|cities|towns|places|venues))\b.*\b(?:(?:meetings|talks|rounds|sessions)\b.*\b(?:held|hosted|host|took place|taken place|been)|(?:have|has|'ve) (?:met|been held|hosted))\b/;

/** "What are reaction wheels?", "what is a pirogue": what a thing is, asked by its words alone. */
const WHAT_IS_A_THING =
  /^(?:(?:so|ok|and)\s+)?what\s+(?:is|are)\s+(?:an?\s+|the\s+)?([\p{L}\p{N}][\p{L}\p{N}\s-]*?)\s*\??$/u;
/** Kinds whose name may be said short by its last words: a thing or a project, not a body or a person. */
const THINGS_DEFINED: ReadonlySet<EntityKind> = new Set(["other", "initiative"]);

/**
 * "What are reaction wheels?" asks what they are: the store's one thing whose name ends in those
 * words ("Mekhala-1 reaction wheels", described as "the four spinning devices that turn and point
 * the satellite") is the thing asked, as its full name would be, and its description answers;
 * the facts that merely mention such wheels do not say what they are. Only where one thing fits.
 */
function withThingDefined(plan: QueryPlan, text: string, kb: KnowledgeBase): QueryPlan {
  if (plan.mentions.length > 0 || plan.kind !== "what") return plan;
  const asked = WHAT_IS_A_THING.exec(text.trim());
  if (!asked) return plan;
  const words = wordsOf(asked[1]!);
  const last = words.at(-1);
  if (!last) return plan;
  const stems = words.map(stemOf);
  const fits = [...kb.entitiesWithStem(stemOf(last)).keys()].filter((id) => {
    const entity = kb.entity(id);
    if (!entity || !THINGS_DEFINED.has(entity.kind)) return false;
    const name = wordsOf(entity.name).map(stemOf);
    return (
      name.length > stems.length && stems.every((stem, i) => name[name.length - stems.length + i] === stem)
    );
  });
  if (fits.length !== 1) return plan;
  const position = plan.words.indexOf(words[0]!);
  if (position < 0) return plan;
  const said = new Set(stems);
  return {
    ...plan,
    mentions: [{ entityIds: fits, text: asked[1]!, position, length: words.length, viaAlias: true }],
    terms: plan.terms.filter((term) => !said.has(stemOf(term.word))),
    unknown: plan.unknown.filter((unknown) => !said.has(stemOf(unknown.word.toLowerCase()))),
  };
}

function intentOf(text: string, plan: QueryPlan, kb: KnowledgeBase): Intent {
  if (asksAboutTheBot(text)) return "self";
  if (plan.expansion && plan.mentions.length > 0) return "expansion";
  if (PLACES_OF_MEETINGS.test(text)) return "overview";
  if (QUOTED.test(text)) return "quoted";
  if (SOURCE.test(text)) return "source";
  if (asksWhoAttended(text, plan, kb)) return "attendance";
  if (
    WHOLE_STORY.test(text) &&
    (OVERVIEW.test(text) ||
      TELL_ABOUT.test(text) ||
      /\b(?:story|saga|timeline)\b/.test(text) ||
      (!plan.quantity && plan.kind === "other" && WHOLE_FROM_THE_START.test(text)))
  )
    return "overview";
  // ("What did Mwasongwe say at the first board meeting?" asks his words there, not the meeting.)
  if (orderOf(text) && !sayerAsked(plan, kb)) return "overview";
  if (asksWhatBecameOf(plan, kb)) return "profile";
  if (shortVersionOfAThing(text, plan, kb)) return "profile";
  // "How much cash was Panama putting on the table to host the summit?" asks a figure: "on the
  // table" there is the offer's idiom, not a meeting's agenda, and no overview states the figure.
  // ("At each meeting, how many teams were on the table?" asks each meeting's own account.)
  if (OVERVIEW.test(text) && (!plan.quantity || EACH_MEETING.test(text))) return "overview";
  if (TELL_ABOUT.test(text) && EVENT_NOUNS.test(text)) return "overview";
  // "Tell me about the rail financing deal in November": a deal of a month is the meeting it was
  // made at (a deal asked of by its name alone is the thing agreed: its profile).
  if (TELL_ABOUT.test(text) && DEAL_OF_A_MONTH.test(text)) return "overview";
  // "What was her previous job?" asks a post held before: a profile answers it only if it says one
  // ("Estonian former paramedic"), not with the post held now and whom she replaced in it.
  if (isProfileQuestion(plan) && (!EARLIER_POST_ASKED.test(text) || profileSaysEarlierPost(plan, kb)))
    return "profile";
  if (asksWhatPostHeld(text, plan, kb)) return "profile";
  return "fact";
}

/**
 * "Are you a bot or a real person?", "who made you and what model are you", "what can u do": the
 * whole question is about the one answering. Its words ("model", "made") are common in the store,
 * so read as a question of facts it finds some fact that shares them; asked of the bot, it is
 * answered by what the bot is and can answer. Only when nothing else is asked beside it: "what do
 * you know about the Prespa council?" asks of the council.
 */
export function asksAboutTheBot(text: string): boolean {
  const plain = ` ${text
    .replace(/[^\p{L}\p{N}']+/gu, " ")
    .replace(/\bu\b/g, "you")
    .replace(/\bur\b/g, "your")
    .replace(/\br\b/g, "are")
    .replace(/\s+/g, " ")
    .trim()} `;
  const rest = plain.replace(ABOUT_THE_BOT, " ");
  return rest !== plain && rest.replace(ASIDE_TO_THE_BOT, " ").trim() === "";
}
/** What the bot could be taken for: "a bot", "a real person", "ChatGPT", "an AI". */
const BOT_OR_PERSON =
  "(?:an? )?(?:real |actual |live |human |ai )?(?:bot|robot|ai|human|person|being|machine|chatbot|chat ?gpt|gpt|(?:large )?language model|llm|program|computer|software|assistant)";
const ABOUT_THE_BOT = new RegExp(
  [
    `(?:are you|is this|am i (?:talking|speaking|chatting) (?:to|with)) ${BOT_OR_PERSON}(?: or (?:just )?${BOT_OR_PERSON})*`,
    "(?:what|which) (?:ai |language |llm |gpt )?(?:model|llm|version|ai)(?: are you| is this| do you (?:use|run on|run)| powers you| runs you| are you (?:running|built|based) on)",
    "who (?:made|built|created|wrote|programmed|designed|trained|developed|owns|runs|coded|makes|maintains) (?:you|this bot|this thing)",
    "what (?:can|could) (?:you|i ask(?: you)?) (?:do|answer|help(?: me)? with|tell me(?: about)?|ask(?: about)?)",
    "what (?:can|should|do) i ask(?: you)?(?: about)?",
    "what do you (?:do|know|cover)",
    "what (?:topics|things|questions|kind of questions|sort of questions) (?:can|do) you (?:answer|cover|know(?: about)?)",
    "(?:who|what) are you(?: exactly)?",
    "what is your name",
    "how do you work",
    "what are you for",
  ]
    .map((phrase) => ` ${phrase}(?= )`)
    .join("|"),
  "g",
);
/** Words around a question to the bot that ask nothing more: a greeting, "and", "just", "lol". */
const ASIDE_TO_THE_BOT =
  /\b(?:hey|hi|hello|yo|so|ok|okay|and|or|but|btw|lol|just|wait|also|actually|seriously|really|quick question|please|pls|then|like|tell me|exactly|anyway)\b/g;

/** Asking for the short version of something: "tl;dr", "summary", "recap", "rundown", "gist". */
const SHORT_VERSION = /\b(?:tl;? ?dr|summary|summari[sz]e|recap|run-?down|gist)\b/;

/**
 * "Corrib-Hekla cable tl;dr pls", "recap of the Wahda Dam deal": the short version of one thing the
 * store names (a project, an agreement, a plant), with nothing else asked, is what the store says
 * of that thing, as its name alone asks (its profile and its facts); an overview would tell the
 * newest meeting of its story, which may be about something else. Not of a person, a country, a
 * body or a meeting (whose overview is its meetings), nor with any word of substance beside the
 * name ("the bridge saga tl;dr" asks the story).
 */
function shortVersionOfAThing(text: string, plan: QueryPlan, kb: KnowledgeBase): boolean {
  if (plan.mentions.length !== 1 || !SHORT_VERSION.test(text)) return false;
  const ids = plan.mentions[0]!.entityIds;
  if (ids.length !== 1) return false;
  const kind = kb.entity(ids[0]!)?.kind;
  if (kind !== "initiative" && kind !== "other") return false;
  const asking = overviewPhraseStems(text);
  return !plan.terms.some(
    (term) => term.weight >= 1 && !asking?.has(stemOf(term.word)) && !SHORTHAND_LEFT.has(term.word),
  );
}
/** What is left of "tl;dr" once read word by word. */
const SHORTHAND_LEFT: ReadonlySet<string> = new Set(["tl", "dr"]);

/** A deal, agreement or accord, then the month it was made in: "the financing deal in November". */
const DEAL_OF_A_MONTH = new RegExp(
  `\\b(?:deal|agreement|accord|pact|treaty)s? (?:(?:made|signed|reached|struck|agreed) )?(?:in|of|from) (?:${MONTHS.join("|").toLowerCase()})\\b`,
);

/** Words that may open "what happened to her?" ("so", "and") or close it ("later", "in the end"). */
const BECAME_OPENERS = new Set(["and", "so", "ok", "okay", "then"]);
const BECAME_AFTER = new Set([
  "later",
  "afterwards",
  "after",
  "that",
  "then",
  "since",
  "eventually",
  "in",
  "the",
  "end",
]);

/**
 * "What happened to Haja Andrianarivelo?", "what became of him later?": what became of a person is
 * told by what the store says of them (a post left, a successor), not by the latest meeting's
 * overview. Only a question of nothing but the one person.
 */
function asksWhatBecameOf(plan: QueryPlan, kb: KnowledgeBase): boolean {
  if (plan.mentions.length !== 1) return false;
  const mention = plan.mentions[0]!;
  if (!mention.entityIds.some((id) => kb.entity(id)?.kind === "person")) return false;
  const { words } = plan;
  let at = 0;
  while (BECAME_OPENERS.has(words[at] ?? "")) at++;
  if (words[at] !== "what") return false;
  at++;
  if (words[at] === "has" || words[at] === "had" || words[at] === "s") at++;
  if (words[at] !== "happened" && words[at] !== "became") return false;
  at++;
  if (words[at] !== "to" && words[at] !== "of") return false;
  at++;
  if (mention.position !== at) return false;
  return words.slice(at + mention.length).every((word) => BECAME_AFTER.has(word));
}

/** "Her previous job", "his post before that", "what did she do before becoming …". */
const EARLIER_POST_ASKED =
  /\b(?:previous|former|earlier|last|old) (?:job|post|role|position|work|career)\b|\b(?:job|post|role|position|work|career) before\b|\b(?:do|did|doing) before\b/i;
/**
 * "What was her previous job?", "his former role?": a post the person held before is asked by
 * name ("who had the job before her?" asks for the one before her, "what did she do before?" may
 * be answered by what she did).
 */
export function asksAnEarlierPost(question: string): boolean {
  return EARLIER_POST_NAMED.test(question);
}
// ("What did she do before that?" points back to the post just told: it asks the one before it.)
const EARLIER_POST_NAMED =
  /\b(?:previous|former|earlier|old) (?:job|post|role|position|career)\b|\b(?:do|did) before (?:that|then)\W*$/i;

/**
 * "Chirwa, an economist, had chaired the budget committee since 2019": a post told in the past
 * perfect from a year on was held up to the story's time, so it is the one held before what the
 * story tells (the new post), though no word says "former".
 */
export const HELD_UP_TO_THEN = /\bhad (?:[\p{L}-]+ ){1,2}[^.;]{0,100}?\bsince (?:\p{L}+ )?\d{4}\b/iu;

/** A description or fact that gives a post held before ("former paramedic", "ambassador until 2022"). */
export const EARLIER_POST = new RegExp(
  `\\bformer(?:ly)?\\b|\\bpreviously\\b|\\bbefore (?:being|becoming|joining)\\b|\\buntil \\d{4}\\b|${HELD_UP_TO_THEN.source}`,
  "iu",
);

function profileSaysEarlierPost(plan: QueryPlan, kb: KnowledgeBase): boolean {
  return plan.mentions[0]!.entityIds.some((id) => EARLIER_POST.test(kb.entity(id)?.description ?? ""));
}

/** "What post did Šimkus hold?", "what job does she have?": their role. */
const POST_HELD =
  /^\W*(?:what|which) (?:post|position|role|job|title|office|function)s? (?:does|did|do|has|had) .+ (?:hold|have|occupy|fill)\W*$/;

/**
 * "What's his background?", "whats her day job?", "what does Holt do for a living?": what the
 * person is, as their description tells it, not a fact with those words.
 */
const WHAT_THEY_ARE =
  /^\W*(?:what(?:'s| is| was)?|whats) [^?]+?'s? (?:background|day job|profession|occupation|line of work|career)\W*$|^\W*what (?:does|did) .+ do (?:for a living|for work)\W*$/;

function asksWhatPostHeld(text: string, plan: QueryPlan, kb: KnowledgeBase): boolean {
  return (
    (POST_HELD.test(text) || WHAT_THEY_ARE.test(text)) &&
    plan.mentions.length === 1 &&
    plan.mentions[0]!.entityIds.some((id) => kb.entity(id)?.kind === "person")
  );
}

const LATEST_ON =
  /^\W*(?:(?:yo|ok|okay|so|hey|ngl|lol|wait)\W+)*(?:(?:what(?:'s| is)|whats) (?:the )?(?:latest|newest|news|new|update|deal|going on|up|happening)|(?:is there |are there )?any(?:thing)? (?:new|newer|news|updates?|developments?|progress))(?: on| about| with| w\/?| regarding| re| concerning| in| between)(?=\W)/;

export type StoryStep = { nth: number } | "next" | "previous" | "other" | "last";

const STORY_STEP = new RegExp(
  `\\bthe (${ORDINAL_WORDS.join("|")}|next|previous|other|earlier|later|last|latest|final) (?:one|round|meeting|session|time)\\b`,
);

/** "The meeting before that", "the PPWC meeting before the Montevideo one", "the round after Khujand". */
const BESIDE_STEP = /\bthe (?:[\w-]+ ){0,2}?(?:one|round|meeting|session|talks) (before|after)\b/;

/** "The second one", "the next round", "the other meeting": a step along the story. */
function storyStepIn(text: string): StoryStep | undefined {
  const beside = BESIDE_STEP.exec(text)?.[1];
  if (beside) return beside === "before" ? "previous" : "next";
  const word = STORY_STEP.exec(text)?.[1];
  if (!word) return undefined;
  const nth = (ORDINAL_WORDS as readonly string[]).indexOf(word);
  if (nth >= 0) return { nth: nth + 1 };
  const step: StoryStep =
    word === "next" || word === "later"
      ? "next"
      : word === "previous" || word === "earlier"
        ? "previous"
        : word === "other"
          ? "other"
          : "last";
  return step;
}

/** The words that ask for an overview, a story or an end of the timeline, not what it is about. */
/** The phrases that ask for an overview ("catch me up on", "the latest on"): no word of them says what of. */
const OVERVIEW_PHRASES = [OVERVIEW, LATEST_ON, TELL_ABOUT, /\b(?:from|since) the (?:start|beginning)\b/].map(
  (pattern) => new RegExp(pattern.source.replace(/^\^/, ""), "g"),
);
const ASKING_FOR_OVERVIEW = [...OVERVIEW_PHRASES, new RegExp(EVENT_NOUNS.source, "g")];

/** The stems of the words of the phrases asking for an overview: "catch" of "catch me up" finds no catch. */
function overviewPhraseStems(text: string, order?: "latest" | "oldest"): ReadonlySet<string> | undefined {
  const stems = new Set<string>();
  // "The first meeting of the truck toll talks": "first" says which end of that topic's meetings,
  // not a word of a title ("First round of Kyrgyz–Tajik talks" is another story).
  if (order && TOPIC_AFTER_ORDER.test(text)) for (const word of ORDER_WORDS) stems.add(stemOf(word));
  for (const pattern of OVERVIEW_PHRASES) {
    for (const phrase of text.match(pattern) ?? []) for (const stem of phraseStems(phrase)) stems.add(stem);
  }
  return stems.size > 0 ? stems : undefined;
}

/**
 * The stems of a phrase asking for an overview ("what's the latest on", "from the start"), read once
 * per process: the phrases are few, and a story question says one on every call.
 */
function phraseStems(phrase: string): readonly string[] {
  let stems = phraseStemCache.get(phrase);
  if (!stems) {
    stems = wordsOf(phrase).map(stemOf);
    if (phraseStemCache.size >= MAX_PHRASES_KEPT) phraseStemCache.clear();
    phraseStemCache.set(phrase, stems);
  }
  return stems;
}
const phraseStemCache = new Map<string, readonly string[]>();
/** Past this many phrases remembered the memo starts again (a phrase may take in what follows it). */
const MAX_PHRASES_KEPT = 1_000;
const TIMELINE_ENDS = /\b(?:latest|newest|most recent|last|recent|oldest|earliest|first|tl;? ?dr)\b/g;
/** What people call a story as a whole ("the whole volcano saga"): no topic either. */
const STORY_NOUNS =
  /\b(?:whole|entire|full|saga|story|stories|thing|things|situation|stuff|affair|drama|business|process|history|timeline|news|updates?|developments?)\b/g;

/**
 * An overview question naming no one, whose words of substance include one the store never uses:
 * no meeting of the store is the one asked about. With a name, the name chooses the meeting and a
 * word the store lacks ("eco-friendly") is only a word.
 */
function unknownTopicOf(text: string, plan: QueryPlan): readonly string[] | undefined {
  if (plan.mentions.length > 0 || !plan.unknown.some((u) => !u.nameLike)) return undefined;
  const rest = [...ASKING_FOR_OVERVIEW, TIMELINE_ENDS, STORY_NOUNS].reduce(
    (left, pattern) => left.replace(pattern, " "),
    text,
  );
  const left = new Set(wordsOf(rest));
  const unknown = plan.unknown
    .filter((u) => !u.nameLike && namesAThing(u.word.toLowerCase(), left))
    .map((u) => u.word);
  return unknown.length > 0 ? unknown : undefined;
}

/**
 * A common English noun ("volcano", "pipeline", "war") left once the overview's own words are
 * gone: not chat ("gimme", "fr", "tho": not nouns, or not common), nor a describing word ("real quick").
 */
function namesAThing(word: string, left: ReadonlySet<string>): boolean {
  const tier = englishTier(word);
  return left.has(word) && tier !== undefined && tier <= 35 && isNounOnly(word);
}

const ORDER_WORDS = ["first", "earliest", "oldest", "last", "latest", "newest"];
/** An order word, then a meeting noun and "of"/"on" what it is about: the topic chooses the meetings. */
const TOPIC_AFTER_ORDER = new RegExp(
  `\\b(?:first|earliest|oldest|last|latest|newest) (?:${MEETING_NOUN_PATTERN}) (?:of|on|about) (?:the )?\\w`,
);

/**
 * Words for a meeting or the news of one: "the latest talks", "the newest story". Not "round": "the
 * first round" is a series' round by its number (`askedOrdinal`), not the store's oldest meeting.
 */
const NEWS_NOUNS = new RegExp(
  `\\b(?:news|${meetingNounsBut(ROUND).join("|")}|events?|story|stories|articles?)\\b`,
);

/** "The latest meeting", "the oldest event you know", "what's the latest news": an end of the timeline. */
function orderOf(text: string): "latest" | "oldest" | undefined {
  // "What's the latest on X?", "anything new with X?": "latest" and "new" stand for the news itself,
  // so the words ask for the newest state of a story, with no noun for it.
  if (LATEST_ON.test(text)) return "latest";
  const about = NEWS_NOUNS;
  // "When did CICA hold its last summit?" asks about the summit, not for the store's latest.
  if (!about.test(text) || !/^\W*(?:what|which|tell|give|show|whats|any)\b/.test(text)) return undefined;
  if (/\b(?:latest|newest|most recent|last|recent)\b/.test(text)) return "latest";
  if (/\b(?:oldest|earliest|first)\b/.test(text)) return "oldest";
  return undefined;
}

/** "Who is X?", "What is X?", "Tell me about X": one name and nothing else of substance. */
function isProfileQuestion(plan: QueryPlan): boolean {
  if (plan.mentions.length !== 1 || plan.unknown.length > 0) return false;
  if (!["who", "what", "other"].includes(plan.kind)) return false;
  // "What doesn't the visa-free agreement cover?" asks what it leaves out: what the agreement is
  // tells what it does cover.
  if (plan.words.some(isNegator)) return false;
  return !plan.terms.some((term) => term.weight >= 1);
}

const AFTER: ReadonlySet<string> = new Set(["after"]);
const LONG: ReadonlySet<string> = new Set(["long"]);
/** Words that say only that a time is planned ("when is the decision due?", "… expected?"). */
const DUE: ReadonlySet<string> = new Set(["due", "expected", "supposed", "meant"]);
const UNTIL_NOW: ReadonlySet<string> = new Set(["before", "previously"]);
const DUE_OR_AFTER: ReadonlySet<string> = new Set([...DUE, "after"]);
const UNTIL: ReadonlySet<string> = new Set(["until"]);
/** "Which *years*", "what *period*": the unit of a span asked. */
const SPAN_UNITS: ReadonlySet<string> = new Set(["years", "months", "period", "dates"]);
const WHICH: ReadonlySet<string> = new Set(["which", "what"]);
const PAST_AUXILIARY = /\b(?:did|was|were|had)\b/;
const START_WORDS: ReadonlySet<string> = new Set("start starts begin begins commence commences".split(" "));
const EARLIER_WORDS: ReadonlySet<string> = new Set(
  "previous previously prior earlier last before".split(" "),
);
/**
 * "What did she do before?", "what was he previously?": what a person named was earlier, met by a
 * fact that tells an earlier state of theirs ("a former director of the port", "until then deputy
 * head", "ran the corporation from 2018 until 2025"), whether or not it says "before".
 */
function earlierSelfAsked(plan: QueryPlan, kb: KnowledgeBase): boolean {
  // ("What did she do before that?", "before then": the word points back to what was just told.)
  const words = BACK_TO_WHAT_WAS_TOLD.has(plan.words.at(-1) ?? "") ? plan.words.slice(0, -1) : plan.words;
  const last = words.at(-1);
  const [named, ...others] = plan.mentions;
  return (
    plan.kind === "what" &&
    !!last &&
    PAST_HOLDER_WORDS.has(last) &&
    !!named &&
    others.length === 0 &&
    named.entityIds.every((id) => kb.entity(id)?.kind === "person") &&
    plan.terms.every((t) => PAST_HOLDER_WORDS.has(t.word))
  );
}

const BACK_TO_WHAT_WAS_TOLD: ReadonlySet<string> = new Set(["that", "then", "this"]);
const PAST_HOLDER_WORDS: ReadonlySet<string> = new Set(
  "previous previously former formerly predecessor predecessors preceded preceding prior before".split(" "),
);
const PAST_HOLDER = /\b(?:previous(?:ly)?|former(?:ly)?|predecessors?|preceded|preceding|prior to|before)\b/;
const FUTURE_WORDS =
  /\b(?:will|shall|going to|gonna|next|upcoming|future|planned|plans? to|scheduled|due to (?:happen|take place|start|begin|be)|due (?:on|in|by))\b/;
const CURRENT_WORDS =
  /\b(?:current(?:ly)?|now|rn|atm|nowadays|today|presently|at present|incumbent|these days)\b/;
const END_WORDS =
  /\b(?:until|till|through|to) when\b|\b(?:until|till|through) (?:what|which) (?:date|day|year|month)\b|\bwhen (?:does|do|will) (?:it|they|the \w+(?: \w+)?) (?:end|expire|run out|lapse)\b/;
/** "Which programme runs until 2027?": a fact stating where it ends answers ("for 2025-2027"). */
const UNTIL_DATE = new RegExp(
  `\\b(?:until|till) (?:(?:the end of|early|late|mid) )?(?:(?:19|20)\\d{2}|${MONTHS.join("|").toLowerCase()})\\b`,
);
const SPAN_WORDS =
  /\b(?:how long|for how many (?:years|months)|(?:for )?(?:which|what) (?:years|period|term)|until when|till when|through when|how many years)\b/;

/** "Who gets the presidency after Uruguay?": who or which, "after" a holder the question names. */
function followsHolder(plan: QueryPlan, kb: KnowledgeBase): boolean {
  if (plan.kind !== "who" && plan.kind !== "which") return false;
  // "Who replaced Marinova?", "who succeeded him?", "who took over from her?" ask for the one
  // after the holder named just as "after" does: the handover answers, not the holder's own post.
  const handedOn = plan.words.findIndex(
    (word, i) =>
      SUCCEEDING.has(word) ||
      (word === "from" &&
        (TAKING_OVER.has(plan.words.slice(i - 2, i).join(" ")) || takenOverAt(plan, i - 1))),
  );
  const after = handedOn >= 0 ? handedOn : plan.words.indexOf("after");
  const holder = plan.mentions.find((m) => m.position === after + 1);
  return (
    after >= 0 &&
    !!holder &&
    holder.entityIds.some((id) => {
      const kind = kb.entity(id)?.kind;
      return kind !== undefined && HOLDER_KINDS.has(kind);
    })
  );
}

/** "Took over" read as the one word the store uses ("assume"): the pair as asked is kept on the term. */
function takenOverAt(plan: QueryPlan, position: number): boolean {
  const pair = plan.terms.find((t) => t.position === position)?.pair;
  return !!pair && pair[1] === "over" && TAKE_FORMS.has(pair[0]);
}
const TAKE_FORMS: ReadonlySet<string> = new Set(["take", "took", "takes", "taken", "taking"]);

/**
 * "Who replaced her?", "who took over from him?": the handover verb asked is met by any handover
 * from the one named ("Levan Chkhaidze became minister, replacing Tamar Gelashvili"), as "after"
 * is; verify keeps only facts that hand over from them.
 */
function handoverVerbs(plan: QueryPlan): ReadonlySet<string> {
  // (A verb the store never uses, "succeeded", is read as unknown: it is the constraint's word too.)
  const takenOver = plan.terms.filter((t) => takenOverAt(plan, t.position)).map((t) => t.word);
  return new Set([...AFTER, ...SUCCEEDING, ...takenOver]);
}

const HOLDER_KINDS: ReadonlySet<EntityKind> = new Set(["person", "country", "organization"]);
/** Verbs whose object is the one handed over from. */
// (Of a handover told, not one to come: "who would succeed him?" may be answered by a choice.)
const SUCCEEDING: ReadonlySet<string> = new Set(["replaced", "replaces", "succeeded", "succeeds"]);
const TAKING_OVER: ReadonlySet<string> = new Set(["took over", "takes over"]);

/** "Who did Wigley replace?": the verb's base form after "did" and the one named, its subject. */
const REPLACING: ReadonlySet<string> = new Set(["replace", "succeed"]);
const DID: ReadonlySet<string> = new Set(["did", "does", "do", "will", "would"]);

/**
 * "Who did Wigley replace?", "whom did she take over from?": the one named is the one who took
 * over, so the answer is the one before them (as "who was before Wigley?"), never the one who
 * later replaced them.
 */
function asksWhomTheyReplaced(plan: QueryPlan, kb: KnowledgeBase): boolean {
  if (plan.kind !== "who" && plan.kind !== "which") return false;
  return plan.mentions.some((mention) => {
    if (!DID.has(plan.words[mention.position - 1] ?? "")) return false;
    const after = mention.position + mention.length;
    const verb = plan.words[after] ?? "";
    const handedOver =
      REPLACING.has(verb) ||
      (verb === "take" && plan.words[after + 1] === "over" && plan.words[after + 2] === "from") ||
      takenOverAt(plan, after);
    return (
      handedOver &&
      mention.entityIds.some((id) => {
        const kind = kb.entity(id)?.kind;
        return kind !== undefined && HOLDER_KINDS.has(kind);
      })
    );
  });
}

/** "Where did he go?", "where did she end up?": a where-question whose verb asks where someone went next. */
export function asksWhereMovedOn(question: string): boolean {
  const text = canonicalText(question).toLowerCase();
  return /^\W*(?:(?:and|so|but|ok)\W+)*where\b/.test(text) && MOVED_ON_ASKED.test(text);
}

/** A person the question names whom a fact of the store has move on ("moved to the finance ministry"). */
function movedOnTold(plan: QueryPlan, kb: KnowledgeBase): boolean {
  const people = plan.mentions.flatMap((m) => m.entityIds).filter((id) => kb.entity(id)?.kind === "person");
  for (const id of people) {
    for (const indexed of kb.factsAbout(id)) if (movesOn(indexed, [id], kb)) return true;
  }
  return false;
}

/** "… go?", "… end up?", "… move on to?": the question's verb asks where someone went next. */
const MOVED_ON_ASKED =
  /\b(?:go|goes|gone|went|going|end(?:ed)? up|move(?:d)?|moving|head(?:ed)? off|land(?:ed)?)(?: on)?(?: to)?(?: (?:next|then|afterwards|after that|later))?\W*$/;
/** The words of that verb: the constraint says them, not a word a fact must have. */
const MOVED_ON_WORDS: ReadonlySet<string> = new Set(
  "go goes gone went going end ended up finish finished move moved moving head headed off land landed on to next then afterwards later".split(
    " ",
  ),
);

const WEEKDAY_ASKED = /\bday of the week\b|\bweekday\b/i;
const FROM_WHEN = /^(?:\W*\w+\W+){0,2}?from (?:when|(?:what|which) (?:date|day|month|year))\b/;

/**
 * "Where will the satellite launch from?", "where does the ferry leave from?": "from" right after
 * the verb closes the place of the act asked, where it is done, as "where will it be launched?"
 * asks; a verb that says where someone is from ("where does she come from?"), or none ("where is he
 * from?"), asks someone's origin. (Not a noun that is also a verb, "minister", nor "from" after the
 * verb's object: "where does the trust get that money from?" asks the money's source.)
 */
function actDoneFrom(plan: QueryPlan): boolean {
  const last = plan.words.length - 1;
  return plan.terms.some(
    (t) =>
      t.position === last - 1 &&
      plan.words[last] === "from" &&
      t.weight >= 1 &&
      t.kinds.length === 0 &&
      isVerb(t.word) &&
      usedMostlyAsVerb(t.word) &&
      !SAYS_WHERE_FROM.has(verbBase(t.word) ?? t.word),
  );
}

/** The verbs that tell where someone is from, as "be" does: "comes from", "hails from". */
const SAYS_WHERE_FROM = new Set(["come", "hail", "originate"]);

function timeConstraint(text: string, plan: QueryPlan, kb: KnowledgeBase): TimeConstraint | undefined {
  if (plan.kind === "when" && WEEKDAY_ASKED.test(text)) return "weekday";
  if (/\bhow often\b|\bhow frequently\b/.test(text)) return "frequency";
  // "Since when has X been ...?", "how long has X been ...?": when a state of affairs began.
  // "Has Japan been in WAMSO for long?" asks the same of a state of affairs.
  if (
    /\bsince (?:when|(?:what|which) (?:date|day|year|month))\b|\bhow long (?:has|have|had)\b|\b(?:been|had)\b.*\bfor long\W*$/.test(
      text,
    )
  )
    return "since";
  // "From when does Nepal sell 200 MW?": where it starts, as "when does it start?" asks.
  if (FROM_WHEN.test(text)) return "start";
  // "In which year does the chairmanship start?": where a stated span or plan begins.
  // ("When did the talks start?" is answered by the day they were held.)
  if (plan.kind === "when" && !PAST_AUXILIARY.test(text) && plan.terms.some((t) => START_WORDS.has(t.word))) {
    return "start";
  }
  // "When did she become foreign minister?" is answered by "has been foreign minister since ...".
  // ("When did Serbia ask to become a member?" asks when it asked.)
  if (plan.kind === "when" && /(?<!\bto )\bbec(?:o|a)me\b/.test(text)) return "since";
  // "Where is she from?"; and of a person, "is he from Riga?", "what's his nationality?" (a
  // grant from Japan, a nationality law, are about other things).
  if (plan.kind === "where" && /\bfrom\W*$/.test(text) && !actDoneFrom(plan)) return "origin";
  // "Where did he go?", "where did Warsame end up?": where a person moved on to, a post as often as
  // a place, not where they spoke.
  // (Only of one the store tells moved on: else "where did she go?" may ask where she travelled.)
  if (plan.kind === "where" && MOVED_ON_ASKED.test(text) && movedOnTold(plan, kb)) return "destination";
  if (
    ((plan.kind === "yesno" && /\bfrom\W*$/.test(text)) || /\bnationality\b/.test(text)) &&
    plan.mentions.some((m) => m.entityIds.some((id) => kb.entity(id)?.kind === "person"))
  )
    return "origin";
  // "Until when is the toll suspended?" asks for the day it ends, not for how long.
  if (END_WORDS.test(text) || UNTIL_DATE.test(text)) return "end";
  if (SPAN_WORDS.test(text)) return "span";
  // "Who chaired it before Kazakhstan?" names whom the answer came before; "before" alone, or
  // "previous", asks for a predecessor.
  if (PAST_HOLDER.test(text) && ["who", "which", "what"].includes(plan.kind)) return "past-holder";
  if (asksWhomTheyReplaced(plan, kb)) return "past-holder";
  if (followsHolder(plan, kb)) return "successor";
  // "When was the previous session?" is not answered by the date of the session reported.
  if (plan.kind === "when" && /\b(?:previous|prior|earlier|last)\b/.test(text)) return "earlier";
  if (FUTURE_WORDS.test(text)) return "future";
  // "When is the decision due?", "when is the radar expected?": a time planned, still to come (not
  // "when were they due …?", which may set the first plan beside the latest).
  if (plan.kind === "when" && PLANNED_TIME.test(text) && !PAST_AUXILIARY.test(text)) return "future";
  if (CURRENT_WORDS.test(text)) return "current";
  if (asksInThePresent(plan)) return "present";
  return undefined;
}

const PRESENT_EXCEPTIONS: ReadonlySet<string> = new Set(["is", "has", "does", "was", "says"]);

/**
 * "Who heads the CBBM?", "which country chairs it?", "who is running the fund?": the question's
 * verb, right after its question word (and noun), is in the present tense.
 */
function asksInThePresent(plan: QueryPlan): boolean {
  if (plan.kind !== "who" && plan.kind !== "which") return false;
  const at = plan.kind === "which" ? 2 : 1;
  const word = plan.words[at] ?? "";
  if (BE.has(word)) {
    const next = plan.words[at + 1] ?? "";
    // "Who is the Kyrgyz emergency minister?": who holds the role now.
    if ((word === "is" || word === "are") && next === "the") return true;
    return next.endsWith("ing") && isVerb(next);
  }
  return word.length > 3 && word.endsWith("s") && !PRESENT_EXCEPTIONS.has(word) && isVerb(word.slice(0, -1));
}

const PERSON_PRONOUNS = new Set(["he", "him", "his", "she", "her", "hers", "himself", "herself"]);
const GROUP_PRONOUNS = new Set(["they", "them", "their", "theirs", "both"]);
const THING_PRONOUNS = new Set(["it", "its", "that", "this", "there"]);

/** Nouns that, after "that" or "this", point back to a thing of the previous turn of their kind. */
const KIND_NOUNS: Record<string, readonly EntityKind[]> = {
  country: ["country"],
  nation: ["country"],
  state: ["country"],
  body: ["organization"],
  organisation: ["organization"],
  organization: ["organization"],
  agency: ["organization"],
  bloc: ["organization"],
  council: ["organization"],
  city: ["place"],
  town: ["place"],
  place: ["place"],
  accord: ["initiative", "other"],
  agreement: ["initiative", "other"],
  treaty: ["initiative", "other"],
  deal: ["initiative", "other"],
  memorandum: ["initiative", "other"],
  protocol: ["initiative", "other"],
  project: ["initiative", "other"],
  fund: ["initiative", "other"],
};
const KIND_PHRASE = new RegExp(`\\b(?:that|this|the same) (${Object.keys(KIND_NOUNS).join("|")})\\b`);

/** The word after "more" makes it a comparison: "more than", "more expensive". */
function comparing(next: string | undefined): boolean {
  return next === "than" || (!!next && !STOPWORDS.has(next) && isAdjectiveOnly(next));
}

/**
 * "How many launch owners could lose their living?": a possessive after a plural noun of the
 * question itself is that noun's own and points at no one said before. (A noun that is also a
 * verb, "talks", "ministers", may be the question's verb or its setting: it binds nothing.)
 */
function ownedByNounBefore(words: readonly string[], at: number): boolean {
  const word = words[at];
  if (word !== "their" && word !== "theirs") return false;
  return words
    .slice(0, at)
    .some((before) => !STOPWORDS.has(before) && !isVerb(before) && isPluralNoun(before));
}

function referencesIn(words: readonly string[], text: string): References {
  const find = (set: ReadonlySet<string>) => words.find((word) => set.has(word));
  const person = find(PERSON_PRONOUNS);
  const group = words.find((word, i) => GROUP_PRONOUNS.has(word) && !ownedByNounBefore(words, i));
  // "that", "this" and "there" point back only at the end ("when was that?", "who was there?"),
  // not before a noun ("that meeting" names its own thing, "this year" is a time, "is there any").
  // "What else happened that day?", "who else was at that meeting?": the occasion just discussed.
  const occasion = /\b(?:that|this|the same) (?:day|meeting|visit|trip|session|time|round)\b/.exec(text)?.[0];
  // "Who leads that country?", "when was this agency set up?": the previous turn's one of that kind.
  const kindPhrase = KIND_PHRASE.exec(text);
  const thingKinds = kindPhrase ? KIND_NOUNS[kindPhrase[1]!] : undefined;
  const thing =
    occasion ??
    (thingKinds ? kindPhrase?.[0] : undefined) ??
    words.find(
      (word, i) => THING_PRONOUNS.has(word) && (word === "it" || word === "its" || i === words.length - 1),
    );
  // Every field present, absent ones undefined: one object layout (see `understandingOf`).
  return {
    person,
    group,
    thing,
    thingKinds: thing && thingKinds && thing === kindPhrase?.[0] ? thingKinds : undefined,
    // The word count first: it is cheaper than the pattern, and most questions are longer.
    // ("The other one at the meeting" is still only the other one: where they met says no more.)
    other:
      words.length <= 9 &&
      /\b(?:the )?other(?: one| guy| person| side| country| minister| delegate| negotiator| official| envoy)?(?: (?:at|in|from) the (?:meeting|talks|visit|signing|session))?\s*\??\s*$/.test(
        text,
      ),
    // "Is it more expensive?", "more than half": a comparison, not a request for more.
    more:
      /\b(?:else|other things?)\b/.test(text) ||
      words.some((word, i) => word === "more" && !comparing(words[i + 1])),
    ellipsis: words.length <= 6 && /^\W*(?:and|what about|how about|same for|and what about)\b/.test(text),
  };
}

/**
 * "How do I make pho at home?", "how can we renew a passport?": asks how to do something oneself,
 * which news of meetings never tells, whatever words it shares with them ("make", "home").
 */
export function asksHowToDoIt(question: string): boolean {
  return HOW_TO.test(question);
}
const HOW_TO =
  /\bhow (?:do|can|could|should|shall|would) (?:i|we|one)\b|\bhow do you (?!think\b|know\b|mean\b)/i;
