/**
 * "Does Cuba still send 18 doctors?" answered by "Cuba will now send 14 doctors … instead of 18":
 * the figure asked is the side the change left, so the later fact tells the change asked of the
 * party asked, however far its name stands from "instead of"; the earlier account is set beside it.
 */
import { describe, expect, it } from "vitest";
import { loadEvalEngine, TWENTY_THIRD_STORE_PARTS } from "../eval/evaluate.ts";

// The store the dev questions are asked against (every article up to the story).
const dengue = loadEvalEngine(TWENTY_THIRD_STORE_PARTS);

describe("'still' a figure the later article tells anew", () => {
  it("sets the earlier figure beside the one that replaced it", () => {
    const result = dengue.answer("does cuba still send 18 doctors to the trial?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Earlier \(.*18 doctors/);
    expect(result.answer).toMatch(/Later \(.*14 doctors/);
  });

  it("does not read a figure the change did not leave as the one asked", () => {
    const result = dengue.answer("does cuba still send 14 doctors to the trial?");
    expect(result.answer).not.toMatch(/Earlier \(/);
  });
});
