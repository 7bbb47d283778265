/**
 * A member's question is kept as asked, and one the bot could not answer reaches the moderators
 * through /fact gaps, whose button opens the fact form with the Reason filled in ("Answers the
 * question “…”"). A question holding a direction override or a control character (pasted from
 * elsewhere) put it into that Reason, which the form then refused ("the reason holds an invisible
 * character … delete it and type the text again") for text the moderator never typed; and the
 * gaps list showed the question reversed after the override. The list and the form show the
 * question without them, so the form can be sent as it is.
 */
import { describe, expect, it } from "vitest";
import { ask } from "../src/discord/ask-flow.ts";
import type { CommandContext } from "../src/discord/command.ts";
import type { ReplyModel } from "../src/discord/reply-model.ts";
import { buttonIds, formValues, GUILD, moderationServices } from "./support/moderation-services.ts";

const HIDDEN = /(?![\t\n])[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;
const bot = moderationServices();
const { moderator } = bot;

describe("a gap asked with invisible characters", () => {
  it("is listed without them, and its form's Reason can be sent as it is", async () => {
    const member = {
      services: bot.services,
      userId: "100000000000000002",
      scope: GUILD,
      surface: "guild" as const,
    };
    await ask(member, "who chairs the \u202Eeettimmoc ecnanif\u202C cica\u0007 committee");
    const fact = bot.registry.get("fact");
    if (!fact?.interact) throw new Error("no /fact");
    const ctx: CommandContext = {
      ...moderator(),
      options: { string: () => undefined, boolean: () => undefined, subcommand: () => "gaps" },
    };
    const listed = await fact.interact(ctx);
    if (listed.kind !== "reply") throw new Error("expected a reply");
    const reply: ReplyModel = listed.reply;
    const description = reply.cards?.[0]?.description ?? "";
    expect(description).toContain("who chairs the eettimmoc ecnanif cica committee");
    expect(description).not.toMatch(HIDDEN);

    const [customId] = buttonIds(reply);
    const opened = await bot.click(customId!);
    if (opened.kind !== "form") throw new Error("expected the form");
    const values = formValues(opened.form);
    expect(values.reason).toBe("Answers the question “who chairs the eettimmoc ecnanif cica committee”");
    expect(opened.form.fields.map((f) => `${f.value ?? ""}${f.placeholder ?? ""}`).join("")).not.toMatch(
      HIDDEN,
    );

    // Sent with a statement and the rest filled in, the Reason is no problem.
    const sent = await bot.send(opened.form.customId, {
      ...values,
      statement: "Kazakhstan chairs the CICA finance committee.",
      entities: "Kazakhstan, CICA",
      source: "Trend News Agency | 2024-05-02",
      quote: "Kazakhstan chairs the CICA finance committee",
    });
    const text = sent.kind === "reply" ? JSON.stringify(sent.reply) : sent.kind;
    expect(text).not.toContain("invisible character");
  });
});
