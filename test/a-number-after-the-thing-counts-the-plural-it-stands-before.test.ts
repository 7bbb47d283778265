/**
 * "How many camera traps does the corridor have?" asks for a number of traps: "the corridor's
 * camera traps have identified 44 lynxes" speaks of the traps, but its number, after them, counts
 * lynxes. A fact that counts the traps themselves ("all 240 camera traps") answers; the lynxes are
 * still counted when they are asked. A share with no number ("only half a ship") counts nothing,
 * and an adjective in "-ous" ("three amphibious water bombers") is no plural standing between a
 * number and the thing it counts.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-lynx-corridor", {
    outlet: "Elm Gazette",
    title: "Camera traps on the Elm lynx corridor",
    date: "2026-11-06",
    entities: [
      ...norvikAndCastel("A country on the Elm lynx corridor"),
      {
        id: "elm-lynx-corridor",
        kind: "place",
        name: "Elm lynx corridor",
        description: "Wildlife corridor for lynx between Norvik and Castel",
      },
      {
        id: "tomas-vell",
        kind: "person",
        name: "Tomas Vell",
        description: "Norvik's minister for the sea",
      },
    ],
    meetings: [
      {
        id: "2026-11-05-elm-lynx-corridor-talks",
        title: "Norvik–Castel talks on the Elm lynx corridor",
        date: "2026-11-05",
        place: "Elmford",
        participants: NORVIK_AND_CASTEL,
        topics: ["lynx corridor", "camera traps"],
        facts: [
          [
            "lynxes",
            "The Elm lynx corridor's camera traps have now identified 44 individual lynxes.",
            ["elm-lynx-corridor"],
          ],
          [
            "traps",
            "All 240 camera traps of the Elm lynx corridor were in place by the end of May 2026.",
            ["elm-lynx-corridor"],
            "2026-06-01",
          ],
          [
            "bombers",
            "Norvik will station three amphibious water bombers at Elmford from the 2027 fire season.",
            ["norvik"],
          ],
          [
            "ship",
            "Tomas Vell said a patrol ship that may not count the fish in the shared waters is only half a ship.",
            ["tomas-vell"],
          ],
        ],
      },
    ],
  }),
);

describe("a number after the thing counts the plural it stands before", () => {
  it("answers how many camera traps with the traps' own number, not the lynxes'", () => {
    const result = engine.answer("how many camera traps does the elm lynx corridor have?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("240");
  });

  it("still counts the lynxes when they are asked", () => {
    const result = engine.answer("how many lynxes have the elm lynx corridor's camera traps identified?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("44");
  });

  it("counts the water bombers past an adjective in -ous", () => {
    const result = engine.answer("how many water bombers will norvik station at elmford?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("three");
  });

  it("does not answer how many researchers the ship takes with half a ship", () => {
    const result = engine.answer("how many researchers can the norvik patrol ship take on board?");
    expect(result.answer).not.toContain("half a ship");
  });
});
