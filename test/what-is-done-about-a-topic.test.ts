/**
 * "What do hotel workers do about tips?" asks what is done about the tips: a fact about the hotel
 * workers that says nothing of tips (when they arrive) is not the answer, as what someone said of
 * another thing is not what they said about the one asked.
 */
import { describe, expect, it } from "vitest";
import { askedIn, combinedDataDir, engineFrom, THIRTEENTH_EVENT_DIR } from "./support/engines.ts";

const work = engineFrom(combinedDataDir(THIRTEENTH_EVENT_DIR));

describe("what is done about a topic", () => {
  it("does not answer what is done about tips with when the workers arrive", () => {
    const result = askedIn(work, "what do hotel workers do about tips under the mauritius madagascar deal?");
    expect(result.answered).toBe(false);
  });

  it("still answers what was done about the workers named after about", () => {
    const result = askedIn(work, "what did mauritius and madagascar do about the hotel workers?");
    expect(result.answer).toMatch(/hotel workers/);
  });
});
