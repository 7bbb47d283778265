import Fuse from "fuse.js";
import { entityQuestion } from "./compose.ts";
import type { IndexedFact, KnowledgeBase } from "./knowledge.ts";
import { STOPWORDS } from "./language/lexicon.ts";
import { wordsOf } from "./language/normalize.ts";
import { forEachWordNumber, widened, wordCount, wordOfNumber } from "./language/word-table.ts";
import type { Entity, Event } from "./schema.ts";

/** Discord's limits for autocomplete: 25 choices of at most 100 characters. */
export const MAX_SUGGESTIONS = 25;
export const MAX_SUGGESTION_LENGTH = 100;
const MAX_FUZZY_NAMES = 5_000;
/** Entries examined per keystroke at most: enough to rank well, bounded on any store size. */
const MAX_SCANNED = 500;
/**
 * A scan that meets this many entries in a row without a match leaps to where the words it still
 * needs occur (see `Suggester.leap`); a set of more words than `LEAP_WORDS` (a short prefix being
 * typed) is not looked up for that.
 */
const LEAP_AFTER = 8;
const LEAP_WORDS = 16;
/** The longest list the build makes at its final length (see `build`). */
const LIST_AT_LENGTH = 50_000;
/** Texts a deferred build reads between pauses (a few milliseconds' work). */
const PAUSE_EVERY = 2_000;

interface Entry {
  /**
   * The text as its record has it (the fact's own string, not a copy); offered clipped (see
   * `shown`): a clipped copy of every long statement was 15 MB at 100k facts.
   */
  full: string;
  words: string[];
  /** Questions rank above entity prompts, which rank above raw statements. */
  weight: number;
  /**
   * The fact, entity or event that offers it (which of them by `rank`'s kind), so that a scope
   * hiding it is not offered it. Always present: every entry has one shape, fast to build.
   */
  recordId: string;
  /** Position in the order a full build lists entries (see `rankOf`): lists are kept sorted by it. */
  rank: number;
}

/**
 * Entries are listed questions first, then entity prompts, events, statements; within a kind in
 * the knowledge base's own order. A rank encodes (kind, position of the record, position within
 * it) in one number, so an entry added later can take its place in every sorted list. (A fact's
 * questions past the 1,024th share the last place within it.)
 */
const KIND = { question: 0, entity: 1, event: 2, statement: 3 } as const;
const PER_RECORD = 2 ** 10;
const PER_KIND = 2 ** 42;
function rankOf(kind: number, record: number, within = 0): number {
  return kind * PER_KIND + record * PER_RECORD + Math.min(within, PER_RECORD - 1);
}

/** Something that offers a text: an entry is the lowest-ranked offer of its text. */
interface Offer {
  rank: number;
  weight: number;
  recordId: string;
}

/** The entities and events a scope hides of its parent's (see `KnowledgeBase.hiddenEntities`). */
export interface HiddenRecords {
  entities: ReadonlySet<string>;
  events: ReadonlySet<string>;
}

/** Whether a scope hiding these offers the entry (facts hidden by id in `facts`). */
function hides(
  entry: Entry,
  facts: ReadonlySet<string> | undefined,
  records: HiddenRecords | undefined,
): boolean {
  switch (Math.floor(entry.rank / PER_KIND)) {
    case KIND.entity:
      return records?.entities.has(entry.recordId) ?? false;
    case KIND.event:
      return records?.events.has(entry.recordId) ?? false;
    default:
      return facts?.has(entry.recordId) ?? false;
  }
}

/** Records offering one text each (entities, events), where each is in the build's order. */
interface Places<T> {
  kind: number;
  textOf: (record: T) => string;
  known: Map<string, { record: T; position: number }>;
  next: number;
}

/** What an incremental update needs, made on the first update (the shared base never needs it). */
interface Tracking {
  facts: Map<string, { indexed: IndexedFact; position: number }>;
  nextFact: number;
  entities: Places<Entity>;
  events: Places<Event>;
  /** Every offer of each text, lowest rank first. */
  offers: Map<string, Offer[]>;
  entryOf: Map<string, Entry>;
}

