import { afterAll, describe, expect, it } from "vitest";
import { createLogger, silentLogger } from "../src/config/logger.ts";
import { ask } from "../src/discord/ask-flow.ts";
import type {
  CommandContext,
  ComponentInteractive,
  Interactive,
  MemberInfo,
  Requester,
} from "../src/discord/command.ts";
import { encodeModerationId } from "../src/discord/moderation/custom-id.ts";
import type { FactFormValues } from "../src/discord/moderation/fact-form.ts";
import type { FormModel } from "../src/discord/moderation/form-model.ts";
import type { ReplyModel } from "../src/discord/reply-model.ts";
import { SqliteFeedbackStore } from "../src/discord/sqlite-feedback.ts";
import { openStorage } from "../src/storage/index.ts";
import { tempDirs } from "./fixtures/storage/support.ts";
import { engineFrom, SEED_DIR } from "./support/engines.ts";
import { GUILD, MOD, moderationServices } from "./support/moderation-services.ts";

const OTHER = "900000000000000002";
const ALICE = "100000000000000001";
const BOB = "100000000000000002";

const NEW_FACT: FactFormValues = {
  statement: "Azerbaijan and Kazakhstan signed a memorandum on digital cooperation in Astana.",
  entities: "Azerbaijan, Kazakstan",
  source: "Trend News Agency | 2024-05-02 | https://example.org/news/1",
  quote: "signed a memorandum of understanding on digital cooperation",
  reason: "",
};
const NEW_QUESTION = "What memorandum did Azerbaijan and Kazakhstan sign?";
const NEW_ID = "azerbaijan-and-kazakhstan-signed-a-memorandum-on-digital";

const bot = moderationServices();
const dirs = tempDirs();
afterAll(() => dirs.cleanup());

const who = (userId = ALICE, scope = GUILD, member: MemberInfo | undefined = MOD): Requester => ({
  services: bot.services,
  userId,
  userTag: userId === ALICE ? "alice" : "bob",
  scope,
  surface: "guild",
  ...(member ? { member } : {}),
});

function fact(
  subcommand: string,
  options: Record<string, string | number> = {},
  requester = who(),
): Promise<Interactive> | Interactive {
  const ctx: CommandContext = {
    ...requester,
    options: {
      string: (name) => (typeof options[name] === "string" ? (options[name] as string) : undefined),
      boolean: () => undefined,
      integer: (name) => (typeof options[name] === "number" ? (options[name] as number) : undefined),
      subcommand: () => subcommand,
    },
  };
  const command = bot.registry.get("fact");
  if (!command?.interact) throw new Error("no /fact");
  return command.interact(ctx);
}

const { click, send } = bot;

function formOf(result: Interactive | ComponentInteractive): FormModel {
  if (result.kind !== "form") throw new Error(`expected a form, got ${JSON.stringify(result).slice(0, 300)}`);
  return result.form;
}

function replyOf(result: Interactive | ComponentInteractive): ReplyModel {
  if (result.kind === "form") throw new Error(`expected a reply, got the form ${result.form.customId}`);
  return result.reply;
}

const valuesOf = (form: FormModel): FactFormValues =>
  Object.fromEntries(form.fields.map((field) => [field.id, field.value ?? ""])) as FactFormValues;
const textOf = (reply: ReplyModel) =>
  [
    reply.content ?? "",
    ...(reply.cards ?? []).flatMap((card) => [
      card.title ?? "",
      card.description ?? "",
      ...(card.fields ?? []).flatMap((f) => [f.name, f.value]),
      card.footer ?? "",
    ]),
  ].join("\n");
const buttonIds = (reply: ReplyModel) =>
  (reply.buttons ?? []).flat().flatMap((button) => ("customId" in button ? [button.customId] : []));

describe("a moderator adds a fact through the form", () => {
  it("saves it for this server only, where questions are answered from it", async () => {
    expect(formOf(await fact("add")).customId).toBe("atm1:fa");
    const saved = replyOf(await send("atm1:fa", NEW_FACT));
    expect(saved.ephemeral).toBe(true);
    expect(saved.cards?.[0]?.title).toBe(`Added ${NEW_ID}`);
    expect(bot.engine.answer(NEW_QUESTION, GUILD).facts.map((f) => f.id)).toEqual([NEW_ID]);
    expect(bot.engine.answer(NEW_QUESTION, OTHER).answered).toBe(false);
    expect(bot.engine.answer(NEW_QUESTION).answered).toBe(false);
    expect(bot.storage.facts.history(GUILD, NEW_ID)).toMatchObject({
      revisions: [{ revision: 1, action: "add", actor: { userId: ALICE, tag: "alice" } }],
    });
  });
});

