import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { AnswerResult } from "../src/engine/schema.ts";
import { combinedDataDir, EIGHTH_EVENT_DIR, ELEVENTH_EVENT_DIR, engineFrom } from "./support/engines.ts";

const TWENTIETH_EVENT_DIR = join(import.meta.dirname, "fixtures", "twentieth-event");
const baltic = engineFrom(combinedDataDir(EIGHTH_EVENT_DIR));
const housing = engineFrom(combinedDataDir(TWENTIETH_EVENT_DIR));
const straits = engineFrom(combinedDataDir(ELEVENTH_EVENT_DIR));

const asked = (engine: typeof baltic, question: string) => {
  const result = engine.answer(question);
  AnswerResult.parse(result);
  return result;
};

describe("'when' is answered by the act's own time, not the day it was reported", () => {
  it("says from when ambulances may cross, not the day the agreement letting them was signed", () => {
    const result = asked(baltic, "When can ambulances start crossing the Lithuania–Latvia border?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("1 March 2027");
  });

  it("dates a survey by when it was carried out, not by the charter signed after it", () => {
    const result = asked(housing, "when was the door to door housing survey done?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("April");
    expect(result.answer).not.toContain("20 July 2026");
  });

  it("still dates a signing by the day of the fact that says it was signed", () => {
    const result = asked(straits, "when was the malacca strait oil spill response agreement signed?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("6 October 2026");
  });
});
