/**
 * "Why did the panel change the amount of fishing quota?" needs a reason. "The amount of fishing
 * quota to be released by the Korrin Panel has changed" says only that it changed: "to be released"
 * tells what is still to happen to the quota, not what anything was done for. A purpose said with
 * "to" after the act ("banned trawling in the bay to let the cod recover") still answers why.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, norviaAndEstmark } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("korrin-cod-panel", {
    outlet: "Korrin Sound Herald",
    title: "The Korrin Panel changes its cod rules",
    date: "2026-10-02",
    entities: [
      ...norviaAndEstmark(),
      {
        id: "korrin-panel",
        kind: "organization",
        name: "Korrin Panel",
        description: "Norvia–Estmark panel that sets cod fishing rules in the Korrin Sound",
      },
    ],
    meetings: [
      {
        id: "2026-09-30-korrin-panel",
        title: "Korrin Panel meets in Harlow",
        date: "2026-09-30",
        place: "Harlow",
        participants: [
          ["korrin-panel", "met"],
          ["norvia", "member"],
          ["estmark", "member"],
        ],
        topics: ["cod"],
        facts: [
          [
            "permits-changed",
            "The amount of fishing quota to be released by the Korrin Panel has changed.",
            ["korrin-panel"],
          ],
          [
            "trawling-banned",
            "The Korrin Panel banned trawling in the northern bay to let the cod stock recover.",
            ["korrin-panel"],
          ],
        ],
      },
    ],
  }),
);

describe("a thing still to be done is no purpose", () => {
  it("does not answer why the quota changed with a fact that says only that it changed", () => {
    expect(askedIn(engine, "why did the korrin panel change the amount of fishing quota").answered).toBe(
      false,
    );
  });

  it("still answers why with a purpose said after the act", () => {
    expect(askedIn(engine, "why did the korrin panel ban trawling in the northern bay").answer).toMatch(
      /let the cod stock recover/,
    );
  });
});
