import { describe, expect, it } from "vitest";
import {
  askedIn as asked,
  combinedDataDir,
  engineFrom,
  SIXTEENTH_EVENT_DIR,
  TWELFTH_EVENT_DIR,
} from "./support/engines.ts";

const sixteenth = engineFrom(combinedDataDir(SIXTEENTH_EVENT_DIR));
const twelfth = engineFrom(combinedDataDir(TWELFTH_EVENT_DIR));

describe("who held a post at a time the question sets", () => {
  it("gives the holder at the story's first meeting, not the one who holds it now", () => {
    const result = asked(sixteenth, "who was bulgaria's environment minister at the first osogovo meeting?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Tsvetkov");
    expect(result.answer).not.toContain("Yordanov");
  });

  it("reads 'the job at the start' after a question that named the post", () => {
    const result = asked(
      sixteenth,
      "and who had the job at the start?",
      "who is bulgaria's environment minister now?",
    );
    expect(result.answer).toContain("Tsvetkov");
    expect(result.answer).not.toContain("Yordanov");
  });

  it("places a year within a tenure the store bounds ('from 2019 until November 2025')", () => {
    const result = asked(twelfth, "who was djibouti's agriculture minister back in 2020?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Guedi");
  });

  it("refuses a time before anything the store tells of the post, rather than name a later holder", () => {
    const result = asked(sixteenth, "who was bulgaria's environment minister in 2019?");
    expect(result.answered).toBe(false);
  });
});