/** Shortens text to Discord's 100 characters at a word boundary, with an ellipsis. */
export function clip(text: string, max = MAX_SUGGESTION_LENGTH): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * Autocomplete over the questions, entities and facts of one scope. Words index entries; the
 * word being typed is matched as a prefix through a sorted word list, earlier words exactly or
 * with one typo, so each keystroke touches only the entries that can still match.
 */
export class Suggester {
  /** Sorted by rank: the order a full build lists them in. */
  private readonly entries: Entry[] = [];
  /** Entries having each word, sorted by rank. */
  private readonly byWord = new Map<string, Entry[]>();
  private sortedWords: string[] = [];
  /** Fuzzy search over entity names; left out on stores too large for a linear scan per keystroke. */
  private names: Fuse<{ text: string; name: string; id: string }> | undefined;
  /** The records the index was built from, in order: enough to start updating it later. */
  private built: { facts: IndexedFact[]; entities: Entity[]; events: Event[] } | undefined;
  private tracking: Tracking | undefined;

  /** False with the `exhaustive` option (for tests): every scanned entry is read (see `leap`). */
  private readonly leaps: boolean;

  /** The rest of a build not finished yet (see `buildFor`); undefined once complete. */
  private pending: Iterator<void> | undefined;

  /**
   * Built at once, or with `deferred` only started: the rest is built by `buildFor` in slices, or
   * all at once by the first call that needs the index (suggest, update), so what it offers is
   * always what a full build gives.
   */
  constructor(
    private readonly kb: KnowledgeBase,
    options: { deferred?: boolean; exhaustive?: boolean } = {},
  ) {
    this.leaps = !options.exhaustive;
    this.pending = this.build();
    if (!options.deferred) this.complete();
  }

  /** Builds for about `ms` more; true once the index is complete. */
  buildFor(ms: number): boolean {
    const until = performance.now() + ms;
    while (this.pending) {
      if (this.pending.next().done) this.pending = undefined;
      else if (performance.now() >= until) return false;
    }
    return true;
  }

  /** Finishes a deferred build. */
  complete(): void {
    while (this.pending && !this.pending.next().done);
    this.pending = undefined;
  }

  /** The build, pausing every so many entries (where `buildFor` may stop). */
  private *build(): Generator<void, void, void> {
    const kb = this.kb;
    const seen = new Set<string>();
    // Two passes: every entry's word numbers end to end, then each word's list made at its final
    // length and filled in entry order (lists grown by push were copied as they grew, and again
    // to trim them).
    let numbers: Int32Array = new Int32Array(1 << 16);
    let used = 0;
    let added = 0;
    const add = (text: string, weight: number, rank: number, recordId: string) => {
      added++;
      const clipped = clip(text);
      if (seen.has(clipped)) return;
      seen.add(clipped);
      const count = entryNumbers(clipped);
      this.entries.push({ full: text, words: wordsOfNumbers(count), weight, recordId, rank });
      if (used + count > numbers.length) numbers = widened(numbers, 2 * (used + count));
      // Copied by hand: a subarray view per entry was garbage at every entry.
      for (let i = 0; i < count; i++) numbers[used++] = scratchNumbers[i]!;
    };
    const due = () => {
      if (added < PAUSE_EVERY) return false;
      added = 0;
      return true;
    };
    // The records as they are now: a change made while the build is paused is for `update`.
    const facts = [...kb.facts.values()];
    const entities = [...kb.entities.values()];
    const events = [...kb.events.values()];
    for (const [i, indexed] of facts.entries()) {
      for (const [j, q] of indexed.fact.questions.entries()) {
        add(q, 3, rankOf(KIND.question, i, j), indexed.fact.id);
      }
      if (due()) yield;
    }
    for (const [i, entity] of entities.entries()) {
      add(entityQuestion(entity), 2, rankOf(KIND.entity, i), entity.id);
      if (due()) yield;
    }
    for (const [i, event] of events.entries()) {
      add(eventQuestion(event), 2, rankOf(KIND.event, i), event.id);
      if (due()) yield;
    }
    for (const [i, indexed] of facts.entries()) {
      add(indexed.fact.statement, 1, rankOf(KIND.statement, i), indexed.fact.id);
      if (due()) yield;
    }
    // Numbered afresh, 0 up, for this index alone: arrays sized by the process's whole word table
    // were most of the cost of a server's small index. (No pause from here to the lists made.)
    const globalOf = new Int32Array(Math.min(used, wordCount()));
    const distinct = renumber(numbers, used, globalOf);
    const counts = new Int32Array(distinct);
    for (let k = 0; k < used; k++) counts[numbers[k]!]!++;
    // Pushed, not `new Array(size)`: an array that size would start as a sparse dictionary.
    const lists: Entry[][] = [];
    for (let local = 0; local < distinct; local++) {
      // Made at its final length, so exactly as long as it is (see KnowledgeBase.trimLists);
      // past V8's limit for that (100k) it would be sparse: grown, then copied to its length.
      lists.push(counts[local]! <= LIST_AT_LENGTH ? new Array<Entry>(counts[local]!) : []);
    }
    const filled = new Int32Array(distinct);
    let k = 0;
    for (const entry of this.entries) {
      for (let w = 0; w < entry.words.length; w++, k++) {
        const local = numbers[k]!;
        lists[local]![filled[local]!++] = entry;
      }
    }
    yield;
    for (const [local, list] of lists.entries()) {
      this.byWord.set(wordOfNumber(globalOf[local]!), list.length > LIST_AT_LENGTH ? list.slice() : list);
    }
    this.sortedWords = [...this.byWord.keys()].sort();
    yield;
    this.names = fuzzyNames(entities);
    this.built = { facts, entities, events };
  }

