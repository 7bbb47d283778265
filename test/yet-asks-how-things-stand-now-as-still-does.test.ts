/**
 * "Is the Orrin Marsh on the protected list yet?" answered from the reviewers' advice of May would
 * say how it stood then. "Yet", like "still", asks how things stand now: a later article that puts
 * the decision off is where it stands, set beside the account it changed.
 */
import { describe, expect, it } from "vitest";
import { orrinMarshStory } from "./support/orrin-marsh-story.ts";

const engine = orrinMarshStory();

describe("'yet' asks how things stand now, as 'still' does", () => {
  it("sets the reviewers' advice beside the later decision to put it off", () => {
    const result = engine.answer("is the orrin marsh on the protected list yet?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("put off");
    expect(result.answer).toContain("2027");
  });
});
