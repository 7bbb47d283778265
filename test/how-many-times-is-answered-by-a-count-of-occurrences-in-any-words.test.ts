/**
 * "How many *times* a week will the ferry sail?": "times" after "how many" is the form of a count of
 * occurrences, as "how many" itself is, not a word a fact must say: "28 crossings a week" and "three
 * round trips a day" count them in words of their own. The rest of the question still has to be
 * met: a count of another thing, or of another ferry, does not answer.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-ferry", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel open the Port Elm ferry",
    date: "2026-05-02",
    entities: [
      ...norvikAndCastel(),
      { id: "port-elm", kind: "place", name: "Port Elm", description: "A port town in Norvik" },
      { id: "castel-bay", kind: "place", name: "Castel Bay", description: "A port town in Castel" },
    ],
    meetings: [
      {
        id: "2026-05-01-port-elm-ferry-talks",
        title: "Norvik–Castel ferry talks in Port Elm",
        date: "2026-05-01",
        place: "Port Elm",
        participants: [
          ["norvik", "host"],
          ["castel", "participant"],
        ],
        topics: ["transport"],
        facts: [
          [
            "ferry-agreed",
            "Norvik and Castel agreed to open a ferry line between Port Elm and Castel Bay.",
            ["norvik", "castel", "port-elm", "castel-bay"],
          ],
          [
            "ferry-crossings",
            "From June 2026 the ferry between Port Elm and Castel Bay will make 28 crossings a week.",
            ["port-elm", "castel-bay"],
          ],
          ["ferry-boats", "The ferry will use two boats of 150 passengers each.", ["port-elm", "castel-bay"]],
        ],
      },
    ],
  }),
);

describe("how many times is answered by a count of occurrences in any words", () => {
  it("answers how many times a week the ferry crosses with the crossings a week", () => {
    const result = engine.answer(
      "how many times a week will the ferry cross between Port Elm and Castel Bay?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("28 crossings a week");
  });

  it("still refuses a count of something no fact counts ('how many times a week will trains run')", () => {
    expect(
      engine.answer("how many times a week will trains run between Port Elm and Castel Bay?").answered,
    ).toBe(false);
  });
});
