import { shortHash } from "./custom-id.ts";

/**
 * Recently shown texts (questions, suggestions) by their short hash, so a button can carry the
 * hash and the click can get the text back. Bounded and short-lived on purpose: after a restart
 * or a day the handlers fall back to other ways of recovering the text (see ask-flow.ts).
 */
export class TextMemory {
  private readonly entries = new Map<string, { text: string; at: number }>();

  constructor(
    private readonly capacity = 10_000,
    private readonly ttlMs = 24 * 60 * 60 * 1000,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Stores the text and returns the hash to put in a custom_id. */
  remember(text: string): string {
    const hash = shortHash(text);
    // Re-inserting moves the entry to the end: Map order is then least recently used first.
    this.entries.delete(hash);
    this.entries.set(hash, { text, at: this.clock() });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
    return hash;
  }

  recall(hash: string): string | undefined {
    const entry = this.entries.get(hash);
    if (!entry) return undefined;
    if (this.clock() - entry.at > this.ttlMs) {
      this.entries.delete(hash);
      return undefined;
    }
    // A text still being clicked is the last one to drop when space runs out.
    this.entries.delete(hash);
    this.entries.set(hash, entry);
    return entry.text;
  }

  get size(): number {
    return this.entries.size;
  }
}
