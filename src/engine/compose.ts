import { meetingsAsked } from "./candidates.ts";
import { listInWords } from "./collections.ts";
import { type Reading, turnOf } from "./context.ts";
import type { IndexedFact, KnowledgeBase } from "./knowledge.ts";
import {
  DETERMINERS,
  MEETING_NOUN_PATTERN,
  MODAL_VERBS,
  pluralOf,
  RANK_WORDS,
  STOPWORDS,
} from "./language/lexicon.ts";
import { isPastVerb, type Token, tokenize, tokenOf } from "./language/normalize.ts";
import { canNamePerson, isNoun, isPersonNoun, isVerb } from "./language/thesaurus.ts";
import { dayNamedIn, formatDate, MONTHS, statesDate, statesTime, weekdayOf } from "./language/time.ts";
import type { Proximity, QueryPlan, Term } from "./query.ts";
import { askedRole, BE, countryActedFor, personOfCountry, predecessorCueBefore } from "./roles.ts";
import {
  type AnswerFact,
  type AnswerResult,
  type Entity,
  type EntityKind,
  type Event,
  MAX_SUGGESTION,
} from "./schema.ts";
import { LEADING_FAMILY, type Match } from "./score.ts";
import { asksTimeUnits, namesAsked, STRONG_MATCH } from "./score-kind.ts";
import {
  entityWords,
  factSequences,
  mentionPositions,
  namePositions,
  statementHasAnyOf,
  wordsToFind,
} from "./token-cache.ts";
import { delayedThing, type Understanding } from "./understand.ts";
import { shortAlias, type Verdict } from "./verify.ts";
import { proximityPositions } from "./word-order.ts";

export { formatDate } from "./language/time.ts";

export function citation(indexed: IndexedFact, kb: KnowledgeBase): AnswerFact {
  const fact = indexed.fact;
  const source = kb.source(fact.source);
  return {
    id: fact.id,
    statement: fact.statement,
    source: {
      outlet: source?.outlet ?? "unknown outlet",
      title: source?.title ?? "",
      date: source?.date ?? "",
      quote: fact.quote,
      ...(source?.url ? { url: source.url } : {}),
    },
  };
}

/** "In Aswan" names where; "signed in April 2026" names only when. */
const NAMES_A_PLACE_IN = new RegExp(`\\bin (?!(?:${MONTHS.join("|")})\\b)\\p{Lu}`, "u");
/** "At BEXCO", "at the Sunda Kelapa Maritime Hall": a place named as where something was done. */
const AT_A_PLACE = /\bat (?:the )?\p{Lu}/u;
/**
 * "From 13 October 2026 to 14 October 2026: " for a sentence whose only time is a span of days in
 * one month ("on 13 and 14 October 2026", "from 19 to 21 May 2026", "9–10 March 2027").
 */
function daySpanLead(statement: string): string | undefined {
  const spans = [...statement.matchAll(DAY_SPAN)];
  if (spans.length !== 1) return undefined;
  const [said, first, last, month, year] = spans[0]!;
  if (Number(first) >= Number(last) || statesTime(statement.replace(said, " "))) return undefined;
  return `From ${first} ${month} ${year} to ${last} ${month} ${year}: `;
}

const DAY_SPAN = new RegExp(
  String.raw`\b(\d{1,2})(?: and | to |\s?[–-]\s?)(\d{1,2}) (${MONTHS.join("|")}),? ((?:19|20)\d{2})\b`,
  "g",
);

/** "Where was it signed / held / where did they meet": the meeting's own act, done at its venue. */
const MEETING_ACT_ASKED = /\b(?:signed|sign|held|hold|met|meet|take place|took place|convened)\b/i;

/**
 * The first sentence gives what was asked for (the person for "who", the date for "when"),
 * unless the fact's own sentence already opens with it.
 */
export function leadFor(understanding: Understanding, indexed: IndexedFact, kb: KnowledgeBase): string {
  const { plan } = understanding;
  const statement = indexed.fact.statement;
  switch (plan.kind) {
    case "who":
    case "which": {
      // "Who had the job before Merchison?" of "named Merchison … as the first director".
      if (
        understanding.time === "past-holder" &&
        !predecessorIn(plan, indexed, kb) &&
        namedFirstHolder(plan, indexed, kb)
      )
        return "No one before: ";
      const answering = answeringEntity(understanding, indexed, kb);
      // "Who pays the most?": the one with the extreme, named first even when the sentence opens with them.
      if (answering?.by === "extreme") return `${answering.entity.name}. `;
      if (answering?.by === "holder") {
        const { entity } = answering;
        return opensWith(statement, entity) ? "" : `${entity.name}. `;
      }
      const entity = answering?.entity;
      if (!entity) return "";
      // "Malaysia and Singapore refused …": who refused is both, not the one nearer the verb. (Who
      // holds a role is one: in "… deputy foreign ministers, Carla Quispe and Henrique Vasconcelos",
      // their titles say whose each is.)
      const together = asksForRoleHolder(plan) ? [entity] : coordinatedWith(entity, plan, indexed, kb);
      if (opensWith(statement, together[0]!)) return "";
      return `${listInWords(together.map((e) => e.name))}. `;
    }
    case "when": {
      // The weekday is the calendar's: of the fact's own date, else of the day its sentence names.
      if (understanding.time === "weekday") {
        const day = indexed.fact.date ?? dayNamedIn(statement);
        const weekday = day ? weekdayOf(day) : undefined;
        if (!day || !weekday) return "";
        return statement.includes(formatDate(day)) ? `${weekday}. ` : `On ${weekday}, ${formatDate(day)}: `;
      }
      // "On 13 and 14 October 2026": a span of days, the sentence's only time, said with both its
      // days in full, so the day it began stands as a day of its own.
      const span = daySpanLead(statement);
      if (span) return span;
      // Only the fact's own date says when it happened; the event's or the article's may not.
      const date = indexed.fact.date;
      if (!date) return "";
      const readable = formatDate(date);
      if (statement.includes(readable)) return "";
      // "The March 2026 talks were held at …", dated 10 March 2026: the day the sentence gives
      // only as its month.
      if (statesDate(statement)) {
        if (onlyItsMonth(statement, date)) return `On ${readable}: `;
        // "When did they agree to build it?" of "The ministers agreed to sign … in May 2026, … to
        // build it between 2027 and 2031": the sentence's times are of what was to come; the day
        // the act was done is the fact's own.
        // (Not where the plan itself is asked: "when was it due to be signed?")
        if (plan.future || PLAN_ASKED.test(plan.text) || !timesOnlyToCome(statement)) return "";
        if (asksInThePast(plan)) return `On ${readable}: `;
        // "When does Ghana take over the chair?" of "The commission agreed that Ghana will take over
        // … on 1 January 2027", dated 17 November 2026: the time asked is the time to come, so the
        // answer leads with it, not with the day it was agreed ("On 17 November 2026: …").
        return timeToComeLead(statement);
      }
      return `On ${readable}: `;
    }
    case "where": {
      // ("Where did he go?" is answered by the post he moved on to: the venue is where it was told.)
      if (understanding.time === "destination") return "";
      // A place the fact itself names beats the event's venue: talks "in Norland" may follow a meeting elsewhere.
      const mentioned = new Set(plan.mentions.flatMap((m) => m.entityIds));
      const place = indexed.fact.entities
        .map((id) => kb.entity(id))
        .find((e) => e?.kind === "place" && !mentioned.has(e.id));
      const event = indexed.fact.event ? kb.event(indexed.fact.event) : undefined;
      // "Where was the ferry agreement signed?" of "… signed an agreement on 17 June 2026 to open a
      // fast ferry between Busan and Karatsu": the place the sentence names is what the act is about,
      // not where it was done; where the meeting's own act is asked and the sentence says where
      // nothing was done ("in …", "at …"), the meeting's venue is.
      if (
        place &&
        event?.place &&
        MEETING_ACT_ASKED.test(plan.text) &&
        !NAMES_A_PLACE_IN.test(statement) &&
        !AT_A_PLACE.test(statement) &&
        !statement.includes(event.place)
      )
        return `In ${event.place}: `;
      if (place) return statement.includes(place.name) ? "" : `In ${place.name}: `;
      if (NAMES_A_PLACE_IN.test(statement)) return "";
      return event?.place && !statement.includes(event.place) ? `In ${event.place}: ` : "";
    }
    case "yesno":
      return "Here is what my sources say: ";
    default:
      return "";
  }
}

/**
 * The question asks what was done ("when did they agree to build it?", "when was it due?"): its
 * verb is in the past, so a sentence's own day is when that was.
 */
function asksInThePast(plan: QueryPlan): boolean {
  return plan.words.some((word) => PAST_AUXILIARIES.has(word));
}
const PAST_AUXILIARIES = new Set(["did", "was", "were", "had", "didn't", "wasn't", "weren't"]);

/**
 * The one time the sentence names, with the word that places it ("on 1 January 2027", "by March
 * 2027", "in the first half of 2029"), as the answer's lead; none found, no lead.
 */
function timeToComeLead(statement: string): string {
  const said = statement.match(TIME_SAID);
  // ("Due to start in October 2026, will now start in March 2027", "in May 2029 instead of May
  // 2028": of several times, which is the one asked the words around them say, not the order.)
  if (said?.length !== 1) return "";
  const time = said[0]!;
  // ("Planned for 15 February 2027": a bare time is placed as a date is, on a day, in a month.)
  const placed = PLACING_WORD.test(time) ? time : `${DAY_FIRST.test(time) ? "on" : "in"} ${time}`;
  return `${placed[0]!.toUpperCase()}${placed.slice(1)}: `;
}
const PLACING_WORD = /^(?:on|in|by|from|until|before|after|around) /i;
const DAY_FIRST = /^\d{1,2} /;
const TIME_SAID = new RegExp(
  `\\b(?:(?:on|in|by|from|until|before|after|around) )?(?:(?:the )?(?:first|second) half of |(?:early|mid|late)[- ]|(?:the )?(?:end|start|beginning|middle) of )?(?:(?:\\d{1,2} )?(?:${MONTHS.join("|")}) )?(?:19|20)\\d{2}\\b`,
  "gi",
);

/**
 * Every time the sentence names comes after a word of what is to come ("will", "due", "agreed to
 * sign … in May 2026"), so none of them is when the sentence's own act was done.
 */
function timesOnlyToCome(statement: string): boolean {
  const first = statement.search(YEAR_OR_MONTH_SAID);
  return first > 0 && TO_COME_BEFORE.test(statement.slice(0, first));
}
const YEAR_OR_MONTH_SAID = new RegExp(`\\b(?:(?:19|20)\\d{2}|${MONTHS.join("|")})\\b`);
const PLAN_ASKED =
  /\b(?:due|supposed|should|meant|planned|plan|expected|scheduled|originally|will|going to)\b/i;
