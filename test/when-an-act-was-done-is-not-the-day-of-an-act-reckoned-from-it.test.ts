/**
 * "When did Castel order the consulate closed?" is not told by "the consulate reopened on 19
 * October 2026, nearly five months after Castel ordered it closed": that day is the reopening's,
 * and the order is only what it is reckoned from. The fact that tells the order itself answers.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import {
  type MadeUpMeeting,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

function consulate(name: string, facts: MadeUpMeeting["facts"]) {
  return engineFrom(
    madeUpStore(name, {
      outlet: "Elm Sea Ledger",
      title: "Norvik's consulate in Dunmore reopens",
      date: "2026-10-20",
      entities: [
        ...norvikAndCastel(),
        { id: "dunmore", kind: "place", name: "Dunmore", description: "City in Castel" },
        {
          id: "norvik-consulate",
          kind: "organization",
          name: "Norvik consulate in Dunmore",
          description: "Norvik's consulate general in Dunmore",
        },
      ],
      meetings: [
        {
          id: "2026-10-19-dunmore-reopening",
          title: "Norvik's consulate in Dunmore reopens",
          date: "2026-10-19",
          place: "Dunmore",
          participants: NORVIK_AND_CASTEL,
          topics: ["consulates", "diplomacy"],
          facts,
        },
      ],
    }),
  );
}

const REOPENED: MadeUpMeeting["facts"][number] = [
  "reopened",
  "Norvik's consulate in Dunmore reopened on Monday 19 October 2026, nearly five months after Castel ordered it closed.",
  ["norvik-consulate", "castel", "dunmore"],
];

describe("when an act was done", () => {
  it("is not the day of another act reckoned from it", () => {
    const engine = consulate("dunmore-reckoned", [REOPENED]);
    const result = askedIn(engine, "when did castel order the consulate in dunmore closed?");
    expect(result.answer).not.toContain("19 October 2026");
  });

  it("is the day of the fact that tells the act itself", () => {
    const engine = consulate("dunmore-ordered", [
      REOPENED,
      [
        "ordered",
        "Castel ordered Norvik to close its consulate in Dunmore.",
        ["castel", "norvik", "norvik-consulate", "dunmore"],
        "2026-05-26",
      ],
    ]);
    const result = askedIn(engine, "when did castel order the consulate in dunmore closed?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("26 May 2026");
  });
});
