import { describe, expect, it } from "vitest";
import { withoutMentionMarkup } from "../src/discord/ask-flow.ts";
import { type IncomingMessage, mayBeQuestion, questionFrom } from "../src/discord/messages.ts";

const BOT = "111111111111111111";
const USER = "222222222222222222";

const message = (overrides: Partial<IncomingMessage>): IncomingMessage => ({
  content: "",
  authorId: USER,
  authorIsBot: false,
  automated: false,
  inGuild: true,
  ...overrides,
});

describe("which messages the bot answers", () => {
  it("answers any text sent to it in a direct message", () => {
    expect(questionFrom(message({ inGuild: false, content: "  Who is Aliyev?  " }), BOT)).toBe(
      "Who is Aliyev?",
    );
  });

  it("ignores a DM with no text (an image, a sticker)", () => {
    expect(questionFrom(message({ inGuild: false, content: "   " }), BOT)).toBeUndefined();
  });

  it("answers a server message that mentions it, without the mention", () => {
    expect(questionFrom(message({ content: `<@${BOT}> who is the president of Azerbaijan?` }), BOT)).toBe(
      "who is the president of Azerbaijan?",
    );
    expect(questionFrom(message({ content: `So <@!${BOT}>, when did they meet?` }), BOT)).toBe(
      "So, when did they meet?",
    );
  });

  it("drops a greeting that only addresses it, so the card's title is the question", () => {
    for (const content of [
      `Hey <@!${BOT}>, when did they meet?`,
      `hi there <@${BOT}> when did they meet?`,
      `Good morning, <@${BOT}>! when did they meet?`,
    ]) {
      expect(questionFrom(message({ content }), BOT)).toBe("when did they meet?");
    }
    // A greeting elsewhere is the asker's own words.
    expect(questionFrom(message({ content: `<@${BOT}> hey, who is Aliyev?` }), BOT)).toBe(
      "hey, who is Aliyev?",
    );
  });

  it("tidies the punctuation the mention leaves behind", () => {
    expect(questionFrom(message({ content: `<@${BOT}>, what is CICA?` }), BOT)).toBe("what is CICA?");
  });

  it("passes an empty question on when the mention is all there is (the bot then offers examples)", () => {
    expect(questionFrom(message({ content: `<@${BOT}>` }), BOT)).toBe("");
  });

  it("ignores server messages that do not mention it directly", () => {
    for (const content of [
      "who is aliyev?",
      "@everyone who is aliyev?",
      "@here anyone?",
      "<@&333333333333333333> role ping",
      `<@${USER}> talking to someone else`,
      `<@${BOT}0> a longer id that only starts with the bot's`,
    ]) {
      expect(questionFrom(message({ content }), BOT), content).toBeUndefined();
    }
  });

  it("ignores bots, webhooks, system messages and itself", () => {
    const content = `<@${BOT}> who is aliyev?`;
    expect(questionFrom(message({ content, authorIsBot: true }), BOT)).toBeUndefined();
    expect(questionFrom(message({ content, automated: true }), BOT)).toBeUndefined();
    expect(questionFrom(message({ content, authorId: BOT }), BOT)).toBeUndefined();
    expect(questionFrom(message({ content: "hi", inGuild: false, authorIsBot: true }), BOT)).toBeUndefined();
  });
});

describe("mention markup in a question is not part of it", () => {
  it("drops user, role and channel mentions before the engine reads the question", () => {
    expect(withoutMentionMarkup("<@123456> <@!42> who chairs <#99> CICA <@&7>?")).toBe(" who chairs CICA ?");
    expect(withoutMentionMarkup("who chairs CICA?")).toBe("who chairs CICA?");
  });
});

describe("messages that cannot be questions are dropped before discord.js builds them", () => {
  const BOT = "900000000000000001";
  const person = { id: "100000000000000001", bot: false };
  const inGuild = { guild_id: "300000000000000001", channel_id: "400000000000000001" };

  it("keeps a server message that mentions the bot, and any DM from a person", () => {
    expect(mayBeQuestion({ ...inGuild, author: person, mentions: [{ id: BOT }] }, BOT)).toBe(true);
    expect(mayBeQuestion({ channel_id: "5", author: person, mentions: [] }, BOT)).toBe(true);
  });

  it("drops server chatter that does not mention the bot, the bot's own answers, other bots and webhooks", () => {
    expect(mayBeQuestion({ ...inGuild, author: person, mentions: [{ id: "7" }] }, BOT)).toBe(false);
    expect(mayBeQuestion({ ...inGuild, author: { id: BOT, bot: true }, mentions: [] }, BOT)).toBe(false);
    expect(
      mayBeQuestion({ channel_id: "5", author: { id: "8", bot: true }, mentions: [{ id: BOT }] }, BOT),
    ).toBe(false);
    expect(mayBeQuestion({ ...inGuild, author: person, webhook_id: "9", mentions: [{ id: BOT }] }, BOT)).toBe(
      false,
    );
  });

  it("lets through anything it does not recognise, so no question is ever lost to it", () => {
    expect(mayBeQuestion(null, BOT)).toBe(true);
    expect(mayBeQuestion({ ...inGuild, author: person }, BOT)).toBe(true);
    expect(mayBeQuestion({ ...inGuild, author: person, mentions: [] }, undefined)).toBe(true);
  });
});
