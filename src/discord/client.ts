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
import type { ShardOfProcess } from "../sharding/shard-process.ts";
import { mayBeQuestion } from "./messages.ts";
import { NO_MENTIONS } from "./render.ts";

/**
 * Intents: Guilds (interactions and channel data), GuildMessages (mentions in servers),
 * DirectMessages (DM questions). MessageContent is privileged and not needed: Discord delivers
 * the content of DMs and of messages that mention the bot without it. Requesting it when the
 * Developer Portal has it switched off ends the connection (close code 4014), so it is opt-in.
 * Partials.Channel: DM channels are not cached, and without it their messages are dropped.
 */
export function clientOptions(
  config: Pick<Config, "apiUrl" | "messageContentIntent">,
  shard?: ShardOfProcess,
): ClientOptions {
  return {
    // One shard of several (SHARD_COUNT): Discord sends this connection only its own servers' events.
    ...(shard ? { shards: [shard.id], shardCount: shard.count } : {}),
    intents: [
      GatewayIntentBits.Guilds,
      GatewayIntentBits.GuildMessages,
      GatewayIntentBits.DirectMessages,
      ...(config.messageContentIntent ? [GatewayIntentBits.MessageContent] : []),
    ],
    partials: [Partials.Channel],
    // Belt and braces with the per-reply setting: nothing the bot sends can ping anyone.
    allowedMentions: NO_MENTIONS,
    // Every body the bot sends is built as Discord's own JSON (render.ts, form-model.ts): nothing
    // to convert, so discord.js's default camelCase → snake_case walk over each reply is skipped.
    jsonTransformer: (value: unknown) => value,
    // The REST base also decides the gateway: discord.js asks GET /gateway/bot on it.
    rest: config.apiUrl ? { api: config.apiUrl } : {},
    // Replies never need old messages, and permissions come with each interaction, never from a
    // cache: keeping no messages and no members (but the bot's own) bounds memory on busy servers
    // and spares re-patching a cached member on every interaction.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      MessageManager: 0,
      ReactionManager: 0,
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
    }),
    presence: {
      status: PresenceUpdateStatus.Online,
      activities: [{ name: "questions", type: ActivityType.Custom, state: "Ask me with /ask or a DM" }],
    },
  };
}

export function createClient(
  config: Pick<Config, "apiUrl" | "messageContentIntent">,
  shard?: ShardOfProcess,
): Client {
  const client = new Client(clientOptions(config, shard));
  skipMessagesForOthers(client);
  return client;
}

/**
 * With the server-messages intent Discord sends every message in every channel the bot can see,
 * including each of the bot's own public answers. discord.js builds a full Message (author,
 * member, embeds, components, mentions) for each before any listener can look at it; only
 * messages that may be questions for the bot (see `mayBeQuestion`) are worth that. The filter sits
 * in front of discord.js's message-create handler, which the public API does not expose: if a
 * discord.js version moves it, nothing is filtered and everything works as before.
 */
function skipMessagesForOthers(client: Client): void {
  const actions: unknown = Reflect.get(client, "actions");
  const action: unknown =
    typeof actions === "object" && actions ? Reflect.get(actions, "MessageCreate") : undefined;
  const handle: unknown = typeof action === "object" && action ? Reflect.get(action, "handle") : undefined;
  if (typeof handle !== "function") return;
  const original = handle.bind(action) as (data: unknown) => unknown;
  Reflect.set(action as object, "handle", (data: unknown) =>
    mayBeQuestion(data, client.user?.id, (guildId) =>
      client.user ? client.guilds.cache.get(guildId)?.roles.botRoleFor(client.user)?.id : undefined,
    )
      ? original(data)
      : {},
  );
}
