import { storyMeetings } from "./candidates.ts";
import type { Reading } from "./context.ts";
import type { IndexedFact, KnowledgeBase } from "./knowledge.ts";
import { KIND_WORDS, pluralOf, STOPWORDS } from "./language/lexicon.ts";
import { canonicalText, stemOf, type Token, tokenize } from "./language/normalize.ts";
import {
  agentVerbs,
  isKindOf,
  isNoun,
  isPeopleNoun,
  isPluralNoun,
  nounSynonyms,
  singularForms,
  verbBase,
} from "./language/thesaurus.ts";
import type { Entity, Event } from "./schema.ts";

type Read = Reading & { kind: "read" };

/** Who of a kind a story involves, each with the first fact that names them. */
export interface Involved {
  /** The kind asked, as asked ("organisations", "lenders"), or in the plural for more than one. */
  asked: string;
  /** The meetings of the story, oldest first. */
  events: Event[];
  entities: Entity[];
  facts: IndexedFact[];
  /** The body whose members these are, as its description tells them ("set up by …; … joined"). */
  membersOf?: Entity;
}

/**
 * "Which organisations are involved in the storm network?", "list the people involved in the
 * Gulf of Paria story", "which lenders have been involved in financing the tunnel?", "which bank
 * is involved …?": everyone of that kind the story's facts name, not one meeting's participants.
 */
const INVOLVED =
  /^\W*(?:(?:and|so|ok|okay)\W+)?(?:which|what|list|name)(?: all| every| each)?(?: of)?(?: the)? ([a-z]+)\b.*\b(?:involved|had a (?:part|role)|played a (?:part|role))\b/;

/** A news outlet is who told the story, not one of its parties. */
const OUTLET = /\b(?:news outlet|news agency|outlet|newspaper)\b/i;

/** Listed at most. */
const MAX_INVOLVED = 12;

export function involvedIn(read: Read, kb: KnowledgeBase): Involved | undefined {
  const { understanding } = read;
  const said = INVOLVED.exec(canonicalText(understanding.question).toLowerCase());
  const asked = said?.[1];
  if (!asked || STOPWORDS.has(asked) || !isNoun(asked)) return undefined;
  const { mentions } = understanding.plan;
  if (mentions.length === 0 || understanding.plan.unknown.some((u) => u.nameLike)) return undefined;
  // The meetings whose facts speak of everything the question names, and their stories.
  let shared: Set<string> | undefined;
  for (const mention of mentions) {
    const events = new Set<string>();
    for (const id of mention.entityIds) {
      for (const indexed of kb.factsAbout(id)) if (indexed.fact.event) events.add(indexed.fact.event);
      for (const event of kb.eventsNaming(id)) events.add(event);
    }
    shared = shared ? new Set([...shared].filter((event) => events.has(event))) : events;
  }
  const meetings = new Map<string, Event>();
  for (const id of shared ?? []) {
    const event = kb.event(id);
    for (const meeting of event ? storyMeetings(event, kb) : []) meetings.set(meeting.id, meeting);
  }
  if (meetings.size === 0) return undefined;
  const events = [...meetings.values()].sort((a, b) => a.date.localeCompare(b.date));
  const named = new Set(mentions.flatMap((mention) => mention.entityIds));
  const found = new Map<string, { entity: Entity; fact: IndexedFact }>();
  for (const event of events) {
    for (const indexed of kb.factsOfEventVisible(event.id)) {
      for (const id of indexed.fact.entities) {
        if (found.has(id) || named.has(id)) continue;
        const entity = kb.entity(id);
        if (!entity || OUTLET.test(entity.description) || !isOfKind(entity, asked)) continue;
        found.set(id, { entity, fact: indexed });
      }
    }
  }
  // Asked in the plural, a list; in the singular ("which bank …?"), one will do.
  const plural = isPluralNoun(asked) || isPeopleNoun(asked);
  if (found.size < (plural ? 2 : 1)) return undefined;
  const listed = [...found.values()].slice(0, MAX_INVOLVED);
  return {
    asked: plural || listed.length === 1 ? asked : pluralOf(asked),
    events,
    entities: listed.map((l) => l.entity),
    facts: listed.map((l) => l.fact),
  };
}

