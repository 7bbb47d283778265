import Fuse from "fuse.js";
import { entityQuestion } from "./answer.ts";
import type { KnowledgeBase } from "./knowledge.ts";
import { tokenize } from "./language/normalize.ts";

/** Discord's limits for autocomplete: 25 choices of at most 100 characters. */
export const MAX_SUGGESTIONS = 25;
export const MAX_SUGGESTION_LENGTH = 100;

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
    const wordSets = tokens.map((word) => this.expand(word));
    const prefixWords = typing ? this.withPrefix(typing) : new Set<string>();
    // Start from the rarest constraint so the scan stays small on large stores.
    const pools = [
      ...wordSets.map((set) => this.postings(set)),
      ...(typing ? [this.postings(prefixWords)] : []),
    ];
    pools.sort((a, b) => a.length - b.length);
    const pool = pools[0] ?? [];
    const scored: { entry: Entry; score: number }[] = [];
    for (const index of pool) {
      const entry = this.entries[index]!;
      if (!visible(entry)) continue;
      let matched = 0;
      for (const set of wordSets) if (entry.words.some((w) => set.has(w))) matched++;
      const prefixHit = typing ? entry.words.some((w) => w.startsWith(typing)) : true;
      if (!prefixHit || matched < wordSets.length - (wordSets.length >= 3 ? 1 : 0)) continue;
      scored.push({
        entry,
        score: matched + (prefixHit ? 1 : 0) + entry.weight / 2 - entry.text.length / 400,
      });
      if (scored.length >= 2_000) break;
    }
    scored.sort((a, b) => b.score - a.score);
    const out = new Set(scored.slice(0, limit).map((s) => s.entry.text));
    // Names typed with a slip ("sarybai", "aliev") still reach their entity.
    if (out.size < limit && partial.trim().length >= 3) {
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
