/**
 * "What's the interest rate on the bank's second loan?" is not answered by the loan lent "at 1.25
 * percent" when the store tells of a second loan apart ("would consider a second loan"): a fact
 * that never calls the loan the second speaks of the first. The first loan's rate is still
 * answered, and so is the second's where a fact gives it.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const story = (facts: [string, string, string[]][]) =>
  engineFrom(
    madeUpStore("elm-gazette-housing-loans", {
      outlet: "Elm Gazette",
      title: "Loans for the housing fund",
      date: "2026-07-22",
      entities: [
        { id: "norvik", kind: "country", name: "Norvik", description: "A country on the Elm Sea" },
        {
          id: "elm-bank",
          kind: "organization",
          name: "Elm Development Bank",
          description: "A regional development bank",
          aliases: ["Elm bank"],
        },
        {
          id: "housing-fund",
          kind: "initiative",
          name: "Elm Housing Fund",
          description: "A fund for storm-proof homes",
          aliases: ["housing fund"],
        },
      ],
      meetings: [
        {
          id: "2026-07-21-housing-fund-board",
          title: "Elm Housing Fund board meeting",
          date: "2026-07-21",
          place: "Port Elm",
          participants: [
            ["norvik", "host"],
            ["elm-bank", "lender"],
          ],
          topics: ["housing", "loans"],
          facts,
        },
      ],
    }),
  );

const first: [string, string, string[]] = [
  "first",
  "The Elm Development Bank loan to the Elm Housing Fund, 100 million dollars over 30 years, carries an interest rate of 1.25 percent.",
  ["elm-bank", "housing-fund"],
];
const second: [string, string, string[]] = [
  "second",
  "The Elm Development Bank would consider a second loan of up to 50 million dollars in 2027.",
  ["elm-bank"],
];

describe("the second one asked is not the first one told", () => {
  it("does not answer the second loan's rate with the first loan's", () => {
    const engine = story([first, second]);
    expect(engine.answer("what's the interest rate on the elm bank's second loan?").answer).not.toMatch(
      /1\.25 percent/,
    );
  });

  it("answers the first loan's rate", () => {
    const engine = story([first, second]);
    expect(engine.answer("what's the interest rate on the elm bank loan?").answer).toMatch(/1\.25 percent/);
  });

  it("answers the second loan's rate where a fact gives it", () => {
    const engine = story([
      first,
      second,
      ["rate", "The second loan would carry an interest rate of 2 percent.", ["elm-bank"]],
    ]);
    expect(engine.answer("what's the interest rate on the elm bank's second loan?").answer).toMatch(
      /2 percent/,
    );
  });
});
