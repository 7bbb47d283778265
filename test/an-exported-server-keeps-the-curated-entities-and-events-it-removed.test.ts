/**
 * /fact export wrote a server's own facts, entities, events, aliases and removed facts, but not the
 * curated entities and events it removed: exported and imported into a fresh server (a move, a
 * backup restored), the copy saw again everything the moderators had removed. The export now lists
 * them (format version 2), the import removes them as a revision each, and what it cannot remove
 * (unknown, also imported, or still named by facts or events the server would see) is one line
 * naming where it is in the file, with nothing imported.
 */
import { describe, expect, it } from "vitest";
import type { OverlayExport } from "../src/storage/overlay-file.ts";
import { alice, bob } from "./fixtures/storage/support.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";
import { moderationServices } from "./support/moderation-services.ts";

const DATA = madeUpStore("lake-ferry", {
  outlet: "Elm Sea Ledger",
  title: "Norvik and Castel talk about a lake ferry",
  date: "2026-06-12",
  entities: [
    ...norvikAndCastel(),
    { id: "lake-orvik", kind: "place", name: "Lake Orvik", description: "Lake shared by Norvik and Castel" },
    // Named by no fact or event: a server may remove it at once.
    { id: "orvik-pier", kind: "place", name: "Orvik Pier", description: "Ferry pier on Lake Orvik" },
  ],
  meetings: [
    {
      id: "2026-06-10-ferry-talks",
      title: "Norvik–Castel ferry talks in Orvik",
      date: "2026-06-10",
      place: "Orvik",
      participants: NORVIK_AND_CASTEL,
      facts: [["ferry", "Norvik and Castel agreed to run a ferry across Lake Orvik.", ["lake-orvik"]]],
    },
    {
      id: "2026-06-11-pier-visit",
      title: "Castel's envoy visits the Orvik pier",
      date: "2026-06-11",
      place: "Orvik",
      participants: NORVIK_AND_CASTEL,
      facts: [],
    },
  ],
});

const bot = moderationServices({ data: DATA });
const HERE = "900000000000000051";
/** A fresh server the export is loaded into. */
const COPY = "900000000000000052";
const here = () => bot.moderator({ scope: HERE });
const PIER = "orvik-pier";
const VISIT = "2026-06-11-pier-visit";

/** What /fact export attaches, read back as the document an import takes. */
async function exported(scope = HERE): Promise<{ line: string; document: OverlayExport }> {
  const result = await bot.interact("fact", "export", {}, bot.moderator({ scope }));
  if (result.kind !== "reply" || !result.files?.[0]) throw new Error(`no file: ${JSON.stringify(result)}`);
  return {
    line: result.reply.content ?? "",
    document: JSON.parse(result.files[0].data.toString("utf8")) as OverlayExport,
  };
}

