import Fuse from "fuse.js";
import { entityQuestion } from "./answer.ts";
import type { KnowledgeBase } from "./knowledge.ts";
import { STOPWORDS } from "./language/lexicon.ts";
import { tokenize } from "./language/normalize.ts";

/** Discord's limits for autocomplete: 25 choices of at most 100 characters. */
export const MAX_SUGGESTIONS = 25;
export const MAX_SUGGESTION_LENGTH = 100;
/** Entries examined per keystroke at most: enough to rank well, bounded on any store size. */
const MAX_SCANNED = 2_000;

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
  private readonly names: Fuse<{ text: string; name: string }>;

  constructor(private readonly kb: KnowledgeBase) {
    const seen = new Set<string>();
    const add = (text: string, weight: number, factId?: string) => {
      const clipped = clip(text);
      if (seen.has(clipped)) return;
      seen.add(clipped);
      const words = [...new Set(tokenize(clipped).map((t) => t.word))];
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
    this.names = new Fuse(entityRows, { keys: ["name"], threshold: 0.3, ignoreLocation: true });
  }

  /** Ranked completions for what the user has typed so far. */
  suggest(partial: string, limit = MAX_SUGGESTIONS, hidden?: ReadonlySet<string>): string[] {
    const visible = (entry: Entry) => !(entry.factId && hidden?.has(entry.factId));
    const tokens = tokenize(partial.slice(0, 200)).map((t) => t.word);
    if (tokens.length === 0) {
      return this.entries
        .filter(visible)
        .sort((a, b) => b.weight - a.weight)
        .slice(0, limit)
        .map((e) => e.text);
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
      const echoes = tokens.filter((word) => entry.words.includes(word)).length;
      scored.push({ entry, score: matched + echoes / 4 + entry.weight / 2 - entry.text.length / 400 });
      if (scored.length >= MAX_SCANNED) break;
    }
    scored.sort((a, b) => b.score - a.score);
    const out = new Set(scored.slice(0, limit).map((s) => s.entry.text));
    // Nothing matched word by word: a fuzzy look at the names ("sarybay kairat", "cop 29").
    if (out.size === 0 && partial.trim().length >= 3) {
      for (const hit of this.names.search(partial.trim().slice(0, 60), { limit: 5 })) out.add(hit.item.text);
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

  private postings(words: Set<string>): number[] {
    if (words.size === 1) return this.byWord.get([...words][0]!) ?? [];
    const merged = new Set<number>();
    for (const word of words) for (const index of this.byWord.get(word) ?? []) merged.add(index);
    return [...merged].sort((a, b) => a - b);
  }
}
