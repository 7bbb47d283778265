/**
 * "When was the Norvik consulate in Lorsk supposed to reopen?" asks the day the plan set: "the
 * reopening had first been planned for 1 October 2026 but was moved to 19 October" tells it, where
 * "the consulate reopened with fewer staff" (on 19 October) tells only the day it did. Asked as
 * done ("when did it reopen?"), or asked both ways at once, the day it did still answers.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("lorsk-consulate", {
    outlet: "Elm Sea Ledger",
    title: "Norvik consulate in Lorsk reopens",
    date: "2026-10-21",
    entities: [
      ...norvikAndCastel(),
      {
        id: "lorsk-consulate",
        kind: "organization",
        name: "Norvik consulate in Lorsk",
        aliases: ["Lorsk consulate"],
        description: "Norvik's consulate general in the Castel city of Lorsk",
      },
    ],
    meetings: [
      {
        id: "2026-10-19-lorsk-reopening",
        title: "Reopening of the Norvik consulate in Lorsk",
        date: "2026-10-19",
        place: "Lorsk",
        participants: NORVIK_AND_CASTEL,
        topics: ["consulates"],
        facts: [
          [
            "reopened",
            "The Norvik consulate in Lorsk reopened with fewer than half of its former staff.",
            ["lorsk-consulate", "norvik"],
          ],
          [
            "first-planned",
            "The reopening of the Norvik consulate in Lorsk had first been planned for 1 October 2026 but was moved to 19 October so that its staff could be accredited again.",
            ["lorsk-consulate", "norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("when something was supposed to happen", () => {
  it("is the day the plan set, not the day it happened", () => {
    const result = askedIn(engine, "when was the lorsk consulate supposed to reopen?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("1 October 2026");
  });

  it("asked as done, is still the day it happened", () => {
    const result = askedIn(engine, "when did the lorsk consulate reopen?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("19 October");
  });
});
