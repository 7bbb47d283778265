/**
 * Questions as messages: direct messages and mentions in a server, what is ignored, and the
 * per-user cooldown. The bot runs with a cooldown of 4 questions a minute, so each test asks as
 * a different user where it matters.
 */
import type { APIUser } from "discord.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ROLE_MENTION_UNREAD } from "../../src/discord/messages.ts";
import type { ChannelMessageRecord } from "../discord-server/index.ts";
import {
  dataOf,
  EPHEMERAL,
  expectCleanTraffic,
  firstEmbed,
  type Harness,
  HOOK_TIMEOUT_MS,
  startHarness,
} from "./support/harness.ts";

const KNOWN = "Who is the Secretary General of CICA?";
const ANSWER_COLOR = 0x5865f2;
const QUESTIONS_PER_MINUTE = 4;

let h: Harness;

beforeAll(async () => {
  h = await startHarness({
    env: { COOLDOWN_QUESTIONS: String(QUESTIONS_PER_MINUTE), COOLDOWN_SECONDS: "60" },
  });
}, HOOK_TIMEOUT_MS);
afterEach(() => expectCleanTraffic(h));
afterAll(async () => {
  await h?.close();
}, HOOK_TIMEOUT_MS);

/** "message" log lines (one per message the bot took as a question) by this user so far. */
function messageLogs(user: APIUser) {
  return h.bot.logs().filter((record) => record.msg === "message" && record.userId === user.id);
}

function waitForMessageLogs(user: APIUser, count: number) {
  return h.bot.waitForLog(
    (record) => record.msg === "message" && record.userId === user.id,
    `${count} "message" log line(s) for ${user.username}`,
    { count },
  );
}

function botMessagesIn(channelId: string): ChannelMessageRecord[] {
  return h.discord.channelMessages.filter((record) => record.channelId === channelId);
}

describe("Asking in a direct message", () => {
  it("answers with the same cited card as /ask, as a reply that pings nobody", async () => {
    const { discord } = h;
    const user = discord.users.outsider;
    const sent = discord.sendMessage({ content: KNOWN, channel: "dm", author: user });
    const dm = discord.dmChannel(user);

    const reply = await discord.waitForChannelMessage(dm.id);
    expect(reply.request.method).toBe("POST");
    const embed = firstEmbed(reply.message);
    expect(embed).toMatchObject({ title: KNOWN, color: ANSWER_COLOR });
    expect(embed.fields?.[0]?.value).toContain("News.Az");
    expect(reply.message.message_reference?.message_id).toBe(sent.payload.id);
    expect(reply.message).toMatchObject({ mention_everyone: false, mentions: [], mention_roles: [] });
    expect(await waitForMessageLogs(user, 1)).toMatchObject({
      level: "info",
      channel: "dm",
      outcome: "answered",
      questionLength: KNOWN.length,
    });
  });
});

describe("Mentioning the bot in a server", () => {
  it.each([
    ["<@id>", (id: string) => `<@${id}> who is the Secretary General of CICA?`],
    ["<@!id>", (id: string) => `Hey <@!${id}>, who is the Secretary General of CICA?`],
  ])("answers a question addressed with %s, without the mention", async (_form, content) => {
    const { discord } = h;
    const sent = discord.sendMessage({ content: content(discord.botUser.id), author: discord.users.member });

    const reply = await discord.waitForChannelMessage(
      discord.guild.textChannel.id,
      (message) => message.message_reference?.message_id === sent.payload.id,
    );
    const embed = firstEmbed(reply.message);
    expect(embed.title).toMatch(/^(Hey, )?who is the Secretary General of CICA\?$/);
    expect(embed.color).toBe(ANSWER_COLOR);
    // The asker is not pinged by the reply either.
    expect(reply.message).toMatchObject({ mention_everyone: false, mentions: [], mention_roles: [] });
  });

  it("a mention of the bot's own role (picked from the list by mistake) is not met with silence", async () => {
    // Without the Message Content intent, Discord sends such a message without its text: the
    // member is told how to ask. (With the text, the question is answered: see the spec on roles.)
    const { discord } = h;
    const sent = discord.sendMessage({
      content: `<@&${discord.guild.roles.bot.id}> who is the Secretary General of CICA?`,
      author: discord.users.member,
    });
    const reply = await discord.waitForChannelMessage(
      discord.guild.textChannel.id,
      (message) => message.message_reference?.message_id === sent.payload.id,
    );
    expect(JSON.stringify(reply.message)).toContain(ROLE_MENTION_UNREAD);
    expect(reply.message).toMatchObject({ mention_everyone: false, mentions: [], mention_roles: [] });
  });

  it("pings nobody when the question itself contains @everyone, a role or a user", async () => {
    const { discord } = h;
    const content = `<@${discord.botUser.id}> who is @everyone here and <@&${discord.guild.roles.admin.id}> or <@${discord.users.member.id}>?`;
    const sent = discord.sendMessage({ content, author: discord.users.admin });

    const reply = await discord.waitForChannelMessage(
      discord.guild.textChannel.id,
      (message) => message.message_reference?.message_id === sent.payload.id,
    );
    expect(reply.message).toMatchObject({ mention_everyone: false, mentions: [], mention_roles: [] });
    const title = firstEmbed(reply.message).title ?? "";
    expect(title).not.toMatch(/@everyone|<@[!&]?\d+>/);
    expect(title).toContain("@\u200beveryone");
  });
});

