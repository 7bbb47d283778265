/**
 * /source add end to end: an article attached as a file (through the Discord look-alike's CDN) or
 * pasted into a form, drafted, reviewed page by page, edited, dropped, approved; nothing is saved
 * before approval, the draft survives a restart, and bad files get one clear line.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  ask,
  button,
  buttons,
  command,
  embeds,
  formValues,
  NOT_MODERATOR,
  press,
  ROOT,
  replyText,
  revisionCount,
  type Session,
  sessionPerFile,
  submit,
} from "./support.ts";

const ARTICLE = readFileSync(
  join(
    ROOT,
    "test/fixtures/third-event/2024-10-09-steppe-daily-mongolia-chile-foreign-ministers/article.txt",
  ),
  "utf8",
);
const META = { outlet: "Example Daily", date: "2024-10-09", link: "https://example.org/2024/10/09/talks" };
const ATTACHMENT = 11;

const session = sessionPerFile();
let s: Session;
beforeAll(() => {
  s = session();
});

function attach(filename: string, data: Buffer | string, contentType?: string) {
  return { type: ATTACHMENT, value: s.discord.uploadAttachment(filename, data, contentType) };
}

describe("a moderator sends an article as a file and reviews the drafted facts", () => {
  let first: Awaited<ReturnType<typeof command>>;

  it("drafts facts from the attachment and shows the first, nothing saved yet", async () => {
    const before = revisionCount(s.dbPath);
    first = await command(s, "source", "add", {
      ...META,
      file: attach("talks.txt", ARTICLE, "text/plain; charset=utf-8"),
    });
    expect(String(first.data.content)).toMatch(
      /^Drafted \d+ facts from \*\*Example Daily\*\*, 9 October 2024\. Nothing is saved until you approve\./,
    );
    expect(embeds(first.data)[0]?.title).toMatch(/^Fact 1 of \d+$/);
    expect(buttons(first.data).map((b) => b.label)).toEqual([
      "◀",
      "▶",
      expect.stringMatching(/^Approve all \d+$/),
      "Edit this one",
      "Drop this one",
    ]);
    expect(revisionCount(s.dbPath)).toBe(before);
    expect((await ask(s, "Who did President Ganbold receive?")).answered).toBe(false);
  });

  it("pages through, drops one, edits one, and the draft survives a restart", async () => {
    const total = Number(/of (\d+)/.exec(String(embeds(first.data)[0]?.title))?.[1]);
    const next = await press(s, button(first.data, /▶/).customId, first.handle.originalMessage());
    expect(embeds(next.data)[0]?.title).toBe(`Fact 2 of ${total}`);
    const dropped = await press(
      s,
      button(next.data, /Drop this one/).customId,
      next.handle.originalMessage(),
    );
    expect(embeds(dropped.data)[0]?.title).toBe(`Fact 2 of ${total - 1}`);
    // A double click sends the same Drop again: the fact now shown second was never seen, and stays.
    const again = await press(s, button(next.data, /Drop this one/).customId, next.handle.originalMessage());
    expect(String(again.data.content)).toMatch(
      /^That fact was dropped or changed since this message was drawn: nothing changed\./,
    );
    expect(embeds(again.data)[0]?.title).toBe(`Fact 2 of ${total - 1}`);
    expect(embeds(again.data)[0]?.description).toBe(embeds(dropped.data)[0]?.description);

    await s.restart();
    const form = await press(
      s,
      button(dropped.data, /Edit this one/).customId,
      dropped.handle.originalMessage(),
    );
    expect(form.type).toBe(9);
    expect(Object.keys(formValues(form.data))).toEqual(["statement", "about", "quote", "date"]);
    const typed = { ...formValues(form.data), quote: "words nobody wrote", date: "2024-5-2" };
    const bad = await submit(s, String(form.data.custom_id), typed);
    expect(String(bad.data.content)).toBe("Nothing changed in the draft.");
    expect(embeds(bad.data)[0]?.description).toBe("• the quote must be words of the article, exactly");
    // Everything typed comes back in the form, not only the statement.
    const reopened = await press(
      s,
      button(bad.data, /Fix and send again/).customId,
      bad.handle.originalMessage(),
    );
    expect(formValues(reopened.data)).toEqual(typed);
    const edited = await submit(s, String(form.data.custom_id), {
      ...formValues(form.data),
      statement: "Battsetseg Enkhbold held talks with Tomás Iturra Vial in Ulaanbaatar.",
    });
    expect(embeds(edited.data)[0]?.description).toBe(
      "Battsetseg Enkhbold held talks with Tomás Iturra Vial in Ulaanbaatar.",
    );
    first = edited;
  }, 60_000);

  it("approves: every fact becomes a revision here and answers at once; not in DMs or elsewhere", async () => {
    const before = revisionCount(s.dbPath);
    const approved = await press(
      s,
      button(first.data, /Approve all/).customId,
      first.handle.originalMessage(),
    );
    expect(String(approved.data.content)).toMatch(
      /^Saved \d+ facts, \d+ new entities and 1 event from Example Daily/,
    );
    expect(revisionCount(s.dbPath)).toBeGreaterThan(before + 5);
    const answer = await ask(s, "Who did President Ganbold receive?");
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain("Iturra");
    expect(
      (await ask(s, "Who did President Ganbold receive?", { guild: null, user: s.discord.users.member }))
        .answered,
    ).toBe(false);
    expect(
      (await ask(s, "Who did President Ganbold receive?", { guild: s.discord.otherGuild })).answered,
    ).toBe(false);
    const again = await press(s, button(first.data, /Approve all/).customId, first.handle.originalMessage());
    expect(String(again.data.content)).toContain("That draft is gone");
  });
});

describe("an article pasted into the form", () => {
  it("opens a form with the command's outlet and date, and drafts from the pasted text", async () => {
    const open = await command(s, "source", "add", { outlet: "Example Wire", date: "2025-03-02" });
    expect(open.type).toBe(9);
    expect(formValues(open.data)).toMatchObject({ outlet: "Example Wire", date: "2025-03-02", text: "" });
    const text =
      "Minister Ana Rivas of Veloria met Minister Olek Varn of Norland in Port Sella on Sunday. The ministers agreed to share the waters of Lake Amari.";
    const drafted = await submit(s, "atm1:sa", { ...formValues(open.data), text });
    expect(String(drafted.data.content)).toMatch(/^Drafted \d+ facts from \*\*Example Wire\*\*/);
  });
});

