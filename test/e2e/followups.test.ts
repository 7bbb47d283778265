/**
 * Follow-up questions end to end: the real bot process and discord.js client against the test
 * Discord server. A DM, one user in one channel (/ask or mentions) and a reply to one of the bot's
 * answers each carry a conversation; another user's follow-up never borrows it.
 */
import type { APIMessage, APIUser } from "discord.js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { FakeGuild } from "../discord-server/index.ts";
import {
  askInChannel,
  buttonsOf,
  dataOf,
  EPHEMERAL,
  expectCleanTraffic,
  firstEmbed,
  type Harness,
  HOOK_TIMEOUT_MS,
  messageHandled,
  requireMessage,
  startHarness,
} from "./support/harness.ts";

const ABOUT_COP29 = "What did Sarybay say about COP29?";
const COP29_REMARK = "congratulated Azerbaijan on hosting COP29";
const WHAT_ELSE = "what else did he say?";
const READ_AS_SARYBAY = 'Taking "he" as Kairat Sarybay.';
const HINT = 'Who or what do you mean by "he"?';
const UNKNOWN = "What is the capital of Peru?";
const ANSWER_COLOR = 0x5865f2;

let h: Harness;

beforeAll(async () => {
  // Each test asks several questions as one user: the cooldown is off (its own file tests it).
  h = await startHarness({ env: { COOLDOWN_SECONDS: "0" } });
}, HOOK_TIMEOUT_MS);
afterEach(() => expectCleanTraffic(h));
afterAll(async () => {
  await h?.close();
}, HOOK_TIMEOUT_MS);

/** Sends a DM as `user` and waits for the bot's reply to it. */
async function dm(user: APIUser, content: string): Promise<APIMessage> {
  const sent = h.discord.sendMessage({ content, channel: "dm", author: user });
  const reply = await h.discord.waitForChannelMessage(
    h.discord.dmChannel(user).id,
    (message) => message.message_reference?.message_id === sent.payload.id,
  );
  await handled(sent.payload.id);
  return reply.message;
}

const handled = (messageId: string) => messageHandled(h, messageId);
const inChannel = (user: APIUser, content: string, extra?: Parameters<typeof askInChannel>[3]) =>
  askInChannel(h, user, content, extra);

const mention = () => `<@${h.discord.botUser.id}>`;

/** /ask in a server's #general (the main server's by default) as `user`. */
async function slashAsk(
  user: APIUser,
  question: string,
  guild?: FakeGuild,
): Promise<Record<string, unknown>> {
  const handle = h.discord.sendInteraction({
    kind: "command",
    name: "ask",
    options: { question },
    user,
    ...(guild ? { guild } : {}),
  });
  const callback = await handle.waitForCallback();
  expect(callback.type).toBe(4);
  return dataOf(callback.data);
}

function descriptionOf(message: { embeds?: unknown }): string {
  return firstEmbed(message).description ?? "";
}

/** An answer card that read the follow-up as being about Sarybay and left out the COP29 remark. */
function expectFollowUpAnswer(message: { embeds?: unknown }): void {
  const embed = firstEmbed(message);
  expect(embed.color).toBe(ANSWER_COLOR);
  expect(embed.title).toBe(WHAT_ELSE);
  const description = embed.description ?? "";
  expect(description.startsWith(READ_AS_SARYBAY)).toBe(true);
  expect(description).toContain("Sarybay");
  expect(description).not.toContain(COP29_REMARK);
  expect(embed.fields?.[0]?.value).toContain("News.Az");
}

describe("In a direct message, a follow-up continues the conversation", () => {
  it('answers "what else did he say?" about the person of the previous question', async () => {
    const user = h.discord.users.outsider;
    const first = await dm(user, ABOUT_COP29);
    expect(descriptionOf(first)).toContain(COP29_REMARK);

    const followUp = await dm(user, WHAT_ELSE);
    expectFollowUpAnswer(followUp);
  });
});

describe("A reply to one of the bot's answers continues that answer", () => {
  it("follows up the answer replied to, with or without mentioning the bot in the text", async () => {
    const { discord } = h;
    const user = discord.users.member;
    const answer = await inChannel(user, `${mention()} ${ABOUT_COP29}`);
    expect(descriptionOf(answer)).toContain(COP29_REMARK);

    // A reply with the mention in its text.
    const mentioned = await inChannel(user, `${mention()} ${WHAT_ELSE}`, { replyTo: answer });
    expectFollowUpAnswer(mentioned);

    // A plain reply (Discord's reply ping puts the bot in `mentions`, so the bot sees the text).
    const replied = await inChannel(user, WHAT_ELSE, { replyTo: answer, mentions: [discord.botUser] });
    expectFollowUpAnswer(replied);
  });

  it("continues the answer replied to, not the asker's latest question in the channel", async () => {
    const { discord } = h;
    const user = discord.users.admin;
    const answer = await inChannel(user, `${mention()} ${ABOUT_COP29}`);
    // Something else in between: the channel's conversation is now about CICA's chair.
    const other = await inChannel(user, `${mention()} Who chairs CICA?`);
    expect(descriptionOf(other)).toContain("Azerbaijan chairs CICA");

    const replied = await inChannel(user, WHAT_ELSE, { replyTo: answer, mentions: [discord.botUser] });
    expectFollowUpAnswer(replied);
  });
});

