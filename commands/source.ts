import { SlashCommandBuilder } from "discord.js";
import { defineCommand, SERVER_MODERATORS } from "../src/discord/command.ts";
import { onSourceButton, runSourceCommand, submitSourceForm } from "../src/discord/moderation/source-flow.ts";
import { ephemeral } from "../src/discord/moderation/views.ts";

/** /source add: moderators turn a news article into facts for their server, reviewed before saving. */
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
    .setDefaultMemberPermissions(SERVER_MODERATORS.defaultMemberPermissions)
    .setContexts(...SERVER_MODERATORS.contexts)
    .setIntegrationTypes(...SERVER_MODERATORS.integrationTypes)
    .toJSON(),

  interact: runSourceCommand,
  // A file is downloaded, then drafted (on a worker thread, whose first draft loads the drafter
  // for a few seconds): acknowledge first (with no file a form opens, which must be the first reply).
  slow: (ctx) => ctx.options.attachment?.("file") !== undefined,
  execute: () => ephemeral("Send articles from Discord, or draft them with `npm run facts -- draft`."),
  ephemeralWhenDeferred: () => true,

  moderationKinds: [
    "source-form",
    "source-page",
    "source-approve",
    "source-drop",
    "source-edit",
    "source-edit-form",
  ],
  onModerationComponent: onSourceButton,
  onSubmit: submitSourceForm,
});
