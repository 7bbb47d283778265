/**
 * "Give me a rundown of the Skarn commission's work so far": a commission that deals with a bridge
 * and an otter patrol, told one fact a meeting, may tell its first session only by the patrol's
 * wardens, in words that never say "otter" or "bridge". The first session's title names both, so the
 * fact that tells the subject left out comes beside it. A later meeting of a thing's saga is told by
 * the change that gives both the old and the new figure ("rose to 48.5 million from 41 million"),
 * before one whose earlier side has no figure ("started in May instead of in March").
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const COMMISSION: [string, string] = ["skarn-commission", "the commission that met"];
const PARTIES: [string, string][] = [["norvik", "host"], ["castel", "participant"], COMMISSION];
const TOPICS = ["Skarn bridge", "otter patrol", "cost"];

const engine = engineFrom(
  madeUpStore("skarn-courier", {
    outlet: "Skarn Courier",
    title: "The Skarn commission's year",
    date: "2026-11-06",
    entities: [
      ...norvikAndCastel(),
      {
        id: "skarn-commission",
        kind: "organization",
        name: "Norvik–Castel Skarn Commission",
        description: "Joint border commission of Norvik and Castel on the Skarn river",
      },
      { id: "skarn-bridge", kind: "other", name: "Skarn bridge", description: "Road bridge over the Skarn" },
    ],
    meetings: [
      {
        id: "2026-03-04-skarn-first",
        title:
          "First session of the Norvik–Castel Skarn Commission in Ubra; new Skarn bridge and river otter patrol agreed",
        date: "2026-03-04",
        place: "Ubra",
        participants: PARTIES,
        topics: TOPICS,
        summary:
          "The Norvik–Castel Skarn Commission agreed to pay 30 wardens to patrol the Skarn banks at night for four seasons, and to build a new bridge.",
        facts: [
          [
            "wardens",
            "The Norvik–Castel Skarn Commission agreed to pay 30 wardens to patrol the Skarn banks at night for four seasons.",
            ["skarn-commission"],
          ],
          [
            "otters",
            "Norvik and Castel agreed to launch a joint patrol of the river banks where otters breed.",
            ["norvik", "castel"],
          ],
          [
            "bridge-first",
            "A first estimate put the cost of the Skarn bridge at 41 million euros.",
            ["skarn-bridge"],
          ],
        ],
      },
      {
        id: "2026-10-14-skarn-second",
        title: "Second session of the Norvik–Castel Skarn Commission in Vesk",
        date: "2026-10-14",
        place: "Vesk",
        participants: PARTIES,
        topics: TOPICS,
        summary: "Work on the Skarn bridge started late and its cost rose.",
        facts: [
          [
            "bridge-start",
            "Work on the Skarn bridge started on 5 May 2026 instead of in March, after an appeal.",
            ["skarn-bridge"],
          ],
          [
            "bridge-cost",
            "The cost of the Skarn bridge rose to 48.5 million euros from 41 million.",
            ["skarn-bridge"],
          ],
        ],
      },
    ],
  }),
);

describe("a body's saga tells each subject its meeting's title names", () => {
  it("tells the otter patrol of the first session beside its wardens", () => {
    const result = engine.answer("give me a rundown of the skarn commission's work so far");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("30 wardens");
    expect(result.answer).toContain("otters breed");
    expect(result.answer).toContain("Vesk");
  });

  it("tells a later meeting of the bridge's saga by the change with both figures", () => {
    const result = engine.answer("summarize the whole skarn bridge saga from the start");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("48.5 million euros from 41 million");
    expect(result.answer).not.toContain("instead of in March");
    // The bridge's saga is the bridge's: the otters are no part of it.
    expect(result.answer).not.toContain("otters");
  });

  it("still refuses the saga of a thing the store never speaks of", () => {
    expect(engine.answer("summarize the whole lirac tunnel saga from the start").answered).toBe(false);
  });
});
