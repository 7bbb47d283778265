/**
 * The floor for `npm run bench:e2e -- --floor`: the simplest discord.js v14 bot there is. One
 * intent, no caches beyond discord.js's required ones, and a constant "ok" reply to every
 * command: no engine, no router, no logging, no database. Whatever latency this shows at a given
 * load is what discord.js's gateway and REST stack (and the test server) cost on this machine
 * before Attaché does any work.
 *
 *   DISCORD_TOKEN=… DISCORD_API_URL=http://127.0.0.1:PORT/api node --import tsx bench/floor-bot.ts
 */
import { Client, Events, GatewayIntentBits, Options } from "discord.js";

const token = process.env.DISCORD_TOKEN;
const api = process.env.DISCORD_API_URL;
if (!token || !api) {
  console.error("floor-bot: DISCORD_TOKEN and DISCORD_API_URL are required");
  process.exit(1);
}

// discord.js reads SHARD_COUNT itself: the bench blanks every setting, and a blank one is 0 shards.
for (const name of ["SHARD_COUNT", "SHARDS"]) if (!process.env[name]) delete process.env[name];

const client = new Client({
  intents: [GatewayIntentBits.Guilds],
  rest: { api },
  allowedMentions: { parse: [] },
  makeCache: Options.cacheWithLimits({ MessageManager: 0, ReactionManager: 0, GuildMemberManager: 0 }),
});

client.on(Events.InteractionCreate, (interaction) => {
  if (interaction.isChatInputCommand()) {
    interaction.reply({ content: "ok" }).catch((error: unknown) => console.error(error));
  }
});

const stop = () => {
  client.destroy().finally(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);

await client.login(token);
