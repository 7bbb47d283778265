import { getOrCreate } from "./collections.ts";
import { LoadedPostings } from "./index/postings.ts";
import { countryNamed, countryNamesOfDemonym, demonymLengthsFrom } from "./language/countries.ts";
import { isEnglishWord } from "./language/english.ts";
import { canonicalText, type IndexWord, indexWords, phraseKey, stemOf } from "./language/normalize.ts";
import { SpellingIndex } from "./language/spelling.ts";
import { forEachIndexWord, indexWordsOf, wordCount, wordsOfText } from "./language/word-table.ts";
import { type Dataset, type Entity, EntityKind, type Event, type Fact, type Source } from "./schema.ts";
import { type FactTerms, knownStemNumber, stemCount, TermGatherer, TermStore } from "./terms.ts";
import { marksOfWord, noMarks } from "./token-cache.ts";

/**
 * Strength with which a part of a fact's text vouches for a word. Context (an entity's description,
 * the event's title and topics) stays below a strong match, so a question whose words the fact
 * has only through context is answered by names only and does not pass (see score.ts): the fact's
 * own words must carry the question's relation. A description says who someone is ("Secretary
 * General of CICA"), so it counts more than an event's title.
 */
const FIELD_STRENGTH = {
  statement: 1,
  quote: 1,
  keywords: 0.9,
  names: 0.8,
  descriptions: 0.45,
  event: 0.3,
} as const;

const NO_ONE: ReadonlySet<string> = new Set();

/**
 * The word at `i` of a list of words or of tokens (`countryOfAdjectiveAt`): a function of the module,
 * not a closure made on each call (asked at each word of each question).
 */
function wordAt(words: readonly string[] | readonly { word: string }[], i: number): string | undefined {
  const item = words[i];
  return typeof item === "string" ? item : item?.word;
}

/** Words whose country `countryOfAdjective` keeps at most (a flood of made-up words is forgotten). */
const MAX_ADJECTIVES_KEPT = 10_000;

/** A fact prepared for retrieval: its search terms, the kinds of its entities, its length. */
export interface IndexedFact {
  fact: Fact;
  /** Stem → how strongly the fact's own text has it (compact: see terms.ts). */
  terms: FactTerms;
  kinds: readonly EntityKind[];
  entities: readonly string[];
  /** Entities taking part in the fact's event (shared by the event's facts): weaker evidence. */
  eventEntities: ReadonlySet<string>;
  /** Entities the event's title names ("Mongolia–Chile talks"): weaker still. */
  eventNamed: ReadonlySet<string>;
  length: number;
  /** False once removed or replaced: posting lists skip it instead of being rewritten. */
  live: boolean;
  /**
   * A number of its own, unique across every knowledge base of the process: per-question scores
   * live in typed arrays indexed by it instead of Maps of up to every fact (see score.ts).
   */
  ordinal: number;
  /**
   * Which of the sets of words checked before a statement is read word by word ("not", "had",
   * "non": `statementHasAnyOf` in token-cache.ts) its statement has, as bits; made as the store
   * indexes the statement (read again only for a set of words made after).
   */
  statementWords: number;
}

/** The entities or events that have a stem, with how strongly, as kept per stem and version. */
interface StemContext {
  version: number;
  found: ReadonlyMap<string, number>;
  /** The largest strength in `found`: bounds a fact's match through them without a lookup. */
  strongest: number;
  /** `found`'s keys and values in its order, for walks (a Map's entries are a new pair each). */
  ids: readonly string[];
  strengths: readonly number[];
}

function stemContext(version: number, found: ReadonlyMap<string, number>): StemContext {
  return {
    version,
    found,
    strongest: strongestOf(found),
    ids: [...found.keys()],
    strengths: [...found.values()],
  };
}

function strongestOf(found: ReadonlyMap<string, number>): number {
  let strongest = 0;
  for (const strength of found.values()) if (strength > strongest) strongest = strength;
  return strongest;
}

/** The next `IndexedFact.ordinal`: shared by all scopes, so a scope's and its parent's never clash. */
let nextOrdinal = 0;

/** How many ordinals have been handed out (the size per-fact arrays need). */
export function factOrdinals(): number {
  return nextOrdinal;
}

/**
 * The searchable knowledge of one scope: facts, entities and the indexes over them. A scope may
 * sit on a parent (a server's overlay on the shared base): lookups fall through to the parent and
 * the parent's facts can be hidden (removed, or replaced by an edited copy), and its entities and
 * events removed for this scope alone.
 */
