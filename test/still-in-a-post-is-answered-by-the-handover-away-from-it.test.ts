/**
 * "Is Oskar Berg still Norvik's transport minister?" when the store says both "Oskar Berg had held
 * the post of Norvik's Minister of Transport since 2022" and "Mara Lind replaced Oskar Berg as
 * Norvik's Minister of Transport on 14 April 2026": the handover away from him is the answer, not
 * the post he held.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-sea-gazette-handover", {
    outlet: "Elm Sea Gazette",
    title: "Norvik's transport minister replaced",
    date: "2026-06-20",
    entities: [
      ...norvikAndCastel(),
      { id: "mara-lind", kind: "person", name: "Mara Lind", description: "Norvik's Minister of Transport" },
      {
        id: "oskar-berg",
        kind: "person",
        name: "Oskar Berg",
        description: "Norvik's former Minister of Transport",
      },
    ],
    meetings: [
      {
        id: "2026-06-18-elm-sea-ferry-talks",
        title: "Norvik–Castel ferry talks",
        date: "2026-06-18",
        place: "Harbourg",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferry"],
        facts: [
          [
            "berg-held",
            "Oskar Berg, Norvik's Minister of Transport since 2022, led Norvik's side at the Harbourg ferry talks.",
            ["oskar-berg", "norvik"],
          ],
          [
            "lind-replaced-berg",
            "Mara Lind replaced Oskar Berg as Norvik's Minister of Transport on 14 April 2026.",
            ["mara-lind", "oskar-berg", "norvik"],
            "2026-04-14",
          ],
          [
            "ferry-still",
            "Norvik and Castel still run a joint ferry across the Elm Sea.",
            ["norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("still in a post is answered by the handover away from it", () => {
  it("answers with the one who replaced him", () => {
    const result = engine.answer("is oskar berg still norvik's minister of transport?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Mara Lind replaced Oskar Berg");
  });
});
