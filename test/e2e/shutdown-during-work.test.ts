/**
 * An operator restarts the bot (SIGTERM, as `docker stop` and systemd send it) while it is busy:
 * a moderator's article is being drafted. The moderator is not left with "thinking…" that never
 * ends: the draft they were promised reaches them before the bot exits, or, past the bot's wait,
 * one line saying to send it again; the log says what was waited for. Exit code 0 either way.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RESTARTING_NOTICE } from "../../src/discord/bot.ts";
import { SEED_DIR, THIRD_EVENT_DIR } from "../support/engines.ts";
import { dataOf, type Harness, HOOK_TIMEOUT_MS, startHarness } from "./support/harness.ts";

const ATTACHMENT = 11;

let h: Harness | undefined;
beforeAll(async () => {
  h = await startHarness();
}, HOOK_TIMEOUT_MS);
afterAll(async () => {
  // The test stops the bot itself; this only cleans up after a failure.
  h?.bot.kill();
  await h?.discord.close();
}, HOOK_TIMEOUT_MS);

function articleText(dir: string): string {
  const folder = dir === SEED_DIR ? dir : join(dir, readdirSync(dir)[0] ?? "");
  return readFileSync(join(folder, "article.txt"), "utf8");
}

describe("SIGTERM while a moderator's article is being drafted", () => {
  it("sends the draft before exiting with code 0, or past its wait tells the moderator to send it again", async () => {
    const harness = h!;
    const text = articleText(THIRD_EVENT_DIR);
    const value = harness.discord.uploadAttachment("article.txt", text, "text/plain");
    const draft = harness.discord.sendInteraction({
      kind: "command",
      name: "source",
      subcommand: "add",
      options: { outlet: "Example Daily", date: "2024-10-09", file: { type: ATTACHMENT, value } },
      user: harness.discord.users.admin,
    });
    await harness.bot.waitForLog((record) => record.msg === "drafting article", "drafting begins");
    const status = await harness.bot.stop("SIGTERM");
    expect(status, harness.bot.output()).toEqual({ code: 0, signal: null });

    const edit = await draft.waitForWebhook((w) => w.request.method === "PATCH", 1_000);
    const reply = String(dataOf(edit.request.body).content);
    const messages = harness.bot.logs().map((record) => record.msg);
    const from = messages.indexOf("shutting down");
    expect(from).toBeGreaterThan(-1);
    expect(messages.slice(from)).toEqual(
      expect.arrayContaining(["shutting down", "waiting for 1 request to finish", "stopped"]),
    );
    // A quiet machine drafts within the bot's wait; a loaded one may not, and then the
    // moderator is told to send it again instead of being left with "thinking…".
    if (messages.indexOf("source drafted") > from) {
      expect(reply).toMatch(/^Drafted \d+ facts/);
    } else {
      expect(reply).toBe(RESTARTING_NOTICE);
      expect(messages.slice(from)).toContain(
        "stopping with 1 request unfinished; their users are told to try again",
      );
    }
  }, 90_000);
});
