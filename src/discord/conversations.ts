import type { DialogueTurn } from "../engine/schema.ts";

/**
 * Where a follow-up's context comes from: the last turn per conversation. A conversation is a
 * DM, one user in one channel (for a few minutes), or a reply chain (a reply to one of the bot's
 * answers continues that answer). Every entry belongs to one user: another user's follow-up
 * never borrows it.
 */
export type ConversationKey =
  | { kind: "dm"; userId: string }
  | { kind: "channel"; userId: string; channelId: string }
  | { kind: "console" };

interface Entry {
  turn: DialogueTurn;
  userId: string;
  at: number;
}

/** A few minutes: long enough for "and the other one?", short enough not to surprise tomorrow. */
export const CONVERSATION_TTL_MS = 5 * 60 * 1000;
/** Replying to an answer is explicit: that context lasts longer. */
export const REPLY_CHAIN_TTL_MS = 60 * 60 * 1000;

export class ConversationMemory {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly capacity = 20_000,
    private readonly clock: () => number = Date.now,
  ) {}

  /** The previous turn of this conversation, if it is recent and the asker's own. */
  previous(key: ConversationKey, userId: string, replyTo?: string): DialogueTurn | undefined {
    if (replyTo) {
      const chained = this.read(`message:${replyTo}`, userId, REPLY_CHAIN_TTL_MS);
      if (chained) return chained;
    }
    return this.read(keyOf(key), userId, CONVERSATION_TTL_MS);
  }

  /** Keeps the turn as this conversation's latest. */
  remember(key: ConversationKey, userId: string, turn: DialogueTurn): void {
    this.write(keyOf(key), { turn, userId, at: this.clock() });
  }

  /** Keeps the turn as the context of the bot's message that answered it (for replies to it). */
  rememberAnswer(messageId: string, userId: string, turn: DialogueTurn): void {
    this.write(`message:${messageId}`, { turn, userId, at: this.clock() });
  }

  /** Whether a message is one of the bot's recent answers (a reply to it is a follow-up). */
  isAnswer(messageId: string): boolean {
    const entry = this.entries.get(`message:${messageId}`);
    return entry !== undefined && this.clock() - entry.at <= REPLY_CHAIN_TTL_MS;
  }

  private read(key: string, userId: string, ttl: number): DialogueTurn | undefined {
    const entry = this.entries.get(key);
    if (!entry || entry.userId !== userId) return undefined;
    if (this.clock() - entry.at > ttl) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.turn;
  }

  private write(key: string, entry: Entry): void {
    this.entries.delete(key);
    this.entries.set(key, entry);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value);
    }
  }
}

function keyOf(key: ConversationKey): string {
  switch (key.kind) {
    case "dm":
      return `dm:${key.userId}`;
    case "channel":
      return `channel:${key.channelId}:${key.userId}`;
    case "console":
      return "console";
  }
}
