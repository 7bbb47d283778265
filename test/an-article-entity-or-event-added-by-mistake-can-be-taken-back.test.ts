/**
 * An approved article could not be taken back: a moderator had to /fact remove and confirm each of
 * its 20–30 facts, and its event (still the "most recent" on /event show) and its new entities (in
 * autocomplete and "which X do you mean?") stayed for good. A misspelt /entity add or a duplicate
 * /event add could be edited, never removed. Now /source remove takes an article back in one
 * confirmed step, /source restore (or its Undo) brings it back, and /entity remove and /event remove
 * remove what this server added; each is a revision. (Found by a fresh-eyes review in session 50.)
 */
import { describe, expect, it } from "vitest";
import { encodeModerationId } from "../src/discord/moderation/custom-id.ts";
import { alice } from "./fixtures/storage/support.ts";
import { buttonIds, GUILD, moderationServices, replyOf } from "./support/moderation-services.ts";

const bot = moderationServices();
const ARTICLE = {
  text:
    "BAKU, 2 May. Anna Kessel, Foreign Minister of Veloria, met Ilham Aliyev in Baku on Thursday. " +
    "Kessel and Aliyev discussed ferries across the Caspian Sea. Veloria opened an embassy in Baku.",
  outlet: "Example Wire",
  date: "2024-05-03",
  link: "https://example.org/talks",
  title: "Veloria and Azerbaijan hold talks",
};
const OTHER_GUILD = "900000000000000002";
/** The server that removes, after a take-back, what the article names. */
const REMOVER = "900000000000000021";
const KAZAKHSTAN_FACT = "aliyev-thanked-member-countries-kazakhstan";

async function approveArticle(requester = bot.moderator()): Promise<string> {
  const drafted = replyOf(await bot.send(encodeModerationId({ kind: "source-form" }), ARTICLE, requester));
  const [approve] = buttonIds(drafted).filter((id) => id.startsWith("atm1:sy:"));
  replyOf(await bot.click(approve!, requester));
  const [source] = bot.storage.records.sources(requester.scope ?? "");
  if (!source) throw new Error("nothing was approved");
  return source.id;
}

