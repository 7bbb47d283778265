/**
 * The form editing one fact of an article's draft gave back only the statement when anything was
 * wrong (a quote not the article's own words, an unknown name): the About, Quote and Date the
 * moderator had rewritten were lost, with no button to reopen the form. Now every field comes back
 * behind "Fix and send again", as every other moderation form does. (Review 50, item 4.)
 */
import { describe, expect, it } from "vitest";
import { encodeModerationId } from "../src/discord/moderation/custom-id.ts";
import { buttonIds, formOf, formValues, moderationServices, replyOf } from "./support/moderation-services.ts";

const bot = moderationServices();
const ARTICLE = {
  text:
    "BAKU, 2 May. Anna Kessel, Foreign Minister of Veloria, met Ilham Aliyev in Baku on Thursday. " +
    "Kessel and Aliyev discussed ferries across the Caspian Sea. Veloria opened an embassy in Baku.",
  outlet: "Example Wire",
  date: "2024-05-03",
  link: "",
  title: "Veloria and Azerbaijan hold talks",
};

async function editFormOfFirstFact() {
  const review = replyOf(await bot.send(encodeModerationId({ kind: "source-form" }), ARTICLE));
  const edit = buttonIds(review).find((id) => id.startsWith("atm1:se:"));
  return formOf(await bot.click(edit!));
}

describe("editing a drafted fact with a problem", { timeout: 60_000 }, () => {
  it("lists the problem and gives back every field as typed behind “Fix and send again”", async () => {
    const form = await editFormOfFirstFact();
    const typed = {
      statement: "Anna Kessel is the Foreign Minister of Veloria.",
      about: "Anna Kessel, Atlantis",
      quote: "words nobody wrote",
      date: "2024-5-2",
    };
    const refused = replyOf(await bot.send(form.customId, typed));
    expect(refused.content).toBe("Nothing changed in the draft.");
    expect(refused.cards?.[0]?.description).toBe(
      "• the quote must be words of the article, exactly\n" +
        '• "Atlantis" is neither in the draft nor in this server (add it with /entity add)',
    );
    const [fix] = buttonIds(refused);
    const again = formOf(await bot.click(fix!));
    expect(again.customId).toBe(form.customId);
    expect(formValues(again)).toEqual(typed);
  });

  it("sent again fixed, with the date written 2024-5-2, it changes the draft", async () => {
    const form = await editFormOfFirstFact();
    const review = replyOf(
      await bot.send(form.customId, {
        ...formValues(form),
        statement: "Anna Kessel is Veloria's Foreign Minister.",
        date: "2024-5-2",
      }),
    );
    expect(review.cards?.[0]?.description).toBe("Anna Kessel is Veloria's Foreign Minister.");
    expect(JSON.stringify(review)).toContain("2 May 2024");
  });

  it("a form sent after its fact changed quotes back every field typed, not only the statement", async () => {
    const form = await editFormOfFirstFact();
    const typed = { ...formValues(form), statement: "Kessel leads Veloria's diplomacy.", date: "2024-05-02" };
    replyOf(await bot.send(form.customId, { ...formValues(form), statement: "Anna Kessel is a minister." }));
    const stale = replyOf(await bot.send(form.customId, typed));
    expect(stale.content).toMatch(/^Nothing changed in the draft: that fact was dropped or changed since/);
    for (const value of Object.values(typed)) expect(stale.content).toContain(value);
  });
});