  /**
   * Brings the index up to date with the knowledge base after changes (facts added, edited or
   * removed; entities or events added or replaced), touching only the entries of the records that
   * changed: the result is what a full build would give. Finding what changed is one pass over
   * the scope's own records, comparing identities (a server's overlay: its own records only).
   */
  update(): void {
    this.complete();
    if (!this.tracking) this.tracking = this.startTracking();
    const t = this.tracking;
    // A fact replaced or removed takes its entries with it; added and replaced ones go last,
    // as in the knowledge base's own order (a replaced fact moves to the end there too).
    for (const [id, known] of t.facts) {
      if (this.kb.facts.get(id) === known.indexed) continue;
      this.forEachOffer(known.indexed, known.position, (text, offer) => this.withdraw(text, offer));
      t.facts.delete(id);
    }
    for (const indexed of this.kb.facts.values()) {
      if (t.facts.has(indexed.fact.id)) continue;
      const position = t.nextFact++;
      t.facts.set(indexed.fact.id, { indexed, position });
      this.forEachOffer(indexed, position, (text, offer) => this.offer(text, offer));
    }
    const namesChanged = this.updatePlaces(t.entities, this.kb.entities);
    this.updatePlaces(t.events, this.kb.events);
    if (namesChanged) this.names = fuzzyNames([...t.entities.known.values()].map((known) => known.record));
  }

  /**
   * Entities and events keep their place when replaced (a Map keeps a key's position); new ones
   * go last. True when anything changed.
   */
  private updatePlaces<T extends { id: string }>(places: Places<T>, now: ReadonlyMap<string, T>): boolean {
    let changed = false;
    for (const [id, known] of places.known) {
      const record = now.get(id);
      if (record === known.record) continue;
      const offer = { rank: rankOf(places.kind, known.position), weight: 2, recordId: id };
      this.withdraw(places.textOf(known.record), offer);
      if (record) {
        this.offer(places.textOf(record), offer);
        known.record = record;
      } else places.known.delete(id);
      changed = true;
    }
    for (const record of now.values()) {
      if (places.known.has(record.id)) continue;
      const position = places.next++;
      places.known.set(record.id, { record, position });
      this.offer(places.textOf(record), {
        rank: rankOf(places.kind, position),
        weight: 2,
        recordId: record.id,
      });
      changed = true;
    }
    return changed;
  }

