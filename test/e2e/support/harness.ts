/**
 * One fake Discord plus one Attaché child process connected to it, shared by the tests of a file,
 * and the checks every end-to-end test ends with (see `expectCleanTraffic`).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { APIEmbed, APIMessage, APIUser } from "discord.js";
import { expect } from "vitest";
import {
  type FakeDiscord,
  type FakeDiscordOptions,
  type FakeGuild,
  type RecordedRequest,
  startFakeDiscord,
} from "../../discord-server/index.ts";
import { type ChildRun, childEnv, type LogRecord, runNode } from "./bot-process.ts";

export interface Harness {
  discord: FakeDiscord;
  bot: ChildRun;
  /** A fresh folder per bot: DATABASE_PATH points into it. */
  tmpDir: string;
  /** The token the child was given, to prove it never prints it. */
  token: string;
  /** Stops the bot with SIGTERM (asserting a clean exit), closes the fake, removes the folder. */
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Extra environment for the bot (COOLDOWN_*, LOG_LEVEL, ...); may depend on the fake's ids. */
  env?: Record<string, string> | ((discord: FakeDiscord) => Record<string, string>);
  fake?: FakeDiscordOptions;
  /** The REST base the bot is given; the fake's own by default (a fault-injecting proxy in one file). */
  apiUrl?: (discord: FakeDiscord) => string | Promise<string>;
  /** Also wait for the "Registered N commands" line (DEPLOY_COMMANDS_ON_START). */
  waitForDeploy?: boolean;
  startTimeoutMs?: number;
}

/** The bot's start-up on 2 shared cores: tsx compiles the sources on the fly. */
export const START_TIMEOUT_MS = 40_000;
/** For beforeAll/afterAll that start or stop a bot: above START_TIMEOUT_MS, so its message wins. */
export const HOOK_TIMEOUT_MS = 60_000;

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  // Waits get 10 s (not the fake's 5 s default): the machine may be busy with other test files.
  const discord = await startFakeDiscord({ defaultTimeoutMs: 10_000, ...options.fake });
  const tmpDir = mkdtempSync(join(tmpdir(), "attache-e2e-"));
  const apiUrl = options.apiUrl ? await options.apiUrl(discord) : discord.apiUrl;
  const bot = runNode(
    "src/main.ts",
    [],
    childEnv({
      DISCORD_TOKEN: discord.token,
      DISCORD_API_URL: apiUrl,
      DATABASE_PATH: join(tmpDir, "attache.db"),
      ...(typeof options.env === "function" ? options.env(discord) : options.env),
    }),
  );
  const close = async () => {
    try {
      const status = await bot.stop("SIGTERM");
      expect(status, `the bot should exit cleanly on SIGTERM\n${bot.output()}`).toEqual({
        code: 0,
        signal: null,
      });
    } finally {
      bot.kill();
      await discord.close();
      rmSync(tmpDir, { recursive: true, force: true });
    }
  };
  try {
    const timeoutMs = options.startTimeoutMs ?? START_TIMEOUT_MS;
    await bot.waitForLog((record) => record.msg === "connected", "connected", { timeoutMs });
    if (options.waitForDeploy) {
      await bot.waitForLog((record) => /^Registered \d+ commands/.test(record.msg), "commands deployed", {
        timeoutMs,
      });
    }
  } catch (error) {
    bot.kill();
    await discord.close();
    rmSync(tmpDir, { recursive: true, force: true });
    throw error;
  }
  return { discord, bot, tmpDir, token: discord.token, close };
}

// ---------------------------------------------------------------------------------------------
// What the bot sent

