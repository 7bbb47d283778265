/**
 * Discord's mention list offers both the bot and the role Discord made for it, named alike; members
 * often pick the role, and their question was dropped without a word. A mention of the bot's own
 * role is now read as a mention of the bot; any other role is still no question. (Review 50, item 14.)
 */
import { describe, expect, it } from "vitest";
import { type IncomingMessage, mayBeQuestion, questionFrom } from "../src/discord/messages.ts";

const BOT = "111111111111111111";
const BOT_ROLE = "333333333333333333";
const OTHER_ROLE = "444444444444444444";
const GUILD = "300000000000000001";

const message = (content: string): IncomingMessage => ({
  content,
  authorId: "222222222222222222",
  authorIsBot: false,
  automated: false,
  inGuild: true,
  botRoleId: BOT_ROLE,
});

describe("a member who mentions the bot's own role", () => {
  it("is asking the bot: the question is read without the mention", () => {
    expect(questionFrom(message(`<@&${BOT_ROLE}> who is the Secretary General of CICA?`), BOT)).toBe(
      "who is the Secretary General of CICA?",
    );
    expect(questionFrom(message(`Hey <@&${BOT_ROLE}>, who chairs CICA?`), BOT)).toBe("who chairs CICA?");
  });

  it("another role, or the bot's role in a server where Discord gave it none, is still no question", () => {
    expect(questionFrom(message(`<@&${OTHER_ROLE}> who chairs CICA?`), BOT)).toBeUndefined();
    const noRole = { ...message(`<@&${BOT_ROLE}> who chairs CICA?`), botRoleId: undefined };
    expect(questionFrom(noRole, BOT)).toBeUndefined();
  });

  it("passes the filter in front of discord.js; a ping of another role does not", () => {
    const raw = (roles: string[]) => ({
      guild_id: GUILD,
      channel_id: "400000000000000001",
      author: { id: "222222222222222222", bot: false },
      mentions: [],
      mention_roles: roles,
    });
    const roleOf = (guildId: string) => (guildId === GUILD ? BOT_ROLE : undefined);
    expect(mayBeQuestion(raw([BOT_ROLE]), BOT, roleOf)).toBe(true);
    expect(mayBeQuestion(raw([OTHER_ROLE]), BOT, roleOf)).toBe(false);
    expect(mayBeQuestion(raw([]), BOT, roleOf)).toBe(false);
  });
});
