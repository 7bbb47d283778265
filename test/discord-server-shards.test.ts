/**
 * The test Discord server routes by shard as Discord does: a connection that identifies with
 * `shard: [id, count]` is told only of the servers where `(guild_id >> 22) % count === id`, gets
 * only their events, and shard 0 gets the direct messages. Proven with real discord.js clients.
 */
import { once } from "node:events";
import { Client, Events, GatewayIntentBits, Partials, REST, Routes } from "discord.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeDiscord, guildIdOnShard, shardOf, startFakeDiscord } from "./discord-server/index.ts";

const INTENTS = [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages];

interface ShardClient {
  client: Client;
  /** Ids of the interactions and messages this shard received. */
  received: string[];
}

async function connectShard(server: FakeDiscord, shard: number, count: number): Promise<ShardClient> {
  const client = new Client({
    intents: INTENTS,
    partials: [Partials.Channel],
    rest: { api: server.apiUrl },
    shards: [shard],
    shardCount: count,
  });
  const received: string[] = [];
  client.on(Events.InteractionCreate, (interaction) => received.push(interaction.id));
  client.on(Events.MessageCreate, (message) => received.push(message.id));
  const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(5_000) });
  await Promise.all([ready, client.login(server.token)]);
  return { client, received };
}

async function until(condition: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe("server ids and shards", () => {
  it("a server belongs to shard (id >> 22) % count, and guildIdOnShard makes one for any shard", () => {
    expect(shardOf("175928847299117063", 2)).toBe(Number((175928847299117063n >> 22n) % 2n));
    for (const count of [1, 2, 3, 16]) {
      for (let shard = 0; shard < count; shard++)
        expect(shardOf(guildIdOnShard(shard, count), count)).toBe(shard);
    }
  });
});

describe("two shards against the test Discord server", () => {
  let server: FakeDiscord;
  let zero: ShardClient;
  let one: ShardClient;
  beforeAll(async () => {
    server = await startFakeDiscord({
      recommendedShards: 2,
      maxConcurrency: 16,
      guildIds: { guild: guildIdOnShard(0, 2), otherGuild: guildIdOnShard(1, 2) },
    });
    zero = await connectShard(server, 0, 2);
    one = await connectShard(server, 1, 2);
  });
  afterAll(async () => {
    await zero?.client.destroy();
    await one?.client.destroy();
    await server?.close();
  });

  it("GET /gateway/bot recommends the configured number of shards", async () => {
    const rest = new REST({ api: server.apiUrl }).setToken(server.token);
    const result = (await rest.get(Routes.gatewayBot())) as {
      shards: number;
      session_start_limit: { max_concurrency: number };
    };
    expect(result.shards).toBe(2);
    expect(result.session_start_limit.max_concurrency).toBe(16);
  });

  it("each shard identifies with its own shard and is told only of its own servers", () => {
    expect(server.identifies.map((identify) => identify.shard)).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect([...zero.client.guilds.cache.keys()]).toEqual([server.guild.id]);
    expect([...one.client.guilds.cache.keys()]).toEqual([server.otherGuild.id]);
    const ready = server.dispatches.filter((dispatch) => dispatch.t === "READY");
    expect(ready.map((dispatch) => (dispatch.d as { shard: number[] }).shard)).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it("a server's interactions and messages go only to the shard that owns it", async () => {
    const inOther = server.sendInteraction({ kind: "command", name: "ask", guild: server.otherGuild });
    const inMain = server.sendInteraction({ kind: "command", name: "ask" });
    const mention = server.sendMessage({
      content: `<@${server.botUser.id}> hello`,
      channel: server.otherGuild.textChannel,
    });
    await until(() => one.received.length === 2 && zero.received.length === 1);
    expect(one.received).toEqual([inOther.id, mention.payload.id]);
    expect(zero.received).toEqual([inMain.id]);
    expect(mention.delivered).toHaveLength(1);
  });

  it("direct messages go to shard 0 only", async () => {
    const before = { zero: zero.received.length, one: one.received.length };
    const dm = server.sendMessage({
      content: "who chairs CICA?",
      author: server.users.outsider,
      channel: "dm",
    });
    const command = server.sendInteraction({ kind: "command", name: "ask", guild: null });
    await until(() => zero.received.length === before.zero + 2);
    expect(zero.received.slice(before.zero)).toEqual([dm.payload.id, command.id]);
    expect(one.received.length).toBe(before.one);
  });

  it("a connection without a shard still gets every server", async () => {
    const client = new Client({ intents: INTENTS, rest: { api: server.apiUrl } });
    try {
      const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(5_000) });
      await Promise.all([ready, client.login(server.token)]);
      expect([...client.guilds.cache.keys()].sort()).toEqual([server.guild.id, server.otherGuild.id].sort());
    } finally {
      await client.destroy();
    }
  });
});
