/**
 * "Between which years did the fund make its loans?" asks the years a span began and ended: "11
 * loans the fund made between 2008 and 2019" answers it, where a length in years ("repaid over 25
 * years", "a five-year grace period") names neither year, however many of the question's words it has.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-ledger-loans", {
    outlet: "Elm Ledger",
    title: "Castel's fund reschedules Norvik's loans",
    date: "2026-03-05",
    entities: [
      ...norvikAndCastel("A country that owes Castel money", "A lending country"),
      {
        id: "elm-fund",
        kind: "organization",
        name: "Elm Development Fund",
        description: "Castel's state development fund",
        aliases: ["Elm fund"],
      },
    ],
    meetings: [
      {
        id: "2026-03-04-elm-fund-signing",
        title: "Signing of the Elm fund's debt agreement with Norvik",
        date: "2026-03-04",
        place: "Castelmar",
        participants: NORVIK_AND_CASTEL,
        topics: ["debt"],
        facts: [
          [
            "reschedules",
            "The Elm Development Fund agreed to reschedule 412 million dollars of loans owed by Norvik, stretching repayment over 25 years.",
            ["elm-fund", "norvik"],
          ],
          [
            "grace",
            "Norvik will repay no principal on the Elm fund's loans during a five-year grace period.",
            ["elm-fund", "norvik"],
          ],
          [
            "eleven-loans",
            "The agreement covers 11 loans the Elm Development Fund made to Norvik between 2008 and 2019 for roads and power lines.",
            ["elm-fund", "norvik"],
          ],
        ],
      },
    ],
  }),
);

describe("between which years is met by the two years, not by a length", () => {
  it("answers with the years the loans were made in", () => {
    const result = engine.answer("between which years did the elm fund make its loans to norvik?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("between 2008 and 2019");
    expect(result.answer).not.toContain("25 years");
  });
});
