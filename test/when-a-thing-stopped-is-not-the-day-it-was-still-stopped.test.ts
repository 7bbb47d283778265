/**
 * "When did work on the Dunmore stretch stop?" asks when it began to be stopped: "work on the
 * Dunmore stretch remains suspended", reported on 10 May, says only that it still was then, and
 * neither does "in June 2026 work remained suspended"; "has been suspended since November 2025" does.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import {
  type MadeUpMeeting,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

function border(name: string, facts: MadeUpMeeting["facts"]) {
  return engineFrom(
    madeUpStore(name, {
      outlet: "Elm Sea Ledger",
      title: "Border commission meets in Dunmore",
      date: "2026-05-12",
      entities: [
        ...norvikAndCastel(),
        { id: "dunmore", kind: "place", name: "Dunmore", description: "Border town on the Kolna river" },
        {
          id: "border-commission",
          kind: "organization",
          name: "Norvik–Castel Border Commission",
          description: "Joint body marking the border of Norvik and Castel",
        },
      ],
      meetings: [
        {
          id: "2026-05-10-dunmore-session",
          title: "Border commission session in Dunmore",
          date: "2026-05-10",
          place: "Dunmore",
          participants: NORVIK_AND_CASTEL,
          topics: ["border", "demarcation"],
          facts: [
            [
              "session",
              "The Norvik–Castel Border Commission met in Dunmore to review the marking of the border.",
              ["norvik", "castel", "border-commission", "dunmore"],
            ],
            ...facts,
          ],
        },
      ],
    }),
  );
}

const STILL: MadeUpMeeting["facts"][number] = [
  "still-suspended",
  "Work on the Dunmore stretch of the Norvik–Castel border remains suspended.",
  ["norvik", "castel", "dunmore"],
  undefined,
  ["halted", "stopped", "on hold"],
];

describe("when a thing stopped", () => {
  it("is not the day it was reported still stopped", () => {
    const engine = border("dunmore-still", [STILL]);
    const result = askedIn(engine, "when did work on the dunmore stretch stop?");
    expect(result.answer).not.toContain("10 May 2026");
    expect(result.answer).not.toContain("remains suspended");
  });

  it("is not the month a report says it was still stopped", () => {
    const engine = border("dunmore-still-june", [
      [
        "still-june",
        "In June 2026 work on the Dunmore stretch of the Norvik–Castel border remained suspended.",
        ["norvik", "castel", "dunmore"],
        null,
        ["halted", "stopped", "on hold"],
      ],
    ]);
    const result = askedIn(engine, "when did work on the dunmore stretch stop?");
    expect(result.answer).not.toContain("June 2026");
  });

  it("is the day a fact says it has been stopped since", () => {
    const engine = border("dunmore-since", [
      STILL,
      [
        "suspended-since",
        "Work on the Dunmore stretch has been suspended since November 2025, when the two survey teams could not agree on the maps.",
        ["dunmore"],
        null,
        ["halted", "stopped", "on hold"],
      ],
    ]);
    const result = askedIn(engine, "when did work on the dunmore stretch stop?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("November 2025");
  });
});
