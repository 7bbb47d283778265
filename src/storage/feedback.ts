import type { Database } from "better-sqlite3";
import { phraseKey } from "../engine/language/normalize.ts";
import { MAX_QUESTION_CHARS } from "../engine/query.ts";

export type Vote = "up" | "down";

export interface FeedbackInput {
  /** The server; null or undefined in direct messages. */
  guildId?: string | null;
  userId: string;
  question: string;
  /** The facts the answer cited. */
  factIds: readonly string[];
  vote: Vote;
  /** The answer's message: a user's later vote on it replaces the earlier one. */
  messageId?: string;
  /** When; now by default. */
  at?: Date;
}

export interface UnansweredInput {
  guildId?: string | null;
  userId: string;
  question: string;
  /** What the bot offered instead. */
  suggestions?: readonly string[];
  at?: Date;
}

/** A stored vote, as recorded. */
export interface StoredVote {
  vote: Vote;
  question: string;
  factIds: string[];
  messageId?: string;
  /** Absent in direct messages. */
  guildId?: string;
  userId: string;
  at: Date;
}

export interface StoredUnanswered {
  question: string;
  suggestions: string[];
  guildId?: string;
  userId: string;
  at: Date;
}

export interface RecordFilter {
  /** A server's records; null for direct messages only; absent for all. */
  guildId?: string | null;
  limit?: number;
}

/** A question this server's knowledge does not serve well. */
export interface Gap {
  /** The question's most recent wording. */
  question: string;
  /** Normalised text that groups the wordings ("Who chairs CICA?" = "who chairs cica"). */
  key: string;
  /** Unanswered askings plus 👎 votes. */
  count: number;
  unanswered: number;
  downvotes: number;
  /** Facts cited by the 👎'd answers, most cited first. */
  factIds: string[];
  lastAskedAt: string;
}

