/**
 * "Did that happen?" or "is that still the plan?" right after a question about what was planned
 * asks how it stands later: the earlier and the later account, side by side; with only one
 * account, a refusal that says so, not a guess.
 */
import { describe, expect, it } from "vitest";
import { askedIn, combinedDataDir, engineFrom, SIXTEENTH_EVENT_DIR } from "./support/engines.ts";

const park = engineFrom(combinedDataDir(SIXTEENTH_EVENT_DIR));

describe("whether what was planned happened", () => {
  it('answers "did that happen?" with the earlier plan and the later account', () => {
    const result = askedIn(park, "did that happen?", "when were the osogovo rangers due to start work?");
    expect(result.reading).toMatch(/at first and now/);
    expect(result.answer).toMatch(/Earlier[\s\S]*1 September 2026[\s\S]*Later/);
  });

  it('reads "is that still the plan?" the same way', () => {
    const result = askedIn(
      park,
      "is that still the plan?",
      "when were the osogovo rangers due to start work?",
    );
    expect(result.reading).toMatch(/at first and now/);
  });
});
