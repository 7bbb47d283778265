/**
 * "How many fishermen were displaced?" is not answered by a fact that speaks of the fishermen but
 * whose numbers are a share of something else ("a 40 percent discount for Norvik fishermen displaced") or
 * count other things: none of them says how many fishermen. A number of the thing itself, after
 * words that describe it ("120 registered Norvik fishermen", "about 59 million SIM cards"), still
 * answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-harbour-fees", {
    outlet: "Elm Gazette",
    title: "A discount for displaced fishermen",
    date: "2026-05-12",
    entities: [
      ...norvikAndCastel(),
      { id: "port-elm", kind: "place", name: "Port Elm", description: "A harbour town in Norvik" },
      {
        id: "elm-breakwater",
        kind: "place",
        name: "Elm Breakwater",
        description: "A breakwater built at Port Elm",
      },
    ],
    meetings: [
      {
        id: "2026-05-11-norvik-castel-harbour-talks",
        title: "Norvik–Castel harbour talks",
        date: "2026-05-11",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["harbour", "fisheries"],
        facts: [
          [
            "discount",
            "Norvik and Castel agreed on a 40 percent discount on harbour fees for Norvik fishermen displaced by the Elm Breakwater.",
            ["norvik", "castel", "elm-breakwater"],
          ],
          ["boats", "The Port Elm harbour will hold 300 trawlers and 45 ferries.", ["port-elm"]],
          ["licences", "Castel will give licences to 120 registered Norvik fishermen.", ["castel", "norvik"]],
        ],
      },
    ],
  }),
);

describe("a count is of the thing asked", () => {
  it("does not answer how many were displaced with a share of a discount", () => {
    for (const question of [
      "how many norvik fishermen were displaced?",
      "how many norvik fishermen were displaced by the elm breakwater?",
    ]) {
      expect(engine.answer(question).answer, question).not.toMatch(/40 percent/);
    }
  });

  it("answers with a number of the thing after words that describe it", () => {
    expect(engine.answer("how many fishermen will get castel licences?").answer).toMatch(/120/);
  });
});
