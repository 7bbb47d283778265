/**
 * /fact revert to a curated fact's revision 1 goes back to following the curated data, but
 * /entity revert and /event revert to revision 1 saved a copy of the curated version as the
 * server's own: a later correction to data/ (an operator fixing a description and restarting)
 * never reached that server. Now going back to the curated revision drops the server's version,
 * as a revision history shows and a revert can undo, also for a curated record the server removed.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openStorage, type Storage } from "../src/storage/index.ts";
import { alice } from "./fixtures/storage/support.ts";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";
import { moderationServices } from "./support/moderation-services.ts";

const DATA = madeUpStore("harbour-council", {
  outlet: "Elm Sea Ledger",
  title: "Norvik and Castel set up a harbour council",
  date: "2026-05-12",
  entities: [
    ...norvikAndCastel(),
    { id: "lake-orvik", kind: "place", name: "Lake Orvik", description: "Lake shared by Norvik and Castel" },
    // Named by no fact or event: a server may remove it.
    { id: "orvik-harbour", kind: "place", name: "Orvik Harbour", description: "Harbour on Lake Orvik" },
  ],
  meetings: [
    {
      id: "2026-05-10-orvik-talks",
      title: "Norvik–Castel lake talks in Orvik",
      date: "2026-05-10",
      place: "Orvik",
      participants: NORVIK_AND_CASTEL,
      facts: [["readings", "Norvik and Castel agreed to share readings of Lake Orvik.", ["lake-orvik"]]],
    },
    {
      id: "2026-05-11-harbour-visit",
      title: "Castel's envoy visits the Orvik harbour",
      date: "2026-05-11",
      place: "Orvik",
      participants: NORVIK_AND_CASTEL,
      facts: [],
    },
  ],
});

const bot = moderationServices({ data: DATA });
const HERE = "900000000000000021";
const ELSEWHERE = "900000000000000022";
const here = () => bot.moderator({ scope: HERE });

/** The curated article's folder, whose files an operator corrects. */
const FOLDER = join(DATA, readdirSync(DATA)[0]!);

/** An operator's correction to one curated record, in data/ (seen by the bot once restarted). */
function correctCurated(file: "entities.json" | "events.json", id: string, change: Record<string, string>) {
  const path = join(FOLDER, file);
  const records = JSON.parse(readFileSync(path, "utf8")) as { id: string }[];
  writeFileSync(
    path,
    JSON.stringify(records.map((record) => (record.id === id ? { ...record, ...change } : record))),
  );
}

const reopened: Storage[] = [];
afterAll(() => {
  for (const storage of reopened) storage.store.close();
});

/** The bot started again on the same database, reading the curated data as it is now. */
function restarted(): Storage {
  const opened = openStorage(engineFrom(DATA), bot.file);
  if (!opened.ok) throw new Error(opened.error.message);
  reopened.push(opened.storage);
  return opened.storage;
}

describe("a curated entity reverted to its curated revision", () => {
  it("follows the curated data again, corrections included, and that revert can itself be reverted", async () => {
    const edited = bot.storage.records.editEntity(
      HERE,
      alice,
      "lake-orvik",
      { kind: "place", name: "Lake Orvik", description: "Our own lake", aliases: [] },
      1,
    );
    expect(edited).toMatchObject({ ok: true, revision: 2 });

    const back = await bot.command("entity", "revert", { name: "lake-orvik", revision: 1 }, here());
    expect(back.content).toMatch(
      /^Lake Orvik is as it was at revision 1 \(saved as revision 3\)\. It follows the curated data again, later corrections included\. It sets aside revision 2/,
    );
    const history = await bot.command("entity", "history", { name: "lake-orvik" }, here());
    expect(history.cards?.[0]?.description).toMatch(/\*\*r3\*\* reverted to r1/);

    correctCurated("entities.json", "lake-orvik", { description: "Lake between Norvik and Castel" });
    const after = restarted();
    expect(after.records.state(HERE, "entity", "lake-orvik")?.current.description).toBe(
      "Lake between Norvik and Castel",
    );
    expect(after.facts.engine.knowledge(HERE).entity("lake-orvik")?.description).toBe(
      "Lake between Norvik and Castel",
    );

    const own = after.records.revert(HERE, alice, "entity", "lake-orvik", 2);
    expect(own).toMatchObject({ ok: true, revision: 4, record: { description: "Our own lake" } });
    expect(after.facts.engine.knowledge(HERE).entity("lake-orvik")?.description).toBe("Our own lake");
    expect(after.facts.engine.knowledge(ELSEWHERE).entity("lake-orvik")?.description).toBe(
      "Lake between Norvik and Castel",
    );
  });

  it("comes back after the server removed it, and follows the curated data", async () => {
    const removed = await bot.command("entity", "remove", { name: "Orvik Harbour" }, here());
    expect(removed.content).toMatch(/^Removed Orvik Harbour from this server \(revision 2\)/);

    const back = await bot.command("entity", "revert", { name: "orvik-harbour", revision: 1 }, here());
    expect(back.content).toMatch(
      /^Orvik Harbour is as it was at revision 1 \(saved as revision 3\)\. It follows/,
    );
    expect(bot.storage.records.entities(HERE).some((entity) => entity.id === "orvik-harbour")).toBe(true);

    correctCurated("entities.json", "orvik-harbour", { description: "Ferry harbour on Lake Orvik" });
    expect(restarted().records.state(HERE, "entity", "orvik-harbour")).toMatchObject({
      removed: false,
      current: { description: "Ferry harbour on Lake Orvik" },
    });
  });

  it("is refused in one line when the server already follows the curated version", async () => {
    const refused = await bot.command("entity", "revert", { name: "Norvik", revision: 1 }, here());
    expect(refused.content).toBe(
      'Nothing was saved: entity "norvik" already follows the curated version (revision 1).',
    );
  });
});

