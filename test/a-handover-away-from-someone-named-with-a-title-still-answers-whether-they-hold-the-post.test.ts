/**
 * "Is Ilse Marr still chair of the Elm Sea Fisheries Board?" when the store says both "Ilse Marr had
 * been chair of the board since 2019" and "Tomas Vell took over the board …, replacing Professor Ilse
 * Marr": the title written before her name does not hide that the post was handed over from her, and
 * the handover is the answer, not the post she held.
 */
import { describe, expect, it } from "vitest";
import { elmSeaBoardEngine } from "./support/elm-sea-board.ts";

const engine = elmSeaBoardEngine(
  "elm-sea-gazette-board-chair",
  "A new chair for the Elm Sea Fisheries Board",
  "Ilse Marr had been chair of the Elm Sea Fisheries Board since 2019.",
  "Dr. Tomas Vell took over the Elm Sea Fisheries Board on 3 May 2026, replacing Professor Ilse Marr.",
);

describe("a handover away from someone named with a title still answers whether they hold the post", () => {
  it("answers with the one who took over from her", () => {
    const result = engine.answer("is ilse marr still chair of the elm sea fisheries board?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Tomas Vell");
  });
});
