import type { Engine } from "../engine/engine.ts";
import type { KnowledgeBase } from "../engine/knowledge.ts";
import type { AnswerResult } from "../engine/schema.ts";

/**
 * Answers remembered per server and question text. Autocomplete and the suggestion buttons offer
 * the curated questions, so members ask the very same text again and again; the engine answers
 * each (server, text) once, until that server's knowledge changes. The engine is deterministic
 * (no clock, no randomness), and every change to a server's knowledge goes through
 * `Engine.touched` (moderator edits, imports, replays, changes synced from other processes), which
 * moves the knowledge's version: an entry is used only while its knowledge and version are the
 * ones it was computed from. Bounded, least recently used first out.
 */
export class AnswerCache {
  private readonly entries = new Map<string, { kb: KnowledgeBase; version: number; result: AnswerResult }>();

  constructor(
    private readonly engine: Engine,
    private readonly capacity = 2_000,
  ) {}

  answer(question: string, scope?: string): AnswerResult {
    const kb = this.engine.knowledge(scope);
    const version = this.engine.version(kb);
    const key = `${scope ?? ""}\u0000${question}`;
    const cached = this.entries.get(key);
    this.entries.delete(key);
    if (cached && cached.kb === kb && cached.version === version) {
      this.entries.set(key, cached);
      return cached.result;
    }
    const result = this.engine.answer(question, scope);
    this.entries.set(key, { kb, version, result });
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    return result;
  }

  get size(): number {
    return this.entries.size;
  }
}
