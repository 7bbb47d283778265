import type { Logger } from "../config/logger.ts";
import type { FeedbackStore as StoredFeedback } from "../storage/index.ts";
import type { FeedbackStore, RecordFilter, UnansweredRecord, VoteRecord } from "./feedback.ts";

/**
 * The bot's FeedbackStore on the database (src/storage/feedback.ts): 👍/👎 votes and unanswered
 * questions are kept per server, survive restarts and feed /fact gaps.
 *
 * Recording is best effort: if the database is busy (a long `npm run facts -- import`) or fails,
 * the member still gets their answer or thanks, and the failure is logged. The database itself
 * belongs to whoever opened it (src/main.ts), so `close` leaves it open.
 */
export class SqliteFeedbackStore implements FeedbackStore {
  constructor(
    private readonly stored: StoredFeedback,
    private readonly logger: Logger,
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
    return this.stored.votes(options).map((vote) => ({
      vote: vote.vote,
      question: vote.question,
      factIds: vote.factIds,
      ...(vote.messageId !== undefined ? { messageId: vote.messageId } : {}),
      ...(vote.guildId !== undefined ? { guildId: vote.guildId } : {}),
      userId: vote.userId,
      at: vote.at,
    }));
  }

  async unanswered(options: RecordFilter = {}): Promise<UnansweredRecord[]> {
    return this.stored.unanswered(options).map((record) => ({
      question: record.question,
      suggestions: record.suggestions,
      ...(record.guildId !== undefined ? { guildId: record.guildId } : {}),
      userId: record.userId,
      at: record.at,
    }));
  }

  async close(): Promise<void> {}

  private guard(what: string, write: () => void): void {
    try {
      write();
    } catch (error) {
      this.logger.warn(`could not record a ${what}`, { err: error });
    }
  }
}