describe("/ask by the same user in the same channel keeps the conversation", () => {
  it("answers a follow-up /ask with the context of that user's previous /ask", async () => {
    // Their first question in the other server's #general.
    const user = h.discord.users.otherAdmin;
    const guild = h.discord.otherGuild;
    const first = await slashAsk(user, ABOUT_COP29, guild);
    expect(descriptionOf(first)).toContain(COP29_REMARK);

    const followUp = await slashAsk(user, WHAT_ELSE, guild);
    expectFollowUpAnswer(followUp);
    expect(Number(followUp.flags ?? 0) & EPHEMERAL).toBe(0);
  });
});

/**
 * In the other server, where the second user (a plain member there) asks nothing but these
 * follow-ups: a hint leaves them without a conversation of their own, so each test starts afresh.
 */
describe("Another user's follow-up never borrows someone else's conversation", () => {
  it("gets the hint, not an answer about the first user's person, with /ask in the same channel", async () => {
    const { discord } = h;
    const guild = discord.otherGuild;
    const first = await slashAsk(discord.users.admin, ABOUT_COP29, guild);
    expect(descriptionOf(first)).toContain(COP29_REMARK);

    const other = await slashAsk(discord.users.member, "who is he?", guild);
    const embed = firstEmbed(other);
    expect(embed.description).toContain(HINT);
    expect(embed.description).not.toContain("Sarybay");
    // A hint helps only the asker: private, with questions to press instead.
    expect(Number(other.flags) & EPHEMERAL).toBe(EPHEMERAL);
    expect(buttonsOf(other).length).toBeGreaterThan(0);
  });

  it("gets the hint when replying to the first user's answer", async () => {
    const { discord } = h;
    const guild = discord.otherGuild;
    const answer = await inChannel(discord.users.admin, `${mention()} ${ABOUT_COP29}`, { guild });
    expect(descriptionOf(answer)).toContain(COP29_REMARK);

    const replied = await inChannel(discord.users.member, "who is he?", {
      guild,
      replyTo: answer,
      mentions: [discord.botUser],
    });
    expect(descriptionOf(replied)).toContain(HINT);
    expect(descriptionOf(replied)).not.toContain("Sarybay");
  });
});

describe("A refusal offers suggestions as buttons, and pressing one answers it", () => {
  it("in a direct message", async () => {
    const { discord } = h;
    const user = discord.users.outsider;
    const refusal = await dm(user, UNKNOWN);
    const suggestions = buttonsOf(refusal);
    expect(suggestions.length).toBeGreaterThanOrEqual(1);
    expect(suggestions.length).toBeLessThanOrEqual(3);
    for (const button of suggestions) expect(button.emoji).toBe("💡");

    const picked = suggestions[0]!;
    const pressed = discord.sendInteraction({
      kind: "button",
      customId: picked.customId,
      message: refusal,
      user,
      guild: null,
    });
    const callback = await pressed.waitForCallback();
    expect(callback.type).toBe(4);
    const embed = firstEmbed(dataOf(callback.data));
    expect(embed).toMatchObject({ title: picked.label, color: ANSWER_COLOR });
    expect(embed.fields?.[0]?.value).toContain("News.Az");
  });

  it("when mentioned in a server", async () => {
    const { discord } = h;
    const user = discord.users.member;
    const refusal = await inChannel(user, `${mention()} ${UNKNOWN}`);
    expect(descriptionOf(refusal)).toContain("Peru");
    const suggestions = buttonsOf(refusal);
    expect(suggestions.length).toBeGreaterThanOrEqual(1);
    expect(suggestions.length).toBeLessThanOrEqual(3);

    const picked = suggestions.at(-1)!;
    const pressed = discord.sendInteraction({
      kind: "button",
      customId: picked.customId,
      message: refusal,
      user,
    });
    const callback = await pressed.waitForCallback();
    expect(callback.type).toBe(4);
    const embed = firstEmbed(dataOf(callback.data));
    expect(embed).toMatchObject({ title: picked.label, color: ANSWER_COLOR });
    expect(embed.fields?.[0]?.value).toContain("News.Az");
    expect(requireMessage(pressed.originalMessage(), "the suggestion's answer").embeds[0]?.title).toBe(
      picked.label,
    );
  });
});
