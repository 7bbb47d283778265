import { Engine } from "../engine/engine.ts";
import type { KnowledgeBase } from "../engine/knowledge.ts";
import { loadDataset, type Problem } from "../engine/load.ts";
import type { Dataset } from "../engine/schema.ts";

/**
 * The engine of a shard: the curated base once, and a server's overlay read from the database
 * the first time anything asks for that server (a question, autocomplete, a moderator's command),
 * so a shard holds only the overlays of the servers it serves. Discord sends a shard only its own
 * servers' events, so the others are never loaded. Nothing else changes: the engine's own code
 * asks `knowledge()` / `overlay()` as before.
 */
export class OnDemandEngine extends Engine {
  #load: ((scope: string) => void) | undefined;
  readonly #loaded = new Set<string>();

  constructor(dataset: Dataset) {
    super(dataset);
  }

  static override fromDirectory(
    dir: string,
  ): { ok: true; engine: OnDemandEngine } | { ok: false; problems: Problem[] } {
    const loaded = loadDataset(dir);
    return loaded.ok ? { ok: true, engine: new OnDemandEngine(loaded.dataset) } : loaded;
  }

  /** From now on, `load(scope)` fills a server's overlay the first time that server is needed. */
  loadOnDemand(load: (scope: string) => void): void {
    this.#load = load;
  }

  /** The server's overlay has been read from the database (changes to it must be applied here). */
  isLoaded(scope: string): boolean {
    return this.#loaded.has(scope);
  }

  /** How many servers' overlays this process has read. */
  get loadedScopes(): number {
    return this.#loaded.size;
  }

  override knowledge(scope?: string): KnowledgeBase {
    if (scope) this.#ensure(scope);
    return super.knowledge(scope);
  }

  override overlay(scope: string): KnowledgeBase {
    this.#ensure(scope);
    return super.overlay(scope);
  }

  override dropOverlay(scope: string): void {
    super.dropOverlay(scope);
    this.#loaded.delete(scope);
  }

  #ensure(scope: string): void {
    if (!this.#load || this.#loaded.has(scope)) return;
    // Marked first: loading fills the overlay through `overlay(scope)` again.
    this.#loaded.add(scope);
    try {
      this.#load(scope);
    } catch (error) {
      // The database could not be read: the next question tries again from scratch.
      super.dropOverlay(scope);
      this.#loaded.delete(scope);
      throw error;
    }
  }
}

/** Whether changes to `scope` must be applied to `engine` now (an unloaded server reads them when loaded). */
export function holdsOverlay(engine: Engine, scope: string): boolean {
  return !(engine instanceof OnDemandEngine) || engine.isLoaded(scope);
}
