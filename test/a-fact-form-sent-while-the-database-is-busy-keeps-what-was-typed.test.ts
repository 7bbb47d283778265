/**
 * A fact form sent while another process held the database's write lock (an import, another
 * shard) or while PostgreSQL could not be reached was told "nothing was saved … please do it
 * again", but the form had closed and what the moderator typed (a statement, a long quote) was
 * gone: they had to type it all again (the entity and event forms the same). The reply now says what happened and has a button that
 * reopens the form with their text; sent again once the database is free, it is saved once.
 */
import { describe, expect, it } from "vitest";
import { encodeModerationId } from "../src/discord/moderation/custom-id.ts";
import type { FactFormValues } from "../src/discord/moderation/fact-form.ts";
import { busyFromWrite } from "./support/busy-from-write.ts";
import { buttonIds, formValues, GUILD, moderationServices } from "./support/moderation-services.ts";

const TYPED: FactFormValues = {
  statement: "Azerbaijan and Kazakhstan signed a memorandum on digital cooperation in Astana.",
  entities: "Azerbaijan, Kazakstan",
  source: "Trend News Agency | 2024-05-02 | https://example.org/news/1",
  quote: "signed a memorandum of understanding on digital cooperation",
  reason: "from today's news",
};
const bot = moderationServices({ busyTimeoutMs: 50 });

describe("a fact form sent while the database is busy", () => {
  it("says nothing was saved, and its button reopens the form with what was typed", async () => {
    const sent = await busyFromWrite(bot.storage.store, 1, () => bot.send("atm1:fa", { ...TYPED }));
    if (sent.kind !== "reply") throw new Error(`expected a reply, got ${sent.kind}`);
    expect(sent.reply.content).toMatch(/^Another change to this server's facts .* yours was not saved\./);
    expect(sent.reply.content).toContain("press the button");
    const [button] = buttonIds(sent.reply);
    const reopened = await bot.click(button!);
    if (reopened.kind !== "form") throw new Error("expected the form");
    const values = formValues(reopened.form);
    expect(values).toEqual(TYPED);

    const again = await bot.send(reopened.form.customId, values);
    expect(again.kind === "reply" && again.reply.cards?.[0]?.title).toMatch(/^Added /);
    expect(bot.storage.facts.listFacts(GUILD, { filter: "changed" }).total).toBe(1);
  });

  it("the entity form too: its button reopens the form with what was typed", async () => {
    const typed = {
      name: "Leyla Mammadova",
      kind: "person",
      description: "Deputy minister",
      aliases: "L. Mammadova",
      reason: "",
    };
    const form = encodeModerationId({ kind: "entity-form" });
    const sent = await busyFromWrite(bot.storage.store, 1, () => bot.send(form, typed));
    if (sent.kind !== "reply") throw new Error(`expected a reply, got ${sent.kind}`);
    expect(sent.reply.content).toMatch(/yours was not saved\..*press the button/);
    const [button] = buttonIds(sent.reply);
    const reopened = await bot.click(button!);
    if (reopened.kind !== "form") throw new Error("expected the form");
    expect(formValues(reopened.form)).toEqual(typed);
  });
});
