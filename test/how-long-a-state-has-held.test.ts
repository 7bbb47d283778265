import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  askedIn as asked,
  combinedDataDir,
  ELEVENTH_EVENT_DIR,
  engineFrom,
  FOURTH_EVENT_DIR,
} from "./support/engines.ts";

const ghana = engineFrom(combinedDataDir(FOURTH_EVENT_DIR));
const cable = engineFrom(combinedDataDir(join(import.meta.dirname, "fixtures", "twenty-first-event")));
const straits = engineFrom(combinedDataDir(ELEVENTH_EVENT_DIR));

describe("how long a state has held is met by the length it has held", () => {
  it("answers 'how long had it been since …' with 'the first visit … in eleven years'", () => {
    const result = asked(ghana, "how long had it been since a japanese foreign minister visited ghana?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("eleven years");
  });

  it("answers 'how long have they been arguing?' with 'for eight months'", () => {
    const result = asked(cable, "how long have samoa and tonga been arguing about the money?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("eight months");
  });

  it("does not take any length in the fact for it ('twelve hours is a long time')", () => {
    const result = asked(straits, "how long has he been minister?", "who is hendra wicaksono?");
    expect(result.answered).toBe(false);
  });
});
