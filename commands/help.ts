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
    const describe = (command: ReturnType<typeof ctx.services.commands>[number]) => {
      const options = (command.options ?? [])
        .filter((option) => option.type !== ApplicationCommandOptionType.Subcommand)
        .map((option) => ("required" in option && option.required ? option.name : `[${option.name}]`));
      return `**/${command.name}** ${options.join(" ")}\n${command.description}`;
    };
    const all = [...ctx.services.commands()].sort((a, b) => rank(a.name) - rank(b.name));
    // Commands registered with required permissions are the moderators' ones.
    const forModerators = (command: (typeof all)[number]) => Boolean(command.default_member_permissions);
    const commands = all
      .filter((c) => !forModerators(c))
      .map(describe)
      .join("\n");
    const moderatorCommands = all
      .filter(forModerators)
      .map((c) => `**/${c.name}**`)
      .join(" · ");
    // The example comes from what this server's knowledge can answer, not from any one article.
    const example = ctx.services.engine.suggest("", ctx.scope).find((s) => s.endsWith("?")) ?? "who is …?";
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
            ...(moderatorCommands
              ? [{ name: "For moderators", value: `${moderatorCommands}\nKeep this server's facts current.` }]
              : []),
            {
              name: "Other ways to ask",
              value:
                "• Send me a **direct message** with your question.\n" +
                `• **Mention me** in a server: \`@Attaché ${example}\``,
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