/** A name as a bare follow-up's words are matched against it: canonical, lower case, no apostrophes. */
export function foldedName(name: string): string {
  return canonicalText(name).toLowerCase().replace(/'/g, "");
}

/** An entity with its names folded (`foldedName`). */
export interface NamedEntity {
  entity: Entity;
  names: readonly string[];
}

export class KnowledgeBase {
  readonly sources = new Map<string, Source & { text: string }>();
  readonly entities = new Map<string, Entity>();
  readonly events = new Map<string, Event>();
  readonly facts = new Map<string, IndexedFact>();
  /** Parent facts this scope hides. */
  readonly hidden = new Set<string>();
  /**
   * Entities and events this scope hides (a server removed a curated one for itself alone): left
   * out of every list, name and index answers and autocomplete read, as a hidden fact is. By id
   * (`entity`, `event`) they are still found, so that what still names one (an old revision of a
   * fact, a form) can say what it was.
   */
  readonly hiddenEntities = new Set<string>();
  readonly hiddenEvents = new Set<string>();
  readonly spelling = new SpellingIndex();
  /** This scope's facts' terms (see terms.ts): dropped with the scope. */
  private readonly termStore = new TermStore();
  /** The posting lists of the facts of `fromDataset`, in one typed array (see index/postings.ts). */
  private loaded: LoadedPostings | undefined;
  // Facts added after that: append-only arrays, read after the loaded ones (in the order the facts
  // were added, as one list per stem would have them); removal flips `live`. Every stem the scope
  // knows has a key here (an empty list for the loaded facts' stems).
  private readonly postings = new Map<string, IndexedFact[]>();
  /** Removed facts still in a posting list, per stem: live count = list length − dead. */
  private readonly deadPerStem = new Map<string, number>();
  private readonly aliasIndex = new Map<string, Set<string>>();
  private readonly entityFacts = new Map<string, IndexedFact[]>();
  private readonly deadPerEntity = new Map<string, number>();
  private readonly eventFacts = new Map<string, IndexedFact[]>();
  /**
   * Words of entities' names and descriptions and of events' titles and topics, kept once per
   * entity or event rather than copied into every fact about them: a fact matches them through
   * its entities and its event (see `forEachFactWithStem`).
   */
  private readonly entityTerms = new Map<string, Map<string, number>>();
  private readonly eventTerms = new Map<string, Map<string, number>>();
  private readonly stemEntities = new Map<string, Set<string>>();
  private readonly stemEvents = new Map<string, Set<string>>();
  /** Every word seen in this scope's text (kept after removals: a known word stays correctable-to). */
  private readonly vocabulary = new Set<string>();
  private longestAlias = 1;

  constructor(readonly parent?: KnowledgeBase) {}

  static fromDataset(dataset: Dataset, parent?: KnowledgeBase): KnowledgeBase {
    const kb = new KnowledgeBase(parent);
    for (const source of dataset.sources.values()) kb.addSource(source);
    for (const event of dataset.events.values()) kb.addEvent(event);
    for (const entity of dataset.entities.values()) kb.addEntity(entity);
    kb.load(dataset.facts.values());
    kb.trimLists();
    return kb;
  }

  /**
   * Adds the facts as `addFact` does one by one, but with their posting lists made in one go
   * at the end (see index/postings.ts), and each distinct word learned once rather than looked up
   * at every occurrence. Once per knowledge base, before any other fact: later ones go through
   * `addFact`.
   */
  private load(facts: Iterable<Fact>): void {
    if (this.loaded || this.facts.size > 0) {
      for (const fact of facts) this.addFact(fact);
      return;
    }
    this.forgetFrequencies();
    const added: IndexedFact[] = [];
    this.learned = new Uint8Array(wordCount() + 4096);
    try {
      for (const fact of facts) {
        // A fact given twice replaces the first, as `addFact` would (its postings stay, dead).
        if (this.facts.has(fact.id)) this.removeOwnFact(fact.id);
        added.push(this.addFactLists(fact));
      }
    } finally {
      this.learned = undefined;
    }
    this.loaded = LoadedPostings.of(added, stemCount());
  }

  /** During `load`: which words (by number in the word table) have been learned already. */
  private learned: Uint8Array | undefined;
  /**
   * A list grown by push keeps room to grow (17 slots from the first push, half as much again
   * after): across a store's hundred thousand short lists that room was a third of their memory.
   * After a bulk load each list is copied to exactly its length; later changes grow them again.
   */
  private trimLists(): void {
    // `postings` is left: a bulk load puts its facts in `loaded`, leaving those lists empty.
    trimmed(this.entityFacts);
    trimmed(this.eventFacts);
    trimmed(this.kindFacts);
  }

  // ---- lookups that fall through to the parent ----

  entity(id: string): Entity | undefined {
    return this.entities.get(id) ?? this.parent?.entity(id);
  }
  event(id: string): Event | undefined {
    return this.events.get(id) ?? this.parent?.event(id);
  }
  source(id: string): (Source & { text: string }) | undefined {
    return this.sources.get(id) ?? this.parent?.source(id);
  }
  fact(id: string): IndexedFact | undefined {
    const own = this.facts.get(id);
    if (own) return own;
    if (this.hidden.has(id)) return undefined;
    return this.parent?.fact(id);
  }

  /** Every visible fact, own first. */
  *allFacts(): Generator<IndexedFact> {
    yield* this.facts.values();
    if (this.parent) {
      for (const indexed of this.parent.allFacts()) {
        if (!this.hidden.has(indexed.fact.id) && !this.facts.has(indexed.fact.id)) yield indexed;
      }
    }
  }

  *allEntities(): Generator<Entity> {
    yield* this.entities.values();
    if (this.parent)
      for (const entity of this.parent.allEntities())
        if (!this.entities.has(entity.id) && !this.hiddenEntities.has(entity.id)) yield entity;
  }

  *allSources(): Generator<Source & { text: string }> {
    yield* this.sources.values();
    if (this.parent)
      for (const source of this.parent.allSources()) if (!this.sources.has(source.id)) yield source;
  }

  /**
   * Every visible event by date, newest first (or oldest first), ties in `allEvents` order: kept
   * until an event of this scope or its parent changes, since overview questions read the whole
   * list and sorting it per question was most of their cost.
   */
  eventsByDate(oldestFirst: boolean): readonly Event[] {
    const version = this.eventsVersion;
    const known = this.byDate[oldestFirst ? 1 : 0];
    if (known && known.version === version) return known.events;
    const events = [...this.allEvents()].sort((a, b) =>
      oldestFirst ? a.date.localeCompare(b.date) : b.date.localeCompare(a.date),
    );
    this.byDate[oldestFirst ? 1 : 0] = { version, events };
    return events;
  }

  private readonly byDate: ({ version: number; events: readonly Event[] } | undefined)[] = [];
  private eventChanges = 0;
  private entityChanges = 0;
  private factChanges = 0;

  /** Changes whenever an event of this scope or its parent is added, replaced or removed. */
  get eventsVersion(): number {
    return this.eventChanges + (this.parent?.eventsVersion ?? 0);
  }

  /** Changes whenever an entity, or a name of one, of this scope or its parent changes or is removed. */
  get entitiesVersion(): number {
    return this.entityChanges + (this.parent?.entitiesVersion ?? 0);
  }

  /** Changes whenever a fact or a source of this scope or its parent is added, replaced, hidden or removed. */
  get factsVersion(): number {
    return this.factChanges + (this.parent?.factsVersion ?? 0);
  }

  *allEvents(): Generator<Event> {
    yield* this.events.values();
    if (this.parent)
      for (const event of this.parent.allEvents())
        if (!this.events.has(event.id) && !this.hiddenEvents.has(event.id)) yield event;
  }

  /** Entities known by exactly this phrase (a name or an alias, normalised). */
  entitiesNamed(key: string): string[] {
    const named = this.entitiesEverNamed(key);
    return this.hiddenEntities.size === 0 ? named : named.filter((id) => !this.hiddenEntities.has(id));
  }

  /**
   * The entities this scope hides that are known by exactly this phrase: what a moderator's
   * form still finds by name, to say how to bring it back rather than that nothing is so named.
   */
  hiddenEntitiesNamed(key: string): string[] {
    return this.hiddenEntities.size === 0
      ? []
      : this.entitiesEverNamed(key).filter((id) => this.hiddenEntities.has(id));
  }

  /** `entitiesNamed` with the entities this scope hides. */
  private entitiesEverNamed(key: string): string[] {
    const own = this.aliasIndex.get(key);
    const inherited = this.parent?.entitiesNamed(key) ?? [];
    return own ? [...new Set([...own, ...inherited])] : inherited;
  }

  /**
   * The names and aliases (phrase keys) that name more than one entity here: namesakes, which a
   * question must pick among. Kept until an entity or a name changes; none in most stores.
   */
  sharedNames(): ReadonlySet<string> {
    const version = this.entitiesVersion;
    if (this.shared?.version === version) return this.shared.keys;
    const keys = new Set<string>();
    for (let scope: KnowledgeBase | undefined = this; scope; scope = scope.parent) {
      for (const [key, ids] of scope.aliasIndex) {
        if (ids.size > 0 && !keys.has(key) && this.entitiesNamed(key).length > 1) keys.add(key);
      }
    }
    this.shared = { version, keys };
    return keys;
  }

  private shared?: { version: number; keys: ReadonlySet<string> };

  get longestAliasTokens(): number {
    return Math.max(this.longestAlias, this.parent?.longestAliasTokens ?? 1);
  }

  /** The word occurs somewhere in the knowledge (any text, name or alias). */
  knowsWord(word: string): boolean {
    if (this.vocabulary.has(word)) return true;
    if (!this.parent?.knowsWord(word)) return false;
    return (
      this.hiddenEntities.size === 0 || !this.hiddenNames().words.has(word) || this.showsStem(stemOf(word))
    );
  }
  /** How common a word is in the knowledge: the number of facts with its stem. */
  commonness(word: string): number {
    return this.documentFrequency(stemOf(word));
  }
  knowsStem(stem: string): boolean {
    // Every stem of the loaded facts is a stem of a word learned, which has a key in `postings`.
    if (this.postings.has(stem)) return true;
    if (!this.parent?.knowsStem(stem)) return false;
    return this.hiddenEntities.size === 0 || !this.hiddenNames().stems.has(stem) || this.showsStem(stem);
  }

  /**
   * The words and stems of the names of the entities this scope hides, kept until an entity
   * changes. The parent still knows them; here such a word is known only while something this
   * scope shows says it (`showsStem`), so a name removed here is a name never heard of, as in a
   * store that never had it, not a known word no fact answers.
   */
  private hiddenNames(): { words: ReadonlySet<string>; stems: ReadonlySet<string> } {
    const version = this.entitiesVersion;
    if (this.hiddenNamesAt?.version === version) return this.hiddenNamesAt;
    const words = new Set<string>();
    const stems = new Set<string>();
    for (const id of this.hiddenEntities) {
      const entity = this.parent?.entity(id);
      const added = this.addedAliases.get(id)?.values() ?? [];
      for (const name of [...(entity ? [entity.name, ...entity.aliases] : []), ...added]) {
        for (const token of indexWordsOf(name)) {
          words.add(token.word);
          stems.add(token.stem);
        }
      }
    }
    this.hiddenNamesAt = { version, words, stems };
    return this.hiddenNamesAt;
  }

  private hiddenNamesAt:
    | { version: number; words: ReadonlySet<string>; stems: ReadonlySet<string> }
    | undefined;

  /** Whether a visible fact's own text, entity's names or description, or event's title or topics has the stem. */
  private showsStem(stem: string): boolean {
    return (
      this.entitiesWithStem(stem).size > 0 ||
      this.eventsWithStem(stem).size > 0 ||
      !this.forEachFactSaying(stem, () => false)
    );
  }

  /** How many facts are about the entity (an upper bound where a parent's facts are hidden). */
  entityFactCount(entityId: string): number {
    return this.ownEntityFactCount(entityId) + (this.parent?.entityFactCount(entityId) ?? 0);
  }

  private ownEntityFactCount(entityId: string): number {
    return (this.entityFacts.get(entityId)?.length ?? 0) - (this.deadPerEntity.get(entityId) ?? 0);
  }

  /** How many visible facts contain the stem (for weighting rare words above common ones). */
  documentFrequency(stem: string): number {
    let count = this.frequencyCache.get(stem);
    if (count === undefined) {
      const number = this.loaded ? knownStemNumber(stem) : undefined;
      count =
        (number === undefined ? 0 : this.loaded!.count(number)) +
        (this.postings.get(stem)?.length ?? 0) -
        (this.deadPerStem.get(stem) ?? 0);
      for (const id of this.stemEntities.get(stem) ?? []) count += this.ownEntityFactCount(id);
      for (const id of this.stemEvents.get(stem) ?? []) count += this.eventFacts.get(id)?.length ?? 0;
      this.frequencyCache.set(stem, count);
    }
    return count + (this.parent?.documentFrequency(stem) ?? 0);
  }

  /**
   * Whether a fact's own text has the stem, here or in a parent (removed facts counted: a yes may be
   * stale, a no never is). Without it, a fact has the stem only through its entities or its event.
   */
  textHasStem(stem: string): boolean {
    const number = this.loaded ? knownStemNumber(stem) : undefined;
    if (number !== undefined && this.loaded!.count(number) > 0) return true;
    if ((this.postings.get(stem)?.length ?? 0) > 0) return true;
    return this.parent?.textHasStem(stem) ?? false;
  }

  /**
   * How many visible facts have the stem in their own text (statement, quote or keywords), not
   * through their entities or event: an upper bound where a parent's facts are hidden.
   */
  textFrequency(stem: string): number {
    const number = knownStemNumber(stem);
    if (number === undefined) return 0;
    const own =
      (this.loaded ? this.loaded.count(number) : 0) +
      (this.postings.get(stem)?.length ?? 0) -
      (this.deadPerStem.get(stem) ?? 0);
    return own + (this.parent?.textFrequency(stem) ?? 0);
  }

  /**
   * Every visible fact whose own text has the stem, with how strongly (as `forEachFactWithStem`,
   * without the facts that have it only through their entities or event).
   */
  forEachFactSaying(stem: string, found: (indexed: IndexedFact, strength: number) => boolean): boolean {
    const number = knownStemNumber(stem);
    if (number === undefined) return true;
    if (this.loaded && !this.loaded.visit(number, found)) return false;
    for (const indexed of this.postings.get(stem) ?? [])
      if (indexed.live && !found(indexed, indexed.terms.strengthOf(number)!)) return false;
    if (this.parent) {
      return this.parent.forEachFactSaying(
        stem,
        (indexed, strength) =>
          this.hidden.has(indexed.fact.id) || this.facts.has(indexed.fact.id) || found(indexed, strength),
      );
    }
    return true;
  }

  /** Counts through entities and events are sums over many lists: computed on demand, dropped on change. */
  private readonly frequencyCache = new Map<string, number>();

  private forgetFrequencies(): void {
    // Clearing allocates a new table even when empty: a bulk load would pay it at every record.
    if (this.frequencyCache.size > 0) this.frequencyCache.clear();
  }

  get size(): number {
    return this.facts.size + (this.parent ? this.parent.size - this.hidden.size : 0);
  }

  spellingCandidates(word: string): { word: string; distance: number }[] {
    const own = this.spelling.candidates(word);
    // Without a parent the merge below gives `own` back as it is (its words distinct, closest
    // first): a copy through a map per unknown word is spared.
    if (!this.parent) return own;
    const inherited = this.parent.spellingCandidates(word);
    const merged = new Map<string, number>();
    for (const { word: w, distance } of [...own, ...inherited])
      merged.set(w, Math.min(distance, merged.get(w) ?? 9));
    return [...merged]
      .map(([w, distance]) => ({ word: w, distance }))
      .sort((a, b) => a.distance - b.distance);
  }

  /**
   * Every visible fact that vouches for the stem, with how strongly: through its own text, its
   * entities' names and descriptions, or its event. A fact may be reported more than once. The
   * strongest evidence (the facts' own words) comes first; `found` returns whether to go on: false
   * stops the walk (and makes this return false), so a caller that needs only so many facts does
   * not read a common word's every posting.
   */
  forEachFactWithStem(stem: string, found: (indexed: IndexedFact, strength: number) => boolean): boolean {
    const postings = this.postings.get(stem);
    if (this.loaded || (postings && postings.length > 0)) {
      // A stem any fact has is numbered (terms.ts): one without a number is in no list.
      const number = knownStemNumber(stem);
      if (number !== undefined) {
        if (this.loaded && !this.loaded.visit(number, found)) return false;
        for (const indexed of postings ?? [])
          if (indexed.live && !found(indexed, indexed.terms.strengthOf(number)!)) return false;
      }
    }
    // Plain loops over the lists, not the generators `factsAbout` and `factsOfEvent`: a common
    // word is in thousands of descriptions and titles, and a generator each was a good share of
    // a vague question's time.
    // (By index over the entry's arrays, and a store with no parent reads its own lists in place:
    // no pair per entity, no closure per entity.)
    const entities = this.entitiesWithStemEntry(stem);
    for (let e = 0; e < entities.ids.length; e++) {
      const id = entities.ids[e]!;
      const strength = entities.strengths[e]!;
      if (this.parent) {
        if (!this.visitFactsAbout(id, (indexed) => found(indexed, strength))) return false;
      } else {
        for (const indexed of this.entityFacts.get(id) ?? [])
          if (indexed.live && !found(indexed, strength)) return false;
      }
    }
    const events = this.eventsWithStemEntry(stem);
    for (let e = 0; e < events.ids.length; e++) {
      const strength = events.strengths[e]!;
      for (const indexed of this.eventFacts.get(events.ids[e]!) ?? [])
        if (indexed.live && !found(indexed, strength)) return false;
    }
    if (this.parent) {
      return this.parent.forEachFactWithStem(stem, (indexed, strength) => {
        // A fact this scope hides or replaces is skipped, and the walk goes on.
        return (
          this.hidden.has(indexed.fact.id) || this.facts.has(indexed.fact.id) || found(indexed, strength)
        );
      });
    }
    return true;
  }

  /** How strongly an entity's names and description vouch for a stem (0 when they do not). */
  entityTermStrength(entityId: string, stem: string): number {
    const own = this.entityTerms.get(entityId)?.get(stem) ?? 0;
    return this.parent ? Math.max(own, this.parent.entityTermStrength(entityId, stem)) : own;
  }

  eventTermStrength(eventId: string, stem: string): number {
    const own = this.eventTerms.get(eventId)?.get(stem);
    return own ?? this.parent?.eventTermStrength(eventId, stem) ?? 0;
  }

  /**
   * Entities (own and inherited) whose names or description contain the stem, with strength. Kept
   * per stem until an entity changes: a common word ("minister", "meets") is in thousands of
   * names or titles, and every question with it would otherwise gather them again.
   */
  entitiesWithStem(stem: string): ReadonlyMap<string, number> {
    return this.entitiesWithStemEntry(stem).found;
  }

  /** The strongest of `entitiesWithStem(stem)` (0 for none): what any fact's entities add at most. */
  strongestEntityWithStem(stem: string): number {
    return this.entitiesWithStemEntry(stem).strongest;
  }

  private entitiesWithStemEntry(stem: string): StemContext {
    const version = this.entitiesVersion;
    const known = this.entitiesWithStemCache.get(stem);
    if (known?.version === version) return known;
    const found = new Map(this.parent?.entitiesWithStem(stem));
    for (const id of this.hiddenEntities) found.delete(id);
    for (const id of this.stemEntities.get(stem) ?? []) {
      if (this.hiddenEntities.has(id)) continue;
      const strength = this.entityTerms.get(id)?.get(stem) ?? 0;
      if ((found.get(id) ?? 0) < strength) found.set(id, strength);
    }
    const entry = stemContext(version, found);
    this.entitiesWithStemCache.set(stem, entry);
    return entry;
  }

  /** Events (own and inherited) whose title or topics contain the stem; kept like `entitiesWithStem`. */
  eventsWithStem(stem: string): ReadonlyMap<string, number> {
    return this.eventsWithStemEntry(stem).found;
  }

  /** The strongest of `eventsWithStem(stem)` (0 for none). */
  strongestEventWithStem(stem: string): number {
    return this.eventsWithStemEntry(stem).strongest;
  }

  private eventsWithStemEntry(stem: string): StemContext {
    const version = this.eventsVersion;
    const known = this.eventsWithStemCache.get(stem);
    if (known?.version === version) return known;
    const found = new Map(this.parent?.eventsWithStem(stem));
    for (const id of this.hiddenEvents) found.delete(id);
    for (const id of this.stemEvents.get(stem) ?? [])
      if (!this.hiddenEvents.has(id)) found.set(id, this.eventTerms.get(id)?.get(stem) ?? 0);
    const entry = stemContext(version, found);
    this.eventsWithStemCache.set(stem, entry);
    return entry;
  }

  private readonly entitiesWithStemCache = new Map<string, StemContext>();
  private readonly eventsWithStemCache = new Map<string, StemContext>();

  private *factsOfEvent(eventId: string): Generator<IndexedFact> {
    for (const indexed of this.eventFacts.get(eventId) ?? []) if (indexed.live) yield indexed;
  }

  /** Events the entity takes part in (own and inherited). */
  eventsWith(entityId: string): string[] {
    const own = this.eventsOfEntity.get(entityId);
    const inherited = this.parent?.eventsWith(entityId) ?? [];
    const events = own ? [...new Set([...own, ...inherited])] : inherited;
    return this.hiddenEvents.size === 0 ? events : events.filter((id) => !this.hiddenEvents.has(id));
  }

  /**
   * The events whose title or place names the entity ("Mongolia–Chile talks", "Accra"): their
   * facts support a mention of it (weakly), so retrieval must reach them too.
   */
  eventsNaming(entityId: string): readonly string[] {
    // A server's overlay that changed no event and no name reads the base's index: one copy of
    // it for every such server, not one each.
    if (this.readsParentNaming()) return this.parent!.eventsNaming(entityId);
    return this.namingIndex().get(entityId) ?? [];
  }

  /**
   * Builds the index `eventsNaming` reads (every event's title and place read for the names they
   * hold) ahead of the first question that needs it: at 100k facts, most of a first question's
   * cost. Built on first use otherwise, and again after an event or a name changes.
   */
  warmEventsNaming(): void {
    if (this.readsParentNaming()) this.parent!.warmEventsNaming();
    else this.namingIndex();
  }

  /** No event of its own or hidden, and no name changed: `eventsNaming` is the parent's. */
  private readsParentNaming(): boolean {
    return (
      !!this.parent && this.events.size === 0 && this.hiddenEvents.size === 0 && this.entityChanges === 0
    );
  }

  private namingIndex(): Map<string, string[]> {
    if (!this.namingEvents) {
      const index = new Map<string, string[]>();
      for (const event of this.allEvents()) {
        for (const id of this.namedByEvent(event.id)) getOrCreate(index, id, () => []).push(event.id);
      }
      this.namingEvents = index;
    }
    return this.namingEvents;
  }

  private namingEvents: Map<string, string[]> | undefined;

  /**
   * The entities a name (or a given alias) of which begins with the word, each with those names
   * folded (`foldedName`), in `allEntities` order: "and tarsa?" for Tarsa Faso. Built on first use,
   * and again after an entity or a name of this scope or its parent changes.
   */
  entitiesByFirstWord(word: string): readonly NamedEntity[] {
    const version = this.entitiesVersion;
    if (this.firstWords?.version !== version) {
      const index = new Map<string, NamedEntity[]>();
      for (const entity of this.allEntities()) {
        const names = [entity.name, ...entity.aliases].map(foldedName);
        for (const first of new Set(names.map((name) => name.split(" ")[0]!))) {
          getOrCreate(index, first, () => []).push({ entity, names });
        }
      }
      this.firstWords = { version, index };
    }
    return this.firstWords.index.get(word) ?? [];
  }

  private firstWords: { version: number; index: Map<string, NamedEntity[]> } | undefined;

  /** Every visible country, in `allEntities` order; built on first use and again after an entity changes. */
  countries(): readonly Entity[] {
    const version = this.entitiesVersion;
    return this.countryListAt(version).countries;
  }

  private countryListAt(version: number): NonNullable<KnowledgeBase["countryList"]> {
    if (this.countryList?.version !== version) {
      const countries = [...this.allEntities()].filter((e) => e.kind === "country");
      const firstWords = countries.map((country) => country.name.toLowerCase().split(/[\s-]+/)[0] ?? "");
      this.countryList = { version, countries, firstWords };
    }
    return this.countryList;
  }

  /** The store's countries, and the first word of each one's name (what a clipping begins). */
  private countryList:
    | { version: number; countries: readonly Entity[]; firstWords: readonly string[] }
    | undefined;

  /** How many facts an event has here and in the parent (an upper bound). */
  eventFactCount(eventId: string): number {
    return (this.eventFacts.get(eventId)?.length ?? 0) + (this.parent?.eventFactCount(eventId) ?? 0);
  }

  private readonly eventsOfEntity = new Map<string, Set<string>>();

  /** Every visible fact of an event, own first, in the order they were added (the article's). */
  *factsOfEventVisible(eventId: string): Generator<IndexedFact> {
    yield* this.factsOfEvent(eventId);
    if (this.parent) {
      for (const indexed of this.parent.factsOfEventVisible(eventId)) {
        if (!this.hidden.has(indexed.fact.id) && !this.facts.has(indexed.fact.id)) yield indexed;
      }
    }
  }

  /**
   * `factsOfEventVisible` as plain loops calling back (false from `found` stops the walk and
   * makes this return false): a generator's step is an object per fact.
   */
  visitFactsOfEvent(eventId: string, found: (indexed: IndexedFact) => boolean): boolean {
    return this.visitOwnThenParent(this.eventFacts.get(eventId), found, (parent, inParent) =>
      parent.visitFactsOfEvent(eventId, inParent),
    );
  }

  /** What `factsAbout` yields, called back in the same order; false from `found` stops the walk. */
  visitFactsAbout(entityId: string, found: (indexed: IndexedFact) => boolean): boolean {
    return this.visitOwnThenParent(this.entityFacts.get(entityId), found, (parent, inParent) =>
      parent.visitFactsAbout(entityId, inParent),
    );
  }

  /** This scope's live facts of a list, then the parent's walk of it less what this scope hides or replaces. */
  private visitOwnThenParent(
    own: readonly IndexedFact[] | undefined,
    found: (indexed: IndexedFact) => boolean,
    walkParent: (parent: KnowledgeBase, found: (indexed: IndexedFact) => boolean) => boolean,
  ): boolean {
    for (const indexed of own ?? []) if (indexed.live && !found(indexed)) return false;
    return this.parent
      ? walkParent(
          this.parent,
          (indexed) => this.hidden.has(indexed.fact.id) || this.facts.has(indexed.fact.id) || found(indexed),
        )
      : true;
  }

  *factsAbout(entityId: string): Generator<IndexedFact> {
    for (const indexed of this.entityFacts.get(entityId) ?? []) if (indexed.live) yield indexed;
    if (this.parent) {
      for (const indexed of this.parent.factsAbout(entityId)) {
        if (!this.hidden.has(indexed.fact.id) && !this.facts.has(indexed.fact.id)) yield indexed;
      }
    }
  }

  // ---- changes: each touches only the indexes of the records involved ----

  addEntity(entity: Entity): void {
    this.entityChanges++;
    this.hiddenEntities.delete(entity.id);
    // Clearing allocates a new table even when empty: a bulk load would pay it at every entity.
    if (this.titleNames.size > 0) this.titleNames.clear();
    if (this.describedNames.size > 0) this.describedNames.clear();
    this.namingEvents = undefined;
    const previous = this.entities.get(entity.id);
    if (previous) this.unindexNames(previous);
    this.entities.set(entity.id, entity);
    for (const name of [entity.name, ...entity.aliases]) this.indexAlias(entity.id, name);
    // The names this scope gave it: unindexed while it was removed, or among the previous names.
    for (const alias of this.addedAliases.get(entity.id)?.values() ?? []) this.indexAlias(entity.id, alias);
    const description = indexWordsOf(entity.description);
    this.learnWords(description);
    this.addEntityTerms(entity.id, description, FIELD_STRENGTH.descriptions);
  }

  private addEntityTerms(entityId: string, tokens: IndexWord[], strength: number): void {
    this.forgetFrequencies();
    const terms = getOrCreate(this.entityTerms, entityId, () => new Map());
    for (const token of tokens) {
      if ((terms.get(token.stem) ?? 0) < strength) terms.set(token.stem, strength);
      getOrCreate(this.stemEntities, token.stem, () => new Set()).add(entityId);
    }
  }

  /** Adds one more name for an entity (from this scope or the parent's). */
  addAlias(entityId: string, alias: string): void {
    this.entityChanges++;
    this.titleNames.clear();
    this.describedNames.clear();
    this.namingEvents = undefined;
    getOrCreate(this.addedAliases, entityId, () => new Map()).set(phraseKey(alias), alias);
    // An alias of an entity no scope has (the server's own, removed: start-up replays its alias
    // records after its removal) is kept for the entity's return but names nothing meanwhile.
    if (this.entity(entityId)) this.indexAlias(entityId, alias);
  }

  /**
   * Forgets a name this scope gave an entity (the parent's names are not this scope's to remove):
   * it no longer names the entity, and its words no longer count as the entity's.
   */
  removeAlias(entityId: string, alias: string): void {
    const key = phraseKey(alias);
    const added = this.addedAliases.get(entityId);
    if (!added?.delete(key)) return;
    this.entityChanges++;
    this.titleNames.clear();
    this.describedNames.clear();
    this.namingEvents = undefined;
    const own = this.entities.get(entityId);
    if (!own || ![own.name, ...own.aliases].some((name) => phraseKey(name) === key)) {
      this.aliasIndex.get(key)?.delete(entityId);
    }
    // The entity's words in this scope, rebuilt without the alias's.
    this.entityTerms.delete(entityId);
    this.forgetFrequencies();
    if (own) {
      for (const name of [own.name, ...own.aliases])
        this.addEntityTerms(entityId, indexWords(name), FIELD_STRENGTH.names);
      this.addEntityTerms(entityId, indexWords(own.description), FIELD_STRENGTH.descriptions);
    }
    for (const name of added.values()) this.addEntityTerms(entityId, indexWords(name), FIELD_STRENGTH.names);
  }

  /** Names given by `addAlias`, per entity (phrase key -> the name as typed). */
  private readonly addedAliases = new Map<string, Map<string, string>>();

  addEvent(event: Event): void {
    this.eventChanges++;
    this.hiddenEvents.delete(event.id);
    this.forgetFrequencies();
    this.participants.delete(event.id);
    this.titleNames.delete(event.id);
    this.namingEvents = undefined;
    const before = this.events.get(event.id);
    for (const p of before?.participants ?? []) this.eventsOfEntity.get(p.entity)?.delete(event.id);
    for (const p of event.participants)
      getOrCreate(this.eventsOfEntity, p.entity, () => new Set()).add(event.id);
    this.events.set(event.id, event);
    this.indexTown(event, before);
    const tokens = indexWordsOf(`${event.title} . ${event.topics.join(" . ")}`);
    this.learnWords(tokens);
    const terms = new Map<string, number>();
    for (const token of tokens) {
      terms.set(token.stem, FIELD_STRENGTH.event);
      getOrCreate(this.stemEvents, token.stem, () => new Set()).add(event.id);
    }
    this.eventTerms.set(event.id, terms);
  }

  /**
   * The visible events held in a town all of whose words are among these stems ("after the Resen
   * meeting": the meetings in Resen), from an index kept as events are added or replaced.
   */
  eventsHeldIn(stems: ReadonlySet<string>): Event[] {
    const held: Event[] = [];
    for (const stem of stems) {
      for (const [id, town] of this.townEvents.get(stem) ?? []) {
        if (town.every((word) => stems.has(word))) held.push(this.events.get(id)!);
      }
    }
    // The parent's, but those this scope replaced (its own version answers for them) or hides.
    for (const event of this.parent?.eventsHeldIn(stems) ?? [])
      if (!this.events.has(event.id) && !this.hiddenEvents.has(event.id)) held.push(event);
    return held;
  }

  /** Keys `townEvents` by the first word of the event's town (the last part of its place). */
  private indexTown(event: Event, before: Event | undefined): void {
    const [was] = before ? wordsOfTown(before) : [];
    if (was !== undefined) this.townEvents.get(was)?.delete(event.id);
    const town = wordsOfTown(event);
    if (town.length > 0) getOrCreate(this.townEvents, town[0]!, () => new Map()).set(event.id, town);
  }

  /**
   * Removes an entity from this scope, as `removeFact` a fact: a parent's is hidden, and this
   * scope's own no longer named. Facts and events naming it are the caller's to remove first.
   */
  removeEntity(id: string): void {
    const own = this.entities.get(id);
    // Only a parent's entity needs hiding: a server's own, replayed as removed on start-up, has
    // nothing to hide, and hiding it anyway would cost that server the parent's naming index.
    const hides = !!this.parent?.entity(id) && !this.hiddenEntities.has(id);
    if (!own && !hides) return;
    this.entityChanges++;
    this.forgetFrequencies();
    // What names in titles, places and descriptions were read as: the entity may be among them.
    this.titleNames.clear();
    this.placeNames.clear();
    this.describedNames.clear();
    this.namingEvents = undefined;
    if (own) {
      this.unindexNames(own);
      this.entities.delete(id);
    }
    if (hides) this.hiddenEntities.add(id);
    else if (!this.parent?.entity(id)) this.forgetOwnEntity(id);
  }

  /**
   * A removed entity of this scope's own, which no scope has any more: the names this scope gave
   * it and its words no longer find it (it is not hidden, so nothing else would leave it out).
   * The given names are kept, to name it again if it comes back (`addEntity`).
   */
  private forgetOwnEntity(id: string): void {
    for (const key of this.addedAliases.get(id)?.keys() ?? []) this.aliasIndex.get(key)?.delete(id);
    for (const stem of this.entityTerms.get(id)?.keys() ?? []) this.stemEntities.get(stem)?.delete(id);
    this.entityTerms.delete(id);
  }

  /** Removes an event from this scope, as `removeEntity` an entity (its facts removed first). */
  removeEvent(id: string): void {
    const own = this.events.get(id);
    const hides = !!this.parent?.event(id) && !this.hiddenEvents.has(id);
    if (!own && !hides) return;
    this.eventChanges++;
    this.forgetFrequencies();
    this.participants.delete(id);
    this.titleNames.delete(id);
    this.placeNames.delete(id);
    this.namingEvents = undefined;
    if (own) {
      for (const p of own.participants) this.eventsOfEntity.get(p.entity)?.delete(id);
      const [town] = wordsOfTown(own);
      if (town !== undefined) this.townEvents.get(town)?.delete(id);
      this.events.delete(id);
    }
    if (hides) this.hiddenEvents.add(id);
  }

  /** First word of a town's name → the events of this scope held there → the town's words. */
  private readonly townEvents = new Map<string, Map<string, readonly string[]>>();

  addSource(source: Source & { text: string }): void {
    this.factChanges++;
    this.sources.set(source.id, source);
    const key = wordsOfText(source.outlet).join(" ");
    if (!key) return;
    getOrCreate(this.outletIndex, key, () => new Set()).add(source.id);
    const words = key.split(" ");
    this.outletFirstWords.add(words[0]!);
    this.longestOutlet = Math.max(this.longestOutlet, words.length);
  }

  /**
   * Some outlet's name starts with this word: a question's words read for an outlet
   * (`understand.ts`, `outletIn`) are looked up from that word on only then, so the word runs
   * that start no outlet are not joined into keys at all. (Session 40, speed.)
   */
  opensAnOutlet(word: string): boolean {
    return this.outletFirstWords.has(word) || (this.parent?.opensAnOutlet(word) ?? false);
  }

  /** Sources of the outlet known by exactly these words ("news.az", "harbor gazette"). */
  sourcesOfOutlet(key: string): ReadonlySet<string> | undefined {
    const own = this.outletIndex.get(key);
    const inherited = this.parent?.sourcesOfOutlet(key);
    if (!own) return inherited;
    return inherited ? new Set([...own, ...inherited]) : own;
  }

  get longestOutletWords(): number {
    return Math.max(this.longestOutlet, this.parent?.longestOutletWords ?? 0);
  }

  private readonly outletIndex = new Map<string, Set<string>>();
  /** The first word of every outlet key of `outletIndex` (`opensAnOutlet`). */
  private readonly outletFirstWords = new Set<string>();
  private longestOutlet = 0;

  /** Adds or replaces a fact. A parent's fact of the same id is hidden by it. */
  addFact(fact: Fact): void {
    this.forgetFrequencies();
    this.removeOwnFact(fact.id);
    const indexed = this.addFactLists(fact);
    for (const stem of indexed.terms.keys()) {
      const list = this.postings.get(stem);
      if (list) list.push(indexed);
      else this.postings.set(stem, [indexed]);
    }
  }

  /** Prepares the fact and adds it to every index but the posting lists (see `load`, `addFact`). */
  private addFactLists(fact: Fact): IndexedFact {
    this.factChanges++;
    // (A description's ordinary alias is read through the facts: `namedInOwnStory`.)
    if (this.describedNames.size > 0) this.describedNames.clear();
    if (this.parent?.fact(fact.id)) this.hidden.add(fact.id);
    const indexed = this.prepare(fact);
    this.facts.set(fact.id, indexed);
    for (const id of indexed.entities) {
      const list = this.entityFacts.get(id);
      if (list) list.push(indexed);
      else this.entityFacts.set(id, [indexed]);
    }
    if (fact.event) {
      const list = this.eventFacts.get(fact.event);
      if (list) list.push(indexed);
      else this.eventFacts.set(fact.event, [indexed]);
    }
    // The fact's kinds, then its event's people's: an array, not a Set per fact (a bulk load's garbage).
    let kinds = indexed.kinds;
    for (const id of indexed.eventEntities) {
      const kind = this.entity(id)?.kind;
      if (kind && !kinds.includes(kind)) kinds = [...kinds, kind];
    }
    for (const kind of kinds) {
      const list = this.kindFacts.get(kind);
      if (list) list.push(indexed);
      else this.kindFacts.set(kind, [indexed]);
    }
    return indexed;
  }

  /**
   * Every visible fact about an entity of the kind, or whose event's people are of it ("the
   * leaders" are in every fact of a meeting): what a kind word in a question can match.
   */
  forEachFactOfKind(kind: EntityKind, found: (indexed: IndexedFact) => boolean): boolean {
    for (const indexed of this.kindFacts.get(kind) ?? []) if (indexed.live && !found(indexed)) return false;
    return (
      this.parent?.forEachFactOfKind(kind, (indexed) => {
        return this.hidden.has(indexed.fact.id) || this.facts.has(indexed.fact.id) || found(indexed);
      }) ?? true
    );
  }

  /** How many facts `forEachFactOfKind` may visit (an upper bound). */
  factCountOfKind(kind: EntityKind): number {
    return (this.kindFacts.get(kind)?.length ?? 0) + (this.parent?.factCountOfKind(kind) ?? 0);
  }

  private readonly kindFacts = new Map<EntityKind, IndexedFact[]>();

  /** Removes a fact from this scope; a parent's fact is hidden instead. */
  removeFact(id: string): void {
    this.removeOwnFact(id);
    if (this.parent?.fact(id)) this.hidden.add(id);
  }

  /** Shows the parent's version of a fact again (an overlay edit or removal undone). */
  restoreParentFact(id: string): void {
    this.removeOwnFact(id);
    this.hidden.delete(id);
  }

  private removeOwnFact(id: string): void {
    this.factChanges++;
    if (this.describedNames.size > 0) this.describedNames.clear();
    this.forgetFrequencies();
    const indexed = this.facts.get(id);
    if (!indexed) return;
    this.facts.delete(id);
    indexed.live = false;
    for (const stem of indexed.terms.keys())
      this.deadPerStem.set(stem, (this.deadPerStem.get(stem) ?? 0) + 1);
    for (const entity of indexed.entities)
      this.deadPerEntity.set(entity, (this.deadPerEntity.get(entity) ?? 0) + 1);
  }

  private prepare(fact: Fact): IndexedFact {
    // Gathered in one reused gatherer, then stored compactly: no hash table per fact.
    const terms = gathering;
    terms.clear();
    let length = 0;
    // The statement's marks (token-cache.ts) made as its words go by, not on a question's first look.
    let marks = noMarks();
    let marking = true;
    // One pass per text, no per-word objects: at 100k facts the garbage collector is the cost.
    const read = (text: string, strength: number, counts: boolean) =>
      forEachIndexWord(text, (word, stem, numbered, wordNumber) => {
        terms.addNumbered(numbered, strength);
        if (this.learned) this.learnNumbered(word, stem, wordNumber);
        else this.learnWord(word, stem);
        if (counts) length++;
        if (marking) marks |= marksOfWord(wordNumber);
      });
    read(fact.statement, FIELD_STRENGTH.statement, true);
    marking = false;
    // Curators often quote the sentence they paraphrase word for word: read it once.
    if (fact.quote === fact.statement) length *= 2;
    else read(fact.quote, FIELD_STRENGTH.quote, true);
    for (const keyword of fact.keywords) read(keyword, FIELD_STRENGTH.keywords, false);

    // The kinds of its entities in order of first appearance, as a number (see `kindsOfCode`).
    let code = 0;
    let seen = 0;
    for (const id of fact.entities) {
      const kind = this.entity(id)?.kind;
      if (!kind) continue;
      const digit = KIND_DIGIT.get(kind)!;
      if (seen & (1 << digit)) continue;
      seen |= 1 << digit;
      code = code * KIND_BASE + digit;
    }
    return {
      fact,
      terms: terms.storeIn(this.termStore),
      kinds: kindsOfCode(code),
      entities: fact.entities,
      eventEntities: fact.event ? this.participantsOf(fact.event) : NO_ONE,
      eventNamed: fact.event ? this.namedByEvent(fact.event) : NO_ONE,
      length,
      live: true,
      ordinal: nextOrdinal++,
      statementWords: marks,
    };
  }

  private readonly participants = new Map<string, ReadonlySet<string>>();

  private participantsOf(eventId: string): ReadonlySet<string> {
    let set = this.participants.get(eventId);
    if (!set) {
      set = new Set(this.event(eventId)?.participants.map((p) => p.entity) ?? []);
      this.participants.set(eventId, set);
    }
    return set;
  }

  private readonly titleNames = new Map<string, ReadonlySet<string>>();
  private readonly describedNames = new Map<string, ReadonlySet<string>>();

  /**
   * What an entity's description names ("Foreign Minister of Mongolia" names Mongolia): a fact
   * about her is about Mongolia's side, closer than merely sharing a meeting with Mongolia.
   */
  namedInDescription(entityId: string): ReadonlySet<string> {
    let set = this.describedNames.get(entityId);
    if (!set) {
      const entity = this.entity(entityId);
      set = new Set(entity ? this.namedInOwnStory(entity) : []);
      this.describedNames.set(entityId, set);
    }
    return set;
  }

  /** What a text names in so many words ("… who had led the talks in Kathmandu" names Kathmandu). */
  namedInText(text: string): readonly string[] {
    return this.entitiesNamedIn(text);
  }

  /**
   * What an event's title and place name ("Mongolia–Chile talks", "Ulaanbaatar"), so that a
   * question naming them finds the event's facts that do not repeat them.
   */
  private namedByEvent(eventId: string): ReadonlySet<string> {
    let set = this.titleNames.get(eventId);
    if (!set) {
      const event = this.event(eventId);
      set = new Set(event ? this.entitiesNamedIn(`${event.title} . ${event.place ?? ""}`) : []);
      this.titleNames.set(eventId, set);
    }
    return set;
  }

  private readonly placeNames = new Map<string, ReadonlySet<string>>();

  /** What an event's place names ("Accra, Ghana"): where each of its facts happened. */
  namedInPlace(eventId: string): ReadonlySet<string> {
    let set = this.placeNames.get(eventId);
    if (!set) {
      const place = this.event(eventId)?.place;
      set = place ? new Set(this.entitiesNamedIn(place)) : NO_ONE;
      this.placeNames.set(eventId, set);
    }
    return set;
  }

  /**
   * "Chilean", "Mongolian", "Azerbaijani", "Lebanese": a country's adjective is its name with an
   * ending changed. Only a country the knowledge has, and only when the word names nothing itself.
   */
  countryOfAdjective(word: string): string | undefined {
    if (word.length < 4) return undefined;
    // Kept per word until an entity changes: every word of every question is asked about.
    const version = this.entitiesVersion;
    if (version !== this.adjectivesVersion || this.adjectiveCountries.size >= MAX_ADJECTIVES_KEPT) {
      this.adjectiveCountries.clear();
      this.adjectivesVersion = version;
    }
    const known = this.adjectiveCountries.get(word);
    if (known !== undefined) return known || undefined;
    const country = this.countryOfAdjectiveRead(word);
    this.adjectiveCountries.set(word, country ?? "");
    return country;
  }

  /** `countryOfAdjective`'s words read (the country, or "" for none) at `adjectivesVersion`. */
  private readonly adjectiveCountries = new Map<string, string>();
  private adjectivesVersion = -1;

  private countryOfAdjectiveRead(word: string): string | undefined {
    const names = countryNamesOfDemonym(word);
    for (const name of names) {
      const country = this.entitiesNamed(name).find((id) => this.entity(id)?.kind === "country");
      if (country) return country;
    }
    // A country the dataset lists is not guessed at by endings: "Norwegian" is not of Norland.
    if (names.length > 0 || word.length < 5) return undefined;
    // "The Saudis": the people, as the plural of the short name their country also goes by ("Saudi"
    // for Saudi Arabia, by the dataset); a country's name in full is no people ("the Chads"), nor
    // is a word of English ("islands", though Iceland is also "Ísland").
    const one = word.endsWith("s") ? word.slice(0, -1) : undefined;
    const short = one ? countryNamed(one) : undefined;
    if (short && one && phraseKey(short) !== one && !isEnglishWord(one)) {
      const country = this.entitiesNamed(phraseKey(short)).find((id) => this.entity(id)?.kind === "country");
      if (country) return country;
    }
    for (const [ending, replacements] of DEMONYM_ENDINGS) {
      if (!word.endsWith(ending)) continue;
      const stem = word.slice(0, word.length - ending.length);
      for (const replacement of replacements) {
        const country = this.entitiesNamed(stem + replacement).find(
          (id) => this.entity(id)?.kind === "country",
        );
        if (country) return country;
      }
    }
    return this.countryClippedTo(word);
  }

  /**
   * "Trini fishermen": a country's name clipped in chat, as its people say it, is the one country
   * of the store whose name's first word it begins (five letters or more, and no word of English
   * nor any country's own name, nor a word of the store: "niger" is not Nigeria, "argent" no Argentina).
   */
  private countryClippedTo(word: string): string | undefined {
    if (word.length < 5 || countryNamed(word) !== undefined || isEnglishWord(word)) return undefined;
    // A word the store's own text uses ("Fisketal", a name) is that word, not a clipping.
    if (this.knowsWord(word)) return undefined;
    let found: string | undefined;
    // (Asked of every unknown word of a question: the names' first words are read once per store.)
    const { countries, firstWords } = this.countryListAt(this.entitiesVersion);
    for (let i = 0; i < countries.length; i++) {
      const first = firstWords[i]!;
      if (first.length <= word.length + 1 || !first.startsWith(word)) continue;
      if (found !== undefined && found !== countries[i]!.id) return undefined;
      found = countries[i]!.id;
    }
    return found;
  }

  /**
   * The country whose demonym starts at `start` ("Costa Rican", "Sri Lankan", "Norwegian") and how
   * many words it takes, longest first.
   */
  countryOfAdjectiveAt(
    words: readonly string[] | readonly { word: string }[],
    start: number,
  ): { country: string; length: number } | undefined {
    const first = wordAt(words, start);
    if (first === undefined) return undefined;
    for (const length of demonymLengthsFrom(first)) {
      if (start + length > words.length) continue;
      let phrase = first;
      for (let i = start + 1; i < start + length; i++) phrase += ` ${wordAt(words, i)}`;
      const country = this.countryOfAdjective(phrase);
      if (country) return { country, length };
    }
    const country = this.countryOfAdjective(first);
    return country ? { country, length: 1 } : undefined;
  }

  /** Entities whose name or alias occurs in a text, longest names first. */
  /**
   * "Deputy minister; heads the commission's working group on the Sadakhlo crossing": a description
   * is prose, and an alias of ordinary words ("working group", "the commission", "the bridge") in
   * it may be a common noun of its own story, not the other story's entity that alias was given
   * to. Such a name counts only when the two descriptions share another name (both name Georgia, or
   * one names the other) or the two are of one story (`ofOneStory`); a name, or a country however
   * called, counts as ever.
   */
  private namedInOwnStory(entity: Entity): string[] {
    const ordinary: string[] = [];
    const named = this.entitiesNamedIn(entity.description, ordinary);
    if (ordinary.length === 0) return named;
    const plain = new Set(named.filter((id) => !ordinary.includes(id)));
    return named.filter((id) => {
      if (!ordinary.includes(id) || plain.has(id)) return true;
      const other = this.entity(id);
      if (!other) return false;
      const theirs = this.entitiesNamedIn(other.description);
      if (theirs.includes(entity.id) || theirs.some((name) => name !== id && plain.has(name))) return true;
      return this.ofOneStory(entity.id, id);
    });
  }

  /**
   * Two entities of one story: they take part in or are named by one meeting, or a fact names
   * both, or facts about each are of one meeting (read once per description, then kept).
   */
  private ofOneStory(one: string, other: string): boolean {
    const events = new Set([...this.eventsWith(one), ...this.eventsNaming(one)]);
    for (const indexed of this.factsAbout(one)) {
      if (indexed.entities.includes(other) || indexed.eventEntities.has(other)) return true;
      if (indexed.fact.event) events.add(indexed.fact.event);
    }
    if ([...this.eventsWith(other), ...this.eventsNaming(other)].some((event) => events.has(event)))
      return true;
    for (const indexed of this.factsAbout(other))
      if (indexed.fact.event && events.has(indexed.fact.event)) return true;
    return false;
  }

  /**
   * A span that is a name only through an alias of ordinary words ("working group", "the
   * bridge"): neither an entity's own name nor a country's name.
   */
  private ordinaryAlias(key: string, words: readonly string[], named: readonly string[]): boolean {
    for (const word of words) if (!isEnglishWord(word)) return false;
    for (const id of named) {
      const entity = this.entity(id);
      if (!entity || entity.kind === "country" || phraseKey(entity.name) === key) return false;
    }
    return true;
  }

  /** What a text names; `ordinary`, if given, receives those named only by an ordinary alias. */
  private entitiesNamedIn(text: string, ordinary?: string[]): string[] {
    const words = wordsOfText(text);
    const found: string[] = [];
    const longest = this.longestAliasTokens;
    for (let start = 0; start < words.length; start++) {
      for (let length = Math.min(longest, words.length - start); length >= 1; length--) {
        const key = words.slice(start, start + length).join(" ");
        const named = this.entitiesNamed(key);
        if (named.length === 0) {
          const adjective = length === 1 ? this.countryOfAdjectiveAt(words, start) : undefined;
          if (!adjective) continue;
          found.push(adjective.country);
          start += adjective.length - 1;
          break;
        }
        found.push(...named);
        if (ordinary && this.ordinaryAlias(key, words.slice(start, start + length), named))
          ordinary.push(...named);
        start += length - 1;
        break;
      }
    }
    return found;
  }

  private indexAlias(entityId: string, name: string): void {
    // The word table reads the words `phraseKey` would join (see language/word-table.ts).
    const tokens = indexWordsOf(name);
    const key = tokens.map((token) => token.word).join(" ");
    if (!key) return;
    const set = getOrCreate(this.aliasIndex, key, () => new Set());
    set.add(entityId);
    this.longestAlias = Math.max(this.longestAlias, tokens.length);
    this.learnWords(tokens);
    this.addEntityTerms(entityId, tokens, FIELD_STRENGTH.names);
  }

  private unindexNames(entity: Entity): void {
    for (const name of [entity.name, ...entity.aliases])
      this.aliasIndex.get(phraseKey(name))?.delete(entity.id);
  }

  private learnWords(tokens: IndexWord[]): void {
    for (const token of tokens) this.learnWord(token.word, token.stem);
  }

  /** `learnWord` during `load`: a word's every occurrence after its first costs an array read. */
  private learnNumbered(word: string, stem: string, wordNumber: number): void {
    let learned = this.learned!;
    if (learned[wordNumber] === 1) return;
    if (wordNumber >= learned.length) {
      const wider = new Uint8Array(Math.max(wordNumber + 1, 2 * learned.length));
      wider.set(learned);
      this.learned = learned = wider;
    }
    learned[wordNumber] = 1;
    this.learnWord(word, stem);
  }

  private learnWord(word: string, stem: string): void {
    if (this.vocabulary.has(word)) return;
    this.vocabulary.add(word);
    this.spelling.add(word);
    if (!this.postings.has(stem)) this.postings.set(stem, []);
  }
}

/** The stems of an event's town (the last part of its place), which `townEvents` is keyed by. */
function wordsOfTown(event: Event): string[] {
  const town = event.place?.split(", ").at(-1);
  return town ? indexWords(town).map((w) => w.stem) : [];
}

function trimmed<K, V>(lists: Map<K, V[]>): void {
  for (const [key, list] of lists) lists.set(key, list.slice());
}

/** Where `prepare` gathers a fact's terms before storing them compactly. */
const gathering = new TermGatherer();

/**
 * One array per distinct list of kinds: a store has a handful of them, and an array per fact (an
 * empty array's first push reserves 17 slots) was 17 MB at 100k facts. A list is known by a
 * number, its kinds' digits (1 up, in schema order) in order, base 8: no string made per fact.
 */
const kindLists = new Map<number, readonly EntityKind[]>();
const KIND_DIGIT = new Map(EntityKind.options.map((kind, i) => [kind, i + 1]));
const KIND_BASE = 8;
if (KIND_DIGIT.size >= KIND_BASE) throw new Error("more entity kinds than one digit of KIND_BASE holds");

function kindsOfCode(code: number): readonly EntityKind[] {
  let shared = kindLists.get(code);
  if (!shared) {
    const kinds: EntityKind[] = [];
    for (let rest = code; rest > 0; rest = Math.floor(rest / KIND_BASE)) {
      kinds.unshift(EntityKind.options[(rest % KIND_BASE) - 1]!);
    }
    shared = Object.freeze(kinds);
    kindLists.set(code, shared);
  }
  return shared;
}

/**
 * Endings of country adjectives and what the country's name ends with instead: for countries the
 * `world-countries` dataset does not list (a new state, a made-up one in a test article).
 */
const DEMONYM_ENDINGS: readonly (readonly [string, readonly string[]])[] = [
  // ("Argentinian": Argentina, where the dataset has only "Argentine".)
  ["ian", ["ia", "", "y", "e", "a"]],
  ["ean", ["e", "ea", "a"]],
  ["an", ["a", "", "o"]],
  ["ese", ["", "a", "e", "on"]],
  ["ish", ["", "y", "land"]],
  ["i", [""]],
  // "-stan" is "land of" the people named before it: "Kyrgyz" of Kyrgyzstan, "Tajik" of
  // Tajikistan, where the dataset spells the adjective otherwise ("Kirghiz", "Tadzhik").
  ["", ["stan", "istan"]],
];
