/**
 * /source add drafts an article on a worker thread: while a long article (about 50,000
 * characters, a second or more of drafting) is drafted for a moderator, a member's /ask in the
 * same bot is answered. Drafted on the bot's one event loop, the answer would wait for the draft.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SECOND_EVENT_DIR, SEED_DIR, THIRD_EVENT_DIR } from "../support/engines.ts";
import {
  buttonsOf,
  dataOf,
  expectCleanTraffic,
  type Harness,
  HOOK_TIMEOUT_MS,
  interactionLog,
  startHarness,
} from "./support/harness.ts";

const ATTACHMENT = 11;
const META = { outlet: "Example Daily", date: "2024-10-09" };

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, HOOK_TIMEOUT_MS);
afterEach(() => expectCleanTraffic(h));
afterAll(async () => {
  await h?.close();
}, HOOK_TIMEOUT_MS);

/** An article's text (the seed, or the first article of a fixture folder). */
function articleText(dir: string): string {
  const folder = dir === SEED_DIR ? dir : join(dir, readdirSync(dir)[0] ?? "");
  return readFileSync(join(folder, "article.txt"), "utf8");
}

/**
 * About `chars` characters of news prose: the repository's articles, paragraphs recombined and
 * names varied per block (as `npm run bench:draft` makes them), so names do not simply repeat.
 */
function longArticle(chars: number): string {
  const paragraphs = [SEED_DIR, SECOND_EVENT_DIR, THIRD_EVENT_DIR]
    .map(articleText)
    .flatMap((text) => text.split(/\n\s*\n/).filter((p) => p.trim().length > 0));
  const suffixes = "bcdfghjklmnprstvz";
  const out: string[] = [];
  let length = 0;
  for (let i = 0; ; i++) {
    const paragraph = paragraphs[i % paragraphs.length] ?? "";
    const suffix = `${suffixes[Math.floor(i / paragraphs.length) % suffixes.length]}`;
    const varied = paragraph.replace(/\b(\p{Lu}\p{Ll}{3,})\b/gu, (word, _m, offset: number) =>
      offset === 0 || /[.!?]\s*$/.test(paragraph.slice(0, offset)) ? word : `${word}${suffix}`,
    );
    if (length + varied.length + 2 > chars) break;
    out.push(varied);
    length += varied.length + 2;
  }
  return out.join("\n\n");
}

/** /source add with `text` as an attached file, by the server's admin (a moderator). */
function sourceAdd(filename: string, text: string) {
  const value = h.discord.uploadAttachment(filename, text, "text/plain");
  return h.discord.sendInteraction({
    kind: "command",
    name: "source",
    subcommand: "add",
    options: { ...META, file: { type: ATTACHMENT, value } },
    user: h.discord.users.admin,
  });
}

describe("a member's question is answered while a moderator's long article is being drafted", () => {
  it("answers /ask from another member before the 50,000-character draft is ready", async () => {
    // The first draft also loads the drafter (a few seconds): a short article first, so that
    // what the member waits beside below is drafting itself.
    const warmUp = sourceAdd("short.txt", articleText(THIRD_EVENT_DIR));
    const warmedUp = await warmUp.waitForWebhook((w) => w.request.method === "PATCH", 60_000);
    expect(String(dataOf(warmedUp.request.body).content)).toMatch(/^Drafted \d+ facts/);

    const text = longArticle(50_000);
    expect(text.length).toBeGreaterThan(48_000);
    const draft = sourceAdd("long.txt", text);
    await h.bot.waitForLog(
      (record) => record.msg === "drafting article" && record.characters === text.length,
      "the bot starting to draft the long article",
    );
    const question = h.discord.sendInteraction({
      kind: "command",
      name: "ask",
      options: { question: "Who chairs CICA?" },
      user: h.discord.users.member,
    });
    const answer = await question.waitForCallback(10_000);
    expect(answer.type).toBe(4);
    // An answer (with 👍/👎), not a refusal.
    expect(buttonsOf(dataOf(answer.data)).map((b) => b.emoji)).toContain("👍");

    const drafted = await draft.waitForWebhook((w) => w.request.method === "PATCH", 60_000);
    expect(String(dataOf(drafted.request.body).content)).toMatch(/^Drafted \d+ facts/);
    // The member's answer went out before the moderator's draft did, and the bot was done with
    // the question before it was done drafting (its log, written in order as things happen).
    expect(answer.request.seq).toBeLessThan(drafted.request.seq);
    await interactionLog(h, question.id);
    const order = h.bot
      .logs()
      .filter(
        (r) => (r.msg === "interaction" && r.interactionId === question.id) || r.msg === "source drafted",
      )
      .map((r) => (r.msg === "interaction" ? "question answered" : "article drafted"));
    expect(order).toEqual(["article drafted", "question answered", "article drafted"]);
  }, 120_000);
});
