import { SlashCommandBuilder, type SlashCommandStringOption } from "discord.js";
import { defineCommand, SERVER_MODERATORS } from "../src/discord/command.ts";
import { LIST_FILTERS } from "../src/discord/moderation/custom-id.ts";
import {
  factChoices,
  onFactButton,
  runFactCommand,
  submitFactForm,
} from "../src/discord/moderation/fact-flow.ts";
import { reasonOption, revisionOption } from "../src/discord/moderation/options.ts";
import { withoutForms } from "../src/discord/moderation/views.ts";

const idOption = (description: string) => (option: SlashCommandStringOption) =>
  option.setName("id").setDescription(description).setRequired(true).setMaxLength(200).setAutocomplete(true);

/** /fact: moderators keep their server's facts current (add, edit, remove, revert, gaps, export). */
export default defineCommand({
  data: new SlashCommandBuilder()
    .setName("fact")
    .setDescription("Moderators: add, edit or remove this server's facts; see gaps and history")
    .addSubcommand((sub) => sub.setName("add").setDescription("Add a fact to this server (opens a form)"))
    .addSubcommand((sub) =>
      sub
        .setName("edit")
        .setDescription("Change a fact in this server (opens a form)")
        .addStringOption(idOption("The fact (start typing to search)")),
    )
    .addSubcommand((sub) =>
      sub
        .setName("remove")
        .setDescription("Stop using a fact in this server (can be reverted)")
        .addStringOption(idOption("The fact (start typing to search)"))
        .addStringOption(reasonOption),
    )
    .addSubcommand((sub) =>
      sub
        .setName("history")
        .setDescription("Every revision of a fact in this server: who, when, why")
        .addStringOption(idOption("The fact (start typing to search; removed ones too)")),
    )
    .addSubcommand((sub) =>
      sub
        .setName("revert")
        .setDescription("Make a fact as it was at an earlier revision (see history)")
        .addStringOption(idOption("The fact (start typing to search; removed ones too)"))
        .addIntegerOption(revisionOption)
        .addStringOption(reasonOption),
    )
    .addSubcommand((sub) =>
      sub
        .setName("list")
        .setDescription("Browse this server's facts")
        .addStringOption((option) =>
          option
            .setName("query")
            .setDescription("Words the facts must contain, or part of an id")
            .setMaxLength(200),
        )
        .addStringOption((option) =>
          option
            .setName("show")
            .setDescription("Which facts (default: those answered here)")
            .addChoices(
              { name: "answered here", value: LIST_FILTERS[0] },
              { name: "changed here (added, edited, removed)", value: LIST_FILTERS[1] },
              { name: "removed here", value: LIST_FILTERS[2] },
              { name: "all", value: LIST_FILTERS[3] },
            ),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName("gaps")
        .setDescription("Questions asked here that got no answer or a 👎, most frequent first"),
    )
    .addSubcommand((sub) =>
      sub.setName("export").setDescription("This server's own facts and edits as a JSON file (data/ layout)"),
    )
    .setDefaultMemberPermissions(SERVER_MODERATORS.defaultMemberPermissions)
    .setContexts(...SERVER_MODERATORS.contexts)
    .setIntegrationTypes(...SERVER_MODERATORS.integrationTypes)
    .toJSON(),

  interact: runFactCommand,
  execute: (ctx) => withoutForms(runFactCommand(ctx)),
  ephemeralWhenDeferred: () => true,
  // Only revert writes at once; add and edit open a form, remove asks to confirm first.
  writes: (ctx) => ctx.options.subcommand?.() === "revert",

  autocomplete(ctx) {
    if (ctx.focused.name !== "id") return [];
    const sub = ctx.options.subcommand?.();
    return factChoices(ctx, ctx.focused.value, sub === "history" || sub === "revert" ? "all" : "visible");
  },

  moderationKinds: [
    "add-form",
    "edit-form",
    "open-draft",
    "gap",
    "edit",
    "remove",
    "cancel",
    "list",
    "history",
    "new-name",
    "event-fact",
    "event-fact-form",
  ],
  onModerationComponent: onFactButton,
  onSubmit: submitFactForm,
});
