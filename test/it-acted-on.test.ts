/**
 * "It" done something to by the follow-up's own verb ("who made it?", "where did each side want
 * it?") is the thing just asked about or answered, not the meeting whose report the answer came
 * from; and after a "what" question that named no thing, it is the thing the answer gave first.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { askedIn, combinedDataDir, engineFrom, TENTH_EVENT_DIR } from "./support/engines.ts";

const fixtures = join(import.meta.dirname, "fixtures");
const dengue = engineFrom(combinedDataDir(join(fixtures, "twenty-third-event")));
const glaciers = engineFrom(combinedDataDir(TENTH_EVENT_DIR));

describe('"it" as the object of the follow-up\'s verb', () => {
  it('reads "who made it?" after a question about a vaccine as the vaccine, not the signing', () => {
    const result = askedIn(dengue, "who made it?", "what is the name of the dengue vaccine?");
    expect(result.reading).toMatch(/Tetravac-D/);
    expect(result.answer).toMatch(/Cuban Centre for Tropical Immunology|CCIT/);
  });

  it('reads "and where did each side want it?" as the thing they could not agree on', () => {
    const before = glaciers.answer("what did kyrgyzstan and tajikistan agree in khujand?");
    const disputed = glaciers.answer("what couldn't they agree on?", undefined, { previous: before.turn });
    const result = glaciers.answer("and where did each side want it?", undefined, {
      previous: disputed.turn,
    });
    expect(result.reading).toMatch(/warning centre/i);
    expect(result.answer).toMatch(/Batken/);
  });

  it('still reads "where did it happen?" as the meeting just discussed', () => {
    const result = askedIn(
      glaciers,
      "where did it happen?",
      "what did kyrgyzstan and tajikistan agree in khujand?",
    );
    expect(result.answer).toMatch(/Khujand/);
  });
});
