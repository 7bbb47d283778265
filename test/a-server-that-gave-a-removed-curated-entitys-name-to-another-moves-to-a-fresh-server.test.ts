/**
 * A moderator may "replace" a curated entity: remove it, then add one of their own by the same
 * name, or give its name to another entity as an alias (the removed one names nothing here any
 * more). The export of that server lists the new entity or alias and the removal, yet importing it
 * into a fresh server (the move or backup the export is for) was refused as a whole: the import
 * checked the file's names against the entities the file itself removes. It now checks them
 * against what the server will see after the import.
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
  ],
});

const bot = moderationServices({ data: DATA });

/** The server's export, as the document an import takes. */
function exported(scope: string): OverlayExport {
  return JSON.parse(JSON.stringify(bot.storage.facts.exportOverlay(scope))) as OverlayExport;
}

describe("a server that removed a curated entity and gave its name to another", () => {
  it("moves to a fresh server when the other is an entity of its own by the same name", () => {
    const [HERE, COPY] = ["900000000000000081", "900000000000000082"];
    expect(bot.storage.records.remove(HERE, alice, "entity", "orvik-pier")).toMatchObject({ ok: true });
    expect(
      bot.storage.records.addEntity(HERE, alice, {
        kind: "place",
        name: "Orvik Pier",
        description: "The new ferry pier",
        aliases: [],
      }),
    ).toMatchObject({ ok: true, record: { id: "orvik-pier-2" } });
    const document = exported(HERE);
    expect(document.removedEntities).toEqual(["orvik-pier"]);

    const moved = bot.storage.facts.importOverlay(COPY, bob, document, { file: "a.json" });
    expect(moved).toMatchObject({ ok: true, counts: { entities: 1, removed: 1 } });
    const kb = bot.engine.knowledge(COPY);
    expect(kb.entitiesNamed("orvik pier")).toEqual(["orvik-pier-2"]);
    expect(kb.entity("orvik-pier-2")?.description).toBe("The new ferry pier");
  });

  it("moves to a fresh server when the other is an entity given that name as an alias", () => {
    const [HERE, COPY] = ["900000000000000141", "900000000000000142"];
    expect(bot.storage.records.remove(HERE, alice, "entity", "orvik-pier")).toMatchObject({ ok: true });
    expect(bot.storage.facts.addAlias(HERE, alice, "lake-orvik", "Orvik Pier")).toMatchObject({ ok: true });

    const moved = bot.storage.facts.importOverlay(COPY, bob, exported(HERE), { file: "a.json" });
    expect(moved).toMatchObject({ ok: true, counts: { removed: 1 } });
    expect(bot.engine.knowledge(COPY).entitiesNamed("orvik pier")).toEqual(["lake-orvik"]);
  });

  it("still refuses, in one line, a file whose own entity takes the name of one the file keeps", () => {
    const COPY = "900000000000000152";
    const moved = bot.storage.facts.importOverlay(
      COPY,
      bob,
      {
        entities: [{ id: "orvik-pier-2", kind: "place", name: "Orvik Pier", description: "A second pier" }],
      },
      { file: "a.json" },
    );
    expect(moved).toMatchObject({ ok: false, kind: "invalid" });
    if (moved.ok || moved.kind !== "invalid") return;
    expect(moved.problems).toHaveLength(1);
    expect(moved.problems[0]).toMatchObject({ path: "$.entities[0].name" });
  });
});
