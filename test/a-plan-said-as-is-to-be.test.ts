/**
 * "The backup cable study is to be finished by mid-2027" is a plan, as "will be finished" is: it
 * answers "when will … be finished?", which needs a fact about what is to come.
 */
import { describe, expect, it } from "vitest";
import { loadEvalEngine, TWENTY_FIRST_STORE_PARTS } from "../eval/evaluate.ts";
import { FUTURE_FACT } from "../src/engine/score-time.ts";

// The store the dev questions are asked against (every article up to the story).
const cable = loadEvalEngine(TWENTY_FIRST_STORE_PARTS);

describe("a plan said as 'is to be done'", () => {
  it("answers 'when will it be finished?' from 'is to be finished by'", () => {
    const result = cable.answer("when will the study of a backup cable be finished?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/mid-2027/);
  });

  it("reads 'is to be' with a participle as what is to come, not 'is to the north'", () => {
    expect(FUTURE_FACT.test("The new port is to be built by 2028.")).toBe(true);
    expect(FUTURE_FACT.test("The old port is to the north of the town.")).toBe(false);
  });
});
