/**
 * The text a moderator typed into a form that was not saved ("Open the form again") was kept in the
 * same bounded memory as every member's question and suggestion: on a bot in many servers, a few
 * thousand questions pushed it out within minutes, and the button then said drafts are kept for 24
 * hours. Moderators' text is kept apart. (Found by a fresh-eyes review in session 50.)
 */
import { describe, expect, it } from "vitest";
import type { FactFormValues } from "../src/discord/moderation/fact-form.ts";
import { buttonIds, formOf, formValues, moderationServices, replyOf } from "./support/moderation-services.ts";

const bot = moderationServices();

describe("a moderator's unsaved form outlives a busy bot's questions", () => {
  it("after 10,000 members' questions, 'Open the form again' still has what the moderator typed", async () => {
    const typed: FactFormValues = {
      statement: "Azerbaijan and Kazakhstan agreed a customs pilot.",
      entities: "Azerbaijan, Kazakhstan",
      source: "Example Times | 2024-02-30",
      quote: "agreed a customs pilot",
      reason: "",
    };
    const refused = replyOf(await bot.send("atm1:fa", typed));
    expect(refused.cards?.[0]?.title).toMatch(/nothing was saved/);
    const reopen = buttonIds(refused).find((id) => id.startsWith("atm1:o:"));
    expect(reopen).toBeDefined();
    // What the answer flow keeps of every question and suggestion it shows (ask-flow.ts), on a bot
    // in many servers: as many as that memory holds.
    for (let i = 0; i < 10_000; i++) bot.services.memory.remember(`Who chaired meeting number ${i}?`);
    const form = formOf(await bot.click(reopen ?? ""));
    expect(formValues(form)).toMatchObject({ statement: typed.statement, source: typed.source });
  });
});
