/**
 * "What is Norvik not part of in the Elm Gulf?" denies a state (being part of something), as "which
 * country was not at the talks?" does, though the question puts "is" before its subject. A fact
 * that denies only an act ("had not replied by March") does not answer it, nor leaves it
 * undecided beside "Norvik takes no part in the Elm ferry".
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-gulf-patrol", {
    outlet: "Elm Gazette",
    title: "Castel and Norvik share the Elm Gulf",
    date: "2026-06-20",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-gulf",
        kind: "place",
        name: "Elm Gulf",
        description: "A gulf of the Elm Sea shared by Castel and Norvik",
      },
      {
        id: "elm-ferry",
        kind: "initiative",
        name: "Elm ferry",
        description: "A ferry across the Elm Gulf run by Castel",
      },
      {
        id: "mangrove-patrol",
        kind: "initiative",
        name: "Elm Gulf mangrove patrol",
        description: "A joint patrol of the mangroves of the Elm Gulf",
      },
    ],
    meetings: [
      {
        id: "2026-06-18-elm-gulf-talks",
        title: "Talks on the Elm Gulf",
        date: "2026-06-18",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["gulf", "ferry", "mangroves"],
        facts: [
          [
            "norvik-no-ferry",
            "Norvik takes no part in the Elm ferry.",
            ["norvik", "elm-ferry"],
            null,
            ["not involved", "excluded", "ferry"],
          ],
          [
            "norvik-no-reply",
            "Norvik, which also borders the Elm Gulf, was invited to the mangrove patrol talks but had not replied by March.",
            ["norvik", "elm-gulf", "mangrove-patrol"],
            null,
            ["invited", "no reply", "patrol"],
          ],
          [
            "castel-runs-ferry",
            "Castel runs the Elm ferry twice a day.",
            ["castel", "elm-ferry"],
            null,
            ["ferry", "how often"],
          ],
        ],
      },
    ],
  }),
);

describe("what a country is not part of is a state denied, not an act", () => {
  it("answers what Norvik is not part of with what it takes no part in", () => {
    const result = engine.answer("what is norvik not part of in the elm gulf?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/takes no part in the Elm ferry/);
  });
});
