/**
 * "When was the housing survey done?" asks of the survey ("housing" only says which survey): a
 * fact dated by a signing that came "after a housing survey found more damaged homes" does not
 * date the survey; a fact that says when it was carried out does.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-housing-survey", {
    outlet: "Elm Gazette",
    title: "The housing fund",
    date: "2026-07-21",
    entities: norvikAndCastel(),
    meetings: [
      {
        id: "2026-07-20-norvik-castel-housing-talks",
        title: "Norvik–Castel housing talks",
        date: "2026-07-20",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["housing", "storms"],
        facts: [
          [
            "charter",
            "On 20 July 2026 Norvik and Castel signed the charter of their Joint Housing Fund, enlarging it to 150 million dollars after a housing survey found more damaged homes than first counted.",
            ["norvik", "castel"],
          ],
          [
            "survey",
            "A housing survey carried out in April and May 2026 counted 4,800 damaged homes in Norvik and Castel.",
            ["norvik", "castel"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("when was the housing survey done dates the survey, not what followed it", () => {
  it("answers with the months the survey was carried out", () => {
    const result = engine.answer("when was the norvik castel housing survey done?");
    expect(result.answer).not.toMatch(/20 July/);
    expect(result.answer).toContain("April");
  });
});
