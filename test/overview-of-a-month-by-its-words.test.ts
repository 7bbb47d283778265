import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { askedIn, combinedDataDir, engineFrom } from "./support/engines.ts";

/** Two stories whose last meetings are both in November 2026: a housing code signed on the 27th, a video call on the 25th. */
const TWENTIETH_EVENT_DIR = join(import.meta.dirname, "fixtures", "twentieth-event");
const TWENTY_FIRST_EVENT_DIR = join(import.meta.dirname, "fixtures", "twenty-first-event");

const engine = engineFrom(combinedDataDir(TWENTIETH_EVENT_DIR, TWENTY_FIRST_EVENT_DIR));

const asked = (question: string) => askedIn(engine, question);

describe("an overview that names a month and what the meeting was", () => {
  it("recaps the meeting of that month whose title has the question's words, not the month's newest", () => {
    const result = asked("recap the november video call");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Video call of the Samoan and Tongan ministers");
    expect(result.answer).not.toContain("Twin Isles Building Code in Roseau");
    expect(result.answer).not.toContain("most recent of the");
  });

  it("takes the meeting holding the longer of a named meeting's names, not another that month holding a short one", () => {
    // The February talks in Roseau are known by "Roseau housing fund talks" and "February talks";
    // the Georgia–Armenia round a day later is also talks in February.
    const both = engineFrom(
      combinedDataDir(TWENTIETH_EVENT_DIR, join(import.meta.dirname, "fixtures", "fourteenth-event")),
    );
    const result = both.answer("give me a rundown of the roseau talks in february");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Grenada–Dominica talks on a joint hurricane-resilient housing fund");
    expect(result.answer).not.toContain("Georgia–Armenia");
  });

  it("still takes the month's newest meeting, and says so, when the question names nothing else", () => {
    const result = asked("what happened in november 2026?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("most recent of the");
    expect(result.answer).toContain("Twin Isles Building Code");
  });
});
