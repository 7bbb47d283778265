/**
 * "Who runs the marine park?" asks who leads the park: "Tatu Semboja, who led the seabed survey of
 * the park, said …" tells who led the survey, the park only naming whose survey it was. A place the
 * store names no head for in words of leading stays refused.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const store = (withWarden: boolean) =>
  madeUpStore("amari-park", {
    outlet: "Port Sella Courier",
    title: "Reef survey in the Amari Marine Park",
    date: "2026-10-02",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      {
        id: "amari-park",
        kind: "place",
        name: "Amari Marine Park",
        description: "Marine park on the coast of Veloria",
      },
      { id: "ilsa-dune", kind: "person", name: "Ilsa Dune", description: "Marine ecologist of Veloria" },
      { id: "oren-vale", kind: "person", name: "Oren Vale", description: "Park official of Veloria" },
    ],
    meetings: [
      {
        id: "2026-10-01-amari",
        title: "Amari Marine Park survey presented",
        date: "2026-10-01",
        place: "Port Sella",
        participants: [["veloria", "host"]],
        topics: ["reefs"],
        facts: [
          [
            "dune-survey",
            "Ilsa Dune, the marine ecologist who led the seabed survey of the Amari Marine Park, said her team had mapped 31 reef sites.",
            ["ilsa-dune", "amari-park"],
          ],
          ...(withWarden
            ? [
                [
                  "vale-warden",
                  "Oren Vale is the chief warden of the Amari Marine Park.",
                  ["oren-vale", "amari-park"],
                ] as [string, string, string[]],
              ]
            : []),
        ],
      },
    ],
  });

describe("someone who led a part of a place does not run the place", () => {
  it("does not answer 'who runs the park' with the survey's leader", () => {
    const reply = engineFrom(store(true)).answer("who runs the amari marine park");
    expect(reply.answer).not.toContain("Ilsa Dune");
  });

  it("refuses when the store names only who led a survey of the park", () => {
    expect(engineFrom(store(false)).answer("who runs the amari marine park").answered).toBe(false);
  });
});
