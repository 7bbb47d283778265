import { describe, expect, it } from "vitest";
import {
  askedIn as asked,
  combinedDataDir,
  ELEVENTH_EVENT_DIR,
  engineFrom,
  NINETEENTH_EVENT_DIR,
} from "./support/engines.ts";

const ferry = engineFrom(combinedDataDir(NINETEENTH_EVENT_DIR));
const straits = engineFrom(combinedDataDir(ELEVENTH_EVENT_DIR));

describe("how long an act takes is a length of time, not the day a state began", () => {
  it("answers how long the crossing takes with the hours it takes, not 'suspended since April 2023'", () => {
    const result = asked(ferry, "how long does the ferry take from aswan to wadi halfa?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("18 hours");
    expect(result.answer).not.toContain("April 2023");
  });

  it("refuses how long an exercise lasted when the store only says when it is planned", () => {
    const result = asked(straits, "how long did the oil spill exercise off batam last?");
    expect(result.answered).toBe(false);
  });

  it("still answers how long a state has held with the day it began", () => {
    const result = asked(ferry, "how long has the ferry route been suspended?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("April 2023");
  });
});