describe("a server's export keeps the curated entities and events it removed", () => {
  it("lists them (format version 2), and an import into a fresh server removes them there too", async () => {
    expect((await bot.command("entity", "remove", { name: "Orvik Pier" }, here())).content).toMatch(
      /^Removed Orvik Pier from this server/,
    );
    expect((await bot.command("event", "remove", { name: VISIT }, here())).content).toMatch(/^Removed /);
    // Its own entity, added and removed, is listed apart: nothing to remove in a fresh server.
    bot.storage.records.addEntity(HERE, alice, {
      kind: "person",
      name: "Zorbel Quint",
      description: "Envoy of a made-up lake council",
      aliases: [],
    });
    bot.storage.records.remove(HERE, alice, "entity", "zorbel-quint");
    // So is its own fact, added and removed: among the curated ones, it made the whole import
    // into a fresh server fail on an "unknown fact".
    const own = bot.storage.facts.addFact(HERE, alice, {
      statement: "Norvik and Castel named a ferry after Lake Orvik.",
      entities: ["Norvik", "Castel"],
      outlet: "Elm Sea Ledger",
      date: "2026-06-12",
      quote: "Norvik and Castel named a ferry after Lake Orvik.",
    });
    if (!own.ok) throw new Error(JSON.stringify(own));
    expect(bot.storage.facts.removeFact(HERE, alice, own.fact.id)).toMatchObject({ ok: true });

    const { line, document } = await exported();
    expect(document).toMatchObject({
      version: 3,
      removedFacts: [],
      removedEntities: [PIER],
      removedEvents: [VISIT],
      removedOwnFacts: [{ id: own.fact.id }],
      removedOwnEntities: [{ id: "zorbel-quint" }],
      removedOwnEvents: [],
    });
    expect(line).toMatch(/^This server's own changes: 0 facts, 4 removed,/);

    const imported = bot.storage.facts.importOverlay(COPY, bob, document, { reason: "moved from HERE" });
    expect(imported).toMatchObject({ ok: true, counts: { removed: 2, unchanged: 2 } });
    expect(bot.storage.records.entities(COPY).map((e) => e.id)).not.toContain(PIER);
    expect(bot.storage.records.events(COPY).map((e) => e.id)).not.toContain(VISIT);
    const kb = bot.engine.knowledge(COPY);
    expect([...kb.hiddenEntities, ...kb.hiddenEvents]).toEqual([PIER, VISIT]);
    expect(bot.storage.records.history(COPY, "entity", PIER)?.map((r) => [r.revision, r.action])).toEqual([
      [1, "curated"],
      [2, "import"],
    ]);

    // The copy's export is the same file but for what HERE added and removed, which the copy never
    // had; and the import brought back only what it removed.
    const again = await exported(COPY);
    expect({ ...again.document, guild: HERE, exportedAt: document.exportedAt }).toEqual({
      ...document,
      removedOwnFacts: [],
      removedOwnEntities: [],
    });
    const back = await bot.command(
      "entity",
      "revert",
      { name: PIER, revision: 1 },
      bot.moderator({ scope: COPY }),
    );
    expect(back.content).toMatch(/^Orvik Pier is as it was at revision 1/);
  });

  it("imports the same file again as unchanged, and a file of version 1 (no removed entities) as before", () => {
    const document = {
      format: "attache-overlay",
      version: 2,
      removedEntities: [PIER],
      removedEvents: [VISIT],
    };
    const twice = "900000000000000053";
    expect(bot.storage.facts.importOverlay(twice, bob, document)).toMatchObject({
      ok: true,
      counts: { removed: 2 },
    });
    expect(bot.storage.facts.importOverlay(twice, bob, document)).toMatchObject({
      ok: true,
      counts: { removed: 0, unchanged: 2 },
    });
    expect(
      bot.storage.facts.importOverlay(twice, bob, { format: "attache-overlay", version: 1 }),
    ).toMatchObject({
      ok: true,
    });
  });
});

describe("an import that cannot remove an entity or event", () => {
  it("names each one in one line, where it is in the file, and imports nothing", () => {
    const fresh = "900000000000000054";
    const result = bot.storage.facts.importOverlay(
      fresh,
      bob,
      {
        entities: [{ id: "veloria", kind: "country", name: "Veloria", description: "Country on Lake Amari" }],
        removedEntities: ["lake-orvik", "atlantis", "veloria"],
        removedEvents: ["2026-06-10-ferry-talks"],
      },
      { file: "moved.json" },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => `${p.file} ${p.path}: ${p.message}`)).toEqual([
      'moved.json $.removedEntities[0]: entity "lake-orvik" cannot be removed: 1 fact here would still name it (remove them in removedFacts and removedEvents, or keep the entity)',
      'moved.json $.removedEntities[1]: unknown entity "atlantis"',
      'moved.json $.removedEntities[2]: entity "veloria" is both imported and removed',
      'moved.json $.removedEvents[0]: event "2026-06-10-ferry-talks" cannot be removed: 1 fact here would still name it (remove them in removedFacts, or keep the event)',
    ]);
    expect(bot.storage.store.overlays.records(fresh)).toEqual([]);
  });

  it("removes an entity once the same file removes the facts and events naming it", () => {
    const fresh = "900000000000000055";
    const result = bot.storage.facts.importOverlay(fresh, bob, {
      removedFacts: [...bot.engine.knowledge(fresh).factsAbout("lake-orvik")].map((f) => f.fact.id),
      removedEntities: ["lake-orvik"],
    });
    expect(result).toMatchObject({ ok: true, counts: { removed: 2 } });
    expect(bot.storage.records.entities(fresh).map((e) => e.id)).not.toContain("lake-orvik");
    expect(bot.engine.knowledge(fresh).hiddenEntities.has("lake-orvik")).toBe(true);
  });
});
