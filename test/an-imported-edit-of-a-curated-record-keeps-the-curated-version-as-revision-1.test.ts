/**
 * An import that changes a curated entity or event (an export of a server that edited one, loaded
 * elsewhere) wrote the change as revision 1, hiding the curated revision 1: the history no longer
 * showed the curated version, and "revert to revision 1" brought back the import's, so the server
 * could never follow the curated record again. It is revision 2, as a moderator's edit and an
 * imported removal are.
 */
import { describe, expect, it } from "vitest";
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
const HERE = "900000000000000091";

describe("an imported edit of a curated entity or event", () => {
  it("is revision 2 of an entity, and a revert to revision 1 brings the curated one back", () => {
    const moved = bot.storage.facts.importOverlay(HERE, bob, {
      entities: [{ id: "lake-orvik", kind: "place", name: "Lake Orvik", description: "Edited elsewhere" }],
    });
    expect(moved).toMatchObject({ ok: true, counts: { entities: 1 } });
    const history = bot.storage.records.history(HERE, "entity", "lake-orvik");
    expect(history?.map((r) => [r.revision, r.action])).toEqual([
      [1, "curated"],
      [2, "import"],
    ]);
    expect(bot.engine.knowledge(HERE).entity("lake-orvik")?.description).toBe("Edited elsewhere");
    expect(bot.storage.records.revert(HERE, alice, "entity", "lake-orvik", 1)).toMatchObject({ ok: true });
    expect(bot.engine.knowledge(HERE).entity("lake-orvik")?.description).toBe(
      "Lake shared by Norvik and Castel",
    );
  });

  it("is revision 2 of an event", () => {
    const event = bot.engine.base.event("2026-06-10-ferry-talks");
    if (!event) throw new Error("no curated event");
    const moved = bot.storage.facts.importOverlay(HERE, bob, {
      events: [{ ...event, title: "Norvik–Castel ferry talks on Lake Orvik" }],
    });
    expect(moved).toMatchObject({ ok: true, counts: { events: 1 } });
    const history = bot.storage.records.history(HERE, "event", "2026-06-10-ferry-talks");
    expect(history?.map((r) => [r.revision, r.action])).toEqual([
      [1, "curated"],
      [2, "import"],
    ]);
  });
});
