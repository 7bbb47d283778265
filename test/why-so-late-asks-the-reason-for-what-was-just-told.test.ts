/**
 * "Why so late?" right after "when did work on the Elm line start?" asks the reason for the late
 * start just told ("why did work on the Elm line start so late?"), not for anything the word
 * "late" turns up in ("a late-night train on the Elm line").
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-line", {
    outlet: "Elm Sea Ledger",
    title: "Work starts on the Elm railway line",
    date: "2026-10-06",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-line",
        kind: "initiative",
        name: "Elm railway line",
        aliases: ["Elm line"],
        description: "Railway line between Norvik and Castel across the Elm river",
      },
      { id: "ivo-marr", kind: "person", name: "Ivo Marr", description: "Mayor of Kolna" },
    ],
    meetings: [
      {
        id: "2026-10-05-elm-line",
        title: "Start of work on the Elm railway line in Kolna",
        date: "2026-10-05",
        place: "Kolna",
        participants: NORVIK_AND_CASTEL,
        topics: ["railway"],
        facts: [
          [
            "work-started",
            "Work on the Elm railway line started on 5 October 2026 instead of in August, because a losing bidder appealed the award of the contract.",
            ["elm-line", "norvik", "castel"],
          ],
          [
            "late-train",
            "Ivo Marr said Kolna would ask for a late-night train on the Elm railway line so that hospital staff could get home.",
            ["ivo-marr", "elm-line"],
          ],
        ],
      },
    ],
  }),
);

describe("'why so late?' after a date told", () => {
  it("asks why the act just told came so late", () => {
    const question = "when did work on the elm line actually start?";
    expect(engine.answer(question).answer).toContain("5 October 2026");
    const result = askedIn(engine, "why so late?", question);
    expect(result.answer).toContain("losing bidder");
    expect(result.answer).not.toContain("late-night train");
  });
});
