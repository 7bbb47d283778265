/**
 * `/source add` with the article pasted into its form: a date typed "02/05/2024", a link typed
 * "www.…", a drafting time-out or an article with no claims each got one line, and the pasted
 * article was gone (only a database that could not save the draft gave it back). Every refusal of
 * a pasted article now gives it back as a .txt file and behind a button that reopens the form with
 * everything typed; and "2024-5-2" is a date, as the fact form reads it. (Found by a fresh-eyes
 * review in session 50.)
 */
import { describe, expect, it } from "vitest";
import type { Interactive } from "../src/discord/command.ts";
import { encodeModerationId } from "../src/discord/moderation/custom-id.ts";
import { buttonIds, formValues, moderationServices } from "./support/moderation-services.ts";
import { PASTED_ARTICLE } from "./support/pasted-article.ts";

const bot = moderationServices();
const FORM = encodeModerationId({ kind: "source-form" });

async function expectGivenBack(sent: Interactive, typed: typeof PASTED_ARTICLE, why: RegExp): Promise<void> {
  if (sent.kind !== "reply") throw new Error(`expected a reply, got ${sent.kind}`);
  expect(sent.reply.content).toMatch(why);
  expect(sent.reply.content).toContain("Your article is attached; press the button to reopen the form");
  expect(sent.reply.content?.split("\n")).toHaveLength(1);
  expect(sent.files?.length).toBe(1);
  expect(Buffer.from(sent.files![0]!.data).toString("utf8")).toBe(`${typed.text}\n`);
  const [button] = buttonIds(sent.reply);
  const reopened = await bot.click(button ?? "");
  if (reopened.kind !== "form") throw new Error("expected the form again");
  expect(formValues(reopened.form)).toEqual(typed);
}

describe("a pasted article refused before drafting comes back", { timeout: 60_000 }, () => {
  it("a date not written YYYY-MM-DD: one line, the article as a file, the form again with it", async () => {
    const typed = { ...PASTED_ARTICLE, date: "02/05/2024" };
    await expectGivenBack(await bot.send(FORM, typed), typed, /^Nothing was drafted: date: /);
  });

  it("a link without https://: the same", async () => {
    const typed = { ...PASTED_ARTICLE, link: "www.example.org/news/1" };
    await expectGivenBack(
      await bot.send(FORM, typed),
      typed,
      /^Nothing was drafted: the link must be a web address/,
    );
  });

  it("an article with no claims: the same", async () => {
    const typed = {
      ...PASTED_ARTICLE,
      text: "Lovely weather today. Nothing much else to report here, really.",
    };
    await expectGivenBack(await bot.send(FORM, typed), typed, /^I found no claims in that text/);
  });
});

describe("a date written without its zeros", { timeout: 60_000 }, () => {
  it("2024-5-2 is read as 2024-05-02 and the article is drafted", async () => {
    const sent = await bot.send(FORM, { ...PASTED_ARTICLE, date: "2024-5-2" });
    if (sent.kind !== "reply") throw new Error(`expected a reply, got ${sent.kind}`);
    expect(sent.reply.content).toMatch(/^Drafted \d+ facts? from \*\*Trend News Agency\*\*, 2 May 2024\./);
  });
});
