import type { Storage } from "../../storage/index.ts";
import type { Actor } from "../../storage/types.ts";
import type { Requester } from "../command.ts";
import { managerVerdict, moderatorVerdict, NOT_IN_SERVER } from "./permissions.ts";

/** A moderator's request, cleared: the server it changes (the interaction's own) and who they are. */
export interface Moderator {
  guildId: string;
  actor: Actor;
  storage: Storage;
}

export type Gate = { ok: true; mod: Moderator } | { ok: false; message: string };

export const NO_DATABASE =
  "Moderation is not available here: this instance of the bot runs without its database.";

/**
 * The check every moderator command, button and form submit runs first. The server is always
 * `ctx.scope` (the interaction's guild id): nothing a user typed or a custom_id carries can
 * point a write at another server.
 */
export function requireModerator(
  ctx: Requester,
  level: "moderator" | "manager" = "moderator",
  options: { quiet?: boolean } = {},
): Gate {
  if (!ctx.scope || ctx.surface !== "guild") return { ok: false, message: NOT_IN_SERVER };
  const storage = ctx.services.storage;
  if (!storage) return { ok: false, message: NO_DATABASE };
  const asker = { guildId: ctx.scope, ...(ctx.member ? { member: ctx.member } : {}) };
  const verdict =
    level === "manager"
      ? managerVerdict(asker)
      : moderatorVerdict(asker, storage.store.settings.get(ctx.scope).moderatorRoleId);
  if (!verdict.ok) {
    // Refusals are logged (without what was typed); autocomplete keystrokes quietly.
    ctx.services.logger[options.quiet ? "debug" : "info"]("moderation refused", {
      userId: ctx.userId,
      guildId: ctx.scope,
      reason: verdict.reason,
    });
    return { ok: false, message: verdict.message };
  }
  return {
    ok: true,
    mod: { guildId: verdict.guildId, actor: { userId: ctx.userId, tag: ctx.userTag ?? ctx.userId }, storage },
  };
}
