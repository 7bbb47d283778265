import { SlashCommandBuilder } from "discord.js";
import { defineCommand, SERVER_MODERATORS } from "../src/discord/command.ts";
import { truncate } from "../src/discord/limits.ts";
import { safeText } from "../src/discord/markdown.ts";
import { requireModerator } from "../src/discord/moderation/gate.ts";
import { ephemeral } from "../src/discord/moderation/views.ts";
import type { ReplyModel } from "../src/discord/reply-model.ts";
import { phraseKey } from "../src/engine/language/normalize.ts";

/** /alias add: another name for a person, country or organisation, so questions using it resolve. */
export default defineCommand({
  data: new SlashCommandBuilder()
    .setName("alias")
    .setDescription("Moderators: teach this server another name for a person, country or organisation")
    .addSubcommand((sub) =>
      sub
        .setName("add")
        .setDescription("Add another name (an abbreviation, a spelling) for someone or something")
        .addStringOption((option) =>
          option
            .setName("entity")
            .setDescription("Who or what (start typing to search)")
            .setRequired(true)
            .setMaxLength(200)
            .setAutocomplete(true),
        )
        .addStringOption((option) =>
          option
            .setName("alias")
            .setDescription("The other name, e.g. Sarybai")
            .setRequired(true)
            .setMaxLength(200),
        )
        .addStringOption((option) =>
          option.setName("reason").setDescription("Why (kept in the history)").setMaxLength(200),
        ),
    )
    .setDefaultMemberPermissions(SERVER_MODERATORS.defaultMemberPermissions)
    .setContexts(...SERVER_MODERATORS.contexts)
    .setIntegrationTypes(...SERVER_MODERATORS.integrationTypes)
    .toJSON(),

  execute(ctx): ReplyModel {
    const gate = requireModerator(ctx);
    if (!gate.ok) return ephemeral(gate.message);
    const { mod } = gate;
    const entity = ctx.options.string("entity") ?? "";
    const alias = ctx.options.string("alias") ?? "";
    const reason = ctx.options.string("reason")?.trim() || undefined;
    const result = mod.storage.facts.addAlias(mod.guildId, mod.actor, entity, alias, reason);
    if (result.ok) {
      const name =
        ctx.services.engine.knowledge(mod.guildId).entity(result.entityId)?.name ?? result.entityId;
      ctx.services.logger.info("alias added", {
        guildId: mod.guildId,
        entityId: result.entityId,
        userId: ctx.userId,
      });
      return ephemeral(
        `“${safeText(result.alias)}” now also names **${safeText(name)}** in this server: ` +
          "questions that use it are answered from the facts about them.",
      );
    }
    if (result.kind === "unchanged") return ephemeral(`Nothing to add: ${safeText(result.message)}.`);
    const lines = result.problems.map((problem) => {
      const candidates = problem.candidates?.length
        ? ` (did you mean ${problem.candidates.join(", ")}?)`
        : "";
      return `• **${problem.field}**: ${safeText(problem.message + candidates)}`;
    });
    return ephemeral(`Nothing was added:\n${lines.join("\n")}`);
  },

  ephemeralWhenDeferred: () => true,

  autocomplete(ctx) {
    if (ctx.focused.name !== "entity" || !requireModerator(ctx, "moderator", { quiet: true }).ok) return [];
    const typed = phraseKey(ctx.focused.value);
    const kb = ctx.services.engine.knowledge(ctx.scope);
    return [...kb.allEntities()]
      .filter(
        (entity) =>
          !typed ||
          entity.id.includes(typed) ||
          [entity.name, ...entity.aliases].some((name) => phraseKey(name).includes(typed)),
      )
      .slice(0, 25)
      .map((entity) => ({ name: truncate(`${entity.name} — ${entity.description}`, 100), value: entity.id }));
  },
});
