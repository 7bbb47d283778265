import { randomBytes } from "node:crypto";
import { DraftData } from "../drafting/draft-messages.ts";
import type { SqlConnection } from "./sql.ts";

/**
 * A drafted article under review: what /source add made from it, as the drafter wrote it (the
 * schema its worker's reply is checked with on arrival).
 */
export const SourceDraftData = DraftData;
export type SourceDraftData = DraftData;

export interface StoredSourceDraft {
  id: string;
  guildId: string;
  userId: string;
  createdAt: string;
  data: SourceDraftData;
}

/** How long a draft waits for review. */
export const DRAFT_TTL_MS = 24 * 60 * 60 * 1000;

interface Row {
  id: string;
  guild_id: string;
  user_id: string;
  created_at: string;
  data_json: string;
}

/**
 * Drafts of /source add in the database, so a review survives a restart of the bot (for 24 hours).
 * A draft belongs to one server: reads name the server, and another server's id finds nothing.
 */
export class SourceDraftStore {
  constructor(
    private readonly db: SqlConnection,
    private readonly now: () => Date,
  ) {}

  put(guildId: string, userId: string, data: SourceDraftData): string {
    this.prune();
    const id = randomBytes(5).toString("hex").slice(0, 7);
    this.db.run(
      "INSERT INTO source_drafts (id, guild_id, user_id, created_at, data_json) VALUES (?, ?, ?, ?, ?)",
      [id, guildId, userId, this.now().toISOString(), JSON.stringify(data)],
    );
    return id;
  }

  get(guildId: string, id: string): StoredSourceDraft | undefined {
    this.prune();
    const row = this.db.get<Row>("SELECT * FROM source_drafts WHERE id = ? AND guild_id = ?", [id, guildId]);
    if (!row) return undefined;
    let value: unknown;
    try {
      value = JSON.parse(row.data_json);
    } catch {
      return undefined;
    }
    const data = SourceDraftData.safeParse(value);
    return data.success
      ? { id: row.id, guildId: row.guild_id, userId: row.user_id, createdAt: row.created_at, data: data.data }
      : undefined;
  }

  replace(guildId: string, id: string, data: SourceDraftData): void {
    this.db.run("UPDATE source_drafts SET data_json = ? WHERE id = ? AND guild_id = ?", [
      JSON.stringify(data),
      id,
      guildId,
    ]);
  }

  delete(guildId: string, id: string): void {
    this.db.run("DELETE FROM source_drafts WHERE id = ? AND guild_id = ?", [id, guildId]);
  }

  private prune(): void {
    const cutoff = new Date(this.now().getTime() - DRAFT_TTL_MS).toISOString();
    this.db.run("DELETE FROM source_drafts WHERE created_at < ?", [cutoff]);
  }
}
