/**
 * "How much electricity does Kestia carry across its grid?" is not answered by "Kestia joined the
 * deal as a third party": a fraction's word before a noun of its own is an ordinal and measures nothing
 * ("cut by a third" still does). "How many people died in the May 2024 floods?" is not answered by
 * "a flood like the one in May 2024": "one" standing for a thing named counts nothing.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("amari-power", {
    outlet: "Port Sella Courier",
    title: "Veloria and Norland sign power deal",
    date: "2026-06-12",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Country north of Veloria" },
      { id: "kestia", kind: "country", name: "Kestia", description: "Country east of Norland" },
      { id: "amari", kind: "place", name: "Amari", description: "River between Veloria and Norland" },
      {
        id: "tova-lind",
        kind: "person",
        name: "Tova Lind",
        description: "Minister of Energy of Norland",
      },
    ],
    meetings: [
      {
        id: "2026-06-10-power",
        title: "Veloria–Norland power talks",
        date: "2026-06-10",
        place: "Port Sella",
        participants: [
          ["veloria", "host"],
          ["norland", "guest"],
        ],
        topics: ["electricity", "floods"],
        facts: [
          [
            "power-deal",
            "Norland and Veloria signed a five-year agreement on 10 June 2026 for Norland to buy Velorian hydropower, and Kestia joined the deal as a third party that will carry the electricity across its grid.",
            ["norland", "veloria", "kestia"],
          ],
          [
            "power-cut",
            "Veloria agreed to cut the price of the electricity it sells to Norland by a third.",
            ["veloria", "norland"],
          ],
          [
            "dam-higher",
            "Tova Lind said the Amari dam is being built higher so that a flood like the one in May 2024 passes over the spillway, not the town.",
            ["tova-lind", "amari"],
          ],
          [
            "flood-toll",
            "The Amari floods of March 2023 killed 14 people in Veloria.",
            ["amari", "veloria"],
            "2026-06-10",
          ],
        ],
      },
    ],
  }),
);

describe("a third party or the one in May is no figure", () => {
  it("does not answer how much electricity a 'third party' carries with the ordinal", () => {
    expect(engine.answer("how much electricity does kestia carry across its grid?").answered).toBe(false);
  });

  it("still answers a fraction that measures: cut by a third", () => {
    expect(engine.answer("by how much will veloria cut the price of its electricity?").answer).toMatch(
      /by a third/,
    );
  });

  it("does not count the dead of a flood with 'the one in May 2024'", () => {
    expect(engine.answer("how many people died in the may 2024 amari floods?").answered).toBe(false);
  });

  it("still counts the dead where a fact gives their number", () => {
    expect(engine.answer("how many people did the march 2023 amari floods kill?").answer).toMatch(
      /14 people/,
    );
  });
});
