import { getOrCreate } from "./collections.ts";
import type { KnowledgeBase } from "./knowledge.ts";
import { canonicalText } from "./language/normalize.ts";
import { isPersonNoun } from "./language/thesaurus.ts";

/**
 * A person's grammatical gender as the store's own text shows it: "Kalniņa said. She said …"
 * makes Kalniņa a woman, "Ozoliņš was received by his counterpart" Ozoliņš a man, "Mr Quaye" a
 * man. A follow-up's "she" then skips the men of the previous turn and "he" its women; a person
 * the text never gives a pronoun or a title constrains nothing. No list of names: only the
 * articles, the facts' statements and quotes, the events' summaries.
 */
export type Gender = "female" | "male";

const PRONOUNS: ReadonlyMap<string, Gender> = new Map([
  ...["he", "him", "his", "himself"].map((w) => [w, "male"] as const),
  ...["she", "her", "hers", "herself"].map((w) => [w, "female"] as const),
]);
const TITLES: ReadonlyMap<string, Gender> = new Map([
  ["mr", "male"],
  ["mrs", "female"],
  ["ms", "female"],
  ["miss", "female"],
  ["madam", "female"],
  ["madame", "female"],
]);
/**
 * A noun for a person's post that says she is a woman: "spokeswoman", "chairwoman",
 * "congresswoman" — a person noun in WordNet ending in "woman" whose form in "man" is one too (so
 * not "woman" itself). The form in "man" says nothing: "chairman and managing director" is written
 * of women too.
 */
export function womanByPost(word: string): boolean {
  const lower = word.toLowerCase();
  if (!lower.endsWith("woman")) return false;
  const stem = lower.slice(0, -"woman".length);
  if (stem.length < 2) return false;
  return getOrCreate(postNouns, lower, () => isPersonNoun(lower) && isPersonNoun(`${stem}man`));
}
const postNouns = new Map<string, boolean>();
/** Words that may be such a noun, for the quick test of a text. */
const POST_NOUN = /[a-z]{2}woman\b/i;

/** Abbreviations whose full stop ends no sentence ("Mr. Quaye said"). */
const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "st",
  "prof",
  "gen",
  "col",
  "sen",
  "rep",
  "gov",
  "jr",
  "sr",
]);

/** The gender a pronoun ("she", "his") asks of the one it stands for, if it asks one. */
export function pronounGender(word: string): Gender | undefined {
  return PRONOUNS.get(word.toLowerCase());
}

/**
 * Whether the person can be what the pronoun stands for: false only when the store's text shows
 * the person is of the other gender.
 */
export function agrees(kb: KnowledgeBase, entityId: string, pronoun: string): boolean {
  const wanted = pronounGender(pronoun);
  if (!wanted) return true;
  const known = genderOf(kb, entityId);
  return !known || known === wanted;
}

/** The person's gender as the text shows it clearly, or undefined. */
export function genderOf(kb: KnowledgeBase, entityId: string): Gender | undefined {
  const cache = cacheOf(kb);
  if (cache.genders.has(entityId)) return cache.genders.get(entityId) ?? undefined;
  const gender = kb.entity(entityId)?.kind === "person" ? decide(votesFor(kb, cache, entityId)) : undefined;
  cache.genders.set(entityId, gender ?? null);
  return gender;
}

/**
 * One vote of a pronoun is enough when nothing contradicts it: an article rarely refers to one
 * person by pronoun twice, and the readings that give a vote are narrow (see `votesFor`). A title
 * decides unless another title says otherwise.
 */
function decide(votes: Votes): Gender | undefined {
  const byTitle = oneOf(votes.titles);
  if (byTitle) return byTitle;
  if (votes.titles.female > 0 && votes.titles.male > 0) return undefined;
  // The curated description is about the person alone; an article's sentences may be misread.
  return votes.described ?? oneOf(votes.pronouns);
}

function oneOf(count: Record<Gender, number>): Gender | undefined {
  if (count.female > 0 && count.male === 0) return "female";
  if (count.male > 0 && count.female === 0) return "male";
  return undefined;
}

interface Votes {
  pronouns: Record<Gender, number>;
  titles: Record<Gender, number>;
  /** What the person's own description says ("until his term ended"): about them alone. */
  described?: Gender;
}

// ---- per knowledge base: the people's names, and each one's gender once asked ----

interface GenderCache {
  version: string;
  names: NameIndex;
  /** null: asked, and the text does not say. */
  genders: Map<string, Gender | null>;
  /** Each article read, by source: one article tells of several people (null: no pronoun, no title). */
  articles: Map<string, Parsed | null>;
}

