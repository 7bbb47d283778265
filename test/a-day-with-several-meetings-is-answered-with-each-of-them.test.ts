/**
 * "What happened on 9 June 2026?" when the store has two meetings that day, of two stories: the
 * answer names each of them, by its title and key fact, rather than the newest alone as if it
 * were the only one. A title that has the day's own year ("the 2026 ferry timetable talks") is
 * not chosen by it: the day asked has chosen the meetings, its words are no words of one of them.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("lowland-gazette-day", {
    outlet: "Lowland Gazette",
    title: "A busy Tuesday for Norvik's diplomats",
    date: "2026-06-10",
    entities: [
      ...norvikAndCastel(),
      { id: "morra", kind: "country", name: "Morra", description: "Island country across the Elm Sea" },
    ],
    meetings: [
      {
        id: "2026-06-09-ferry-talks",
        title: "Norvik–Castel talks on the 2026 ferry timetable in Brill",
        date: "2026-06-09",
        place: "Brill",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferries", "timetable"],
        facts: [
          [
            "ferries",
            "Norvik and Castel agreed to run four ferries a day between Brill and Osk from July.",
            ["norvik", "castel"],
          ],
        ],
      },
      {
        id: "2026-06-09-lighthouse",
        title: "Norvik–Morra signing of the Skerry lighthouse accord in Tolva",
        date: "2026-06-09",
        place: "Tolva",
        participants: [
          ["norvik", "party"],
          ["morra", "party"],
        ],
        topics: ["lighthouse", "shipping safety"],
        facts: [
          [
            "lighthouse",
            "Norvik and Morra signed an accord to rebuild the Skerry lighthouse together.",
            ["norvik", "morra"],
          ],
        ],
      },
      {
        id: "2026-05-20-fish",
        title: "Norvik–Castel fisheries talks in Osk",
        date: "2026-05-20",
        place: "Osk",
        participants: NORVIK_AND_CASTEL,
        topics: ["fisheries"],
        facts: [["cod", "Norvik and Castel cut the cod quota by a tenth.", ["norvik", "castel"]]],
      },
    ],
  }),
);

describe("a day with several meetings is answered with each of them", () => {
  it("names both meetings of the day asked, each by its key fact", () => {
    const result = engine.answer("what happened on 9 june 2026");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("2 meetings on 9 June 2026");
    expect(result.answer).toContain("four ferries a day");
    expect(result.answer).toContain("Skerry lighthouse");
    expect(result.answer).not.toContain("cod quota");
  });

  it("still tells a day of one meeting as that meeting's overview", () => {
    const result = engine.answer("what happened on 20 may 2026");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Norvik–Castel fisheries talks in Osk");
    expect(result.answer).not.toContain("meetings on");
  });
});
