import { storyMeetings } from "./candidates.ts";
import { listInWords } from "./collections.ts";
import { agrees, genderOf, pronounGender, womanByPost } from "./gender.ts";
import { foldedName, type KnowledgeBase } from "./knowledge.ts";
import { currencyUnits } from "./language/countries.ts";
import { QUESTION_AUXILIARIES } from "./language/english.ts";
import {
  DENYING_VERBS,
  DETERMINERS,
  KIND_WORDS,
  LEAD_INS,
  MEETING_NOUN_PATTERN,
  MEETING_NOUNS,
  MEETING_PLURALS,
  MODAL_VERBS,
  ORDINAL_WORDS,
  STOPWORDS,
} from "./language/lexicon.ts";
import { CURLY_APOSTROPHE, canonicalText, isPastVerb, stemOf, withTypedWords } from "./language/normalize.ts";
import {
  isNoun,
  isNounOnly,
  isPersonNoun,
  isPlaceNoun,
  isVerb,
  isVerbOfAccepting,
  isVerbOfCommunication,
  isVerbOfSaying,
  namesAmount,
  namesGroup,
  singularForms,
  verbBase,
} from "./language/thesaurus.ts";
import { CALENDAR_WORDS, formatDate, MONTHS } from "./language/time.ts";
import { movesAFigure } from "./premise.ts";
import { planOf, type QueryPlan } from "./query.ts";
import { personOfCountry, speaksFor } from "./roles.ts";
import type { DialogueTurn, Entity, Event, Fact } from "./schema.ts";
import { countedThing } from "./score-kind.ts";
import { askedDateIn, fitsDate } from "./score-time.ts";
import {
  asksWhereMovedOn,
  EARLIER_SIDE,
  FIRST_OF_A_FIGURE,
  LATER_SIDE,
  mayReferBack,
  type StoryStep,
  type TimeConstraint,
  type Understanding,
  understand,
  understandingOf,
} from "./understand.ts";

/**
 * Stage 2 of answering: a follow-up read against the previous turn of the same conversation.
 * "What else did he say?" after a question about Aliyev becomes "What else did Ilham Aliyev
 * say?" minus the facts already shown; "when was that?" asks for the previous turn's event. The
 * rewrite is shown to the asker, so a wrong guess is visible and easy to correct.
 */

export type Reading =
  | {
      kind: "read";
      understanding: Understanding;
      /** How the conversation was used, for the answer to say; absent for a standalone question. */
      reading?: string;
      /** Facts already shown: "what else ...?" wants others. */
      exclude: ReadonlySet<string>;
      /** The event the question is about by reference ("when was that?"). */
      event?: string;
      /** The turn it follows, if the conversation was used: names it did not repeat carry over. */
      previous?: DialogueTurn;
      /** "he" was taken as one of several people: the next one is another reading. */
      choseAmongPeople?: boolean;
      /**
       * The previous question asked again with only a question word ("which city?", "since
       * when?"): its answer must be about what was being discussed (the turn's meeting or one of
       * its names), not whatever else the bare words find.
       */
      onTopic?: boolean;
      /**
       * "And the other minister who was quoted?": only facts of this meeting, and none that names
       * the ones already asked about.
       */
      within?: { event: string; without: ReadonlySet<string> };
      /** "And the fifth one?" of a story of three meetings: the story has no such meeting. */
      noSuchStep?: true;
      /** "What was it at first?", "and before the survey?": only the earlier account is asked for. */
      earlierOnly?: true;
      /**
       * "And now?" read as the previous question asked of now alone: only a fact told as the state
       * now or as a change ("now has", "falls to", "up from") answers; another of the earlier time does not.
       */
      toldAnew?: true;
      /**
       * "Was that before or after Equatorial Guinea pulled out?": the day of what was just told,
       * for the answer (when that happened) to say which came first.
       */
      against?: string;
      /** "When?", "since when?": the previous question asked again with only another question word. */
      again?: true;
      /** "How old is she?": the person "she" was taken as, whom an answer must name. */
      about?: string;
      /**
       * "What did he sign?" when a reading of what his country did follows: only a fact that names
       * him answers this one; one where only his country acts is that reading's, which says so.
       */
      ownDoing?: true;
      /**
       * "And what did Bulgaria say?" after "what did North Macedonia ask for at Ruen peak?": an
       * answer must name one of these, the things the previous question was about.
       */
      on?: ReadonlySet<string>;
      /**
       * "And how many in Guatemala?" after a question about the Mexican side: an answer must name
       * one of these, the ones put in another's place (checked on the answer, not on what is found).
       */
      naming?: ReadonlySet<string>;
      /**
       * "During the first round" of the story being discussed: only facts of its meetings, not of
       * another story's first round.
       */
      story?: ReadonlySet<string>;
      /**
       * "How big is that?" after an answer about the area the locust patrols cover: "that" is what
       * the answer just told, so only its facts (these) answer; tried when no reading of "that" as
       * one of the turn's names can be answered.
       */
      told?: ReadonlySet<string>;
      /**
       * "How did the Chadian minister react?" after what the board refused Chad: the other party's
       * response, only from `told` (its facts of the same meeting about the same thing); a refusal
       * stands rather than another reading's guess.
       */
      reply?: true;
    }
  /** "Who is he?" with nothing said before: a hint, not a guess. */
  | { kind: "needs-context"; word: string }
  /**
   * "And Niger?" after a question about Mali and Chad: which one it takes the place of, asked back;
   * `among` the two it could take the place of (ids).
   */
  | { kind: "ask"; question: string; choices: string[]; among: string[] };

const NOTHING: ReadonlySet<string> = new Set();
const COUNTED_WORDS = `${ORDINAL_WORDS.join("|")}|last|final|next`;
const THING_PREFERENCE: readonly Entity["kind"][] = [
  "initiative",
  "other",
  "organization",
  "event",
  "place",
  "country",
];
/** Words that, beside a question word, only say which time is asked about ("since when?"). */
const QUESTION_TIME_WORDS = new Set(["since", "until", "till", "before", "after", "long", "often"]);

/**
 * The ways to read the question, likeliest first: "he" is most likely the person the previous
 * answer named, but may be the one its question named ("who did the Mongolian president
 * receive?" → "what did he thank Chile for?"); the first reading that can be answered is used.
 */
export function resolveContext(
  given: Understanding,
  previous: DialogueTurn | undefined,
  kb: KnowledgeBase,
): Reading[] {
  // "Which provinces?" right after "how many provinces did the pilot start in?" asks "which ones?"
  // of what was counted (not the venue of a meeting the word "provinces" may find).
  const question = previous && whichOfTheCounted(given, previous) ? understand("which ones?", kb) : given;
  // "How long after the first round?" after a question about the locust pact: that story's first
  // round, not another story's meeting that "first round" names on its own.
  // "Who had the job during the first round?" after "who is Somalia's agriculture minister?": the
  // post asked about, named ("who was Somalia's agriculture minister during the first round?").
  // "Who said that?", "did Tonga ever agree to that?" right after a question that went unanswered:
  // "that" is what the answer would have told, and nothing was told; not a name of that question.
  // (A turn with a meeting of its own was answered, from the meeting's record if from no fact.)
  if (previous && previous.facts.length === 0 && !previous.event && question.references.thing === "that") {
    // ("What did Cameroon say about that?" after "why did Belgium hold back the throne?": what
    // someone said about the act the why-question named, which needs no answer to it.)
    const act = sayingAboutWhyAsked(question, previous, kb);
    return act ? [act] : [{ kind: "needs-context", word: "that" }];
  }
  // "How much is that in dollars?" after a wage told in rupees: the figure just told, converted.
  const converted = previous ? inAnotherCurrency(question, previous, kb) : undefined;
  if (converted) return [converted];
  // "How long is the line?" after a question about the causeway railway: "the line" is the line
  // being discussed, not another story's railway that the store also calls "the line".
  // ("Switching topics: …" starts a new question, which names what it names.)
  const pointed =
    previous && !question.switchesTopic ? describedElsewhere(question, previous, kb) : undefined;
  const post = previous
    ? (heldPost(pointed ?? question, previous, kb) ?? kindAskedAgain(pointed ?? question, previous, kb))
    : undefined;
  const asked = post?.understanding ?? pointed ?? question;
  const counted = previous ? countedInStory(asked, previous, kb) : undefined;
  const readings = counted
    ? readingsOf(counted.understanding, previous, kb, true).map((read) =>
        read.kind === "read" ? { ...read, story: counted.story } : read,
      )
    : readingsOf(asked, previous, kb);
  // "Did she get it?" after what she asked for: first what the facts say became of that request.
  const outcome = previous && !counted ? requestOutcome(asked, previous, kb) : [];
  if (outcome.length > 0) readings.unshift(...outcome);
  // "How big is that?" after an answer about the locust patrols' area: when no reading of "that"
  // as one of the turn's names can be answered, the fact the answer just told.
  const told = previous && !counted ? toldJustNow(asked, previous, kb) : undefined;
  if (told) {
    // ("How many in Estmark?" right after the count of homes: nothing asked but the detail and a
    // name the fact told has, so the count of the same thing there, before anything else of Estmark.)
    // ("Who said that?" right after "Dana Al-Fadhli said the fund was satisfied …": the one who did
    // what was told, in its own words, before any reading of "that" as one of the turn's names.)
    const doer = doneInWhatWasTold(asked, told, kb);
    // ("Who pays for that?" right after an answer that told one act: a demonstrative points at that
    // act, before any name its fact has, "the Manas corridor".)
    const pointedAtTheAct = previous?.facts.length === 1 && DEMONSTRATIVES.has(asked.references.thing ?? "");
    // ("Where?" right after "when will the committee meet next?" answered "… planned for Tunis in
    // March": the place of what was just told, before the question asked again with "where",
    // which may find another meeting's place.)
    const hint =
      onlyNamesAsked(asked) || doer || measureOfThatAsked(asked) || pointedAtTheAct || bareDetailAsked(asked)
        ? 0
        : readings.findIndex((read) => read.kind !== "read");
    readings.splice(hint < 0 ? readings.length : hint, 0, doer ?? told);
  }
  // "And Panama?" right after "Costa Rica will pay 22.4 million dollars and Panama 19.2 million":
  // the same question of Panama, first from the fact just told, which gives its figure too.
  const beside = previous && !counted ? partToldBeside(asked, readings, previous, kb) : undefined;
  if (beside) readings.unshift(beside);
  // Shown with the words as typed ("Kyrgyz–Tajik"), though read in their canonical form.
  const typed = [
    question.question,
    ...(previous ? [previous.question, ...previous.mentions.map((m) => m.text)] : []),
  ];
  return readings.map((read) => {
    if (read.kind !== "read") return read;
    const reading = read.reading ?? post?.reading;
    // Every reading leaves in the one layout (`readOf`), whichever path above made it.
    return readOf(read, reading ? withTypedWords(reading, typed) : read.reading);
  });
}

type Read = Extract<Reading, { kind: "read" }>;

/** "How much is that in dollars?", "what's it in euros?", "and in US dollars?": a figure asked again in a currency. */
const IN_CURRENCY =
  /^(?:and |so |ok |okay )*(?:(?:how much|what) (?:is|was|would|will|does) (?:that|it|this)(?: be| come to| make)? )?in (?:us |u\.s\. |american )?(\p{L}+)[?!.\s]*$/u;

/**
 * "How much is that in dollars?" asks to convert the figure just told, and the store holds no
 * exchange rates: the question is answered only by a fact just told that gives the figure in that
 * currency itself, and refused otherwise, rather than answered by another story's sum in dollars.
 */
function inAnotherCurrency(
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): Read | undefined {
  if (previous.facts.length === 0) return undefined;
  const unit = IN_CURRENCY.exec(canonicalText(asked.question).toLowerCase())?.[1];
  if (!unit || !currencyUnits().has(unit)) return undefined;
  const said = new RegExp(String.raw`\b${unit}\b`, "i");
  const told = previous.facts.filter((id) => said.test(kb.fact(id)?.fact.statement ?? ""));
  return {
    ...READ,
    understanding: asked,
    reading: `Reading it as the figure just told, in ${unit}`,
    previous,
    told: new Set(told),
    reply: true,
  };
}

/**
 * Every reading is made from this one (`{ ...READ, understanding, exclude, … }`), so that it has
 * every field, in one order, absent ones undefined: readings made by the many paths above would
 * otherwise come in as many object layouts (V8's maps) as combinations of optional fields, and
 * every stage that reads them (`readingsOf`, `findCandidates`, `verify`, `answerOnce`) would read
 * them through megamorphic property loads. A copy with fields set (`{ ...read, previous }`) keeps
 * the layout. Nothing reads which fields are present, only their values.
 */
const READ: Read = {
  kind: "read",
  // (Every reading sets its own: `undefined as never` only gives the field its place.)
  understanding: undefined as never,
  reading: undefined,
  exclude: NOTHING,
  event: undefined,
  previous: undefined,
  choseAmongPeople: undefined,
  onTopic: undefined,
  within: undefined,
  noSuchStep: undefined,
  earlierOnly: undefined,
  against: undefined,
  again: undefined,
  about: undefined,
  on: undefined,
  naming: undefined,
  story: undefined,
  told: undefined,
  reply: undefined,
  toldAnew: undefined,
};

/**
 * A reading in the layout of a literal with every field (`reading` given, else the read's own): the
 * spread copies above (`{ ...READ, … }`, `{ ...read, previous }`) are objects of other V8 layouts
 * (maps) than a literal's, and of more than one when a spread sees readings of several layouts, so
 * the stages reading them (`findCandidates`, `verify`, `answerOnce`, the scoring) were optimised on
 * one and dropped ("wrong map") when a follow-up brought another: the next questions then waited
 * for the recompile. Readings leave `resolveContext` and `sortOutNamesakes` through this.
 */
export function readOf(read: Read, reading: string | undefined = read.reading): Read {
  return {
    kind: "read",
    understanding: read.understanding,
    reading,
    exclude: read.exclude,
    event: read.event,
    previous: read.previous,
    choseAmongPeople: read.choseAmongPeople,
    onTopic: read.onTopic,
    within: read.within,
    noSuchStep: read.noSuchStep,
    earlierOnly: read.earlierOnly,
    against: read.against,
    again: read.again,
    about: read.about,
    ownDoing: read.ownDoing,
    on: read.on,
    naming: read.naming,
    story: read.story,
    told: read.told,
    reply: read.reply,
    toldAnew: read.toldAnew,
  };
}

/** Kinds a description ("the line", "the trial", "the secretariat") may stand for: things, not names of places or people. */
const DESCRIBED_KINDS: ReadonlySet<Entity["kind"]> = new Set([
  "initiative",
  "organization",
  "other",
  "event",
]);

/**
 * A follow-up's "the line", "the trial": a name of the store that is only "the" and common nouns
 * (an alias the curators gave one story's railway or trial) points back to the line or trial being
 * discussed when that entity has nothing to do with the conversation (not among the turn's names,
 * named by no fact of its meeting's story nor beside any of its names). The question is read with
 * "that" in the place of "the" ("how long is that line?"), as the one just discussed; undefined
 * when no name of the question is such a description.
 */
function describedElsewhere(
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): Understanding | undefined {
  const names = new Set([...previous.entities, ...previous.mentions.map((m) => m.entity)]);
  const event = previous.event ? kb.event(previous.event) : undefined;
  if (names.size === 0 && !event) return undefined;
  const story = new Set(event ? storyMeetings(event, kb).map((e) => e.id) : []);
  let question = asked.question;
  for (const mention of asked.plan.mentions) {
    const words = asked.plan.words.slice(mention.position, mention.position + mention.length);
    if (!mention.viaAlias) continue;
    // "The hauliers": an alias of common nouns alone ("hauliers", one story's truckers' association).
    const bare = words[0] !== "the";
    const nouns = bare ? words : words.slice(1);
    if (nouns.length === 0 || (!bare && words.length < 2)) continue;
    if (!nouns.every((word) => isNoun(word) && !kb.countryOfAdjective(word))) continue;
    if (mention.entityIds.length !== 1) continue;
    const id = mention.entityIds[0]!;
    const kind = kb.entity(id)?.kind ?? "person";
    if (!DESCRIBED_KINDS.has(kind) || names.has(id)) continue;
    // (A meeting named by bare nouns, "second round", is the story's own by `countedInStory`.)
    if (bare && kind === "event") continue;
    let related = false;
    kb.visitFactsAbout(id, (indexed) => {
      const { fact } = indexed;
      related = (!!fact.event && story.has(fact.event)) || fact.entities.some((e) => names.has(e));
      return !related;
    });
    if (related) continue;
    // "How much do the hauliers lose?" after a question about the Silistra ferry: the story's own
    // body of that name ("Călărași Hauliers' Association"), when it has exactly one.
    const own = namedAlike(nouns, id, story, names, kb);
    // (With none, a bare noun stays the name it is: "that" before it would still be read as it.)
    if (bare && !own) continue;
    const rewritten = own
      ? replaceWord(question, words.join(" "), own.name)
      : replaceWord(question, words.join(" "), `that ${nouns.join(" ")}`);
    if (rewritten === question) continue;
    question = rewritten;
  }
  return question === asked.question ? undefined : understand(question, kb);
}

/**
 * The one thing of the conversation (the turn's names, the names of its story's facts) whose name
 * has every one of these nouns ("hauliers" in "Călărași Hauliers' Association"), other than `not`.
 */
function namedAlike(
  nouns: readonly string[],
  not: string,
  story: ReadonlySet<string>,
  names: ReadonlySet<string>,
  kb: KnowledgeBase,
): Entity | undefined {
  const around = new Set(names);
  for (const event of story)
    kb.visitFactsOfEvent(event, (indexed) => {
      for (const e of indexed.fact.entities) around.add(e);
      return true;
    });
  const stems = nouns.map(stemOf);
  const alike = [...around].filter((id) => {
    const entity = kb.entity(id);
    if (!entity || id === not || !DESCRIBED_KINDS.has(entity.kind)) return false;
    const own = tokensOf(canonicalText(entity.name).replace(/[-–]/g, " ")).map(stemOf);
    return stems.every((stem) => own.includes(stem));
  });
  return alike.length === 1 ? kb.entity(alike[0]!) : undefined;
}

/** Words from "what" to the auxiliary, at most, in "what price per cubic metre did …". */
const MAX_KIND_WORDS = 4;
/** Words a follow-up asking the same kind again may have: "and what would Armenia accept in the end?" */
const MAX_AGAIN_WORDS = 9;
const PARTY_PRONOUNS = new Set(["they", "he", "she"]);

/**
 * "And what would Armenia accept?" after "what exchange rate did Iran ask for?", "and what did they
 * settle on in the end?" after "what rate did Armenia offer?": a what-question with no noun of its
 * own, of a party and its act, asks for the same kind of thing the previous question asked for (the
 * rate), not for anything the party accepted or settled. Nothing when the previous question asked
 * no kind ("what happened …", "which country hosts …": a subject, not a kind), when the follow-up
 * says it ("what did Armenia say?" is anything said) or asks of "it" (the thing itself).
 */
function kindAskedAgain(
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): { understanding: Understanding; reading: string } | undefined {
  const heard = tokensOf(canonicalText(previous.question));
  if (heard[0] !== "what" && heard[0] !== "which") return undefined;
  const auxiliary = heard.findIndex((w, i) => i > 0 && AUXILIARIES.has(w));
  if (auxiliary < 2 || auxiliary > MAX_KIND_WORDS + 1) return undefined;
  const kind = heard.slice(1, auxiliary);
  const head = kind[0]!;
  // (A kind of party asks who, not what: "which country …", "which minister …".)
  const partyKind = Object.entries(KIND_WORDS).some(
    ([k, nouns]) => k !== "initiative" && nouns.includes(head),
  );
  if (!isNoun(head) || STOPWORDS.has(head) || partyKind || isPersonNoun(head) || isPlaceNoun(head))
    return undefined;
  if (MEETING_NOUNS.includes(head) || MEETINGS_SPOKEN_OF.has(head)) return undefined;
  const words = tokensOf(canonicalText(asked.question));
  if (words[0] !== "what" || !AUXILIARIES.has(words[1] ?? "") || words.length > MAX_AGAIN_WORDS)
    return undefined;
  if (asked.references.thing || asked.references.more || asked.references.other) return undefined;
  const { mentions } = asked.plan;
  const party =
    PARTY_PRONOUNS.has(words[2] ?? "") ||
    (mentions.length === 1 &&
      mentions[0]!.position === asked.plan.words.indexOf(words[2]!) &&
      AGENT_KINDS.has(kb.entity(mentions[0]!.entityIds[0]!)?.kind ?? "place"));
  if (!party) return undefined;
  // Of its own, only an act: no noun that is no verb ("expertise"), no word of saying.
  const named = new Set(mentions.flatMap((m) => tokensOf(m.text)));
  const own = words.slice(3).filter((w) => !named.has(w) && !STOPWORDS.has(w));
  if (own.some((w) => isVerbOfSaying(w) || (isNoun(w) && !isVerb(w) && !CALENDAR_WORDS.has(w))))
    return undefined;
  if (!own.some((w) => isVerb(w))) return undefined;
  const question = canonicalText(asked.question).replace(/\bwhat\b/i, `what ${kind.join(" ")}`);
  if (question === canonicalText(asked.question)) return undefined;
  return { understanding: understand(question, kb), reading: `Reading it as "${question}"` };
}

/** "Who had the job …", "who held that post …": nothing named but the post and when. */
const HOLDER_OF_POST =
  /^who (?:had|held|was in|filled) (?:the|that|this) (?:job|post|position|role|office)\b(.*)$/;
/**
 * How the previous question, read again for what it asked, may open: "and", "so" (narrower than
 * `FOLLOW_UP_OPENER`, which the question being asked may open with; "what about" never opens a
 * question that asks who or what by itself, and "ok" was never added: adding it is a change of
 * behaviour, not a tidy-up).
 */
const PREVIOUS_OPENER = "(?:and |so )?";
/** The post a question asked the holder of: "who is Somalia's agriculture minister (now)?", "… as minister?" */
const POST_ASKED = [
  new RegExp(
    `^${PREVIOUS_OPENER}who(?:'s| is| was) (?:the )?(.+?)(?: now| currently| today| at present)?$`,
    "i",
  ),
  /\bas (?:the )?(.+?)(?: now| currently| today| at present)?$/i,
];

/**
 * "Who had the job back in 2020?" after "who's Djibouti's agriculture minister?": the post the
 * previous question asked about in the place of "the job" ("who was Djibouti's agriculture
 * minister back in 2020?"); nothing when it asked of no post (a title, a noun for a person, last).
 * "Before her" asks of the one answered, which `beforeTheOneAnswered` reads.
 */
function heldPost(
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): { understanding: Understanding; reading: string } | undefined {
  // ("During the first round", "at the Osh talks" only say when.)
  const namesSomeone = asked.plan.mentions.some(
    (m) => !SETTING_KINDS.has(kb.entity(m.entityIds[0]!)?.kind ?? "person"),
  );
  if (asked.references.person || asked.references.group || namesSomeone) return undefined;
  const match = HOLDER_OF_POST.exec(tokensOf(asked.question).join(" "));
  if (!match) return undefined;
  const before = withoutEnd(previous.question);
  // A title last ("Somalia's agriculture minister") or before what it is of ("director of the SMSC",
  // "chief negotiator on the Kribi plant").
  const post = POST_ASKED.map((pattern) => pattern.exec(before)?.[1]).find(
    (found) =>
      !!found &&
      isPersonNoun(
        found
          .replace(/ (?:of|on|for) .*$/i, "")
          .split(" ")
          .at(-1)!
          .toLowerCase(),
      ),
  );
  if (!post) return undefined;
  const question = `who was ${post}${match[1]}?`;
  return { understanding: understand(question, kb), reading: `Reading it as "${question}"` };
}

function readingsOf(
  question: Understanding,
  previous: DialogueTurn | undefined,
  kb: KnowledgeBase,
  /** The question's count ("the first round") was already taken as the story's own meeting. */
  counted = false,
  /** "And boats?" may be read as the previous count of boats (off when reading it otherwise). */
  ofOtherThings = true,
): Reading[] {
  // "Did they sign anything else?" asks what else they signed: a yes is no answer.
  const asked = previous ? (whatElse(question, kb) ?? question) : question;
  // "How did the Chadian minister react?": the other party's answer to what was just told.
  const reply = previous ? askedTheReply(asked, previous, kb) : undefined;
  if (reply) return [reply];
  // "Which city did Grenada want?" after "where did Dominica want the headquarters?".
  const party = previous && !reply ? askedForAnotherParty(asked, previous, kb) : undefined;
  if (party) return [party];
  // "Was that before or after the Brussels round?": when that was, beside when this was.
  const order = previous ? askedWhichCameFirst(asked, previous, kb) : undefined;
  if (order) return [order];
  // "And before?": the previous question of another time, or nothing it can be read as.
  const otherTime = previous ? askedOfAnotherTime(asked, previous, kb) : undefined;
  if (otherTime) return [otherTime];
  // "What was it at first?" after "how many stations will there be?": the two accounts side by side.
  const otherSide = previous ? askedOfTheOtherSide(asked, previous, kb) : undefined;
  // ("And now?" when the store has one account only, the later one: that account, by itself.)
  const nowOnly = otherSide && previous ? askedOfNowAlone(asked, otherSide, previous, kb) : undefined;
  if (otherSide) return nowOnly ? [otherSide, nowOnly] : [otherSide];
  // "And all of them?" after "when will the first stations be installed?": the whole, not the part.
  const whole = previous ? askedOfTheWhole(asked, previous, kb) : undefined;
  if (whole) return [whole];
  // "And the second round?" after "who chaired the first round of the talks?": that round instead.
  const round = previous ? askedOfAnotherRound(asked, previous, kb) : undefined;
  if (round) return [round];
  // "And in October?", "and at the second one?" after "how many came to the Port Louis talks?": the
  // same question, of the story's meeting then or of that count.
  const meeting = previous ? askedOfAnotherMeeting(asked, previous, kb) : undefined;
  if (meeting) return [meeting];
  // "And in October?" after "how many passengers did the ferry carry in June?", when no meeting of
  // the story is that month's: the same question of that month.
  const period = previous ? askedOfAnotherPeriod(asked, previous, kb) : undefined;
  if (period) return [period];
  // "And the Aliyev–Sarybay meeting?" after "which outlet reported the Mongolia–Chile talks?".
  const article = previous ? askedOfAnotherArticle(asked, previous, kb) : undefined;
  if (article) return [article];
  // "And boats?" after "how many rangers will the fund pay for?": the same count, of boats.
  // (If that count finds nothing, the follow-up as it would be read otherwise.)
  const otherCounted = previous && ofOtherThings ? askedOfOtherThingsCounted(asked, previous, kb) : undefined;
  if (otherCounted) return [otherCounted, ...readingsOf(question, previous, kb, counted, false)];
  // "And the locust one?" after "how long is the glacial flood agreement valid?": the same question
  // of the locust agreement.
  const sameOfOther = previous ? askedOfAnotherOne(asked, previous, kb) : undefined;
  if (sameOfOther) return [sameOfOther];
  // "Which building?", "where exactly, which venue?" after a question about a meeting: where it was.
  const venue = previous ? askedWhereItWas(asked, previous, kb) : undefined;
  if (venue) return [venue];
  const pronoun = asked.references.person;
  const people = previous
    ? previous.entities.filter(
        (id) => kb.entity(id)?.kind === "person" && (!pronoun || agrees(kb, id, pronoun)),
      )
    : [];
  // After "who is Samuel Quaye?", "he" is Quaye: not the successor his profile brought up.
  // After "who replaced Asanaliev?", "she" is the one the answer named, not Asanaliev when
  // nothing is found of her.
  // ("Where did he end up?" after "who replaced Warsame?" may be the one who moved on: both are tried.)
  const tried =
    previous &&
    (profiledPerson(previous, kb) ||
      answeredPerson(previous, kb) ||
      (!!pronoun && !!personOfKindAsked(previous, pronoun, kb)) ||
      (!!pronoun && asked.references.more && namedOnePerson(previous, pronoun, kb))) &&
    !asksWhereMovedOn(asked.question)
      ? 1
      : MAX_PEOPLE_TRIED;
  const readings: Reading[] = [];
  for (let person = 0; person < Math.max(1, Math.min(tried, people.length)); person++) {
    const read = resolve(asked, previous, kb, person);
    readings.push(read.kind === "read" && read.reading && previous ? { ...read, previous } : read);
    // Only a reading that chose among people has alternatives.
    if (read.kind !== "read" || !read.choseAmongPeople) break;
  }
  // "And what did Bulgaria's minister say?": if he said nothing of Ruen peak, what he said.
  const saidOf =
    readings[0]?.kind === "read" && !!readings[0].on && !!previous && repliedOn(asked, previous, kb);
  if (saidOf && saidOf.length > 0) readings.push(resolve(asked, previous, kb, 0, false));
  // "Who had the job before her?" after "who signed the agreement for Libya?": if no one signed it
  // before her, who held her post before her (the job is hers, whatever the previous question did).
  if (previous && readings.length === 1 && JOB_NAMED.test(asked.question)) {
    const [again] = readings;
    const hers = resolve(asked, previous, kb, 0, true, false);
    if (again?.kind === "read" && hers.kind === "read" && hers.reading !== again.reading) {
      readings.push(hers.reading ? { ...hers, previous } : hers);
    }
  }
  // "What did she say at the signing?", "who chaired the next round?": first of the story's meeting
  // the words pick out.
  const first = readings[0];
  // (A count already taken as the story's own meeting needs no taking; "the next round" still steps
  // from the meeting discussed.)
  const relative = !!asked.storyStep && typeof asked.storyStep !== "object";
  const setting =
    first?.kind === "read" && previous && (!counted || relative)
      ? atStoryMeeting(first, asked, previous, kb)
      : undefined;
  if (setting) readings.unshift(setting);
  // "And Battsetseg?" after "what did Iturra say at the press conference?": if she said nothing
  // there, what she said.
  const broader = readings[0]?.kind === "read" ? withoutSetting(readings[0], asked, kb) : undefined;
  if (broader && previous) readings.push({ ...broader, previous });
  // "What did he sign?" after "who is Tobias Krenn?": if nothing has him do it himself, what his
  // country did ("Veloria and Norland signed the accord"), the one his post ties him to.
  const forCountry = previous ? actedForTheirCountry(readings, asked, previous, kb) : undefined;
  if (forCountry && readings[0]?.kind === "read") {
    readings[0] = { ...readings[0], ownDoing: true };
    readings.push(forCountry);
  }
  // "When was that?" after "why did Panama suspend imports?": the same question, asked with the
  // new question word, when the readings above cannot be answered.
  const again = previous ? reasked(asked, previous, kb) : undefined;
  if (again && previous) {
    const answerable = readings.filter((r) => r.kind === "read");
    const hint = readings.filter((r) => r.kind !== "read");
    // "When was that?" after "what did Argentina and Paraguay agree?": the agreement's own day,
    // not the first day of the talks it came out of.
    if (asked.plan.kind === "when" && datedApart(previous, kb)) return [again, ...answerable, ...hint];
    // "For which years?", "how many times?": nothing but what it asks, so alone it asks nothing.
    // ("Why so late?" may still be read as it stands, should the question asked again find nothing.)
    if (whySo(asked)) return [again, ...answerable, ...hint];
    if (onlyAsks(asked)) {
      const meeting = meetingAsked(asked, previous, kb);
      return [
        again,
        ...answerable.filter((r) => r.kind === "read" && r.reading),
        ...(meeting ? [meeting] : []),
        ...hint,
      ];
    }
    // "Where was it?" read as the meeting says what the sources say of the meeting, even that
    // they do not say where.
    if (answerable.some((r) => r.kind === "read" && r.event)) return readings;
    return [...answerable, again, ...hint];
  }
  return readings;
}

