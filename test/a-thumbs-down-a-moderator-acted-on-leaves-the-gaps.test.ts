/**
 * `/fact gaps` kept a question that got a 👎 for good: after the moderator corrected the fact the
 * answer cited, the gap stayed, and the list filled with what was already fixed. A 👎 gap now leaves
 * the list once a fact it cited has changed in this server since the question was last asked, and
 * stays while the question is still unanswered. (Found by a fresh-eyes review in session 50.)
 */
import { describe, expect, it } from "vitest";
import type { ReplyModel } from "../src/discord/reply-model.ts";
import { alice } from "./fixtures/storage/support.ts";
import { GUILD, moderationServices } from "./support/moderation-services.ts";

const bot = moderationServices();
const FACT = "aliyev-is-president-of-azerbaijan";
const QUESTION = "Who is the president of Azerbaijan?";
const textOf = (reply: ReplyModel) =>
  [reply.content ?? "", ...(reply.cards ?? []).map((c) => c.description ?? "")].join("\n");

describe("a 👎 the moderators acted on", () => {
  it("is listed until a fact it cited is changed here, then leaves /fact gaps", async () => {
    await bot.services.feedback.recordVote({
      vote: "down",
      question: QUESTION,
      factIds: [FACT],
      messageId: "m1",
      guildId: GUILD,
      userId: "100000000000000002",
      at: new Date(Date.now() - 60_000),
    });
    expect(textOf(await bot.command("fact", "gaps"))).toContain(`1× 👎 (on \`${FACT}\`)`);

    const view = bot.storage.facts.getFact(GUILD, FACT);
    if (!view) throw new Error(`no ${FACT}`);
    const edited = bot.storage.facts.editFact(
      GUILD,
      alice,
      FACT,
      { statement: `${view.fact.statement} He was re-elected in 2024.` },
      view.revision,
      "members asked for the re-election",
    );
    if (!edited.ok) throw new Error(JSON.stringify(edited));
    expect(textOf(await bot.command("fact", "gaps"))).not.toContain(QUESTION);
  });

  it("a 👎 on a question asked again after the change is listed again", async () => {
    await bot.services.feedback.recordVote({
      vote: "down",
      question: QUESTION,
      factIds: [FACT],
      messageId: "m2",
      guildId: GUILD,
      userId: "100000000000000003",
      at: new Date(Date.now() + 60_000),
    });
    expect(textOf(await bot.command("fact", "gaps"))).toContain(`👎 (on \`${FACT}\`)`);
  });
});
