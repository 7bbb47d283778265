/**
 * "How many volunteers will crew the rescue launches?" is not answered by "volunteers aged 18 to
 * 60": an age, or a range of ages, says how old they are, not how many; the fact's count of the
 * launches still answers for the launches.
 */
import { describe, expect, it } from "vitest";
import { askedIn } from "./support/engines.ts";
import { liracFerryStore } from "./support/lirac-ferry-story.ts";

const ferry = liracFerryStore();

describe("an age is not a count", () => {
  it("does not count the volunteers with their ages", () => {
    expect(askedIn(ferry, "how many volunteers will crew the rescue launches?").answered).toBe(false);
  });

  it("still counts the launches the same fact counts", () => {
    expect(askedIn(ferry, "how many rescue launches will the volunteers crew?").answer).toMatch(
      /two rescue launches/,
    );
  });
});
