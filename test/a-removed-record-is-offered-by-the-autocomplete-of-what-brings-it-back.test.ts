/**
 * A removed entity, event or article left every autocomplete list: a moderator who wanted to
 * restore it, revert it or read its history had to know its id by heart. The commands that act on
 * removed records (/entity and /event history and revert, /source restore) now offer them, marked
 * "(removed)"; the commands that act on what the server sees (edit, remove, show, /source remove)
 * still do not.
 */
import { describe, expect, it } from "vitest";
import { alice } from "./fixtures/storage/support.ts";
import { GUILD, moderationServices } from "./support/moderation-services.ts";

const bot = moderationServices();
const OTHER_GUILD = "900000000000000002";

const namesOffered = (choices: { name: string; value: string }[], value: string) =>
  choices.filter((choice) => choice.value === value).map((choice) => choice.name);

describe("an entity removed here is offered by history and revert, marked removed", () => {
  it("/entity revert and /entity history offer “Kargi Ridge (removed)”; edit and remove do not", async () => {
    const added = bot.storage.records.addEntity(GUILD, alice, {
      kind: "place",
      name: "Kargi Ridge",
      description: "A ridge on the border, named in a draft by mistake",
      aliases: [],
    });
    if (!added.ok) throw new Error(JSON.stringify(added));
    expect(namesOffered(await bot.complete("entity", "edit", "name", "kargi"), "kargi-ridge")).toEqual([
      "Kargi Ridge (place) — A ridge on the border, named in a draft by mistake",
    ]);
    await bot.command("entity", "remove", { name: "kargi-ridge" });

    for (const sub of ["revert", "history"]) {
      expect(namesOffered(await bot.complete("entity", sub, "name", "kargi"), "kargi-ridge"), sub).toEqual([
        "Kargi Ridge (removed) — place: A ridge on the border, named in a draft by mistake",
      ]);
    }
    for (const sub of ["edit", "remove"]) {
      expect(namesOffered(await bot.complete("entity", sub, "name", "kargi"), "kargi-ridge"), sub).toEqual(
        [],
      );
    }
    // With nothing typed the removed one leads the list: it is what a revert is usually for.
    expect((await bot.complete("entity", "revert", "name", ""))[0]?.value).toBe("kargi-ridge");
  });

  it("what the autocomplete offers brings it back", async () => {
    const [choice] = await bot.complete("entity", "revert", "name", "Kargi Ridge");
    const back = await bot.command("entity", "revert", { name: choice!.value, revision: 1 });
    expect(back.content).toMatch(/^Kargi Ridge is as it was at revision 1/);
    expect(namesOffered(await bot.complete("entity", "revert", "name", "kargi"), "kargi-ridge")).toEqual([
      "Kargi Ridge (place) — A ridge on the border, named in a draft by mistake",
    ]);
  });

  it("another server's removals are not offered, and a member who is not a moderator is offered nothing", async () => {
    expect(
      await bot.complete("entity", "revert", "name", "kargi", bot.moderator({ scope: OTHER_GUILD })),
    ).toEqual([]);
    const member = bot.moderator({ member: { permissions: 0n, roles: [] } });
    expect(await bot.complete("entity", "revert", "name", "kargi", member)).toEqual([]);
  });
});

describe("an event removed here is offered by history and revert, marked removed", () => {
  it("/event revert and /event history offer it with “(removed)”; show, edit and remove do not", async () => {
    const added = bot.storage.records.addEvent(GUILD, alice, {
      title: "Talks at Kargi Ridge",
      date: "2030-03-04",
      participants: [{ name: "Kazakhstan" }],
      summary: "A duplicate of talks already on file.",
      outlet: "Example Wire",
      sourceDate: "2030-03-05",
    });
    if (!added.ok) throw new Error(JSON.stringify(added));
    const id = added.record.id;
    await bot.command("event", "remove", { name: id });

    for (const sub of ["revert", "history"]) {
      expect(namesOffered(await bot.complete("event", sub, "name", "kargi"), id), sub).toEqual([
        "4 March 2030 · Talks at Kargi Ridge (removed)",
      ]);
    }
    for (const sub of ["show", "edit", "remove"]) {
      expect(namesOffered(await bot.complete("event", sub, "name", "kargi"), id), sub).toEqual([]);
    }
    const history = await bot.command("event", "history", { name: id });
    expect(history.cards?.[0]?.description).toMatch(/\*\*r2\*\* remove/);
  });
});

describe("an article taken back here is offered by /source restore, marked removed", () => {
  it("/source restore offers it with “(removed)”; /source remove offers only articles still in use", async () => {
    const added = bot.storage.facts.addFact(GUILD, alice, {
      statement: "Kazakhstan opened a consulate at Kargi Ridge.",
      entities: ["Kazakhstan"],
      outlet: "Kargi Courier",
      date: "2030-04-01",
      quote: "Kazakhstan opened a consulate at Kargi Ridge.",
      title: "A consulate at the ridge",
    });
    if (!added.ok) throw new Error(JSON.stringify(added));
    const source = added.fact.fact.source;
    const label = "Kargi Courier, 2030-04-01: A consulate at the ridge";
    expect(namesOffered(await bot.complete("source", "remove", "source", "kargi"), source)).toEqual([label]);
    expect(namesOffered(await bot.complete("source", "restore", "source", "kargi"), source)).toEqual([]);

    bot.storage.records.takeBackArticle(GUILD, alice, source);
    expect(namesOffered(await bot.complete("source", "restore", "source", "kargi"), source)).toEqual([
      `${label} (removed)`,
    ]);
    expect(namesOffered(await bot.complete("source", "remove", "source", "kargi"), source)).toEqual([]);

    const restored = await bot.command("source", "restore", { source });
    expect(restored.content).toMatch(/^Restored 1 fact of Kargi Courier's article/);
    expect(namesOffered(await bot.complete("source", "remove", "source", "kargi"), source)).toEqual([label]);
  });
});

describe("an article whose fact was removed on its own is not offered by /source restore", () => {
  it("/source restore offers only articles a take-back removed: the fact's own revert brings that one back", async () => {
    const added = bot.storage.facts.addFact(GUILD, alice, {
      statement: "Kazakhstan opened a trade office at Orsk Gate.",
      entities: ["Kazakhstan"],
      outlet: "Orsk Gazette",
      date: "2030-05-01",
      quote: "Kazakhstan opened a trade office at Orsk Gate.",
      title: "A trade office at the gate",
    });
    if (!added.ok) throw new Error(JSON.stringify(added));
    const source = added.fact.fact.source;
    bot.storage.facts.removeFact(GUILD, alice, added.fact.id);

    expect(namesOffered(await bot.complete("source", "restore", "source", "orsk"), source)).toEqual([]);
    expect(namesOffered(await bot.complete("source", "remove", "source", "orsk"), source)).toEqual([]);
    const back = await bot.command("fact", "revert", { id: added.fact.id, revision: 1 });
    expect(back.cards?.[0]?.title ?? back.content).not.toMatch(/nothing was saved/i);
    expect(namesOffered(await bot.complete("source", "remove", "source", "orsk"), source)).toEqual([
      "Orsk Gazette, 2030-05-01: A trade office at the gate",
    ]);
  });
});