describe("bad articles get one clear line and nothing is drafted", () => {
  it.each([
    [
      "a non-text file",
      () => attach("photo.png", Buffer.from([0x89, 0x50, 0x4e, 0x47]), "image/png"),
      /photo\.png is not a text file/,
    ],
    [
      "a large file",
      () => attach("huge.txt", "word ".repeat(50_000), "text/plain"),
      /huge\.txt is 250 kB; an article is at most 200 kB/,
    ],
    ["an empty article", () => attach("empty.txt", "  \n", "text/plain"), /That article is empty/],
  ])("%s", async (_, file, message) => {
    const reply = await command(s, "source", "add", { ...META, file: file() });
    expect(String(reply.data.content)).toMatch(message);
    expect(embeds(reply.data)).toEqual([]);
  });
});

describe("every /source command, button and form checks permissions itself", () => {
  it("a member without Manage Server, or another server's admin, changes nothing", async () => {
    const before = revisionCount(s.dbPath);
    const member = { user: s.discord.users.member };
    const refused = await command(
      s,
      "source",
      "add",
      { ...META, file: attach("talks.txt", ARTICLE) },
      member,
    );
    expect(String(refused.data.content)).toMatch(NOT_MODERATOR);
    expect(
      String((await submit(s, "atm1:sa", { text: ARTICLE, ...META, title: "" }, member)).data.content),
    ).toMatch(NOT_MODERATOR);

    const mine = await command(s, "source", "add", { ...META, file: attach("talks.txt", ARTICLE) });
    const approve = button(mine.data, /Approve all/).customId;
    expect(String((await press(s, approve, undefined, member)).data.content)).toMatch(NOT_MODERATOR);
    const other = { guild: s.discord.otherGuild, user: s.discord.users.otherAdmin };
    expect(replyText((await press(s, approve, undefined, other)).data)).toContain("That draft is gone");
    expect(revisionCount(s.dbPath)).toBe(before);
  });
});