describe("an article approved by mistake", { timeout: 120_000 }, () => {
  it("/source remove says what goes, and its button takes back the facts, the event and the new entities here only", async () => {
    const sourceId = await approveArticle();
    await approveArticle(bot.moderator({ scope: OTHER_GUILD }));
    const factsBefore = bot.storage.facts.listFacts(GUILD, { filter: "changed" }).total;
    expect(factsBefore).toBeGreaterThan(1);

    const asked = await bot.command("source", "remove", { source: sourceId, reason: "wrong server" });
    expect(asked.content).toMatch(
      new RegExp(
        `^Take back Example Wire's article of 3 May 2024 “Veloria and Azerbaijan hold talks”\\? This removes ${factsBefore} facts, the event “[^”]+” and \\d+ entities nothing else names \\(Anna Kessel, `,
      ),
    );
    // Nothing is removed until the button is pressed.
    expect(bot.storage.facts.listFacts(GUILD).items.some((v) => v.fact.source === sourceId)).toBe(true);
    const [confirm] = buttonIds(asked);

    const taken = await bot.click(confirm!);
    if (taken.kind !== "update") throw new Error(`expected the confirmation updated, got ${taken.kind}`);
    expect(taken.reply.content).toMatch(/^Took back Example Wire's article .*: removed \d+ facts, the event/);
    const kb = bot.engine.knowledge(GUILD);
    expect([...kb.allFacts()].some((f) => f.fact.source === sourceId)).toBe(false);
    expect(kb.entity("anna-kessel")).toBeUndefined();
    expect(bot.engine.events(GUILD).some((e) => e.source === sourceId)).toBe(false);
    const card = await bot.command("event", "show");
    expect(card.cards?.[0]?.title).not.toMatch(/Kessel/);
    expect(bot.engine.knowledge(OTHER_GUILD).entity("anna-kessel")).toBeDefined();
    expect(bot.storage.facts.history(GUILD, "anna-kessel-is-foreign-minister-of-veloria")).toMatchObject({
      revisions: [{ action: "import" }, { action: "remove", actor: { userId: "100000000000000001" } }],
    });

    const [undo] = buttonIds(taken.reply);
    const restored = await bot.click(undo!);
    expect(restored.kind === "update" && restored.reply.content).toMatch(
      new RegExp(`^Restored ${factsBefore} facts, the event “[^”]+” and \\d+ entities`),
    );
    expect(bot.engine.knowledge(GUILD).entity("anna-kessel")?.name).toBe("Anna Kessel");
    expect(bot.storage.facts.listFacts(GUILD, { filter: "changed" }).total).toBe(factsBefore);
  });

  it("/source restore after the Undo button is gone brings the article back; a second restore finds nothing", async () => {
    const [source] = bot.storage.records.sources(GUILD);
    bot.storage.records.takeBackArticle(GUILD, alice, source!.id);
    const restored = await bot.command("source", "restore", { source: source!.id });
    expect(restored.content).toMatch(/^Restored \d+ facts/);
    const again = await bot.command("source", "restore", { source: source!.id });
    expect(again.content).toMatch(/^Nothing taken back from .* is waiting to be restored here\.$/);
  });

  it("an article of another server, or none, is one line and nothing changes", async () => {
    const other = await bot.command("source", "remove", { source: "no-such-article" });
    expect(other.content).toMatch(/^This server has no such article\./);
    expect(other.buttons ?? []).toEqual([]);
  });
});

describe("an entity or event a moderator added by mistake", { timeout: 60_000 }, () => {
  it("/entity remove of an entity no fact names removes it; the line names the revert that brings it back", async () => {
    const added = bot.storage.records.addEntity(GUILD, alice, {
      kind: "person",
      name: "Jonh Smitt",
      description: "A misspelt name",
      aliases: [],
    });
    if (!added.ok) throw new Error(JSON.stringify(added));
    const removed = await bot.command("entity", "remove", { name: "jonh-smitt", reason: "misspelt" });
    expect(removed.content).toBe(
      "Removed Jonh Smitt from this server (revision 2): questions, lists and autocomplete here no longer see it. To bring it back: /entity revert name:jonh-smitt revision:1",
    );
    expect(bot.engine.knowledge(GUILD).entity("jonh-smitt")).toBeUndefined();
    const back = await bot.command("entity", "revert", { name: "jonh-smitt", revision: 1 });
    expect(back.content).toMatch(/^Jonh Smitt is as it was at revision 1 \(saved as revision 3\)/);
    expect(bot.engine.knowledge(GUILD).entity("jonh-smitt")).toBeDefined();
  });

  it("/entity remove of an entity facts still name is refused in one line saying how many", async () => {
    const refused = await bot.command("entity", "remove", { name: "Anna Kessel" });
    expect(refused.content).toMatch(
      /^Nothing was removed: Anna Kessel: \d+ facts and 1 event of this server still name it: edit or remove them first\.$/,
    );
    expect(bot.engine.knowledge(GUILD).entity("anna-kessel")).toBeDefined();
  });

  it("/entity remove of a curated entity facts still name is refused the same way", async () => {
    const refused = await bot.command("entity", "remove", { name: "Kazakhstan" });
    expect(refused.content).toBe(
      "Nothing was removed: Kazakhstan: 1 fact of this server still names it: edit or remove it first.",
    );
  });

  it("/event remove of a duplicate event takes it off /event show; an event with facts points to /source remove", async () => {
    const added = bot.storage.records.addEvent(GUILD, alice, {
      title: "Kessel visits Baku again",
      date: "2030-01-01",
      participants: [{ name: "Anna Kessel" }],
      summary: "A duplicate with a typo date.",
      outlet: "Example Wire",
      sourceDate: "2030-01-02",
    });
    if (!added.ok) throw new Error(JSON.stringify(added));
    expect((await bot.command("event", "show")).cards?.[0]?.title).toBe("Kessel visits Baku again");
    const removed = await bot.command("event", "remove", { name: added.record.id });
    expect(removed.content).toMatch(/^Removed Kessel visits Baku again from this server \(revision 2\)/);
    expect((await bot.command("event", "show")).cards?.[0]?.title).not.toBe("Kessel visits Baku again");

    const withFacts = bot.engine
      .events(GUILD)
      .find((e) => e.participants.some((p) => p.entity === "anna-kessel"));
    const refused = await bot.command("event", "remove", { name: withFacts!.id });
    expect(refused.content).toMatch(
      /of this server belongs? to it: remove (?:it|them) first, or take back the whole article with \/source remove\.$/,
    );
  });
});

describe("an article taken back, then an entity it names removed here", { timeout: 60_000 }, () => {
  const remover = () => bot.moderator({ scope: REMOVER });
  const question = "Where did Kazakhstan host a CICA meeting?";
  let sourceId = "";

  it("/source restore brings back nothing, in one line naming the revert that brings the entity back first", async () => {
    const added = bot.storage.facts.addFact(REMOVER, alice, {
      statement: "Kazakhstan hosted a CICA meeting in Astana.",
      entities: ["Kazakhstan"],
      outlet: "Astana Courier",
      date: "2024-05-01",
      quote: "Kazakhstan hosted a CICA meeting in Astana.",
      title: "CICA meets in Astana",
    });
    if (!added.ok) throw new Error(JSON.stringify(added));
    sourceId = added.fact.fact.source;
    const event = bot.storage.records.addEvent(REMOVER, alice, {
      title: "CICA meeting in Astana",
      date: "2024-04-30",
      participants: [{ name: "Kazakhstan", role: "host" }],
      summary: "Kazakhstan hosted a CICA meeting in Astana.",
      outlet: "Astana Courier",
      sourceDate: "2024-05-01",
    });
    if (!event.ok) throw new Error(JSON.stringify(event));
    expect(event.record.source).toBe(sourceId);
    bot.storage.records.takeBackArticle(REMOVER, alice, sourceId);
    bot.storage.facts.removeFact(REMOVER, alice, KAZAKHSTAN_FACT);
    const removed = await bot.command("entity", "remove", { name: "Kazakhstan" }, remover());
    expect(removed.content).toMatch(/^Removed Kazakhstan from this server/);

    const refused = await bot.command("source", "restore", { source: sourceId }, remover());
    expect(refused.content).toBe(
      "Nothing was restored: Kazakhstan was removed in this server (/entity revert name:kazakhstan brings it back). " +
        "Astana Courier's article of 1 May 2024 “CICA meets in Astana” names it: bring it back first, then run /source restore again.",
    );
    expect(bot.engine.answer(question, REMOVER).answered).toBe(false);
    expect(bot.engine.events(REMOVER).some((e) => e.source === sourceId)).toBe(false);
    expect(bot.storage.records.entities(REMOVER).some((e) => e.id === "kazakhstan")).toBe(false);
    // Nothing is lost: the article still waits to be restored.
    const offered = await bot.complete("source", "restore", "source", "astana", remover());
    expect(offered.map((choice) => choice.value)).toEqual([sourceId]);
  });

  it("once the entity is reverted, /source restore brings the fact and the event back, answered and editable", async () => {
    await bot.command("entity", "revert", { name: "kazakhstan", revision: 1 }, remover());
    const restored = await bot.command("source", "restore", { source: sourceId }, remover());
    expect(restored.content).toMatch(
      /^Restored 1 fact and the event “CICA meeting in Astana” of Astana Courier's article/,
    );
    expect(bot.engine.answer(question, REMOVER).answered).toBe(true);
    const fact = bot.storage.facts.listFacts(REMOVER).items.find((v) => v.fact.source === sourceId);
    const statement = "Kazakhstan hosted a CICA summit in Astana.";
    const edited = bot.storage.facts.editFact(REMOVER, alice, fact!.id, { statement }, fact!.revision);
    expect(edited).toMatchObject({ ok: true });
  });
});
