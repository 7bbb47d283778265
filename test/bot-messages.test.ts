import { describe, expect, it } from "vitest";
import { withoutMentionMarkup } from "../src/discord/ask-flow.ts";
import { type IncomingMessage, questionFrom } from "../src/discord/messages.ts";

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
