import nlp from "compromise";
import { getOrCreate } from "../engine/collections.ts";
import { isEnglishWord } from "../engine/language/english.ts";
import { phraseKey } from "../engine/language/normalize.ts";
import type { Entity, EntityKind } from "../engine/schema.ts";
import { slugOf } from "../storage/input.ts";

/**
 * Finding names in an article and keeping one entity per name: the article's own variants
 * ("Confidence-Building" / "Confidence Building"), a head word standing for a long name ("the
 * Movement"), acronyms, "Republic of X" for X, and entities the store already knows.
 */

/** Words that make a capitalised phrase a role, not a name: "President", "Secretary General". */
const TITLE_WORDS = new Set(
  [
    "president",
    "vice",
    "prime",
    "minister",
    "foreign",
    "deputy",
    "secretary",
    "general",
    "ambassador",
    "king",
    "queen",
    "prince",
    "princess",
    "emir",
    "sheikh",
    "sultan",
    "chancellor",
    "chairman",
    "chairwoman",
    "chairperson",
    "chair",
    "director",
    "head",
    "speaker",
    "governor",
    "mayor",
    "senator",
    "commissioner",
    "envoy",
    "special",
    "representative",
    "executive",
    "chief",
    "first",
    "lady",
    "mr",
    "mrs",
    "ms",
    "dr",
    "pope",
    "premier",
    "spokesperson",
    "spokesman",
    "spokeswoman",
  ].map((w) => w),
);
/** Lower-case words that may sit inside a name: "Conference on Interaction and ... in Asia". */
const CONNECTORS = new Set([
  "of",
  "on",
  "and",
  "for",
  "in",
  "the",
  "de",
  "du",
  "al",
  "bin",
  "von",
  "van",
  "del",
]);
const ORGANIZATION_WORDS =
  /\b(?:conference|council|organi[sz]ation|movement|union|nations|assembly|committee|commission|ministry|agency|bank|fund|forum|association|institute|university|party|parliament|government|group|company|corporation|news|times|post|agency|office|court|service|league|alliance|federation|cooperation|community|secretariat|department|authority|board|club|academy)\b/i;
const INITIATIVE_WORDS =
  /\b(?:network|platform|initiative|programme|program|project|strategy|corridor|plan)\b/i;
const STATE_PREFIX =
  /^(?:the )?(?:republic|kingdom|state|sultanate|emirate|principality|federation|commonwealth) of (?:the )?/i;

export interface DraftEntity {
  id: string;
  kind: EntityKind;
  name: string;
  description?: string;
  aliases: string[];
  /** From the store (its id reused, nothing written) or new in this draft. */
  known: boolean;
  /** How the kind was decided, for the report. */
  kindReason: string;
  mentions: number;
}

/** A name found in a sentence: where, and which entity it names. */
export interface Mention {
  start: number;
  end: number;
  entity: DraftEntity;
  /** The words as written (without a possessive "'s"). */
  text: string;
}

