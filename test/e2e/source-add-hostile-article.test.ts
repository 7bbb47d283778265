/**
 * /source add with an article file that is within the size limit but not shaped like prose. Any
 * text of at most 200 kB gets a draft or one clear line, and the bot keeps answering everyone
 * while it drafts (one event loop: drafting that takes minutes blocks every server).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { ask, command, type Session, sessionPerFile } from "../e2e-moderation/support.ts";

const META = { outlet: "Example Daily", date: "2024-10-09" };
const ATTACHMENT = 11;

const session = sessionPerFile();
let s: Session;
beforeAll(() => {
  s = session();
});

describe("an article file that is a long list of abbreviated names (160 kB, under the limit)", () => {
  // Once the bot froze for about a minute: the sentence splitter's time grows with the square
  // of what it reads at once, and it was given the whole file.
  it("answers the moderator and keeps answering members", async () => {
    const text = `Aa Bb met Cc Dd in Paris on Monday. ${"Mr. Aa, ".repeat(20_000)}`;
    const value = s.discord.uploadAttachment("list.txt", text, "text/plain");
    const reply = await command(s, "source", "add", { ...META, file: { type: ATTACHMENT, value } });
    expect(String(reply.data.content)).toMatch(/^Drafted \d+ facts?|I found no claims/);
    expect((await ask(s, "Who chairs CICA?")).answered).toBe(true);
  }, 60_000);
});
