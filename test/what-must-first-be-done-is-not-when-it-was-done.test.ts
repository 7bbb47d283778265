/**
 * "When were the customs systems linked?" asks when it was done: "Castel declined, saying its
 * customs systems must first be linked" says what has to be done, dated the day it was said, not
 * when the linking happened.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const story = (facts: [string, string, string[], (string | null)?][]) =>
  engineFrom(
    madeUpStore("elm-gazette-customs", {
      outlet: "Elm Gazette",
      title: "Customs systems",
      date: "2026-11-20",
      entities: norvikAndCastel(),
      meetings: [
        {
          id: "2026-02-10-norvik-castel-rail-talks",
          title: "Norvik–Castel rail talks",
          date: "2026-02-10",
          place: "Port Elm",
          participants: NORVIK_AND_CASTEL,
          topics: ["railways", "customs"],
          facts,
        },
      ],
    }),
  );

const mustFirst: [string, string, string[]] = [
  "must-first",
  "Norvik asked for a single border post, and Castel declined, saying the customs systems of Norvik and Castel must first be linked.",
  ["norvik", "castel"],
];

describe("what must first be done is not when it was done", () => {
  it("does not answer when the systems were linked with the day it was said they must be", () => {
    const result = story([mustFirst]).answer("when were the norvik and castel customs systems linked?");
    expect(result.answer).not.toMatch(/10 February/);
  });

  it("answers with a fact that has them linked", () => {
    const result = story([
      mustFirst,
      [
        "linked",
        "An official said the customs systems of Norvik and Castel had been linked in October 2026.",
        ["norvik", "castel"],
        "2026-11-18",
      ],
    ]).answer("when were the norvik and castel customs systems linked?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("October 2026");
  });
});
