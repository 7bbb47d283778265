/**
 * "Akpess-Dagou became managing director on 1 October, after Adjoumani-Bley retired" is a
 * handover, though it says neither "succeeded" nor "took over from": the one who left right after
 * "after" came before the one who took the post, and the day is when the post changed hands.
 */
import { describe, expect, it } from "vitest";
import { loadEvalEngine, TWENTY_FOURTH_STORE_PARTS } from "../eval/evaluate.ts";

// The store the dev questions are asked against (every article up to the story).
const rail = loadEvalEngine(TWENTY_FOURTH_STORE_PARTS);

describe("a post taken after the holder left", () => {
  it("names the one who left as the holder before", () => {
    const result = rail.answer("who was in charge of lagune-sahel rail before estelle akpess-dagou?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^Koffi Adjoumani-Bley\./);
  });

  it("answers who was replaced with the one who left", () => {
    const result = rail.answer("who did akpess-dagou replace?");
    expect(result.answer).toMatch(/^Koffi Adjoumani-Bley\./);
  });

  it("dates the taking over by the day the post was taken", () => {
    const result = rail.answer("when did akpess-dagou take over at lagune-sahel rail?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/1 October 2026/);
  });
});
