/**
 * A two-word verb read as another word ("take over" as "adopt") is met by a fact with the same
 * two words ("took over"): retrieval finds that fact through the verb, not only through the word
 * it was read as, so a question about the one who took over is not refused.
 */
import { describe, expect, it } from "vitest";
import { loadEvalEngine, TWENTY_THIRD_STORE_PARTS } from "../eval/evaluate.ts";
import { askedIn } from "./support/engines.ts";

// (Every story up to the dengue trial's: among that many facts, retrieval stops reading postings
// early, where a store of one story is read whole.)
const dengue = loadEvalEngine(TWENTY_THIRD_STORE_PARTS);

describe("a two-word verb found through its verb", () => {
  it('answers "when did Dalia Armenteros take over?" from "took over … on 1 June"', () => {
    const result = dengue.answer("when did dalia armenteros take over?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/1 June 2026/);
  });

  it('answers the follow-up "when did she take over" after who replaced the chief investigator', () => {
    const result = askedIn(dengue, "when did she take over", "who replaced valdivia as chief investigator");
    expect(result.reading).toMatch(/Dalia Armenteros/);
    expect(result.answer).toMatch(/1 June 2026/);
  });
});
