/**
 * SHARD_COUNT end to end: `src/main.ts` starts discord.js's ShardingManager, which runs two shard
 * processes against the test Discord server; one server is routed to each shard. Every question is
 * answered by exactly one shard (the one Discord routes the server to), DMs by shard 0, and a
 * moderator's edit in one server stays in that server.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeDiscord, guildIdOnShard, startFakeDiscord } from "../discord-server/index.ts";
import {
  ask,
  type BotProcess,
  botEnv,
  EPHEMERAL,
  embeds,
  FOUNDED_FACT as NEW_FACT,
  FOUNDED_QUESTION as QUESTION,
  type Session,
  spawnBot,
  submit,
} from "./support.ts";

let discord: FakeDiscord;
let bot: BotProcess;
let s: Session;
let dir: string;
beforeAll(async () => {
  discord = await startFakeDiscord({
    recommendedShards: 2,
    maxConcurrency: 16,
    guildIds: { guild: guildIdOnShard(0, 2), otherGuild: guildIdOnShard(1, 2) },
  });
  dir = mkdtempSync(join(tmpdir(), "attache-shards-"));
  bot = spawnBot(
    botEnv({
      DISCORD_API_URL: discord.apiUrl,
      DISCORD_TOKEN: discord.token,
      DATABASE_PATH: join(dir, "attache.db"),
      DEPLOY_COMMANDS_ON_START: "true",
      LOG_LEVEL: "info",
      SHARD_COUNT: "auto",
    }),
  );
  await bot.waitForLine((line) => line.includes('"msg":"shards ready"'), "both shards ready", 60_000);
  // Each shard's own "connected" line may come just after the manager heard it was ready.
  for (const shard of [0, 1]) {
    await bot.waitForLine(
      (line) => line.includes('"msg":"connected"') && line.includes(`"shard":${shard},`),
      `shard ${shard} connected`,
      10_000,
    );
  }
  s = {
    discord,
    dbPath: join(dir, "attache.db"),
    bot,
    restart: () => Promise.reject(new Error("not used here")),
    close: () => Promise.resolve(),
  };
}, 90_000);
afterAll(async () => {
  await bot?.stop(20_000);
  await discord?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The log lines (JSON) of the shard processes about one interaction. */
function linesAbout(interactionId: string): { shard?: number }[] {
  return bot.lines
    .filter((line) => line.startsWith("{") && line.includes(interactionId))
    .map((line) => JSON.parse(line) as { shard?: number });
}

/** Asks, and returns the answer with which shard(s) handled it and how many replies Discord got. */
async function askAndWho(question: string, where: Parameters<typeof ask>[2]) {
  const before = discord.callbacks.length;
  const answer = await ask(s, question, where);
  const callbacks = discord.callbacks.slice(before);
  const interactionId = callbacks[0]?.interactionId ?? "";
  // The one info line per interaction, written by the shard that handled it.
  await bot.waitForLine(
    (line) => line.includes(interactionId) && line.includes('"shard"'),
    "its log line",
    5_000,
  );
  return {
    ...answer,
    replies: callbacks.filter((callback) => callback.interactionId === interactionId).length,
    shards: linesAbout(interactionId).map((line) => line.shard),
  };
}

describe("SHARD_COUNT=auto runs two shards against the test Discord server", () => {
  it("asks Discord for the count, starts one process per shard, each told only of its own server", () => {
    expect(discord.requests.some((request) => request.route === "/gateway/bot")).toBe(true);
    expect(discord.identifies.map((identify) => identify.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    const connected = bot.lines
      .filter((line) => line.includes('"msg":"connected"'))
      .map((line) => JSON.parse(line) as { shard: number; guilds: number });
    expect(connected.map((line) => [line.shard, line.guilds]).sort()).toEqual([
      [0, 1],
      [1, 1],
    ]);
    // Commands belong to the application: one shard registers them.
    expect(discord.requests.filter((request) => request.method === "PUT").length).toBe(1);
  });

  it("each server's question is answered once, by the shard that owns the server; a DM by shard 0", async () => {
    const main = await askAndWho(QUESTION, {});
    expect(main).toMatchObject({ replies: 1, shards: [0] });
    const other = await askAndWho(QUESTION, { guild: discord.otherGuild });
    expect(other).toMatchObject({ replies: 1, shards: [1] });
    const dm = await askAndWho(QUESTION, { guild: null, user: discord.users.outsider });
    expect(dm).toMatchObject({ replies: 1, shards: [0] });
  });

  it("a moderator's edit in the second shard's server is answered there, not in the first shard's server or DMs", async () => {
    const where = { guild: discord.otherGuild, user: discord.users.otherAdmin };
    const reply = await submit(s, "atm1:fa", NEW_FACT, where);
    expect(Number(reply.data.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(embeds(reply.data)[0]?.title).toMatch(/^Added /);

    const there = await askAndWho(QUESTION, { guild: discord.otherGuild });
    expect(there).toMatchObject({ answered: true, replies: 1, shards: [1] });
    expect(there.text).toContain("founded in 1992");
    expect(await askAndWho(QUESTION, {})).toMatchObject({ answered: false, shards: [0] });
    expect(await askAndWho(QUESTION, { guild: null, user: discord.users.outsider })).toMatchObject({
      answered: false,
      shards: [0],
    });
  });

  it("SIGTERM stops both shards and the manager cleanly, with nothing logged as trouble", async () => {
    expect(await bot.stop(20_000)).toBe(0);
    expect(bot.lines.filter((line) => line.includes('"msg":"stopped"')).length).toBe(3);
    expect(bot.lines.filter((line) => /"level":"(warn|error)"/.test(line))).toEqual([]);
  });
});
