/**
 * "When will the works end?" asks for the plan as it stands: a later article that moves the day
 * the earlier one gave ("in late 2030 rather than mid-2029", "the clinic, which had been due to
 * open in January 2027", dropped since) answers, said beside the day it replaced. "At first" still
 * asks for the first day planned.
 */
import { describe, expect, it } from "vitest";
import { loadEvalEngine, TWENTY_FOURTH_STORE_PARTS, TWENTY_THIRD_STORE_PARTS } from "../eval/evaluate.ts";

// The stores the dev questions are asked against (every article up to the story).
const rail = loadEvalEngine(TWENTY_FOURTH_STORE_PARTS);
const dengue = loadEvalEngine(TWENTY_THIRD_STORE_PARTS);

describe("a planned day moved since", () => {
  it("gives the end of the works as the later article moved it, beside the day first planned", () => {
    const result = rail.answer("when will the rail upgrade works end?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Earlier \(.*mid-2029/);
    expect(result.answer).toMatch(/Later \(.*late 2030/);
  });

  it("tells of a site that was to open and was dropped since", () => {
    const result = dengue.answer("when is the clinic in baucau going to open?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Later \(.*drop the Baucau clinic/);
  });

  it("still gives the first day planned when asked for it", () => {
    const result = rail.answer("when were the rail works first due to start?");
    expect(result.answer).toMatch(/October 2026/);
    expect(result.answer).not.toMatch(/Later \(/);
  });
});