const TO_COME_BEFORE =
  /\b(?:will|would|due|planned|plans?|expected|scheduled|to be|(?:agreed|decided|promised|pledged|undertook|hoped|aimed|vowed|offered|invited)\b[^.;,]*?\bto)\b/i;

/**
 * The sentence names the month and year of the day given ("March 2026" of 2026-03-10) and no other
 * time: no day of a month, no other month, no other year.
 */
function onlyItsMonth(statement: string, day: string): boolean {
  const month = MONTHS[Number(day.slice(5, 7)) - 1];
  const year = day.slice(0, 4);
  const at = month ? statement.indexOf(`${month} ${year}`) : -1;
  if (at < 0) return false;
  // (The month sets the sentence's own time, before its verb: "The March 2026 talks were held", not
  // "the agreement due to be signed in June 2026 was put off".)
  const verb = statement.search(FIRST_VERB);
  if (verb >= 0 && verb < at) return false;
  if (DAY_AND_MONTH.test(statement)) return false;
  const months = statement.match(MONTH_NAMES) ?? [];
  const years = statement.match(YEARS) ?? [];
  return months.every((m) => m === month) && years.every((y) => y === year);
}
const FIRST_VERB = /\b(?:is|are|was|were|has|have|had|will|would|due|to|\w{3,}ed)\b/;
const MONTH_NAMES = new RegExp(`\\b(?:${MONTHS.join("|")})\\b`, "g");
const DAY_AND_MONTH = new RegExp(
  `\\b\\d{1,2} (?:${MONTHS.join("|")})\\b|\\b(?:${MONTHS.join("|")}) \\d{1,2}\\b(?!\\d)`,
);
const YEARS = /\b(?:19|20)\d\d\b/g;

/**
 * Whom a fact answers "who" or "which" with, as the answer's lead names them: of a handover the one
 * asked of (before, after, now), of figures the extreme holder, else the fact's answering entity.
 * `holder`: one of a handover, named alone; `extreme`: the one of figures, always named first.
 */
export function answeringEntity(
  understanding: Understanding,
  indexed: IndexedFact,
  kb: KnowledgeBase,
): { entity: Entity; by: "holder" | "extreme" | "fact" } | undefined {
  const { plan } = understanding;
  const holder = (entity: Entity | undefined) => (entity ? { entity, by: "holder" as const } : undefined);
  // "Who chaired it before?": the one handed over from, never the holder handed over to.
  if (understanding.time === "past-holder") return holder(predecessorIn(plan, indexed, kb));
  if (understanding.time === "successor") return holder(successorIn(plan, indexed, kb));
  // "Who pays the most?": of the ones the fact gives a figure each, the one with the extreme.
  if (understanding.superlative) {
    const extreme = extremeHolderIn(plan, indexed, kb, understanding.superlative);
    if (extreme) return { entity: extreme, by: "extreme" };
  }
  // "Who heads it now?": of a handover, the one it went to, never the one it came from.
  if (understanding.time === "current" || understanding.time === "present") {
    const current = currentHolderIn(plan, indexed, kb);
    if (current) return holder(current);
  }
  // "Which programme runs until 2027?": the sentence says which ends then; an entity it
  // lists first may be another one ("a memorandum … and a programme for 2025-2027").
  if (understanding.time === "end" && plan.kind === "which") return undefined;
  const entity = answerEntity(plan, indexed, kb);
  return entity ? { entity, by: "fact" } : undefined;
}

/**
 * "Who is the president of Chile?": the answer is whoever the fact calls that, and a fact that
 * only mentions "the President of Chile" without naming them does not answer.
 */
export function asksForRoleHolder(plan: QueryPlan): boolean {
  return plan.whoIs && roleProximities(plan).length > 0;
}

/**
 * "Who replaced Warsame as Somalia's agriculture minister?": the role stands after "as", the post
 * someone took; its holder is the one asked for, not someone the question names.
 */
function roleTakenAs(plan: QueryPlan): boolean {
  return roleProximities(plan).some((p) => {
    const term = plan.terms[p.term];
    const mention = "mention" in p.target ? plan.mentions[p.target.mention] : undefined;
    if (!term || !mention) return false;
    return plan.words[Math.min(term.position, mention.position) - 1] === "as";
  });
}

function roleProximities(plan: QueryPlan): Proximity[] {
  // "Who is leading the CFPC now?": a hedge word beside a name is no role.
  return plan.proximities.filter((p) => "mention" in p.target && (plan.terms[p.term]?.weight ?? 0) >= 1);
}

/**
 * The fact's entities that the question names by a role ("the president of Azerbaijan"): their
 * own description says it, or the fact's sentence does right beside their name ("Ganbold Dorj,
 * President of Mongolia", "Chilean Foreign Minister Tomás Iturra Vial").
 */
export function describedEntities(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): Entity[] {
  // A role is something someone can be ("the CICA chair", "the Ghanaian foreign minister"): in
  // "Costa Rican pork", "pork" is not.
  const roles = roleProximities(plan).filter((role) => {
    const term = plan.terms[role.term];
    if (!term) return false;
    const head = plan.terms.find((t) => t.position === term.position + 1);
    return canNamePerson(term.word) || (head !== undefined && canNamePerson(head.word));
  });
  if (roles.length === 0) return [];
  // A role is found in a text only where one of its words is: the fact's and each entity's index
  // of words say whether to read the sentence or a title word by word at all (a question's first
  // call would tokenise every fact it weighs and each of their people for this).
  const roleWord = (has: (stem: string) => boolean) =>
    roles.some((role) => {
      for (const stem of plan.terms[role.term]!.alternatives.keys()) if (has(stem)) return true;
      return false;
    });
  const inStatement = roleWord((stem) => indexed.terms.has(stem));
  // Where in the sentence each role stands, worked out once for all the fact's entities.
  let positionsOfRoles: number[][] | undefined;
  const asked = (role: Proximity, sequence: readonly Token[], at: number[]) =>
    at.filter(
      (s) =>
        !rankChanged(plan, sequence, s) &&
        modifiersNear(plan, role, sequence, s) &&
        headNear(plan, plan.terms[role.term]!, sequence, s),
    );
  const roleAt = () => {
    if (!positionsOfRoles) {
      const [statement = []] = factSequences(indexed.fact);
      positionsOfRoles = roles.map((role) =>
        asked(role, statement, proximityPositions(plan, role, statement, kb)),
      );
    }
    return positionsOfRoles;
  };
  const described: Entity[] = [];
  const besideOnly: Entity[] = [];
  const mentioned = new Set(plan.mentions.flatMap((m) => m.entityIds));
  for (const id of indexed.fact.entities) {
    const entity = kb.entity(id);
    // The holder of a role is a person, a country ("Azerbaijan chairs CICA") or a body, never
    // the thing the role is of.
    if (!entity || mentioned.has(id) || !HOLDER_KINDS.has(entity.kind)) continue;
    // A role people hold ("foreign minister": some person's description says it) is held by a
    // person, not by a country named beside it.
    if (entity.kind !== "person" && roles.some((role) => isPersonRole(plan, role, kb))) continue;
    // What someone is: their name and the titles in their description ("Foreign Minister of Costa
    // Rica"), not what it says they did ("hosted Panama's foreign minister").
    const bySelf =
      roleWord((stem) => kb.entityTermStrength(id, stem) > 0) &&
      roles.some((role) => {
        const title = titleTokens(entity);
        return (
          asked(role, title, proximityPositions(plan, role, title, kb)).length > 0 ||
          titleSays(plan, role, entity, kb)
        );
      });
    const beside = () => {
      if (!inStatement) return false;
      const [statement = []] = factSequences(indexed.fact);
      return roleAt().some((at) =>
        entityWords(entity).names.some((name) =>
          namePositions(statement, name).some((n) => at.some((s) => s >= n - 3 && s <= n + name.length + 1)),
        ),
      );
    };
    if (bySelf) described.push(entity);
    else if (beside()) besideOnly.push(entity);
  }
  // Whose own description says the role before whom the sentence merely names beside it: in
  // "Bolivia and Brazil sent their deputy foreign ministers, Carla Quispe and Henrique Vasconcelos",
  // Brazil's is the one described as Brazil's.
  return [...described, ...besideOnly];
}

/**
 * A title in a description is all of one piece: "Deputy Minister of Foreign Affairs of Brazil"
 * says whose deputy minister she is, however far apart the words stand.
 */
function titleSays(plan: QueryPlan, role: Proximity, entity: Entity, kb: KnowledgeBase): boolean {
  if (!("mention" in role.target)) return false;
  const term = plan.terms[role.term];
  const whose = plan.mentions[role.target.mention]?.entityIds ?? [];
  if (!term || whose.length === 0) return false;
  const title = titleTokens(entity);
  return (
    mentionPositions(title, whose, kb).length > 0 &&
    title.some(
      (token, i) =>
        term.alternatives.has(token.stem) &&
        !rankChanged(plan, title, i) &&
        modifiersNear(plan, role, title, i) &&
        headNear(plan, term, title, i),
    )
  );
}

/**
 * "Georgia's foreign minister" asked by its adjective: the person it describes must be near it too
 * ("Minister of Foreign Affairs"), and of the rank asked. "Deputy Minister of Foreign Affairs of
 * Georgia; director of the foreign ministry's consular department" holds "foreign" and Georgia,
 * but no foreign minister.
 */
function headNear(plan: QueryPlan, term: Term, sequence: readonly Token[], at: number): boolean {
  const head = plan.terms.find((t) => t.position === term.position + 1);
  if (
    !head ||
    head.weight < 1 ||
    head.kinds.length > 0 ||
    canNamePerson(term.word) ||
    !canNamePerson(head.word)
  )
    return true;
  const from = Math.max(0, at - HEAD_REACH);
  for (let i = from; i <= Math.min(sequence.length - 1, at + MODIFIER_REACH); i++) {
    if ((head.alternatives.get(sequence[i]!.stem) ?? 0) >= 1 && !rankChanged(plan, sequence, i)) return true;
  }
  return false;
}

const titles = new WeakMap<Entity, Token[]>();
function titleTokens(entity: Entity): Token[] {
  let title = titles.get(entity);
  if (!title) {
    // What each clause says someone is ("Ambassador to China from 2018 to 2022", "Former Minister
    // for Foreign Affairs of Ghana, succeeded by …"), up to what it says they did.
    title = [...tokenize(entity.name)];
    for (const clause of entity.description.split(";")) {
      const tokens = tokenize(clause);
      const act = tokens.findIndex((token) => !token.nameLike && isPastVerb(token.word));
      // A clause's capitalised first word is as much a name as it is mid-sentence: "Georgian
      // Minister of Energy" names Georgia as "the Georgian Minister" does.
      const [first] = tokens;
      if (first && !first.nameLike && first.text[0] !== first.word[0])
        tokens[0] = tokenOf({ ...first, nameLike: true });
      title.push(...(act < 0 ? tokens : tokens.slice(0, act)));
    }
    titles.set(entity, title);
  }
  return title;
}

