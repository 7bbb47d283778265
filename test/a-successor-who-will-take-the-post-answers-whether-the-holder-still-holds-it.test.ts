/**
 * "Is Ilse Marr still chair of the Elm Sea Fisheries Board?" when the store says both "Ilse Marr has
 * been chair of the board since 2019" and "Tomas Vell will succeed Ilse Marr as chair …": the handing
 * on is told in the future ("will succeed", "is to replace") as well as the past, and it is the
 * answer, not the post she held. A wish, a demand, a failed motion or a denial that names "replace"
 * or "succeed" hands nothing over: it neither answers "still?" nor names her as the one before.
 */
import { describe, expect, it } from "vitest";
import { elmSeaBoardEngine } from "./support/elm-sea-board.ts";

const storeWith = (name: string, second: string) =>
  elmSeaBoardEngine(
    name,
    "A successor for the chair of the Elm Sea Fisheries Board",
    "Ilse Marr has been chair of the Elm Sea Fisheries Board since 2019.",
    second,
  );

const engine = storeWith(
  "elm-sea-gazette-board-successor",
  "Tomas Vell, a Castel fisheries scientist, will succeed Ilse Marr as chair of the board on 1 June 2026.",
);

const NO_HANDOVER: [string, string][] = [
  [
    "a demand",
    "Castel fishing groups called on Tomas Vell to replace Ilse Marr as chair of the board, but the board rejected the call.",
  ],
  ["a denial", "Tomas Vell said he had no wish to succeed Ilse Marr as chair of the board."],
  ["a failed motion", "A Castel motion to replace Ilse Marr as chair of the board with Tomas Vell failed."],
  ["a negated future", "Tomas Vell will not succeed Ilse Marr as chair of the board, Castel said."],
];

describe("a successor who will take the post answers whether the holder still holds it", () => {
  it("answers with the one who will succeed her", () => {
    const result = engine.answer("is ilse marr still chair of the elm sea fisheries board?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Tomas Vell");
  });
});

describe("a wish, a demand, a failed motion or a denial to succeed the holder hands nothing over", () => {
  for (const [what, second] of NO_HANDOVER) {
    it(`answers whether she is still chair with her post, not ${what}`, () => {
      const result = storeWith(`elm-sea-gazette-no-handover-${what.replaceAll(" ", "-")}`, second).answer(
        "is ilse marr still chair of the elm sea fisheries board?",
      );
      expect(result.answer).not.toContain("Tomas Vell");
    });
    it(`does not name her as the chair before him from ${what}`, () => {
      const result = storeWith(`elm-sea-gazette-no-predecessor-${what.replaceAll(" ", "-")}`, second).answer(
        "who chaired the elm sea fisheries board before tomas vell?",
      );
      expect(result.answered && /^Ilse Marr/.test(result.answer)).toBe(false);
    });
  }
});
