/**
 * "By when will all 300 buoys be fitted?" asks when a deed is to be done: "85 of the 300 planned buoys
 * had been fitted since the first went in on 19 May 2026" tells it done in part up to now, and its
 * time is not when it will be. The fact that says when the rest will be fitted answers; "until when
 * will she lead it?" is still met by a post held up to now.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const PERSON = {
  id: "ida-holm",
  kind: "person" as const,
  name: "Ida Holm",
  description: "Head of the Elm Buoy Authority",
};

const engine = engineFrom(
  madeUpStore("elm-gazette-buoys", {
    outlet: "Elm Gazette",
    title: "The buoys",
    date: "2026-11-19",
    entities: [...norvikAndCastel(), PERSON],
    meetings: [
      {
        id: "2026-07-22-norvik-castel-buoy-talks",
        title: "Norvik–Castel buoy talks",
        date: "2026-07-22",
        place: "Castel City",
        participants: NORVIK_AND_CASTEL,
        topics: ["buoys", "sea"],
        facts: [
          [
            "fitted-so-far",
            "Ida Holm said 85 of the 300 planned wave buoys had been fitted since the first went in near Port Elm on 19 May 2026.",
            ["ida-holm"],
          ],
          [
            "steps-down",
            "Ida Holm, who has led the Elm Buoy Authority since 2021, will step down on 31 December 2026.",
            ["ida-holm"],
            null,
          ],
        ],
      },
      {
        id: "2026-11-18-norvik-castel-buoy-review",
        title: "Norvik–Castel buoy review",
        date: "2026-11-18",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["buoys", "sea"],
        facts: [
          [
            "rest",
            "Ida Holm said the remaining 88 of the 300 wave buoys would be fitted by March 2027.",
            ["ida-holm"],
          ],
        ],
      },
    ],
  }),
);

describe("a deed told done does not say by when it will be done", () => {
  it("answers by when all the buoys will be fitted with the time still to come", () => {
    const result = engine.answer("by when will all 300 wave buoys be fitted?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("March 2027");
    expect(result.answer).not.toContain("19 May");
  });

  it("still answers until when she will lead it from a post held up to now", () => {
    const result = engine.answer("until when will ida holm lead the elm buoy authority?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("31 December 2026");
  });
});