  /** Every offer of every text, from the records the index was built from (once, on first update). */
  private startTracking(): Tracking {
    const built = this.built ?? { facts: [], entities: [], events: [] };
    this.built = undefined;
    const t: Tracking = {
      facts: new Map(built.facts.map((indexed, position) => [indexed.fact.id, { indexed, position }])),
      nextFact: built.facts.length,
      entities: placesOf(KIND.entity, entityQuestion, built.entities),
      events: placesOf(KIND.event, eventQuestion, built.events),
      offers: new Map(),
      entryOf: new Map(this.entries.map((entry) => [shown(entry), entry])),
    };
    const record = (text: string, offer: Offer) => {
      const key = clip(text);
      const list = t.offers.get(key);
      if (list) insertSorted(list, offer);
      else t.offers.set(key, [offer]);
    };
    for (const [position, indexed] of built.facts.entries()) this.forEachOffer(indexed, position, record);
    const recordAll = <T extends { id: string }>(places: Places<T>) => {
      for (const { record: r, position } of places.known.values()) {
        record(places.textOf(r), { rank: rankOf(places.kind, position), weight: 2, recordId: r.id });
      }
    };
    recordAll(t.entities);
    recordAll(t.events);
    return t;
  }

  /** The texts a fact offers: its questions and its statement. */
  private forEachOffer(
    indexed: IndexedFact,
    position: number,
    fn: (text: string, offer: Offer) => void,
  ): void {
    const recordId = indexed.fact.id;
    for (const [j, q] of indexed.fact.questions.entries()) {
      fn(q, { rank: rankOf(KIND.question, position, j), weight: 3, recordId });
    }
    fn(indexed.fact.statement, { rank: rankOf(KIND.statement, position), weight: 1, recordId });
  }

  /** A record offers a text: it becomes the entry if no lower-ranked record offers the same text. */
  private offer(text: string, offer: Offer): void {
    const t = this.tracking!;
    const key = clip(text);
    const list = t.offers.get(key);
    if (!list) t.offers.set(key, [offer]);
    else insertSorted(list, offer);
    if (list && list[0] !== offer) return;
    const current = t.entryOf.get(key);
    if (current) this.unindex(current);
    this.index(key, offer);
  }

  /** A record no longer offers a text: the next offer of it, if any, becomes the entry. */
  private withdraw(text: string, offer: Offer): void {
    const t = this.tracking!;
    const key = clip(text);
    const list = t.offers.get(key);
    const at = list ? list.findIndex((o) => o.rank === offer.rank) : -1;
    if (!list || at < 0) return;
    list.splice(at, 1);
    if (at > 0) return;
    this.unindex(t.entryOf.get(key)!);
    t.entryOf.delete(key);
    if (list.length > 0) this.index(key, list[0]!);
    else t.offers.delete(key);
  }

  private index(text: string, offer: Offer): void {
    const entry: Entry = {
      full: text,
      words: this.entryWords(text),
      weight: offer.weight,
      recordId: offer.recordId,
      rank: offer.rank,
    };
    this.tracking!.entryOf.set(text, entry);
    insertSorted(this.entries, entry);
    for (const word of entry.words) {
      const list = this.byWord.get(word);
      if (list) {
        insertSorted(list, entry);
        continue;
      }
      this.byWord.set(word, [entry]);
      this.sortedWords.splice(lowerBound(this.sortedWords, word), 0, word);
    }
  }

  private unindex(entry: Entry): void {
    removeSorted(this.entries, entry);
    for (const word of entry.words) {
      const list = this.byWord.get(word);
      if (!list) continue;
      removeSorted(list, entry);
      if (list.length > 0) continue;
      this.byWord.delete(word);
      this.sortedWords.splice(lowerBound(this.sortedWords, word), 1);
    }
  }

  /** An entry's distinct words (see `entryNumbers`). */
  private entryWords(text: string): string[] {
    return wordsOfNumbers(entryNumbers(text));
  }

