import { type AnswerOptions, answerQuestion } from "./answer.ts";
import { warmEvents } from "./candidates.ts";
import { getOrCreate } from "./collections.ts";
import { KnowledgeBase } from "./knowledge.ts";
import { isEnglishWord, warmSlips } from "./language/english.ts";
import { phraseKey } from "./language/normalize.ts";
import { warmWordNet } from "./language/thesaurus.ts";
import { loadDataset, type Problem } from "./load.ts";
import type { AnswerResult, Dataset, Entity, Event } from "./schema.ts";
import { MAX_SUGGESTIONS, Suggester } from "./suggest.ts";
import { warmAnsweringCode } from "./warm-up.ts";

/** How long one slice of the autocomplete build may hold the event loop (see `warm`). */
const SLICE_MS = 10;

export interface Stats {
  sources: number;
  entities: number;
  events: number;
  facts: number;
  /** Newest source date: how fresh the knowledge is. */
  newestSource?: string;
}

/**
 * The answer engine: a shared base of curated knowledge plus, per scope (a Discord server),
 * an overlay of that scope's own edits. Nothing here knows about Discord.
 */
export class Engine {
  readonly base: KnowledgeBase;
  private readonly overlays = new Map<string, KnowledgeBase>();
  private readonly suggesters = new WeakMap<KnowledgeBase, { suggester: Suggester; version: number }>();
  private readonly versions = new WeakMap<KnowledgeBase, number>();

  constructor(dataset: Dataset) {
    this.base = KnowledgeBase.fromDataset(dataset);
  }

  static fromDirectory(dir: string): { ok: true; engine: Engine } | { ok: false; problems: Problem[] } {
    const loaded = loadDataset(dir);
    return loaded.ok ? { ok: true, engine: new Engine(loaded.dataset) } : loaded;
  }

  /** The knowledge a scope sees: its overlay on the base, or the base alone. */
  knowledge(scope?: string): KnowledgeBase {
    return (scope && this.overlays.get(scope)) || this.base;
  }

  /** The scope's overlay, created on first use; changes to it are visible to that scope only. */
  overlay(scope: string): KnowledgeBase {
    return getOrCreate(this.overlays, scope, () => new KnowledgeBase(this.base));
  }

  /** Forgets a scope's overlay (before replaying it afresh): the scope sees the base again. */
  dropOverlay(scope: string): void {
    this.overlays.delete(scope);
  }

  /** Call after changing a knowledge base so autocomplete sees the change (on its next use). */
  touched(kb: KnowledgeBase): void {
    this.versions.set(kb, (this.versions.get(kb) ?? 0) + 1);
  }

  /** How often `kb` has been touched: what was computed from it before this moved is stale. */
  version(kb: KnowledgeBase): number {
    return this.versions.get(kb) ?? 0;
  }

  /**
   * Builds what answering would otherwise build on first use (typo index, overview questions'
   * event index), so the first member to make a typo does not wait for it. Call once after
   * start-up. Autocomplete is not needed to answer: its index is built after this returns, in
   * slices of a few milliseconds between other work, and the first `suggest` before it is done
   * finishes it at once (so its first answer is what a full build gives). Answering's code is
   * warmed likewise after this returns, unless `answering` is false: questions of every common
   * shape answered on a small private store of made-up data (warm-up.ts), a few at a time, so the
   * first members' questions do not pay for code run for the first time; the real store is not
   * read, and a question that comes before it is done is answered as it would be without it.
   */
  warm(options: { answering?: boolean } = {}): void {
    this.base.spelling.flush();
    isEnglishWord("warm");
    warmEvents(this.base);
    // WordNet's files (the verbs alone take a good fraction of a second to read) are read on the
    // first question that needs them, nearly every one: read them right after start-up instead,
    // before the autocomplete slices, without holding back readiness.
    setImmediate(warmWordNet).unref();
    // The table the first misspelt unknown word looks its slips up in (tens of ms to make).
    setImmediate(warmSlips).unref();
    // Likewise the index of the events whose title or place names someone: the first question
    // that names anyone reads it (about 80 ms of CPU at 100k facts).
    setImmediate(() => this.base.warmEventsNaming()).unref();
    if (options.answering !== false) {
      const answering = () => {
        if (!warmAnsweringCode(SLICE_MS)) setImmediate(answering).unref();
      };
      setImmediate(answering).unref();
    }
    const suggester = this.suggesterFor(this.base, { deferred: true });
    const slice = () => {
      if (!suggester.buildFor(SLICE_MS)) setImmediate(slice).unref();
    };
    setImmediate(slice).unref();
  }