const caches = new WeakMap<KnowledgeBase, GenderCache>();

function cacheOf(kb: KnowledgeBase): GenderCache {
  // A server's overlay that changed no name, fact or source reads as its base: one cache for all.
  const { parent } = kb;
  if (parent && kb.entitiesVersion === parent.entitiesVersion && kb.factsVersion === parent.factsVersion) {
    return cacheOf(parent);
  }
  // Names, facts and sources of this scope or its parent: any change may change a vote. An edited
  // fact keeps the names (a few milliseconds at 10k facts) and forgets the rest.
  const names = `${kb.entitiesVersion}`;
  const version = `${names}/${kb.factsVersion}`;
  const known = caches.get(kb);
  if (known?.version === version) return known;
  const sameNames = known?.version.startsWith(`${names}/`) ? known.names : undefined;
  const fresh = { version, names: sameNames ?? namesOf(kb), genders: new Map(), articles: new Map() };
  caches.set(kb, fresh);
  return fresh;
}

/** Every person's names as word sequences, by first word (several people may share a name). */
type NameIndex = Map<string, { words: string[]; people: Set<string> }[]>;

function namesOf(kb: KnowledgeBase): NameIndex {
  const index: NameIndex = new Map();
  const add = (words: string[], person: string) => {
    if (words.length === 0) return;
    const list = index.get(words[0]!) ?? [];
    if (list.length === 0) index.set(words[0]!, list);
    const same = list.find((n) => n.words.join(" ") === words.join(" "));
    if (same) same.people.add(person);
    else list.push({ words, people: new Set([person]) });
  };
  for (const entity of kb.allEntities()) {
    if (entity.kind !== "person") continue;
    const names = [entity.name, ...entity.aliases].map((n) => wordsOfName(n));
    for (const words of names) add(words, entity.id);
    // Articles name a person by surname after the first time: the full name's last word.
    const last = names[0]?.at(-1);
    // (Two people of one surname share it: it then names neither alone.)
    if (last && last.length >= 3 && names[0]!.length > 1) add([last], entity.id);
  }
  // Longest names first: "Foreign Minister Ozoliņš" before "Foreign".
  for (const list of index.values()) list.sort((a, b) => b.words.length - a.words.length);
  return index;
}

function wordsOfName(name: string): string[] {
  return tokensOf(name)
    .filter((t) => t.kind === "word")
    .map((t) => t.word);
}

// ---- reading the text ----

interface Token {
  kind: "word" | "end" | "comma" | "quote" | "break";
  word: string;
  /** As written, capitalised or not. */
  raw: string;
}

