import { SlashCommandBuilder } from "discord.js";
import { ANSWER_COMPONENT_KINDS, ask, onAnswerComponent } from "../src/discord/ask-flow.ts";
import { defineCommand, EVERYWHERE } from "../src/discord/command.ts";
import { fitChoices } from "../src/discord/limits.ts";
import { MAX_QUESTION_CHARS } from "../src/engine/query.ts";

/** /ask: a question in, a cited answer out (or an honest "I don't know" with suggestions). */
export default defineCommand({
  data: new SlashCommandBuilder()
    .setName("ask")
    .setDescription("Ask about the diplomatic events I know; every answer cites its source")
    .addStringOption((option) =>
      option
        .setName("question")
        .setDescription("Your question in plain words, e.g. Who hosted the meeting?")
        .setRequired(true)
        .setMaxLength(MAX_QUESTION_CHARS)
        .setAutocomplete(true),
    )
    .addBooleanOption((option) =>
      option.setName("private").setDescription("Only you see the answer (default: the whole channel does)"),
    )
    .setContexts(...EVERYWHERE.contexts)
    .setIntegrationTypes(...EVERYWHERE.integrationTypes)
    .toJSON(),

  async execute(ctx) {
    const question = ctx.options.string("question") ?? "";
    const privately = ctx.options.boolean("private");
    const outcome = await ask(ctx, question, privately === undefined ? {} : { private: privately });
    return outcome.reply;
  },

  autocomplete(ctx) {
    const suggestions = ctx.services.engine.suggest(ctx.focused.value, ctx.scope);
    return fitChoices(suggestions.map((text) => ({ name: text, value: text })));
  },

  // A refusal is private by default, an answer public: the deferral follows the `private` option.
  ephemeralWhenDeferred: (ctx) => ctx.options.boolean("private") === true,

  componentKinds: ANSWER_COMPONENT_KINDS,
  onComponent: onAnswerComponent,
});
