import { SlashCommandBuilder, type SlashCommandStringOption } from "discord.js";
import { defineCommand, SERVER_MODERATORS } from "../src/discord/command.ts";
import {
  entityChoices,
  onEntityButton,
  runEntityCommand,
  submitEntityForm,
} from "../src/discord/moderation/entity-flow.ts";
import { reasonOption, revisionOption } from "../src/discord/moderation/options.ts";
import { withoutForms } from "../src/discord/moderation/views.ts";

const nameOption = (option: SlashCommandStringOption) =>
  option
    .setName("name")
    .setDescription("Who or what (start typing to search)")
    .setRequired(true)
    .setMaxLength(200)
    .setAutocomplete(true);

/** /entity: moderators add, edit and remove the people, countries, organisations and places of their server. */
export default defineCommand({
  data: new SlashCommandBuilder()
    .setName("entity")
    .setDescription("Moderators: add or edit a person, country, organisation or place in this server")
    .addSubcommand((sub) =>
      sub
        .setName("add")
        .setDescription("Add someone or something this server's facts can name (opens a form)"),
    )
    .addSubcommand((sub) =>
      sub
        .setName("edit")
        .setDescription("Change a name, kind, description or other names (opens a form)")
        .addStringOption(nameOption),
    )
    .addSubcommand((sub) =>
      sub
        .setName("remove")
        .setDescription("Remove one this server added (refused while facts name it; revert brings it back)")
        .addStringOption(nameOption)
        .addStringOption(reasonOption),
    )
    .addSubcommand((sub) =>
      sub
        .setName("revert")
        .setDescription("Make it what it was at an earlier revision (see history)")
        .addStringOption(nameOption)
        .addIntegerOption(revisionOption)
        .addStringOption(reasonOption),
    )
    .addSubcommand((sub) =>
      sub
        .setName("history")
        .setDescription("Every revision in this server: who, when, why")
        .addStringOption(nameOption),
    )
    .setDefaultMemberPermissions(SERVER_MODERATORS.defaultMemberPermissions)
    .setContexts(...SERVER_MODERATORS.contexts)
    .setIntegrationTypes(...SERVER_MODERATORS.integrationTypes)
    .toJSON(),

  interact: runEntityCommand,
  execute: (ctx) => withoutForms(runEntityCommand(ctx)),
  ephemeralWhenDeferred: () => true,
  writes: (ctx) => ["revert", "remove"].includes(ctx.options.subcommand?.() ?? ""),

  autocomplete(ctx) {
    if (ctx.focused.name !== "name") return [];
    const sub = ctx.options.subcommand?.();
    return entityChoices(ctx, ctx.focused.value, { removed: sub === "history" || sub === "revert" });
  },

  moderationKinds: ["entity-form", "entity-edit-form", "reopen"],
  onModerationComponent: onEntityButton,
  onSubmit: submitEntityForm,
});