/**
 * "Deputy Foreign Minister", "Vice Minister of Foreign Affairs", "former chair": a word that makes
 * the role another one, when the question does not have it.
 */
function rankChanged(plan: QueryPlan, sequence: readonly Token[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 3); i--) {
    const word = sequence[i]!.word;
    if (RANK_WORDS.has(word)) {
      // "Who was the foreign minister before her?" asks for the former one.
      if (PAST_RANK_WORDS.has(word) && plan.words.some((w) => ASKS_THE_PAST.has(w))) return false;
      return !plan.words.includes(word);
    }
  }
  return false;
}

/**
 * "The foreign minister of Panama": the words right before the role's ("foreign") belong to it, and
 * stand near it wherever the role is said ("Foreign Minister", "Minister of Foreign Affairs"); the
 * Minister of Agricultural Development is another minister.
 */
function modifiersNear(plan: QueryPlan, role: Proximity, sequence: readonly Token[], at: number): boolean {
  const term = plan.terms[role.term];
  if (!term) return true;
  for (let position = term.position - 1; position >= term.position - 2; position--) {
    const modifier = plan.terms.find((t) => t.position === position);
    if (!modifier || modifier.weight < 1 || modifier.kinds.length > 0 || RANK_WORDS.has(modifier.word)) break;
    const from = Math.max(0, at - MODIFIER_REACH);
    const near = sequence.slice(from, at + MODIFIER_REACH + 1);
    if (!near.some((token) => modifier.alternatives.has(token.stem))) return false;
  }
  return true;
}

/** How far before its modifier the role's head may stand: "Minister of Posts and Telecommunications". */
const HEAD_REACH = 5;
/** How far from the role's word its modifier may stand: "Minister for Foreign Affairs". */
const MODIFIER_REACH = 3;

const PAST_RANK_WORDS = new Set(["former", "ex"]);
const ASKS_THE_PAST = new Set(["before", "previous", "previously", "prior", "predecessor", "earlier"]);

/** Some person in the store is described by the role's word ("Foreign Minister of …"). */
function isPersonRole(plan: QueryPlan, role: Proximity, kb: KnowledgeBase): boolean {
  const term = plan.terms[role.term];
  if (!term) return false;
  for (const stem of term.alternatives.keys()) {
    for (const [id] of kb.entitiesWithStem(stem)) if (kb.entity(id)?.kind === "person") return true;
  }
  return false;
}

/** How sure an answer is whose meeting record says the person did the act for the country asked. */
const SIDE_TOLD = 0.9;
/** …and one that is only the country's one person at the meeting. */
const SIDE_ONLY_ONE = 0.8;

/** Words from a person's name to the possessive opening their title ("Orawee Kladsomboon, Thailand's"). */
const APPOSITION_REACH = 2;

const DANGLING_PREPOSITION = /\b(to|from|for|at|in|on)\W*$/i;

const HOLDER_KINDS = new Set<Entity["kind"]>(["person", "country", "organization"]);

/** The entity a who/which question is after: one the fact names and the question does not. */
/** The kinds a who-question's answer may be, and the order answers are preferred in among equals. */
const WHO_KINDS: ReadonlySet<string> = new Set(["person", "country", "organization"]);
const ANSWER_KIND_PREFERENCE = ["person", "country", "organization", "initiative", "place", "event", "other"];

