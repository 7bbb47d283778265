/**
 * The /fact add and /fact edit form had no place for the day a fact happened, so a fact added in
 * Discord could never answer "when", and a wrong date could not be corrected. The Source line now
 * takes it after the word "happened" (“Example Times | 2025-05-02 | link | happened 2025-05-01”),
 * written as the article form accepts dates (2025-5-1 too); a bad one is one line and loses nothing.
 * (Found by a fresh-eyes review in session 50.)
 */
import { describe, expect, it } from "vitest";
import { encodeModerationId } from "../src/discord/moderation/custom-id.ts";
import {
  buttonIds,
  formOf,
  formValues,
  GUILD,
  moderationServices,
  replyOf,
} from "./support/moderation-services.ts";

const bot = moderationServices();
const TALKS = {
  statement: "Ilham Aliyev met Kassym-Jomart Tokayev in Astana to discuss trade.",
  entities: "Ilham Aliyev, Kazakhstan",
  source: "Example Times | 2025-05-03 | https://example.org/astana | happened 2025-5-2",
  quote: "Aliyev met Tokayev in Astana to discuss trade",
  reason: "",
};
const ID = "ilham-aliyev-met-kassym-jomart-tokayev-in-astana-to-discuss";
const WHEN = "When did Aliyev discuss trade in Astana?";

describe("a fact added in Discord says when it happened", () => {
  it("“happened 2025-5-2” on the Source line dates the fact, and it answers “when”", async () => {
    replyOf(await bot.send(encodeModerationId({ kind: "add-form" }), TALKS));
    expect(bot.storage.facts.getFact(GUILD, ID)?.fact.date).toBe("2025-05-02");
    const answer = bot.engine.answer(WHEN, GUILD);
    expect(answer.answered).toBe(true);
    expect(answer.facts[0]?.id).toBe(ID);
  });

  it("the edit form shows the day, and correcting it saves the new day", async () => {
    const form = formOf(await bot.interact("fact", "edit", { id: ID }));
    const values = formValues(form);
    expect(values.source).toBe(
      "Example Times | 2025-05-03 | https://example.org/astana | happened 2025-05-02",
    );
    replyOf(
      await bot.send(form.customId, {
        ...values,
        source: values.source!.replace("happened 2025-05-02", "happened 2025-05-01"),
        reason: "the ministry corrected the date",
      }),
    );
    expect(bot.storage.facts.getFact(GUILD, ID)?.fact.date).toBe("2025-05-01");
  });

  it("leaving “happened” out of an edit makes the fact undated again", async () => {
    const form = formOf(await bot.interact("fact", "edit", { id: ID }));
    const values = formValues(form);
    replyOf(
      await bot.send(form.customId, {
        ...values,
        source: "Example Times | 2025-05-03 | https://example.org/astana",
      }),
    );
    expect(bot.storage.facts.getFact(GUILD, ID)?.fact.date).toBeUndefined();
    expect(bot.engine.answer(WHEN, GUILD).answered).toBe(false);
  });

  it("a day that is no date is one line naming it, and the form comes back with everything typed", async () => {
    const typed = {
      ...TALKS,
      statement: "Ilham Aliyev met Kassym-Jomart Tokayev in Astana again.",
      source: "Example Times | 2025-05-03 | happened 2025-13-02",
    };
    const refused = replyOf(await bot.send(encodeModerationId({ kind: "add-form" }), typed));
    const problems = refused.cards?.[0]?.description ?? "";
    expect(problems).toBe("• **Source**: happened 2025-13-02: not a real calendar date");
    const [reopen] = buttonIds(refused);
    expect(formValues(formOf(await bot.click(reopen!)))).toMatchObject({
      statement: typed.statement,
      source: typed.source,
    });

    const wordy = replyOf(
      await bot.send(encodeModerationId({ kind: "add-form" }), {
        ...typed,
        source: "Example Times | 2025-05-03 | happened yesterday",
      }),
    );
    expect(wordy.cards?.[0]?.description).toContain(
      "write the day it happened as YYYY-MM-DD after “happened”",
    );
  });

  it("an outlet with “happened” in its name is still the outlet", async () => {
    replyOf(
      await bot.send(encodeModerationId({ kind: "add-form" }), {
        ...TALKS,
        statement: "Kazakhstan and Azerbaijan agreed to expand trade.",
        source: "What Happened Today | 2025-05-03",
      }),
    );
    const added = bot.storage.facts.listFacts(GUILD, { query: "expand trade" }).items[0];
    expect(added?.citation.outlet).toBe("What Happened Today");
    expect(added?.fact.date).toBeUndefined();
  });

  it("the event form's Source line refuses “happened”: an event's day goes on its own date line", async () => {
    const refused = replyOf(
      await bot.send(encodeModerationId({ kind: "event-form" }), {
        title: "Aliyev and Tokayev meet in Astana",
        when: "2025-05-02 | Astana | trade",
        participants: "Ilham Aliyev, Kazakhstan",
        summary: "They met to discuss trade.",
        source: "Example Times | 2025-05-03 | happened 2025-05-01",
      }),
    );
    expect(refused.cards?.[0]?.description).toContain(
      "an event's own day goes on its date line, not after “happened”",
    );
    expect(bot.engine.events(GUILD).some((e) => e.title === "Aliyev and Tokayev meet in Astana")).toBe(false);
  });
});
