/**
 * "When is the decision on the radar site due?" asks for a time still to come: "due" (or
 * "expected", "supposed to", "meant to") says only that a time is planned, which a fact that
 * gives one meets in its own words ("a decision was now expected in February 2027"). Asked in
 * the past ("when were they due?"), the question may set the first plan beside the latest, and
 * is not read so.
 */
import { describe, expect, it } from "vitest";
import { loadEvalEngine, THIRTEENTH_STORE_PARTS, TWENTY_SECOND_STORE_PARTS } from "../eval/evaluate.ts";
import { understand } from "../src/engine/understand.ts";

// The stores the dev questions are asked against (every article up to the story).
const storm = loadEvalEngine(TWENTY_SECOND_STORE_PARTS);

describe("a time planned, asked with 'due'", () => {
  it("answers 'when is … due?' with the time the fact says is expected", () => {
    const result = storm.answer("when is the decision on the radar site due?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/February 2027/);
  });

  it("reads 'due' at the end of a present-tense when-question as a time to come", () => {
    const kb = loadEvalEngine(THIRTEENTH_STORE_PARTS).knowledge();
    expect(understand("when is the decision on the radar site due?", kb).time).toBe("future");
    expect(understand("when were the first workers due?", kb).time).toBeUndefined();
  });
});