/** Numbers first ("4.8" ends no sentence); a paragraph mark; words; stops; commas; quotation marks. */
const TOKEN = /\d+(?:[.,]\d+)*|\u00b6|[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*|[.!?]+|[,;:()]|"/gu;
const PARAGRAPH = "\u00b6";

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of canonicalText(text.replace(/\n\s*\n/g, ` ${PARAGRAPH} `)).matchAll(TOKEN)) {
    const raw = match[0];
    if (raw === '"') tokens.push({ kind: "quote", word: raw, raw });
    else if (/^[.!?]/.test(raw)) tokens.push({ kind: "end", word: raw, raw });
    else if (/^[,;:()]$/.test(raw)) tokens.push({ kind: "comma", word: raw, raw });
    else tokens.push({ kind: "word", word: raw.toLowerCase().replace(/'s$/, ""), raw });
  }
  return tokens;
}

/** One thing a sentence says of people, in order: a name, a pronoun, a title, another person. */
type Item =
  | { kind: "name"; people: ReadonlySet<string>; at: number; end: number; title?: Gender }
  | { kind: "pronoun"; gender: Gender; at: number; quoted: boolean }
  /**
   * A lower-case word outside a name's apposition: if a noun for a person ("the mayor",
   * "reporters"), someone else the pronoun may stand for. Looked up only where it matters.
   */
  | { kind: "word"; word: string; at: number };

interface Parsed {
  tokens: readonly Token[];
  sentences: readonly Item[][];
}

function parse(text: string, names: NameIndex): Parsed {
  const tokens = tokensOf(text);
  return { tokens, sentences: sentencesOf(tokens, names) };
}

/** The text's sentences, each as the people-related items in it (at: a place in `tokens`). */
function sentencesOf(tokens: readonly Token[], names: NameIndex): Item[][] {
  const sentences: Item[][] = [];
  let items: Item[] = [];
  let quoted = false;
  // Where the last name's apposition (", Latvia's foreign minister,") ends: nouns in it describe it.
  let appositionUntil = -1;
  const close = () => {
    if (items.length > 0) sentences.push(items);
    items = [];
    appositionUntil = -1;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "quote") {
      quoted = !quoted;
      continue;
    }
    if (token.kind === "end") {
      const before = tokens[i - 1];
      const abbreviated =
        before?.kind === "word" && (ABBREVIATIONS.has(before.word) || before.word.length === 1);
      if (!abbreviated || token.word !== ".") close();
      continue;
    }
    if (token.kind !== "word") continue;
    if (token.word === PARAGRAPH) {
      close();
      quoted = false;
      continue;
    }
    const name = nameAt(tokens, i, names);
    if (name) {
      // "Mr Quaye", "Mr. Quaye"
      const before = tokens[i - 1]?.word === "." ? tokens[i - 2] : tokens[i - 1];
      // "spokeswoman Dinara Abeuova": a post that says she is a woman, as "Ms" does.
      const title =
        before?.kind === "word"
          ? (TITLES.get(before.word) ?? (womanByPost(before.word) ? "female" : undefined))
          : undefined;
      items.push({ kind: "name", people: name.people, at: i, end: name.end, ...(title ? { title } : {}) });
      // ", Latvia's foreign minister," right after the name describes it.
      if (tokens[name.end]?.kind === "comma") {
        let j = name.end + 1;
        while (j < tokens.length && tokens[j]!.kind === "word") j++;
        appositionUntil = j;
      }
      i = name.end - 1;
      continue;
    }
    const gender = PRONOUNS.get(token.word);
    if (gender) items.push({ kind: "pronoun", gender, at: i, quoted });
    else if (i >= appositionUntil && /^\p{Ll}/u.test(token.raw) && token.word.length >= 3) {
      items.push({ kind: "word", word: token.word, at: i });
    }
  }
  close();
  return sentences;
}

/** Someone among the items: a name, or a noun for a person. */
function isSomeone(item: Item): boolean {
  return item.kind === "name" || (item.kind === "word" && isPersonWord(item.word));
}

/**
 * Someone a "he" or "she" may stand for: not a plural ("told delegates that it would be one of his
 * last meetings" leaves "his" to the one who told them).
 */
function isOneSomeone(item: Item): boolean {
  return isSomeone(item) && !(item.kind === "word" && isPluralPersonWord(item.word));
}

/** "Delegates", "reporters": a person noun's plural, not itself a noun for one person. */
function isPluralPersonWord(word: string): boolean {
  return word.endsWith("s") && word.length > 3 && isPersonNoun(word.slice(0, -1));
}

/** "minister", "reporters": a noun whose first sense is a person (plural or not). */
function isPersonWord(word: string): boolean {
  if (word.length < 3 || PRONOUNS.has(word)) return false;
  if (isPersonNoun(word)) return true;
  return word.endsWith("s") && word.length > 3 && isPersonNoun(word.slice(0, -1));
}

/** The person's name starting at token i, longest first, with where it ends. */
function nameAt(
  tokens: readonly Token[],
  i: number,
  names: NameIndex,
): { people: ReadonlySet<string>; end: number } | undefined {
  const first = tokens[i]!;
  // A name is capitalised as written ("al-Rawahi" too): "he will" is not "Will".
  if (!/\p{Lu}/u.test(first.raw)) return undefined;
  for (const name of names.get(first.word) ?? []) {
    let matched = true;
    for (let k = 1; k < name.words.length && matched; k++) {
      const token = tokens[i + k];
      matched = token?.kind === "word" && token.word === name.words[k];
    }
    if (matched) return { people: name.people, end: i + name.words.length };
  }
  return undefined;
}

/**
 * The votes of the person's texts: the articles their facts and events come from, the facts'
 * statements and quotes, the events' summaries. A pronoun outside quotation marks votes for the
 * person when the sentence has named only them before it, with no other person between; or
 * when it comes first in its sentence, before any person, and the sentence before named them and
 * no one else. A title right before the name votes too. The same words seen twice (a quote copied
 * from the article) vote once.
 */
function votesFor(kb: KnowledgeBase, cache: GenderCache, person: string): Votes {
  const { names } = cache;
  const votes: Votes = { pronouns: { female: 0, male: 0 }, titles: { female: 0, male: 0 } };
  const texts: string[] = [];
  const sources = new Set<string>();
  for (const indexed of kb.factsAbout(person)) {
    sources.add(indexed.fact.source);
    texts.push(indexed.fact.statement);
    if (indexed.fact.quote !== indexed.fact.statement) texts.push(indexed.fact.quote);
  }
  for (const id of kb.eventsWith(person)) {
    const event = kb.event(id);
    if (!event) continue;
    sources.add(event.source);
    texts.push(event.summary);
  }
  const seen = new Set<string>();
  const vote = (kind: "pronouns" | "titles", gender: Gender, key: string) => {
    if (seen.has(`${kind}|${gender}|${key}`)) return;
    seen.add(`${kind}|${gender}|${key}`);
    votes[kind][gender]++;
  };
  // Only a text with a pronoun or a title can vote: most statements have neither.
  const parsed = texts.filter(mayVote).map((text) => parse(text, names));
  for (const id of sources) {
    const text = kb.source(id)?.text;
    const article = text
      ? getOrCreate(cache.articles, id, () => (mayVote(text) ? parse(text, names) : null))
      : null;
    if (article) parsed.push(article);
  }
  // The person's own description speaks of them: "from 2018 until his term ended; succeeded by
  // Siti Rahmawati" — a pronoun before anyone else is named is theirs (its nouns for a person,
  // "envoy", "director", are the person's own posts).
  const description = kb.entity(person)?.description ?? "";
  if (MAY_VOTE.test(description)) {
    const items = parse(description, names).sentences.flat();
    const lead = items.find((i) => i.kind === "pronoun" || i.kind === "name");
    if (lead?.kind === "pronoun" && !lead.quoted) votes.described = lead.gender;
  }
  // "Chairwoman of the Malagasy Migrant Workers' Union": the post the description opens with.
  const opening = /^\s*(\p{L}+)/u.exec(description)?.[1];
  if (!votes.described && opening && womanByPost(opening)) votes.described = "female";
  for (const { tokens, sentences } of parsed) {
    const span = (from: number, to: number) =>
      tokens
        .slice(from, to + 1)
        .map((t) => t.word)
        .join(" ");
    sentences.forEach((items, s) => {
      const mine = items.filter((i) => i.kind === "name" && i.people.has(person));
      if (mine.length === 0) return;
      for (const item of mine) {
        if (item.kind === "name" && item.title && item.people.size === 1) {
          vote("titles", item.title, span(item.at - 1, item.end));
        }
      }
      const first = items.findIndex((i) => i.kind === "name");
      const named = items[first]!;
      // The same sentence: the person named first, before any pronoun ("She took over from
      // Coetzee, and her term …" is about two people), then a pronoun with no one else between.
      const pronounAfter = items.findIndex((i, k) => k > first && i.kind === "pronoun" && !i.quoted);
      if (pronounAfter > 0 && named.kind === "name" && named.people.size === 1 && named.people.has(person)) {
        if (!items.slice(0, first).some((i) => i.kind === "pronoun")) {
          for (let k = first + 1; k < items.length; k++) {
            const item = items[k]!;
            if (isOneSomeone(item) && !(item.kind === "name" && only(item.people) === person)) break;
            if (item.kind === "pronoun" && !item.quoted)
              vote("pronouns", item.gender, span(named.at, item.at + 2));
          }
        }
      }
      // The next sentence: a pronoun before anyone else, after a sentence that named only them,
      // with no one else after the name.
      // (Nouns are looked up only where a pronoun may vote: most sentences have none.)
      const next = sentences[s + 1];
      if (!next?.some((i) => i.kind === "pronoun" && !i.quoted)) return;
      const lead = next.find((i) => i.kind !== "word" || isPersonWord(i.word));
      if (lead?.kind !== "pronoun" || lead.quoted) return;
      if (items.some((i) => i.kind === "name" && (i.people.size !== 1 || !i.people.has(person)))) return;
      const last = items.findLastIndex((i) => i.kind === "name");
      if (items.slice(last + 1).some(isOneSomeone)) return;
      const at = items[last]!.at;
      vote("pronouns", lead.gender, `${span(at, at + 1)} / ${span(lead.at, lead.at + 2)}`);
    });
  }
  return votes;
}

const MAY_VOTE = new RegExp(`\\b(?:${[...PRONOUNS.keys(), ...TITLES.keys()].join("|")})\\b`, "i");
/** A text that may vote: a pronoun, a title, or a post that says she is a woman. */
const mayVote = (text: string) => MAY_VOTE.test(text) || POST_NOUN.test(text);

function only(people: ReadonlySet<string>): string | undefined {
  return people.size === 1 ? [...people][0] : undefined;
}