  /**
   * Ranked completions for what the user has typed so far, less what a scope whose parent this
   * index is hides: the facts of `hidden`, the entities and events of `hiddenRecords`.
   */
  suggest(
    partial: string,
    limit = MAX_SUGGESTIONS,
    hidden?: ReadonlySet<string>,
    hiddenRecords?: HiddenRecords,
  ): string[] {
    this.complete();
    const visible = (entry: Entry) => !((hidden || hiddenRecords) && hides(entry, hidden, hiddenRecords));
    const tokens = wordsOf(partial.slice(0, 200));
    if (tokens.length === 0) {
      // Entries are stored best kind first (questions, then names and events, then statements).
      const first: string[] = [];
      for (const entry of this.entries) {
        if (first.length >= limit) break;
        if (visible(entry)) first.push(shown(entry));
      }
      return first;
    }
    const typing = /[\p{L}\p{N}]$/u.test(partial) ? tokens.pop() : undefined;
    // "what", "did", "the" match nearly everything: they rank, but they do not select.
    const wordSets = tokens.filter((word) => !STOPWORDS.has(word)).map((word) => this.expand(word));
    const typingWords = typing ? this.withPrefix(typing) : undefined;
    // A finished word with a slip at the end ("sarybai") is matched as a whole word too.
    if (typing && typing.length >= 4 && typingWords) {
      for (const c of this.kb.spelling.candidates(typing)) if (c.distance === 1) typingWords.add(c.word);
    }
    // Start from the rarest constraint, sized before any list is merged, so the scan stays small.
    const constraints = [...wordSets, ...(typingWords ? [typingWords] : [])];
    let rarest: Set<string> | undefined;
    let rarestSize = Number.POSITIVE_INFINITY;
    for (const set of constraints) {
      let size = 0;
      for (const word of set) size += this.byWord.get(word)?.length ?? 0;
      if (size < rarestSize) {
        rarest = set;
        rarestSize = size;
      }
    }
    const scored: { entry: Entry; score: number }[] = [];
    const sequence = rarest ? this.postings(rarest) : [];
    // Sets every match must have a word of (all of them but the one the scan starts from, where
    // one of three or more may be missing: then only the word being typed): a run of entries
    // failing them is leapt over (see `leap`), not read one by one.
    const required = [...(wordSets.length < 3 ? wordSets : []), ...(typingWords ? [typingWords] : [])].filter(
      (set) => set !== rarest && set.size <= LEAP_WORDS,
    );
    let misses = 0;
    for (let i = 0; i < sequence.length; i++) {
      const entry = sequence[i]!;
      if (!visible(entry)) continue;
      let matched = 0;
      for (const set of wordSets) if (entry.words.some((w) => set.has(w))) matched++;
      const typed = typingWords ? entry.words.some((w) => typingWords.has(w)) : true;
      if (!typed || matched < wordSets.length - (wordSets.length >= 3 ? 1 : 0)) {
        if (++misses >= LEAP_AFTER && required.length > 0 && this.leaps) {
          misses = 0;
          i = Math.max(i, this.leap(sequence, i, required) - 1);
        }
        continue;
      }
      misses = 0;
      let echoes = 0;
      for (const word of tokens) if (entry.words.includes(word)) echoes++;
      scored.push({ entry, score: matched + echoes / 4 + entry.weight / 2 - shown(entry).length / 400 });
      if (scored.length >= MAX_SCANNED) break;
    }
    scored.sort((a, b) => b.score - a.score);
    const out = new Set(scored.slice(0, limit).map((s) => shown(s.entry)));
    // Nothing matched word by word: a fuzzy look at the names ("sarybay kairat", "cop 29").
    if (out.size === 0 && partial.trim().length >= 3) {
      for (const hit of this.names?.search(partial.trim().slice(0, 60), { limit: 5 }) ?? []) {
        if (!hiddenRecords?.entities.has(hit.item.id)) out.add(hit.item.text);
      }
    }
    return [...out].slice(0, limit);
  }