  /** Finishes building the autocomplete index now (what `warm` leaves to slices). */
  warmSuggestions(): void {
    this.suggesterFor(this.base).complete();
  }

  /**
   * Warms answering's code now (what `warm` leaves to slices): the rest of the warm-up under way,
   * or a whole one; nothing if the process's code is warmed already. Answers are the same whether
   * it ran or not.
   */
  warmAnswering(): void {
    warmAnsweringCode();
  }

  answer(question: string, scope?: string, options: AnswerOptions = {}): AnswerResult {
    return answerQuestion(question, this.knowledge(scope), options);
  }

  /**
   * Whether the question uses a name several entities share here ("Ferrante" for two ministers):
   * the conversation's previous turn may say which one is meant, so an adapter hands it over even
   * when the question could otherwise stand alone.
   */
  namesShared(question: string, scope?: string): boolean {
    const kb = this.knowledge(scope);
    const shared = kb.sharedNames();
    if (shared.size === 0) return false;
    const words = phraseKey(question).split(" ");
    const longest = kb.longestAliasTokens;
    // A shared name inside a longer name the question uses ("Ferrante" in "Luca Ferrante") is
    // that name's, which names one entity: only one standing alone counts.
    const insideLonger = (at: number, length: number): boolean => {
      for (let start = Math.max(0, at + length - longest); start <= at; start++) {
        for (let end = Math.max(at + length, start + length + 1); end <= start + longest; end++) {
          if (end > words.length) break;
          if (kb.entitiesNamed(words.slice(start, end).join(" ")).length > 0) return true;
        }
      }
      return false;
    };
    for (const key of shared) {
      const keyWords = key.split(" ");
      for (let at = 0; at + keyWords.length <= words.length; at++) {
        if (keyWords.every((word, i) => words[at + i] === word) && !insideLonger(at, keyWords.length)) {
          return true;
        }
      }
    }
    return false;
  }

  suggest(partial: string, scope?: string): string[] {
    const kb = this.knowledge(scope);
    if (kb === this.base) return this.suggesterFor(this.base).suggest(partial);
    const own = this.suggesterFor(kb).suggest(partial);
    const inherited = this.suggesterFor(this.base).suggest(partial, MAX_SUGGESTIONS, kb.hidden, {
      entities: kb.hiddenEntities,
      events: kb.hiddenEvents,
    });
    return [...new Set([...own, ...inherited])].slice(0, MAX_SUGGESTIONS);
  }

  events(scope?: string): Event[] {
    return [...this.knowledge(scope).allEvents()].sort((a, b) => b.date.localeCompare(a.date));
  }

  entities(scope?: string): Entity[] {
    return [...this.knowledge(scope).allEntities()];
  }

  stats(scope?: string): Stats {
    const kb = this.knowledge(scope);
    const sources = new Map([...this.base.sources, ...kb.sources]);
    const newest = [...sources.values()]
      .map((s) => s.date)
      .sort()
      .at(-1);
    return {
      sources: sources.size,
      entities: this.entities(scope).length,
      events: this.events(scope).length,
      facts: kb.size,
      ...(newest ? { newestSource: newest } : {}),
    };
  }

  private suggesterFor(kb: KnowledgeBase, options: { deferred?: boolean } = {}): Suggester {
    const version = this.versions.get(kb) ?? 0;
    const cached = this.suggesters.get(kb);
    if (cached && cached.version === version) return cached.suggester;
    if (cached) {
      // Changed since: only the changed records' entries are redone, not the whole index.
      cached.suggester.update();
      cached.version = version;
      return cached.suggester;
    }
    const suggester = new Suggester(kb, options);
    this.suggesters.set(kb, { suggester, version });
    return suggester;
  }
}
