/**
 * "How many lorries go through Namanga each day?": WordNet's commonest sense of "lorry" is a
 * horse-drawn wagon (met once in its tagged corpus), whose kind no article says; its next sense is
 * the truck the articles count. A made thing is met by the kind of its next sense only where the
 * store has no word for the kind of its first, and a thing of no such kind stays unfound.
 */
import { describe, expect, it } from "vitest";
import { loadEvalEngine, THIRTY_SEVENTH_STORE_PARTS } from "../eval/evaluate.ts";
import { understand } from "../src/engine/understand.ts";

const namanga = loadEvalEngine(THIRTY_SEVENTH_STORE_PARTS);

describe("a word whose first sense the store never says is read in its next", () => {
  it("counts lorries by the trucks the fact counts", () => {
    const result = namanga.answer("how many lorries go through namanga each day");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("1,100 trucks");
  });

  it("still refuses a thing of no kind the fact counts", () => {
    expect(namanga.answer("how many bicycles go through namanga each day").answered).toBe(false);
  });

  it("keeps the commonest sense's kind where the store says it", () => {
    const planes = understand("how many planes does the pool have?", namanga.knowledge()).plan.terms[0];
    expect(planes?.alternatives.has("aircraft")).toBe(true);
  });
});