export interface SentBody {
  /** e.g. "POST /channels/:channelId/messages" or "callback type 4". */
  what: string;
  body: Record<string, unknown>;
  request: RecordedRequest;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/**
 * Every body with which the bot created or changed a visible message: interaction replies and
 * updates, webhook follow-ups and edits, channel messages.
 */
export function messageBodies(discord: FakeDiscord): SentBody[] {
  const out: SentBody[] = [];
  for (const request of discord.requests) {
    const body = asRecord(request.body);
    if (!body || request.status >= 400) continue;
    if (request.route === "/interactions/:interactionId/:token/callback") {
      const data = asRecord(body.data);
      // 4 reply, 7 update: the message-carrying callbacks (5/6 defer, 8 autocomplete carry none).
      if ((body.type === 4 || body.type === 7) && data) {
        out.push({ what: `callback type ${String(body.type)}`, body: data, request });
      }
      continue;
    }
    const route = request.route ?? "";
    if (
      (request.method === "POST" || request.method === "PATCH") &&
      (route.startsWith("/webhooks/:applicationId/:token") ||
        route.startsWith("/channels/:channelId/messages"))
    ) {
      out.push({ what: `${request.method} ${route}`, body, request });
    }
  }
  return out;
}

/**
 * The checks every end-to-end test ends with: every REST call was one Discord knows, nothing the
 * bot sent could ping anyone, and nothing it printed contains its token.
 */
export function expectCleanTraffic(harness: Harness): void {
  const { discord, bot, token } = harness;
  expect(discord.unknownRoutes, `REST calls Discord does not know:\n${discord.describe()}`).toEqual([]);
  for (const sent of messageBodies(discord)) {
    expect(sent.body.allowed_mentions, `allowed_mentions of ${sent.what} (#${sent.request.seq})`).toEqual({
      parse: [],
      replied_user: false,
    });
  }
  const leaking = bot.lines.filter((line) => line.text.includes(token));
  expect(leaking, "output lines containing the bot token").toEqual([]);
}

// ---------------------------------------------------------------------------------------------
// Reading replies

export function dataOf(value: unknown): Record<string, unknown> {
  const record = asRecord(value);
  if (!record) throw new Error(`expected an object, got ${JSON.stringify(value)}`);
  return record;
}

export interface ButtonView {
  customId: string;
  label: string;
  emoji: string;
  disabled: boolean;
}

/** The buttons of a message or message body, in order. */
export function buttonsOf(message: { components?: unknown }): ButtonView[] {
  const rows = Array.isArray(message.components) ? message.components : [];
  const out: ButtonView[] = [];
  for (const row of rows) {
    const components = asRecord(row)?.components;
    if (!Array.isArray(components)) continue;
    for (const component of components) {
      const button = asRecord(component);
      if (button?.type !== 2 || typeof button.custom_id !== "string") continue;
      out.push({
        customId: button.custom_id,
        label: typeof button.label === "string" ? button.label : "",
        emoji: typeof asRecord(button.emoji)?.name === "string" ? String(asRecord(button.emoji)?.name) : "",
        disabled: button.disabled === true,
      });
    }
  }
  return out;
}

export function embedsOf(message: { embeds?: unknown }): APIEmbed[] {
  return Array.isArray(message.embeds) ? (message.embeds as APIEmbed[]) : [];
}

export function firstEmbed(message: { embeds?: unknown }): APIEmbed {
  const embed = embedsOf(message)[0];
  if (!embed) throw new Error(`expected an embed in ${JSON.stringify(message).slice(0, 400)}`);
  return embed;
}

/** All the visible text of an embed, for "contains" checks. */
export function embedText(embed: APIEmbed): string {
  return [
    embed.title ?? "",
    embed.description ?? "",
    ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
    embed.footer?.text ?? "",
  ].join("\n");
}

export function requireMessage(message: APIMessage | undefined, what: string): APIMessage {
  if (!message) throw new Error(`the fake Discord has no ${what}`);
  return message;
}

export const EPHEMERAL = 64;

/** The "interaction" log line the router writes for an interaction id. */
export function interactionLog(harness: Harness, interactionId: string): Promise<LogRecord> {
  return harness.bot.waitForLog(
    (record) => record.msg === "interaction" && record.interactionId === interactionId,
    `interaction ${interactionId}`,
  );
}

/**
 * Waits until the bot has finished with a message (its "message" log line comes last): only then
 * does it know its reply as an answer that a reply to it continues. A person cannot reply faster
 * than that; a test can.
 */
export function messageHandled(harness: Harness, messageId: string): Promise<LogRecord> {
  return harness.bot.waitForLog(
    (record) => record.msg === "message" && record.messageId === messageId,
    `the bot's "message" log line for ${messageId}`,
  );
}

/** Sends a message in a server's #general (the main server's by default) and waits for the bot's reply. */
export async function askInChannel(
  harness: Harness,
  user: APIUser,
  content: string,
  extra: { replyTo?: APIMessage; mentions?: APIUser[]; guild?: FakeGuild } = {},
): Promise<APIMessage> {
  const { guild = harness.discord.guild, ...rest } = extra;
  const sent = harness.discord.sendMessage({ content, author: user, channel: guild.textChannel, ...rest });
  const reply = await harness.discord.waitForChannelMessage(
    guild.textChannel.id,
    (message) => message.message_reference?.message_id === sent.payload.id,
  );
  await messageHandled(harness, sent.payload.id);
  return reply.message;
}