describe("two moderators edit from the same revision", () => {
  it("the second is shown what changed and gets a button back to the form with their text, at the new base", async () => {
    const first = formOf(await fact("edit", { id: NEW_ID }));
    const second = formOf(await fact("edit", { id: NEW_ID }, who(BOB)));
    expect(first.customId).toBe(second.customId);
    const base = Number(first.customId.split(":").at(-1));

    replyOf(
      await send(first.customId, { ...valuesOf(first), statement: `${NEW_FACT.statement} It runs to 2027.` }),
    );
    const mine = {
      ...valuesOf(second),
      statement: "Azerbaijan and Kazakhstan agreed to digitise customs.",
      reason: "x",
    };
    const conflict = replyOf(await send(second.customId, mine, who(BOB)));
    expect(textOf(conflict)).toContain(
      `You started from revision ${base}; it is now at revision ${base + 1}`,
    );
    expect(textOf(conflict)).toContain("It runs to 2027.");
    expect(textOf(conflict)).toContain("agreed to digitise customs");
    expect(bot.storage.facts.getFact(GUILD, NEW_ID)?.revision).toBe(base + 1);

    const [again] = buttonIds(conflict);
    // The text is Bob's: Alice's click on his button reopens nothing.
    expect(replyOf(await click(again ?? "", who(ALICE))).content).toContain(
      "I no longer have the text you typed",
    );
    const reopened = formOf(await click(again ?? "", who(BOB)));
    expect(reopened.customId).toBe(encodeModerationId({ kind: "edit-form", fact: NEW_ID, base: base + 1 }));
    expect(valuesOf(reopened)).toEqual(mine);
  });
});

describe("removing asks first and is soft", () => {
  it("Cancel changes nothing; Remove hides the fact here; revert brings it back", async () => {
    const confirm = replyOf(await fact("remove", { id: NEW_ID, reason: "wrong outlet" }));
    const [remove, cancel] = buttonIds(confirm);
    expect(await click(cancel ?? "")).toEqual({
      kind: "update",
      reply: { content: "Nothing was removed.", ephemeral: true },
    });
    expect(bot.engine.answer(NEW_QUESTION, GUILD).answered).toBe(true);

    const removed = await click(remove ?? "");
    expect(removed.kind).toBe("update");
    expect(bot.engine.answer(NEW_QUESTION, GUILD).answered).toBe(false);
    const history = bot.storage.facts.history(GUILD, NEW_ID);
    const last = history.ok ? history.revisions.at(-1) : undefined;
    expect(last).toMatchObject({ action: "remove", reason: "wrong outlet" });
    // The same confirmation again: the fact moved on, nothing happens twice.
    expect(textOf(replyOf(await click(remove ?? "")))).toContain("Nothing was removed");

    const reverted = replyOf(await fact("revert", { id: NEW_ID, revision: (last?.revision ?? 2) - 1 }));
    expect(reverted.content).toContain(`Saved as revision ${(last?.revision ?? 0) + 1}`);
    expect(bot.engine.answer(NEW_QUESTION, GUILD).answered).toBe(true);
  });
});

describe("a revert says whose edits it sets aside", () => {
  it("names the other moderator whose removal the revert undoes, and keeps it in the history", async () => {
    const before = bot.storage.facts.history(GUILD, NEW_ID);
    const target = before.ok ? before.revisions.at(-1)!.revision : 0;
    const confirm = replyOf(await fact("remove", { id: NEW_ID, reason: "duplicate" }, who(BOB)));
    const [remove] = buttonIds(confirm);
    await click(remove ?? "", who(BOB));
    const reverted = replyOf(await fact("revert", { id: NEW_ID, revision: target }));
    expect(textOf(reverted)).toContain(
      `It sets aside revision ${target + 1}, with edits by bob: they stay in the history`,
    );
    const after = bot.storage.facts.history(GUILD, NEW_ID);
    expect(after.ok && after.revisions.some((r) => r.action === "remove" && r.actor.userId === BOB)).toBe(
      true,
    );
    // Reverting one's own edit needs no such word.
    const again = replyOf(await fact("remove", { id: NEW_ID, reason: "again" }));
    await click(buttonIds(again)[0] ?? "");
    const own = bot.storage.facts.history(GUILD, NEW_ID);
    const back = own.ok ? own.revisions.at(-2)!.revision : 0;
    expect(textOf(replyOf(await fact("revert", { id: NEW_ID, revision: back })))).not.toContain("sets aside");
  });
});