interface Word {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?/gu;

function wordsIn(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

const capitalised = (word: string) => /^\p{Lu}/u.test(word) || /^\d+\p{L}/u.test(word);
const isTitle = (word: string) => TITLE_WORDS.has(word.toLowerCase().replace(/[.'’]/g, ""));
const withoutPossessive = (word: string) => word.replace(/['’]s$/u, "").replace(/['’]$/u, "");

/** The entities of one draft: those the store knows (reused by id) and those found in the article. */
export class EntityTable {
  private readonly byKey = new Map<string, DraftEntity>();
  readonly entities: DraftEntity[] = [];
  private readonly ids = new Set<string>();
  /** Names the store gives more than one entity ("Ferrante" for two people): which is meant is read from the article. */
  private readonly shared = new Map<string, DraftEntity[]>();

  constructor(known: readonly Entity[]) {
    for (const entity of known) {
      const draft: DraftEntity = {
        ...entity,
        aliases: [...entity.aliases],
        known: true,
        kindReason: "already in the store",
        mentions: 0,
      };
      this.ids.add(entity.id);
      for (const name of [entity.name, ...entity.aliases]) {
        const key = phraseKey(name);
        const owner = this.byKey.get(key);
        if (owner && owner !== draft) getOrCreate(this.shared, key, () => [owner]).push(draft);
        this.claim(name, draft);
      }
    }
  }

  /** Entities mentioned in the article, in order of first mention (the store's included). */
  get mentioned(): DraftEntity[] {
    return this.entities.filter((e) => e.mentions > 0);
  }

  lookup(name: string): DraftEntity | undefined {
    return this.byKey.get(phraseKey(name));
  }

  /** The entity a name stands for, created (with a guessed kind) when nobody has it yet. */
  resolve(name: string, hint?: { kind?: EntityKind; reason?: string }): DraftEntity {
    // "Ferrante said" after "Marco Ferrante" earlier in the article is Marco, whichever entity
    // the store listed first with that name; and a name the article gave in full to someone new
    // is theirs, not a store entity's the article never mentions.
    const namesakes = this.shared.get(phraseKey(name))?.filter((e) => e.mentions > 0) ?? [];
    if (namesakes.length === 1) return this.seen(namesakes[0]!, name);
    const direct = this.lookup(name);
    const inArticle = direct && direct.mentions === 0 ? this.variantOf(name) : undefined;
    if (inArticle && inArticle !== direct) return this.seen(inArticle, name, false);
    if (direct) return this.seen(direct, name);
    const variant = this.variantOf(name);
    if (variant) return this.seen(variant, name, name.includes(" ") || variant.kind === "person");
    const state = name.replace(STATE_PREFIX, "");
    if (state !== name && state.length > 0) {
      const country = this.resolve(state, { kind: "country", reason: `"${name}"` });
      if (country.kind === "country" || !country.known) this.claim(name, country);
      return country;
    }
    const guessed = hint?.kind
      ? { kind: hint.kind, reason: hint.reason ?? "from the text" }
      : guessKind(name);
    const entity: DraftEntity = {
      id: this.freeId(slug(name)),
      kind: guessed.kind,
      name,
      aliases: [],
      known: false,
      kindReason: guessed.reason,
      mentions: 0,
    };
    this.ids.add(entity.id);
    this.claim(name, entity);
    return this.seen(entity, name);
  }

  /** Gives an entity another name, unless another entity has it already. */
  claim(name: string, entity: DraftEntity): boolean {
    const key = phraseKey(name);
    if (!key) return false;
    const owner = this.byKey.get(key);
    if (owner && owner !== entity) return false;
    if (!owner) {
      this.byKey.set(key, entity);
      if (!this.entities.includes(entity)) this.entities.push(entity);
      if (phraseKey(entity.name) !== key && !entity.aliases.some((a) => phraseKey(a) === key)) {
        entity.aliases.push(name);
      }
    }
    return true;
  }

  /**
   * The same name written differently in one article: one word changed in a long name
   * ("Council on ..." for "Conference on ..."), or a head word standing for a name ("the Movement").
   */
  private variantOf(name: string): DraftEntity | undefined {
    const words = phraseKey(name).split(" ");
    if (words.length === 1 && words[0]) {
      const head = words[0];
      // "Minister Iturra", "Battsetseg": one word of the name of a person the article named in full.
      const people = this.entities.filter(
        (e) =>
          e.mentions > 0 &&
          e.kind === "person" &&
          phraseKey(e.name).split(" ").length > 1 &&
          phraseKey(e.name).split(" ").includes(head),
      );
      if (people.length === 1) return people[0];
      if (!ORGANIZATION_WORDS.test(head) && !INITIATIVE_WORDS.test(head)) return undefined;
      const named = this.entities.filter(
        (e) =>
          e.mentions > 0 &&
          (e.kind === "organization" || e.kind === "initiative") &&
          phraseKey(e.name).split(" ").length > 1 &&
          phraseKey(e.name).endsWith(` ${head}`),
      );
      return named.length === 1 ? named[0] : undefined;
    }
    if (words.length < 4) return undefined;
    return this.entities.find((e) => {
      if (e.mentions === 0) return false;
      return [e.name, ...e.aliases].some((other) => {
        const theirs = phraseKey(other).split(" ");
        if (theirs.length !== words.length) return false;
        return theirs.filter((w, i) => w !== words[i]).length === 1;
      });
    });
  }

  private seen(entity: DraftEntity, asWritten: string, isName = true): DraftEntity {
    entity.mentions++;
    if (!entity.known && isName) {
      this.claim(asWritten, entity);
      getOrCreate(this.spellings, entity, () => new Set()).add(asWritten);
    }
    return entity;
  }

  /** Every way the article wrote each entity's name: acronyms come from these. */
  private readonly spellings = new Map<DraftEntity, Set<string>>();

  private freeId(base: string): string {
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    return id;
  }

  /** Acronyms for long names the article does not abbreviate ("UN Security Council" → UNSC). */
  addAcronyms(): void {
    for (const entity of this.entities) {
      if (
        entity.known ||
        (entity.kind !== "organization" && entity.kind !== "initiative" && entity.kind !== "other")
      )
        continue;
      for (const name of new Set([entity.name, ...entity.aliases, ...(this.spellings.get(entity) ?? [])])) {
        for (const acronym of acronymsOf(name)) this.claim(acronym, entity);
      }
    }
  }
}

/** "Conference on Interaction and Confidence-Building in Asia" → CICA and CICBA; three to six letters. */
export function acronymsOf(name: string): string[] {
  const words = name.split(/\s+/).filter((w) => capitalised(w));
  if (words.length < 2) return [];
  const joined = words.map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : (w[0] ?? ""))).join("");
  const split = words
    .flatMap((w) => w.split("-"))
    .filter((w) => capitalised(w))
    .map((w) => (/^\p{Lu}{2,}$/u.test(w) ? w : (w[0] ?? "")))
    .join("");
  return [...new Set([joined, split])].filter((a) => a.length >= 3 && a.length <= 6 && /^\p{Lu}+$/u.test(a));
}

/**
 * The tags compromise gave each word of the sentence being read (in context, and already paid
 * for): single words are looked up here before being tagged on their own.
 */
let sentenceTags: Map<string, Set<string>> | undefined;

/** A phrase's tags from its words' tags in the sentence: those every word has (undefined if a word is missing). */
function inContext(text: string, tags: Map<string, Set<string>>): Set<string> | undefined {
  let common: Set<string> | undefined;
  for (const word of text.split(/\s+/)) {
    const own = tags.get(word);
    if (!own) return undefined;
    if (CONNECTORS.has(word)) continue;
    common = common ? new Set([...common].filter((tag) => own.has(tag))) : new Set(own);
  }
  return common;
}

/** compromise's tags for a short piece of text (a name, a word), remembered: names recur. */
const tagMemo = new Map<string, Set<string>>();
export function tagsOf(text: string): Set<string> {
  const here =
    sentenceTags?.get(text) ?? (sentenceTags && /\s/.test(text) ? inContext(text, sentenceTags) : undefined);
  if (here) return here;
  let tags = tagMemo.get(text);
  if (!tags) {
    tags = new Set<string>();
    for (const sentence of nlp(text).json() as { terms: { tags: string[] }[] }[]) {
      for (const term of sentence.terms) for (const tag of term.tags) tags.add(tag);
    }
    if (tagMemo.size > 50_000) tagMemo.clear();
    tagMemo.set(text, tags);
  }
  return tags;
}

function guessKind(name: string): { kind: EntityKind; reason: string } {
  const tags = { has: (tag: string) => tagsOf(name).has(tag.slice(1)) };
  if (tags.has("#Country")) return { kind: "country", reason: "a country name" };
  if (ORGANIZATION_WORDS.test(name))
    return { kind: "organization", reason: "an organisation word in the name" };
  if (INITIATIVE_WORDS.test(name)) return { kind: "initiative", reason: "an initiative word in the name" };
  if (tags.has("#Person")) return { kind: "person", reason: "a person's name" };
  if (tags.has("#Place")) return { kind: "place", reason: "a place name" };
  if (tags.has("#Organization")) return { kind: "organization", reason: "an organisation's name" };
  const words = name.split(/\s+/);
  if (
    words.length >= 2 &&
    words.length <= 4 &&
    words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !isEnglishWord(w.toLowerCase()))
  ) {
    return { kind: "person", reason: "looks like a first and last name" };
  }
  return { kind: "other", reason: "no clue in the name" };
}

/** Ids as moderators' facts get them: the first words of the name, as a slug (the storage's own rule). */
export function slug(text: string): string {
  return slugOf(phraseKey(text));
}

/** A capitalised phrase in a sentence, before deciding what it names. */
interface Span {
  words: Word[];
}

/** Capitalised runs of words (with "of", "and", "in" ... inside), split at punctuation. */
function spansIn(sentence: string): Span[] {
  const words = wordsIn(sentence);
  const spans: Span[] = [];
  let current: Word[] = [];
  const close = () => {
    while (current.length > 0 && CONNECTORS.has(current.at(-1)?.text ?? "")) current.pop();
    if (current.length > 0) spans.push({ words: current });
    current = [];
  };
  words.forEach((word, i) => {
    const gap = i > 0 ? sentence.slice(words[i - 1]?.end ?? 0, word.start) : "";
    const joined = current.length === 0 || /^\s+$/.test(gap);
    if (!joined) close();
    if (capitalised(word.text)) current.push(word);
    else if (
      current.length > 0 &&
      CONNECTORS.has(word.text) &&
      capitalised(words[i + 1]?.text ?? "") &&
      !(word.text === "and" && isTitle(words[i + 1]?.text ?? ""))
    ) {
      current.push(word);
    } else close();
    // A possessive ends a name before a title ("Kazakhstan's President") or after a country ("Mongolia's APEC bid").
    if (/['’]s?$/u.test(word.text) && current.at(-1) === word) {
      const owner = withoutPossessive(word.text);
      if (isTitle(words[i + 1]?.text ?? "") || tagsOf(owner).has("Country")) close();
    }
  });
  close();
  return spans;
}

/** A role written with a person's name ("Minister X of Y"): the role, and where the words are. */
export interface PersonRole {
  entity: DraftEntity;
  role: string;
  start: number;
  end: number;
}

/** Roles written as capitalised phrases: "President of the Republic of X" names X, not a person. */
export interface RolePhrase {
  start: number;
  end: number;
  text: string;
}

/**
 * The names in a sentence, resolved to entities (created as needed), and the role phrases
 * ("Secretary General of ...") found on the way. `first` tells whether the sentence's first word
 * is an ordinary capitalised word ("The", "During") rather than part of a name.
 */
export function namesIn(
  sentence: string,
  table: EntityTable,
  terms: readonly { text: string; tags: string[] }[] = [],
): { mentions: Mention[]; roles: RolePhrase[]; personRoles: PersonRole[] } {
  sentenceTags = new Map();
  for (const term of terms) {
    const tags = new Set(term.tags);
    sentenceTags.set(term.text, tags);
    sentenceTags.set(withoutPossessive(term.text), tags);
  }
  try {
    return findNames(sentence, table);
  } finally {
    sentenceTags = undefined;
  }
}

function findNames(
  sentence: string,
  table: EntityTable,
): { mentions: Mention[]; roles: RolePhrase[]; personRoles: PersonRole[] } {
  const mentions: Mention[] = [];
  const roles: RolePhrase[] = [];
  const personRoles: PersonRole[] = [];
  const add = (words: Word[], hint?: { kind: EntityKind; reason: string }) => {
    const before = mentions.length;
    addName(words, hint);
    // "Asia-Pacific Economic Cooperation (APEC)": the abbreviation names the same entity.
    const mention = mentions[before];
    const acronym = mention
      ? /^\s*\((\p{Lu}[\p{Lu}\d]{1,9})\)/u.exec(sentence.slice(mention.end))?.[1]
      : undefined;
    if (mention && acronym && !mention.entity.known) table.claim(acronym, mention.entity);
  };
  const addName = (words: Word[], hint?: { kind: EntityKind; reason: string }) => {
    while (words.length > 0 && CONNECTORS.has(words[0]?.text.toLowerCase() ?? "")) words = words.slice(1);
    while (words.length > 0 && CONNECTORS.has(words.at(-1)?.text ?? "")) words = words.slice(0, -1);
    const first = words[0];
    const last = words.at(-1);
    if (!first || !last) return;
    const lastText = withoutPossessive(last.text);
    const end = last.end - (last.text.length - lastText.length);
    const text = sentence.slice(first.start, end);
    if (!/\p{L}/u.test(text)) return;
    mentions.push({ start: first.start, end, entity: table.resolve(text, hint), text });
  };

  for (const span of spansIn(sentence)) {
    let words = span.words;
    // An ordinary word opening the sentence ("The", "During", "He") is not part of a name.
    const opener = words[0];
    if (opener && opener.start === firstWordStart(sentence) && !isTitle(opener.text)) {
      const lower = opener.text.toLowerCase();
      if (isEnglishWord(lower) && !table.lookup(opener.text) && !tagsOf(opener.text).has("ProperNoun")) {
        words = words.slice(1);
      }
    }
    // Dates are not names ("9 October"); a nationality before a title is part of the role.
    words = words.filter((w) => !tagsOf(w.text).has("Date"));
    let d = 0;
    while (
      d < words.length &&
      tagsOf(words[d]?.text ?? "").has("Demonym") &&
      isTitle(words[d + 1]?.text ?? "")
    )
      d++;
    const demonyms = words.slice(0, d);
    words = words.slice(d);
    if (words.length === 1 && tagsOf(words[0]?.text ?? "").has("Demonym")) continue;
    // Titles: "President Ilham Aliyev" is Ilham Aliyev; "Secretary General of the X" is a role in X.
    let t = 0;
    while (t < words.length && isTitle(words[t]?.text ?? "")) t++;
    if (t > 0) {
      const rest = words.slice(t);
      if (rest[0] && CONNECTORS.has(rest[0].text)) {
        // "Minister of Foreign Affairs Tomás Iturra Vial", "President of Mongolia Ganbold Dorj":
        // the role's object, then the person who holds it.
        const cut = personTail(rest, table);
        const object = rest.slice(0, cut);
        const holder = rest.slice(cut);
        const first = demonyms[0] ?? words[0];
        const last = object.at(-1);
        if (first && last)
          roles.push({ start: first.start, end: last.end, text: sentence.slice(first.start, last.end) });
        // A portfolio ("of Foreign Affairs") is part of the role, not something of its own.
        const portfolio = object.every((w) => CONNECTORS.has(w.text) || isEnglishWord(w.text.toLowerCase()));
        if (!portfolio || table.lookup(object.map((w) => w.text).join(" "))) add(object, countryHint(object));
        if (holder.length > 0 && first && last) {
          const before = mentions.length;
          add(holder, { kind: "person", reason: "named after a role" });
          const mention = mentions[before];
          if (mention)
            personRoles.push({
              entity: mention.entity,
              role: sentence.slice(first.start, last.end),
              start: first.start,
              end: mention.end,
            });
        }
        continue;
      }
      if (rest.length > 0) {
        // "Minister Ilsa Marrow of Veloria": the person, then where their role belongs.
        const of = rest.findIndex((w) => w.text === "of");
        const where = of > 0 ? rest.slice(of + 1) : [];
        if (of > 0 && where.length > 0) {
          add(where, countryHint(where));
          rest.splice(of);
        }
        const before = mentions.length;
        const titles = [...demonyms, ...words.slice(0, t)];
        add(rest, {
          kind: "person",
          reason: `named with a title ("${titles.map((w) => w.text).join(" ")}")`,
        });
        const mention = mentions[before];
        const first = words[0];
        if (mention && first && mention.entity.kind === "person" && !mention.entity.known) {
          table.claim(sentence.slice(first.start, mention.end), mention.entity);
          const from = titles[0]?.start ?? first.start;
          const to = titles.at(-1)?.end ?? first.end;
          const whereText = where.map((w) => withoutPossessive(w.text)).join(" ");
          personRoles.push({
            entity: mention.entity,
            role: `${sentence.slice(from, to)}${whereText ? ` of ${whereText}` : ""}`,
            start: from,
            end: where.at(-1)?.end ?? mention.end,
          });
        }
      }
      continue;
    }
    // Trailing titles ("the CICA Secretary General"): the name is what comes before them.
    let end = words.length;
    while (end > 0 && isTitle(words[end - 1]?.text ?? "")) end--;
    words = words.slice(0, end);
    // "Mongolia and Chile": two names, when each side is one on its own.
    const before = sentence.slice(0, words[0]?.start ?? 0);
    const previous = before.match(/(\p{L}+)\s*$/u)?.[1];
    const afterPlacePreposition = previous === "in" || previous === "at";
    // "the foreign ministers of X and Y", "the government of X": X is a country.
    const ofState = STATE_ROLE_OF.test(before);
    for (const part of splitAtAnd(words, table, ofState)) {
      add(part, (ofState ? countryHint(part) : undefined) ?? placeHint(part, afterPlacePreposition, table));
    }
  }
  return { mentions: mentions.sort((a, b) => a.start - b.start), roles, personRoles };
}

/** Where the name of a person starts at the end of a role's words: two or more unusual capitalised words. */
function personTail(words: Word[], table: EntityTable): number {
  for (let i = 1; i <= words.length - 2; i++) {
    const tail = words.slice(i);
    const name = tail.map((w) => w.text).join(" ");
    const unusual = (w: Word) => !isEnglishWord(w.text.toLowerCase());
    const firstTags = tagsOf(tail[0]?.text ?? "");
    if (firstTags.has("Country") || firstTags.has("Place") || table.lookup(tail[0]?.text ?? "")) continue;
    if (
      tail.every((w) => !CONNECTORS.has(w.text) && /^\p{Lu}\p{Ll}/u.test(w.text)) &&
      (tail.every(unusual) || (tail[0] && unusual(tail[0]) && tagsOf(name).has("Person"))) &&
      !tagsOf(name).has("Place") &&
      table.lookup(name)?.kind !== "country"
    ) {
      return i;
    }
  }
  return words.length;
}

/** "in Santiago": after "in" or "at", a name that could be a person's is more likely a place. */
function placeHint(
  words: Word[],
  afterPlacePreposition: boolean,
  table: EntityTable,
): { kind: EntityKind; reason: string } | undefined {
  if (!afterPlacePreposition) return undefined;
  const text = words.map((w) => w.text).join(" ");
  if (table.lookup(text) || ORGANIZATION_WORDS.test(text) || tagsOf(text).has("Country")) return undefined;
  return { kind: "place", reason: 'named after "in" or "at"' };
}

function firstWordStart(sentence: string): number {
  return sentence.search(/[\p{L}\p{N}]/u);
}

/** Lower-case words before "of X" that make X a state. */
const STATE_ROLE_OF =
  /\b(?:ministers?|presidents?|ambassadors?|government|governments|embassy|embassies|people|citizens|capital|leaders?|king|queen|parliament|prime ministers?) of (?:the )?$/i;

/** After a role ("Minister of X"), a short name with no organisation word in it is a country. */
function countryHint(words: Word[]): { kind: EntityKind; reason: string } | undefined {
  const text = words.map((w) => w.text).join(" ");
  if (words.length > 3 || ORGANIZATION_WORDS.test(text) || INITIATIVE_WORDS.test(text)) return undefined;
  if (tagsOf(text).has("City") || tagsOf(text).has("Person")) return undefined;
  return { kind: "country", reason: 'a state in a role ("Minister of ...")' };
}

function splitAtAnd(words: Word[], table: EntityTable, short = false): Word[][] {
  const at = words.findIndex((w) => w.text === "and");
  if (at <= 0) return [words];
  const left = words.slice(0, at);
  const right = words.slice(at + 1);
  if (short && left.length === 1 && right.length === 1) return [left, right];
  // "Minister A of X and Minister B of Y": two people.
  if (isTitle(right[0]?.text ?? "")) return [left, right];
  const standsAlone = (part: Word[]) => {
    const text = part.map((w) => withoutPossessive(w.text)).join(" ");
    const tags = tagsOf(text);
    return table.lookup(text) !== undefined || tags.has("Country") || tags.has("Person");
  };
  return standsAlone(left) && standsAlone(right) ? [left, ...splitAtAnd(right, table)] : [words];
}

export { isTitle };