  /**
   * Where in `sequence` (sorted by rank) the scan can go on after the entry at `at` failed: the
   * first entry whose rank every required set reaches, that is the largest over the sets of the
   * lowest rank not below the failed entry's among their words' entries. No entry before it has
   * a word of that set, so none of them could have matched: what the scan finds is the same.
   */
  private leap(sequence: readonly Entry[], at: number, required: readonly Set<string>[]): number {
    const from = sequence[at]!.rank;
    let target = from;
    for (const set of required) {
      let next = Number.POSITIVE_INFINITY;
      for (const word of set) {
        const list = this.byWord.get(word);
        if (!list) continue;
        const found = list[rankBound(list, from)];
        if (found && found.rank < next) next = found.rank;
      }
      if (next > target) target = next;
    }
    if (target === from) return at + 1;
    return target === Number.POSITIVE_INFINITY ? sequence.length : rankBound(sequence, target);
  }

  private expand(word: string): Set<string> {
    const set = new Set([word]);
    if (!this.byWord.has(word)) for (const c of this.kb.spelling.candidates(word)) set.add(c.word);
    return set;
  }

  private withPrefix(prefix: string): Set<string> {
    const out = new Set<string>();
    for (let i = lowerBound(this.sortedWords, prefix); i < this.sortedWords.length && out.size < 500; i++) {
      const word = this.sortedWords[i]!;
      if (!word.startsWith(prefix)) break;
      out.add(word);
    }
    return out;
  }

  /**
   * Entries having any of the words, in entry order (questions first), at most `head` of them.
   * Each list is in entry order already: a k-way merge reads only as far as the head reaches.
   */
  private postings(words: Set<string>, head = 4 * MAX_SCANNED): readonly Entry[] {
    const lists = [...words].map((word) => this.byWord.get(word) ?? []).filter((list) => list.length > 0);
    if (lists.length === 1) return lists[0]!;
    // Min-heap of [next entry, list number, position in list].
    const heap: [Entry, number, number][] = lists.map((list, k) => [list[0]!, k, 0]);
    const less = (a: number, b: number) => heap[a]![0].rank < heap[b]![0].rank;
    const swap = (a: number, b: number) => {
      [heap[a], heap[b]] = [heap[b]!, heap[a]!];
    };
    const down = (from: number) => {
      let i = from;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(l, m)) m = l;
        if (r < heap.length && less(r, m)) m = r;
        if (m === i) return;
        swap(i, m);
        i = m;
      }
    };
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) down(i);
    const out: Entry[] = [];
    while (heap.length > 0 && out.length < head) {
      const top = heap[0]!;
      if (out.at(-1) !== top[0]) out.push(top[0]);
      const list = lists[top[1]]!;
      if (top[2] + 1 < list.length) heap[0] = [list[top[2] + 1]!, top[1], top[2] + 1];
      else {
        heap[0] = heap.at(-1)!;
        heap.pop();
      }
      down(0);
    }
    return out;
  }
}

/** What an entry offers: its text clipped to Discord's limit (the same string when short enough). */
function shown(entry: Entry): string {
  return clip(entry.full);
}

function placesOf<T extends { id: string }>(
  kind: number,
  textOf: (record: T) => string,
  records: readonly T[],
): Places<T> {
  return {
    kind,
    textOf,
    known: new Map(records.map((record, position) => [record.id, { record, position }])),
    next: records.length,
  };
}

function eventQuestion(event: Event): string {
  return `What happened at: ${event.title}?`;
}

/** Fuse over the entities' names and aliases, when few enough for a linear scan per keystroke. */
function fuzzyNames(
  entities: readonly Entity[],
): Fuse<{ text: string; name: string; id: string }> | undefined {
  // Fuse scans every name per search (about 8 µs each): fine for thousands, not for 100k, where
  // the typo index (whole words with a slip) still finds a misspelt name. Counted before any row
  // is made: a large store's rows were made only to be dropped.
  let names = 0;
  for (const entity of entities) names += 1 + entity.aliases.length;
  if (names > MAX_FUZZY_NAMES) return undefined;
  const rows: { text: string; name: string; id: string }[] = [];
  for (const entity of entities) {
    const question = entityQuestion(entity);
    for (const name of [entity.name, ...entity.aliases]) rows.push({ text: question, name, id: entity.id });
  }
  return new Fuse(rows, { keys: ["name"], threshold: 0.3, ignoreLocation: true });
}