describe("what members could not get answered reaches the moderators", () => {
  it("records unanswered questions and 👎 per server, and /fact gaps lists the open ones", async () => {
    const member = { services: bot.services, userId: BOB, scope: GUILD, surface: "guild" as const };
    await ask(member, "Who chairs the CICA finance committee?");
    await ask(member, "who chairs the cica finance committee");
    await ask({ ...member, scope: OTHER }, "What is the CICA budget?");
    await bot.services.feedback.recordVote({
      vote: "down",
      question: "Who is the president of Azerbaijan?",
      factIds: ["aliyev-is-president-of-azerbaijan"],
      messageId: "m1",
      guildId: GUILD,
      userId: BOB,
      at: new Date(),
    });

    const reply = replyOf(await fact("gaps"));
    const text = textOf(reply);
    expect(text).toMatch(/\*\*1\.\*\* “who chairs the cica finance committee”\n2× unanswered/);
    expect(text).toContain("1× 👎 (on `aliyev-is-president-of-azerbaijan`)");
    expect(text).not.toContain("budget");
    const form = formOf(await click(buttonIds(reply)[0] ?? ""));
    expect(valuesOf(form).reason).toBe("Answers the question “who chairs the cica finance committee”");
  });
});

describe("votes and unanswered questions are kept in the database", () => {
  it("a second vote on one answer replaces the first; DMs are kept apart", async () => {
    const feedback = new SqliteFeedbackStore(bot.storage.store.feedback, silentLogger);
    const vote = { question: "Q?", factIds: ["f"], messageId: "m9", userId: ALICE, at: new Date() };
    await feedback.recordVote({ ...vote, vote: "up", guildId: GUILD });
    await feedback.recordVote({ ...vote, vote: "down", guildId: GUILD });
    await feedback.recordVote({ ...vote, vote: "up", messageId: "m10" });
    const votes = await feedback.votes({ guildId: GUILD });
    expect(votes.filter((v) => v.messageId === "m9").map((v) => v.vote)).toEqual(["down"]);
    expect((await feedback.votes({ guildId: null })).map((v) => v.messageId)).toEqual(["m10"]);
  });

  it("a database failure is logged, and the member still gets their answer", async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: "warn", sink: (line) => lines.push(line) });
    const dir = dirs.make();
    const opened = openStorage(engineFrom(SEED_DIR), `${dir}/broken.db`);
    if (!opened.ok) throw new Error(opened.error.message);
    const feedback = new SqliteFeedbackStore(opened.storage.store.feedback, logger);
    opened.storage.store.close();
    await expect(
      feedback.recordUnanswered({ question: "Q?", suggestions: [], userId: ALICE, at: new Date() }),
    ).resolves.toBeUndefined();
    // Records are committed in batches, off the reply's path; the failure shows when the batch is.
    feedback.flush();
    expect(lines.join("")).toContain("could not record a unanswered question");
  });
});

describe("lists, history and export", () => {
  it("/fact list pages through this server's facts, its own changes first", async () => {
    const first = replyOf(await fact("list"));
    expect(first.cards?.[0]?.description?.split("\n")[0]).toContain(NEW_ID);
    const next = buttonIds(first)[1] ?? "";
    const second = await click(next);
    expect(second.kind === "update" && second.reply.cards?.[0]?.footer).toMatch(/^Page 2 of/);
  });

  it("/fact history lists revisions newest first, with who and why", async () => {
    const text = textOf(replyOf(await fact("history", { id: NEW_ID })));
    expect(text.indexOf("**r5**")).toBeLessThan(text.indexOf("**r1**"));
    expect(text).toContain("removed by alice");
    expect(text).toContain("“wrong outlet”");
  });

  it("/fact export attaches the server's overlay in the data/ layout", async () => {
    const result = await fact("export");
    if (result.kind !== "reply") throw new Error("expected a reply");
    const [file] = result.files ?? [];
    expect(file?.name).toBe(`attache-overlay-${GUILD}.json`);
    const overlay = JSON.parse(file?.data.toString("utf8") ?? "{}");
    expect(overlay).toMatchObject({ format: "attache-overlay", version: 3, guild: GUILD });
    expect(overlay.facts.map((f: { id: string }) => f.id)).toEqual([NEW_ID]);
  });
});

describe("without a server or permissions, nothing happens", () => {
  it("refuses a member, a DM and the console, before reading anything", async () => {
    const member = who(BOB, GUILD, { permissions: 0n, roles: [] });
    expect(replyOf(await fact("add", {}, member)).content).toMatch(/^Only moderators/);
    expect(replyOf(await send("atm1:fa", NEW_FACT, member)).content).toMatch(/^Only moderators/);
    expect(replyOf(await click("atm1:x", member)).content).toMatch(/^Only moderators/);

    const console: Requester = { services: bot.services, userId: "0", surface: "console" };
    const command = bot.registry.get("fact");
    const reply = await command?.execute({
      ...console,
      options: { string: () => undefined, boolean: () => undefined, subcommand: () => "add" },
    });
    expect(reply?.content).toContain("Moderator commands work only in a server");
  });
});
