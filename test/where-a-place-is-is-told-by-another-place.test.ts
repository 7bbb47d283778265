/**
 * "Where is the Brannoch Forest Reserve?" asks where the reserve lies: every fact that names the
 * reserve names a place, the reserve itself, but only one that names another ("south-west of
 * Dunmore") says where it is. "Where in Dunmore was it?" still takes Dunmore as the place it sets.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-ledger-brannoch-reserve", {
    outlet: "Elm Ledger",
    title: "Norvik turns debt into trees",
    date: "2026-03-05",
    entities: [
      ...norvikAndCastel(),
      {
        id: "brannoch-reserve",
        kind: "place",
        name: "Brannoch Forest Reserve",
        description: "Forest reserve to be replanted under the Norvik–Castel debt swap",
        aliases: ["Brannoch"],
      },
      { id: "dunmore", kind: "place", name: "Dunmore", description: "Capital of Castel" },
    ],
    meetings: [
      {
        id: "2026-03-04-norvik-castel-debt-talks",
        title: "Norvik–Castel debt talks",
        date: "2026-03-04",
        place: "Dunmore",
        participants: NORVIK_AND_CASTEL,
        topics: ["debt", "forest"],
        facts: [
          [
            "planting",
            "Planting in the Brannoch Forest Reserve is due to begin in December 2027.",
            ["brannoch-reserve"],
          ],
          [
            "guards",
            "Guards have begun patrolling the Brannoch Forest Reserve against charcoal burners.",
            ["brannoch-reserve"],
          ],
          [
            "swap",
            "Castel will pay the sum into a trust to replant and guard the Brannoch Forest Reserve south-west of Dunmore.",
            ["brannoch-reserve", "castel", "norvik", "dunmore"],
          ],
        ],
      },
    ],
  }),
);

describe("where a place is is told by another place", () => {
  it("answers where the reserve is with the fact that places it", () => {
    const result = engine.answer("where is the brannoch forest reserve?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("south-west of Dunmore");
  });
});
