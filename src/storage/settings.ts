import type { SqlConnection } from "./sql.ts";
import type { Actor } from "./types.ts";

export interface GuildSettings {
  guildId: string;
  /** Members with this role may edit the server's facts; undefined until a server sets one. */
  moderatorRoleId?: string;
  updatedBy?: Actor;
  updatedAt?: string;
}

interface Row {
  guild_id: string;
  moderator_role_id: string | null;
  updated_by_id: string | null;
  updated_by_tag: string | null;
  updated_at: string;
}

/** Per-server settings. */
export class SettingsStore {
  constructor(
    private readonly db: SqlConnection,
    private readonly now: () => Date,
  ) {}

  get(guildId: string): GuildSettings {
    const row = this.db.get<Row>("SELECT * FROM guild_settings WHERE guild_id = ?", [guildId]);
    if (!row) return { guildId };
    return {
      guildId,
      ...(row.moderator_role_id ? { moderatorRoleId: row.moderator_role_id } : {}),
      ...(row.updated_by_id && row.updated_by_tag
        ? { updatedBy: { userId: row.updated_by_id, tag: row.updated_by_tag } }
        : {}),
      updatedAt: row.updated_at,
    };
  }

  /** Sets (or with `undefined` clears) the server's moderator role. */
  setModeratorRole(guildId: string, roleId: string | undefined, actor: Actor): GuildSettings {
    this.db.run(
      `INSERT INTO guild_settings (guild_id, moderator_role_id, updated_by_id, updated_by_tag, updated_at)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (guild_id) DO UPDATE SET moderator_role_id = excluded.moderator_role_id,
           updated_by_id = excluded.updated_by_id, updated_by_tag = excluded.updated_by_tag,
           updated_at = excluded.updated_at`,
      [guildId, roleId ?? null, actor.userId, actor.tag, this.now().toISOString()],
    );
    return this.get(guildId);
  }
}