/**
 * "He" or "she" read as a person who does something the question asks ("what did he sign?"): the
 * same question of the country the person's post ties them to, still about the person (only a
 * fact where that country acts, `boundTo`).
 */
function actedForTheirCountry(
  readings: readonly Reading[],
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): Reading | undefined {
  const pronoun = asked.references.person;
  if (pronoun !== "he" && pronoun !== "she") return undefined;
  const { plan } = asked;
  if (plan.mentions.length > 0 || asked.intent !== "fact") return undefined;
  // Only a thing done, asked for ("what did he sign?", "which treaty did she offer?"): what a
  // country says, and who the person is, was or became, are the person's own.
  if (plan.kind !== "what" && plan.kind !== "which") return undefined;
  const acts = plan.terms.filter((t) => t.weight >= 1 && isVerb(t.word) && !isNounOnly(t.word));
  if (acts.length === 0 || acts.some((t) => isVerbOfSaying(t.word))) return undefined;
  // "What else has he written?" asks for more of his own.
  if (asked.references.more) return undefined;
  const first = readings[0];
  const person = first?.kind === "read" && first.about ? kb.entity(first.about) : undefined;
  const country = person ? countryServedBy(person, kb) : undefined;
  if (!person || !country || !first || first.kind !== "read") return undefined;
  const question = replaceWord(asked.question, pronoun, country.name);
  return {
    ...reread(question, kb, `Taking "${pronoun}" as ${person.name}, for ${country.name}`),
    previous,
    about: person.id,
    // A fact where the country acts, not one that only names the person.
    on: new Set([country.id]),
  };
}

/** "… at the signing?", "… during the opening?": the occasion, last. */
const AT_OCCASION = /\s(?:at|during) the (\p{L}+)\s*$/u;
/** "… at the second meeting", "in the next round": a meeting of the story by its count. */
const AT_STEP = new RegExp(
  `\\s(?:(?:at|in|during|for|of) )?the (?:${COUNTED_WORDS}|previous) (?:round|meeting|session|talks|one)(?: of talks)?(?=$|\\s)`,
  "i",
);

/**
 * "What did she say at the signing?" after a question about one story: said at the meeting of
 * that story whose title has the word ("Second round … and signing of the agreement"), not
 * wherever a fact has it.
 * Only for a question that names someone (or a pronoun taken as someone): the question without
 * the words that set it, kept to that meeting's facts.
 */
function atStoryMeeting(
  read: Reading & { kind: "read" },
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): Reading | undefined {
  if (read.within || read.event || read.story) return undefined;
  const understanding = read.understanding;
  const text = understanding.question.replace(/[?!.\s]+$/, "");
  // "Who chaired the next round?" after a question about the first: the story's next meeting, not
  // the one planned that "the next round" names on its own.
  const step = asked.storyStep ? AT_STEP.exec(text) : null;
  const from = step ? storyEventOf(previous, kb) : undefined;
  const stepped = from && asked.intent === "fact" ? stepAlong(from, asked.storyStep!, kb) : undefined;
  // ("The first round" that already names the story's own first round needs no taking.)
  const ownMeetings = new Set(from ? storyMeetings(from, kb).map((event) => event.id) : []);
  const named = understanding.plan.mentions.some((m) =>
    m.entityIds.some(
      (id) => ownMeetings.has(id) || kb.eventsWith(id).some((event) => ownMeetings.has(event)),
    ),
  );
  if (step && stepped && !named) {
    const rest = `${text.slice(0, step.index)}${text.slice(step.index + step[0].length)}?`;
    const said = `"${step[0].trim()}" as ${stepped.title}`;
    const reading = read.reading ? `${read.reading}, ${said}` : `Taking ${said}`;
    // "And the next one?" after "what happened at the Port Louis talks?": nothing asked but the
    // meeting, so the previous question about a meeting is asked again of it.
    const again = asksNothingBut(rest, kb) ? meetingAskedBefore(previous, kb) : undefined;
    if (again) return { ...READ, understanding: again, reading, exclude: read.exclude, event: stepped.id };
    // Nothing asked but the meeting, after a question about something else: what happened there,
    // not an empty question of it.
    if (asksNothingBut(rest, kb)) {
      const overview = understand("what happened?", kb);
      return { ...READ, understanding: overview, reading, exclude: read.exclude, event: stepped.id };
    }
    return {
      ...reread(rest, kb, reading),
      exclude: read.exclude,
      previous,
      within: { event: stepped.id, without: NOTHING },
      ...(read.about ? { about: read.about } : {}),
    };
  }
  if (understanding.plan.mentions.length === 0 || understanding.plan.kind === "when") return undefined;
  if (understanding.plan.mentions.some((m) => isKind(kb, m.entityIds, "event"))) return undefined;
  const match = AT_OCCASION.exec(text);
  const discussed = match ? storyEventOf(previous, kb) : undefined;
  if (!match || !discussed) return undefined;
  const story = storyMeetings(discussed, kb);
  const stem = stemOf(match[1]!.toLowerCase());
  const titled = story.filter((event) => tokensOf(event.title).some((word) => stemOf(word) === stem));
  const meeting = story.length > 1 && titled.length === 1 ? titled[0] : undefined;
  if (!meeting) return undefined;
  const rest = `${text.slice(0, match.index)}?`;
  const said = `"the ${match[1]}" as ${meeting.title}`;
  const reading = read.reading ? `${read.reading}, ${said}` : `Taking ${said}`;
  return {
    ...reread(rest, kb, reading),
    exclude: read.exclude,
    previous,
    within: { event: meeting.id, without: NOTHING },
    ...(read.about ? { about: read.about } : {}),
  };
}

/** "And?", "what about?": words that ask nothing of their own once the meeting is taken out. */
function asksNothingBut(rest: string, kb: KnowledgeBase): boolean {
  const { plan } = understand(rest, kb);
  return plan.mentions.length === 0 && plan.terms.length === 0 && plan.unknown.length === 0;
}

/** The previous question, if it asked about a meeting itself: what happened there, who took part. */
function meetingAskedBefore(previous: DialogueTurn, kb: KnowledgeBase): Understanding | undefined {
  const before = understand(previous.question, kb);
  return before.intent === "overview" || before.intent === "attendance" ? before : undefined;
}

/** A meeting named only by its count: "the first round", "second meeting". */
const ONLY_COUNTED = new RegExp(
  `^(?:the )?(?:${COUNTED_WORDS}) (?:round|meeting|session|talks)(?: of talks)?$`,
  "i",
);

/**
 * "The first round" names a meeting of one story (as an alias, the store's words for it); after a
 * question about another story, it is that story's meeting of the count: the mention becomes the
 * story's own meeting of that name when one is named so, else nothing, and the answer must come
 * from the story's meetings.
 */
function countedInStory(
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): { understanding: Understanding; story: ReadonlySet<string> } | undefined {
  const counted = asked.plan.mentions.filter(
    (m) => m.viaAlias && ONLY_COUNTED.test(m.text) && isKind(kb, m.entityIds, "event"),
  );
  if (counted.length === 0) return undefined;
  const from = storyEventOf(previous, kb);
  if (!from) return undefined;
  const story = storyMeetings(from, kb);
  if (story.length < 2) return undefined;
  const ids = new Set(story.map((e) => e.id));
  const inStory = (entityId: string) => kb.eventsWith(entityId).some((id) => ids.has(id));
  const foreign = counted.filter((m) => !m.entityIds.some(inStory));
  if (foreign.length === 0) return undefined;
  // The story's own meetings as the store names them ("First round of Djibouti–Somalia locust talks").
  const meetings = new Set<string>();
  for (const event of story) {
    for (const indexed of kb.factsOfEventVisible(event.id)) {
      for (const id of indexed.fact.entities) if (kb.entity(id)?.kind === "event") meetings.add(id);
    }
  }
  const counterpart = (text: string) =>
    [...meetings].find((id) => {
      const entity = kb.entity(id)!;
      return [entity.name, ...entity.aliases].some((name) => startsWithWords(name, text));
    });
  const mentions = asked.plan.mentions.flatMap((m) => {
    if (!foreign.includes(m)) return [m];
    const own = counterpart(m.text.replace(/^the /i, ""));
    return own ? [{ ...m, entityIds: [own] }] : [];
  });
  return {
    understanding: understandingOf({ ...asked, plan: planOf({ ...asked.plan, mentions }) }),
    story: ids,
  };
}

function startsWithWords(name: string, words: string): boolean {
  const said = canonicalText(name).toLowerCase();
  const start = canonicalText(words).toLowerCase();
  return said === start || said.startsWith(`${start} `);
}

/** The meeting the previous turn was about, or else the latest the ones it named all took part in. */
function storyEventOf(previous: DialogueTurn, kb: KnowledgeBase): Event | undefined {
  if (previous.event) return kb.event(previous.event);
  const agents = previous.mentions
    .map((m) => m.entity)
    .filter((id) => AGENT_KINDS.has(kb.entity(id)?.kind ?? "place"));
  if (agents.length === 0) return undefined;
  const [first, ...rest] = agents.map((id) => kb.eventsWith(id));
  const shared = (first ?? []).filter((id) => rest.every((ids) => ids.includes(id)));
  return shared
    .map((id) => kb.event(id))
    .filter((e): e is Event => !!e)
    .sort((a, b) => b.date.localeCompare(a.date))[0];
}

/**
 * "And Battsetseg?" read as "what did Battsetseg Enkhbold say at the press conference?": the same
 * question without where the saying was or what about ("what did Battsetseg Enkhbold say?"), for
 * when the newly named one said nothing of that. Only a name followed by its one verb.
 */
function withoutSetting(
  read: Reading & { kind: "read" },
  asked: Understanding,
  kb: KnowledgeBase,
): (Reading & { kind: "read" }) | undefined {
  if (!asked.references.ellipsis || asked.plan.mentions.length !== 1 || !read.reading) return undefined;
  const question = read.understanding.question;
  if (read.reading !== `Reading it as "${question}"`) return undefined;
  const name = kb.entity(asked.plan.mentions[0]!.entityIds[0]!)?.name;
  if (!name) return undefined;
  const text = question.replace(/[?!.\s]+$/, "");
  const words = wordsAt(text);
  const named = spanOf(words, name);
  // The name, its verb, then where ("at the press conference") or what about ("about safe seas").
  const cut = named ? named.to + 1 : -1;
  const said = words[cut];
  if (!named || !said || cut + 1 >= words.length) return undefined;
  const setting = settingSpan(words, [{ ...named, to: cut }], { at: cut });
  if (setting?.from !== cut && !SAID_ABOUT.has(said.word)) return undefined;
  const broader = `${text.slice(0, said.start).trimEnd()}?`;
  return reread(broader, kb, `Reading it as "${broader}"`);
}

/**
 * A re-asked follow-up's answer is about what was being discussed: one of its facts is from the
 * previous turn's meeting or names one of its names (with nothing to be about, anything is).
 */
export function staysOnTopic(
  read: Reading & { kind: "read" },
  factIds: readonly string[],
  kb: KnowledgeBase,
): boolean {
  const onTopic = topicOf(read, kb);
  return !onTopic || factIds.some((id) => onTopic(kb.fact(id)?.fact));
}

/**
 * For a follow-up bound to what was being discussed: whether a fact is about it (of the previous
 * turn's meeting, or naming one of its entities). Undefined: any fact may answer.
 */
export function topicOf(
  read: Reading & { kind: "read" },
  kb: KnowledgeBase,
): ((fact: Fact | undefined) => boolean) | undefined {
  const story = read.story;
  const inStory = story ? (fact: Fact | undefined) => !!fact?.event && story.has(fact.event) : undefined;
  const bound = boundTo(read, kb);
  if (!inStory) return bound;
  return bound ? (fact) => inStory(fact) && bound(fact) : inStory;
}

function boundTo(
  read: Reading & { kind: "read" },
  kb: KnowledgeBase,
): ((fact: Fact | undefined) => boolean) | undefined {
  const previous = read.previous;
  const about = read.about;
  // "How old is she?" after "who heads the CBBM?": a fact that does not name her is about
  // something else, however many of the question's words it has ("when the CBBM was founded").
  // A fact may speak of them as their country ("Veloria and Norland signed the accord").
  const on = read.on;
  const ofPerson = about
    ? (fact: Fact | undefined) =>
        !!fact && (fact.entities.includes(about) || (!read.ownDoing && namesTheirCountry(fact, about, kb)))
    : undefined;
  const named = on
    ? (fact: Fact | undefined) =>
        !!fact && fact.entities.some((e) => on.has(e)) && (!ofPerson || ofPerson(fact))
    : ofPerson;
  if (!read.onTopic || !previous) return named;
  // "And how far is it?" after "how long does the ferry trip take?" went unanswered: the turn has
  // no meeting or names, but its question still says what was being discussed (the ferry trip).
  // After a refusal, only the names the question itself used say what was discussed: the people
  // of the facts that nearly answered it are for "he" or "she", not a topic to keep to.
  const discussed =
    previous.facts.length > 0 ? previous.entities : previous.mentions.map((mention) => mention.entity);
  if (!previous.event && discussed.length === 0) {
    const heard = heardWords(previous, kb);
    // (A question of words the store has never seen was about nothing it has.)
    if (heard.length === 0)
      return understand(previous.question, kb).plan.unknown.length > 0 ? () => false : named;
    return (fact) =>
      !!fact &&
      (!named || named(fact)) &&
      heard.some((stems) => stems.some((stem) => kb.fact(fact.id)?.terms.has(stem)));
  }
  const names = new Set(discussed);
  // (A turn of no meeting shares none with a background fact: both lacking one is no topic.)
  return (fact) =>
    !!fact &&
    (!named || named(fact)) &&
    ((!!previous.event && fact.event === previous.event) || fact.entities.some((e) => names.has(e)));
}

/**
 * The fact names the country the person's description ties them to ("Foreign Minister of
 * Norland", "Malaysian transport minister"), as one that acts ("Norland signed"), which the person
 * may have acted for: not as a place ("the average cutter in Norland") nor by its adjective.
 */
function namesTheirCountry(fact: Fact, person: string, kb: KnowledgeBase): boolean {
  const description = kb.entity(person)?.description.toLowerCase() ?? "";
  const words = description.split(/[^\p{L}-]+/u);
  return fact.entities.some((id) => {
    const entity = kb.entity(id);
    if (entity?.kind !== "country") return false;
    const theirs =
      description.includes(entity.name.toLowerCase()) || words.some((w) => kb.countryOfAdjective(w) === id);
    return theirs && actsIn(fact.statement, [entity.name, ...entity.aliases]);
  });
}

/** Prepositions that make a country the place something is, not who does it. */
const PLACE_PREPOSITIONS = new Set([
  "in",
  "into",
  "at",
  "across",
  "throughout",
  "within",
  "inside",
  "around",
]);

/** The statement names the country by one of its names, once not right after a word of place. */
function actsIn(statement: string, names: readonly string[]): boolean {
  const text = canonicalText(statement).toLowerCase();
  return names.some((name) => {
    const escaped = canonicalText(name)
      .toLowerCase()
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const pattern = new RegExp(
      `(?:^|[^\\p{L}\\p{N}])(?:(\\p{L}+)\\s+)?${escaped}(?=$|[^\\p{L}\\p{N}])`,
      "gu",
    );
    for (const match of text.matchAll(pattern)) if (!PLACE_PREPOSITIONS.has(match[1] ?? "")) return true;
    return false;
  });
}

/**
 * "And when?" after "where were the toll talks held?": if the question cannot be asked again with
 * "when", the date (or place) of the meeting the previous answer came from. Not after a question
 * about what is to come: the meeting reported is not the one planned.
 */
function meetingAsked(asked: Understanding, previous: DialogueTurn, kb: KnowledgeBase): Reading | undefined {
  const event = previous.event ? kb.event(previous.event) : undefined;
  if (!event || (asked.plan.kind !== "when" && asked.plan.kind !== "where")) return undefined;
  // "Until when?", "since when?" ask for an end or a start, which a meeting's day is not.
  if (asked.time || tokensOf(asked.question).some((w) => QUESTION_TIME_WORDS.has(w))) return undefined;
  // Only after asking where or when the meeting was: after "what did Costa Rica ask for?", "when?"
  // asks when that was asked for, which the meeting's day may not be.
  const before = understand(previous.question, kb).plan;
  if (before.future || (before.kind !== "when" && before.kind !== "where")) return undefined;
  // Background facts (no date of their own) are not from the meeting's day.
  if (asked.plan.kind === "when" && !previous.facts.some((id) => kb.fact(id)?.fact.date)) return undefined;
  return {
    ...READ,
    understanding: asked,
    reading: `Taking it as ${event.title}`,
    exclude: NOTHING,
    event: event.id,
    previous,
  };
}

/** What may stand beside "which" and a place noun: "where exactly, which venue?", "in which hall was it?" */
const PLACE_FILLER = new Set([
  "exactly",
  "precisely",
  "the",
  "was",
  "is",
  "it",
  "that",
  "this",
  "held",
  "in",
  "at",
]);

/**
 * "Which building?", "where exactly, which venue?" after a question about a meeting that was
 * held: nothing but a question word and a noun of a place, so where that meeting was (its venue),
 * not whatever else has the word. Not after a question about what is to come: the meeting
 * reported is not the one planned.
 */
function askedWhereItWas(
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): Reading | undefined {
  const event = previous.event ? kb.event(previous.event) : undefined;
  const { references } = asked;
  if (!event || asked.plan.mentions.length > 0 || references.person || references.group || references.more) {
    return undefined;
  }
  const words = tokensOf(asked.question).filter((w) => !PLACE_FILLER.has(w));
  const asks = words.filter((w) => WH_WORDS.has(w));
  const rest = words.filter((w) => !WH_WORDS.has(w));
  if (asks.length === 0 || !asks.every((w) => w === "where" || w === "which" || w === "what"))
    return undefined;
  // A noun of a place, or one the meeting's place is named by ("which hall?": "Maritime Hall").
  const place = (event.place ?? "").toLowerCase().split(/[^\p{L}\p{N}-]+/u);
  if (rest.length !== 1 || !(isPlaceNoun(rest[0]!) || place.includes(rest[0]!))) return undefined;
  if (understand(previous.question, kb).plan.future) return undefined;
  return {
    ...READ,
    understanding: understand("where was that?", kb),
    reading: `Taking it as the venue of ${event.title}`,
    exclude: NOTHING,
    event: event.id,
    previous,
  };
}

/**
 * "Did they sign anything else?", "has she said anything more?": the question a yes would leave
 * unanswered, "what else did they sign?".
 */
function whatElse(asked: Understanding, kb: KnowledgeBase): Understanding | undefined {
  if (asked.plan.kind !== "yesno" || !asked.references.more) return undefined;
  const match = ANYTHING_ELSE.exec(tokensOf(asked.question).join(" "));
  if (!match) return undefined;
  return understand(`what else ${match[1]} ${match[2]}?`, kb);
}

const ANYTHING_ELSE =
  /^(did|do|does|has|have|had|will|would|could|can) (.+?) (?:anything|something|any) (?:else|more|other)(?: \p{L}+)?$/u;

/** "And the president?", "what about the foreign minister?": a role alone, "the" and a person noun. */
function roleAsked(asked: Understanding): string | undefined {
  if (asked.references.person || asked.references.group || asked.references.thing) return undefined;
  let words = tokensOf(asked.question);
  if ((words[0] === "what" || words[0] === "how") && words[1] === "about") words = words.slice(2);
  if (words[0] !== "the" || words.length < 2 || words.length > 4) return undefined;
  if (words.some((w) => WH_WORDS.has(w) || AUXILIARIES.has(w)) || !isPersonNoun(words.at(-1)!))
    return undefined;
  return words.join(" ");
}

/**
 * The meeting the previous question spoke of ("the Mongolia–Chile talks"), when "they" is what
 * "were" or "are" says something of ("who were they between?", "when are they?"): a plural
 * meeting noun, with the words before it from its "the".
 */
function meetingPhrase(asked: Understanding, previous: DialogueTurn): string | undefined {
  const words = tokensOf(asked.question);
  const at = words.indexOf("they");
  if (at < 1 || !COPULAS.has(words[at - 1]!)) return undefined;
  const before = previous.question.replace(/[?!.\s]+$/, "").split(/\s+/);
  const noun = before.findIndex((w) => MEETINGS_SPOKEN_OF.has(w.toLowerCase()));
  if (noun < 0) return undefined;
  let start = noun;
  while (start > 0 && noun - start < 5 && before[start]!.toLowerCase() !== "the") start--;
  if (before[start]!.toLowerCase() !== "the") return undefined;
  return before.slice(start, noun + 1).join(" ");
}

const COPULAS = new Set(["were", "are", "was", "is"]);
/** "They" stands for meetings: a noun in the plural ("the Osh talks", "the visits"). */
const MEETINGS_SPOKEN_OF: ReadonlySet<string> = new Set(MEETING_PLURALS);

/** The question has no words but its question words ("since when?", "for which years?"). */
/**
 * "Why so late?", "why so few?": the reason for what was just told, as large or small as it was;
 * the question asked again ("why did work on the line start so late?"), not the adjective alone,
 * which a sentence about something else may hold ("a late-night train").
 */
function whySo(asked: Understanding): string | undefined {
  const words = tokensOf(asked.question);
  if (words.length !== 3 || words[0] !== "why" || words[1] !== "so") return undefined;
  if (asked.plan.mentions.length > 0 || asked.references.thing || asked.references.person) return undefined;
  return words.slice(1).join(" ");
}

/**
 * Question words that alone ask a detail of what was just told: "where?", "when?". ("Why?" stays
 * the previous question asked again: of several facts told, the reason of another act than the
 * one asked may be the one a fact told gives.)
 */
const BARE_DETAILS: ReadonlySet<string> = new Set(["where", "when"]);

/** "Where?", "and when?": one question word of a place or a time, and nothing else. */
function bareDetailAsked(asked: Understanding): boolean {
  const words = tokensOf(asked.question);
  return words.length === 1 && BARE_DETAILS.has(words[0]!) && asked.plan.mentions.length === 0;
}

function onlyAsks(asked: Understanding): boolean {
  return tokensOf(asked.question).every((w) => WH_WORDS.has(w) || ASKING_WORDS.has(w));
}

/** The pronoun comes before every person the question names. */
function aheadOfNamedPeople(plan: QueryPlan, pronoun: string, people: ReadonlySet<string>): boolean {
  const at = plan.words.indexOf(pronoun);
  const firstPerson = Math.min(
    ...plan.mentions.filter((m) => m.entityIds.some((id) => people.has(id))).map((m) => m.position),
  );
  return at >= 0 && at < firstPerson;
}

/** "To him", "with her": a person pronoun after a preposition is not the sentence's subject. */
function isObject(words: readonly string[], pronoun: string): boolean {
  if (pronoun !== "him" && pronoun !== "her") return false;
  return words.some((w, i) => w === pronoun && i > 0 && OBJECT_PREPOSITIONS.has(words[i - 1]!));
}

const OBJECT_PREPOSITIONS = new Set(["to", "with", "for", "about", "from", "by", "than", "at"]);

/** "Will it readmit…", "did it sign…": "it" right after an auxiliary is who acts. */
function asSubject(asked: Understanding, word: string): boolean {
  if (word !== "it") return false;
  const words = asked.plan.words;
  return words.some((w, i) => w === "it" && i > 0 && AUXILIARIES.has(words[i - 1]!));
}

/**
 * What "how many sirens did Barbuda get?" counted ("the sirens"), for "them" that something is done
 * to or for ("who paid for them?", "where will they put them?"): the words between "how many" and
 * the auxiliary, when "them" follows a preposition or a verb in the follow-up and no name stands
 * among the counted words.
 */
function countedAsked(asked: Understanding, previous: DialogueTurn, kb: KnowledgeBase): string | undefined {
  const words = asked.plan.words;
  const at = words.indexOf("them");
  if (at <= 0 || WH_WORDS.has(words[at - 1]!) || AUXILIARIES.has(words[at - 1]!)) return undefined;
  const text = canonicalText(previous.question).toLowerCase();
  const said = wordsAt(text);
  if (said[0]?.word !== "how" || said[1]?.word !== "many") return undefined;
  const aux = said.findIndex((w, i) => i > 2 && AUXILIARIES.has(w.word));
  if (aux < 0 || aux > 2 + MAX_COUNTED_WORDS) return undefined;
  const noun = said.slice(2, aux);
  if (noun.some((w) => STOPWORDS.has(w.word))) return undefined;
  const span = text.slice(noun[0]!.start, noun.at(-1)!.end);
  // (Counted by the name of one that acts, "how many Liberians …", they are people, whom "them" may
  // be anyway; a species or a thing named, "how many sterlet …", is counted all the same.)
  const agent = (m: DialogueTurn["mentions"][number]) =>
    AGENT_KINDS.has(kb.entity(m.entity)?.kind ?? "event");
  if (previous.mentions.some((m) => agent(m) && span.includes(m.text.toLowerCase()))) return undefined;
  return `the ${span}`;
}
const MAX_COUNTED_WORDS = 3;