describe("a curated event reverted to its curated revision", () => {
  const TALKS = "2026-05-10-orvik-talks";
  const VISIT = "2026-05-11-harbour-visit";

  it("follows the curated data again, corrections included", async () => {
    const records = bot.storage.records;
    const talks = records.state(HERE, "event", TALKS)!.current;
    const fields = { ...records.eventFields(HERE, talks), summary: "Our own account of the talks" };
    expect(records.editEvent(HERE, alice, TALKS, fields, 1)).toMatchObject({ ok: true, revision: 2 });

    const back = await bot.command("event", "revert", { name: TALKS, revision: 1 }, here());
    expect(back.content).toMatch(
      /^Saved revision 3\. It follows the curated data again, later corrections included\. It sets aside revision 2/,
    );
    expect(back.cards?.[0]?.description).toBe("Norvik–Castel lake talks in Orvik");

    correctCurated("events.json", TALKS, { summary: "Norvik and Castel met in Orvik about the lake" });
    const after = restarted();
    expect(after.records.state(HERE, "event", TALKS)?.current.summary).toBe(
      "Norvik and Castel met in Orvik about the lake",
    );
    expect(after.facts.engine.knowledge(HERE).event(TALKS)?.summary).toBe(
      "Norvik and Castel met in Orvik about the lake",
    );
  });

  it("comes back after the server removed it, and follows the curated data", async () => {
    const removed = await bot.command("event", "remove", { name: VISIT }, here());
    expect(removed.content).toMatch(/^Removed Castel's envoy visits the Orvik harbour from this server/);

    const back = await bot.command("event", "revert", { name: VISIT, revision: 1 }, here());
    expect(back.content).toMatch(/^Saved revision 3\. It follows the curated data again/);
    expect(bot.storage.records.events(HERE).some((event) => event.id === VISIT)).toBe(true);

    correctCurated("events.json", VISIT, { title: "Castel's envoy visits Orvik Harbour" });
    expect(restarted().records.state(HERE, "event", VISIT)).toMatchObject({
      removed: false,
      current: { title: "Castel's envoy visits Orvik Harbour" },
    });
  });

  it("is refused in one line while it names an entity this server removed since, and nothing is saved", async () => {
    const records = bot.storage.records;
    bot.storage.facts.removeFact(HERE, alice, "readings");
    expect(records.remove(HERE, alice, "event", TALKS)).toMatchObject({ ok: true });
    expect(records.remove(HERE, alice, "event", VISIT)).toMatchObject({ ok: true, revision: 4 });
    expect(records.remove(HERE, alice, "entity", "castel")).toMatchObject({ ok: true });

    const refused = await bot.command("event", "revert", { name: VISIT, revision: 1 }, here());
    expect(refused.content).toBe(
      "Nothing was saved: Castel was removed in this server (/entity revert name:castel brings it back).",
    );
    expect(records.state(HERE, "event", VISIT)).toMatchObject({ revision: 4, removed: true });
  });
});
