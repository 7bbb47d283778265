/**
 * "How did that end?" right after the answer that Norvik and Castel disagreed over the dredging
 * depth asks what came of the dispute: "how" before a verb asks the manner, which the fact just told
 * does not give however many of its words the question shares. It is not read as about what was
 * just said (which would repeat the disagreement); a measure asked of what was told ("how deep may
 * dredgers dig?") still is.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-dredging", {
    outlet: "Elm Sea Ledger",
    title: "Norvik and Castel split over Elm river dredging",
    date: "2026-03-12",
    entities: [
      ...norvikAndCastel(),
      {
        id: "dredging-cap",
        kind: "initiative",
        name: "Elm river dredging cap",
        description: "Limit on sand dredged from the Elm river border stretch",
      },
    ],
    meetings: [
      {
        id: "2026-03-10-dredging-talks",
        title: "Norvik–Castel dredging talks in Kolna",
        date: "2026-03-10",
        place: "Kolna",
        participants: NORVIK_AND_CASTEL,
        topics: ["dredging"],
        facts: [
          [
            "depth-dispute",
            "In Kolna Norvik and Castel disagreed over the Elm river dredging cap: Castel wants dredgers to dig no deeper than 6 metres.",
            ["norvik", "castel", "dredging-cap"],
          ],
        ],
      },
    ],
  }),
);

const PREVIOUS = "what did norvik and castel disagree about in kolna?";

describe("'how did that end?' after what was just told", () => {
  it("is not read as about the fact just told", () => {
    expect(engine.answer(PREVIOUS).answer).toContain("disagreed over the Elm river dredging cap");
    const result = askedIn(engine, "how did that end?", PREVIOUS);
    expect(result.reading ?? "").not.toContain("what was just said");
    expect(result.answer).not.toContain("disagreed over");
    expect(result.answered).toBe(false);
  });

  it("still reads a measure of what was told from it", () => {
    const result = askedIn(engine, "how deep may dredgers dig?", PREVIOUS);
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("6 metres");
  });
});
