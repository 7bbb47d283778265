/**
 * "How much was the crossing fee at first, and how much is it now?" asks both sides of a change: "the
 * fee falls to 1,000 crowns per head of cattle from 1 September 2026" gives the new figure and the
 * day, not the old figure, so one account is no comparison.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const store = (statement: string) =>
  engineFrom(
    madeUpStore(`elm-gazette-fee-${statement.length}`, {
      outlet: "Elm Gazette",
      title: "Cattle at the border",
      date: "2026-07-23",
      entities: norvikAndCastel(),
      meetings: [
        {
          id: "2026-07-22-norvik-castel-border-talks",
          title: "Norvik–Castel border talks",
          date: "2026-07-22",
          place: "Port Elm",
          participants: NORVIK_AND_CASTEL,
          topics: ["cattle", "fees"],
          facts: [["fee", statement, ["norvik", "castel"]]],
        },
      ],
    }),
  );

const QUESTION = "how much was the norvik cattle crossing fee at first, and how much is it now?";

describe("a figure falling to a value from a day is one side of a change", () => {
  it("does not compare from a fact that gives only the new figure and its day", () => {
    const result = store(
      "Under the Port Elm deal Norvik's cattle crossing fee falls to 1,000 crowns per head of cattle from 1 September 2026, and Castel herders pay nothing.",
    ).answer(QUESTION);
    expect(result.answered).toBe(false);
  });
});
