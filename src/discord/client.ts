import {
  ActivityType,
  Client,
  type ClientOptions,
  GatewayIntentBits,
  Options,
  Partials,
  PresenceUpdateStatus,
} from "discord.js";
import type { Config } from "../config/env.ts";
import { NO_MENTIONS } from "./render.ts";

/**
 * Intents: Guilds (interactions and channel data), GuildMessages (mentions in servers),
 * DirectMessages (DM questions). MessageContent is privileged and not needed: Discord delivers
 * the content of DMs and of messages that mention the bot without it. Requesting it when the
 * Developer Portal has it switched off ends the connection (close code 4014), so it is opt-in.
 * Partials.Channel: DM channels are not cached, and without it their messages are dropped.
 */
export function clientOptions(config: Pick<Config, "apiUrl" | "messageContentIntent">): ClientOptions {
  return {
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      ...(config.messageContentIntent ? [GatewayIntentBits.MessageContent] : []),
    ],
    partials: [Partials.Channel],
    // Belt and braces with the per-reply setting: nothing the bot sends can ping anyone.
    allowedMentions: NO_MENTIONS,
    // The REST base also decides the gateway: discord.js asks GET /gateway/bot on it.
    rest: config.apiUrl ? { api: config.apiUrl } : {},
    // Replies never need old messages; keeping none bounds memory on busy servers.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      ReactionManager: 0,
    }),
    presence: {
      status: PresenceUpdateStatus.Online,
      activities: [{ name: "questions", type: ActivityType.Custom, state: "Ask me with /ask or a DM" }],
    },
  };
}

export function createClient(config: Pick<Config, "apiUrl" | "messageContentIntent">): Client {
  return new Client(clientOptions(config));
}