describe("Messages that are not questions for the bot", () => {
  it("ignores other bots, @everyone, other roles' pings, plain chatter and replies that only ping it", async () => {
    const { discord } = h;
    const channelId = discord.guild.textChannel.id;
    const before = botMessagesIn(channelId).length;
    const botId = discord.botUser.id;
    const earlier = botMessagesIn(channelId).at(-1)?.message;
    // Only this test's messages are counted: an earlier test's log line may still be on its way.
    const sent = new Set<string>();
    const send = (message: Parameters<typeof discord.sendMessage>[0]) => {
      const created = discord.sendMessage(message);
      sent.add(created.payload.id);
      return created;
    };

    send({ content: `<@${botId}> ${KNOWN}`, author: { ...discord.users.member, bot: true } });
    send({ content: `@everyone ${KNOWN}`, author: discord.users.member });
    send({ content: `@here ${KNOWN}`, author: discord.users.member });
    send({
      content: `<@&${discord.guild.roles.admin.id}> ${KNOWN}`,
      author: discord.users.member,
    });
    send({ content: KNOWN, author: discord.users.member });
    if (earlier) {
      send({
        content: "thanks!",
        author: discord.users.member,
        replyTo: earlier,
        mentions: [discord.botUser],
      });
    }
    // Events are handled in order: once this one is answered, the ones above have been seen.
    const sentinel = send({ content: `<@${botId}> ${KNOWN}`, author: discord.users.admin });
    await discord.waitForChannelMessage(
      channelId,
      (message) => message.message_reference?.message_id === sentinel.payload.id,
    );
    // The log line follows the reply: wait for the sentinel's own before counting.
    await h.bot.waitForLog(
      (record) => record.msg === "message" && record.messageId === sentinel.payload.id,
      "the sentinel's message log line",
    );

    expect(botMessagesIn(channelId).length - before).toBe(1);
    const handled = h.bot
      .logs()
      .filter((record) => record.msg === "message" && sent.has(String(record.messageId)));
    expect(handled.map((record) => record.messageId)).toEqual([sentinel.payload.id]);
  });
});

describe("A user asking too fast", () => {
  it("gets one polite note, then silence, and /ask answers them with a private note", async () => {
    const { discord } = h;
    const spammer = discord.users.otherAdmin;
    const dm = discord.dmChannel(spammer);
    const already = messageLogs(spammer).length;
    const burst = QUESTIONS_PER_MINUTE + 3;
    for (let i = 0; i < burst; i++) {
      discord.sendMessage({ content: `${KNOWN} (${i + 1})`, channel: "dm", author: spammer });
    }
    await waitForMessageLogs(spammer, already + burst);

    // What they may still ask this minute is answered; the first question over gets the note.
    const allowed = QUESTIONS_PER_MINUTE - already;
    const replies = botMessagesIn(dm.id);
    expect(replies).toHaveLength(allowed + 1);
    const notes = replies.filter((record) => record.message.embeds.length === 0);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.message.content).toMatch(
      /^You're asking faster than I can keep up\. Please wait \d+ s before the next question\.$/,
    );
    const outcomes = messageLogs(spammer).map((record) => record.outcome);
    expect(outcomes.filter((outcome) => outcome === "limited")).toHaveLength(burst - allowed);

    const asked = discord.sendInteraction({
      kind: "command",
      name: "ask",
      options: { question: KNOWN },
      user: spammer,
      guild: discord.otherGuild,
    });
    const callback = await asked.waitForCallback();
    expect(callback.type).toBe(4);
    expect(dataOf(callback.data)).toMatchObject({
      content: expect.stringMatching(/^You're asking faster than I can keep up/),
      flags: EPHEMERAL,
    });
  });

  it("does not slow anyone else down", async () => {
    const { discord } = h;
    const other = discord.sendInteraction({
      kind: "command",
      name: "ask",
      options: { question: KNOWN },
      user: discord.users.member,
      guild: null,
    });
    const data = dataOf((await other.waitForCallback()).data);
    expect(firstEmbed(data).color).toBe(ANSWER_COLOR);
  });
});
