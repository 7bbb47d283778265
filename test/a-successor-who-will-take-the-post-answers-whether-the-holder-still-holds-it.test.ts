/**
 * "Is Ilse Marr still chair of the Elm Sea Fisheries Board?" when the store says both "Ilse Marr has
 * been chair of the board since 2019" and "Tomas Vell will succeed Ilse Marr as chair …": the handing
 * on is told in the future ("will succeed", "is to replace") as well as the past, and it is the
 * answer, not the post she held.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-sea-gazette-board-successor", {
    outlet: "Elm Sea Gazette",
    title: "A successor for the chair of the Elm Sea Fisheries Board",
    date: "2026-05-06",
    entities: [
      ...norvikAndCastel(),
      {
        id: "fisheries-board",
        kind: "organization",
        name: "Elm Sea Fisheries Board",
        description: "Joint fisheries board of Norvik and Castel",
      },
      { id: "ilse-marr", kind: "person", name: "Ilse Marr", description: "Norvik marine economist" },
      { id: "tomas-vell", kind: "person", name: "Tomas Vell", description: "Castel fisheries scientist" },
    ],
    meetings: [
      {
        id: "2026-05-03-fisheries-board-session",
        title: "Elm Sea Fisheries Board session in Castelmar",
        date: "2026-05-03",
        place: "Castelmar",
        participants: NORVIK_AND_CASTEL,
        topics: ["fisheries", "chair"],
        facts: [
          [
            "marr-held",
            "Ilse Marr has been chair of the Elm Sea Fisheries Board since 2019.",
            ["ilse-marr", "fisheries-board"],
          ],
          [
            "vell-named",
            "Tomas Vell, a Castel fisheries scientist, will succeed Ilse Marr as chair of the board on 1 June 2026.",
            ["tomas-vell", "fisheries-board", "ilse-marr"],
          ],
        ],
      },
    ],
  }),
);

describe("a successor who will take the post answers whether the holder still holds it", () => {
  it("answers with the one who will succeed her", () => {
    const result = engine.answer("is ilse marr still chair of the elm sea fisheries board?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Tomas Vell");
  });
});
