/**
 * "When is the Varn gas arbitration hearing now?" asks of a hearing; "Varn" only says which one.
 * "Why was it moved?" right after is the hearing that was moved, not the city, and never another
 * thing in Varn that was moved for a reason of its own. A name the auxiliary is followed by, and
 * nothing else of the phrase, is still the one asked about ("how many plants did Norvik suspend?").
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("varn-gas-hearing", {
    outlet: "Elm Sea Ledger",
    title: "The gas hearing in Varn",
    date: "2026-07-02",
    entities: [
      ...norvikAndCastel(),
      { id: "varn", kind: "place", name: "Varn", description: "City in Castel, seat of the Elm Court" },
      {
        id: "gas-case",
        kind: "other",
        name: "Norvik–Castel gas arbitration case",
        description: "Arbitration over the price of gas Norvik sells Castel",
      },
    ],
    meetings: [
      {
        id: "2026-07-01-norvik-castel-gas-talks",
        title: "Norvik–Castel gas talks in Varn",
        date: "2026-07-01",
        place: "Varn",
        participants: NORVIK_AND_CASTEL,
        topics: ["gas", "arbitration"],
        facts: [
          [
            "hearing-set",
            "The Elm Court in Varn set the hearing of the Norvik–Castel gas arbitration case for 22 September 2026.",
            ["varn", "gas-case", "norvik", "castel"],
          ],
          [
            "hearing-moved",
            "The hearing of the gas arbitration case was moved from June to September because the court's price expert needed more time.",
            ["gas-case"],
          ],
          [
            "market-moved",
            "Varn's fish market was moved to the harbour because the old square flooded every spring.",
            ["varn"],
          ],
          [
            "plants-suspended",
            "Norvik suspended imports from four Castel meat plants in June 2026.",
            ["norvik", "castel"],
          ],
          ["plants-readmitted", "Norvik will readmit two of the four plants in October 2026.", ["norvik"]],
        ],
      },
    ],
  }),
);

describe("'it' done to a thing named with a city is the thing, not the city", () => {
  it("takes the hearing, not Varn, as what was moved", () => {
    const result = askedIn(engine, "why was it moved?", "when is the varn gas arbitration hearing now");
    expect(result.reading ?? "").not.toMatch(/"it" as Varn\b/);
    expect(result.answer).not.toContain("fish market");
  });

  it("still takes the name right after the auxiliary as the one that acts", () => {
    const result = askedIn(engine, "how many will it readmit?", "how many plants did norvik suspend?");
    expect(result.answer).toContain("two of the four plants");
  });
});