export function answerEntity(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): Entity | undefined {
  const described = describedEntities(plan, indexed, kb);
  if (asksForRoleHolder(plan) || (plan.kind === "who" && roleTakenAs(plan))) return described[0];
  // "Who signed it for Cuba?" of "… by Timor-Leste's minister Olinda Hornay and Cuba's ambassador,
  // Raúl Echemendía": the one of Cuba's people.
  const actedFor = countryActedFor(plan, kb);
  const theirs = actedFor ? indexed.fact.entities.filter((id) => personOfCountry(id, actedFor, kb)) : [];
  if (theirs.length === 1) return kb.entity(theirs[0]!);
  // Two of that country's people in the sentence ("Oyarzún-Kessler replaced Ñancupil, who led
  // Chile at the San Juan talks"): the one the sentence ties to what was asked, of those two.
  const ofTheCountry = theirs.length > 1 ? new Set(theirs) : undefined;
  // "Who did the president of Azerbaijan receive?": not the president.
  const mentioned = new Set<string>();
  for (const mention of plan.mentions) for (const id of mention.entityIds) mentioned.add(id);
  for (const entity of described) mentioned.add(entity.id);
  for (const id of indexed.fact.entities) if (isTheThingLed(plan, id, kb)) mentioned.add(id);
  const focus = plan.focus;
  if (focus && focus.kinds.length === 0) {
    // "Which outlet ...": the entity whose own name or description says what it is.
    return indexed.fact.entities
      .map((id) => kb.entity(id))
      .find(
        (entity): entity is Entity =>
          !!entity &&
          !mentioned.has(entity.id) &&
          entityWords(entity).line.some((t) => focus.alternatives.has(t.stem)),
      );
  }
  // ("Who heads the heritage institute?": the kind of the thing led is not the kind of its leader.)
  const led = ledWords(plan);
  const wantedKinds = new Set(
    focus ? focus.kinds : plan.terms.flatMap((t) => (led?.includes(t) ? [] : t.kinds)),
  );
  const acceptable = (entity: Entity) =>
    ofTheCountry
      ? ofTheCountry.has(entity.id)
      : wantedKinds.size > 0
        ? wantedKinds.has(entity.kind)
        : plan.kind === "who"
          ? WHO_KINDS.has(entity.kind)
          : true;
  // The one the sentence ties to what was asked ("reported by News.Az", "received Kairat
  // Sarybay"): nearest to the question's words in the statement; then people, countries, bodies.
  const [statement = []] = factSequences(indexed.fact);
  const asked: number[] = [];
  for (let i = 0; i < statement.length; i++) {
    const stem = statement[i]!.stem;
    if (plan.terms.some((term) => term.weight >= 1 && term.alternatives.has(stem))) asked.push(i);
  }
  // "Which country was Iturra ambassador to?": the answer is what follows "to" in the sentence.
  const dangling = DANGLING_PREPOSITION.exec(plan.text)?.[1]?.toLowerCase();
  // Where the fact's people are named: a country or body right before one ("Chilean Foreign
  // Minister Tomás Iturra Vial") only says whose they are.
  const peopleAt: number[] = [];
  const peopleEnd: number[] = [];
  for (const id of indexed.fact.entities) {
    const person = kb.entity(id);
    if (person?.kind !== "person") continue;
    for (const name of entityWords(person).names)
      for (const n of namePositions(statement, name)) {
        peopleAt.push(n);
        peopleEnd.push(n + name.length - 1);
      }
  }
  // "Who received/hosted X?" asks who did it: in "X was received at … by Y", Y, whatever stands
  // nearer the verb.
  const doer = asksTheDoer(plan);
  const doerAfter = doer
    ? (agentOfNamed(plan, statement, kb) ?? passiveAgentStart(statement, asked))
    : undefined;
  // Who does it in the active voice stands before the verb ("the CBBM would train 120 paramedics
  // from Lithuania"): a name after the question's own verb is what the act is done to or for.
  const verb = doer && doerAfter === undefined ? doerVerb(plan) : undefined;
  const saidAt = verb
    ? statement.findIndex(
        (token) => (verb.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH && isVerb(token.word),
      )
    : -1;
  // A fact that has the act asked only among its keywords ("host" of "Ferraro chaired the talks
  // between Argentina and Paraguay"): who did it is who did the sentence's own act, before its verb.
  const verbAt =
    verb && saidAt < 0
      ? statement.findIndex((token, i) => i > 0 && !token.nameLike && isPastVerb(token.word))
      : saidAt;
  // "Who did Aliyev thank for the chairmanship transition?": the one named acts, and the answer is
  // who the act was done to, the first name after the statement's verb ("thanked all CICA member
  // countries, including Kazakhstan, during the transition of the CICA chairmanship"), not the name
  // nearest the question's other words. A body's name before a noun only says whose the noun is
  // ("CICA member countries", "the CICA chairmanship").
  const objectVerb = doer ? undefined : objectAskedVerb(plan);
  const objectVerbAt = objectVerb
    ? statement.findIndex(
        (token) => (objectVerb.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH && isVerb(token.word),
      )
    : -1;
  // Where each of the fact's names stands: a name inside a longer one ("Samoa" in "the Samoa-Tonga
  // Cable Authority") is the longer one's word, not a mention of its own.
  const spans: [number, number][] = [];
  for (const id of indexed.fact.entities) {
    const named = kb.entity(id);
    if (!named) continue;
    for (const name of entityWords(named).names)
      for (const n of namePositions(statement, name)) spans.push([n, n + name.length]);
  }
  const insideLonger = (n: number, length: number) =>
    spans.some(([from, to]) => from <= n && to >= n + length && to - from > length);
  // Token distance from the question's words; -1 for a name right after the dangling preposition
  // or the passive's "by".
  const distanceOf = (entity: Entity) => {
    let best = asked.length === 0 ? 0 : Number.POSITIVE_INFINITY;
    for (const name of entityWords(entity).names) {
      for (const n of namePositions(statement, name)) {
        if (insideLonger(n, name.length)) continue;
        if (dangling && statement[n - 1]?.word === dangling) return -1;
        // The passive's agent: a person past a title, or whoever stands right after "by"
        // ("talks … mediated by Uruguay").
        if (
          doerAfter !== undefined &&
          (n === doerAfter ||
            (entity.kind === "person" && n >= doerAfter && n <= doerAfter + PASSIVE_AGENT_REACH))
        )
          return -1;
        // "President of Azerbaijan": named as someone's, not as who did or underwent anything.
        if (statement[n - 1]?.word === "of") continue;
        const after = n + name.length;
        if (entity.kind !== "person" && peopleAt.some((p) => p >= after && p <= after + 3)) continue;
        // …nor one whose possessive opens the title after a person's name ("Raed Khalaileh-Nsour,
        // Jordan's Minister of Water, chaired …"): that person did the act, the country is theirs.
        if (
          entity.kind !== "person" &&
          statement[after - 1]?.possessive &&
          peopleEnd.some((e) => e < n && e >= n - APPOSITION_REACH)
        )
          continue;
        const end = n + name.length - 1;
        if (objectVerbAt >= 0) {
          if (n <= objectVerbAt) continue;
          if (entity.kind !== "person" && namesWhoseNounFollows(statement[after])) continue;
          best = Math.min(best, n - objectVerbAt);
          continue;
        }
        // A question word inside the name ("the Conference on Interaction ...") is no distance.
        const past = verbAt >= 0 && n > verbAt ? AFTER_THE_VERB : 0;
        for (const a of asked) best = Math.min(best, past + (a < n ? n - a : a > end ? a - end : 0));
      }
    }
    return best;
  };
  // The first of the nearest, then of the most preferred kind (what a stable sort puts first).
  let best: { entity: Entity; distance: number; rank: number } | undefined;
  for (const id of indexed.fact.entities) {
    const entity = kb.entity(id);
    if (!entity || mentioned.has(entity.id) || !acceptable(entity)) continue;
    const distance = distanceOf(entity);
    const rank = ANSWER_KIND_PREFERENCE.indexOf(entity.kind);
    if (!best || distance < best.distance || (distance === best.distance && rank < best.rank))
      best = { entity, distance, rank };
  }
  // Nothing the store knows follows the preposition, or the one left is only named as someone's
  // ("of Azerbaijan"): the sentence answers, not a name.
  if (dangling && best && best.distance >= 0) return undefined;
  if (best && best.distance === Number.POSITIVE_INFINITY) return undefined;
  return best?.entity;
}

/**
 * "Who's the new boss of Guatemala's heritage institute?", "who heads the ferry company?": the
 * question names what is led by its own words, not by a name, and the fact's body that those words
 * describe ("Institute of Anthropology and History", "Guatemala's heritage agency") is the thing
 * led, never its leader: the answer is someone the fact names beside it ("Heriberto Sacalxot is
 * director general of …"). Every word the question puts after the verb of leading must be the
 * body's own (its name or description), so that "who heads the bank's loan committee?" still
 * finds the committee's chair and not a body that only shares "bank".
 */
function isTheThingLed(plan: QueryPlan, id: string, kb: KnowledgeBase): boolean {
  const entity = kb.entity(id);
  if (!entity || entity.kind === "person" || entity.kind === "country" || entity.kind === "place")
    return false;
  const led = ledWords(plan);
  if (!led) return false;
  const own = entityWords(entity).line;
  return led.every((term) => own.some((token) => (term.alternatives.get(token.stem) ?? 0) >= STRONG_MATCH));
}

/** The words after a who-question's verb of leading ("heads", "runs", "boss"): what is led; none without one. */
function ledWords(plan: QueryPlan): readonly Term[] | undefined {
  if (plan.kind !== "who") return undefined;
  const lead = plan.terms.find(
    (t) => t.weight >= 1 && t.kinds.length === 0 && (t.alternatives.get("lead") ?? 0) >= LEADING_FAMILY,
  );
  if (!lead) return undefined;
  const led = plan.terms.filter((t) => t.position > lead.position && t.weight >= 1);
  return led.length > 0 ? led : undefined;
}

/**
 * The verb of "who did X <verb> …?", "whom did X <verb>?": the one named does the act, and who it
 * was done to is asked (not a verb mutual in itself, "who did X meet?", whose answer is the other
 * party wherever it stands).
 */
function objectAskedVerb(plan: QueryPlan): Term | undefined {
  if (plan.kind !== "who") return undefined;
  const role = askedRole(plan);
  if (role?.role !== "agent" || role.intransitive) return undefined;
  return plan.terms[role.verb];
}

/** A word after a name that makes the name its modifier ("CICA *member* countries"): a common noun, no name, no verb form. */
function namesWhoseNounFollows(next: Token | undefined): boolean {
  return (
    next !== undefined &&
    !next.nameLike &&
    !next.possessive &&
    !STOPWORDS.has(next.word) &&
    isNoun(next.word) &&
    !isPastVerb(next.word)
  );
}

/** "Who received X?": a who-question whose verb comes straight after "who". */
function asksTheDoer(plan: QueryPlan): boolean {
  return doerVerb(plan) !== undefined;
}

/**
 * The verb of "who <verb> …?". "Who will train …?", "who is going to train …?": a modal before
 * the verb still asks who does it ("who did X meet?" does not).
 */
function doerVerb(plan: QueryPlan): Term | undefined {
  if (plan.kind !== "who" || plan.words[0] !== "who") return undefined;
  let verbAt = 1;
  while (verbAt <= 2 && MODALS.has(plan.words[verbAt] ?? "")) verbAt++;
  return plan.terms.find((t) => t.position === verbAt && t.weight >= 1);
}

const MODALS: ReadonlySet<string> = new Set([...MODAL_VERBS, "is", "are"]);
/** How much further a name after the verb stands from being who did it. */
const AFTER_THE_VERB = 10;

/**
 * How far after the passive's "by" the agent's name may stand: past a title in front of it
 * ("by Lithuania's Minister of Foreign Affairs, Rūta Žemaitytė").
 */
const PASSIVE_AGENT_REACH = 9;

/** How far a "by" may stand after a name it gives the doer for: "Nepal's delegation (was led) by". */
const NAMED_TO_BY = 4;

/**
 * "Who led Nepal's delegation?" of "Bhutan's delegation was led by Sonam Choden, and Nepal's
 * delegation by Bishnu Gautam": a passive's doers told one by one, each after the "by" that follows
 * the one it is for; the question's own name picks its clause, not the first "by" after the verb.
 */
function agentOfNamed(plan: QueryPlan, statement: readonly Token[], kb: KnowledgeBase): number | undefined {
  for (const mention of plan.mentions) {
    for (const at of mentionPositions(statement, mention.entityIds, kb)) {
      for (let i = at + 1; i <= Math.min(statement.length - 2, at + NAMED_TO_BY); i++) {
        if (statement[i]!.word === "by") return i + 1;
        // (Only within the name's own clause.)
        if (statement[i]!.word === "and" || statement[i]!.word === ",") break;
      }
    }
  }
  return undefined;
}

/** Where the agent of a passive verb among the asked words starts: the word after its "by". */
function passiveAgentStart(statement: readonly Token[], asked: readonly number[]): number | undefined {
  for (const at of asked) {
    // "talks in Montevideo mediated by Uruguay": a participle with its "by" and no "was".
    if (statement[at + 1]?.word === "by" && isPastVerb(statement[at]!.word)) return at + 2;
    if (!BE.has(statement[at - 1]?.word ?? "")) continue;
    for (let i = at + 1; i < Math.min(statement.length, at + 20); i++) {
      if (statement[i]!.word === "by") return i + 1;
    }
  }
  return undefined;
}

/** The entity a handover names as the one before: "took over from X", "succeeded X", "X's predecessor". */
export function predecessorIn(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): Entity | undefined {
  const [statement = []] = factSequences(indexed.fact);
  const mentioned = new Set(plan.mentions.flatMap((m) => m.entityIds));
  for (const id of indexed.fact.entities) {
    const entity = kb.entity(id);
    if (!entity || mentioned.has(id)) continue;
    for (const name of entityWords(entity).names) {
      for (const at of namePositions(statement, name)) {
        if (predecessorCueBefore(statement, at)) return entity;
      }
    }
  }
  // "Cabo Verde handed the chair to Mauritania": the one handing over came before.
  // A question naming a person ("before Alfaro") asks about the handover to them.
  const namesPerson = [...mentioned].some((id) => kb.entity(id)?.kind === "person");
  return handoversIn(indexed, kb).find(
    (h) => !mentioned.has(h.from.id) && (mentioned.has(h.to.id) || !namesPerson),
  )?.from;
}

/**
 * "Who will chair it after Uruguay?": the one a handover in the fact goes to from the holder
 * the question names ("Uruguay will hand over the presidency to Bolivia", "Lemos succeeded
 * Villarroel"), never the one named.
 */
export function successorIn(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): Entity | undefined {
  const mentioned = new Set(plan.mentions.flatMap((m) => m.entityIds));
  return handoversIn(indexed, kb).find((h) => mentioned.has(h.from.id) && !mentioned.has(h.to.id))?.to;
}

/**
 * "Who had the secretariat director job before Merchison?" where the store says "named Yolanda
 * Merchison … as the first director of the secretariat": there was no one before; the one asked is
 * named as the first holder of a post ("the first director", "its first chief executive").
 */
export function namedFirstHolder(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  if (!statementHasAnyOf(indexed, FIRST)) return false;
  const [statement = []] = factSequences(indexed.fact);
  const people = plan.mentions.flatMap((m) => m.entityIds).filter((id) => kb.entity(id)?.kind === "person");
  if (people.length === 0 || mentionPositions(statement, people, kb).length === 0) return false;
  return statement.some(
    (token, i) =>
      token.word === "first" &&
      // ("For the first time a driver will hand over his papers once" names no first holder.)
      statement[i + 1]?.word !== "time" &&
      statement.slice(i + 1, i + 1 + FIRST_POST_REACH).some((t) => isPersonNoun(t.word) || POSTS.has(t.word)),
  );
}
const FIRST = wordsToFind(["first"]);
/** Words from "first" to the post ("the first executive director"). */
const FIRST_POST_REACH = 3;
const POSTS: ReadonlySet<string> = new Set([
  "director",
  "chair",
  "chairman",
  "chairwoman",
  "president",
  "head",
  "secretary",
  "chief",
  "coordinator",
  "commissioner",
]);

/**
 * "Scally will chair the committee for the first two years, after which the chair passes to an
 * Icelandic scientist": the one asked about hands on to someone the store names only by what they
 * are. The sentence names the one asked, then a passing on to no one it names.
 */
export function passesOnToSomeoneUnnamed(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): boolean {
  if (!statementHasAnyOf(indexed, HANDOVER_CUES)) return false;
  const [statement = []] = factSequences(indexed.fact);
  const people = plan.mentions.flatMap((m) => m.entityIds).filter((id) => kb.entity(id)?.kind === "person");
  const asked = mentionPositions(statement, people, kb);
  if (asked.length === 0) return false;
  // (A person named there is someone named: "passes to an Icelandic scientist" names no one.)
  const others = indexed.fact.entities.filter(
    (id) => kb.entity(id)?.kind === "person" && !people.includes(id),
  );
  const named = new Set(mentionPositions(statement, others, kb));
  return statement.some((token, i) => {
    if (!HANDS.has(token.word) || !asked.some((at) => at < i)) return false;
    const to = statement.findIndex((t, k) => k > i && k - i <= HANDOVER_REACH && t.word === "to");
    if (to < 0) return false;
    const receiver = to + 1 + (DETERMINERS.has(statement[to + 1]?.word ?? "") ? 1 : 0);
    return receiver < statement.length && ![...named].some((at) => at >= to + 1 && at <= receiver + 1);
  });
}

/**
 * "Poland will pay 35 percent of the fund, Romania 30 percent, Slovakia 20 percent": each name of
 * the kind asked for with the first figure after it, before the next name; the one with the
 * highest (or lowest) figure, when the fact gives at least two.
 */
function extremeHolderIn(
  plan: QueryPlan,
  indexed: IndexedFact,
  kb: KnowledgeBase,
  extreme: "most" | "least",
): Entity | undefined {
  const mentioned = new Set(plan.mentions.flatMap((m) => m.entityIds));
  const kinds = plan.focus?.kinds.length ? plan.focus.kinds : [...HOLDER_KINDS];
  const [statement = []] = factSequences(indexed.fact);
  const named = indexed.fact.entities
    .map((id) => kb.entity(id))
    .filter(
      (entity): entity is Entity => !!entity && !mentioned.has(entity.id) && kinds.includes(entity.kind),
    )
    .flatMap((entity) =>
      entityWords(entity).names.flatMap((name) =>
        namePositions(statement, name).map((at) => ({ at, entity })),
      ),
    )
    .sort((a, b) => a.at - b.at);
  const figures: { entity: Entity; figure: number }[] = [];
  named.forEach(({ at, entity }, i) => {
    const until = Math.min(named[i + 1]?.at ?? statement.length, at + FIGURE_REACH);
    const figure = statement.slice(at + 1, until).find((token) => /^\d[\d,.]*$/.test(token.word));
    if (figure) figures.push({ entity, figure: Number(figure.word.replace(/,/g, "")) });
  });
  if (new Set(figures.map((f) => f.entity.id)).size < 2) return undefined;
  const pick = (a: (typeof figures)[number], b: (typeof figures)[number]) =>
    extreme === "most" ? (b.figure > a.figure ? b : a) : b.figure < a.figure ? b : a;
  return figures.reduce(pick).entity;
}

const FIGURE_REACH = 8;

/** The one a handover in the fact went to, of the kind asked for ("which country", or who). */
function currentHolderIn(plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): Entity | undefined {
  const mentioned = new Set(plan.mentions.flatMap((m) => m.entityIds));
  const kinds = plan.focus?.kinds.length ? plan.focus.kinds : [...HOLDER_KINDS];
  return handoversIn(indexed, kb).find((h) => !mentioned.has(h.to.id) && kinds.includes(h.to.kind))?.to;
}

interface Handover {
  from: Entity;
  to: Entity;
}

/**
 * The handovers a fact's sentence states, read from its word order: "A succeeded B", "A
 * replaced B", "A took over from B" (B before A), and "B handed / passed / will hand over the
 * chair to A". Each side is the fact's entity named nearest the cue on its side.
 */
export function handoversIn(indexed: IndexedFact, kb: KnowledgeBase): Handover[] {
  // Only a statement with a cue in it can say one (most have none: their words are not read here).
  if (!statementHasAnyOf(indexed, HANDOVER_CUES)) return [];
  const [statement = []] = factSequences(indexed.fact);
  const named: { at: number; end: number; entity: Entity }[] = [];
  for (const id of indexed.fact.entities) {
    const entity = kb.entity(id);
    if (!entity || !HOLDER_KINDS.has(entity.kind)) continue;
    for (const name of entityWords(entity).names) {
      for (const at of namePositions(statement, name)) named.push({ at, end: at + name.length, entity });
    }
  }
  if (named.length < 2) return [];
  named.sort((a, b) => a.at - b.at);
  // The holder a sentence is about opens it: "Lemos, a Brazilian diplomat, succeeded Villarroel".
  const subjectBefore = (i: number) => named.find((n) => n.end <= i);
  const firstAfter = (i: number) => named.find((n) => n.at > i && n.at - i <= HANDOVER_REACH);
  const found: Handover[] = [];
  statement.forEach((token, i) => {
    const next = statement[i + 1]?.word;
    const successor = SUCCEEDS.has(token.word) || (TAKES.has(token.word) && next === "over");
    // "He was succeeded on 1 October by Trotman-Vidal", "was replaced by": the sentence's subject
    // is the one who left, the one after "by" the one who came.
    if (SUCCEEDS.has(token.word) && BE.has(statement[i - 1]?.word ?? "")) {
      const by = statement.findIndex((t, k) => k > i && k - i <= HANDOVER_REACH && t.word === "by");
      const left = subjectBefore(i);
      const came = by >= 0 ? firstAfter(by) : undefined;
      if (left && came && left.entity !== came.entity) found.push({ from: left.entity, to: came.entity });
      return;
    }
    if (successor) {
      const after = subjectBefore(i);
      // "Nazarov took over the committee in February from Karimov": the one after "from".
      const from = TAKES.has(token.word)
        ? statement.findIndex((t, k) => k > i + 1 && k - i <= TAKEN_FROM_REACH && t.word === "from")
        : -1;
      const before = firstAfter(from >= 0 ? from : TAKES.has(token.word) ? i + 2 : i);
      if (after && before && after.entity !== before.entity) {
        found.push({ from: before.entity, to: after.entity });
        return;
      }
      // "Trepat's term as president ends on 31 December 2026, and Folch-Arriagada will take over as
      // president on 1 January 2027": the one whose holding the sentence ends, earlier, to the one
      // named nearest before the taking over.
      // (Of the leaver's kind: "Folch-Arriagada, EBIPA's technical director, will take over" is hers.)
      const leaver = named.find((n) => n.end <= i && holdingEnds(statement, n.end));
      const taker = named
        .filter((n) => n.end <= i && n.at > (leaver?.at ?? i) && n.entity.kind === leaver?.entity.kind)
        .at(-1);
      if (taker && leaver && taker.entity !== leaver.entity)
        found.push({ from: leaver.entity, to: taker.entity });
      return;
    }
    // "Akpess-Dagou became managing director on 1 October, after Adjoumani-Bley retired": the
    // one who left right after "after", the one who took the post opening the sentence.
    if (token.word === "after") {
      const left = named.find((n) => n.at === i + 1);
      const came = subjectBefore(i);
      const leaving = left ? statement.slice(left.end, left.end + LEAVING_REACH) : [];
      const took = came ? statement.slice(came.end, i).some((t) => TAKES_A_POST.has(t.word)) : false;
      if (left && came && took && left.entity !== came.entity && leaving.some((t) => LEAVES.has(t.word)))
        found.push({ from: left.entity, to: came.entity });
      return;
    }
    if (!HANDS.has(token.word)) return;
    const to = statement.findIndex((t, k) => k > i && k - i <= HANDOVER_REACH && t.word === "to");
    const before = subjectBefore(i);
    const after = to >= 0 ? firstAfter(to) : undefined;
    if (
      before &&
      after &&
      after.at === to + 1 + (statement[to + 1]?.word === "the" ? 1 : 0) &&
      before.entity !== after.entity
    ) {
      found.push({ from: before.entity, to: after.entity });
    }
  });
  return found;
}

/**
 * Right after a holder's name, the sentence ends their holding: "'s term as president ends",
 * "will step down", "retires", "leaves office".
 */
function holdingEnds(statement: readonly Token[], end: number): boolean {
  const next = statement.slice(end, end + HOLDING_END_REACH).map((t) => t.word);
  const term = next.findIndex((word) => word === "term" || word === "mandate");
  if (term >= 0 && next.slice(term + 1).some((word) => TERM_ENDS.has(word))) return true;
  return next
    .slice(0, LEAVING_REACH + 1)
    .some((word, k, words) => LEAVES.has(word) || (STEPS.has(word) && words[k + 1] === "down"));
}
/** Words from a holder's name to the end of their holding ("'s term as EBIPA president ends"). */
const HOLDING_END_REACH = 8;
const TERM_ENDS: ReadonlySet<string> = new Set(["ends", "end", "expires", "expire", "lapses"]);
const STEPS: ReadonlySet<string> = new Set(["step", "steps", "stepping", "stepped"]);

/** Words between a handover's cue and the other side ("handed the CCFC's rotating chair to"). */
const HANDOVER_REACH = 8;
/** Words from "took" to its "from" ("took over as Executive Director of the SMSC on 1 January 2026 from"). */
const TAKEN_FROM_REACH = 16;
const SUCCEEDS = new Set(["succeeded", "succeeds", "succeeding", "replaced", "replaces", "replacing"]);
const TAKES = new Set(["took", "takes", "taking", "take"]);
const HANDS = new Set(["handed", "hands", "hand", "handing", "passed", "passes", "passing"]);
/** Words that take up a post ("became managing director", "was appointed"). */
const TAKES_A_POST = new Set(["became", "becomes", "appointed", "named", "elected", "chosen", "sworn"]);
/** Words that leave one ("after Adjoumani-Bley retired", "after she stepped down"). */
const LEAVES = new Set(["retired", "resigned", "stepped", "left", "quit", "died"]);
/** Words from the end of the name of the one who left to their verb ("X, the founder, retired"). */
const LEAVING_REACH = 3;
const HANDOVER_CUES = wordsToFind([...SUCCEEDS, ...TAKES, ...HANDS, ...LEAVES]);

/**
 * The answer and those of its kind the sentence names together with it ("Malaysia and Singapore",
 * "Poland, Romania and Slovakia"), in the sentence's order; none the question names.
 */
function coordinatedWith(answer: Entity, plan: QueryPlan, indexed: IndexedFact, kb: KnowledgeBase): Entity[] {
  const [statement = []] = factSequences(indexed.fact);
  const mentioned = new Set(plan.mentions.flatMap((m) => m.entityIds));
  const spans = indexed.fact.entities
    .map((id) => kb.entity(id))
    .filter((e): e is Entity => !!e && e.kind === answer.kind && (e === answer || !mentioned.has(e.id)))
    .flatMap((entity) =>
      entityWords(entity).names.flatMap((name) =>
        namePositions(statement, name).map((start) => ({ entity, start, end: start + name.length })),
      ),
    )
    .sort((a, b) => a.start - b.start);
  const at = spans.findIndex((span) => span.entity === answer);
  // Named twice ("Argentina, …, Paraguay and Uruguay held talks …, mediated by Uruguay"), the
  // sentence may give it for the act alone: which mention is the answer's is not known here.
  if (at < 0 || spans.filter((span) => span.entity === answer).length > 1) return [answer];
  // Next to each other, a comma (not a word) or "and"/"or" between.
  const joined = (left: (typeof spans)[number], right: (typeof spans)[number]) =>
    right.start === left.end || (right.start === left.end + 1 && COORDINATORS.has(statement[left.end]!.word));
  let first = at;
  while (first > 0 && joined(spans[first - 1]!, spans[first]!)) first--;
  let last = at;
  while (last + 1 < spans.length && joined(spans[last]!, spans[last + 1]!)) last++;
  const together = spans.slice(first, last + 1).map((span) => span.entity);
  return [...new Set(together)];
}

const COORDINATORS: ReadonlySet<string> = new Set(["and", "or"]);

/** Whether a statement and an entity's description have the same words of substance, besides its name. */
function saysOnlyTheDescription(statement: string, entity: Entity): boolean {
  const substance = (text: string) =>
    new Set(
      tokenize(text)
        .filter((token) => !STOPWORDS.has(token.word) && !BE.has(token.word))
        .map((token) => token.stem),
    );
  const named = new Set(
    [entity.name, ...entity.aliases].flatMap((name) => tokenize(name).map((t) => t.stem)),
  );
  const said = [...substance(statement)].filter((stem) => !named.has(stem));
  const described = substance(entity.description);
  return (
    said.length > 0 &&
    said.every((stem) => described.has(stem)) &&
    [...described].every((stem) => said.includes(stem) || named.has(stem))
  );
}

function opensWith(statement: string, entity: Entity): boolean {
  const start = statement.toLowerCase();
  return [entity.name, ...entity.aliases].some((name) => start.startsWith(name.toLowerCase()));
}

// ---- stage 5: the reply ----

/**
 * Longest overview text: an embed description holds 4096 characters, and the card's title,
 * fields and footer need room within its 6000.
 */
const MAX_OVERVIEW_CHARS = 3000;

/** "Topics: a; b; c." in the room there is, whole topics only ("… and 3 more"). */
function topicsLine(topics: readonly string[], room: number): string {
  if (topics.length === 0) return "";
  for (let shown = topics.length; shown > 0; shown--) {
    const more = topics.length - shown;
    const line = `Topics: ${topics.slice(0, shown).join("; ")}${more > 0 ? `; and ${more} more` : ""}.`;
    if (line.length <= room) return line;
  }
  return "";
}

/** The answer as the asker reads it, with its citations and the turn a follow-up may refer to. */
/**
 * "Was that before or after …?": which came first, the day of what was told before (`against`) or
 * the day of this answer (its first dated fact, else its meeting); nothing when this has no day.
 */
function whichCameFirst(
  against: string,
  cited: readonly IndexedFact[],
  event: string | undefined,
  kb: KnowledgeBase,
): string {
  const day =
    cited.map((indexed) => indexed.fact.date).find((date) => !!date) ??
    (event ? kb.event(event)?.date : undefined);
  if (!day) return "";
  const order = against < day ? "Before" : against > day ? "After" : "The same day";
  return `${order}: that was on ${formatDate(against)}, this on ${formatDate(day)}.\n`;
}

export function compose(verdict: Verdict, read: Reading & { kind: "read" }, kb: KnowledgeBase): AnswerResult {
  const { understanding } = read;
  const plan = understanding.plan;
  const answered = (
    text: string,
    confidence: number,
    cited: readonly IndexedFact[],
    about: { entities?: readonly string[]; event?: string; beside?: readonly IndexedFact[] } = {},
  ): AnswerResult => {
    const facts = cited.map((indexed) => citation(indexed, kb));
    const order = read.against ? whichCameFirst(read.against, cited, about.event, kb) : "";
    return {
      answered: true,
      answer: read.reading ? `${read.reading}.\n${order}${text}` : `${order}${text}`,
      confidence: round(confidence),
      facts,
      suggestions: [],
      ...(read.reading ? { reading: read.reading } : {}),
      turn: turnOf(
        understanding,
        {
          entities: about.entities ?? [],
          ...(about.event ? { event: about.event } : {}),
          // "What else?" again leaves out everything said so far, not only the last answer.
          facts: [...new Set([...read.exclude, ...facts.map((f) => f.id)])],
          ...(about.beside ? { beside: about.beside.map((indexed) => indexed.fact.id) } : {}),
        },
        kb,
        read.previous,
      ),
    };
  };
  switch (verdict.kind) {
    case "refuse": {
      const result = refusal(verdict.message, verdict.matches, plan, kb);
      return {
        ...result,
        ...(read.reading ? { reading: read.reading, answer: `${read.reading}.\n${result.answer}` } : {}),
        turn: turnOf(
          understanding,
          { ...understoodOf(verdict.matches, plan, kb), ...meetingSetting(read, kb), facts: [] },
          kb,
          read.previous,
        ),
      };
    }
    case "event-detail": {
      const { event, aspect } = verdict;
      const which = verdict.latestOf
        ? `The most recent of the ${verdict.latestOf} meetings I know; name another to hear about it.\n`
        : "";
      const detail =
        aspect === "when"
          ? `On ${formatDate(event.date)}: ${event.title}.`
          : aspect === "where"
            ? `In ${event.place}: ${event.title}, ${formatDate(event.date)}.`
            : `${participantsLine(event, kb, verdict.kinds)}: ${event.title}, ${formatDate(event.date)}.`;
      // After "who took part?", "he", "they" and "the other one" are among the participants.
      const entities = aspect === "who" ? event.participants.map((p) => p.entity) : [];
      return answered(which + detail, verdict.latestOf ? 0.8 : 0.9, [verdict.fact], {
        entities,
        event: event.id,
      });
    }
    case "overview": {
      const { event, facts } = verdict;
      const which =
        verdict.choice === "latest" && verdict.among > 1
          ? `The ${understanding.order === "oldest" ? "earliest" : "most recent"} of the ${verdict.among} meetings I know; name another to hear about it.\n`
          : "";
      const place = event.place ? `, ${event.place}` : "";
      const lines = [
        `${which}${event.title} (${formatDate(event.date)}${place})`,
        ...(verdict.onTopic ?? []).map((f) => `• ${f.fact.statement}`),
        `Who: ${participantsLine(event, kb)}.`,
        event.summary,
      ];
      const head = lines.join("\n");
      const topics = topicsLine(event.topics, MAX_OVERVIEW_CHARS - head.length - 1);
      const body = truncateText(topics ? `${head}\n${topics}` : head, MAX_OVERVIEW_CHARS);
      const participants = event.participants.map((p) => p.entity);
      return answered(body, verdict.choice === "latest" ? 0.8 : 0.9, facts, {
        entities: participants,
        event: event.id,
      });
    }
    case "story": {
      const { events, facts } = verdict;
      const first = events[0]!;
      const last = events.at(-1)!;
      const head =
        verdict.aspect === "day"
          ? `${events.length} meetings on ${formatDate(first.date)}:`
          : `${events.length} meetings, from ${formatDate(first.date)} to ${formatDate(last.date)}, oldest first:`;
      // (A subject the meeting's title names that its first fact leaves out: the fact that tells it.)
      const besides = (i: number) => {
        const more = verdict.besides?.[i];
        return more ? ` ${more.fact.statement}` : "";
      };
      // Each meeting by its date and place, told by its key fact (a title says less than it).
      // "Where was each round held?": each meeting's place (or day) is the answer, its title says which.
      const line = (i: number) => {
        const event = events[i]!;
        return verdict.aspect === "where"
          ? `• In ${event.place}: ${event.title}, ${formatDate(event.date)}.`
          : verdict.aspect === "when"
            ? `• On ${formatDate(event.date)}: ${event.title}.`
            : verdict.aspect === "day"
              ? `• ${event.title}${event.place ? `, ${event.place}` : ""}: ${facts[i]?.fact.statement ?? ""}`
              : `• ${formatDate(event.date)}${event.place ? `, ${event.place}` : ""}: ${facts[i]?.fact.statement ?? event.title}${besides(i)}`;
      };
      const body = truncatedLines(head, events.length, line, MAX_OVERVIEW_CHARS);
      const cited = verdict.besides ? [...facts, ...verdict.besides.flatMap((f) => (f ? [f] : []))] : facts;
      // "And what happened next?" after it is about where the story stands: its latest meeting.
      return answered(body, 0.9, cited, { entities: last.participants.map((p) => p.entity), event: last.id });
    }
    case "each-meeting": {
      // One line per meeting, oldest first, led as a single answer would be; a meeting whose facts
      // do not answer says so rather than being left out, so the count of meetings stays true.
      const { events, matches } = verdict;
      const lines = events.map((event, i) => {
        const m = matches[i];
        const when = `• ${formatDate(event.date)}${event.place ? `, ${event.place.split(", ").at(-1)}` : ""}: `;
        return m
          ? `${when}${leadFor(understanding, m.indexed, kb)}${m.indexed.fact.statement}`
          : `${when}my sources don't say.`;
      });
      const cited = matches.flatMap((m) => (m ? [m.indexed] : []));
      const answeredBy =
        plan.kind === "who" || plan.kind === "which"
          ? cited.flatMap((indexed) => answerEntity(plan, indexed, kb)?.id ?? [])
          : [];
      return answered(lines.join("\n"), verdict.confidence, cited, { entities: answeredBy });
    }
    case "profile": {
      const { entity, facts } = verdict;
      const alias = shortAlias(entity);
      const title = alias ? `${entity.name} (${alias})` : entity.name;
      // A lone fact that says no more than the description ("X is the Secretary General of Y" after
      // "X: Secretary General of Y") is not told again: the member would read one sentence twice.
      const [only] = facts;
      const text =
        only && facts.length === 1 && saysOnlyTheDescription(only.fact.statement, entity)
          ? `${title}: ${entity.description}.`
          : facts.length === 1
            ? `${title}: ${entity.description}. ${facts[0]!.fact.statement}`
            : `${title}: ${entity.description}.\n${facts.map((f) => `• ${f.fact.statement}`).join("\n")}`;
      return answered(text, 0.9, facts, { entities: [entity.id] });
    }
    case "side": {
      // The person first, with the role the meeting's record gives them, then the fact that says so.
      const { people } = verdict;
      const { event } = people[0]!;
      const [only] = people;
      // One person and a fact that tells the act: led by the name, as any who-answer is.
      if (only && people.length === 1 && only.says) {
        const statement = only.fact.fact.statement;
        const lead = opensWith(statement, only.person) ? "" : `${only.person.name}. `;
        return answered(`${lead}${statement}`, only.told ? SIDE_TOLD : SIDE_ONLY_ONE, [only.fact], {
          entities: [only.person.id],
          event: event.id,
        });
      }
      const named = listInWords(
        people.map(({ person, role }) => `${person.name}${role ? ` (${role})` : ""}`),
      );
      const facts = [...new Set(people.map((p) => p.fact))];
      const lines = [
        `${named} — ${event.title}, ${formatDate(event.date)}.`,
        ...facts.map((f) => f.fact.statement),
      ];
      const told = people.every((p) => p.told);
      return answered(lines.join("\n"), told ? SIDE_TOLD : SIDE_ONLY_ONE, facts, {
        entities: people.map((p) => p.person.id),
        event: event.id,
      });
    }
    case "holders": {
      // Each holder by name first, then the fact that cites them, oldest first.
      const { people, facts, post } = verdict.holders;
      const lines = people.map((person, i) => `• ${person.name}: ${facts[i]!.fact.statement}`);
      const owner = kb.entity(post.owners[0]!);
      const whose = owner?.name ?? "";
      const title = [...post.modifiers, pluralOf(post.head)].join(" ");
      // ("Cameroon's chief negotiators", "the co-chairs of the Joint Rail and Tisza Commission".)
      const holdersOf =
        owner?.kind === "country" ? `${possessiveOf(whose)} ${title}` : `The ${title} of the ${whose}`;
      const head = `${holdersOf} in my sources, ${people.length}: ${listInWords(people.map((p) => p.name))}.`;
      const body = truncateText([head, ...lines].join("\n"), MAX_OVERVIEW_CHARS);
      return answered(body, HOLDERS_CONFIDENCE, facts, { entities: people.map((p) => p.id) });
    }
    case "shares": {
      // The total's fact, then each part: the parts add up to it, which is what says they are its parts.
      const { total, figure, parts } = verdict.shares;
      const lines = parts.filter((f) => f !== total).map((f) => `• ${f.fact.statement}`);
      const head = `The ${figure}, part by part: ${total.fact.statement}`;
      const body = truncateText([head, ...lines].join("\n"), MAX_OVERVIEW_CHARS);
      return answered(body, SHARES_CONFIDENCE, [total, ...parts.filter((f) => f !== total)], {
        ...(total.fact.event ? { event: total.fact.event } : {}),
      });
    }
    case "story-sources": {
      const { events, sources, facts } = verdict;
      const line = (i: number) => {
        const event = events[i]!;
        return `• ${formatDate(event.date)}, ${event.title}: ${sources[i]!.outlet}, ${formatDate(sources[i]!.date)}, "${sources[i]!.title}"`;
      };
      const body = truncatedLines(
        `${events.length} meetings, oldest first, each with its report:`,
        events.length,
        line,
        MAX_OVERVIEW_CHARS,
      );
      return answered(body, 0.9, facts, { event: events.at(-1)!.id });
    }
    case "source": {
      const { event, source } = verdict;
      const which = verdict.choice === "latest" ? " (the most recent meeting I know)" : "";
      const text = `${source.outlet} reported it, on ${formatDate(source.date)}: "${source.title}". It is about ${event.title}, ${formatDate(event.date)}${which}.`;
      return answered(text, verdict.choice === "latest" ? 0.8 : 0.9, [verdict.fact], { event: event.id });
    }
    case "quoted": {
      const { source, event, quoted } = verdict;
      const people = quoted.map(({ entity }) => `${entity.name} (${entity.description.split(/[;,]/)[0]})`);
      const which = verdict.newest
        ? " (the most recent article I have; name an outlet or a meeting for another)"
        : "";
      const text = `${source.outlet}'s report of ${formatDate(source.date)} on ${event.title}${which} quotes ${listInWords(people)}.`;
      return answered(
        text,
        verdict.newest ? 0.8 : 0.9,
        quoted.map((q) => q.fact),
        { event: event.id, entities: quoted.map((q) => q.entity.id) },
      );
    }
    case "expansion": {
      const { entity, said, backing } = verdict;
      const text = said
        ? `${said} stands for ${entity.name}: ${entity.description}.`
        : `${entity.name} is its full name: ${entity.description}.`;
      return answered(text, 0.9, [backing], { entities: [entity.id] });
    }
    case "correction": {
      // Said as a correction, never led by a date or a name as if it answered what was asked.
      const { indexed } = verdict.match;
      const { refuser } = verdict;
      const text = verdict.wrong
        ? `No — ${verdict.wrong}: ${indexed.fact.statement}${refuser ? ` ${refuser.fact.statement}` : ""}`
        : plan.kind === "yesno"
          ? `No: ${indexed.fact.statement}`
          : `That isn't what my sources say: ${indexed.fact.statement}`;
      return answered(text, CORRECTION_CONFIDENCE, refuser ? [indexed, refuser] : [indexed], {
        entities: indexed.fact.entities,
        ...(indexed.fact.event ? { event: indexed.fact.event } : {}),
        ...(refuser ? { beside: [refuser] } : {}),
      });
    }
    case "stated-reason": {
      // What they said, with the fact that says what they did cited beside it.
      const { act, reason } = verdict;
      return answered(reason.fact.statement, STATED_REASON_CONFIDENCE, [reason, act], {
        entities: reason.fact.entities,
        ...(reason.fact.event ? { event: reason.fact.event } : {}),
        beside: [act],
      });
    }
    case "accounts": {
      // The earlier account first, each said with whose it is and when, so the change reads in order.
      const { earlier, later } = verdict;
      const told = (label: string, m: Match) => {
        const source = kb.source(m.indexed.fact.source);
        const whose = source ? ` (${source.outlet}, ${formatDate(source.date)})` : "";
        return `${label}${whose}: ${m.indexed.fact.statement}`;
      };
      // "How far was the opening pushed back?": by how much, from the day set at first to the day now.
      const gap = delayedThing(understanding.question.toLowerCase())
        ? delayBetween(earlier.indexed.fact.statement, later.indexed.fact.statement)
        : "";
      const text = `${gap}${told("Earlier", earlier)}\n${told("Later", later)}`;
      return answered(text, verdict.confidence, [earlier.indexed, later.indexed], {
        ...(later.indexed.fact.event ? { event: later.indexed.fact.event } : {}),
      });
    }
    case "span": {
      const { from, fromFact, fact, day } = verdict;
      const place = from.place ? ` (${from.place.split(", ").at(-1)})` : "";
      const text = `${timeBetween(from.date, day)}: from ${formatDate(from.date)}${place} to ${formatDate(day)}. ${fact.fact.statement}`;
      return answered(text, verdict.confidence, [fromFact, fact], {
        ...(fact.fact.event ? { event: fact.fact.event } : {}),
      });
    }
    case "changes": {
      const { earlier, later, facts } = verdict;
      const where = (event: Event) => (event.place ? ` (${event.place.split(", ").at(-1)})` : "");
      const lead = `From ${formatDate(earlier.date)}${where(earlier)} to ${formatDate(later.date)}${where(later)}:`;
      const text = `${lead}\n${facts.map((f) => `• ${f.fact.statement}`).join("\n")}`;
      return answered(text, CHANGES_CONFIDENCE, facts, { event: later.id });
    }
    case "involved": {
      // Each one by name and what the store says they are, then the fact that names them, cited.
      const { asked, events, entities, facts, membersOf } = verdict.involved;
      const last = events.at(-1);
      const cited = [...new Map(facts.map((f) => [f.fact.id, f])).values()];
      if (membersOf) {
        // "Which countries are in the council now?": its members as the store describes it.
        const lead = `The members of ${membersOf.name}, as my sources describe it: ${listInWords(entities.map((e) => e.name))}.`;
        return answered(`${lead}\n${membersOf.description}.`, INVOLVED_CONFIDENCE, cited, {
          entities: entities.map((e) => e.id),
          ...(last ? { event: last.id } : {}),
        });
      }
      if (!last) return refusal("I don't have a fact about that.", [], plan, kb);
      const span = events.length > 1 ? `, ${events.length} meetings from ${formatDate(events[0]!.date)}` : "";
      const lead = `The ${asked} my sources name in the story of ${last.title}${span}:`;
      const lines = entities.map((entity) => `• ${entity.name}: ${entity.description}`);
      return answered(
        truncateText([lead, ...lines].join("\n"), MAX_OVERVIEW_CHARS),
        INVOLVED_CONFIDENCE,
        cited,
        {
          entities: entities.map((e) => e.id),
          event: last.id,
        },
      );
    }
    case "open": {
      // Each matter the meeting left open, as its fact says it.
      const { event, facts } = verdict;
      const where = event.place ? ` (${event.place.split(", ").at(-1)})` : "";
      const lead = `Left open at ${event.title}, ${formatDate(event.date)}${where}:`;
      const text = `${lead}\n${facts.map((f) => `• ${f.fact.statement}`).join("\n")}`;
      return answered(text, OPEN_CONFIDENCE, facts, { event: event.id });
    }
    case "facts": {
      const [top, ...rest] = verdict.matches;
      const lead =
        rest.length === 0 ? leadFor(understanding, top!.indexed, kb) : listLead(verdict.matches, read, kb);
      const text =
        rest.length === 0
          ? `${lead}${top!.indexed.fact.statement}`
          : `${lead}${verdict.matches.map((m) => `• ${m.indexed.fact.statement}`).join("\n")}`;
      // "When did he start?" next is about the one the lead named: before Nazarov, Karimov.
      const entity =
        plan.kind === "who" || plan.kind === "which"
          ? answeringEntity(understanding, top!.indexed, kb)?.entity
          : undefined;
      return answered(
        text,
        verdict.confidence,
        verdict.matches.map((m) => m.indexed),
        { entities: entity ? [entity.id] : [] },
      );
    }
  }
}

/** "About four months", "nine days": the time between two days, as people say it. */
export function timeBetween(from: string, to: string): string {
  const days = Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
  const [count, unit] =
    days < 14
      ? [days, "day"]
      : days < 60
        ? [Math.round(days / 7), "week"]
        : days < 730
          ? [Math.round(days / 30.44), "month"]
          : [Math.round(days / 365.25), "year"];
  const said = `${NUMBER_WORDS[count] ?? count} ${unit}${count === 1 ? "" : "s"}`;
  return unit === "day" ? said.charAt(0).toUpperCase() + said.slice(1) : `About ${said}`;
}

/**
 * "About four months later: from 2 December 2028 to 14 April 2029.": the days a move of a planned
 * day gives, from the later account itself where it says both ("moved … from A to B", "B instead of
 * A", "B, not A"), else the one day each account gives; nothing when that is not clear or the day
 * did not move later.
 */
function delayBetween(earlier: string, later: string): string {
  const moved = MOVED_FROM_TO.exec(later);
  const insteadOf = moved ? null : MOVED_INSTEAD.exec(later);
  let from: string | undefined;
  let to: string | undefined;
  if (moved) [from, to] = [isoOfDay(moved[1]!), isoOfDay(moved[2]!)];
  else if (insteadOf) [from, to] = [isoOfDay(insteadOf[2]!), isoOfDay(insteadOf[1]!)];
  else {
    const first = earlier.match(DAY_SAID_G) ?? [];
    const now = later.match(DAY_SAID_G) ?? [];
    if (first.length === 1 && now.length === 1) [from, to] = [isoOfDay(first[0]!), isoOfDay(now[0]!)];
  }
  if (!from || !to || to <= from) return "";
  const day = (iso: string) => (iso.length > 7 ? iso : `${iso}-01`);
  return `${timeBetween(day(from), day(to))} later: from ${dayWords(from)} to ${dayWords(to)}.\n`;
}

const DAY_SAID = `(?:\\d{1,2} )?(?:${MONTHS.join("|")}) (?:19|20)\\d\\d`;
const DAY_SAID_G = new RegExp(DAY_SAID, "g");
const MOVED_FROM_TO = new RegExp(`\\bfrom (${DAY_SAID}) to (${DAY_SAID})\\b`);
const MOVED_INSTEAD = new RegExp(
  `(${DAY_SAID}),? (?:instead of|rather than|not(?: on| in)?) (${DAY_SAID})\\b`,
);

/** "2 December 2028" → "2028-12-02"; "June 2029" → "2029-06". */
function isoOfDay(said: string): string | undefined {
  const [first, second, third] = said.split(" ");
  const [day, month, year] = third ? [first, second, third] : [undefined, first, second];
  const index = MONTHS.indexOf(month ?? "") + 1;
  if (index === 0 || !year) return undefined;
  const ym = `${year}-${String(index).padStart(2, "0")}`;
  return day ? `${ym}-${day.padStart(2, "0")}` : ym;
}

/** "2029-06" → "June 2029"; "2029-06-02" → "2 June 2029". */
function dayWords(iso: string): string {
  if (iso.length > 7) return formatDate(iso);
  const [year, month] = iso.split("-").map(Number);
  return `${MONTHS[(month ?? 1) - 1]} ${year}`;
}

const NUMBER_WORDS = [
  "no",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];

/** The changes are the later meeting's facts that say something moved: a reading of them, not one fact that answers. */
const CHANGES_CONFIDENCE = 0.8;
/** What a named meeting left open: its own facts say so, as much as its changes do. */
const OPEN_CONFIDENCE = 0.8;
/** Everyone of a kind a story's facts name: each is cited. */
const INVOLVED_CONFIDENCE = 0.8;
/** Holders found by their descriptions, each cited by a fact about them. */
const HOLDERS_CONFIDENCE = 0.85;
/** Parts found by adding their sums up to the total asked. */
const SHARES_CONFIDENCE = 0.85;
/** A correction is no answer to what was asked: shown with less confidence than a fact that answers. */
const CORRECTION_CONFIDENCE = 0.7;
/** What someone said is the reason they give, not one the store states: shown as less sure. */
const STATED_REASON_CONFIDENCE = 0.75;

/**
 * A list's lead names who each of its facts answers ("Martín Echeverría, Rodrigo Benítez Ocampo."),
 * never the first fact's one alone as if it were the whole answer. "Which countries …" (a plural)
 * is answered by facts that may each name several, so they speak for themselves, as they do when
 * one of them names nobody; "which country …" still leads with the one.
 */
function listLead(matches: readonly Match[], read: Reading & { kind: "read" }, kb: KnowledgeBase): string {
  const { understanding } = read;
  const plan = understanding.plan;
  // ("Which years does it cover?": the facts' spans answer, not a name in them.)
  if (plan.kind === "which" && (namesAsked(plan) || asksTimeUnits(plan))) return "";
  if (plan.kind !== "who" || understanding.time) return leadFor(understanding, matches[0]!.indexed, kb);
  const named: Entity[] = [];
  const mentioned = new Set(plan.mentions.flatMap((m) => m.entityIds));
  for (const match of matches) {
    const entity = answerEntity(plan, match.indexed, kb);
    if (!entity) return "";
    // ("Samoa and Tonga agreed to pay …": a fact that names two of a kind answers with both, in its own words.)
    const another = match.indexed.fact.entities.some(
      (id) => id !== entity.id && !mentioned.has(id) && kb.entity(id)?.kind === entity.kind,
    );
    if (another) return "";
    if (!named.includes(entity)) named.push(entity);
  }
  const unsaid = named.filter((entity) => !matches.some((m) => opensWith(m.indexed.fact.statement, entity)));
  return unsaid.length > 0 ? `${named.map((entity) => entity.name).join(", ")}.\n` : "";
}

/**
 * "Which one should Niger take the place of: Mali or Chad?": asked back, each choice offered; a
 * question back among the two (`among`, ids), not a gap in the facts.
 */
export function askedBack(
  question: string,
  choices: readonly string[],
  among: readonly string[],
): AnswerResult {
  return {
    answered: false,
    answer: question,
    confidence: 0,
    facts: [],
    suggestions: choices.filter((choice) => choice.length <= MAX_SUGGESTION),
    asksWhich: [...among],
  };
}

/** "Who is he?" with nothing said before. */
/**
 * "Are you a bot?", "who made you?", "what can you do?": what the bot is and what it can answer,
 * with questions the store can answer. It says nothing it has no source for (no maker, no model):
 * the store's facts are about events, not about the bot, so this is no answer from them.
 */
export function aboutTheBot(kb: KnowledgeBase): AnswerResult {
  return {
    answered: false,
    answer:
      "I'm Attaché, a bot, not a person. I answer questions about the diplomatic events in my sources " +
      "(who met whom, what was agreed, when and where, who said what), each answer with the article it " +
      "comes from, and I say so when my sources don't tell. Ask me something like one of these.",
    confidence: 0,
    facts: [],
    suggestions: suggestionsFor([], undefined, kb),
  };
}

/** A question in another language: one line that the bot answers in English, not a refusal about its words. */
export function inEnglishOnly(kb: KnowledgeBase): AnswerResult {
  return {
    answered: false,
    answer:
      "I answer questions in English only, from sources in English: please ask again in English, for example one of these.",
    confidence: 0,
    facts: [],
    suggestions: suggestionsFor([], undefined, kb),
  };
}

export function contextHint(word: string, kb: KnowledgeBase): AnswerResult {
  return {
    answered: false,
    answer: `Who or what do you mean by "${word}"? Ask again with a name, for example one of these.`,
    confidence: 0,
    facts: [],
    suggestions: suggestionsFor([], undefined, kb),
  };
}

function participantsLine(event: Event, kb: KnowledgeBase, kinds?: readonly EntityKind[]): string {
  const ofKinds = kinds
    ? event.participants.filter((p) => kinds.includes(kb.entity(p.entity)?.kind ?? "other"))
    : [];
  return (ofKinds.length > 0 ? ofKinds : event.participants)
    .map((p) => {
      const name = kb.entity(p.entity)?.name ?? p.entity;
      return p.role ? `${name} (${p.role})` : name;
    })
    .join(", ");
}

function truncateText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * `truncateText` of the head and `count` lines joined by newlines, each line made only while the
 * text is still short of `max`: a story of hundreds of meetings shows its first few dozen, and the
 * rest, cut off anyway, are never written out.
 */
function truncatedLines(head: string, count: number, line: (i: number) => string, max: number): string {
  let text = head;
  for (let i = 0; i < count && text.length <= max; i++) text += `\n${line(i)}`;
  return truncateText(text, max);
}

/** "At the Praia session", "during the Djerba talks in March": a meeting the question is set at. */
const SET_AT = new RegExp(
  `\\b(?:at|during|in|from) (?:the )?(?:[\\p{L}'’-]+ ){0,5}(?:${MEETING_NOUN_PATTERN})\\b`,
  "iu",
);
/** "After the Galway signing": a meeting that only says when, not where the question is set. */
const TIMED_BY = new RegExp(
  `\\b(?:after|before|since|following|until) (?:the )?(?:[\\p{L}'’-]+ ){0,5}(?:${MEETING_NOUN_PATTERN})\\b`,
  "iu",
);

/**
 * The one meeting a refused question was set at ("what did the Gambia announce at the Praia
 * session?"), for "where?", "who was there?" or "and at the next one?" to point back to. Nothing
 * when it names a meeting only to say when ("after the Galway signing") or names several.
 */
function meetingSetting(read: Reading & { kind: "read" }, kb: KnowledgeBase): { event?: string } {
  const text = read.understanding.question;
  if (!SET_AT.test(text) || TIMED_BY.test(text)) return {};
  const meetings = meetingsAsked(read, kb);
  return meetings.length === 1 ? { event: meetings[0]!.id } : {};
}

/** Coverage at which a refused question's best facts still show what it was about. */
const UNDERSTOOD_COVERAGE = 0.6;
/** Coverage at which a refused which-question's best fact names the one it asked for. */
const UNDERSTOOD_ANSWER = 0.9;
/** How many of the best facts speak for what a refused question was about. */
const UNDERSTOOD_FACTS = 3;

/**
 * What a refused question was about, for the next turn to point back to: "who is the CEO of the
 * Kribi vaccine company?" refused still found the facts about that company's chief, so "how many
 * people does he plan to hire?" has someone to mean. The names it used, then those of its best
 * facts (each nearly covering it), and their meeting when they share one; nothing when no fact
 * came near. None of those facts counts as told.
 */
function understoodOf(
  matches: readonly Match[],
  plan: QueryPlan,
  kb: KnowledgeBase,
): { entities: string[]; event?: string } {
  const named = plan.mentions.map((m) => m.entityIds[0]!);
  // "Which country joined the project?" refused still found the one fact that names the country
  // that joined: "how much is it giving?" means that country, not one the question named.
  if (plan.kind === "which" && plan.focus && plan.focus.kinds.length > 0) {
    const answering = new Set<string>();
    for (const m of matches.slice(0, UNDERSTOOD_FACTS)) {
      if (m.coverage < UNDERSTOOD_ANSWER || (m.evidence?.needs ?? 0) < 1) continue;
      const entity = answerEntity(plan, m.indexed, kb);
      if (entity && !named.includes(entity.id)) answering.add(entity.id);
    }
    return { entities: answering.size === 1 ? [...answering, ...named] : named };
  }
  // Only a "who" question was about a person; of another the facts' people are by the way.
  if (plan.kind !== "who") return { entities: named };
  // A fact that leaves out a name the question used is about something else ("for Cuba"), and
  // one without what the question needs ("opened" for "hosted") is not its answer either.
  // (Of the best facts that name a person: "the commission held its second session" names no one
  // who could have chaired the first, and takes no place from one that does.)
  const near = matches
    .filter((m) => m.indexed.fact.entities.some((id) => kb.entity(id)?.kind === "person"))
    .slice(0, UNDERSTOOD_FACTS)
    .filter(
      (m) =>
        m.coverage >= UNDERSTOOD_COVERAGE &&
        (m.evidence?.needs ?? 0) >= 1 &&
        plan.mentions.every((mention) =>
          mention.entityIds.some((id) => m.indexed.fact.entities.includes(id)),
        ),
    );
  if (near.length === 0) return { entities: named };
  const people = near
    .flatMap((m) => m.indexed.fact.entities)
    .filter((id) => kb.entity(id)?.kind === "person");
  return { entities: [...new Set([...named, ...people])] };
}

export function refusal(message: string, matches: Match[], plan: QueryPlan, kb: KnowledgeBase): AnswerResult {
  return {
    answered: false,
    answer: message,
    confidence: round(Math.min(0.5, (matches[0]?.coverage ?? 0) / 2)),
    facts: [],
    suggestions: suggestionsFor(matches, plan, kb),
  };
}

/** Up to three questions the store can answer, as close to what was asked as possible. */
export function suggestionsFor(matches: Match[], plan: QueryPlan | undefined, kb: KnowledgeBase): string[] {
  const out = new Set<string>();
  for (const match of matches) {
    const question = match.indexed.fact.questions[0];
    if (question) out.add(question);
    if (out.size >= 3) return [...out];
  }
  for (const mention of plan?.mentions ?? []) {
    const entity = kb.entity(mention.entityIds[0]!);
    if (entity) out.add(entityQuestion(entity));
    if (out.size >= 3) return [...out];
  }
  for (const indexed of kb.allFacts()) {
    const question = indexed.fact.questions[0];
    if (question) out.add(question);
    if (out.size >= 3) break;
  }
  return [...out].slice(0, 3);
}

export function entityQuestion(entity: Entity): string {
  const name = entity.name.length > 30 ? (shortAlias(entity) ?? entity.name) : entity.name;
  return `${entity.kind === "person" ? "Who" : "What"} is ${name}?`.slice(0, 100);
}

function round(value: number): number {
  return Math.round(Math.max(0, value) * 100) / 100;
}

/** "Cameroon's", but "the Philippines'": a name that ends in s takes the apostrophe alone. */
function possessiveOf(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}