/** The name right after the previous question's auxiliary: "how many plants did *Panama* suspend?" */
function subjectOf(previous: DialogueTurn, kb: KnowledgeBase): Entity | undefined {
  const { plan } = understand(previous.question, kb);
  // "Which country asked to join?": the subject was asked for, so it is the one the answer gave.
  const asked =
    plan.words[0] === "which" ? plan.terms.find((t) => t.position === 1 && t.kinds.length > 0) : undefined;
  if (asked && !AUXILIARIES.has(plan.words[2] ?? "")) {
    const answered = previous.entities
      .map((id) => kb.entity(id))
      .find((e) => !!e && asked.kinds.includes(e.kind));
    return answered ?? undefined;
  }
  // After "what did Mongolia and Chile sign?", "it" is the thing the answer gave; after "what will
  // the SMSC do?", what was done is no thing, and "it" is still the one that does it.
  const what = plan.words[0] === "what";
  if (!what && !["how", "when", "where", "why"].includes(plan.words[0] ?? "")) return undefined;
  const auxAt = plan.words.findIndex((w, i) => i > 0 && AUXILIARIES.has(w));
  if (auxAt < 0) return undefined;
  const start = plan.words[auxAt + 1] === "the" ? auxAt + 2 : auxAt + 1;
  let subject = plan.mentions.find((m) => m.position === start);
  // "How many planes did it start with?" after "where is the Israel-Cyprus Paphos aircraft pool
  // based?": names run together are one noun phrase, and its head, the last of them, is the subject.
  for (let next = subject; next; ) {
    subject = next;
    const after = next.position + next.length;
    next = plan.mentions.find((m) => m.position === after);
  }
  // "When is the Vienna gas arbitration hearing?": a name followed by nouns of the phrase only
  // says which hearing; the hearing is what the question was of, and what "it" was done to ("why
  // was it moved?"), not the city. (A word that may be the verb asked, "did Malawi *make* its
  // payment", "did Guinea *pull* out", leaves the name the subject.)
  if (subject && modifiesANoun(plan.words, subject.position + subject.length)) subject = undefined;
  // (The name may be read with its article: "the smsc" from the auxiliary on.)
  const withArticle = what ? plan.mentions.find((m) => m.position === auxAt + 1) : undefined;
  const doer = subject ?? withArticle;
  if (what && (!doer || plan.words[doer.position + doer.length] !== "do")) return undefined;
  if (what) return kb.entity(doer!.entityIds[0]!);
  return subject ? kb.entity(subject.entityIds[0]!) : undefined;
}

/** The words after a name, up to a stopword, hold a noun that is never a verb ("gas *arbitration* hearing"). */
function modifiesANoun(words: readonly string[], from: number): boolean {
  for (let i = from; i < words.length && !STOPWORDS.has(words[i]!); i++)
    if (nounOfTheThing(words[i]) && !isVerb(words[i]!)) return true;
  return false;
}

/** "What job did he get?", "what happened to him?", "where did she go?": what became of someone. */
const BECAME_OF = /\b(?:what happened to|(?:job|post|role|position) did \w+ (?:get|take))\b/;

function asksWhatBecameOf(question: string): boolean {
  return asksWhereMovedOn(question) || BECAME_OF.test(canonicalText(question).toLowerCase());
}

/** The one person "who replaced Kollie?" asked the successor of. */
function replacedAsked(previous: DialogueTurn, kb: KnowledgeBase): string | undefined {
  const [who, verb] = tokensOf(previous.question);
  if (who !== "who" || (verb !== "replaced" && verb !== "succeeded")) return undefined;
  const people = previous.mentions.filter((m) => kb.entity(m.entity)?.kind === "person");
  return people.length === 1 ? people[0]!.entity : undefined;
}

/** The person the previous question asked for a profile of ("who is Samuel Quaye?"), if it did. */
/**
 * "What else did he say?" after "what did Aliyev say?": more of the one person the previous
 * question named, and nothing of another the answer brought up (Sarybay, whom Aliyev thanked)
 * when all of his was shown already.
 */
function namedOnePerson(previous: DialogueTurn, pronoun: string, kb: KnowledgeBase): boolean {
  const named = new Set(
    previous.mentions
      .map((m) => m.entity)
      .filter((id) => kb.entity(id)?.kind === "person" && agrees(kb, id, pronoun)),
  );
  return named.size === 1 && previous.entities[0] === [...named][0];
}

function profiledPerson(previous: DialogueTurn, kb: KnowledgeBase): string | undefined {
  if (previous.mentions.length !== 1) return undefined;
  const [only] = previous.mentions;
  if (kb.entity(only!.entity)?.kind !== "person") return undefined;
  return understand(previous.question, kb).intent === "profile" ? only!.entity : undefined;
}

/**
 * "What did she say?" after "who opened the Kyustendil talks?" answered with the two countries:
 * the one person of that meeting whose part in it was what the question asked of ("Regional
 * governor of Kyustendil; opened the meeting"), when the turn has no one else "she" can be.
 */
function tookThePart(previous: DialogueTurn, pronoun: string, kb: KnowledgeBase): Entity | undefined {
  const event = previous.event ? kb.event(previous.event) : undefined;
  const [who, verb] = tokensOf(previous.question);
  if (!event || who !== "who" || !verb || AUXILIARIES.has(verb) || !isVerb(verb)) return undefined;
  const did = stemOf(verb);
  const took = event.participants.filter(
    (p) =>
      kb.entity(p.entity)?.kind === "person" &&
      agrees(kb, p.entity, pronoun) &&
      tokensOf(p.role ?? "").some((word) => stemOf(word) === did),
  );
  return took.length === 1 ? kb.entity(took[0]!.entity) : undefined;
}

/**
 * The figure "how much does the Osogovo park cost now?" asked ("the osogovo park cost"), or "how
 * much is the CFPC aircraft fund?" ("the cfpc aircraft fund"): what it asked the size of, when that
 * ends in a word for a sum. Empty when the question asked no such figure.
 */
function figureAsked(previous: DialogueTurn): string {
  const text = canonicalText(previous.question).replace(CURRENTLY, "");
  const [how, much, auxiliary, ...rest] = wordsAt(text);
  if (how?.word !== "how" || !QUANTITY_WORDS.has(much?.word ?? "") || !AUXILIARIES.has(auxiliary?.word ?? ""))
    return "";
  const last = rest.at(-1);
  // As the member typed it: the reading quotes it back ("the Osogovo park cost").
  if (last && namesAmount(last.word)) return text.slice(rest[0]!.start, last.end);
  // "How much will Bangladesh pay per unit?", "how much does the PPPC still owe HUTC?": the figure
  // is what is paid or owed, not the payer ("does it go up?", "when will it be paid?").
  const paid = rest.some((w) => PAYMENT_STEMS.has(stemOf(w.word)));
  return paid && last ? `what ${text.slice(rest[0]!.start, last.end)}` : "";
}

/** "How big was the funding gap?", "how much did the clean-up cost?": the thing whose size was asked. */
function sumAsked(previous: DialogueTurn, kb: KnowledgeBase): string | undefined {
  const [how, size] = wordsAt(canonicalText(previous.question).toLowerCase());
  if (how?.word !== "how" || !SUM_SIZES.has(size?.word ?? "")) return undefined;
  return thingAsked(previous, kb)?.phrase;
}
const SUM_SIZES: ReadonlySet<string> = new Set(["much", "big", "large"]);

/** Verbs whose object is a sum: after "how much does X owe?", "it" is the sum owed. */
const PAYMENT_STEMS: ReadonlySet<string> = new Set(
  ["pay", "owe", "charge", "spend", "lend", "borrow"].map(stemOf),
);

/** "When will it be paid?", "has it been repaid?": "it" is the sum, paid or settled. */
const PAID_OFF =
  /\bit (?:(?:will |would |can |could |should |must )?(?:be|been|get|gets|got)|is|was) (?:\w+ )?(?:paid|repaid|settled|cleared)\b/;

/**
 * The words that open the noun phrase a question asked about: "the pipeline", "its sewage plant".
 * The shared determiners but "a", "an" (a thing brought up anew, not one asked about and then
 * called "it") and "this", "that" ("that" as often opens a clause: "did they say that …"); taking
 * all of them in is a change of behaviour, not of lists, and is left to be judged on its own.
 */
const PHRASE_OPENERS: ReadonlySet<string> = new Set(
  [...DETERMINERS].filter((word) => !["a", "an", "this", "that"].includes(word)),
);

/** What the previous question asked about: its first noun phrase, by its own words and its names in it. */
interface ThingAsked {
  /** The phrase as the question put it ("the prespa sewage plant"), when its head is no name. */
  readonly phrase?: string;
  /** The name its head is ("the nasib-jaber cold storage depot"), when it is one. */
  readonly entity?: Entity;
  /** The names within the phrase ("Ardtel" of "Ardtel's 20 percent stake"). */
  readonly within: ReadonlySet<string>;
  /** The phrase's words that are no name ("20 percent stake"). */
  readonly own: readonly string[];
}

/**
 * The thing the previous question asked about: the first noun phrase it opens with a determiner
 * or a possessive name ("the pipeline Libya is paying for", "Ardtel's 20 percent stake in Hafbru",
 * "its Prespa sewage plant", "the retrofit dispute between Grenada and Dominica"), up to its head:
 * the last word before a stopword, a name after a word of its own ("the pipeline | Libya"), or the
 * verb a question with an auxiliary asks of it ("when did the depot | open"). Not a meeting (which
 * "it" may be anyway), nor the one that does something ("what did the Gambia announce?").
 */
function thingAsked(previous: DialogueTurn, kb: KnowledgeBase): ThingAsked | undefined {
  const { plan } = understand(previous.question, kb);
  const words = plan.words;
  const text = canonicalText(previous.question).toLowerCase().replace(CURLY_APOSTROPHE, "'");
  const mentionAt = (i: number) => plan.mentions.find((m) => i >= m.position && i < m.position + m.length);
  // A possessive name opens a phrase too: "ardtel's 20 percent stake".
  const possessive = (i: number) => {
    const m = mentionAt(i);
    if (!m || i !== m.position + m.length - 1) return false;
    return (
      new RegExp(String.raw`\b${words[i]}'s?\s`, "u").test(text) && !STOPWORDS.has(words[i + 1] ?? "the")
    );
  };
  let start = -1;
  for (let i = 1; i < words.length; i++) {
    if (PHRASE_OPENERS.has(words[i]!)) {
      start = i + 1;
      break;
    }
    if (possessive(i)) {
      start = mentionAt(i)!.position;
      break;
    }
  }
  if (start < 0 || start >= words.length) return undefined;
  // "What did the Gambia announce?", "what did Kallon say about her SIM card?": what was done or said
  // is what was asked, not the one that did it nor a topic after the act; "which fund is paying
  // for the radar stations?", "what condition did Belgium set for its grant?": the fund or condition
  // asked for.
  const opener = words.slice(0, start);
  const what = words[0] === "what" || words[0] === "which";
  if (what && AUXILIARIES.has(words[1] ?? "") && !COPULAS.has(words[1]!)) return undefined;
  if (what && !AUXILIARIES.has(words[1] ?? "") && !STOPWORDS.has(words[1] ?? "") && isNoun(words[1] ?? ""))
    return undefined;
  const withAuxiliary = opener.some(
    (w) => AUXILIARIES.has(w) && w !== "is" && w !== "was" && w !== "are" && w !== "were",
  );
  let end = start;
  let ownWord = false;
  let pastName = false;
  while (end < words.length && !STOPWORDS.has(words[end]!)) {
    const m = mentionAt(end);
    // ("The Serengeti-Mara migration data centre": a thing's name closing the phrase is its head,
    // not a party after it as "Libya" is in "the pipeline Libya is paying for".)
    // A name between the phrase's own words and a noun is one of its modifiers ("the second
    // Bakwendi batch", "the first Ravaka Reconstruction Agency payment"): the noun after it is the
    // head, so "it" is the batch, not "the second".
    if (m && ownWord && m.position === end && !headNamed(m, words, kb)) {
      if (!nounOfTheThing(words[m.position + m.length])) break;
      pastName = true;
    }
    // (After such a name only nouns go on the phrase: "the second Bakwendi batch | due now".)
    if (!m && pastName && !nounOfTheThing(words[end])) break;
    if (!m) {
      ownWord = true;
    }
    end = m && m.position === end ? m.position + m.length : end + 1;
  }
  // "When did the depot open?": the verb the auxiliary asks is no part of the thing. (Not where a
  // verb of its own follows the phrase: "where will Albania's Prespa sewage plant be built?")
  const verbAfter = AUXILIARIES.has(words[end] ?? "") || BE_FORMS.has(words[end] ?? "");
  // ("When did Venezuela free the crew?": the verb asked came right before the phrase, after a
  // subject of its own, and "crew" is its noun, verb though it may be too; in "when did work on the
  // line start?", "work" is the subject and "start" the verb asked.)
  // ("Has Georgia answered Jordan's request?": a possessive opens the phrase with no article
  // before it, so the verb asked stands right before the name.)
  const before = PHRASE_OPENERS.has(words[start - 1] ?? "") ? start - 2 : start - 1;
  const auxiliaryAt = opener.findIndex((w) => AUXILIARIES.has(w));
  const verbBefore =
    auxiliaryAt >= 0 &&
    before > auxiliaryAt + 1 &&
    !mentionAt(before) &&
    !STOPWORDS.has(words[before]!) &&
    !AUXILIARIES.has(words[before]!) &&
    isVerb(words[before]!);
  if (
    withAuxiliary &&
    !verbAfter &&
    !verbBefore &&
    end - 1 > start &&
    isVerb(words[end - 1]!) &&
    !mentionAt(end - 1)
  )
    end--;
  // "Where was the Sadakhlo-Debed agreement signed?": a past participle closing the phrase of a
  // question opened with "is" or "was" is the passive verb asked, no part of the thing.
  else if (
    opener.some((w) => COPULAS.has(w)) &&
    end - 1 > start &&
    isPastVerb(words[end - 1]!) &&
    isVerb(words[end - 1]!) &&
    !mentionAt(end - 1)
  )
    end--;
  const head = end - 1;
  if (head < start) return undefined;
  if (MEETING_NOUNS.includes(words[head]!) || MEETINGS_SPOKEN_OF.has(words[head]!)) return undefined;
  const within = new Set<string>();
  for (const m of plan.mentions)
    if (m.position >= start && m.position < end) for (const id of m.entityIds) within.add(id);
  const own = words.slice(start, end).filter((_, i) => !mentionAt(start + i));
  const named = mentionAt(head);
  if (named) {
    const entity = kb.entity(named.entityIds[0]!);
    return entity ? { entity, within, own } : undefined;
  }
  const term = plan.terms.find((t) => t.position === head);
  if (!term || term.weight < 1 || term.kinds.length > 0) return undefined;
  const all = words.slice(start, end).join(" ");
  const determiner = PHRASE_OPENERS.has(words[start - 1] ?? "") ? "the " : "";
  // ("Ardtel's 20 percent stake": the possessive kept as typed.)
  const possessor = mentionAt(start);
  const phrase =
    !determiner && possessor
      ? `${words.slice(start, possessor.position + possessor.length).join(" ")}'s ${words
          .slice(possessor.position + possessor.length, end)
          .join(" ")}`
      : `${determiner}${all}`;
  return { phrase, within, own };
}

/**
 * A word that can be a thing's head noun after a name that modifies it: WordNet's noun and never an
 * adjective, not a stopword, nor "now" and its like ("the second Bakwendi batch due now").
 */
function nounOfTheThing(word: string | undefined): boolean {
  return word !== undefined && !STOPWORDS.has(word) && !SAYS_CURRENTLY.test(word) && isNounOnly(word);
}

/** "Be" in the forms that follow an auxiliary: "will … be built", "has … been". */
const BE_FORMS = new Set(["be", "been", "being"]);

/** Kinds of name that may be the head of a phrase about a thing: a fund, an accord, a data centre. */
const HEAD_KINDS: ReadonlySet<Entity["kind"]> = new Set(["initiative", "other", "place"]);

/**
 * A name that ends the phrase it stands in (the question ends or a stopword follows) and names a
 * thing, not a party: the phrase's head ("the serengeti-mara | migration data centre").
 */
function headNamed(m: QueryPlan["mentions"][number], words: readonly string[], kb: KnowledgeBase): boolean {
  const after = m.position + m.length;
  if (after < words.length && !STOPWORDS.has(words[after]!)) return false;
  const kind = kb.entity(m.entityIds[0]!)?.kind;
  return kind !== undefined && HEAD_KINDS.has(kind);
}

/**
 * The previous question's own phrase for what it asked about, when "it" would otherwise be a name
 * it did not use, a name within that phrase ("Ardtel" of "Ardtel's stake"), or a country or place
 * beside it ("the pipeline Libya is paying for").
 */
function unnamedAsked(
  thing: Entity | undefined,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): string | undefined {
  const asked = thingAsked(previous, kb);
  if (!asked?.phrase) return undefined;
  // "The ferry trip" the answer named "Aswan–Wadi Halfa ferry": the name has the phrase's own word.
  const name = thing ? tokensOf(canonicalText(thing.name).replace(/[-–]/g, " ")) : [];
  if (asked.own.some((w) => !STOPWORDS.has(w) && name.includes(w))) return undefined;
  if (thing && previous.mentions.some((m) => m.entity === thing.id)) {
    const beside = thing.kind === "country" || thing.kind === "place";
    if (!asked.within.has(thing.id) && !beside) return undefined;
  }
  return asked.phrase;
}

/** The named thing the previous question asked about ("the Nasib–Jaber cold storage depot"), not a party. */
function namedAsked(previous: DialogueTurn, kb: KnowledgeBase): Entity | undefined {
  const entity = thingAsked(previous, kb)?.entity;
  if (!entity || entity.kind === "person" || entity.kind === "country" || entity.kind === "event")
    return undefined;
  return entity;
}

/**
 * The one body a who-question's answer named ("the Overseas Employment Office" after "who will
 * recruit the seasonal workers?"): "it" is then what was answered, not what was asked about. Not
 * a person nor a country (those are "he", "she", "they"), nor one of two bodies.
 */
function bodyAnswered(previous: DialogueTurn, kb: KnowledgeBase): Entity | undefined {
  if (previous.facts.length === 0) return undefined;
  const words = tokensOf(previous.question);
  // "Which group brought the wage complaint?" asks for a body as "who" does: a which- or
  // what-question whose noun is a group in WordNet ("association", "union"; "group" itself, whose
  // commonest sense WordNet files at the top).
  const noun = words[1] ?? "";
  const groupAsked =
    (words[0] === "which" || words[0] === "what") &&
    !AUXILIARIES.has(noun) &&
    (noun === "group" || namesGroup(noun));
  if (words[0] !== "who" && !groupAsked) return undefined;
  // ("Who will recruit them?" asks who does it; "who did Kallon appoint?" may ask of whom it was done.)
  const modal = MODAL_VERBS.has(words[1] ?? "") && isVerb(words[2] ?? "");
  if (!groupAsked && AUXILIARIES.has(words[1] ?? "") && !modal && !holderOfRoleAsked(words)) return undefined;
  if (understand(previous.question, kb).intent !== "fact") return undefined;
  const answered = previous.entities
    .filter((id) => !previous.mentions.some((m) => m.entity === id))
    .map((id) => kb.entity(id));
  // (A "which country …?" answered with a country asked for the country, not a body beside it.)
  if (groupAsked && answered.some((e) => e?.kind === "country")) return undefined;
  const bodies = answered.filter((e): e is Entity => e?.kind === "organization");
  return bodies.length === 1 ? bodies[0] : undefined;
}

/**
 * "Who is the main contractor for the dam?": who holds a role, "the" and its noun after the
 * copula; the body the answer names is the one the role was asked of, what "it" next stands for
 * ("how many workers does it have?").
 */
function holderOfRoleAsked(words: readonly string[]): boolean {
  return words[0] === "who" && COPULAS.has(words[1] ?? "") && words[2] === "the";
}

/**
 * The person on the other side of what a who-question's answer told: its fact names the answered
 * person's country and one other, and one person of the meeting is of that other country.
 */
function otherPartyAnswered(previous: DialogueTurn, kb: KnowledgeBase): Entity | undefined {
  if (!answeredPerson(previous, kb) || previous.facts.length === 0) return undefined;
  const answered = previous.entities[0]!;
  const fact = kb.fact(previous.facts[0]!)?.fact;
  const countries = (fact?.entities ?? []).filter((id) => kb.entity(id)?.kind === "country");
  const own = countries.filter((id) => personOfCountry(answered, [id], kb));
  const others = countries.filter((id) => !own.includes(id));
  if (own.length !== 1 || others.length !== 1) return undefined;
  const meeting = previous.event ? kb.event(previous.event) : latestEventWith(answered, kb);
  const people = (meeting?.participants ?? [])
    .map((p) => p.entity)
    .filter((id) => id !== answered && personOfCountry(id, others, kb));
  return people.length === 1 ? kb.entity(people[0]!) : undefined;
}

/** Two people whose posts tie them to one same country ("President of Mongolia", "Mongolian Foreign Minister"). */
function sameCountry(one: string, other: string, kb: KnowledgeBase): boolean {
  if (kb.entity(one)?.kind !== "person" || kb.entity(other)?.kind !== "person") return false;
  return kb
    .countries()
    .some((country) => personOfCountry(one, [country.id], kb) && personOfCountry(other, [country.id], kb));
}

/** The fewest letters a bare follow-up's first word needs to be taken as the start of a name. */
const MIN_NAME_START = 3;

/** A follow-up's words, after its opener, when that is all it says ("and tarsa?"). */
const ONLY_A_NAME =
  /^(?:and |so |ok |okay )*(?:what about |how about )?(?:for |in |of )?(\p{L}[\p{L}\p{N} '-]*)$/u;

/**
 * The one entity whose name begins with the words a bare follow-up says ("tarsa" for "Tarsa
 * Faso"), of a kind the previous question named one of, when no other entity's name begins so.
 */
function shortFormNamed(asked: Understanding, previous: DialogueTurn, kb: KnowledgeBase): Entity | undefined {
  const said = ONLY_A_NAME.exec(saidWithoutEnd(asked.question))?.[1];
  if (!said) return undefined;
  const start = `${foldedName(said)} `;
  // ("And so?", "and st?": a stopword or a word of one or two letters starts no name.)
  const first = start.split(" ")[0]!;
  if (first.length < MIN_NAME_START || STOPWORDS.has(first)) return undefined;
  const kinds = new Set(previous.mentions.map((m) => kb.entity(m.entity)?.kind));
  let found: Entity | undefined;
  for (const { entity, names } of kb.entitiesByFirstWord(first)) {
    if (!names.some((name) => name.startsWith(start))) continue;
    if (found) return undefined;
    found = entity;
  }
  return found && kinds.has(found.kind) ? found : undefined;
}

/**
 * "How long had she been held?" after "which reporter was freed in March?", answered with a list
 * ("the reporter Ana Ruiz, the farmer Luis Soto and …"): the one the question asked for is the one
 * of its kind, whom the answer or their own description calls by the noun asked ("reporter"), not
 * whichever other one the pronoun could also be. Only when exactly one such person agrees with the
 * pronoun.
 */
function personOfKindAsked(previous: DialogueTurn, pronoun: string, kb: KnowledgeBase): string | undefined {
  const [which, noun] = tokensOf(canonicalText(previous.question).toLowerCase());
  if (which !== "which" || !noun || !isPersonNoun(noun) || previous.facts.length === 0) return undefined;
  const stem = stemOf(noun);
  const told = previous.facts.map((id) => canonicalText(kb.fact(id)?.fact.statement ?? "").toLowerCase());
  const asked = new Set(previous.mentions.map((m) => m.entity));
  const found = previous.entities.filter((id) => {
    const person = kb.entity(id);
    if (person?.kind !== "person" || asked.has(id) || !agrees(kb, id, pronoun)) return false;
    const post = tokensOf(person.description.split(";")[0] ?? "").map(stemOf);
    if (post.includes(stem)) return true;
    const name = canonicalText(person.name).toLowerCase();
    return told.some(
      (statement) => tokensOf(statement.split(name)[0] ?? "").at(-1) === noun && statement.includes(name),
    );
  });
  return found.length === 1 ? found[0] : undefined;
}

/**
 * "She" after a question that asked for a woman by her post ("who is the spokeswoman of
 * Kazakhstan's foreign ministry?"): the one person of the turn the store's text shows is a woman,
 * when the answer also named others whose gender it does not show.
 */
function womanAskedFor(
  previous: DialogueTurn,
  pronoun: string,
  agreeing: readonly Entity[],
  kb: KnowledgeBase,
): Entity | undefined {
  if (pronounGender(pronoun) !== "female") return undefined;
  if (!tokensOf(canonicalText(previous.question).toLowerCase()).some(womanByPost)) return undefined;
  const women = agreeing.filter((e) => genderOf(kb, e.id) === "female");
  return women.length === 1 ? women[0] : undefined;
}

/** The previous question asked who, and its answer's first name is a person it did not name. */
function answeredPerson(previous: DialogueTurn, kb: KnowledgeBase): boolean {
  const [first] = previous.entities;
  if (!first || kb.entity(first)?.kind !== "person") return false;
  if (previous.mentions.some((m) => m.entity === first)) return false;
  // ("Who did Ganbold Dorj receive?": "he" may still be the one who received.)
  const { plan } = understand(previous.question, kb);
  return plan.kind === "who" && plan.words[0] === "who" && !AUXILIARIES.has(plan.words[1] ?? "");
}

/**
 * "What did they say?" after "who opened the Thimphu talks?", "did they ever sign up?" after "which
 * college refused to join?": the one a who- or which-question's answer named first, a person, a
 * body or a country it did not name itself (with the one named beside it, "Malaysia and Singapore
 * refused"), not the people or countries of the meeting. None after a question of who took part
 * (its answer is a list) or one that named no one asked for.
 */
function agentsAnswered(previous: DialogueTurn, kb: KnowledgeBase): Entity[] {
  // (The answer's names, past those the question itself named: "who joined the market project?"
  // named the market, and the fund that joined is the answer.)
  const [firstId, secondId] = previous.entities.filter(
    (id) => !previous.mentions.some((m) => m.entity === id),
  );
  const first = firstId ? kb.entity(firstId) : undefined;
  if (!first || !AGENT_KINDS.has(first.kind) || previous.facts.length === 0) return [];
  const words = tokensOf(previous.question);
  if (!["who", "which"].includes(words[0] ?? "") || AUXILIARIES.has(words[1] ?? "")) return [];
  if (understand(previous.question, kb).intent !== "fact") return [];
  const second = secondId ? kb.entity(secondId) : undefined;
  const told = canonicalText(kb.fact(previous.facts[0]!)?.fact.statement ?? "").toLowerCase();
  const together =
    !!second &&
    second.kind === first.kind &&
    !previous.mentions.some((m) => m.entity === second.id) &&
    [`${first.name} and ${second.name}`, `${second.name} and ${first.name}`].some((pair) =>
      told.includes(canonicalText(pair).toLowerCase()),
    );
  return together ? [first, second!] : [first];
}

/** "How many delegates?", "and how many people were there?": a meeting's headcount, nothing else. */
const HEADCOUNT =
  /^(?:and |so |ok |okay )?how many (delegates|people|ppl|participants|attendees)(?: (?:were|came|attended|took part|turned up|showed up))?(?: there| at it| at that)?$/;

/** The meeting the previous answer spoke of: one it named, before one its question named. */
function meetingSpokenOf(previous: DialogueTurn, entities: readonly Entity[]): Entity | undefined {
  const asked = new Set(previous.mentions.map((m) => m.entity));
  const meetings = entities.filter((e) => e.kind === "event");
  return meetings.find((e) => !asked.has(e.id)) ?? meetings[0];
}

/** Kinds of the things a question may be about, beside who acted and when. */
const THING_KINDS = new Set<Entity["kind"]>(["initiative", "other", "place"]);

/**
 * "And what did Bulgaria say?", "what about Liberia, what did it reply?" after "what did North
 * Macedonia ask for at Ruen peak?": a newly named party and a verb of saying, nothing else, ask
 * what that party said of the thing just discussed: the things the previous question named
 * (Ruen peak, mobile money), else those its answer's first fact is about. None when the follow-up
 * asks anything of its own.
 */
function repliedOn(asked: Understanding, previous: DialogueTurn, kb: KnowledgeBase): Entity[] {
  const { plan, references } = asked;
  if (references.person || references.group || references.thing || references.more) return [];
  const now = plan.mentions.map((m) => kb.entity(m.entityIds[0]!));
  if (!now.every((e) => !!e && AGENT_KINDS.has(e.kind))) return [];
  if (now.some((e) => previous.mentions.some((m) => m.entity === e!.id))) return [];
  const own = plan.terms.filter((term) => term.weight >= 1 && term.kinds.length === 0);
  if (own.length !== 1 || !isVerbOfCommunication(own[0]!.word)) return [];
  const asEntities = (ids: readonly string[]) =>
    ids.map((id) => kb.entity(id)).filter((e): e is Entity => !!e && THING_KINDS.has(e.kind));
  const named = asEntities(previous.mentions.map((m) => m.entity));
  if (named.length > 0) return named;
  const first = previous.facts[0] ? kb.fact(previous.facts[0]) : undefined;
  return asEntities(first?.fact.entities ?? []).filter((e) => e.kind !== "place");
}

/** The previous answer's facts are dated, and not all on its meeting's day. */
function datedApart(previous: DialogueTurn, kb: KnowledgeBase): boolean {
  const day = previous.event ? kb.event(previous.event)?.date : undefined;
  return previous.facts.some((id) => {
    const date = kb.fact(id)?.fact.date;
    return !!date && date !== day;
  });
}

const WH_WORDS = new Set(["who", "whom", "what", "which", "where", "when", "why", "how"]);
const AUXILIARIES = new Set([...QUESTION_AUXILIARIES, "shall"]);
/** What "since when?" may ask besides question words: when, which place, how much. */
const ASKING_WORDS = new Set([
  "since",
  "until",
  "till",
  "by",
  "much",
  "many",
  "long",
  "often",
  "exactly",
  "far",
  // "for which years?", "in what year?", "how many times?": what the answer is counted or dated in.
  ...["for", "in", "on", "at", "from", "during"],
  ...["year", "years", "month", "months", "day", "days", "date", "dates", "hours", "times", "period"],
]);

/** The words of a question, lower-cased, without lead-ins ("and", "so") or punctuation. */
function tokensOf(question: string): string[] {
  const words = question
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ""))
    .filter((w) => w.length > 0);
  while (words.length > 0 && LEAD_INS.has(words[0]!)) words.shift();
  return words;
}

