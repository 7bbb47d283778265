import Fuse from "fuse.js";
import { entityQuestion } from "./compose.ts";
import type { KnowledgeBase } from "./knowledge.ts";
import { STOPWORDS } from "./language/lexicon.ts";
import { wordsOf } from "./language/normalize.ts";

/** Discord's limits for autocomplete: 25 choices of at most 100 characters. */
export const MAX_SUGGESTIONS = 25;
export const MAX_SUGGESTION_LENGTH = 100;
const MAX_FUZZY_NAMES = 5_000;
/** Entries examined per keystroke at most: enough to rank well, bounded on any store size. */
const MAX_SCANNED = 500;

interface Entry {
  text: string;
  words: string[];
  /** Questions rank above entity prompts, which rank above raw statements. */
  weight: number;
  factId?: string;
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
  private readonly entries: Entry[] = [];
  private readonly byWord = new Map<string, number[]>();
  private sortedWords: string[] = [];
  /** Fuzzy search over entity names; left out on stores too large for a linear scan per keystroke. */
  private readonly names: Fuse<{ text: string; name: string }> | undefined;

  constructor(private readonly kb: KnowledgeBase) {
    const seen = new Set<string>();
    const add = (text: string, weight: number, factId?: string) => {
      const clipped = clip(text);
      if (seen.has(clipped)) return;
      seen.add(clipped);
      const words = [...new Set(wordsOf(clipped))];
      const index = this.entries.push({ text: clipped, words, weight, ...(factId ? { factId } : {}) }) - 1;
      for (const word of words) {
        const list = this.byWord.get(word);
        if (list) list.push(index);
        else this.byWord.set(word, [index]);
      }
    };
    const facts = [...kb.facts.values()];
    for (const indexed of facts) for (const q of indexed.fact.questions) add(q, 3, indexed.fact.id);
    const entityRows: { text: string; name: string }[] = [];
    for (const entity of kb.entities.values()) {
      const question = entityQuestion(entity);
      add(question, 2);
      for (const name of [entity.name, ...entity.aliases]) entityRows.push({ text: question, name });
    }
    for (const event of kb.events.values()) add(`What happened at: ${event.title}?`, 2);
    for (const indexed of facts) add(indexed.fact.statement, 1, indexed.fact.id);
    this.sortedWords = [...this.byWord.keys()].sort();
    // Fuse scans every name per search (about 8 µs each): fine for thousands, not for 100k, where
    // the typo index (whole words with a slip) still finds a misspelt name.
    this.names =
      entityRows.length <= MAX_FUZZY_NAMES
        ? new Fuse(entityRows, { keys: ["name"], threshold: 0.3, ignoreLocation: true })
        : undefined;
  }

  /** Ranked completions for what the user has typed so far. */
  suggest(partial: string, limit = MAX_SUGGESTIONS, hidden?: ReadonlySet<string>): string[] {
    const visible = (entry: Entry) => !(entry.factId && hidden?.has(entry.factId));
    const tokens = wordsOf(partial.slice(0, 200));
    if (tokens.length === 0) {
      // Entries are stored best kind first (questions, then names and events, then statements).
      const first: string[] = [];
      for (const entry of this.entries) {
        if (first.length >= limit) break;
        if (visible(entry)) first.push(entry.text);
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
    for (const index of rarest ? this.postings(rarest) : []) {
      const entry = this.entries[index]!;
      if (!visible(entry)) continue;
      let matched = 0;
      for (const set of wordSets) if (entry.words.some((w) => set.has(w))) matched++;
      const typed = typingWords ? entry.words.some((w) => typingWords.has(w)) : true;
      if (!typed || matched < wordSets.length - (wordSets.length >= 3 ? 1 : 0)) continue;
      let echoes = 0;
      for (const word of tokens) if (entry.words.includes(word)) echoes++;
      scored.push({ entry, score: matched + echoes / 4 + entry.weight / 2 - entry.text.length / 400 });
      if (scored.length >= MAX_SCANNED) break;
    }
    scored.sort((a, b) => b.score - a.score);
    const out = new Set(scored.slice(0, limit).map((s) => s.entry.text));
    // Nothing matched word by word: a fuzzy look at the names ("sarybay kairat", "cop 29").
    if (out.size === 0 && partial.trim().length >= 3) {
      for (const hit of this.names?.search(partial.trim().slice(0, 60), { limit: 5 }) ?? []) {
        out.add(hit.item.text);
      }
    }
    return [...out].slice(0, limit);
  }

  private expand(word: string): Set<string> {
    const set = new Set([word]);
    if (!this.byWord.has(word)) for (const c of this.kb.spelling.candidates(word)) set.add(c.word);
    return set;
  }

  private withPrefix(prefix: string): Set<string> {
    const out = new Set<string>();
    let low = 0;
    let high = this.sortedWords.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (this.sortedWords[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    for (let i = low; i < this.sortedWords.length && out.size < 500; i++) {
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
  private postings(words: Set<string>, head = 4 * MAX_SCANNED): number[] {
    const lists = [...words].map((word) => this.byWord.get(word) ?? []).filter((list) => list.length > 0);
    if (lists.length === 1) return lists[0]!;
    // Min-heap of [next index, list number, position in list].
    const heap: [number, number, number][] = lists.map((list, k) => [list[0]!, k, 0]);
    const less = (a: number, b: number) => heap[a]![0] < heap[b]![0];
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
    const out: number[] = [];
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