/** Feedback on answers and questions the engine could not answer. */
export class FeedbackStore {
  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
  ) {}

  /**
   * Runs several writes as one transaction, committed without waiting for the disk: votes and
   * unanswered questions are worth a commit, not a disk sync (which blocks the bot for
   * milliseconds). In WAL mode `synchronous = NORMAL` keeps the file consistent and survives a
   * crash of the process; a power cut may lose the last such batch, never a moderator's change
   * (those commit with the connection's FULL, which also syncs whatever came before).
   */
  batch(writes: () => void): void {
    const level = Number(this.db.pragma("synchronous", { simple: true }));
    this.db.pragma("synchronous = NORMAL");
    try {
      this.db.transaction(writes)();
    } finally {
      this.db.pragma(`synchronous = ${level}`);
    }
  }

  recordFeedback(input: FeedbackInput): void {
    const question = clean(input.question);
    const values = [
      input.guildId ?? null,
      input.userId,
      input.messageId ?? null,
      question,
      questionKey(question),
      JSON.stringify([...new Set(input.factIds)]),
      input.vote,
      (input.at ?? this.now()).toISOString(),
    ];
    if (input.messageId === undefined) {
      this.db
        .prepare(
          `INSERT INTO feedback (guild_id, user_id, message_id, question, question_key, fact_ids, vote, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(...values);
      return;
    }
    this.db
      .prepare(
        `INSERT INTO feedback (guild_id, user_id, message_id, question, question_key, fact_ids, vote, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (message_id, user_id) WHERE message_id IS NOT NULL
         DO UPDATE SET vote = excluded.vote, created_at = excluded.created_at`,
      )
      .run(...values);
  }

  /** A user took back their vote on an answer (removed the reaction). */
  withdrawFeedback(messageId: string, userId: string): boolean {
    return (
      this.db.prepare("DELETE FROM feedback WHERE message_id = ? AND user_id = ?").run(messageId, userId)
        .changes > 0
    );
  }

  recordUnanswered(input: UnansweredInput): void {
    const question = clean(input.question);
    this.db
      .prepare(
        `INSERT INTO unanswered (guild_id, user_id, question, question_key, suggestions, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(
        input.guildId ?? null,
        input.userId,
        question,
        questionKey(question),
        JSON.stringify(input.suggestions ?? []),
        (input.at ?? this.now()).toISOString(),
      );
  }

  /** Votes, most recent first. */
  votes(filter: RecordFilter = {}): StoredVote[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM feedback
          WHERE @all OR guild_id IS @guild
          ORDER BY created_at DESC, id DESC LIMIT @limit`,
      )
      .all(filterParams(filter)) as {
      vote: Vote;
      question: string;
      fact_ids: string;
      message_id: string | null;
      guild_id: string | null;
      user_id: string;
      created_at: string;
    }[];
    return rows.map((row) => ({
      vote: row.vote,
      question: row.question,
      factIds: JSON.parse(row.fact_ids) as string[],
      ...(row.message_id !== null ? { messageId: row.message_id } : {}),
      ...(row.guild_id !== null ? { guildId: row.guild_id } : {}),
      userId: row.user_id,
      at: new Date(row.created_at),
    }));
  }

  /** Unanswered questions, most recent first. */
  unanswered(filter: RecordFilter = {}): StoredUnanswered[] {
    const rows = this.db
      .prepare(
        `SELECT * FROM unanswered
          WHERE @all OR guild_id IS @guild
          ORDER BY created_at DESC, id DESC LIMIT @limit`,
      )
      .all(filterParams(filter)) as {
      question: string;
      suggestions: string;
      guild_id: string | null;
      user_id: string;
      created_at: string;
    }[];
    return rows.map((row) => ({
      question: row.question,
      suggestions: JSON.parse(row.suggestions) as string[],
      ...(row.guild_id !== null ? { guildId: row.guild_id } : {}),
      userId: row.user_id,
      at: new Date(row.created_at),
    }));
  }

  /**
   * This server's unanswered questions and 👎'd answers, grouped by normalised question text,
   * most frequent first (then most recent). `null` asks about direct messages.
   */
  gaps(guildId: string | null, limit = 10): Gap[] {
    const rows = this.db
      .prepare(
        `WITH items AS (
           SELECT question_key, question, created_at, id AS seq, 1 AS unanswered, 0 AS down, NULL AS fact_ids
             FROM unanswered WHERE guild_id IS @guild
           UNION ALL
           SELECT question_key, question, created_at, id, 0, 1, fact_ids
             FROM feedback WHERE guild_id IS @guild AND vote = 'down'
         )
         SELECT question_key AS key,
                count(*) AS count,
                sum(unanswered) AS unanswered,
                sum(down) AS downvotes,
                max(created_at) AS lastAskedAt,
                json_group_array(fact_ids) FILTER (WHERE fact_ids IS NOT NULL) AS factLists,
                (SELECT i.question FROM items i WHERE i.question_key = items.question_key
                  ORDER BY i.created_at DESC, i.seq DESC LIMIT 1) AS question
           FROM items
          GROUP BY question_key
          ORDER BY count DESC, lastAskedAt DESC, key
          LIMIT @limit`,
      )
      .all({ guild: guildId, limit: Math.max(0, Math.floor(limit)) }) as (Omit<Gap, "factIds"> & {
      factLists: string;
    })[];
    return rows.map(({ factLists, ...row }) => ({ ...row, factIds: rankFactIds(factLists) }));
  }
}

/** The key that groups wordings of one question: case, punctuation and spacing do not matter. */
export function questionKey(question: string): string {
  return phraseKey(question) || question.trim().toLowerCase();
}

function filterParams(filter: RecordFilter): { all: number; guild: string | null; limit: number } {
  return {
    all: filter.guildId === undefined ? 1 : 0,
    guild: filter.guildId ?? null,
    limit: filter.limit === undefined ? -1 : Math.max(0, Math.floor(filter.limit)),
  };
}

function clean(question: string): string {
  return question.trim().slice(0, MAX_QUESTION_CHARS);
}

function rankFactIds(factLists: string): string[] {
  const counts = new Map<string, number>();
  for (const list of JSON.parse(factLists) as string[]) {
    for (const id of JSON.parse(list) as string[]) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}
