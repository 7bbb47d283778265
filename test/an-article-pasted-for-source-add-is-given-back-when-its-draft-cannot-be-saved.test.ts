/**
 * `/source add` with the article pasted into its form: drafting done, the draft could not be saved
 * because the database was busy (another process's write) or unreachable, and the moderator was
 * told to do it again, but the form had closed and the whole pasted article was gone. Now the
 * reply says in one line what happened and that nothing was saved, gives the article back as a
 * .txt file, and has a button that reopens the form with everything typed; sent again once the
 * database is free, it is drafted and saved.
 */
import { describe, expect, it } from "vitest";
import { encodeModerationId } from "../src/discord/moderation/custom-id.ts";
import { busyFromWrite } from "./support/busy-from-write.ts";
import { buttonIds, formValues, GUILD, moderationServices } from "./support/moderation-services.ts";
import { PASTED_ARTICLE as TYPED } from "./support/pasted-article.ts";

const bot = moderationServices({ busyTimeoutMs: 50 });

describe("an article pasted for /source add whose draft cannot be saved", { timeout: 60_000 }, () => {
  it("comes back as a file and behind a button that reopens the form with it", async () => {
    const form = encodeModerationId({ kind: "source-form" });
    const sent = await busyFromWrite(bot.storage.store, 1, () => bot.send(form, TYPED));
    if (sent.kind !== "reply") throw new Error(`expected a reply, got ${sent.kind}`);
    expect(sent.reply.content).toMatch(/^Another change to this server's facts .* yours was not saved\./);
    expect(sent.reply.content).toContain("Your article is attached");
    expect(sent.reply.content?.split("\n")).toHaveLength(1);
    expect(sent.reply.ephemeral).toBe(true);
    expect(sent.files?.map((f) => f.name)).toEqual(["article-2024-05-02.txt"]);
    expect(Buffer.from(sent.files![0]!.data).toString("utf8")).toBe(`${TYPED.text}\n`);

    const [button] = buttonIds(sent.reply);
    const reopened = await bot.click(button!);
    if (reopened.kind !== "form") throw new Error("expected the form");
    const values = formValues(reopened.form);
    expect(values).toEqual(TYPED);
    // Someone else's click gets nothing of it.
    const stranger = bot.moderator({ userId: "100000000000000002" });
    expect((await bot.click(button!, stranger)).kind).toBe("reply");

    const again = await bot.send(reopened.form.customId, values);
    if (again.kind !== "reply") throw new Error("expected the review");
    expect(again.files).toBeUndefined();
    // The review of the saved draft: its "approve all" button names the draft, which is stored.
    const approve = buttonIds(again.reply).filter((id) => id.startsWith("atm1:sy:"));
    expect(approve).toHaveLength(1);
    expect(bot.storage.store.sourceDrafts.get(GUILD, approve[0]!.split(":")[2]!)).toBeDefined();
  });
});
