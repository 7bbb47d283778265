/**
 * "What will one dose cost?", "how much does one of the camera traps cost?": the price of one
 * thing, which a fact gives only per unit ("each", "per dose", "40 dollars a head"). A total
 * spent "mostly for camera traps" is no price of one trap, and is not given as one.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-camera-traps", {
    outlet: "Elm Gazette",
    title: "Camera traps for the Elm forest",
    date: "2026-11-02",
    entities: [...norvikAndCastel("A forest country", "A forest country")],
    meetings: [
      {
        id: "2026-11-01-elm-forest-talks",
        title: "Norvik–Castel forest talks in Elm",
        date: "2026-11-01",
        place: "Elm",
        participants: [
          ["norvik", "participant"],
          ["castel", "participant"],
        ],
        topics: ["wildlife"],
        facts: [
          [
            "traps-total",
            "A study found that watching the Elm forest would cost Norvik and Castel about 1.1 million dollars over four years, mostly for camera traps.",
            ["norvik", "castel"],
          ],
          ["collar-each", "Each wolf collar for the Elm forest costs 900 dollars.", ["norvik"]],
        ],
      },
    ],
  }),
);

describe("the price of one is answered only by a figure per unit", () => {
  it("does not answer 'how much does one of the Elm camera traps cost?' with the whole cost", () => {
    const result = engine.answer("how much does one of the elm forest camera traps cost?");
    expect(result.answer).not.toContain("1.1 million");
  });

  it("answers 'how much does one wolf collar cost?' with the price of each", () => {
    const result = engine.answer("how much does one wolf collar cost?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("900 dollars");
  });
});
