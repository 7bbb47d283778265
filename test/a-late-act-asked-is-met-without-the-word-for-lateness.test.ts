/**
 * "Did Greece finally join the plane pool?", "did they end up joining?": the act asked is the
 * joining, which "Norland joined the pool on 12 November" tells without saying it came late, so
 * a lateness adverb ("finally", "eventually", "end up") weighs little in any question. A fact that
 * has the act refused ("had refused in March to let the ship count eels") tells the holdout, not
 * whether it gave way: it answers no such question.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("amari-pool", {
    outlet: "Port Sella Courier",
    title: "Norland joins the Lake Amari fire plane pool",
    date: "2026-11-13",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
      {
        id: "amari-pool",
        kind: "organization",
        name: "Lake Amari fire plane pool",
        description: "Shared pool of firefighting aircraft around Lake Amari",
      },
      {
        id: "amari-ship",
        kind: "organization",
        name: "RV Amari",
        description: "Survey ship built by Veloria and Norland",
      },
    ],
    meetings: [
      {
        id: "2026-11-12-amari",
        title: "Lake Amari talks",
        date: "2026-11-12",
        place: "Port Sella",
        participants: [
          ["veloria", "participant"],
          ["norland", "participant"],
        ],
        topics: ["firefighting", "fisheries"],
        facts: [
          [
            "norland-joined",
            "Norland joined the Lake Amari fire plane pool on 12 November 2026.",
            ["norland", "amari-pool"],
          ],
          [
            "veloria-refused-eels",
            "Veloria had refused in March 2026 to let the RV Amari count eels in its waters.",
            ["veloria", "amari-ship"],
          ],
        ],
      },
    ],
  }),
);

describe("a late act asked is met without the word for lateness", () => {
  it("answers 'did Norland finally join' with the joining", () => {
    const result = engine.answer("so did norland finally join the lake amari fire plane pool or nah");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("joined");
  });

  it("answers 'did they end up joining' alike", () => {
    const result = engine.answer("did norland end up joining the lake amari fire plane pool?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("12 November 2026");
  });

  it("does not answer 'did Veloria finally let the ship count eels' with the refusal", () => {
    expect(engine.answer("did veloria finally let the rv amari count eels?").answered).toBe(false);
  });

  it("does not answer of a country that did not join", () => {
    expect(engine.answer("did veloria finally join the lake amari fire plane pool?").answered).toBe(false);
  });
});