/** First position in a sorted list whose item is not below `key`. */
function lowerBound<T>(items: readonly T[], key: T): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (items[mid]! < key) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** First position whose rank is not below `rank`. */
function rankBound(items: readonly { rank: number }[], rank: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (items[mid]!.rank < rank) low = mid + 1;
    else high = mid;
  }
  return low;
}

function insertSorted<T extends { rank: number }>(items: T[], item: T): void {
  const last = items.at(-1);
  if (!last || last.rank < item.rank) items.push(item);
  else items.splice(rankBound(items, item.rank), 0, item);
}

function removeSorted<T extends { rank: number }>(items: T[], item: T): void {
  const at = rankBound(items, item.rank);
  if (items[at] === item) items.splice(at, 1);
}

/** Where `entryNumbers` leaves an entry's word numbers (reused: no array per entry). */
let scratchNumbers: Int32Array = new Int32Array(64);
let scratchCount = 0;
/** Per word number, the last entry that had it (see `entryNumbers`). */
let lastSeen: Int32Array = new Int32Array(1024);
let entryStamp = 0;

/**
 * The numbers of an entry's distinct words, in order of first occurrence, left in
 * `scratchNumbers`; returns how many. Each word is the one string the word table keeps for it:
 * words repeat across hundreds of thousands of entries, and a copy each was a third of the
 * index's memory.
 */
function entryNumbers(text: string): number {
  // A clipped text's ellipsis would send it through the tokenizer's Unicode folding (six
  // regular expressions over the text); the words before it are the same without it. (Not
  // with a backtick: that folding reads it as an apostrophe, the ASCII path as a space.)
  const plain = text.endsWith("…") && !text.includes("`") ? text.slice(0, -1) : text;
  entryStamp++;
  scratchCount = 0;
  forEachWordNumber(plain, noteEntryWord);
  return scratchCount;
}

/** One word of the entry `entryNumbers` reads (a plain function: no closure per entry). */
function noteEntryWord(number: number): void {
  if (number >= lastSeen.length) lastSeen = widened(lastSeen, Math.max(number + 1, 2 * lastSeen.length));
  if (lastSeen[number] === entryStamp) return;
  lastSeen[number] = entryStamp;
  if (scratchCount === scratchNumbers.length) scratchNumbers = widened(scratchNumbers, 2 * scratchCount);
  scratchNumbers[scratchCount++] = number;
}

/** Per word number, the last `renumber` that saw it and the number it gave it there. */
let renumbered: Int32Array = new Int32Array(1024);
let localOf: Int32Array = new Int32Array(1024);
let renumbering = 0;

/**
 * Replaces the first `used` word numbers by numbers from 0 up in order of first appearance,
 * writing each one's word number at its place in `globalOf`; returns how many there are.
 */
function renumber(numbers: Int32Array, used: number, globalOf: Int32Array): number {
  if (renumbered.length < wordCount()) {
    renumbered = widened(renumbered, wordCount());
    localOf = widened(localOf, wordCount());
  }
  renumbering++;
  let distinct = 0;
  for (let k = 0; k < used; k++) {
    const number = numbers[k]!;
    if (renumbered[number] !== renumbering) {
      renumbered[number] = renumbering;
      localOf[number] = distinct;
      globalOf[distinct++] = number;
    }
    numbers[k] = localOf[number]!;
  }
  return distinct;
}

/** The first `count` words of `scratchNumbers`, in an array of exactly that length. */
function wordsOfNumbers(count: number): string[] {
  const words = new Array<string>(count);
  for (let i = 0; i < count; i++) words[i] = wordOfNumber(scratchNumbers[i]!);
  return words;
}
