import type { Engine } from "../engine/engine.ts";
import type { KnowledgeBase } from "../engine/knowledge.ts";
import type { AnswerResult, DialogueTurn } from "../engine/schema.ts";

/**
 * Answers remembered per knowledge and question text, and for a follow-up also per previous turn.
 * Autocomplete and the suggestion buttons offer the curated questions, so members ask the very
 * same text again and again; the engine answers each (knowledge, text) once, until that knowledge
 * changes. A server with edits of its own has its own knowledge; every other server, and DMs, see
 * the shared base, so in a bot in thousands of servers one answer serves them all. The engine is deterministic (no clock, no randomness), and every change to a
 * server's knowledge goes through `Engine.touched` (moderator edits, imports, replays, changes
 * synced from other processes), which moves the knowledge's version: an entry is used only while
 * its knowledge and version are the ones it was computed from. Bounded, least recently used first
 * out.
 *
 * A question that may refer back ("who is he?", and any short one) is answered against the
 * conversation's previous turn. That turn is itself an answer's `turn`, and an answer remembered
 * here hands out the same turn object every time, so the same follow-up to the same remembered
 * answer ("Who chairs CICA?" → "who is he?") is the same computation: it is remembered under the
 * turn's identity. Turns are never changed after the engine makes them; a turn that is no longer
 * referenced is collected with its id (ids are never reused, so its entries just age out).
 */
export class AnswerCache {
  private readonly entries = new Map<string, { kb: KnowledgeBase; version: number; result: AnswerResult }>();
  private readonly turnIds = new WeakMap<DialogueTurn, number>();
  private nextTurnId = 1;

  constructor(
    private readonly engine: Engine,
    private readonly capacity = 2_000,
  ) {}

  answer(question: string, scope?: string, options: { previous?: DialogueTurn } = {}): AnswerResult {
    const kb = this.engine.knowledge(scope);
    const version = this.engine.version(kb);
    const { previous } = options;
    // Servers without edits of their own see the same knowledge as DMs: one answer serves them all.
    const own = kb === this.engine.base ? "" : (scope ?? "");
    const key = `${own}\u0000${previous ? this.turnId(previous) : ""}\u0000${question}`;
    const cached = this.entries.get(key);
    this.entries.delete(key);
    if (cached && cached.kb === kb && cached.version === version) {
      this.entries.set(key, cached);
      return cached.result;
    }
    const result = this.engine.answer(question, scope, previous ? { previous } : {});
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

  private turnId(turn: DialogueTurn): number {
    let id = this.turnIds.get(turn);
    if (id === undefined) {
      id = this.nextTurnId++;
      this.turnIds.set(turn, id);
    }
    return id;
  }
}
