import { SlashCommandBuilder, type SlashCommandStringOption } from "discord.js";
import { type CommandContext, defineCommand, SERVER_MODERATORS } from "../src/discord/command.ts";
import type { ModerationAction } from "../src/discord/moderation/custom-id.ts";
import { reasonOption } from "../src/discord/moderation/options.ts";
import { onSourceButton, runSourceCommand, submitSourceForm } from "../src/discord/moderation/source-flow.ts";
import {
  onTakeBackButton,
  runTakeBackCommand,
  sourceChoices,
  TAKE_BACK_SUBCOMMANDS,
  type TakeBackSubcommand,
} from "../src/discord/moderation/source-take-back.ts";
import { ephemeral, withoutForms } from "../src/discord/moderation/views.ts";

const sourceOption = (option: SlashCommandStringOption) =>
  option
    .setName("source")
    .setDescription("The article (start typing: outlet, date or title)")
    .setRequired(true)
    .setMaxLength(300)
    .setAutocomplete(true);

/**
 * /source add: moderators turn a news article into facts for their server, reviewed before saving.
 * /source remove and /source restore: take an approved article back (its facts, event and the
 * entities only it named), and bring it back.
 */
export default defineCommand({
  data: new SlashCommandBuilder()
    .setName("source")
    .setDescription("Moderators: draft facts from a news article, review them, then save them here")
    .addSubcommand((sub) =>
      sub
        .setName("add")
        .setDescription("Draft facts from an article (attach a .txt/.md file, or paste it into a form)")
        .addStringOption((option) =>
          option.setName("outlet").setDescription("Who published it").setRequired(true).setMaxLength(100),
        )
        .addStringOption((option) =>
          option
            .setName("date")
            .setDescription("When it was published, YYYY-MM-DD")
            .setRequired(true)
            .setMinLength(10)
            .setMaxLength(10),
        )
        .addAttachmentOption((option) =>
          option
            .setName("file")
            .setDescription("The article as a .txt or .md file (else a form opens to paste it)"),
        )
        .addStringOption((option) =>
          option.setName("link").setDescription("The article's web address").setMaxLength(500),
        )
        .addStringOption((option) =>
          option.setName("title").setDescription("The headline").setMaxLength(300),
        ),
    )
    .addSubcommand((sub) =>
      sub
        .setName("remove")
        .setDescription("Take back an approved article: its facts, its event, the entities only it named")
        .addStringOption(sourceOption)
        .addStringOption(reasonOption),
    )
    .addSubcommand((sub) =>
      sub
        .setName("restore")
        .setDescription("Bring back what /source remove took back of an article")
        .addStringOption(sourceOption),
    )
    .setDefaultMemberPermissions(SERVER_MODERATORS.defaultMemberPermissions)
    .setContexts(...SERVER_MODERATORS.contexts)
    .setIntegrationTypes(...SERVER_MODERATORS.integrationTypes)
    .toJSON(),

  interact: (ctx) => {
    const sub = takeBack(ctx);
    return sub ? runTakeBackCommand(ctx, sub) : runSourceCommand(ctx);
  },
  // A file is downloaded, then drafted (on a worker thread, whose first draft loads the drafter
  // for a few seconds): acknowledge first (with no file a form opens, which must be the first reply).
  slow: (ctx) => ctx.options.attachment?.("file") !== undefined,
  execute: (ctx) => {
    const sub = takeBack(ctx);
    return sub
      ? withoutForms(runTakeBackCommand(ctx, sub))
      : ephemeral("Send articles from Discord, or draft them with `npm run facts -- draft`.");
  },
  ephemeralWhenDeferred: () => true,
  // remove only asks to confirm (its button writes); restore writes at once.
  writes: (ctx) => takeBack(ctx) === "restore",

  autocomplete(ctx) {
    const sub = takeBack(ctx);
    return ctx.focused.name === "source" && sub ? sourceChoices(ctx, ctx.focused.value, sub) : [];
  },

  moderationKinds: [
    "source-form",
    "source-page",
    "source-approve",
    "source-drop",
    "source-edit",
    "source-edit-form",
    "source-remove",
    "source-restore",
  ],
  onModerationComponent: (ctx, action: ModerationAction) =>
    action.kind === "source-remove" || action.kind === "source-restore"
      ? onTakeBackButton(ctx, action)
      : onSourceButton(ctx, action),
  onSubmit: submitSourceForm,
});

function takeBack(ctx: CommandContext): TakeBackSubcommand | undefined {
  const sub = ctx.options.subcommand?.();
  return TAKE_BACK_SUBCOMMANDS.find((name) => name === sub);
}
