/**
 * "The storm" is an alias of a hurricane, but in "when was the storm warning pact signed?" it stands
 * before two nouns that make one ("warning pact"): it describes them, as "the storm season" does,
 * and the pact is what is asked about. "What did the storm destroy?" still asks about the hurricane.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-storm-pact", {
    outlet: "Elm Gazette",
    title: "A storm warning pact",
    date: "2026-03-12",
    entities: [
      ...norvikAndCastel(),
      {
        id: "hurricane-ulla",
        kind: "other",
        name: "Hurricane Ulla",
        description: "Hurricane that struck Norvik in 2019",
        aliases: ["Ulla", "the storm", "the hurricane"],
      },
      {
        id: "warning-pact",
        kind: "initiative",
        name: "Elm storm-warning memorandum",
        description: "Memorandum between Norvik and Castel on a shared storm warning network",
        aliases: ["storm warning pact", "memorandum"],
      },
    ],
    meetings: [
      {
        id: "2026-03-10-norvik-castel-signing",
        title: "Norvik–Castel storm warning signing",
        date: "2026-03-10",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["storm warning", "disaster"],
        facts: [
          [
            "pact-signed",
            "Norvik and Castel signed the Elm storm-warning memorandum in Port Elm on 10 March 2026.",
            ["norvik", "castel", "warning-pact"],
          ],
          [
            "ulla-damage",
            "Hurricane Ulla destroyed 900 homes in Norvik in 2019.",
            ["hurricane-ulla", "norvik"],
            "2019-09-01",
          ],
        ],
      },
    ],
  }),
);

describe("the storm before two nouns describes them", () => {
  it("answers about the pact the words name", () => {
    const result = engine.answer("when was the storm warning pact signed?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/10 March 2026/);
  });

  it("still reads the storm as the hurricane before a verb", () => {
    const result = engine.answer("how many homes did the storm destroy?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/900/);
  });
});
