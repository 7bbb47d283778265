import { ApplicationCommandOptionType, SlashCommandBuilder } from "discord.js";
import { defineCommand, EVERYWHERE } from "../src/discord/command.ts";

/** The order a newcomer needs them in; commands not listed follow. */
const ORDER = ["ask", "event", "facts", "help", "about"];

/** /help: what the bot does and every way to ask it, generated from the command set. */
export default defineCommand({
  data: new SlashCommandBuilder()
    .setName("help")
    .setDescription("How to ask me questions, and what each command does")
    .setContexts(...EVERYWHERE.contexts)
    .setIntegrationTypes(...EVERYWHERE.integrationTypes)
    .toJSON(),

  execute(ctx) {
    const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length);
    const commands = [...ctx.services.commands()]
      .sort((a, b) => rank(a.name) - rank(b.name))
      .map((command) => {
        const options = (command.options ?? [])
          .filter((option) => option.type !== ApplicationCommandOptionType.Subcommand)
          .map((option) => ("required" in option && option.required ? option.name : `[${option.name}]`));
        return `**/${command.name}** ${options.join(" ")}\n${command.description}`;
      })
      .join("\n");
    return {
      cards: [
        {
          tone: "info",
          title: "Attaché: answers about diplomatic events, with sources",
          description:
            "Ask in plain words; I answer only from curated facts and quote the article each answer comes " +
            "from. When I don't know, I say so and suggest questions I can answer.",
          fields: [
            { name: "Commands", value: commands },
            {
              name: "Other ways to ask",
              value:
                "• Send me a **direct message** with your question.\n" +
                "• **Mention me** in a server: `@Attaché who is the Secretary General of CICA?`",
            },
            {
              name: "Buttons on answers",
              value: "📚 shows every source behind an answer · 👍 / 👎 tell us whether it helped",
            },
          ],
          footer: "Answers are public unless you set private:true.",
        },
      ],
      ephemeral: true,
    };
  },
});
