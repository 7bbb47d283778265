import { SlashCommandBuilder } from "discord.js";
import {
  type CommandContext,
  defineCommand,
  type Requester,
  SERVER_MODERATORS,
} from "../src/discord/command.ts";
import { shortHash } from "../src/discord/custom-id.ts";
import { fitChoices, truncate } from "../src/discord/limits.ts";
import { safeText } from "../src/discord/markdown.ts";
import { type Moderator, requireModerator } from "../src/discord/moderation/gate.ts";
import { ephemeral } from "../src/discord/moderation/views.ts";
import type { ReplyModel } from "../src/discord/reply-model.ts";
import { entitiesSeen } from "../src/discord/server-view.ts";
import { listInWords } from "../src/engine/collections.ts";
import { phraseKey } from "../src/engine/language/normalize.ts";

/**
 * /alias add | remove | list: the other names this server gives people, countries and
 * organisations, so questions using them resolve; a wrong one can be taken back.
 */
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
            .setDescription("The other name, e.g. J. Doe")
            .setRequired(true)
            .setMaxLength(200),
        )
        .addStringOption((option) =>
          option.setName("reason").setDescription("Why (kept in the history)").setMaxLength(200),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName("remove")
        .setDescription("Take back a name this server added")
        .addStringOption((option) =>
          option
            .setName("alias")
            .setDescription("The name to take back (start typing to search this server's names)")
            .setRequired(true)
            .setMaxLength(200)
            .setAutocomplete(true),
        )
        .addStringOption((option) =>
          option.setName("reason").setDescription("Why (kept in the history)").setMaxLength(200),
        ),
    )
    .addSubcommand((sub) => sub.setName("list").setDescription("The names this server has added"))
    .setDefaultMemberPermissions(SERVER_MODERATORS.defaultMemberPermissions)
    .setContexts(...SERVER_MODERATORS.contexts)
    .setIntegrationTypes(...SERVER_MODERATORS.integrationTypes)
    .toJSON(),

  execute(ctx): ReplyModel {
    const gate = requireModerator(ctx);
    if (!gate.ok) return ephemeral(gate.message);
    const { mod } = gate;
    const subcommand = ctx.options.subcommand?.();
    if (subcommand === "list") return listAliases(ctx, mod);
    if (subcommand === "remove") return removeAlias(ctx, mod);
    const entity = ctx.options.string("entity") ?? "";
    const alias = ctx.options.string("alias") ?? "";
    const reason = ctx.options.string("reason")?.trim() || undefined;
    const result = mod.storage.facts.addAlias(mod.guildId, mod.actor, entity, alias, reason);
    if (result.ok) {
      const kb = ctx.services.engine.knowledge(mod.guildId);
      const nameOf = (id: string) => `**${safeText(kb.entity(id)?.name ?? id)}**`;
      ctx.services.logger.info("alias added", {
        guildId: mod.guildId,
        entityId: result.entityId,
        userId: ctx.userId,
      });
      if (result.sharedWith) {
        // Namesakes: a question that uses the name and nothing else that picks one asks which.
        const named = [...result.sharedWith, result.entityId].map(nameOf);
        return ephemeral(
          `“${safeText(result.alias)}” now names ${named.length === 2 ? "both " : ""}${listInWords(named)} ` +
            "in this server: a question that uses it and nothing else that says which is asked which one is meant.",
        );
      }
      return ephemeral(
        `“${safeText(result.alias)}” now also names ${nameOf(result.entityId)} in this server: ` +
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
  writes: (ctx) => ctx.options.subcommand?.() !== "list",

  autocomplete(ctx) {
    const gate = requireModerator(ctx, "moderator", { quiet: true });
    if (!gate.ok) return [];
    const typed = phraseKey(ctx.focused.value);
    if (ctx.focused.name === "alias" && ctx.options.subcommand?.() === "remove") {
      return fitChoices(
        ownAliases(ctx, gate.mod)
          .filter((entry) => !typed || phraseKey(entry.alias).includes(typed))
          .map((entry) => ({ name: truncate(`${entry.alias} — ${entry.name}`, 100), value: entry.value })),
      );
    }
    if (ctx.focused.name !== "entity") return [];
    return entitiesSeen(ctx)
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

/**
 * This server's names, with whom they name. `value` is what /alias remove receives back from
 * autocomplete: a short key (an alias may be 200 characters, a choice's value at most 100).
 */
function ownAliases(ctx: Requester, mod: Moderator) {
  const kb = ctx.services.engine.knowledge(mod.guildId);
  return mod.storage.facts.aliases(mod.guildId).map(({ entityId, alias }) => ({
    entityId,
    alias,
    name: kb.entity(entityId)?.name ?? entityId,
    value: `${CHOSEN}${shortHash(`${entityId}:${phraseKey(alias)}`)}`,
  }));
}

/** Marks a value picked from autocomplete; what a moderator types is an alias, looked up by name. */
const CHOSEN = "\u241f";

function listAliases(ctx: Requester, mod: Moderator): ReplyModel {
  const names = ownAliases(ctx, mod);
  if (names.length === 0) {
    return ephemeral("This server has not added any names. Moderators can with `/alias add`.");
  }
  const lines = names.map((entry) => `• “${safeText(entry.alias)}” → **${safeText(entry.name)}**`);
  return ephemeral(truncate(`Names this server has added (${names.length}):\n${lines.join("\n")}`, 1900));
}

function removeAlias(ctx: CommandContext, mod: Moderator): ReplyModel {
  const chosen = ctx.options.string("alias") ?? "";
  const reason = ctx.options.string("reason")?.trim() || undefined;
  const own = ownAliases(ctx, mod);
  const matches = chosen.startsWith(CHOSEN)
    ? own.filter((entry) => entry.value === chosen)
    : own.filter((entry) => phraseKey(entry.alias) === phraseKey(chosen));
  const alias = matches[0]?.alias ?? chosen;
  if (matches.length === 0) {
    return ephemeral(`This server has not added the name “${safeText(alias)}”. See \`/alias list\`.`);
  }
  if (matches.length > 1) {
    return ephemeral(
      `“${safeText(alias)}” names more than one entity here: pick one from the suggestions as you type.`,
    );
  }
  const result = mod.storage.facts.removeAlias(mod.guildId, mod.actor, matches[0]!.entityId, alias, reason);
  if (!result.ok) {
    const message =
      result.kind === "not-found" ? result.message : result.problems.map((p) => p.message).join("; ");
    return ephemeral(`Nothing was removed: ${safeText(message)}.`);
  }
  const name = ctx.services.engine.knowledge(mod.guildId).entity(result.entityId)?.name ?? result.entityId;
  ctx.services.logger.info("alias removed", {
    guildId: mod.guildId,
    entityId: result.entityId,
    userId: ctx.userId,
  });
  return ephemeral(`“${safeText(result.alias)}” no longer names **${safeText(name)}** in this server.`);
}
