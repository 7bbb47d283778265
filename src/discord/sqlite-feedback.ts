import type { Logger } from "../config/logger.ts";
import type { FeedbackStore as StoredFeedback } from "../storage/index.ts";
import type { FeedbackStore, RecordFilter, UnansweredRecord, VoteRecord } from "./feedback.ts";

/**
 * The bot's FeedbackStore on the database (src/storage/feedback.ts): 👍/👎 votes and unanswered
 * questions are kept per server, survive restarts and feed /fact gaps.
 *
 * Recording is best effort: if the database is busy (a long `npm run facts -- import`) or fails,
 * the member still gets their answer or thanks, and the failure is logged. Writes are queued and
 * committed together a moment later, off the path of the reply: the database syncs to disk on
 * every commit (moderators' changes must survive a power cut), which is worth it for an edit but
 * not for each refused question. Reads and `close` commit the queue first. The database itself
 * belongs to whoever opened it (src/main.ts), so `close` leaves it open.
 */
export class SqliteFeedbackStore implements FeedbackStore {
  private readonly queue: { what: string; write: () => void }[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly stored: StoredFeedback,
    private readonly logger: Logger,
    private readonly flushAfterMs = 200,
  ) {}

  async recordVote(record: VoteRecord): Promise<void> {
    this.guard("vote", () =>
      this.stored.recordFeedback({
        guildId: record.guildId ?? null,
        userId: record.userId,
        question: record.question,
        factIds: record.factIds,
        vote: record.vote,
        ...(record.messageId !== undefined ? { messageId: record.messageId } : {}),
        at: record.at,
      }),
    );
  }

  async recordUnanswered(record: UnansweredRecord): Promise<void> {
    this.guard("unanswered question", () =>
      this.stored.recordUnanswered({
        guildId: record.guildId ?? null,
        userId: record.userId,
        question: record.question,
        suggestions: record.suggestions,
        at: record.at,
      }),
    );
  }

  async votes(options: RecordFilter = {}): Promise<VoteRecord[]> {
    this.flush();
    return this.stored.votes(options);
  }

  async unanswered(options: RecordFilter = {}): Promise<UnansweredRecord[]> {
    this.flush();
    return this.stored.unanswered(options);
  }

  async close(): Promise<void> {
    this.flush();
  }

  /** Commits every queued write now. */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const writes = this.queue.splice(0);
    if (writes.length === 0) return;
    try {
      this.stored.batch(() => {
        for (const { write } of writes) write();
      });
    } catch (error) {
      this.logger.warn(`could not record ${writes.map((w) => `a ${w.what}`).join(", ")}`, { err: error });
    }
  }

  private guard(what: string, write: () => void): void {
    this.queue.push({ what, write });
    if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), this.flushAfterMs);
      this.timer.unref();
    }
  }
}
