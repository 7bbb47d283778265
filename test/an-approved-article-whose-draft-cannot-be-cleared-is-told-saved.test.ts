/**
 * Approving a drafted article saves its facts, then clears the draft. When the database failed in
 * between (busy, or unreachable), the moderator was told “… yours was not saved … please do it
 * again” although every fact had been saved. Now the reply says what was saved, and that the draft
 * could not be cleared and expires by itself; approving it again saves nothing twice.
 */
import { describe, expect, it } from "vitest";
import { encodeModerationId } from "../src/discord/moderation/custom-id.ts";
import { busyFromWrite } from "./support/busy-from-write.ts";
import { buttonIds, GUILD, moderationServices } from "./support/moderation-services.ts";

const TYPED = {
  text:
    "BAKU, 2 May. President of Azerbaijan Ilham Aliyev received the Secretary General of CICA, " +
    "Kairat Sarybay, in Baku on Thursday. Kazakhstan and Azerbaijan signed a memorandum on digital " +
    "cooperation in Astana.",
  outlet: "Trend News Agency",
  date: "2024-05-02",
  link: "",
  title: "",
};
const bot = moderationServices({ busyTimeoutMs: 50 });

describe("an approved article whose draft cannot be cleared", { timeout: 60_000 }, () => {
  it("is told saved, and approving it again saves nothing twice", async () => {
    const drafted = await bot.send(encodeModerationId({ kind: "source-form" }), TYPED);
    if (drafted.kind !== "reply") throw new Error("expected the review");
    const [approve] = buttonIds(drafted.reply).filter((id) => id.startsWith("atm1:sy:"));
    // Another process takes the lock once the facts are saved, as the draft is cleared: the click's
    // third write (reading the draft prunes expired ones, then the facts, then the draft).
    const approved = await busyFromWrite(bot.storage.store, 3, () => bot.click(approve!));
    if (approved.kind !== "update") throw new Error(`expected the review updated, got ${approved.kind}`);
    expect(approved.reply.content).toMatch(/^Saved [1-9]\d* facts?, /);
    expect(approved.reply.content).toContain("could not be cleared");
    const saved = bot.storage.facts.listFacts(GUILD, { filter: "changed", pageSize: 100 }).total;
    expect(saved).toBeGreaterThan(0);

    const again = await bot.click(approve!);
    expect(again.kind === "update" && again.reply.content).toMatch(/^Saved 0 facts/);
    expect(bot.storage.facts.listFacts(GUILD, { filter: "changed", pageSize: 100 }).total).toBe(saved);
  });
});
