/**
 * "What is EHF short for?" asks for the long form of a name; "how much is Castel still short for
 * its levees?" asks what money it lacks, and is not answered with what "Castel" (an alias of
 * Castel and Mora) stands for.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("river-ledger-levees", {
    outlet: "River Ledger",
    title: "Castel's levees",
    date: "2026-09-02",
    entities: [
      {
        id: "castel",
        kind: "country",
        name: "Castel and Mora",
        description: "A country on the Elm river",
        aliases: ["Castel"],
      },
      {
        id: "elm-fund",
        kind: "organization",
        name: "Elm Harbour Fund",
        description: "Regional lender owned by the Elm river countries",
        aliases: ["EHF"],
      },
    ],
    meetings: [
      {
        id: "2026-09-01-levee-talks",
        title: "Castel levee financing talks",
        date: "2026-09-01",
        place: "Port Elm",
        participants: [
          ["castel", "participant"],
          ["elm-fund", "lender"],
        ],
        topics: ["levees", "floods"],
        facts: [
          [
            "levee-loan",
            "The Elm Harbour Fund will lend Castel and Mora 30 million euros for its Elm river levees.",
            ["elm-fund", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("short for a thing is lacking, not an abbreviation", () => {
  it("still expands a name asked as short for", () => {
    const result = engine.answer("what is EHF short for?");
    expect(result.answer).toMatch(/Elm Harbour Fund/);
  });

  it("does not expand a name when short for has a thing after it", () => {
    const result = engine.answer("how much cash is castel still short for its elm river levees?");
    expect(result.answer).not.toMatch(/stands for/i);
  });
});
