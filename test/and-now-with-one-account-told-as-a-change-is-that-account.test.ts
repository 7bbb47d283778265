/**
 * "And now?" after "how much did the commission think the pier would cost back in March?": when the
 * store has no first account beside a later one to tell together, the question is asked of now
 * alone, and answered only by a fact told as the state now or as a change ("raised the cost of the
 * pier to 14 million euros from 11 million"), never by another fact of the thing that tells neither.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

function story(changeTold: boolean): string {
  return madeUpStore(`vessa-pier-${changeTold ? "raised" : "untold"}`, {
    outlet: "Harbour Ledger",
    title: "Vessa pier costs more",
    date: "2026-10-02",
    entities: [
      { id: "ombrel", kind: "country", name: "Ombrel", description: "A country on the Salt Coast" },
      { id: "tarsia", kind: "country", name: "Tarsia", description: "A country on the Salt Coast" },
      {
        id: "pier-commission",
        kind: "organization",
        name: "Vessa Pier Commission",
        description: "Joint Ombrel–Tarsia commission that oversees the Vessa pier",
      },
      { id: "vessa-pier", kind: "initiative", name: "Vessa pier", description: "Shared ferry pier at Vessa" },
    ],
    meetings: [
      {
        id: "2026-09-20-pier-commission",
        title: "Vessa Pier Commission meeting in Tarsia",
        date: "2026-09-20",
        place: "Tarsia",
        participants: [
          ["ombrel", "member"],
          ["tarsia", "host"],
          ["pier-commission", "body"],
        ],
        topics: ["pier", "ferry"],
        facts: [
          changeTold
            ? [
                "pier-raised",
                "Under the Vessa deal the Vessa pier fee falls to 5 euros per car from 1 September 2026.",
                ["pier-commission", "vessa-pier"],
              ]
            : [
                "pier-paid",
                "The first Vessa pier fees were paid in April 2026; the rest is due after the review.",
                ["pier-commission", "vessa-pier"],
              ],
          ["pier-ferries", "Two ferries a day will use the Vessa pier.", ["vessa-pier"]],
          [
            "pier-fee-march",
            "In March 2026 the Vessa pier fee was 8 euros per car.",
            ["vessa-pier", "ombrel"],
            "2026-03-15",
          ],
        ],
      },
    ],
  });
}

const BEFORE = "how much was the vessa pier fee in march?";

describe("'and now?' with one account told as a change is that account", () => {
  it("answers with the cost as the change tells it", () => {
    const result = askedIn(engineFrom(story(true)), "and now?", BEFORE);
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/falls to 5 euros/);
  });

  it("refuses rather than give a fact of the pier that tells no cost now", () => {
    const result = askedIn(engineFrom(story(false)), "and now?", BEFORE);
    expect(result.answer).not.toMatch(/first Vessa pier fees/);
  });
});
