import { PermissionFlagsBits } from "discord.js";
import type { MemberInfo } from "../command.ts";

/**
 * Who may change a server's facts: a member with Manage Server (or Administrator), or a member
 * holding the role the server's admins named with /settings moderator-role. Decided only from
 * what the interaction itself says about the member (Discord computes `member.permissions` and
 * sends `member.roles` with every interaction), never from a cache, a custom_id or user input;
 * the command's default_member_permissions only hides it in the client and proves nothing.
 */

export type Verdict =
  | { ok: true; guildId: string; via: "manage-server" | "moderator-role" }
  | {
      ok: false;
      reason: "not-in-server" | "unknown-member" | "not-moderator" | "not-manager";
      message: string;
    };

export interface Asker {
  /** The server the interaction came from; absent in DMs and the console. */
  guildId?: string;
  member?: MemberInfo;
}

const MANAGE = PermissionFlagsBits.ManageGuild | PermissionFlagsBits.Administrator;

export const NOT_IN_SERVER =
  "Moderator commands work only in a server: they change that server's facts. Run it in the server.";
export const UNKNOWN_MEMBER =
  "Discord did not tell me your permissions in this server, so I can't let you change its facts.";

/** Whether the member may manage the server (set the moderator role). */
export function canManageServer(member: MemberInfo | undefined): boolean {
  return member !== undefined && (member.permissions & MANAGE) !== 0n;
}

/** Whether the asker may moderate this server's facts. */
export function moderatorVerdict(asker: Asker, moderatorRoleId: string | undefined): Verdict {
  const { guildId, member } = asker;
  if (!guildId) return { ok: false, reason: "not-in-server", message: NOT_IN_SERVER };
  if (!member) return { ok: false, reason: "unknown-member", message: UNKNOWN_MEMBER };
  if (canManageServer(member)) return { ok: true, guildId, via: "manage-server" };
  // The @everyone role has the server's id and is never listed in member.roles: it cannot be named.
  if (moderatorRoleId && moderatorRoleId !== guildId && member.roles.includes(moderatorRoleId)) {
    return { ok: true, guildId, via: "moderator-role" };
  }
  return {
    ok: false,
    reason: "not-moderator",
    message: moderatorRoleId
      ? "Only moderators can change this server's facts: members with Manage Server or the moderator role."
      : "Only moderators can change this server's facts: members with Manage Server. " +
        "(An admin can also name a moderator role with /settings moderator-role.)",
  };
}

/** Whether the asker may change server settings: Manage Server only, not the moderator role. */
export function managerVerdict(asker: Asker): Verdict {
  const { guildId, member } = asker;
  if (!guildId) return { ok: false, reason: "not-in-server", message: NOT_IN_SERVER };
  if (!member) return { ok: false, reason: "unknown-member", message: UNKNOWN_MEMBER };
  if (canManageServer(member)) return { ok: true, guildId, via: "manage-server" };
  return {
    ok: false,
    reason: "not-manager",
    message: "Only members with Manage Server can choose the moderator role.",
  };
}
