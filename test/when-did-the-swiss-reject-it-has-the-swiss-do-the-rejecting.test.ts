/**
 * "When did the Swiss reject the park request?": "the Swiss" right after "did" are the people who
 * did the rejecting, not a word describing it ("a Swiss rejection"), so a fact where Switzerland's
 * office, named far from the verb, rejected the request answers with its day.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("lake-courier-park-request", {
    outlet: "Lake Courier",
    title: "Switzerland turns down Tanzania's second park",
    date: "2026-11-12",
    entities: [
      { id: "switzerland", kind: "country", name: "Switzerland", description: "Creditor country" },
      { id: "tanzania", kind: "country", name: "Tanzania", description: "Debtor country" },
      {
        id: "kilwa-request",
        kind: "other",
        name: "Kilwa Reef park request",
        description: "Tanzania's request to add the Kilwa Reef park to the debt swap",
      },
    ],
    meetings: [
      {
        id: "2026-10-21-swap-review",
        title: "Swiss–Tanzanian debt swap review",
        date: "2026-10-21",
        place: "Bern",
        participants: [
          ["switzerland", "participant"],
          ["tanzania", "participant"],
        ],
        topics: ["debt", "conservation"],
        facts: [
          [
            "letter-refused",
            "Switzerland's State Secretariat for International Finance rejected Tanzania's request for the Kilwa Reef park in a letter dated 21 October 2026.",
            ["switzerland", "tanzania", "kilwa-request"],
          ],
          [
            "request-made",
            "In August 2026 Tanzania asked that part of the swap money go to the Kilwa Reef park.",
            ["tanzania", "kilwa-request"],
            "2026-08-15",
          ],
        ],
      },
    ],
  }),
);

describe("'when did the Swiss reject it?' has the Swiss do the rejecting", () => {
  it("answers with the day of the refusal", () => {
    const result = askedIn(engine, "when did the swiss reject the kilwa reef park request");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("21 October 2026");
  });
});