/**
 * What a follow-up asks that the previous question did not: "since when?", "by how much?",
 * "when was that?", "when did he say that?" each ask only a question word of what came before.
 * ("Which carmakers?" names a thing of its own: it is not the previous question again.)
 */
function askedAgainWith(asked: Understanding, previous: DialogueTurn): string | undefined {
  const words = tokensOf(asked.question);
  if (whySo(asked)) return "why";
  const whAt = words.findIndex((w) => WH_WORDS.has(w));
  if (whAt < 0 || whAt > 2) return undefined;
  // "since when?", "by how much?": nothing but what it asks.
  if (
    words.length <= 3 &&
    asked.plan.mentions.length === 0 &&
    !asked.references.thing &&
    !asked.references.person
  ) {
    const extra = words.filter((w, i) => i > whAt && !WH_WORDS.has(w) && !ASKING_WORDS.has(w));
    if (extra.length === 0 && words.slice(0, whAt).every((w) => ASKING_WORDS.has(w))) return words.join(" ");
  }
  const auxAt = words.findIndex((w, i) => i > whAt && AUXILIARIES.has(w));
  if (auxAt < 0 || auxAt > whAt + 2) return undefined;
  const ask = words.slice(0, auxAt).join(" ");
  const after = words.slice(auxAt + 1);
  // "How much was it?" after "when did Malawi make its first payment?" asks the amount of the
  // payment, not "how much did Malawi make its first payment?": an amount is of a thing, not of
  // what was done, when the question asked before was not itself of an amount.
  const measure = words[whAt] === "how" && QUANTITY_WORDS.has(words[whAt + 1] ?? "");
  if (
    after.length === 1 &&
    THAT.has(after[0]!) &&
    measure &&
    !/^how (?:much|many)\b/i.test(tokensOf(previous.question).join(" "))
  )
    return undefined;
  // "when was that?", "why did it happen?", "when will they happen?" (the talks just asked about)
  if (after.length === 1 && THAT.has(after[0]!)) return ask;
  if (after.length === 2 && (THAT.has(after[0]!) || after[0] === "they") && HAPPEN.has(after[1]!)) return ask;
  // "when did he say that?" after "what did Sarybay say about COP29?": the same saying.
  if (after.length === 3 && THEM.has(after[0]!) && THAT.has(after[2]!)) {
    const said = stemOf(after[1]!);
    if (tokensOf(previous.question).some((w) => stemOf(w) === said)) return ask;
  }
  return undefined;
}

/**
 * "Was that before or after …", "did it happen after or before …": what it is set against, last.
 * Read from `tokensOf`, which has taken the lead-ins ("and", "but", "ok") off already.
 */
const BEFORE_OR_AFTER =
  /^(?:was|were|is|did|had) (?:that|it|this|they|he|she)(?: (?:happen|come|take place|come about))? (?:before or after|after or before) (.+)$/;

/**
 * "Was that before or after Equatorial Guinea pulled out?" after an answer about the Libreville
 * talks: when the other thing happened ("when equatorial guinea pulled out?"), set against the day
 * of what was just told (its first dated fact, else its meeting). Nothing when that had no day.
 */
function askedWhichCameFirst(
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): Reading | undefined {
  const match = BEFORE_OR_AFTER.exec(tokensOf(asked.question).join(" "));
  if (!match) return undefined;
  const dated = previous.facts.map((id) => kb.fact(id)?.fact.date).find((date) => !!date);
  const meetingDay = previous.event ? kb.event(previous.event)?.date : undefined;
  // "He left in April 2026", told at the June meeting: the meeting's day is not the day of what
  // was told, and with no day of its own there is nothing to set against.
  const told = previous.facts[0] ? kb.fact(previous.facts[0])?.fact.statement : undefined;
  const stated = !dated && told ? askedDateIn(told) : undefined;
  if (stated && meetingDay && !fitsDate(stated, meetingDay)) return undefined;
  const day = dated ?? meetingDay;
  if (!day) return undefined;
  const question = `when ${match[1]}?`;
  return {
    ...reread(question, kb, `Reading it as "${question}", set against ${formatDate(day)}`),
    previous,
    against: day,
  };
}

/**
 * "And before?", "after that?": the previous question asked of the time before or after ("how
 * often will the commission meet?" → "how often will the commission meet before?"). Alone, the
 * word asks for nothing a fact could have.
 */
function askedOfAnotherTime(
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): Reading | undefined {
  const words = tokensOf(asked.question).filter((w) => !THAT.has(w) && w !== "then");
  if (words.length !== 1 || !ANOTHER_TIME.has(words[0]!)) return undefined;
  // "Where was the agreement signed?" asks of one act, done once: "where was it signed after?"
  // asks of nothing, and the act's own place or day is no answer to it.
  const { plan } = understand(previous.question, kb);
  if (
    (plan.kind === "where" || plan.kind === "when") &&
    !plan.future &&
    /^(?:where|when) (?:was|were|did)\b/.test(plan.text.toLowerCase())
  )
    return { kind: "needs-context", word: "that" };
  const question = `${previous.question.replace(/[?!.\s]+$/, "")} ${words[0]}?`;
  return { ...reread(question, kb, `Reading it as "${question}"`), previous };
}

/**
 * "What was it at first?", "and originally?", "what was the first estimate?", "and now?": nothing
 * but the pointing back and the other time, so the previous question asked again of an earlier
 * and a later account, which is how a story told over several articles says what a figure was
 * and became ("how many stations will the system have, at first and now?").
 */
