import { phraseKey } from "../engine/language/normalize.ts";
import { MAX_QUESTION_CHARS } from "../engine/query.ts";
import type { SqlConnection } from "./sql.ts";

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
    private readonly db: SqlConnection,
    private readonly now: () => Date,
  ) {}

  /**
   * Runs several writes as one transaction, committed without waiting for the disk: votes and
   * unanswered questions are worth a commit, not a disk sync (which blocks the bot for
   * milliseconds). A crash of the process loses nothing; a power cut may lose the last such batch,
   * never a moderator's change.
   */
  batch(writes: () => void): void {
    this.db.lightTransaction(writes);
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
      this.db.run(
        `INSERT INTO feedback (guild_id, user_id, message_id, question, question_key, fact_ids, vote, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
        values,
      );
      return;
    }
    this.db.run(
      `INSERT INTO feedback (guild_id, user_id, message_id, question, question_key, fact_ids, vote, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (message_id, user_id) WHERE message_id IS NOT NULL
         DO UPDATE SET vote = excluded.vote, created_at = excluded.created_at`,
      values,
    );
  }

  /** A user took back their vote on an answer (removed the reaction). */
  withdrawFeedback(messageId: string, userId: string): boolean {
    return this.db.run("DELETE FROM feedback WHERE message_id = ? AND user_id = ?", [messageId, userId]) > 0;
  }

  recordUnanswered(input: UnansweredInput): void {
    const question = clean(input.question);
    this.db.run(
      `INSERT INTO unanswered (guild_id, user_id, question, question_key, suggestions, created_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      [
        input.guildId ?? null,
        input.userId,
        question,
        questionKey(question),
        JSON.stringify(input.suggestions ?? []),
        (input.at ?? this.now()).toISOString(),
      ],
    );
  }

  /** Votes, most recent first. */
  votes(filter: RecordFilter = {}): StoredVote[] {
    const rows = this.db.all(
      `SELECT * FROM feedback
          WHERE ? = 1 OR ${this.sameGuild()}
          ORDER BY created_at DESC, id DESC LIMIT ?`,
      filterParams(filter),
    ) as {
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
    const rows = this.db.all(
      `SELECT * FROM unanswered
          WHERE ? = 1 OR ${this.sameGuild()}
          ORDER BY created_at DESC, id DESC LIMIT ?`,
      filterParams(filter),
    ) as {
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
    // PostgreSQL's json_agg of no rows is NULL where SQLite's json_group_array is '[]'.
    const factLists =
      this.db.dialect === "postgres"
        ? "coalesce(json_agg(fact_ids) FILTER (WHERE fact_ids IS NOT NULL), '[]')::text"
        : "json_group_array(fact_ids) FILTER (WHERE fact_ids IS NOT NULL)";
    const rows = this.db.all(
      `WITH items AS (
           SELECT question_key, question, created_at, id AS seq, 1 AS unanswered, 0 AS down,
                  CAST(NULL AS TEXT) AS fact_ids
             FROM unanswered WHERE ${this.sameGuild()}
           UNION ALL
           SELECT question_key, question, created_at, id, 0, 1, fact_ids
             FROM feedback WHERE ${this.sameGuild()} AND vote = 'down'
         )
         SELECT question_key AS "key",
                count(*) AS "count",
                sum(unanswered) AS "unanswered",
                sum(down) AS "downvotes",
                max(created_at) AS "lastAskedAt",
                ${factLists} AS "factLists",
                (SELECT i.question FROM items i WHERE i.question_key = items.question_key
                  ORDER BY i.created_at DESC, i.seq DESC LIMIT 1) AS "question"
           FROM items
          GROUP BY question_key
          ORDER BY "count" DESC, "lastAskedAt" DESC, "key"
          LIMIT ?`,
      [guildId, guildId, Math.max(0, Math.floor(limit))],
    ) as (Omit<Gap, "factIds" | "count" | "unanswered" | "downvotes"> & {
      count: number | string;
      unanswered: number | string;
      downvotes: number | string;
      factLists: string;
    })[];
    return rows.map(({ factLists, count, unanswered, downvotes, ...row }) => ({
      ...row,
      count: Number(count),
      unanswered: Number(unanswered),
      downvotes: Number(downvotes),
      factIds: rankFactIds(factLists),
    }));
  }

  /** `guild_id` equals the bound value, NULL matching NULL (direct messages). */
  private sameGuild(): string {
    return this.db.dialect === "postgres" ? "guild_id IS NOT DISTINCT FROM CAST(? AS TEXT)" : "guild_id IS ?";
  }
}

/** The key that groups wordings of one question: case, punctuation and spacing do not matter. */
export function questionKey(question: string): string {
  return phraseKey(question) || question.trim().toLowerCase();
}

/** No limit: the most rows either database returns. */
const ALL_ROWS = Number.MAX_SAFE_INTEGER;

/** Parameters of `? = 1 OR <same guild> ... LIMIT ?`. */
function filterParams(filter: RecordFilter): [number, string | null, number] {
  return [
    filter.guildId === undefined ? 1 : 0,
    filter.guildId ?? null,
    filter.limit === undefined ? ALL_ROWS : Math.max(0, Math.floor(filter.limit)),
  ];
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
