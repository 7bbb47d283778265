import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  askedIn,
  combinedDataDir,
  engineFrom,
  FIFTEENTH_EVENT_DIR,
  SIXTEENTH_EVENT_DIR,
} from "./support/engines.ts";

const TWENTIETH_EVENT_DIR = join(import.meta.dirname, "fixtures", "twentieth-event");

const overview = (dir: string, question: string) => askedIn(engineFrom(combinedDataDir(dir)), question);

describe("an overview finds the meeting by a word as typed, though the question reads it as another", () => {
  // "talks about" is read as "discuss"; the meetings' titles say "talks".
  it("takes 'the talks about the building code in roseau' for the February talks, not the later signing there", () => {
    const result = overview(TWENTIETH_EVENT_DIR, "recap the talks about the building code in roseau");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("10 February 2026");
    expect(result.answer).not.toContain("The most recent of");
  });

  it("takes 'the talks about the kribi vaccine plant' for the Libreville talks, not the latest meeting", () => {
    const result = overview(FIFTEENTH_EVENT_DIR, "recap the talks about the kribi vaccine plant");
    expect(result.answer).toContain("Libreville");
    expect(result.answer).not.toContain("The most recent of");
  });

  it("takes 'the talks about the osogovo park' for the Kyustendil talks", () => {
    const result = overview(SIXTEENTH_EVENT_DIR, "give me a rundown of the talks about the osogovo park");
    expect(result.answer).toContain("Kyustendil");
    expect(result.answer).not.toContain("The most recent of");
  });
});
