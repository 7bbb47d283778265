/**
 * What users tell us about answers: 👍/👎 votes, and questions the bot could not answer (the
 * gaps a moderator may fill, later through /fact gaps). The interface is asynchronous and small so
 * that a SQLite store (src/storage/feedback.ts, behind a thin adapter) can replace the in-memory
 * one without touching the handlers.
 */

// One shape for feedback records everywhere: the database's (src/storage/feedback.ts) is the source.
export type {
  RecordFilter,
  StoredUnanswered as UnansweredRecord,
  StoredVote as VoteRecord,
  Vote,
} from "../storage/feedback.ts";

import type {
  RecordFilter,
  StoredUnanswered as UnansweredRecord,
  StoredVote as VoteRecord,
} from "../storage/feedback.ts";

export interface FeedbackStore {
  /** Records a vote; a user voting again on the same answer message replaces their earlier vote. */
  recordVote(record: VoteRecord): Promise<void>;
  recordUnanswered(record: UnansweredRecord): Promise<void>;
  /** Most recent first. */
  votes(options?: RecordFilter): Promise<VoteRecord[]>;
  unanswered(options?: RecordFilter): Promise<UnansweredRecord[]>;
  /** Makes every record so far visible to readers that bypass this interface (/fact gaps). */
  flush(): void;
  close(): Promise<void>;
}

/** Keeps records in memory, bounded: enough for development, tests and the console. */
export class MemoryFeedbackStore implements FeedbackStore {
  private readonly voteList: VoteRecord[] = [];
  private readonly unansweredList: UnansweredRecord[] = [];

  constructor(private readonly capacity = 10_000) {}

  async recordVote(record: VoteRecord): Promise<void> {
    if (record.messageId !== undefined) {
      const index = this.voteList.findIndex(
        (existing) => existing.messageId === record.messageId && existing.userId === record.userId,
      );
      if (index >= 0) this.voteList.splice(index, 1);
    }
    this.voteList.push(copyVote(record));
    this.trim(this.voteList);
  }

  async recordUnanswered(record: UnansweredRecord): Promise<void> {
    this.unansweredList.push({ ...record, suggestions: [...record.suggestions], at: new Date(record.at) });
    this.trim(this.unansweredList);
  }

  async votes(options: RecordFilter = {}): Promise<VoteRecord[]> {
    return select(this.voteList, options).map(copyVote);
  }

  async unanswered(options: RecordFilter = {}): Promise<UnansweredRecord[]> {
    return select(this.unansweredList, options).map((r) => ({ ...r, suggestions: [...r.suggestions] }));
  }

  flush(): void {}

  async close(): Promise<void> {}

  private trim(list: unknown[]): void {
    if (list.length > this.capacity) list.splice(0, list.length - this.capacity);
  }
}

function copyVote(record: VoteRecord): VoteRecord {
  return { ...record, factIds: [...record.factIds], at: new Date(record.at) };
}

function select<T extends { guildId?: string }>(list: readonly T[], options: RecordFilter): T[] {
  const wanted = options.guildId;
  return list
    .filter((record) => wanted === undefined || (record.guildId ?? null) === wanted)
    .reverse()
    .slice(0, options.limit ?? list.length);
}
