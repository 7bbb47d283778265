import { SlashCommandBuilder } from "discord.js";
import { defineCommand, EVERYWHERE } from "../src/discord/command.ts";
import { formatDate } from "../src/engine/compose.ts";

/** /about: version, how much the bot knows and how fresh that knowledge is. */
export default defineCommand({
  data: new SlashCommandBuilder()
    .setName("about")
    .setDescription("Version, and how many events, facts and sources I know")
    .setContexts(...EVERYWHERE.contexts)
    .setIntegrationTypes(...EVERYWHERE.integrationTypes)
    .toJSON(),

  execute(ctx) {
    const { engine, version } = ctx.services;
    const stats = engine.stats(ctx.scope);
    const edited = ctx.scope !== undefined && engine.knowledge(ctx.scope) !== engine.base;
    return {
      cards: [
        {
          tone: "info",
          title: "About Attaché",
          description:
            "A bot that answers questions about diplomatic events from a curated store of facts. " +
            "Every answer quotes its source, and it says so when it does not know.",
          fields: [
            { name: "Version", value: version, inline: true },
            { name: "Events", value: String(stats.events), inline: true },
            { name: "Facts", value: String(stats.facts), inline: true },
            { name: "Sources", value: String(stats.sources), inline: true },
            { name: "Entities", value: String(stats.entities), inline: true },
            {
              name: "Knowledge as of",
              value: stats.newestSource ? formatDate(stats.newestSource) : "no sources yet",
              inline: true,
            },
          ],
          footer: edited ? "Includes this server's own edits." : "Shared knowledge base.",
        },
      ],
    };
  },
});
