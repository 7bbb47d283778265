/**
 * A short follow-up that names nothing ("what was the condition?") is about what was being
 * discussed: a fact about that with every word the follow-up has answers it, as it would the
 * question with those names said again; a fact missing one of its few words does not.
 */
import { describe, expect, it } from "vitest";
import {
  askedIn,
  combinedDataDir,
  EIGHTH_EVENT_DIR,
  engineFrom,
  SIXTEENTH_EVENT_DIR,
} from "./support/engines.ts";

const park = engineFrom(combinedDataDir(SIXTEENTH_EVENT_DIR));
const tolls = engineFrom(combinedDataDir(EIGHTH_EVENT_DIR));

describe("a short follow-up on what was just discussed", () => {
  it('answers "what was the condition?" from the offer just discussed', () => {
    const result = askedIn(park, "what was the condition?", "what did italy offer at the kyustendil talks?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/single management plan/);
  });

  it("still refuses when the fact lacks one of the follow-up's words (a name it does not give)", () => {
    const result = askedIn(tolls, "what's the operator's name?", "who runs latvia's road charge");
    expect(result.answered).toBe(false);
  });
});
