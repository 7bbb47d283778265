import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  askedIn as asked,
  combinedDataDir,
  engineFrom,
  FOURTH_EVENT_DIR,
  TENTH_EVENT_DIR,
} from "./support/engines.ts";

const FIXTURES = join(import.meta.dirname, "fixtures");
const storms = engineFrom(combinedDataDir(join(FIXTURES, "twenty-second-event")));
const glaciers = engineFrom(combinedDataDir(TENTH_EVENT_DIR));
const ghana = engineFrom(combinedDataDir(FOURTH_EVENT_DIR));

describe("an act told done, then a plan, still says when the act was done", () => {
  it("answers when the radar contract was awarded though the sentence goes on to where it will be built", () => {
    const result = asked(storms, "on what date was the contract for the radar awarded?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("24 November 2026");
  });

  it("answers when a study was delivered though its finding is worded with 'would'", () => {
    const result = asked(storms, "when did carib-geo deliver the study?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("June 2026");
  });

  it("answers until when an offer stood with the end it was to stand until", () => {
    const result = asked(glaciers, "till when did the swiss offer for the warning system stand?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("end of 2026");
  });

  it("still does not answer where talks were held with where the next round will be", () => {
    const result = asked(ghana, "where did the ghanaian and japanese foreign ministers hold talks?");
    expect(result.answer).not.toContain("Tokyo");
  });
});
