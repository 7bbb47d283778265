import { SlashCommandBuilder } from "discord.js";
import { type CommandContext, defineCommand, SERVER_MODERATORS } from "../src/discord/command.ts";
import { safeText } from "../src/discord/markdown.ts";
import { requireModerator } from "../src/discord/moderation/gate.ts";
import { ephemeral, when } from "../src/discord/moderation/views.ts";
import type { ReplyModel } from "../src/discord/reply-model.ts";

const ROLE_ID = /^\d{17,20}$/;

/** /settings moderator-role: who, besides Manage Server, may change this server's facts. */
export default defineCommand({
  data: new SlashCommandBuilder()
    .setName("settings")
    .setDescription("Server admins: who may change this server's facts")
    .addSubcommand((sub) =>
      sub
        .setName("moderator-role")
        .setDescription("Show, set or clear the role whose members may change facts here")
        .addRoleOption((option) =>
          option.setName("role").setDescription("Members with this role may add, edit and remove facts"),
        )
        .addBooleanOption((option) =>
          option.setName("clear").setDescription("Remove the moderator role (Manage Server still moderates)"),
        ),
    )
    .setDefaultMemberPermissions(SERVER_MODERATORS.defaultMemberPermissions)
    .setContexts(...SERVER_MODERATORS.contexts)
    .setIntegrationTypes(...SERVER_MODERATORS.integrationTypes)
    .toJSON(),

  ephemeralWhenDeferred: () => true,
  // Showing the role reads; setting or clearing it writes.
  writes: (ctx) => ctx.options.string("role") !== undefined || ctx.options.boolean("clear") === true,

  execute(ctx): ReplyModel {
    const role = ctx.options.string("role");
    const clear = ctx.options.boolean("clear") === true;
    if (role === undefined && !clear) {
      // Showing it is for moderators; changing it for Manage Server only.
      const gate = requireModerator(ctx);
      if (!gate.ok) return ephemeral(gate.message);
      return ephemeral(describe(gate.mod.storage.store.settings.get(gate.mod.guildId)));
    }
    const gate = requireModerator(ctx, "manager");
    if (!gate.ok) return ephemeral(gate.message);
    const { mod } = gate;
    if (role !== undefined && clear) return ephemeral("Give either a role or clear:true, not both.");
    if (role !== undefined && !ROLE_ID.test(role)) return ephemeral("That is not a role of this server.");
    if (role === mod.guildId) {
      return ephemeral(
        "@everyone can't be the moderator role: it would let every member change the facts. Pick a role.",
      );
    }
    const settings = mod.storage.store.settings.setModeratorRole(
      mod.guildId,
      clear ? undefined : role,
      mod.actor,
    );
    ctx.services.logger.info("moderator role changed", {
      guildId: mod.guildId,
      roleId: settings.moderatorRoleId ?? null,
      userId: ctx.userId,
    });
    return ephemeral(
      clear
        ? "Cleared the moderator role: only members with Manage Server can change this server's facts now."
        : `Members with <@&${role}> can now add, edit and remove this server's facts (as can members with Manage Server). ${visibleTo(ctx)}`,
    );
  },
});

/**
 * Discord hides commands registered with default member permissions from members without them,
 * whatever the bot allows: the role sees them once an admin allows it on each (the bot cannot).
 */
function visibleTo(ctx: CommandContext): string {
  const hidden = ctx.services
    .commands()
    .filter((definition) => definition.default_member_permissions != null && definition.name !== "settings")
    .map((definition) => `/${definition.name}`);
  return `Discord shows the role ${hidden.join(", ")} once you allow it on each: Server Settings → Integrations → Attaché.`;
}

function describe(settings: {
  moderatorRoleId?: string;
  updatedBy?: { tag: string };
  updatedAt?: string;
}): string {
  if (!settings.moderatorRoleId) {
    return (
      "No moderator role is set: members with Manage Server can change this server's facts. " +
      "Set one with /settings moderator-role role:@Role."
    );
  }
  const by = settings.updatedBy
    ? ` (set by ${safeText(settings.updatedBy.tag)}, ${when(settings.updatedAt)})`
    : "";
  return (
    `Moderators here: members with Manage Server, and members with <@&${settings.moderatorRoleId}>${by}. ` +
    "Change it with /settings moderator-role role:@Role, or remove it with clear:true."
  );
}
