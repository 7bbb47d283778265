/**
 * An export lists every record sorted by id, in one order, so that exports of equal overlays are
 * equal files. The curated records a server removed were listed in the database's order instead:
 * SQLite's byte order puts "orvik-pier" before "orvik_pier", the file's order the other way round,
 * and PostgreSQL's depends on how the database was created. They are now in the file's order.
 */
import { describe, expect, it } from "vitest";
import { alice } from "./fixtures/storage/support.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";
import { moderationServices } from "./support/moderation-services.ts";

const DATA = madeUpStore("lake-piers", {
  outlet: "Elm Sea Ledger",
  title: "Norvik and Castel open two piers",
  date: "2026-06-12",
  entities: [
    ...norvikAndCastel(),
    { id: "orvik-pier", kind: "place", name: "Orvik Pier", description: "Ferry pier on Lake Orvik" },
    { id: "orvik_pier", kind: "place", name: "Orvik Jetty", description: "Fishing jetty on Lake Orvik" },
    { id: "orvik.pier", kind: "place", name: "Orvik Quay", description: "Old quay on Lake Orvik" },
  ],
  meetings: [
    {
      id: "2026-06-10-pier-talks",
      title: "Norvik–Castel talks in Orvik",
      date: "2026-06-10",
      place: "Orvik",
      participants: NORVIK_AND_CASTEL,
      facts: [["piers", "Norvik and Castel agreed to open two piers.", ["norvik"]]],
    },
  ],
});
const bot = moderationServices({ data: DATA });
const HERE = "900000000000000161";

describe("the curated records a server removed, in its export", () => {
  it("are listed in the order of every other list of the file", () => {
    for (const id of ["orvik-pier", "orvik.pier", "orvik_pier"])
      expect(bot.storage.records.remove(HERE, alice, "entity", id)).toMatchObject({ ok: true });
    const { removedEntities } = bot.storage.facts.exportOverlay(HERE);
    expect(removedEntities).toEqual(
      ["orvik-pier", "orvik.pier", "orvik_pier"].sort((a, b) => a.localeCompare(b)),
    );
    expect(removedEntities).toEqual(["orvik_pier", "orvik-pier", "orvik.pier"]);
  });
});
