/**
 * "When will the Elm Sea Council now decide on the Orrin Marsh?" is not answered by the session of
 * 14 June 2026 the first article planned: a later article that puts the same decision off "until
 * its next session in 2027" is when it is due now, though it does not repeat the day it leaves.
 */
import { describe, expect, it } from "vitest";
import { orrinMarshStory } from "./support/orrin-marsh-story.ts";

const engine = orrinMarshStory();

describe("a decision put off to a later year is when it is now due", () => {
  it("sets the day first planned beside the year it was put off to", () => {
    const result = engine.answer("when will the elm sea council now decide on the orrin marsh application?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("2027");
  });
});
