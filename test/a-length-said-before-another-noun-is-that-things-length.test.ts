/**
 * "How long is Norvia's border with Castelia?" is not answered by "the tri-point on the summit of a
 * 1,086-metre hill", nor "how long is the canal?" by "the 300-metre shift of the canal's bed": a
 * measure said as one word before a noun ("1,086-metre hill") is that noun's length or height.
 * Where that noun is the thing asked ("the 96-kilometre pipeline"), it is its length.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("ridge-post-border", {
    outlet: "Ridge Post",
    title: "Norvia and Castelia fix their border tri-point and open a pipeline",
    date: "2026-06-25",
    entities: [
      { id: "norvia", kind: "country", name: "Norvia", description: "Country upstream" },
      { id: "castelia", kind: "country", name: "Castelia", description: "Country downstream" },
      { id: "olmo", kind: "place", name: "Olmo", description: "River port in Norvia" },
      { id: "brea", kind: "place", name: "Brea", description: "Town in Castelia" },
    ],
    meetings: [
      {
        id: "2026-06-24-olmo-border-talks",
        title: "Norvia–Castelia border talks in Olmo",
        date: "2026-06-24",
        place: "Olmo",
        participants: [
          ["norvia", "host"],
          ["castelia", "participant"],
        ],
        topics: ["border", "pipeline"],
        facts: [
          [
            "tri-point",
            "Norvia and Castelia agreed on 24 June 2026 where their borders meet, fixing the tri-point on the summit of a 1,086-metre hill known to surveyors as Point 1086.",
            ["norvia", "castelia"],
          ],
          [
            "canal-shift",
            "Castelia said the 300-metre shift of the canal's bed near Brea supported its case.",
            ["castelia", "brea"],
          ],
          ["pipeline", "The 96-kilometre pipeline from Brea to Olmo opened in June 2026.", ["brea", "olmo"]],
        ],
      },
    ],
  }),
);

describe("a length said before another noun is that thing's length", () => {
  it("does not answer how long a border is with a hill's height", () => {
    const answer = engine.answer("how long is norvia's border with castelia?");
    expect(answer.answer).not.toMatch(/1,086/);
  });

  it("does not answer how long a canal is with how far its bed moved", () => {
    expect(engine.answer("how long is the canal near brea?").answer).not.toMatch(/300-metre/);
  });

  it("answers how long a pipeline is with the pipeline's own measure", () => {
    const answer = engine.answer("how long is the pipeline from brea to olmo?");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/96-kilometre/);
  });
});
