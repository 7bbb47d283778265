/**
 * "When is the first payment due?" asks for a time still to come: a sentence that names a time
 * after its own article's day tells of what has not happened yet, whatever its verb ("falls due on
 * 31 January 2027", "closes on 15 December 2026", reported in October 2026), as "will" or "is due"
 * would. A time before the article's day is no such plan.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-ledger-debt-deal", {
    outlet: "Elm Ledger",
    title: "Castel eases Norvik's debt",
    date: "2026-10-15",
    entities: [
      ...norvikAndCastel("A country that owes Castel money", "A lending country"),
      {
        id: "elm-debt-deal",
        kind: "initiative",
        name: "Elm debt deal",
        description: "Castel's rescheduling of Norvik's loans",
      },
    ],
    meetings: [
      {
        id: "2026-10-13-elm-debt-signing",
        title: "Signing of the Elm debt deal in Castelmar",
        date: "2026-10-13",
        place: "Castelmar",
        participants: NORVIK_AND_CASTEL,
        topics: ["debt"],
        facts: [
          [
            "first-payment",
            "Castel's officials said the first payment under the new Elm debt deal schedule falls due on 31 January 2027.",
            ["elm-debt-deal", "norvik", "castel"],
            null,
          ],
          [
            "old-payment",
            "Norvik made its last payment under the old schedule of its loans from Castel on 30 June 2026.",
            ["norvik", "castel"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("a time after the article's day is a time still to come", () => {
  it("answers 'when is the first payment due?' with the day the payment falls due", () => {
    const result = engine.answer("when is norvik's first payment under the elm debt deal due?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("31 January 2027");
  });

  it("does not answer 'when will …' with a day already past when the article was written", () => {
    const result = engine.answer("when will norvik make its last payment under the old schedule?");
    expect(result.answer).not.toContain("30 June 2026");
  });
});
