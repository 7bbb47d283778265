/**
 * "How long has the Kolna car ferry been running?" is told by "has been running for seventeen
 * years", and by "for forty-five years": any number written out in words, as compromise reads
 * numbers, not only the few a hand-written list happened to hold.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

function ferry(name: string, statement: string) {
  return engineFrom(
    madeUpStore(name, {
      outlet: "Elm Sea Ledger",
      title: "Kolna Strait Council meets in Dunmore",
      date: "2026-05-12",
      entities: [
        ...norvikAndCastel(),
        {
          id: "kolna-ferry",
          kind: "other",
          name: "Kolna car ferry",
          description: "Car ferry across the Kolna Strait",
        },
        { id: "dunmore", kind: "place", name: "Dunmore", description: "Port town on the Kolna Strait" },
        { id: "ilse-varga", kind: "person", name: "Ilse Varga", description: "Mayor of Dunmore" },
      ],
      meetings: [
        {
          id: "2026-05-10-dunmore-session",
          title: "Kolna Strait Council session in Dunmore",
          date: "2026-05-10",
          place: "Dunmore",
          participants: NORVIK_AND_CASTEL,
          topics: ["ferries", "borders"],
          facts: [
            [
              "session",
              "Norvik and Castel agreed at the Kolna Strait Council in Dunmore to buy a second ferry.",
              ["norvik", "castel", "dunmore"],
            ],
            ["ferry-years", statement, ["ilse-varga", "kolna-ferry", "dunmore"]],
          ],
        },
      ],
    }),
  );
}

describe("how long a thing has run", () => {
  it("is read in a teen written out", () => {
    const engine = ferry(
      "kolna-ferry-teen",
      "Ilse Varga said the Kolna car ferry has been running for seventeen years and feeds the fishing families of Dunmore.",
    );
    const result = askedIn(engine, "how long has the kolna car ferry been running?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("seventeen years");
  });

  it("is read in a number of two words joined", () => {
    const engine = ferry(
      "kolna-ferry-joined",
      "Ilse Varga said the Kolna car ferry has been running for forty-five years and feeds the fishing families of Dunmore.",
    );
    const result = askedIn(engine, "how long has the kolna car ferry been running?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("forty-five years");
  });
});
