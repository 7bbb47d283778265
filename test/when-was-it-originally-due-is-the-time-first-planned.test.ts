/**
 * "When was the code draft originally due?" asks the time first planned, which a fact says as
 * "is to produce a draft … by September 2026" as often as "due": with "originally" in a
 * when-question, "due" is the plan asked about, not a word the fact must repeat.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-building-code", {
    outlet: "Elm Gazette",
    title: "A shared building code for Norvik and Castel",
    date: "2026-02-11",
    entities: [
      ...norvikAndCastel("A storm-hit country", "Its neighbour"),
      {
        id: "elm-code",
        kind: "initiative",
        name: "Elm Building Code",
        description: "A made-up building code Norvik and Castel are to share",
      },
    ],
    meetings: [
      {
        id: "2026-02-10-norvik-castel-housing-talks",
        title: "Norvik–Castel housing talks in Port Elm",
        date: "2026-02-10",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["housing"],
        facts: [
          [
            "draft-planned",
            "A joint technical committee is to produce a draft of the Elm Building Code by September 2026.",
            ["elm-code"],
          ],
        ],
      },
    ],
  }),
);

describe("'when was it originally due?' is the time first planned", () => {
  it("answers from 'is to produce a draft … by September 2026'", () => {
    const result = engine.answer("when was the building code draft originally due?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("September 2026");
  });
});