function askedOfTheOtherSide(
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): Reading | undefined {
  const text = tokensOf(asked.question).join(" ");
  // "And before Indonesia held back?", "what was the count before the survey?": a time set by what
  // happened, which only the earlier account can be of; "before him" asks of a person instead.
  const beforeWhat = BEFORE_HAPPENING.exec(text);
  const side =
    beforeWhat ??
    FIRST_ACCOUNT.exec(text) ??
    FIRST_OF_A_FIGURE.exec(text) ??
    EARLIER_SIDE.exec(text) ??
    // ("Was it always that much?" points back at a figure an answer gave, never at a refusal.)
    (previous.facts.length > 0 ? ALWAYS.exec(text) : null) ??
    LATER_SIDE.exec(text) ??
    NEW_OF_A_FIGURE.exec(text) ??
    // "Did that happen?", "is that still the plan?" after what was planned: how it stands later.
    (previous.facts.length > 0 ? AS_PLANNED.exec(text) : null);
  if (!side) return undefined;
  const people = asked.plan.mentions.some((m) => isKind(kb, m.entityIds, "person"));
  if (people || (!beforeWhat && asked.plan.mentions.length > 0)) return undefined;
  const rest = `${text.slice(0, side.index)} ${text.slice(side.index + side[0].length)}`.split(" ");
  const own = rest.filter((w) => w !== "" && !WH_WORDS.has(w) && !OTHER_SIDE_FILLER.has(w));
  if (own.length > 0 && !sameAskedOriginally(asked, side[0], own, previous, kb)) return undefined;
  const before = withoutEnd(previous.question)
    .replace(LATER_SIDE, "")
    .replace(EARLIER_SIDE, "")
    .replace(/\s+/g, " ")
    .trim();
  // Only a question can be asked again: not "and after Thailand joined?", itself half of one.
  // ("Until when does it run?", "since when?": a question word may follow its preposition.)
  // ("What's the quota …?" asks as "what is" does.)
  const [lead, second] = tokensOf(before).map((w) => w.replace(/['’]s$/, ""));
  const asks =
    WH_WORDS.has(lead ?? "") || (QUESTION_TIME_WORDS.has(lead ?? "") && WH_WORDS.has(second ?? ""));
  if (before.split(" ").length < 3 || !asks) return undefined;
  // "What about now?" after a list of what Bulgaria said: which of the things listed is asked
  // again is not said, and the earliest and latest of them are two different things. ("And
  // before Thailand came in?" sets its own time, which one earlier state answers.)
  if (!beforeWhat && listedSeveralThings(previous, kb)) return { kind: "needs-context", word: "that" };
  const earlierOnly = !LATER_SIDE.test(text) && !NEW_OF_A_FIGURE.test(text) && !AS_PLANNED.test(text);
  // "And now?" after "how many teams were planned in Djibouti City?": the place, meeting or month
  // held the question to the first account; now is another's.
  const unpinned = earlierOnly ? before : unpinnedFromSetting(before, previous, kb);
  const question = `${unpinned}, at first and now?`;
  return {
    ...reread(question, kb, `Reading it as "${question}"`),
    previous,
    onTopic: true,
    ...(earlierOnly ? { earlierOnly: true as const } : {}),
  };
}

/** "And now?", "what about now?": nothing but the time now. */
const NOW_ALONE = /^(?:(?:and|so|but|ok|okay) )*(?:(?:what|how) about )?now$/;

/**
 * "And now?" after "how much was the crossing fee at Namanga in March?", when the store tells no
 * earlier account beside a later one (the first and the now read together find nothing): the
 * previous question asked of now, its month or meeting left out ("how much was the crossing fee
 * now?"), answered by a fact other than those the previous turn told (which are of its own time)
 * and told as the state now or a change (`toldAnew`): "the first 70 million were released in
 * April" is no account of now.
 */
function askedOfNowAlone(
  asked: Understanding,
  otherSide: Reading,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): Reading | undefined {
  if (otherSide.kind !== "read" || otherSide.earlierOnly) return undefined;
  if (!NOW_ALONE.test(tokensOf(asked.question).join(" "))) return undefined;
  const both = /, at first and now\?$/.exec(otherSide.understanding.question);
  if (!both) return undefined;
  const question = `${otherSide.understanding.question.slice(0, both.index)} now?`;
  const read = reread(question, kb, `Reading it as "${question}"`);
  return {
    ...read,
    exclude: new Set([...read.exclude, ...previous.facts]),
    previous,
    onTopic: true,
    toldAnew: true,
  };
}

/** The question without "in <month>" and "in/at/after <a place or meeting it named>". */
function unpinnedFromSetting(question: string, previous: DialogueTurn, kb: KnowledgeBase): string {
  const words = wordsAt(question);
  const months = MONTHS.flatMap((month) => {
    const at = words.findIndex((w) => w.word === month.toLowerCase());
    return at < 0 ? [] : [{ from: at, to: at + 1, setting: true }];
  });
  const named = namedSpans(words, previous.mentions, kb);
  const setting = settingSpan(words, [...named, ...months], { prepositions: PINNING });
  if (!setting) return question;
  const end = words[setting.to - 1]!.end;
  // "… would cost back in March": "back" only says the setting was long ago, so it goes with it
  // (left behind, "… would cost back, at first and now?" asks of nothing).
  const from = setting.from > 0 && words[setting.from - 1]!.word === "back" ? setting.from - 1 : setting.from;
  const unpinned = `${question.slice(0, words[from]!.start).trimEnd()}${question.slice(end)}`.trim();
  return unpinned.split(" ").length >= 3 ? unpinned : question;
}

/**
 * "When were they originally supposed to start?", "what was the end date originally?" after a
 * question answered with a figure or a day: a few words of its own beside "originally" (or "the
 * original deadline"), naming nothing and no one, still ask the previous question of the earlier
 * account. Not "at first" nor "at the start", which may set the time of something else asked
 * ("what price did each side want at the start?"), nor a word for people ("what did the engineers
 * expect originally?" asks of them).
 */
function sameAskedOriginally(
  asked: Understanding,
  side: string,
  own: readonly string[],
  previous: DialogueTurn,
  kb: KnowledgeBase,
): boolean {
  if (!FIRST_OF_A_FIGURE.test(side) && !ORIGINALLY.test(side)) return false;
  if (asked.plan.mentions.length > 0 || asked.references.person || previous.facts.length === 0) return false;
  const content = own.filter((w) => !STOPWORDS.has(w));
  if (content.length > MAX_OWN_WORDS) return false;
  const wordsBefore = new Set(tokensOf(previous.question).map(stemOf));
  if (!content.every((w) => wordsBefore.has(stemOf(w)) || (isVerb(w) && !isPersonNoun(w)))) return false;
  // The same question word, or "what" and "how" of a figure or a day.
  const kind = asked.plan.kind;
  return kind === "what" || kind === "how" || kind === understand(previous.question, kb).plan.kind;
}

/**
 * The answer listed several things: two of the facts it cited come from one article, which tells
 * each thing once (an earlier and a later account of one thing come from two). A fact cited only
 * beside another (the refusal a correction answers, the act a stated reason is for) is no thing of
 * its own.
 */
function listedSeveralThings(previous: DialogueTurn, kb: KnowledgeBase): boolean {
  const beside = new Set(previous.beside ?? []);
  const sources = previous.facts.filter((id) => !beside.has(id)).map((id) => kb.fact(id)?.fact.source);
  return new Set(sources).size < sources.length;
}

/** "Originally", "initially": of something since changed. */
const ORIGINALLY = /\b(?:originally|initially)\b/;
/** Content words beside "originally" that a follow-up naming nothing may have ("supposed to start"). */
const MAX_OWN_WORDS = 3;
/** "The first estimate", "the original figure": the earlier account, named by what it counted. */
const FIRST_ACCOUNT =
  /\b(?:the )?(?:first|original|initial|earlier) (?:estimate|figure|number|plan|count|amount|total|version|draft|one)\b/;
/**
 * "And the new date?", "the revised estimate?": what a figure, a plan or a day set for something
 * became, the later account, as "the first estimate" is the earlier one.
 */
const NEW_OF_A_FIGURE =
  /\b(?:the )?(?:new|latest|revised|updated|current) (?:estimate|figure|number|plan|count|amount|total|version|price|cost|offer|target|deadline|budget|date|schedule|timetable|timeline)s?\b/;
/** "Was it always that much?", "was that always the plan?": whether the earlier account said the same. */
const ALWAYS = /\balways\b/;
/** Whether what was planned came about, or still holds: asked of the later account. */
const AS_PLANNED =
  /^(?:(?:and|so|but) )?(?:did|has|have) (?:that|it|this|they) (?:actually |ever |really )?(?:happen(?:ed)?|take place|taken place|go ahead|gone ahead)$|\bstill the plan$/;
/** "Before the survey", "before Indonesia held back": two words or more of what happened, at the end. */
const BEFORE_HAPPENING = /\bbefore (?!(?:him|her|them|that|this|it|then|now)\b)\S+(?: \S+)+$/;
/** What may stand beside the other time in such a follow-up: the question word and the thing pointed back to. */
const OTHER_SIDE_FILLER = new Set([
  ...["was", "were", "is", "are", "it", "that", "this", "they", "them", "those", "the", "much", "many"],
  ...["about", "then", "count", "number", "figure", "total", "amount", "estimate", "plan"],
]);

/**
 * "And all of them?", "in total?", "altogether?": nothing but the whole asked for. Its opener is one at most and never "ok": narrower than `FOLLOW_UP_OPENER` as it was written, not for a
 * reason found; making it the same is a change of behaviour, not a tidy-up.
 */
const THE_WHOLE =
  /^(?:and |so |what about |how about )?(?:all of them|all of those|all of it|them all|all|in total|altogether|all together|overall)$/;
/** The part a question asks about: "the first (10) stations", "the stations on the Kyrgyz side". */
const FIRST_PART =
  /\b(?:the )?(?:first|initial)(?: (?:\d+|few|two|three|four|five|six|seven|eight|nine|ten|dozen))? /i;
const ONE_SIDE = /\s(?:on|for|from) (?:the )?\p{L}+ side\b/iu;

/**
 * "And all of them?" after "when will the first stations be installed?": the previous question
 * asked of the whole instead of the part it asked about ("when will all the stations be
 * installed?"); of a question that asked of no part, nothing ("them" is then someone).
 */
function askedOfTheWhole(
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): Reading | undefined {
  const said = saidWithoutEnd(asked.question);
  if (!THE_WHOLE.test(said)) return undefined;
  const part = withoutEnd(previous.question);
  const whole = part.replace(FIRST_PART, "all the ").replace(ONE_SIDE, "");
  if (whole === part) return undefined;
  const question = `${whole}?`;
  return { ...reread(question, kb, `Reading it as "${question}"`), previous };
}

/** The question as typed, in lower case, without its closing marks. */
function saidWithoutEnd(question: string): string {
  return withoutEnd(question).toLowerCase();
}

/** The question in its canonical form, without its closing marks ("?", "!", "."). */
function withoutEnd(question: string): string {
  return canonicalText(question).replace(/[?!.\s]+$/, "");
}

const COUNTED = COUNTED_WORDS;
/** How a short follow-up may open before what it asks again: "and", "so", "ok", "what about". */
const FOLLOW_UP_OPENER = "(?:and |so |ok |okay |what about |how about )";
/** "And the second round?", "what about the third one?", "and the third?": nothing but another number. */
const ANOTHER_NUMBER = new RegExp(
  `^${FOLLOW_UP_OPENER}*(?:the |at the |in the )?(${COUNTED})(?: (?:one|round|meeting|session|time))?$`,
);
/** The meeting the previous question counted: "the first round", "the second meeting". */
const COUNTED_MEETING = new RegExp(`\\b(${COUNTED})( (?:${MEETING_NOUN_PATTERN})\\b)`, "i");

/** "And the Osh talks?", "what about the signing in Brussels?": a meeting alone, nothing asked of it. */
const A_MEETING_ALONE = new RegExp(
  `^${FOLLOW_UP_OPENER}+(the (?:.+ )?(?:${MEETING_NOUNS.join("|")})(?: (?:in|at|of|on|between|with) .+)?)$`,
);

/**
 * "And the Aliyev–Sarybay meeting?" after "which outlet reported the Mongolia–Chile talks?": the
 * same question, which outlet reported it, of the meeting named instead (not what its facts say).
 */
function askedOfAnotherArticle(
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): Reading | undefined {
  const which = A_MEETING_ALONE.exec(saidWithoutEnd(asked.question))?.[1];
  if (!which || asked.intent !== "fact" || understand(previous.question, kb).intent !== "source")
    return undefined;
  const question = `which outlet reported ${which}?`;
  return { ...reread(question, kb, `Reading it as "${question}"`), previous };
}

/** "And the locust one?", "what about the next glacial lake one?": words that say which, and "one". */
const ANOTHER_ONE = new RegExp(String.raw`^${FOLLOW_UP_OPENER}*the ((?:[\p{L}\p{N}'-]+ ){1,5})one$`, "u");
const STEP_WORDS = new Set([
  ...ORDINAL_WORDS,
  "next",
  "previous",
  "other",
  "last",
  "latest",
  "final",
  "earlier",
  "later",
]);

/** "And boats?", "what about patrol boats?": an opener, then nothing but a plural noun or two. */
const OTHER_THINGS = new RegExp(`^${FOLLOW_UP_OPENER}+(?:how many )?((?:\\p{L}+ )?\\p{L}+s)$`, "u");

/**
 * "And boats?" after "how many rangers will the fund pay for?": the previous question counting the
 * things now named in the place of those it counted ("how many boats will the fund pay for?"), so
 * the count asked keeps its kind and its setting. Only words that are plural nouns and nothing
 * else a follow-up may say with "and" (a time, a name, "the others").
 */
function askedOfOtherThingsCounted(
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): Reading | undefined {
  if (asked.plan.mentions.length > 0 || asked.plan.unknown.some((u) => u.nameLike)) return undefined;
  const things = OTHER_THINGS.exec(saidWithoutEnd(asked.question))?.[1];
  if (!things) return undefined;
  const words = things.split(" ");
  const plural = words.at(-1)!;
  if (words.some((w) => STOPWORDS.has(w) || !isNoun(w) || CALENDAR_WORDS.has(w))) return undefined;
  if (stemOf(plural) === plural) return undefined;
  const text = withoutEnd(previous.question);
  const said = wordsAt(text.toLowerCase());
  if (said[0]?.word !== "how" || said[1]?.word !== "many") return undefined;
  const aux = said.findIndex((w, i) => i > 2 && AUXILIARIES.has(w.word));
  if (aux < 0 || aux > 2 + MAX_COUNTED_WORDS) return undefined;
  const counted = said.slice(2, aux);
  if (counted.some((w) => STOPWORDS.has(w.word))) return undefined;
  if (counted.map((w) => w.word).join(" ") === things) return undefined;
  const question = `${text.slice(0, counted[0]!.start)}${things}${text.slice(counted.at(-1)!.end)}?`;
  return { ...reread(question, kb, `Reading it as "${question}"`), previous };
}

/**
 * "And the malacca oil spill one?" after "when was the locust pact signed?": the previous question
 * with the new words in the place of the ones before the noun "one" stands for (the last noun of
 * its longest "the …" phrase: "pact"), as "when was the malacca oil spill pact signed?". Only
 * words that say which thing, not only which of a story's meetings ("the next one").
 */
function askedOfAnotherOne(
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): Reading | undefined {
  const which = ANOTHER_ONE.exec(saidWithoutEnd(asked.question))?.[1]?.trim();
  if (!which || which.split(" ").every((word) => STEP_WORDS.has(word))) return undefined;
  const before = withoutEnd(previous.question);
  const ofTheCountry = anotherCountrysOwn(which, before, kb);
  if (ofTheCountry) return reread(ofTheCountry, kb, `Reading it as "${ofTheCountry}"`);
  const words = before.split(" ");
  let best: { from: number; head: number } | undefined;
  const lower = words.map((word) => word.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, ""));
  lower.forEach((word, at) => {
    if (word !== "the") return;
    // "Does the accord run?": after an auxiliary, the question's last word is its verb.
    const lastIsVerb = lower.slice(0, at).some((w) => AUXILIARIES.has(w) && !COPULAS.has(w));
    let head = -1;
    for (let i = at + 1; i < lower.length && i <= at + 7; i++) {
      const w = lower[i]!;
      if (STOPWORDS.has(w)) break;
      const verb = isVerb(w);
      if (isNounOnly(w) && !(verb && lastIsVerb && i === lower.length - 1)) head = i;
      else if (verb) break;
    }
    if (head >= 0 && (!best || head - at > best.head - best.from)) best = { from: at, head };
  });
  if (!best || best.head - best.from < 2) return undefined;
  const question = `${[...words.slice(0, best.from + 1), which, ...words.slice(best.head)].join(" ")}?`;
  if (canonicalText(question).toLowerCase() === `${before.toLowerCase()}?`) return undefined;
  return reread(question, kb, `Reading it as "${question}"`);
}

/**
 * "And the Tanzanian one?" after "who led Kenya's delegation at the Tanga talks?": "one" stands for
 * the person or post the question asked of its country, so the new country's adjective takes the
 * place of the old country's name ("who led tanzania's delegation at the tanga talks?"), not of the
 * meeting's words. Only of a who-question that names a country as the owner of what it asks.
 */
function anotherCountrysOwn(which: string, before: string, kb: KnowledgeBase): string | undefined {
  const words = which.toLowerCase().split(" ");
  const adjective = kb.countryOfAdjectiveAt(words, 0);
  if (!adjective || adjective.length !== words.length) return undefined;
  const { plan } = understand(`${before}?`, kb);
  if (plan.kind !== "who") return undefined;
  for (const mention of plan.mentions) {
    const country = mention.entityIds.find((id) => kb.entity(id)?.kind === "country");
    if (!country || country === adjective.country) continue;
    const said = new RegExp(String.raw`(^|[^\p{L}])(${escapeRegExp(mention.text)})(['’]s)?(?![\p{L}])`, "iu");
    const found = said.exec(before);
    if (!found) continue;
    // "Kenya's delegation" gives way to "Tanzania's", "the Kenyan side" to "the Tanzanian".
    const name = kb.entity(adjective.country)?.name ?? which;
    const replacement = mention.demonym ? which : found[3] ? `${name}'s` : undefined;
    if (!replacement) continue;
    const at = found.index + found[1]!.length;
    return `${before.slice(0, at)}${replacement}${before.slice(at + found[2]!.length + (found[3]?.length ?? 0))}?`;
  }
  return undefined;
}

/** "And in October?", "what about at the signing?", "and back in May?": only where or when else. */
const ANOTHER_SETTING = new RegExp(
  String.raw`^${FOLLOW_UP_OPENER}*(?:back |then )?(?:at|in|during|for) (?:the )?(\p{L}[\p{L}\p{N} ]*)$`,
  "u",
);
const COUNT_WORD = new RegExp(`\\b(?:${ORDINAL_WORDS.join("|")})\\b`, "i");
const SETTING_KINDS = new Set<Entity["kind"]>(["event", "place"]);

/**
 * "And in October?" after "how many came to the Port Louis talks?": the previous question asked of
 * the meeting of the same story that the words pick out (by its count, its month or year, its
 * place, or words of its own facts), without the meeting or place it named. Nothing when the
 * words pick out no single other meeting.
 */
function askedOfAnotherMeeting(
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): Reading | undefined {
  const setting =
    ANOTHER_SETTING.exec(saidWithoutEnd(asked.question))?.[1] ?? placeAlone(asked, previous, kb);
  // (A refused question's meeting is the one its words named, which "and at the signing?" puts
  // another occasion in the place of, as words: `atAnotherSetting`.)
  const from = setting
    ? storyEventOf(previous.facts.length > 0 ? previous : { ...previous, event: undefined }, kb)
    : undefined;
  if (!setting || !from) return undefined;
  const others = storyMeetings(from, kb).filter((event) => event !== from);
  if (others.length === 0) return undefined;
  const target = meetingPickedOut(setting, asked, from, others, kb);
  if (!target) return undefined;
  // "The first … meeting" asked again of the second: the count is the target's.
  const nth = storyMeetings(from, kb).indexOf(target);
  const ordinal = ORDINAL_WORDS[nth];
  // "And back in February?" after "how much does it cost now?": of that meeting's time, not now.
  const before = canonicalText(previous.question)
    .replace(CURRENTLY, "")
    .replace(/\s+([?!.]|$)/g, "$1")
    .replace(/\s+/g, " ");
  const question = ordinal ? before.replace(COUNT_WORD, ordinal) : before;
  const again = reread(question, kb, `Taking it as ${target.title}`);
  const plan = again.understanding.plan;
  const mentions = plan.mentions.filter(
    (m) => !m.entityIds.some((id) => SETTING_KINDS.has(kb.entity(id)?.kind ?? "person")),
  );
  return {
    ...again,
    understanding: understandingOf({ ...again.understanding, plan: planOf({ ...plan, mentions }) }),
    previous,
    within: { event: target.id, without: NOTHING },
  };
}

/** A month (with its year or not) or a year, as a question pins what it asks to a time. */
const PERIOD = `(?:(?:${MONTHS.join("|")})(?: \\d{4})?|\\d{4})`.toLowerCase();
/** A day of a month, as said either way round, with its year or not: "14 april", "may 2nd 2026". */
const DAY =
  `(?:\\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS.join("|")})|(?:${MONTHS.join("|")}) \\d{1,2}(?:st|nd|rd|th)?)(?: \\d{4})?`.toLowerCase();
/**
 * "And in October?", "and by November 2026?", "what about in 2027?", "and this year?", "and on
 * May 2?": nothing but another time.
 */
const ANOTHER_PERIOD = new RegExp(
  `^${FOLLOW_UP_OPENER}*(?:back )?(?:(in|by|during|on) )?(${DAY}|${PERIOD}|this year|last year)$`,
);
/** The time the previous question was pinned to: "in June", "by May 2026", "during 2025", "on 14 April". */
const PINNED_PERIOD = new RegExp(`\\b(in|by|during|on) (${DAY}|${PERIOD})\\b`, "g");

/**
 * "And in October?" after "how many passengers did the ferry carry in June?": the previous
 * question asked again with the new month or year in place of the one it was pinned to, when it
 * was pinned to exactly one ("in June", not "by the Arusha meeting in July", whose time is the
 * meeting's). A story's meeting of that month is tried first (`askedOfAnotherMeeting`).
 */
function askedOfAnotherPeriod(
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): Reading | undefined {
  const said = ANOTHER_PERIOD.exec(tokensOf(asked.question).join(" "));
  if (!said || asked.plan.mentions.length > 0) return undefined;
  const before = canonicalText(previous.question).replace(/[?!.\s]+$/, "");
  const lowered = before.toLowerCase();
  const pinned = [...lowered.matchAll(PINNED_PERIOD)];
  if (pinned.length !== 1) return undefined;
  const [found] = pinned;
  const at = found!.index!;
  // ("By the Arusha meeting in July": the month dates a meeting, which another month does not replace.)
  const ahead = tokensOf(lowered.slice(0, at)).at(-1) ?? "";
  if (MEETING_NOUNS.includes(ahead) || MEETINGS_SPOKEN_OF.has(ahead)) return undefined;
  // (A day is "on" it, whatever the previous time was pinned by: "in June", then "and May 2?".)
  const day = new RegExp(`^${DAY}$`).test(said[2]!);
  const preposition = said[1] ?? (said[2]!.endsWith("year") ? "" : day ? "on" : found![1]!);
  const time = `${preposition ? `${preposition} ` : ""}${said[2]!}`;
  const question = `${before.slice(0, at)}${time}${before.slice(at + found![0].length)}?`;
  if (question.toLowerCase() === `${lowered}?`) return undefined;
  return { ...reread(question, kb, `Reading it as "${question}"`), previous };
}

/**
 * "What about Vranje?", "and Kriva Palanka?": nothing but a place. "What about" comes last, right
 * before the place, which may be several words: an opener after it would be read as the place's.
 */
const ONLY_A_PLACE = /^(?:and |so |ok |okay )*(?:what about |how about )?(\p{L}[\p{L}\p{N} '-]*)$/u;

/**
 * "What about Vranje?" after "what did she say at the signing?" names only a town: the same asked
 * of the story's meeting there, when the previous question named no place of its own for the town
 * to take the place of ("and Tbilisi?" after "what was agreed in Yerevan?").
 */
function placeAlone(asked: Understanding, previous: DialogueTurn, kb: KnowledgeBase): string | undefined {
  const said = ONLY_A_PLACE.exec(saidWithoutEnd(asked.question))?.[1];
  const [mention, ...more] = asked.plan.mentions;
  if (!said || !mention || more.length > 0 || canonicalText(mention.text).toLowerCase() !== said)
    return undefined;
  if (!isKind(kb, mention.entityIds, "place")) return undefined;
  return previous.mentions.some((m) => kb.entity(m.entity)?.kind === "place") ? undefined : said;
}

function meetingPickedOut(
  setting: string,
  asked: Understanding,
  from: Event,
  others: readonly Event[],
  kb: KnowledgeBase,
): Event | undefined {
  const step = asked.storyStep;
  if (step) {
    const meant = stepAlong(from, step, kb);
    return meant && meant !== from ? meant : undefined;
  }
  const words = setting.split(" ");
  const one = (found: readonly Event[]) => (found.length === 1 ? found[0] : undefined);
  // "In October", "back in May", "in 2025": the meeting of that month or year.
  const month = MONTHS.findIndex((name) => words.includes(name.toLowerCase()));
  const year = words.find((word) => /^(?:19|20)\d\d$/.test(word));
  if (month >= 0 || year) {
    return one(
      others.filter(
        (event) =>
          (month < 0 || Number(event.date.slice(5, 7)) === month + 1) &&
          (!year || event.date.startsWith(year)),
      ),
    );
  }
  // "In Osh": the meeting held there.
  const places = asked.plan.mentions
    .flatMap((m) => m.entityIds)
    .filter((id) => kb.entity(id)?.kind === "place");
  if (places.length > 0) {
    return one(others.filter((event) => places.some((id) => kb.namedInPlace(event.id).has(id))));
  }
  if (asked.plan.mentions.length > 0) return undefined;
  // "At the signing": the one meeting whose facts have the words.
  const stems = asked.plan.terms.filter((term) => term.weight >= 1).map((term) => stemOf(term.word));
  if (stems.length === 0) return undefined;
  return one(others.filter((event) => stems.every((stem) => kb.eventTermStrength(event.id, stem) > 0)));
}

/**
 * "And the second round?" after "who chaired the first round of the Malacca talks?": the previous
 * question asked of the meeting of that number instead ("who chaired the second round of the
 * Malacca talks?"); after a question that counted no meeting, nothing (it is then something else).
 */
function askedOfAnotherRound(
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): Reading | undefined {
  const said = saidWithoutEnd(asked.question);
  const number = ANOTHER_NUMBER.exec(said)?.[1];
  const before = withoutEnd(previous.question);
  const counted = COUNTED_MEETING.exec(before);
  if (!number || !counted || counted[1]!.toLowerCase() === number) return undefined;
  const question = `${before.slice(0, counted.index)}${number}${counted[2]}${before.slice(counted.index + counted[0].length)}?`;
  // Of the story's meetings, the one of that number among them: not only the meeting just
  // discussed, whose facts are of the other round.
  const from = storyEventOf(previous, kb);
  if (from) {
    const story = new Set(storyMeetings(from, kb).map((event) => event.id));
    return { ...reread(question, kb, `Reading it as "${question}"`), previous, story };
  }
  return { ...reread(question, kb, `Reading it as "${question}"`), previous, onTopic: true };
}

/**
 * "And before him?", "after her?": the previous question with the pronoun's one, the person its
 * answer named (not one the question itself named), in the place of the name it had after that
 * same time word ("who led the council before Põder?" → "… before Šimkus?").
 */
/** "The job", "that post", "her role": a post named as such, which its holder had. */
const JOB_NAMED = /\b(?:the|that|this|her|his|their) (?:job|post|role|position|office|seat)\b/i;

/** "Had it", "held it": "it" is a post. */
const HOLDING = /\b(?:had|held|hold|has|have|got) it\b/i;

function beforeTheOneAnswered(
  asked: Understanding,
  previous: DialogueTurn,
  entities: readonly Entity[],
  kb: KnowledgeBase,
): { question: string } | undefined {
  const words = tokensOf(asked.question);
  // "Before her?", or "who was there before her?", "who had the job before him?": a question of
  // who held the post, with nothing of its own but the time word and the pronoun.
  // "Who had it before?" after "who runs it now?" says no one: the one it was before is the one
  // just answered as holding it now (after "who will chair it in 2026?", the one answered is
  // still to come, and "before" them is the chair as it stands).
  const implied =
    ANOTHER_TIME.has(words.at(-1) ?? "") &&
    !asked.references.person &&
    SAYS_CURRENTLY.test(previous.question);
  const [time, pronoun] = implied ? [words.at(-1), undefined] : words.slice(-2);
  const bare = words.length === 2 && !implied;
  const holderAsked =
    words.length > 2 &&
    asked.plan.kind === "who" &&
    asked.plan.mentions.length === 0 &&
    (asked.time === "past-holder" || asked.time === "successor") &&
    // ("Who had it before her?": "it" is the post, which the previous question named.)
    (!asked.references.thing || (asked.references.thing === "it" && HOLDING.test(asked.question))) &&
    asked.plan.terms.every((t) => t.word === time || t.weight < 1);
  if ((!bare && !holderAsked) || !ANOTHER_TIME.has(time!) || asked.references.person !== pronoun) {
    return undefined;
  }
  const askedAbout = new Set(previous.mentions.map((m) => m.entity));
  const answered = entities.find(
    (e) => e.kind === "person" && !askedAbout.has(e.id) && (!pronoun || agrees(kb, e.id, pronoun)),
  );
  if (!answered) return undefined;
  // "Who heads the SMSC?" had no time word: the same question, of the time before the one answered.
  // ("Who is Mensah-Boateng?" named her: "who had the job before her?" is about her own post.)
  if (holderAsked && !new RegExp(`\\b${time}\\b`, "iu").test(canonicalText(previous.question))) {
    if (previous.mentions.some((m) => kb.entity(m.entity)?.kind === "person")) return undefined;
    // (Of the holder before, not "now": "who is its director now?" → "who is its director before her?")
    const text = withoutEnd(previous.question).replace(CURRENTLY, "").replace(/\s+/g, " ").trim();
    return /^(?:who|which)\b/i.test(text) ? { question: `${text} ${time} ${answered.name}?` } : undefined;
  }
  // The name that stood after the same time word, in the previous question's own wording.
  // Names are remembered as read, without accents ("Põder" as "poder"): so is the question here.
  const text = canonicalText(previous.question);
  const at = text.search(new RegExp(`\\b${time}\\s+`, "iu"));
  if (at < 0) return undefined;
  const after = text.slice(at).toLowerCase();
  const was = previous.mentions.find((m) => after.includes(m.text.toLowerCase()));
  if (!was) return undefined;
  const question = replaceWord(text, was.text, answered.name);
  return question === text ? undefined : { question };
}

const CURRENTLY = /\b(?:now|currently|presently|today|at present|these days)\b/gi;
/** The same words for a test: without the global flag, so no `lastIndex` is carried between calls. */
const SAYS_CURRENTLY = new RegExp(CURRENTLY.source, "i");

/**
 * "And the other guy who was quoted?", "the other ministers that spoke?": others of the same kind. Its opener takes "but" and not "ok": other than `FOLLOW_UP_OPENER` as it was written, not for a
 * reason found; making it the same is a change of behaviour, not a tidy-up.
 */
const OTHER_WHO =
  /^(?:and |so |but |what about |how about )*(?:the )?others?(?: \p{L}+)? (?:who|that|which)\b/u;

const ANOTHER_TIME = new Set(["before", "after", "previously", "earlier", "later", "afterwards"]);

const THAT = new Set(["that", "this", "it"]);
/** "That meeting", "this time", "the same round": the occasion itself, not a day of it. */
const OCCASION = /^(?:that|this|the same) (?:meeting|visit|trip|session|time|round)$/;
const HAPPEN = new Set(["happen", "happened"]);
/** "How did the planters take it?", "how will Chile take the news?": a reaction asked for. */
const TOOK_IT =
  /\bhow (?:did|does|do|will|would|could) ((?:[\p{L}'-]+ ){1,4})(?:take|took|taken|react|respond)(?: to)? (?:it|that|this|the news)\b/u;
const THEM = new Set(["he", "she", "they"]);

/**
 * The previous question with a new question word: "why did Panama suspend imports?" asked again
 * as "when did Panama suspend imports?"; "who heads the MBFA?" as "since when Rodrigo Alfaro
 * Menjívar heads the MBFA", the answer taking the place of "who".
 */
function reasked(asked: Understanding, previous: DialogueTurn, kb: KnowledgeBase): Reading | undefined {
  const ask = askedAgainWith(asked, previous);
  if (!ask) return undefined;
  const raw = previous.question.replace(/[?!.\s]+$/, "").split(/\s+/);
  const words = tokensOf(previous.question);
  const start = raw.length - words.length;
  if (!WH_WORDS.has(words[0] ?? "")) return undefined;
  const auxAt = words.findIndex((w, i) => i > 0 && i <= 2 && AUXILIARIES.has(w));
  let rest: string[];
  const named = new Set(previous.mentions.map((m) => m.entity));
  const answer = previous.facts.length > 0 ? previous.entities.find((id) => !named.has(id)) : undefined;
  const name = answer ? kb.entity(answer)?.name : undefined;
  // "When?" after "who will take over the chair from Ninh Quang Thao?": "who" was the subject of
  // the verb after the auxiliary, so the one the answer gave stands there ("when will Sitthideth
  // take over …?"), not nobody ("when will take over …?").
  const whoDoes = words[0] === "who" && auxAt === 1 && isVerb(words[2] ?? "") && !STOPWORDS.has(words[2]!);
  if (auxAt > 0 && whoDoes && name) rest = [raw[start + auxAt]!, name, ...raw.slice(start + auxAt + 1)];
  else if (auxAt > 0) rest = raw.slice(start + auxAt);
  else {
    // "who heads the MBFA?": the one the answer gave is the subject.
    const subjectAt = words[0] === "who" ? 1 : words[0] === "which" ? 2 : -1;
    // "Why?" after "which country protested against Nawras 2026?": the verb told in the past or
    // the present takes its auxiliary back ("why did Eritrea protest …?"), as a member would ask
    // it and as the facts' reasons are verified, not "why Eritrea protested …?".
    const verb = words[subjectAt] ?? "";
    const base = subjectAt >= 0 && !STOPWORDS.has(verb) ? verbBase(verb) : undefined;
    const support =
      base && base !== verb ? (isPastVerb(verb) ? "did" : verb.endsWith("s") ? "does" : "") : "";
    if (subjectAt >= 0 && name && support) rest = [support, name, base!, ...raw.slice(start + subjectAt + 1)];
    else if (subjectAt >= 0 && name) rest = [name, ...raw.slice(start + subjectAt)];
    // "how much money goes into the fund?" asked "for which years?": what it said goes in.
    else if (words[0] === "how" && QUANTITY_WORDS.has(words[1] ?? "")) rest = raw.slice(start + 2);
    else return undefined;
  }
  if (rest.length === 0) return undefined;
  const so = whySo(asked);
  const question = `${ask} ${rest.join(" ")}${so ? ` ${so}` : ""}?`;
  return { ...reread(question, kb, `Reading it as "${question}"`), previous, onTopic: true, again: true };
}

/**
 * "And at the signing?", "what about in Vranje?": a new setting, all the follow-up says. It needs an
 * opener (`ANOTHER_SETTING`, read first, needs none) and never takes "ok": narrower than
 * `FOLLOW_UP_OPENER` as it was written, not for a reason found; the same is a change of behaviour.
 */
const NEW_SETTING =
  /^(?:and |so |what about |how about )+((?:at|in|during) (?:the )?\p{L}[\p{L}\p{N}' -]*)$/u;
const SETTING_PREPOSITIONS = new Set(["at", "in", "during"]);
/** What holds a question to one account: a setting, or a time set by a meeting ("after the Libreville talks"). */
const PINNING = new Set([...SETTING_PREPOSITIONS, "after", "before"]);
/** What a saying was about: "say *about* safe seas", "on mining". */
const SAID_ABOUT = new Set(["about", "on", "regarding"]);
/** Where a setting ends and what the question is about begins: "in Brussels *about* the plant". */
const TOPIC_PREPOSITIONS = new Set([
  "about",
  "on",
  "for",
  "over",
  "regarding",
  "concerning",
  "with",
  "to",
  "from",
]);

/**
 * "And at the signing?" after "what did Houmed say at the Djibouti City talks?": the previous
 * question with the new setting in the place of the one it named (the preposition and the words of
 * the place or meeting, up to what the question is about). Nothing when the previous question set
 * itself nowhere, or the new words name a person, a country or a thing rather than a setting.
 */
function atAnotherSetting(
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): string | undefined {
  const { references } = asked;
  if (references.person || references.group || references.thing || references.other) return undefined;
  const setting = NEW_SETTING.exec(saidWithoutEnd(asked.question))?.[1];
  if (!setting) return undefined;
  // ("And in October?", "and at first?": a time, which the meetings of the story answer.)
  if (asked.storyStep || asked.time) return undefined;
  const mentions = asked.plan.mentions;
  if (mentions.some((m) => !m.entityIds.some((id) => SETTING_KINDS.has(kb.entity(id)?.kind ?? "person")))) {
    return undefined;
  }
  // ("And in July?": a month the story has no meeting in is no setting of it.)
  const said = setting.split(" ");
  if (said.some((word) => CALENDAR_WORDS.has(word) || /\d/.test(word))) return undefined;
  if (mentions.length === 0 && !isNounOnly(said.at(-1)!)) return undefined;
  const words = wordsAt(canonicalText(previous.question));
  const span = settingSpan(words, namedSpans(words, previous.mentions, kb));
  if (!span) return undefined;
  const kept = words.map((w) => w.word);
  const question = [...kept.slice(0, span.from), setting, ...kept.slice(span.to)].join(" ");
  return `${question}?`;
}

/** A word of a question and where it stands in the text, so that the text can be cut there. */
interface Said {
  word: string;
  start: number;
  end: number;
}

/** A run of a question's words, `to` not included; a setting or another name. */
interface Span {
  from: number;
  to: number;
  /** Always set (false for another name): every span has one object layout. */
  setting: boolean;
}

/** The question's words as `tokensOf` reads them, each with its place in the text. */
function wordsAt(text: string): Said[] {
  const words: Said[] = [];
  for (const match of text.matchAll(/\S+/g)) {
    const lead = /^[^\p{L}\p{N}]*/u.exec(match[0])![0].length;
    const word = match[0].replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
    const start = match.index + lead;
    if (word) words.push({ word: canonicalText(word).toLowerCase(), start, end: start + word.length });
  }
  while (words.length > 0 && LEAD_INS.has(words[0]!.word)) words.shift();
  return words;
}

/** Where a name stands among the words, whole words only. */
function spanOf(words: readonly Said[], name: string): Span | undefined {
  const said = tokensOf(canonicalText(name));
  if (said.length === 0) return undefined;
  const at = words.findIndex((_, i) => said.every((w, j) => words[i + j]?.word === w));
  return at < 0 ? undefined : { from: at, to: at + said.length, setting: false };
}

/** The names a question had, where they stand, each a setting (a place, a meeting) or not. */
function namedSpans(words: readonly Said[], mentions: DialogueTurn["mentions"], kb: KnowledgeBase): Span[] {
  return mentions.flatMap((m) => {
    const span = spanOf(words, m.text);
    return span
      ? [{ from: span.from, to: span.to, setting: SETTING_KINDS.has(kb.entity(m.entity)?.kind ?? "person") }]
      : [];
  });
}

/**
 * Where a question sets itself: from the first "at", "in" or "during" after whatever else it named
 * ("with Asakawa *at the foreign ministry in Accra*") on through the last setting it named, then
 * to what it is about ("in Brussels *about* the plant") or its end. A setting it does not name ("say
 * *at the press conference*") only where the caller knows one may start. The one way the previous
 * question's setting is found: to put another in its place, to drop it, or to drop it for the later
 * account.
 */
function settingSpan(
  words: readonly Said[],
  named: readonly Span[],
  { prepositions = SETTING_PREPOSITIONS, at }: { prepositions?: ReadonlySet<string>; at?: number } = {},
): Span | undefined {
  // The last setting by where it stands in the question (a month's span is added after the names).
  const place = named
    .filter((span) => span.setting)
    .reduce<Span | undefined>(
      (last, span) => (last === undefined || span.from > last.from ? span : last),
      undefined,
    );
  const end = place?.from ?? (at === undefined ? -1 : at + 1);
  const after = Math.max(
    at ?? 0,
    ...named.filter((span) => !span.setting && span.to <= end).map((span) => span.to),
  );
  const from = words.findIndex((w, i) => i >= after && i < end && prepositions.has(w.word));
  if (from < 0) return undefined;
  let to = place?.to ?? from + 1;
  while (to < words.length && !TOPIC_PREPOSITIONS.has(words[to]!.word)) to++;
  return { from, to, setting: true };
}

const QUANTITY_WORDS = new Set(["much", "many"]);

const MAX_PEOPLE_TRIED = 3;

function resolve(
  asked: Understanding,
  previous: DialogueTurn | undefined,
  kb: KnowledgeBase,
  personIndex: number,
  /** "And what did Bulgaria say?" may be read as said of what was just discussed. */
  saidOfTopic = true,
  /** "Who had the job before her?" may be the previous question of the time before her. */
  beforeAnswered = true,
): Reading {
  const { plan, references } = asked;
  const standalone: Reading = { ...READ, understanding: asked, exclude: NOTHING };
  const named = plan.mentions.length > 0;
  // What the question asks about, beyond its question words: "since when?" and "which city?"
  // name nothing, they ask something more about what came before.
  const substantive = plan.terms.some(
    (term) => term.weight >= 1 && term.kinds.length === 0 && !QUESTION_TIME_WORDS.has(term.word),
  );
  if (!previous) {
    if (references.person && !named) return { kind: "needs-context", word: references.person };
    if (references.thing && !named && !substantive && asked.intent === "fact") {
      return { kind: "needs-context", word: references.thing };
    }
    if (references.other) return { kind: "needs-context", word: "the other one" };
    return standalone;
  }
  const exclude = references.more ? new Set(previous.facts) : NOTHING;
  const entities = previous.entities.map((id) => kb.entity(id)).filter((e): e is Entity => !!e);
  const event = previous.event ? kb.event(previous.event) : undefined;

  // "and the other one?": the previous question, about the entity it did not name (one of the
  // turn's own, or the other participant of its meeting).
  if (references.other) {
    // "And the other one?" after "who handed the chair to Mauritania's minister?": the one on the
    // other side of what the answer told, not another of the names the question had.
    const otherParty = otherPartyAnswered(previous, kb);
    if (otherParty) {
      return reread(`who is ${otherParty.name}?`, kb, `Taking "the other one" as ${otherParty.name}`);
    }
    const [was] = previous.mentions;
    const wasEntity = was ? kb.entity(was.entity) : undefined;
    const alreadyNamed = new Set(previous.mentions.map((m) => m.entity));
    // After "who is Asakawa?" (a profile, no meeting of its own): the meeting he took part in.
    const meeting = event ?? (wasEntity ? latestEventWith(wasEntity.id, kb) : undefined);
    const participants = meeting ? meeting.participants.map((p) => kb.entity(p.entity)) : [];
    const other = [...entities, ...participants].find(
      (e): e is Entity => !!e && !alreadyNamed.has(e.id) && (!wasEntity || e.kind === wasEntity.kind),
    );
    if (!was || !other) return { kind: "needs-context", word: "the other one" };
    return reread(
      replaceWord(previous.question, was.text, other.name),
      kb,
      `Taking "the other one" as ${other.name}`,
    );
  }
  // "And at the Kribi board meeting?" after "what did Vandaele say at the Brussels signing?": the
  // same question, set there instead.
  const resettled = references.ellipsis ? atAnotherSetting(asked, previous, kb) : undefined;
  if (resettled) return { ...reread(resettled, kb, `Reading it as "${resettled}"`), previous };
  // "and Sarybay?", "what about Chile?": the previous question about the newly named one.
  // "and Ghana and Japan?" after a question about Mongolia and Chile: each newly named one takes
  // the place of one named before, of its kind, in order.
  // "And tarsa?": a name known only in full ("Tarsa Faso"), by its first words, if they are no
  // other's.
  // (Its words are known words of the store, so they count as words asked about.)
  const short = references.ellipsis && !named ? shortFormNamed(asked, previous, kb) : undefined;
  const newcomers = short ? [short] : plan.mentions.flatMap((m) => kb.entity(m.entityIds[0]!) ?? []);
  const ownVerb = references.ellipsis ? verbOfItsOwn(asked, previous) : undefined;
  const heardVerb = ownVerb ? verbAsked(previous) : undefined;
  if (references.ellipsis && (short || (named && !substantive)) && previous.mentions.length > 0) {
    // "And Niger?" after a question about Mali and Chad: which of the two it stands for is a guess.
    const [only] = newcomers;
    const ofItsKind = previous.mentions.filter(
      (m, i, all) =>
        kb.entity(m.entity)?.kind === only?.kind && all.findIndex((n) => n.entity === m.entity) === i,
    );
    const twoWays =
      newcomers.length === 1 &&
      !!only &&
      ofItsKind.length === 2 &&
      !ofItsKind.some((m) => m.entity === only.id);
    // "And Ganbold?" after "where did Battsetseg and Iturra meet?": the one of his own country.
    const compatriots = twoWays ? ofItsKind.filter((m) => sameCountry(only!.id, m.entity, kb)) : [];
    const taking = compatriots.length === 1 ? previous.mentions.indexOf(compatriots[0]!) : -1;
    if (twoWays && only && taking < 0) {
      const [a, b] = ofItsKind.map((m) => kb.entity(m.entity)!.name);
      const choices = ofItsKind.map((m) => replaceWord(previous.question, m.text, only.name));
      return {
        kind: "ask",
        question: `Which one should ${only.name} take the place of: ${a} or ${b}?`,
        choices,
        among: ofItsKind.map((m) => m.entity),
      };
    }
    let rewritten = previous.question;
    const replaced = new Set<number>();
    const placed = new Set<string>();
    for (const now of newcomers) {
      const sameKind =
        taking >= 0
          ? taking
          : previous.mentions.findIndex((m, i) => !replaced.has(i) && kb.entity(m.entity)?.kind === now.kind);
      // A person does not take the place of a body or a country, nor they of a person: "and the
      // president of Azerbaijan?" after "who is the secretary general of CICA?" asks who he is,
      // not who is his secretary general.
      const first = previous.mentions[0];
      const alike = first && (kb.entity(first.entity)?.kind === "person") === (now.kind === "person");
      const at = sameKind >= 0 ? sameKind : replaced.size === 0 && alike ? 0 : -1;
      const was = previous.mentions[at];
      if (!was || was.entity === now.id) continue;
      replaced.add(at);
      const before = rewritten;
      rewritten = replaceWord(rewritten, was.text, now.name);
      // (A place is named by a meeting held there as well as by a fact's own names.)
      if (rewritten !== before && now.kind !== "place" && now.kind !== "event") placed.add(now.id);
    }
    // ("And what did Bahrain want?" after "what did Saudi Arabia offer on customs?": what Bahrain
    // wanted on customs, the follow-up's verb in the place of the previous question's.)
    if (ownVerb && heardVerb) rewritten = replaceWord(rewritten, heardVerb, ownVerb);
    // (The answer is of the one named in its place: "and how many in Guatemala?" after the traps
    // planned on the Mexican side is not answered by the corridor's total, which names neither.)
    if (rewritten !== previous.question)
      return {
        ...reread(rewritten, kb, `Reading it as "${rewritten}"`),
        ...(placed.size > 0 ? { naming: placed } : {}),
      };
  }
  // "And what did Bulgaria say?" after "what did North Macedonia ask for at Ruen peak?": what
  // Bulgaria said of that, before anything else Bulgaria said.
  const things = saidOfTopic && references.ellipsis && named ? repliedOn(asked, previous, kb) : [];
  if (things.length > 0) {
    const own = canonicalText(asked.question)
      .replace(new RegExp(`^${FOLLOW_UP_OPENER}+`, "i"), "")
      .replace(/[?!.\s]+$/, "");
    const rewritten = `${own} about ${listInWords(things.map((e) => e.name))}?`;
    return {
      ...reread(rewritten, kb, `Reading it as "${rewritten}"`),
      exclude,
      previous,
      on: new Set(things.map((e) => e.id)),
    };
  }
  // "And the two countries?" after "how much will Switzerland pay?": the same question, of the
  // other countries of that answer together, in the place of the one it named.
  const others =
    references.ellipsis && !named ? OTHERS_OF_KIND.exec(canonicalText(asked.question).toLowerCase()) : null;
  if (others) {
    const kinds = KIND_NOUNS_PLURAL[others[2]!]!;
    const kindOf = (id: string) => kb.entity(id)?.kind;
    const was = previous.mentions.find((m) => kinds.some((kind) => kind === kindOf(m.entity)));
    const alreadyNamed = new Set(previous.mentions.map((m) => m.entity));
    const rest = entities.filter((e) => kinds.includes(e.kind) && !alreadyNamed.has(e.id));
    // "Both" and "the two" are two of them; "the countries" all the others.
    const count = /^(?:both|the two)/.test(others[1]!) ? 2 : rest.length;
    if (was && rest.length >= 2 && rest.length >= count) {
      const names = rest.slice(0, count).map((e) => e.name);
      const together = listInWords(names);
      const rewritten = replaceWord(previous.question, was.text, together);
      if (rewritten !== previous.question) return reread(rewritten, kb, `Reading it as "${rewritten}"`);
    }
  }
  // "And before him?" after "who led the council before Põder?": the same question, of the time
  // before the one the answer named, not a question about him.
  const beforeThem =
    beforeAnswered && previous.mentions.length > 0
      ? beforeTheOneAnswered(asked, previous, entities, kb)
      : undefined;
  if (beforeThem) return reread(beforeThem.question, kb, `Reading it as "${beforeThem.question}"`);
  // "And the other minister who was quoted?" after "what did Kalniņa say?": the others of her
  // meeting who were quoted, not everyone quoted anywhere, nor her again.
  if (event && !named && OTHER_WHO.test(canonicalText(asked.question).toLowerCase())) {
    const askedAbout = previous.mentions.filter((m) => kb.entity(m.entity)?.kind === "person");
    if (askedAbout.length > 0) {
      const names = askedAbout.map((m) => kb.entity(m.entity)!.name).join(" and ");
      return {
        ...standalone,
        exclude: new Set(previous.facts),
        reading: `Taking it as the others at ${event.title}, not ${names}`,
        previous,
        within: { event: event.id, without: new Set(askedAbout.map((m) => m.entity)) },
      };
    }
  }
  // "And the president?" after "when did the Chilean minister meet Battsetseg?": the same question
  // with the role in the place of the last person it named.
  const role = references.ellipsis && !named ? roleAsked(asked) : undefined;
  if (role) {
    const person = previous.mentions.filter((m) => kb.entity(m.entity)?.kind === "person").at(-1);
    const text = canonicalText(previous.question);
    const rewritten = person ? replaceWord(text, person.text, role) : text;
    if (rewritten !== text) return { ...reread(rewritten, kb, `Reading it as "${rewritten}"`), exclude };
  }
  // "What else?", "anything more?": the previous question again, without what was shown.
  if (references.more && !named && !substantive && !references.person && !references.group) {
    // "Who else was there?": the others at the meeting just discussed; "there" is no thing.
    if (event && references.thing === "there" && plan.kind === "who" && !plan.future) {
      return readAsEvent(asked, references.thing, event, exclude, kb);
    }
    // "What else does it do?", "anything else about it?": more of what is known about the thing,
    // as "what else did he say?" is more about him; not only more answers to the last question.
    const thing = references.thing ? likeliestThing(entities, previous) : undefined;
    if (thing) {
      return {
        ...reread(
          `tell me about ${thing.name}`,
          kb,
          `Taking "${references.thing}" as ${thing.name}, leaving out what I already said`,
        ),
        exclude,
      };
    }
    return {
      ...reread(
        previous.question,
        kb,
        `Reading it as "${previous.question}", leaving out what I already said`,
      ),
      exclude,
    };
  }

  // "How many delegates?" after "where was the first board meeting?": the people at the meeting
  // the answer spoke of, not at whichever meeting the store counts.
  const headcount = !named && !plan.future ? HEADCOUNT.exec(saidWithoutEnd(asked.question)) : null;
  const counted = headcount ? meetingSpokenOf(previous, entities) : undefined;
  if (headcount && counted) {
    const rewritten = `how many ${headcount[1] === "ppl" ? "people" : headcount[1]} were at the ${counted.name}?`;
    // Only a fact that names that meeting counts its people: another story's meeting with the
    // same words in its title ("first board meeting") is not it.
    return {
      ...reread(rewritten, kb, `Reading it as "${rewritten}"`),
      exclude,
      previous,
      on: new Set([counted.id]),
    };
  }
  // "until when?", "how often?", "which ones?": only a question word, so it asks about what the
  // previous question asked about.
  const bare =
    !named &&
    !substantive &&
    !plan.unknown.some((u) => u.nameLike) &&
    !references.person &&
    !references.group &&
    !references.thing &&
    asked.intent === "fact" &&
    plan.kind !== "other" &&
    plan.kind !== "yesno" &&
    // "Which country is that in?", "why that name?": "that" points at something the answer told,
    // not at the whole previous question, which glued behind it asks nothing.
    !tokensOf(asked.question).some((w) => w === "that" || w === "this");
  if (bare) {
    // "Why not?" after "did Tanzania agree to scrap the fee in March?", answered by Tanzania's
    // refusal: why it refused the act asked, whatever else the previous question said.
    const refused = plan.kind === "why" ? whyTheyRefused(asked, previous, kb) : undefined;
    if (refused) return { ...reread(refused, kb, `Reading it as "${refused}"`), previous, onTopic: true };
    const merged = `${asked.question.replace(/[?!.\s]+$/, "")}: ${previous.question}`;
    return { ...reread(merged, kb, `Reading it as "${merged}"`), exclude, onTopic: true };
  }

  // "How did the mayor take it?" after "why did the commission say no to the cycle lane?": "it" is
  // the news just discussed, which no name of the turn stands for (not the commission that gave it):
  // the question is of the one who took it, among the facts about what was being discussed.
  const tookIt =
    references.thing && !named ? TOOK_IT.exec(canonicalText(asked.question).toLowerCase()) : null;
  if (tookIt) {
    // "The mayor": the one person of what was just told whom that post describes, by name.
    const who = tookIt[1]!.trim();
    const post = who.replace(/^the /, "");
    const described = /^\p{L}+$/u.test(post)
      ? entities.filter(
          (e) => e.kind === "person" && new RegExp(String.raw`\b${post}\b`, "iu").test(e.description),
        )
      : [];
    const reaction = `what did ${described.length === 1 ? described[0]!.name : who} say?`;
    // (A reaction is told with what it answers: of the meeting just told, when there is one.)
    return {
      ...reread(reaction, kb, `Reading it as "${reaction}"`),
      exclude,
      onTopic: true,
      previous,
      ...(event ? { within: { event: event.id, without: NOTHING } } : {}),
    };
  }

  // "What will they do there?" after "where will the next consultations be held?": the meeting to
  // come that the answer named (the reported one is past), or else its place; "they" are whoever
  // meets there.
  // (Only after a question about what is to come or where: "when does hunting have to stop
  // there?" after "why did Serbia refuse a ban?" is about where the ban was refused.)
  if (references.thing === "there" && plan.future && !named && aheadOrWhere(previous, kb)) {
    // Not the series the question asked about ("the next consultations"): the one its answer named.
    const askedAbout = new Set(previous.mentions.map((m) => m.entity));
    const answered = entities.filter((e) => !askedAbout.has(e.id));
    const venue =
      answered.find((e) => e.kind === "event" && e.id !== previous.event) ??
      answered.find((e) => e.kind === "place");
    if (venue) {
      const at = `${venue.kind === "event" ? "at" : "in"} ${venue.name}`;
      return {
        ...reread(replaceWord(asked.question, "there", at), kb, `Taking "there" as ${venue.name}`),
        exclude,
      };
    }
  }
  let question = asked.question;
  const readings: string[] = [];
  let choseAmongPeople = false;
  let together = false;
  let about: string | undefined;
  let saidAtReason: string | undefined;
  const namedPeople = new Set(
    plan.mentions.filter((m) => isKind(kb, m.entityIds, "person")).flatMap((m) => m.entityIds),
  );
  // "How did Aliyev respond to him?": "him" is someone else than the one the question names; so
  // is "she" ahead of the one named ("where did she host the Chilean minister?"), unlike "he"
  // after it ("what did Aliyev say when he met Sarybay?"), and "she" after a man ("did Ozoliņš
  // agree to what she proposed?").
  if (
    references.person &&
    (namedPeople.size === 0 ||
      isObject(plan.words, references.person) ||
      aheadOfNamedPeople(plan, references.person, namedPeople) ||
      [...namedPeople].every((id) => !agrees(kb, id, references.person!)))
  ) {
    // "She" is none of the men, "he" none of the women (as the store's text shows them).
    const agreeing = entities.filter(
      (e) => e.kind === "person" && !namedPeople.has(e.id) && agrees(kb, e.id, references.person!),
    );
    // "And what job did he get?" after "who replaced him?": what became of the one who left is
    // asked of him, not of the successor the answer named.
    const leaver =
      personIndex === 0 && asksWhatBecameOf(asked.question) ? replacedAsked(previous, kb) : undefined;
    const ofKind = personIndex === 0 ? personOfKindAsked(previous, references.person, kb) : undefined;
    // "What did she say?" after "who is the spokeswoman of the ministry?": the one asked for is a
    // woman, so a person the store's text shows is one comes before one whose gender it does not show.
    const woman = personIndex === 0 ? womanAskedFor(previous, references.person, agreeing, kb) : undefined;
    const person =
      agreeing.find((e) => e.id === leaver) ??
      agreeing.find((e) => e.id === ofKind) ??
      woman ??
      agreeing[personIndex] ??
      (agreeing.length === 0 ? tookThePart(previous, references.person, kb) : undefined);
    if (!person) return { kind: "needs-context", word: references.person };
    choseAmongPeople = true;
    // "His country", "her ministry" are about what the person belongs to, not the person; "who
    // replaced her?", "before her" are about her.
    const owning = references.person === "her" ? herOwns(plan.words) : POSSESSIVES.has(references.person);
    if (!owning) about = person.id;
    // "Why did her country offer to mediate?": the country her post ties her to does it; a fact
    // names the country acting ("Uruguay offered …"), not "Lucía Ferraro's country".
    const owned = owning ? plan.words[plan.words.indexOf(references.person) + 1] : undefined;
    const country = owned && KIND_WORDS.country?.includes(owned) ? countryServedBy(person, kb) : undefined;
    if (country && owned) {
      question = replaceWord(question, `${references.person} ${owned}`, country.name);
      readings.push(`"${references.person} ${owned}" as ${country.name}`);
    } else {
      question = replaceWord(question, references.person, owning ? `${person.name}'s` : person.name);
      readings.push(`"${references.person}" as ${person.name}`);
    }
  }
  // "Who were they between?" after "which outlet reported the Mongolia–Chile talks?": "were they"
  // is the talks, not their people.
  const meeting = references.group === "they" && !named ? meetingPhrase(asked, previous) : undefined;
  if (meeting && event && ["when", "where", "who"].includes(plan.kind) && !plan.future) {
    // "Where were they held?": the meeting the previous answer came from, as "where was it?" is.
    return readAsEvent(asked, "they", event, exclude, kb);
  }
  // "Who pays for them?" after "how many sterlet will Croatia release each year?": "them" after a
  // verb or a preposition is what was counted, not the country that counts them.
  const countedThings =
    !meeting && references.group === "them" && !named ? countedAsked(asked, previous, kb) : undefined;
  if (meeting) {
    question = replaceWord(question, "they", meeting);
    readings.push(`"they" as ${meeting}`);
  } else if (countedThings) {
    question = replaceWord(question, "them", countedThings);
    readings.push(`"them" as ${countedThings}`);
  } else if (references.group && !named) {
    // "And when do they go now?" after a question about "the first exchange students": those.
    const askedOf = references.group === "both" ? undefined : peopleAskedOf(previous, kb);
    // "How long were they held?" after "when did Venezuela free the crew?": a passive "they" is
    // what was acted on, not the one that acted.
    const actedUpon =
      !askedOf && sufferedBy(plan.words, references.group) ? thingAsked(previous, kb) : undefined;
    const undergone = actedUpon ? (actedUpon.entity?.name ?? actedUpon.phrase) : undefined;
    // "Did they ever sign up?" after "which college refused to join?": the one the answer named.
    const answered = references.group === "both" || undergone ? [] : agentsAnswered(previous, kb);
    const people = askedOf
      ? [askedOf]
      : undergone
        ? [undergone]
        : answered.length > 0
          ? answered.map((e) => e.name)
          : groupOf(previous, entities, kb, theyDo(plan.words, references.group));
    // (Those the previous question named together: they may be kept to its meeting, below.)
    together = !askedOf && answered.length === 0 && namedAgents(previous, kb).length >= 2;
    if (people.length >= 1) {
      const names = listInWords(people);
      question = replaceWord(question, references.group, possessiveIf(references.group, names));
      readings.push(`"${references.group}" as ${names}`);
    }
  }
  // "Who joined this time?", "what did Singapore offer at that meeting?": the question, of the
  // meeting just discussed and nothing else ("time" is not a word of what is asked).
  if (event && references.thing && OCCASION.test(references.thing) && (named || substantive)) {
    const rest = replaceWord(question, references.thing, "").replace(/\s+/g, " ");
    readings.push(`"${references.thing}" as ${event.title}`);
    return {
      ...reread(rest, kb, `Taking ${readings.join(", ")}`),
      exclude,
      within: { event: event.id, without: NOTHING },
    };
  }
  // "Why did it go up?" after "how much does the Osogovo park cost now?": the figure asked moved,
  // not the park.
  // "Who covered it in the end?" after "how big was the Prespa funding gap?": a sum is covered by
  // the one who pays it, not by the outlet that reported it.
  const sum =
    references.thing === "it" && !named && asked.intent === "source" && /\bcover(?:ed|s)?\b/.test(question)
      ? sumAsked(previous, kb)
      : undefined;
  if (sum) {
    question = replaceWord(replaceWord(question, "it", sum), "covered", "paid for");
    return { ...reread(question, kb, `Taking "it" as ${sum}`), exclude, previous };
  }
  const moves =
    references.thing === "it" &&
    !named &&
    (movesAFigure(tokensOf(asked.question)) || PAID_OFF.test(canonicalText(asked.question).toLowerCase()));
  const figure = moves ? figureAsked(previous) : "";
  if (figure) {
    question = replaceWord(question, "it", figure);
    return { ...reread(question, kb, `Taking "it" as ${figure}`), exclude, previous };
  }
  if (references.thing && !named && readings.length === 0) {
    // "When was that?", "where was it?", "who was there?": the previous turn's event.
    // "When was that?" after background facts (no date of their own) is not the meeting's day.
    const dated = previous.facts.some((id) => kb.fact(id)?.fact.date);
    // "When will it happen?" is about something to come, not the meeting that was reported.
    // ("Where is it going now?" asks where a thing stands now: a meeting held is where it was.)
    const asksAboutEvent =
      ["when", "where", "who"].includes(plan.kind) &&
      !plan.future &&
      !substantive &&
      !plan.words.includes("now") &&
      !actedOn(plan.words, references.thing) &&
      (plan.kind !== "when" || dated || previous.facts.length === 0);
    // "Where is it?" after "which park did Tanzania want to add?": the park the answer gave, not
    // the meeting the answer's report came from nor the swap the question named. (A when- or
    // how-question is left as before: "when will it open?" after "which company builds the
    // bridge?" is still the bridge.)
    const whichAnswered =
      references.thing === "it" && plan.kind !== "when" && plan.kind !== "how"
        ? thingAnsweredToWhich(previous, kb)
        : undefined;
    if (whichAnswered) {
      question = replaceWord(question, "it", whichAnswered.name);
      return { ...reread(question, kb, `Taking "it" as ${whichAnswered.name}`), exclude, previous };
    }
    // "What else happened that day?": another meeting of the same day, if there was one.
    if (event && /\bday\b/.test(references.thing) && references.more) {
      const sameDay = kb.eventsByDate(false).find((e) => e.date === event.date && e.id !== event.id);
      if (sameDay) {
        return {
          ...READ,
          understanding: understandingOf({ ...asked, intent: "overview" }),
          reading: `Taking "${references.thing}" as ${formatDate(event.date)}`,
          exclude,
          event: sameDay.id,
        };
      }
    }
    // "Who leads that country?" after "which country hosts COP29?": the turn's country, the
    // answer's before the question's.
    const kinds = references.thingKinds;
    if (kinds) {
      const ofKind = entities.find((e) => kinds.includes(e.kind));
      if (!ofKind) return { ...standalone, exclude };
      question = replaceWord(question, references.thing, ofKind.name);
      return { ...reread(question, kb, `Taking "${references.thing}" as ${ofKind.name}`), exclude };
    }
    // "Where did it happen?" after "tell me about the Orchid Star spill": the happening the
    // question named, not the meeting whose report the answer's first fact came from.
    const [only] = previous.mentions.length === 1 ? previous.mentions : [];
    const namedHappening = only ? kb.entity(only.entity) : undefined;
    if (
      asksAboutEvent &&
      namedHappening?.kind === "event" &&
      namedHappening.id !== event?.id &&
      !kb.event(namedHappening.id)
    ) {
      question = replaceWord(question, references.thing, namedHappening.name);
      return { ...reread(question, kb, `Taking "${references.thing}" as ${namedHappening.name}`), exclude };
    }
    // "Who chaired it?" after "where were the first scholars chosen?", answered with a meeting in
    // Phuentsholing: the story's other meeting held there, chaired, hosted or attended.
    const heldThere =
      event && MEETING_DONE_TO.test(plan.words.join(" "))
        ? meetingAtAnswered(previous, event, entities, kb)
        : undefined;
    // (After "where did the commission meet?", the meeting answered is the turn's own: as before,
    // unless a person is asked: "who chaired it?" after "where were the first scholars chosen?"
    // answered by the Phuentsholing meeting's own fact asks who chaired that meeting.)
    if (heldThere && (heldThere.id !== event?.id || plan.kind === "who"))
      return readAsEvent(asked, references.thing, heldThere, exclude, kb);
    // "And who chaired it?" after "who hosted the jaguar corridor commission meeting in San
    // Ignacio?": what is chaired, hosted or attended is the body's meeting the previous question
    // named, not the commission whose name stands before the meeting noun.
    if (event && plan.kind === "who" && !heldThere && MEETING_DONE_TO.test(plan.words.join(" "))) {
      if (bodysMeetingAsked(previous, kb)) return readAsEvent(asked, references.thing, event, exclude, kb);
    }
    // "Who chaired it?" after "where did the strait committee meet in October?" went unanswered:
    // no meeting was answered, but the question named one by the body and the verb; "it" is that
    // meeting, not the body.
    const met = !event && plan.kind === "who" && MEETING_DONE_TO.test(plan.words.join(" "));
    const meetingNamed = met ? meetingOfBodyAsked(previous, kb) : undefined;
    if (meetingNamed) {
      question = replaceWord(question, references.thing, meetingNamed);
      return { ...reread(question, kb, `Taking "${references.thing}" as ${meetingNamed}`), exclude };
    }
    // "Which outlet reported it?": the meeting's report, whatever thing the answer named.
    if (event && (asksAboutEvent || asked.intent === "overview" || asked.intent === "source")) {
      return readAsEvent(asked, references.thing, event, exclude, kb);
    }
    // "How many will it readmit?" after "how many plants did Panama suspend?": "it" doing
    // something is the one that did something before, the previous question's subject.
    const actor = asSubject(asked, references.thing) ? subjectOf(previous, kb) : undefined;
    // "When was that?" after "the Paraguayan delegation walked out of the March meeting": the
    // happening the answer spoke of, not the body that met; a body has no day of its own.
    // ("There" is a place, never a happening: "when does hunting have to stop there?")
    const happening =
      !actor &&
      references.thing !== "there" &&
      (plan.kind === "when" || plan.kind === "where") &&
      !plan.future &&
      !actedOn(plan.words, references.thing)
        ? entities.find((e) => e.kind === "event")
        : undefined;
    // "When was that?" with no verb of its own asks when the act just told of was, not when a body
    // or a toll "was": without a happening, it is the previous question asked again with "when".
    const bare = !happening && !actor && !substantive && (plan.kind === "when" || plan.kind === "where");
    // "Is it still only an observer?": what can be one of those is a country or a body, not the
    // signing it watched.
    const agents =
      !actor && isOneOfThem(plan.words, references.thing)
        ? entities.filter((e) => AGENT_KINDS.has(e.kind))
        : [];
    const among = actor ? [actor] : agents.length > 0 ? agents : entities;
    // "Who's the mayor there?" after "where was it signed?": the place the answer gave.
    const answeredPlace = references.thing === "there" ? placeAnswered(previous, entities, kb) : undefined;
    // "Who runs it?" after "when did the Nasib-Jaber cold storage depot open?": the depot asked about.
    const namedThing =
      references.thing === "it" && !actor && !happening && !bare ? namedAsked(previous, kb) : undefined;
    // "Who runs it?" after "who will recruit the seasonal workers?", "who joined the dengue trial?":
    // the body the answer named, whose people are asked for; but after "who led the locust survey?",
    // "what did it find?" is still the survey, the answer's body beside it.
    const answeredBody =
      references.thing === "it" &&
      !actor &&
      !happening &&
      !bare &&
      (plan.kind === "who" || holderOfRoleAsked(tokensOf(previous.question)))
        ? bodyAnswered(previous, kb)
        : undefined;
    const thing = bare
      ? undefined
      : // ("How much will it cost?" after "how big is the Nasib–Jaber depot?": the depot the
        // question was of stands for "it" doing something, even a thing the store files as a place.)
        (answeredPlace ??
        happening ??
        answeredBody ??
        namedThing ??
        likeliestThing(among, previous) ??
        actor);
    // "When will they talk about it again?" after "what's the retrofit dispute between Grenada and
    // Dominica?": the dispute, in the question's words, not the code its answer named.
    // ("When does Hendra expect it to sign?": "it" that does something is a party, no phrase.)
    const doing = plan.words.some((w, i) => w === "it" && plan.words[i + 1] === "to");
    const phrase =
      references.thing === "it" && !actor && !happening && !doing && !answeredBody
        ? unnamedAsked(thing, previous, kb)
        : undefined;
    if (phrase) {
      question = replaceWord(question, "it", phrase);
      readings.push(`"it" as ${phrase}`);
    } else if (thing) {
      // ("There" is "in Kriva Palanka": the place keeps its preposition.)
      const put =
        references.thing === "there" && thing.kind === "place"
          ? `in ${thing.name}`
          : possessiveIf(references.thing, thing.name);
      question = replaceWord(question, references.thing, put);
      readings.push(`"${references.thing}" as ${thing.name}`);
    }
  } else if (
    references.thing === "it" &&
    !references.thingKinds &&
    plan.mentions.every((m) => isKind(kb, m.entityIds, "person")) &&
    !((references.group || named) && askedWhatWasDone(previous))
  ) {
    // "What did Sarybay say about it?", "what are his plans for it?": the thing beside a person.
    // (After "what did Djibouti refuse?", "what did Houmed say about it?": "it" is what was
    // refused, which no name of the turn stands for, not the meeting it was refused at.)
    const own = new Set(plan.mentions.flatMap((m) => m.entityIds));
    const thing = likeliestThing(
      entities.filter((e) => !own.has(e.id)),
      previous,
    );
    const doing = plan.words.some((w, i) => w === "it" && plan.words[i + 1] === "to");
    const phrase = doing ? undefined : unnamedAsked(thing, previous, kb);
    if (phrase) {
      question = replaceWord(question, "it", phrase);
      readings.push(`"it" as ${phrase}`);
    } else if (thing) {
      question = replaceWord(question, references.thing, possessiveIf(references.thing, thing.name));
      readings.push(`"${references.thing}" as ${thing.name}`);
    }
    // "What did Kratochvíl say about it?" right after "why was the bridge opening pushed back?",
    // answered by the reason: his words about that reason are his words at the meeting that told it,
    // not whatever else he said about the bridge at another one.
    saidAtReason = saidOfReasonTold(asked, previous, kb);
  }
  // "What happened?", "who attended?" right after a question about one meeting are about that
  // meeting, not the latest one. ("the latest meeting" names its own.)
  const ofMeeting = asked.intent === "overview" || asked.intent === "attendance";
  if (ofMeeting && !asked.order && !named && event && readings.length === 0) {
    // "And the second one?": another meeting of the story being discussed; none when it has no such.
    const meant = asked.storyStep ? stepAlong(event, asked.storyStep, kb) : event;
    return {
      ...READ,
      understanding: asked,
      exclude,
      event: (meant ?? event).id,
      ...(meant ? { reading: `Taking it as ${meant.title}` } : { noSuchStep: true as const }),
    };
  }
  // "How long's the trip?" right after a question about the Vilnius–Riga train names nothing of
  // its own: it is about what was being discussed, not whatever else has a trip.
  const namesNothing = !named && !plan.unknown.some((u) => u.nameLike) && mayReferBack(asked.question, plan);
  if (readings.length === 0)
    return { ...standalone, exclude, ...(namesNothing ? { onTopic: true, previous } : {}) };
  // "What couldn't they agree on?" after "what did Bulgaria and North Macedonia discuss in
  // Kyustendil?": still in Kyustendil, not at the story's later meeting.
  // (Not "who replaced him?": a person's later posts are no business of that meeting.)
  const kept = together ? settingKept(asked, previous, kb) : undefined;
  if (kept) readings.push(`at ${kept.title}`);
  const within = kept?.id ?? saidAtReason;
  const rewritten = reread(question, kb, `Taking ${readings.join(", ")}`);
  // "How long is it?" taken as "the first work" of what was being discussed: a phrase that names
  // nothing of the store is still that story's, not any other story's first work.
  const unnamedIn =
    rewritten.understanding.plan.mentions.length === 0 && event ? storyMeetings(event, kb) : undefined;
  return {
    ...rewritten,
    exclude,
    choseAmongPeople,
    ...(about ? { about } : {}),
    ...(within ? { within: { event: within, without: NOTHING } } : {}),
    // (What was counted is counted in what was being discussed: Barbuda's sirens, not another's.)
    ...(countedThings ? { onTopic: true, previous } : {}),
    ...(unnamedIn ? { story: new Set(unnamedIn.map((meeting) => meeting.id)) } : {}),
  };
}

/** A question that sets its own time: "later", "now", "in the end", "in June", "next". */
const OWN_TIME = new RegExp(
  String.raw`\b(?:${[...ANOTHER_TIME, ...MONTHS.map((m) => m.toLowerCase())].join("|")}|still|again|ever|eventually|next|last|then|since|until|yet|anymore|any more|\d{4})\b`,
);

/**
 * The meeting a follow-up about the people just named stays at: the previous question's own
 * setting ("in Kyustendil", "at the Freetown talks"), when its answer came from that meeting and
 * the follow-up sets no place, meeting or time of its own. The people of a story meet more than
 * once; "what couldn't they agree on?" asks of the meeting just discussed.
 */
function settingKept(asked: Understanding, previous: DialogueTurn, kb: KnowledgeBase): Event | undefined {
  const event = previous.event ? kb.event(previous.event) : undefined;
  if (!event || previous.facts.length === 0 || asked.plan.future || asked.time || asked.intent !== "fact")
    return undefined;
  if (previous.facts.some((id) => kb.fact(id)?.fact.event !== event.id)) return undefined;
  if (OWN_TIME.test(tokensOf(asked.question).join(" "))) return undefined;
  if (asked.plan.mentions.some((m) => SETTING_KINDS.has(kb.entity(m.entityIds[0]!)?.kind ?? "person")))
    return undefined;
  const words = wordsAt(canonicalText(previous.question));
  const named = namedSpans(words, previous.mentions, kb);
  const setting = settingSpan(words, named);
  if (!setting) return undefined;
  // The setting names this meeting, or the place it was held in.
  const set = previous.mentions.filter((m) => {
    const span = spanOf(words, m.text);
    return !!span && span.from >= setting.from && span.to <= setting.to;
  });
  const where = canonicalText(`${event.title} ${event.place ?? ""}`).toLowerCase();
  const ofMeeting = set.some((m) => {
    const name = kb.entity(m.entity)?.name;
    return (
      (!!name && where.includes(canonicalText(name).toLowerCase())) ||
      // A meeting the store also has as an entity ("the thimphu talks"), named by the meeting's facts.
      (kb.entity(m.entity)?.kind === "event" &&
        [...kb.factsOfEventVisible(event.id)].some((indexed) => indexed.fact.entities.includes(m.entity)))
    );
  });
  return ofMeeting ? event : undefined;
}

/** The meeting of `from`'s story that the step names: undefined when the story has none such. */
function stepAlong(from: Event, step: StoryStep, kb: KnowledgeBase): Event | undefined {
  const story = storyMeetings(from, kb);
  const at = story.indexOf(from);
  if (typeof step === "object") return story[step.nth - 1];
  if (step === "next") return story[at + 1];
  if (step === "previous") return at > 0 ? story[at - 1] : undefined;
  if (step === "last") return story.length > 1 ? story[story.length - 1] : undefined;
  const others = story.filter((event) => event !== from);
  return others.length === 1 ? others[0] : undefined;
}

/**
 * What "it" most likely is: the thing itself (an accord, a body), a country least often; and the
 * thing the previous question named ("what will the technical panel do?" → "when is it due to
 * report?") before the things its answer brought up.
 */
function likeliestThing(candidates: readonly Entity[], previous: DialogueTurn): Entity | undefined {
  const askedBefore = new Set(previous.mentions.map((m) => m.entity));
  const namedBefore = (e: Entity) =>
    askedBefore.has(e.id) && e.kind !== "country" && e.kind !== "place" ? 0 : 1;
  // A place the previous question named is where it happened ("what price was agreed in
  // Yerevan?"), not the thing "it" goes on about ("how often will it be reviewed?").
  const among = candidates.filter(
    (e) => e.kind !== "person" && !(e.kind === "place" && askedBefore.has(e.id)),
  );
  // "What couldn't they agree on?" named no thing: the thing its answer gave first is what was
  // asked for ("the joint warning centre"), before a thing the answer only mentioned beside it.
  const askedForThing = tokensOf(previous.question)[0] === "what" && !among.some((e) => namedBefore(e) === 0);
  const given = new Map(among.map((e, i) => [e.id, i]));
  const order = (e: Entity) =>
    askedForThing && ANSWERED_THING_KINDS.has(e.kind) ? given.get(e.id)! : among.length;
  return among.sort(
    (a, b) =>
      namedBefore(a) - namedBefore(b) ||
      order(a) - order(b) ||
      THING_PREFERENCE.indexOf(a.kind) - THING_PREFERENCE.indexOf(b.kind),
  )[0];
}

/** What a "which …?" question's answer may give that a later "it" stands for: a thing, not a party or a meeting. */
const WHICH_THING_KINDS = new Set<Entity["kind"]>(["initiative", "other", "organization", "place"]);

/**
 * The thing a "which …?" question's answer gave ("Lupe Moana" after "which ship fixed the Tasi
 * cable?"): the answer's own first name, or, when a name of the turn has the asked noun in it
 * ("which park …?"), that one, the innermost when one holds another ("the Mnazi Bay-Ruvuma
 * Estuary Marine Park", not "Tanzania's request to extend the swap to the Mnazi Bay-Ruvuma
 * Estuary Marine Park"). Never one the question named itself: that was not what was asked for.
 */
function thingAnsweredToWhich(previous: DialogueTurn, kb: KnowledgeBase): Entity | undefined {
  const words = tokensOf(previous.question);
  if (words[0] !== "which" || previous.facts.length === 0) return undefined;
  const nouns = new Set<string>();
  for (let i = 1; i < words.length && !AUXILIARIES.has(words[i]!) && !STOPWORDS.has(words[i]!); i++) {
    if (isNoun(words[i]!)) nouns.add(stemOf(words[i]!));
  }
  if (nouns.size === 0) return undefined;
  const askedBefore = new Set(previous.mentions.map((m) => m.entity));
  const things = previous.entities
    .map((id) => kb.entity(id))
    .filter((e): e is Entity => !!e && WHICH_THING_KINDS.has(e.kind) && !askedBefore.has(e.id));
  const nameWords = (e: Entity) => tokensOf(canonicalText(e.name).replace(/[-–]/g, " "));
  const ofNoun = things.filter((e) => nameWords(e).some((w) => nouns.has(stemOf(w))));
  if (ofNoun.length > 0) {
    const folded = (e: Entity) => canonicalText(e.name).toLowerCase();
    const inner = ofNoun.find((e) => ofNoun.some((o) => o !== e && folded(o).includes(folded(e))));
    return inner ?? ofNoun[0];
  }
  const [first] = previous.entities;
  return things[0] && things[0].id === first ? things[0] : undefined;
}

/** What a "what" question asks for, when its answer gives it: a thing, not a party, a place or a meeting. */
const ANSWERED_THING_KINDS = new Set<Entity["kind"]>(["initiative", "other", "organization"]);

/**
 * "Who made it?", "where did each side want it?": "it" done something to by a verb of the
 * question's own (even a light one) is the thing just discussed, not the meeting its report came
 * from; "when did it happen?", "where was it?" have "it" as their subject.
 */
function actedOn(words: readonly string[], word: string): boolean {
  if (word !== "it") return false;
  return words.some((w, i) => {
    const before = words[i - 1];
    return (
      w === "it" && !!before && !AUXILIARIES.has(before) && !OBJECT_PREPOSITIONS.has(before) && isVerb(before)
    );
  });
}

/** The question as asked, about the previous turn's meeting, which the word points back to. */
function readAsEvent(
  asked: Understanding,
  word: string,
  event: Event,
  exclude: ReadonlySet<string>,
  kb: KnowledgeBase,
): Reading & { kind: "read" } {
  // "What happened at the meeting before that?": the story's meeting beside the one pointed back to.
  if (asked.storyStep && (asked.intent === "overview" || asked.intent === "attendance")) {
    const meant = stepAlong(event, asked.storyStep, kb);
    return {
      ...READ,
      understanding: asked,
      exclude,
      event: (meant ?? event).id,
      ...(meant ? { reading: `Taking "${word}" as ${meant.title}` } : { noSuchStep: true as const }),
    };
  }
  return {
    ...READ,
    understanding: asked,
    reading: `Taking "${word}" as ${event.title}`,
    exclude,
    event: event.id,
  };
}

function reread(question: string, kb: KnowledgeBase, reading: string): Reading & { kind: "read" } {
  return { ...READ, understanding: understand(question, kb), reading, exclude: NOTHING };
}

/**
 * The ones "they" stands for: those the previous question named together ("what did Veloria and
 * Norland agree?" → "what else did they agree?"), else the previous event's people, else the
 * previous turn's people.
 */
function groupOf(
  previous: DialogueTurn,
  entities: readonly Entity[],
  kb: KnowledgeBase,
  /** "They" do something ("what couldn't they agree on?"), not "what kind of planes are they?". */
  doing = false,
): string[] {
  const named = namedAgents(previous, kb);
  if (named.length >= 2) return named.map((e) => e.name);
  // "Are they still against it?" after "what did Djibouti refuse?": the one country or body the
  // question named, a "they" of many people; not one named by its adjective ("what did the
  // Mauritian employers offer?" → "who spoke for them?": the employers).
  const [one] = named;
  if (named.length === 1 && one!.kind !== "person" && namedByName(previous, one!)) return [one!.name];
  const event = previous.event ? kb.event(previous.event) : undefined;
  const participants = event?.participants.map((p) => kb.entity(p.entity)).filter((e): e is Entity => !!e);
  const people = participants?.filter((e) => e.kind === "person") ?? [];
  // "What couldn't they agree on?" after a question about a meeting of delegations: the
  // countries, as the articles say what each side did, not the delegates one by one (two people
  // who met are themselves the ones who talked).
  const countries = entities.filter((e) => e.kind === "country");
  if (event && countries.length < 2)
    countries.push(...countriesOf(event, kb).filter((e) => !countries.includes(e)));
  if (people.length >= DELEGATIONS && countries.length >= 2 && doing) return countries.map((e) => e.name);
  if (people.length >= 2) return people.map((e) => e.name);
  // After a refusal, the people of the facts that nearly answered are for "he" or "she" only.
  const told = (e: Entity) => previous.facts.length > 0 || previous.mentions.some((m) => m.entity === e.id);
  return entities.filter((e) => e.kind === "person" && told(e)).map((e) => e.name);
}

/**
 * "And when do they go now?" after "when were the first Nepal-Bhutan exchange students supposed to
 * travel?": the people the previous question asked about by a plural noun for people ("the first
 * nepal-bhutan exchange students", "the seasonal workers"), not the countries named within that
 * phrase nor the people of its meeting. Nothing when the question named someone beside the phrase
 * ("what did Bhutan tell the students?": "they" may be Bhutan) or had no such noun.
 */
function peopleAskedOf(previous: DialogueTurn, kb: KnowledgeBase): string | undefined {
  const text = canonicalText(previous.question);
  const words = wordsAt(text);
  const names = namedSpans(words, previous.mentions, kb);
  const inName = (i: number) => names.some((span) => i >= span.from && i < span.to);
  const at = words.findIndex(
    (w, i) =>
      !inName(i) &&
      !STOPWORDS.has(w.word) &&
      !WH_WORDS.has(w.word) &&
      !AUXILIARIES.has(w.word) &&
      (isPeople(w.word) || countedGroup(words, i)),
  );
  if (at < 0) return undefined;
  // Back to its article, over the words that describe it ("first", "nepal-bhutan", "exchange").
  let from = at;
  while (from > 0 && at - from < MAX_DESCRIBING) {
    const before = words[from - 1]!.word;
    if (before === "the") {
      from--;
      break;
    }
    if (STOPWORDS.has(before) || WH_WORDS.has(before) || AUXILIARIES.has(before)) break;
    from--;
  }
  // (After them, only a name that can be "they" itself stops it: a person, country or body, not
  // the corridor the people work on, "how many rangers patrol the Usumacinta jaguar corridor?".)
  const agents = namedSpans(
    words,
    previous.mentions.filter((m) => AGENT_KINDS.has(kb.entity(m.entity)?.kind ?? "event")),
    kb,
  );
  if (names.some((span) => !span.setting && span.to <= from)) return undefined;
  if (agents.some((span) => !span.setting && span.from > at)) return undefined;
  const said = text.slice(words[words[from]!.word === "the" ? from + 1 : from]!.start, words[at]!.end);
  // A group counted ("how many families are being moved for the dam?") is those the question
  // said it of, all of what it said: "the families that are being moved for the dam".
  if (countedGroup(words, at) && at + 1 < words.length) {
    const rest = text.slice(words[at + 1]!.start).replace(/[?!.\s]+$/, "");
    return `the ${words[at]!.word} that ${rest}`;
  }
  // The thing named after them says whose they are: "how many rangers patrol the Usumacinta
  // jaguar corridor?" → "how much are they paid?" asks of the Usumacinta jaguar corridor rangers,
  // not of any rangers of another story.
  const owner = names.find((span) => !span.setting && span.from > at);
  if (owner) return `the ${text.slice(words[owner.from]!.start, words[owner.to - 1]!.end)} ${said}`;
  return `the ${said}`;
}
/**
 * A plural noun for people: "students", "technicians", and the plurals of "-man" ("fishermen",
 * "women"), whose singular is the noun for a person.
 */
function isPeople(word: string): boolean {
  if (/[^s]s$/.test(word)) return isPersonNoun(word);
  return /.men$/.test(word) && isPersonNoun(word.replace(/men$/, "man"));
}
/**
 * "How many families are being moved?", "how many households lost their homes?": a group of
 * people counted (WordNet's `noun.group`, in the plural) is what "they" next stands for, as people
 * counted are ("how much do they get?"). Not a kind the store names its own entities by ("how many
 * countries signed?"): "they" then is the countries the answer named.
 */
function countedGroup(words: readonly Said[], at: number): boolean {
  const word = words[at]!.word;
  if (at !== 2 || words[0]!.word !== "how" || words[1]!.word !== "many") return false;
  if (!/[^s]s$/.test(word) || !namesGroup(word)) return false;
  return !Object.values(KIND_WORDS).some((kind) =>
    kind.some((said) => singularForms(word).includes(said) || said === word),
  );
}
/** Words that may describe the people a plural noun names ("the first nepal-bhutan exchange"). */
const MAX_DESCRIBING = 5;

/** The people, countries and bodies the previous question named, each once. */
function namedAgents(previous: DialogueTurn, kb: KnowledgeBase): Entity[] {
  return [...new Set(previous.mentions.map((m) => m.entity))]
    .map((id) => kb.entity(id))
    .filter((e): e is Entity => !!e && AGENT_KINDS.has(e.kind));
}

/** People enough at a meeting to be delegations rather than two people talking. */
const DELEGATIONS = 3;

/** The countries the meeting's facts name, most named first. */
function countriesOf(event: Event, kb: KnowledgeBase): Entity[] {
  const counts = new Map<string, number>();
  for (const indexed of kb.factsOfEventVisible(event.id)) {
    for (const id of indexed.fact.entities) {
      if (kb.entity(id)?.kind === "country") counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => kb.entity(id)!);
}

/**
 * "They" as the subject of a passive: "how long were they held?", "they were freed when?", a form
 * of "be" beside it and a past participle after it.
 */
function sufferedBy(words: readonly string[], group: string): boolean {
  if (group !== "they") return false;
  const at = words.indexOf(group);
  const be = COPULAS.has(words[at - 1] ?? "") ? at + 1 : COPULAS.has(words[at + 1] ?? "") ? at + 2 : -1;
  if (be < 0) return false;
  const verb = words.slice(be).find((word) => !ROLE_HEDGES.has(word));
  return !!verb && isPastVerb(verb) && isVerb(verb);
}

/** "They" as the subject of a verb of their own: "did they make it?", "what couldn't they agree on?". */
function theyDo(words: readonly string[], group: string): boolean {
  const at = words.indexOf(group);
  const next = words[at + 1];
  return group === "they" && !!next && !COPULAS.has(next) && isVerb(next);
}

/** The question named the entity by its name or an alias of it, not by an adjective. */
function namedByName(previous: DialogueTurn, entity: Entity): boolean {
  // (A name with a possessive in it, "the Mahakali Fishermen's Association", is read without it.)
  const said = [entity.name, ...entity.aliases];
  const names = new Set([...said, ...said.map((name) => name.replace(/['’]s\b/gu, ""))].map(lettersOf));
  return previous.mentions.some((m) => m.entity === entity.id && names.has(lettersOf(m.text)));
}

/** A name's letters alone: "Côte d'Ivoire" as typed ("cote divoire", "Timor Leste") is still its name. */
function lettersOf(name: string): string {
  return canonicalText(name)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * "What did Comoros ask for?", "what did Djibouti refuse?": the answer is what was done, most
 * often no entity; "did they get it?", "are they still against it?" next point at that answer,
 * not at the meeting or the plan the facts belong to.
 */
const ASKED_WHAT_WAS_DONE = new RegExp(`^${PREVIOUS_OPENER}what (?:did|does|do|will|would) \\S+`);
function askedWhatWasDone(previous: DialogueTurn): boolean {
  return ASKED_WHAT_WAS_DONE.test(canonicalText(previous.question).toLowerCase());
}

/**
 * "Which provinces?" or "what provinces?" right after "how many provinces did the pilot start in?":
 * the follow-up's one noun is the one the previous question counted.
 */
function whichOfTheCounted(asked: Understanding, previous: DialogueTurn): boolean {
  const words = tokensOf(asked.question);
  if (words.length !== 2 || (words[0] !== "which" && words[0] !== "what")) return false;
  const before = tokensOf(previous.question);
  return (
    before[0] === "how" &&
    before[1] === "many" &&
    before.length >= 4 &&
    stemOf(before[2]!) === stemOf(words[1]!)
  );
}

/** "Why did Belgium hold back the throne?": the question word and its auxiliary, before the act. */
const WHY_DID = /^(?:and |so )?why (?:did|does|do|has|have|had|was|were|is|are|will|would) (.+?)[?!.\s]*$/;
/** "About that" at the end of a question about what someone said. */
const ABOUT_THAT = /\babout that\s*[?!.]*$/;

/**
 * "What did Cameroon say about that?" right after "why did Belgium hold back the Bakwendi throne?",
 * which went unanswered: "that" is the act the why-question named ("what did Cameroon say about
 * Belgium hold back the Bakwendi throne"), asked of the one named, not a reason nobody told.
 */
function sayingAboutWhyAsked(
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): Reading | undefined {
  const text = canonicalText(asked.question).toLowerCase().trim();
  if (!ABOUT_THAT.test(text) || asked.plan.mentions.length === 0) return undefined;
  if (!asked.plan.words.some(isVerbOfSaying)) return undefined;
  const act = WHY_DID.exec(canonicalText(previous.question).toLowerCase().trim())?.[1];
  if (!act) return undefined;
  // (Its opener dropped: "and what did Cameroon say …" is a question of its own now.)
  const question = text.replace(/^(?:and|so|but|ok|okay)\s+/, "").replace(ABOUT_THAT, `about ${act}?`);
  return reread(question, kb, `Taking "that" as ${act}`);
}

/**
 * The meeting of the reason just told, when a person's words "about it" are asked right after a
 * why-question that was answered: the meeting of the answer's first fact, where the person spoke.
 */
function saidOfReasonTold(
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): string | undefined {
  if (!asked.plan.words.some(isVerbOfSaying)) return undefined;
  if (understand(previous.question, kb).plan.kind !== "why") return undefined;
  const first = previous.facts[0] ? kb.fact(previous.facts[0])?.fact : undefined;
  const meeting = first?.event ? kb.event(first.event) : undefined;
  if (!meeting) return undefined;
  const people = new Set(asked.plan.mentions.flatMap((m) => m.entityIds));
  return meeting.participants.some((p) => people.has(p.entity)) ? meeting.id : undefined;
}

/** "Is it (still) (only) an observer?", "it was a member": the word is said to be a role people hold. */
function isOneOfThem(words: readonly string[], pronoun: string): boolean {
  const at = words.indexOf(pronoun);
  if (at < 0 || !(COPULAS.has(words[at - 1] ?? "") || COPULAS.has(words[at + 1] ?? ""))) return false;
  const rest = words.slice(at + 1).filter((w) => !COPULAS.has(w));
  const noun = rest.find((w) => !STOPWORDS.has(w) && !ROLE_HEDGES.has(w));
  return !!noun && isPersonNoun(noun);
}
const ROLE_HEDGES = new Set(["still", "only", "just", "now", "already", "yet", "really", "even", "also"]);

/** The place a where-question's answer gave, not one the question named. */
function placeAnswered(
  previous: DialogueTurn,
  entities: readonly Entity[],
  kb: KnowledgeBase,
): Entity | undefined {
  if (understand(previous.question, kb).plan.kind !== "where" || previous.facts.length === 0)
    return undefined;
  const asked = new Set(previous.mentions.map((m) => m.entity));
  // "Kriva Palanka Municipal Hall" in Kriva Palanka is one place, the town; "between Obock and Khor
  // Angar" gave two, and "there" is then neither.
  const places = entities.filter((e) => e.kind === "place" && !asked.has(e.id));
  const [broadest] = [...places].sort((a, b) => a.name.length - b.name.length);
  const within = (e: Entity) => startsWithWords(e.name, broadest!.name);
  return broadest && places.every(within) ? broadest : undefined;
}

/** What is done to a meeting, "it": "who chaired it?", "which country hosted it?". */
const MEETING_DONE_TO = /\b(?:chair|chairs|chaired|host|hosts|hosted|attend|attends|attended) it\b/;

/**
 * Whether the previous question named a body's meeting: a body's name right before a meeting noun
 * ("the jaguar corridor commission meeting", "the JKSJC session"), of which its turn's meeting is
 * the one answered. (Not "the third round of the Malacca talks", which names no body.)
 */
function bodysMeetingAsked(previous: DialogueTurn, kb: KnowledgeBase): boolean {
  const { plan } = understand(previous.question, kb);
  // ("Where did the strait committee meet in October?" names its meeting by a verb of meeting.)
  return plan.mentions.some((m) => {
    const after = plan.words[m.position + m.length] ?? "";
    return (
      (MEETING_NOUNS.includes(after) || MET.has(after)) && kb.entity(m.entityIds[0]!)?.kind === "organization"
    );
  });
}

/**
 * "Where did the strait committee meet in October?": the meeting the question named by a body and
 * a verb of meeting, with what set it ("the Strait Committee meeting in october").
 */
function meetingOfBodyAsked(previous: DialogueTurn, kb: KnowledgeBase): string | undefined {
  const { plan } = understand(previous.question, kb);
  for (const m of plan.mentions) {
    const at = m.position + m.length;
    const entity = kb.entity(m.entityIds[0]!);
    if (entity?.kind !== "organization" || !MET.has(plan.words[at] ?? "")) continue;
    const setting = plan.words.slice(at + 1).join(" ");
    return `the ${entity.name} meeting${setting ? ` ${setting}` : ""}`;
  }
  return undefined;
}
/** Verbs that say a body met. */
const MET: ReadonlySet<string> = new Set(["meet", "met", "convene", "convened", "gather", "gathered"]);

/** The one meeting of the story held at the place a where-question's answer gave. */
function meetingAtAnswered(
  previous: DialogueTurn,
  event: Event,
  entities: readonly Entity[],
  kb: KnowledgeBase,
): Event | undefined {
  const place = placeAnswered(previous, entities, kb);
  if (!place) return undefined;
  const there = storyMeetings(event, kb).filter((e) => startsWithWords(lastPart(e.place ?? ""), place.name));
  return there.length === 1 ? there[0] : undefined;
}

/** The town of a meeting's place: "Amochhu Conference Hall, Phuentsholing" is in Phuentsholing. */
function lastPart(place: string): string {
  return place.split(",").at(-1)!.trim();
}

function aheadOrWhere(previous: DialogueTurn, kb: KnowledgeBase): boolean {
  const before = understand(previous.question, kb).plan;
  return before.future || before.kind === "where";
}

/** Who can be "they" that do things: not an accord or a place named beside them. */
const AGENT_KINDS = new Set<Entity["kind"]>(["person", "country", "organization"]);

function latestEventWith(entityId: string, kb: KnowledgeBase): Event | undefined {
  return kb
    .eventsWith(entityId)
    .map((id) => kb.event(id))
    .filter((e): e is Event => !!e)
    .sort((a, b) => b.date.localeCompare(a.date))[0];
}

function isKind(kb: KnowledgeBase, ids: readonly string[], kind: Entity["kind"]): boolean {
  return ids.some((id) => kb.entity(id)?.kind === kind);
}

const POSSESSIVES = new Set(["his", "her", "hers", "their", "theirs", "its"]);

/**
 * "Her" owns what follows it only when a word of a thing follows ("her ministry", "her first
 * offer"); at the end, or before a preposition or another small word ("who replaced her?", "did he
 * meet her in June?"), it is the person herself.
 */
function herOwns(words: readonly string[]): boolean {
  const next = words[words.indexOf("her") + 1];
  return !!next && !STOPWORDS.has(next) && !ANOTHER_TIME.has(next) && !WH_WORDS.has(next);
}

/** The one country the person's post ties them to ("Foreign Minister of Uruguay"), if just one. */
function countryServedBy(person: Entity, kb: KnowledgeBase): Entity | undefined {
  let served: Entity | undefined;
  for (const entity of kb.allEntities()) {
    if (entity.kind !== "country" || !personOfCountry(person.id, [entity.id], kb)) continue;
    if (served) return undefined;
    served = entity;
  }
  return served;
}

function possessiveIf(word: string, name: string): string {
  return POSSESSIVES.has(word.toLowerCase()) ? `${name}'s` : name;
}

/** "the two countries", "both sides", "the other countries": the turn's others of a kind, together. */
const OTHERS_OF_KIND =
  /\b(both|the two(?: of the)?|the other(?: two)?|the)\s+(countries|nations|states|governments|sides|organi[sz]ations|bodies)\b/;
const KIND_NOUNS_PLURAL: Record<string, readonly Entity["kind"][]> = {
  countries: ["country"],
  nations: ["country"],
  states: ["country"],
  governments: ["country"],
  sides: ["country", "organization"],
  organisations: ["organization"],
  organizations: ["organization"],
  bodies: ["organization"],
};

/** The first whole-word occurrence of `word` replaced, whatever its case; the text as is for no word. */
function replaceWord(text: string, word: string, by: string): string {
  if (!word) return text;
  // Names are remembered as read: "mensah boateng" is "Mensah-Boateng" as typed, "cote divoire" is
  // "Côte d'Ivoire": found in the text with its accents and its case set aside, and an apostrophe
  // between two of its letters.
  const { folded, at } = foldedWithPlaces(text);
  const escaped = [...foldedWithPlaces(word).folded]
    .map((char) => (char === " " ? "[\\s-]+" : char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")))
    .join("'?");
  const found = new RegExp(`(^|[^\\p{L}\\p{N}])${escaped}(?=$|[^\\p{L}\\p{N}])`, "u").exec(folded);
  if (!found) return text;
  const start = at[found.index + found[1]!.length]!;
  const end = at[found.index + found[0].length - 1]! + 1;
  return `${text.slice(0, start)}${by}${text.slice(end)}`;
}

/**
 * The text in lower case, without accents and with one apostrophe, and for each of its characters
 * the place in the text of the one it came from.
 */
function foldedWithPlaces(text: string): { folded: string; at: number[] } {
  let folded = "";
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    const plain = CURLY_APOSTROPHE.test(char)
      ? "'"
      : char
          .normalize("NFD")
          .replace(/\p{M}+/gu, "")
          .toLowerCase();
    for (const part of plain) {
      folded += part;
      at.push(i);
    }
  }
  return { folded, at };
}

/** The most entities a turn keeps for a follow-up to point back to. */
const TURN_ENTITIES = 12;

/** The next turn's context from this one: what a follow-up may point back to. */
export function turnOf(
  understanding: Understanding,
  answered: {
    entities: readonly string[];
    event?: string;
    facts: readonly string[];
    beside?: readonly string[];
  },
  kb: KnowledgeBase,
  previous?: DialogueTurn,
): DialogueTurn {
  const own = understanding.plan.mentions.map((m) => ({ entity: m.entityIds[0]!, text: m.text }));
  // "When was that?" names nobody: "and the other one?" after it still means the earlier names.
  const mentions = own.length > 0 ? own : (previous?.mentions ?? []);
  // The first TURN_ENTITIES distinct ones of: the answer's own, the names, the facts' (each fact
  // read only until there are enough: a recap cites hundreds), then the previous turn's.
  const distinct = new Set<string>();
  const add = (ids: Iterable<string>): boolean => {
    for (const id of ids) {
      distinct.add(id);
      if (distinct.size >= TURN_ENTITIES) return true;
    }
    return false;
  };
  const full =
    add(answered.entities) ||
    add(mentions.map((m) => m.entity)) ||
    answered.facts.some((id) => add(kb.fact(id)?.fact.entities ?? []));
  if (!full && own.length === 0) add(previous?.entities ?? []);
  const entities = [...distinct];
  let event = answered.event;
  if (event === undefined)
    for (const id of answered.facts) {
      const e = kb.fact(id)?.fact.event;
      if (e) {
        event = e;
        break;
      }
    }
  return {
    // With no names of its own, the question "the other one" re-asks is the one that had them.
    question: own.length > 0 || !previous ? understanding.question : previous.question,
    mentions,
    entities,
    // Every field, absent ones undefined (a conditional spread made a turn of another V8 layout,
    // and the follow-up code reading turns was dropped when the next one came).
    event: event ? event : undefined,
    facts: [...answered.facts],
    beside: answered.beside && answered.beside.length > 0 ? [...answered.beside] : undefined,
  };
}

/** Words that ask about another time than the one told: the fact told is not that time's. */
const OTHER_THAN_TOLD =
  /\b(?:still|now|currently|anymore|any more|yet|originally|at first|initially|before|after|later|earlier|else|other)\b/;

/** Words that ask of what was planned rather than done: "where was it supposed to be signed?". */
const PLAN_ASKED = /\b(?:supposed|meant|scheduled|planned|intended|due)\b/;
/** Words that tell a plan: "was to be signed", "was due to", "had planned". */
const PLAN_TOLD =
  /\b(?:supposed|meant|scheduled|planned|plan|plans|intended|due|expected|was to|were to|would)\b/;

/** The question words that ask for one detail of what was told: a day, a place, a person, a reason. */
const DETAIL_KINDS = new Set<QueryPlan["kind"]>(["when", "where", "who", "why"]);

/** Whether the question has a content word the previous question had none of the stems of. */
function wordsOfItsOwn(asked: Understanding, previous: DialogueTurn, kb: KnowledgeBase): boolean {
  const heard = heardWords(previous, kb);
  return asked.plan.terms.some(
    (term) =>
      term.weight >= 1 &&
      !term.timeWord &&
      term.kinds.length === 0 &&
      !heard.some((stems) => [...term.alternatives.keys()].some((stem) => stems.includes(stem))),
  );
}

/** The detail a question asks for: its kind, or an amount ("how much", "how big"). */
function detailAsked(plan: QueryPlan): string | undefined {
  if (DETAIL_KINDS.has(plan.kind)) return plan.kind;
  return plan.kind === "how" ? "how" : undefined;
}

/**
 * "Where did it happen?", "how big is that?", "who led it?" right after an answer: "it" (or
 * "that", "they", "there") may be what the answer just told, and the facts it showed answer when
 * one of them holds the detail asked (a day, a place, a person, a reason, a figure) and the
 * question's words ("did they ever settle the pesticide thing?" asks a yes or no of it). Only a
 * detail the previous question did not ask (the same one again would be the same answer; a yes or
 * no with none of its own words), and not "what else", another one, another time, a person ("he"),
 * or a question that names something of its own or has a word the store does not know.
 */
function toldJustNow(asked: Understanding, previous: DialogueTurn, kb: KnowledgeBase): Reading | undefined {
  const { references } = asked;
  const bare = !references.thing && !references.group;
  if (
    references.person ||
    references.more ||
    references.other ||
    references.ellipsis ||
    references.thingKinds
  )
    return undefined;
  if (asked.intent !== "fact" || asked.storyStep) return undefined;
  // ("How long has it been asking?", "how often?" ask a measure the fact told may give; "who pays
  // for that?", "who pays?" are only in the present tense, no other time than the one told. "Who
  // chairs it?" may still ask who holds a post now, of the body "it" stands for.)
  const tenseOnly = asked.time === "present" && (bare || DEMONSTRATIVES.has(references.thing ?? ""));
  if (asked.time && !asked.plan.future && !MEASURED_TIMES.has(asked.time) && !tenseOnly) return undefined;
  // A word the store does not know cannot be in the fact told, unless it is the measure asked
  // ("how big is that?", which the fact's figure answers).
  const { words } = asked.plan;
  const how = words.indexOf("how");
  const measure = how < 0 ? undefined : words[how + 1];
  if (previous.facts.length === 0) return undefined;
  // ("Ok different question, where was Thailand?" leaves what was told behind.)
  if (bare && asked.switchesTopic) return undefined;
  // (With no "it", a question that names anything names its own subject and is read as it stands,
  // whatever was told before.)
  // ("How many went out with Indonesia?" after "without Indonesia's five vessels, the pool shrinks
  // …": names the fact told has are of what was told, and only facts told that name them all answer.)
  const { mentions } = asked.plan;
  // (Asked how many or how much of a name, the figure stands beside the name: "1,900 in Grenada".)
  const figureBeside = detailAsked(asked.plan) === "how";
  const namesAll = (id: string) => {
    const fact = kb.fact(id)?.fact;
    return (
      !!fact &&
      mentions.every(
        (m) =>
          m.entityIds.some((e) => fact.entities.includes(e)) &&
          (!figureBeside || m.entityIds.some((e) => figureNextTo(fact.statement, kb.entity(e)))),
      )
    );
  };
  if (asked.plan.unknown.some((u) => bare || u.nameLike || u.word !== measure)) return undefined;
  // (A question that asks more than the detail of them says what it is about itself.)
  if (mentions.length > 0 && !onlyNamesAsked(asked)) return undefined;
  const told = previous.facts.filter(namesAll);
  if (told.length === 0) return undefined;
  const lowered = canonicalText(asked.question).toLowerCase();
  if (OTHER_THAN_TOLD.test(lowered)) return undefined;
  // "Where was it supposed to be signed?" asks of the plan: a fact told of what was done in the
  // end ("on 15 October they signed …") does not say where it was to be, unless it tells the plan.
  if (
    PLAN_ASKED.test(lowered) &&
    !told.some((id) => PLAN_TOLD.test(kb.fact(id)?.fact.statement.toLowerCase() ?? ""))
  )
    return undefined;
  // ("Did they ever settle the pesticide thing?" right after the fact that it was settled: a yes or
  // no of what was told.)
  const detail = detailAsked(asked.plan) ?? (asked.plan.kind === "yesno" ? "yesno" : undefined);
  if (!detail) return undefined;
  // "How" before a verb asks the manner ("how did that end?", "how do they get paid back?", "how
  // did the mayor take it?"), not a measure the fact told may give ("how big is that?"): what
  // happened next is another fact, not the words of this one that happen to fit.
  if (detail === "how" && mannerAsked(asked.question)) return undefined;
  // The same detail again is the same answer, unless of something the previous question did not
  // name ("how many in Grenada?" after "how many homes need rebuilding?").
  const heard = understand(previous.question, kb).plan;
  const newName = mentions.some(
    (m) => !heard.mentions.some((h) => h.entityIds.some((e) => m.entityIds.includes(e))),
  );
  // ("Over how many years?" after "how much is it lending?", "out of how many applications?" after
  // "how many students were chosen?": another measure of what was told, not the same one again.)
  if (detail === detailAsked(heard) && !newName && measureAsked(asked.plan) === measureAsked(heard)) {
    return undefined;
  }
  // (A yes or no asks something new of what was told only with a word the previous question did
  // not have: the same words again ask the same thing.)
  if (detail === "yesno" && !newName && !wordsOfItsOwn(asked, previous, kb)) return undefined;
  // (A name asked of what was told is a part of the same figure: "how many in Grenada?" right after
  // "how many homes?", not another detail of it.)
  if (mentions.length > 0 && detail !== detailAsked(heard)) return undefined;
  // "How many of those are in Dominica?" right after "how many homes has the fund finished?": of
  // the homes the answer counted.
  const counted = POINTED_COUNT.test(asked.question) ? countedThing(heard) : undefined;
  const understanding = counted
    ? understand(asked.question.replace(POINTED_COUNT, `how many ${counted.word}`), kb)
    : asked;
  return {
    ...READ,
    understanding,
    reading: bare
      ? "Reading it as about what was just said"
      : `Taking "${references.thing ?? references.group}" as what was just said`,
    exclude: NOTHING,
    previous,
    told: new Set(told),
  };
}

/**
 * A who-question every content word of which (its verb: "said", "announced") a fact just told has,
 * beside a person it names: it asks who did what that fact tells, which the fact itself names
 * ("who said that?" after "Dana Al-Fadhli said …", "who announced it?" after "… announced by Kenji
 * Morishita"). The reading of what was just told, kept to those facts.
 */
function doneInWhatWasTold(asked: Understanding, told: Reading, kb: KnowledgeBase): Reading | undefined {
  if (asked.plan.kind !== "who" || asked.plan.mentions.length > 0 || told.kind !== "read") return undefined;
  // (Only a person named doing it is who did it: "Kyrgyzstan and Tajikistan agreed to a survey … led
  // by glaciologists" names no one who led it.)
  const content = asked.plan.terms.filter(
    (term) => term.weight >= 1 && !term.timeWord && term.kinds.length === 0,
  );
  if (content.length === 0) return undefined;
  const doing = [...(told.told ?? [])].filter((id) => {
    const fact = kb.fact(id)?.fact;
    if (!fact?.entities.some((e) => kb.entity(e)?.kind === "person")) return false;
    const stems = new Set(tokensOf(canonicalText(fact.statement)).map(stemOf));
    return content.every((term) => [...term.alternatives.keys()].some((stem) => stems.has(stem)));
  });
  return doing.length > 0 ? { ...told, told: new Set(doing) } : undefined;
}

/** "How did that end?", "how do they get paid back?": "how" right before a verb's auxiliary. */
function mannerAsked(question: string): boolean {
  const words = tokensOf(question);
  const how = words.indexOf("how");
  return how >= 0 && AUXILIARIES.has(words[how + 1] ?? "");
}

/**
 * What a how-question measures: the noun it counts ("how many *years*", "how much *cable*"), else
 * its word after "how" ("much", "long", "big").
 */
function measureAsked(plan: QueryPlan): string | undefined {
  const how = plan.words.indexOf("how");
  if (how < 0) return undefined;
  const word = plan.words[how + 1];
  if (word !== "many" && word !== "much") return word;
  const counted = plan.terms.find((t) => t.position === how + 2 && t.weight >= 1 && !t.timeWord);
  return counted ? stemOf(counted.word) : word;
}

/**
 * "How big is that?", "how far is this?": a demonstrative asked a measure right after an answer
 * points at what the answer just told (the area it gave), before any of the turn's names ("the
 * locust patrols", whose count of survey teams is no size of that area). A count ("how many"), an
 * amount ("how much") or "it" may be of a name, and keep the names first.
 */
function measureOfThatAsked(asked: Understanding): boolean {
  const thing = asked.references.thing;
  if (thing !== "that" && thing !== "this") return false;
  const { words } = asked.plan;
  const how = words.indexOf("how");
  const measure = how < 0 ? undefined : words[how + 1];
  return !!measure && measure !== "many" && measure !== "much";
}

/** "How many of those …?": a count of what was just counted. */
const POINTED_COUNT = /\bhow many of (?:those|them|these)\b/i;

/** Words a figure may stand apart from the name it is of: "1,900 in Grenada", "Dominica US$15 million". */
const FIGURE_REACH = 3;

/** Whether the statement gives a figure within a few words of one of the entity's names. */
function figureNextTo(statement: string, entity: Entity | undefined): boolean {
  if (!entity) return false;
  const words = tokensOf(statement);
  for (const name of [entity.name, ...(entity.aliases ?? [])]) {
    const named = tokensOf(name);
    if (named.length === 0) continue;
    for (let at = 0; at + named.length <= words.length; at++) {
      if (!named.every((word, i) => words[at + i] === word)) continue;
      const from = Math.max(0, at - FIGURE_REACH);
      const to = Math.min(words.length, at + named.length + FIGURE_REACH);
      for (let i = from; i < to; i++) if (/\d/.test(words[i]!)) return true;
    }
  }
  return false;
}

/**
 * A follow-up of names only ("and Panama?") whose first reading asks a figure of them (the previous
 * question with the name in the place of another's: "how much is Panama paying …?"), kept to the
 * facts just told that give a figure beside each name asked: a share told beside the other
 * party's is the answer, before another article's figure of the same party (its share of a rise).
 */
function partToldBeside(
  asked: Understanding,
  readings: readonly Reading[],
  previous: DialogueTurn,
  kb: KnowledgeBase,
): Reading | undefined {
  const [first] = readings;
  if (!onlyNamesAsked(asked) || first?.kind !== "read" || first.told || !first.reading) return undefined;
  if (detailAsked(first.understanding.plan) !== "how") return undefined;
  const { mentions } = asked.plan;
  const told = previous.facts.filter((id) => {
    const fact = kb.fact(id)?.fact;
    return (
      !!fact &&
      mentions.every((m) =>
        m.entityIds.some((e) => fact.entities.includes(e) && figureNextTo(fact.statement, kb.entity(e))),
      )
    );
  });
  return told.length > 0 ? { ...first, told: new Set(told) } : undefined;
}

/** "How many in Grenada?": names, and no word of its own beyond the question word. */
function onlyNamesAsked(asked: Understanding): boolean {
  const { mentions, terms } = asked.plan;
  return mentions.length > 0 && terms.every((term) => term.weight < 1 || !!term.timeWord);
}

/** Times asked as a measure ("how long", "how often"), which a fact told gives as a figure. */
const MEASURED_TIMES = new Set<TimeConstraint>(["span", "frequency"]);
/** Words that point, as a whole, at what was just said ("who pays for that?"). */
const DEMONSTRATIVES = new Set(["that", "this"]);

/** The stems of each content word of the previous question (names aside). */
function heardWords(previous: DialogueTurn, kb: KnowledgeBase): string[][] {
  return understand(previous.question, kb)
    .plan.terms.filter((term) => term.weight >= 1 && term.kinds.length === 0 && !term.timeWord)
    .map((term) => [...term.alternatives.keys()]);
}

/**
 * A word a reply shares with what was told says they are about the same thing only when few of
 * the meeting's facts have it ("plant" at a meeting about a plant says nothing).
 */
const RARE_SHARE = 1 / 3;

/** "How did Niger react?", "how did the Chadian minister respond to that?": the other party's reply. */
const REPLY_ASKED =
  /^(?:and |so |ok |okay )*how did (.+?) (?:react|respond|reply|answer|take it)(?: to (?:that|this|it))?$/;
/**
 * "What did Honduras say?" right after what El Salvador asked for: a country's or a body's word on
 * what was just told. Without a previous turn (or with "and", which `repliedOn` reads as said of
 * the things just named) it stays the question it is: "what did <country> say?" alone tells what
 * is known of the country.
 */
const SAID_ASKED = /^what did (.+?) (?:say|reply|answer|respond)(?: to (?:that|this|it))?$/;
/** Words between a speaker's name and its verb of saying: "Kleanthis Voudouroglou | said". */
const SPEAKER_REACH = 2;

/**
 * "How did the Chadian minister react?" after "what did the Kribi board refuse Chad?": what the one
 * named says in the same meeting about the same thing. Only the facts of the meeting just told that
 * name them and share the most rare words (names aside; "plant" in a story of a plant says nothing) with what was
 * told answer; when none does, the reading refuses rather than give another fact of the story.
 */
function askedTheReply(asked: Understanding, previous: DialogueTurn, kb: KnowledgeBase): Reading | undefined {
  const words = tokensOf(asked.question).join(" ");
  // ("And what did Latvia say to that?" opens as more of the same: `repliedOn` reads it.)
  const opener = canonicalText(asked.question).toLowerCase().split(/\s+/)[0];
  const said = opener !== "and" && opener !== "but" ? SAID_ASKED.exec(words) : null;
  if ((!said && !REPLY_ASKED.test(words)) || previous.facts.length === 0) return undefined;
  const mentions = asked.plan.mentions;
  if (mentions.length !== 1 || mentions[0]!.entityIds.length !== 1) return undefined;
  const party = mentions[0]!.entityIds[0]!;
  const entity = kb.entity(party);
  if (!entity) return undefined;
  // ("What did Berg say?" is anything she said, "what did the Indian guy say?" what one of them
  // said: only a country or a body asked by its name is asked for its reply.)
  if (said) {
    if (entity.kind !== "country" && entity.kind !== "organization") return undefined;
    const who = said[1]!.replace(/^the /, "");
    if (who !== tokensOf(mentions[0]!.text).join(" ")) return undefined;
  }
  // The parties' own names say nothing of what the reply is about (even written in lower case).
  const names = new Set<string>();
  for (const id of [party, ...previous.mentions.map((m) => m.entity)]) {
    const named = kb.entity(id);
    for (const name of named ? [named.name, ...(named.aliases ?? [])] : [])
      for (const word of tokensOf(name)) names.add(stemOf(word));
  }
  // (Nor does any name: a country both sides speak of is not what the reply answers.)
  const wordsOf = (statement: string) =>
    new Set(
      statement
        .split(/\s+/)
        .filter((w) => !/^\p{Lu}/u.test(w))
        .flatMap(tokensOf)
        .filter((w) => w.length > 2 && !STOPWORDS.has(w))
        .map(stemOf)
        .filter((stem) => !names.has(stem)),
    );
  const told = new Set<string>();
  const events = new Set<string>();
  for (const id of previous.facts) {
    const fact = kb.fact(id)?.fact;
    if (!fact) continue;
    for (const word of wordsOf(fact.statement)) told.add(word);
    if (fact.event) events.add(fact.event);
  }
  // Each fact of the meeting's words, and how many of its facts have each.
  const meeting: { id: string; words: Set<string>; names: boolean }[] = [];
  const spread = new Map<string, number>();
  for (const event of events)
    kb.visitFactsOfEvent(event, (indexed) => {
      const words = wordsOf(indexed.fact.statement);
      for (const word of words) spread.set(word, (spread.get(word) ?? 0) + 1);
      // (The reply is the party's own word or deed: a fact whose subject is another, "the envoy
      // said the embargo was never part of the deal", only names the party it answers.)
      meeting.push({
        id: indexed.fact.id,
        words,
        names: indexed.entities.includes(party) && speaksFor(indexed.fact.entities[0], party, kb),
      });
      return true;
    });
  const rare = (word: string) => (spread.get(word) ?? 0) <= meeting.length * RARE_SHARE;
  let best = 0;
  let replies: string[] = [];
  for (const { id, words, names: namesParty } of meeting) {
    if (previous.facts.includes(id) || !namesParty) continue;
    let shared = 0;
    for (const word of words) if (told.has(word) && rare(word)) shared++;
    if (shared > best) [best, replies] = [shared, [id]];
    else if (shared === best && shared > 0) replies.push(id);
  }
  // "What did Greece say?" after "did Albania ask Greece to limit irrigation?", answered "…, but
  // Kleanthis Voudouroglou said Athens would not discuss any limit": the reply is in what was told,
  // before another fact that only shares a word with it.
  const inTold = said ? previous.facts.filter((id) => speaksIn(id, party, kb)) : [];
  if (inTold.length > 0) replies = inTold;
  const question = `what did ${entity.name} say?`;
  const read = reread(question, kb, `Reading it as "${question}" in reply`);
  return {
    ...read,
    // What a country said in reply, not what is known of the country.
    understanding: understandingOf({ ...read.understanding, intent: "fact" }),
    previous,
    told: new Set(replies),
    reply: true,
  };
}

/**
 * The fact has the party speak: its name, or a person its post ties to it, right before a verb of
 * saying ("Kleanthis Voudouroglou said …"), not only named as the one asked ("Albania asked Greece").
 */
function speaksIn(factId: string, party: string, kb: KnowledgeBase): boolean {
  const fact = kb.fact(factId)?.fact;
  if (!fact) return false;
  const speakers = fact.entities.filter((id) => id === party || personOfCountry(id, [party], kb));
  const words = tokensOf(fact.statement);
  return speakers.some((id) => {
    const speaker = kb.entity(id);
    return [speaker?.name ?? "", ...(speaker?.aliases ?? [])].some((name) => {
      const named = tokensOf(name);
      if (named.length === 0) return false;
      for (let at = 0; at + named.length <= words.length; at++) {
        if (!named.every((word, i) => words[at + i] === word)) continue;
        const after = words.slice(at + named.length, at + named.length + SPEAKER_REACH);
        if (after.some((word) => isVerbOfSaying(word))) return true;
      }
      return false;
    });
  });
}

/**
 * "Which city did Grenada want?" after "where did Dominica want the housing fund headquarters?":
 * nothing but a question word, the one named and the previous question's verb, so the previous
 * question asked again of them in place of the party it named of the same kind; answered only by
 * a fact naming them, about what was being discussed, else refused.
 */
function askedForAnotherParty(
  asked: Understanding,
  previous: DialogueTurn,
  kb: KnowledgeBase,
): Reading | undefined {
  const [mention, ...more] = asked.plan.mentions;
  if (!mention || more.length > 0 || mention.entityIds.length !== 1) return undefined;
  const party = kb.entity(mention.entityIds[0]!);
  if (!party || party.kind === "event" || party.kind === "place") return undefined;
  const words = tokensOf(asked.question.replace(new RegExp(`\\b${escapeRegExp(mention.text)}\\b`, "i"), " "));
  const [lead, ...rest] = words;
  if (!lead || !WH_WORDS.has(lead)) return undefined;
  const own = rest.filter((w) => !AUXILIARIES.has(w));
  const heard = tokensOf(previous.question);
  // "Which city": a noun beside the question word may stand for the previous question's own.
  const verb = own.at(-1);
  // ("And what did Doleib say?" is what he said, there or elsewhere: see `on`.)
  if (!verb || own.length > 2 || !heard.includes(verb) || !isVerb(verb) || isVerbOfCommunication(verb))
    return undefined;
  const replaced = previous.mentions.filter((m) => {
    const other = kb.entity(m.entity);
    return other && other.id !== party.id && other.kind === party.kind;
  });
  if (replaced.length !== 1) return undefined;
  const was = replaced[0]!.text;
  const at = previous.question.toLowerCase().indexOf(was.toLowerCase());
  if (at < 0) return undefined;
  const question = `${previous.question.slice(0, at)}${mention.text}${previous.question.slice(at + was.length)}`;
  // "Who replaced Azman Rahim?" after "who replaced Asanaliev?" leaves nothing out: a question of its own.
  if (tokensOf(question).length <= words.length + tokensOf(mention.text).length) return undefined;
  return {
    ...reread(question, kb, `Reading it as "${question}"`),
    previous,
    onTopic: true,
    about: party.id,
  };
}

/**
 * "And what did Bahrain want?" after "what did Saudi Arabia offer on customs?": a verb the previous
 * question did not have, so not that question asked of another name as it stands ("what did
 * Bahrain offer …?"), which answers what was offered, not what was wanted.
 */
function verbOfItsOwn(asked: Understanding, previous: DialogueTurn): string | undefined {
  const named = new Set(asked.plan.mentions.flatMap((m) => tokensOf(m.text)));
  const heard = new Set(tokensOf(previous.question).map(stemOf));
  return tokensOf(asked.question).find(
    (w) => !named.has(w) && !WH_WORDS.has(w) && !AUXILIARIES.has(w) && isVerb(w) && !heard.has(stemOf(w)),
  );
}

/**
 * The verb a question asks of the one it names, right after its auxiliary and that name ("what did
 * Saudi Arabia *offer* on customs?"); nothing when no auxiliary comes near its question word, or
 * the subject is not a name of its own ("what did the Ivorian negotiator say?": what Burkina Faso
 * wants is not what its negotiator wanted).
 */
function verbAsked(previous: DialogueTurn): string | undefined {
  const words = tokensOf(previous.question);
  const auxAt = words.findIndex((w, i) => i > 0 && i <= 2 && AUXILIARIES.has(w));
  if (auxAt < 0 || !WH_WORDS.has(words[0] ?? "")) return undefined;
  const named = new Set(previous.mentions.flatMap((m) => tokensOf(m.text)));
  if (!named.has(words[auxAt + 1] ?? "")) return undefined;
  return words
    .slice(auxAt + 1)
    .find((w) => !named.has(w) && !AUXILIARIES.has(w) && !STOPWORDS.has(w) && isVerb(w));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** "Why not?", "and why not?", "so why not": the reason for the "no" just given. */
const WHY_NOT = /^(?:(?:and|so|but|ok|okay)\s+)?why\s+not\b[?!.\s]*$/;
/**
 * A bare "why?", "and why?" after a yes/no question about an act: read as "why not?" when the
 * answer told that one refusing it, or when there was no answer ("why: did Korea agree …?" asks of
 * nothing; the refusal asked is verified as any why-question is). After a "yes", it is left as it was.
 */
const BARE_WHY = /^(?:(?:and|so|but|ok|okay)\s+)?why\b[?!.\s]*$/;
function refusalTold(words: readonly string[]): boolean {
  return words.some((word, i) => DENYING_VERBS.has(word) || (word === "turned" && words[i + 1] === "down"));
}

/** "Did Tanzania agree to scrap …?": the auxiliary, the one asked about, and the act. */
const DID_THEY = /^(did|does|do|has|have|had)\s+(.+)$/;
const AGREE_TO = /^(?:agree|agreed|consent|consented) to\s+/;

/**
 * "Why not?" right after a yes/no question about someone's act ("did Tanzania agree to scrap the
 * cattle fee in March?") whose answer cited that one refusing (the "No: Tanzania refused to scrap
 * the livestock-crossing fee …"): the question of why they refused that act ("why did Tanzania
 * refuse to scrap the cattle fee in March?"), which is then verified as any why-question is.
 */
function whyTheyRefused(asked: Understanding, previous: DialogueTurn, kb: KnowledgeBase): string | undefined {
  const said = canonicalText(asked.question).toLowerCase().trim();
  const bare = BARE_WHY.test(said);
  if (!bare && !WHY_NOT.test(said)) return undefined;
  const text = canonicalText(previous.question)
    .toLowerCase()
    .replace(/[?!.\s]+$/, "")
    .trim();
  const did = DID_THEY.exec(text);
  if (!did) return undefined;
  // The one asked about is named first, right after the auxiliary ("the Everest Institute").
  const rest = did[2]!;
  const the = rest.startsWith("the ") ? "the " : "";
  const actor = previous.mentions.find((m) => rest.slice(the.length).startsWith(`${m.text.toLowerCase()} `));
  const cited = previous.facts[0] ? kb.fact(previous.facts[0]) : undefined;
  if (!actor) return undefined;
  // An answer that told something else ("yes", another party's act) leaves "why not?" unsettled;
  // with no answer at all, "why not?" still takes the "no" for granted, and asks why they refused
  // the act asked, which is then verified as any why-question is (a correction if they did it).
  if (cited && !cited.fact.entities.includes(actor.entity)) return undefined;
  // (A refusal told with the two-word verb, "turned down Mongolia's request", is one too: a yes-no
  // question of consent is answered by it, no.)
  if (cited && !refusalTold(tokensOf(cited.fact.statement))) return undefined;
  const act = rest
    .slice(the.length + actor.text.length)
    .trim()
    .replace(AGREE_TO, "");
  const [verb = "", ...object] = act.split(/\s+/);
  // ("Did Myanmar agree to malaria tests?": agreeing to a thing is accepting it.)
  const agreedToAThing = AGREE_TO.test(rest.slice(the.length + actor.text.length).trim()) && !isVerb(verb);
  if (!act || DENYING_VERBS.has(verb)) return undefined;
  // "Did Cyprus accept Israel's price?": refusing is accepting's opposite, so what was not accepted
  // is what was refused ("why did Cyprus refuse Israel's price?"), not a refusal "to accept" it.
  if (agreedToAThing) return `why did ${the}${actor.text.toLowerCase()} refuse ${act}?`;
  if (object.length > 0 && isVerbOfAccepting(verb))
    return `why did ${the}${actor.text.toLowerCase()} refuse ${object.join(" ")}?`;
  return `why did ${the}${actor.text.toLowerCase()} refuse to ${act}?`;
}

/**
 * "Did she get it?", "did they get what they asked for?", "did they ever say yes?", "was it
 * accepted?": nothing but the pointing back and whether a request was met; the passive asks the
 * same of the request itself, not of a body named beside it.
 */
const GOT_IT =
  /^(?:(?:did|has|have|had) (?:they|he|she|it|we) (?:ever |actually |really )?(?:get|got|gotten|receive|received|say yes|said yes|agree|agreed|accept|accepted|grant|granted)(?: (?:it|that|this|them|to it|to that|what (?:they|he|she|it|we) (?:asked|wanted|requested)(?: for)?))?|(?:was|has|had) (?:it|that|this|the request) (?:ever |actually |really )?(?:been )?(?:accepted|granted|approved|agreed to|turned down|refused|rejected|answered))$/;
/** A question about what someone asked for: "what did X ask Y for", "how many … did X want Y to pay". */
const REQUEST_VERBS = new Set([
  "ask",
  "asked",
  "want",
  "wanted",
  "request",
  "requested",
  "seek",
  "sought",
  "demand",
  "demanded",
]);
/** A request turned down. */
export const TURNED_DOWN =
  /\b(?:turned down|turn down|turns down|refused|rejected|declined|ruled out|said no)\b/i;
/** A request not (yet) answered: "did not answer the request", "left without an answer", "left open". */
export const NOT_ANSWERED =
  /\b(?:(?:not|never)(?: yet)?(?: been)? answer(?:ed)?|without an? answer|unanswered|left [^.;]{0,60}?\bopen|come back to|look at [^.;]{0,30}\brequest|taken up)\b/i;
/** Words of asking and of its outcome: shared with the request told, they do not make it the same request. */
const REQUEST_WORDS = new Set([
  ...REQUEST_VERBS,
  "asks",
  "wants",
  "request",
  "requests",
  "turned",
  "down",
  "refused",
  "answer",
  "answered",
  "said",
  "would",
  "will",
]);
/** At least this many words of its own shared with the request told make a fact about the same request. */
const SAME_REQUEST_WORDS = 2;

/**
 * "Did she get it?" right after "what did Viera Lacková ask the commission for?": whether that
 * request was met, which the facts tell as its being turned down or left unanswered. First the fact
 * just told, if it says so itself ("… and the commission did not answer the request"); else a fact
 * naming the one who asked that tells the outcome of the same request (two or more words of its
 * own in common with the fact told: "cycle lane", "temporary teachers"), not another request of
 * theirs. Each is its own reading, kept to that fact (`told`); the readings of "they" as the
 * turn's names come after. Not "did they get it eventually?", which asks of a later time.
 */
function requestOutcome(asked: Understanding, previous: DialogueTurn, kb: KnowledgeBase): Reading[] {
  if (asked.plan.mentions.length > 0 || previous.facts.length === 0) return [];
  if (!GOT_IT.test(tokensOf(asked.question).join(" "))) return [];
  // (Folded as the mentions are: "lacková" is typed, "lackova" kept.)
  const heard = tokensOf(foldedName(previous.question));
  const verbAt = heard.findIndex((w) => REQUEST_VERBS.has(w));
  if (verbAt < 1) return [];
  // The one who asked is named right before the verb ("did madagascar want", "did the … growers ask").
  const before = heard.slice(0, verbAt).join(" ");
  const asker = previous.mentions.find((m) => before.endsWith(` ${tokensOf(foldedName(m.text)).join(" ")}`));
  const who = asker ? kb.entity(asker.entity) : undefined;
  if (!who) return [];
  const told = previous.facts.flatMap((id) => kb.fact(id) ?? []);
  const names = new Set(previous.mentions.flatMap((m) => tokensOf(m.text)));
  const ownWords = (statement: string) =>
    new Set(
      tokensOf(statement).filter(
        (w) => w.length > 3 && !STOPWORDS.has(w) && !REQUEST_WORDS.has(w) && !names.has(w),
      ),
    );
  const toldWords = new Set(told.flatMap((indexed) => [...ownWords(indexed.fact.statement)]));
  const outcome = (statement: string) => TURNED_DOWN.test(statement) || NOT_ANSWERED.test(statement);
  let found = told.filter((indexed) => outcome(indexed.fact.statement)).map((indexed) => indexed.fact);
  if (found.length === 0) {
    for (const indexed of kb.factsAbout(who.id)) {
      const { statement } = indexed.fact;
      if (!outcome(statement) || !/\brequest|\basked\b/i.test(statement)) continue;
      let shared = 0;
      for (const w of ownWords(statement)) if (toldWords.has(w)) shared++;
      if (shared >= SAME_REQUEST_WORDS) found.push(indexed.fact);
    }
  }
  found = found.slice(0, 2);
  return found.map((fact) => {
    const question = `was ${who.name}'s request ${TURNED_DOWN.test(fact.statement) ? "turned down" : "answered"}?`;
    return {
      ...reread(question, kb, `Reading it as "${question}"`),
      previous,
      told: new Set([fact.id]),
    };
  });
}
