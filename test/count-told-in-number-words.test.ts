/**
 * A count told in words ("Fourteen people died", "seventy percent") answers a how-many question as
 * a count told in digits does; a follow-up that names nothing asks it of what was discussed.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { askedIn, combinedDataDir, engineFrom } from "./support/engines.ts";

const homes = engineFrom(combinedDataDir(join(import.meta.dirname, "fixtures", "twentieth-event")));

describe("a count told in number words", () => {
  it('answers "how many people died in Hurricane Tobiah?" with "Fourteen"', () => {
    const result = homes.answer("how many people died in hurricane tobiah?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Fourteen people died/);
  });

  it('answers the follow-up "how many died?" after a question about the hurricane', () => {
    const result = askedIn(homes, "how many died?", "when did hurricane tobiah hit?");
    expect(result.answer).toMatch(/Fourteen people died/);
  });
});