/**
 * The entity is one of the kind asked: a word for its whole kind names them all ("organisations",
 * "people", "countries"); any other word names those its description or name says it is, or a
 * kind of it ("Development bank", "Regional lender", "… Trading Company", "State Minister for
 * Power"), those of a kind that is one of it (an organisation is a "group"), and, for whoever
 * does something, those whose description says they do it ("a bank that pledged a loan" lends).
 */
function isOfKind(entity: Entity, asked: string): boolean {
  const forms = singularForms(asked);
  const kinds = Object.entries(KIND_WORDS).filter(([, words]) => forms.some((form) => words.includes(form)));
  if (kinds.length > 0) return kinds.some(([kind]) => kind === entity.kind);
  const names = (word: string) =>
    singularForms(word).some((form) => forms.includes(form)) ||
    nounSynonyms(word).some((synonym) => forms.includes(synonym)) ||
    isKindOf(word, asked, COMMONEST);
  const [headword] = KIND_WORDS[entity.kind] ?? [];
  if (headword && names(headword)) return true;
  const doing = agentVerbs(asked).map(stemOf);
  // What it is comes first: "Argentine engineer, president of …", "Captain; commanding officer …".
  const [opening = ""] = entity.description.split(/[;,]/);
  const [named = ""] = entity.name.split(",");
  const parts = [headOf(tokenize(opening)), ...(entity.kind === "person" ? [] : [headOf(tokenize(named))])];
  return parts.some(
    ({ heads, clause }) =>
      heads.some((head) => names(head.word)) ||
      clause.some((token) => doing.includes(token.stem) || doing.includes(verbBase(token.word) ?? "")),
  );
}

/** What an entity is said to be is a word's commonest sense ("bank" is not a lender's kind). */
const COMMONEST = 1;

/** Words that end the words naming what something is: "bank *that* …", "committee *of* …". */
const ENDS_HEAD: ReadonlySet<string> = new Set([
  "that",
  "which",
  "who",
  "whose",
  "where",
  "when",
  "of",
  "for",
  "in",
  "at",
  "on",
  "from",
  "to",
  "with",
  "by",
  "since",
  "until",
  "under",
  "between",
  "across",
  "near",
  "based",
  "set",
]);
/** Words that begin a clause saying what it does: "*that* pledged", "*which* sells". */
const BEGINS_CLAUSE: ReadonlySet<string> = new Set(["that", "which", "who"]);

/**
 * What a description (or a name) says its entity is: the last word of each noun phrase it opens
 * with, past a possessive ("Nepal's state power *trader*", "*Chairman* and managing *director* of
 * …", "Company building …"), and the clause that says what it does, if one follows ("bank *that
 * pledged a loan*"; not "Head *of … lending*").
 */
function headOf(tokens: readonly Token[]): { heads: Token[]; clause: Token[] } {
  let start = 0;
  let end = 0;
  for (; end < tokens.length; end++) {
    const token = tokens[end]!;
    if (end > start && (ENDS_HEAD.has(token.word) || opensClause(tokens, end))) break;
    if (token.possessive) start = end + 1;
  }
  const heads: Token[] = [];
  let last: Token | undefined;
  for (const token of tokens.slice(start, end)) {
    if (token.word === "and" || token.word === "or") {
      if (last) heads.push(last);
      last = undefined;
    } else last = token;
  }
  if (last) heads.push(last);
  const next = tokens[end];
  const opens = !!next && (BEGINS_CLAUSE.has(next.word) || opensClause(tokens, end));
  return { heads: heads.filter((t) => !STOPWORDS.has(t.word)), clause: opens ? tokens.slice(end) : [] };
}

/**
 * A participle that says what the entity does, not a word of its name: one followed by an article
 * or a preposition ("Company *building* the ferry", "fund *based* in"; not "Trading Company").
 */
function opensClause(tokens: readonly Token[], at: number): boolean {
  const after = tokens[at + 1];
  return /(?:ing|ed)$/.test(tokens[at]!.word) && !!after && STOPWORDS.has(after.word);
}
