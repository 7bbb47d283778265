/**
 * "Which city is he from?", "what town does she come from?" ask where the person is from, by the
 * kind of place: answered by the fact that says so ("a veteran lawmaker from Elmport"), which
 * need not say "city", not by a list of what else is told of them.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("which-city", {
    outlet: "Elm Courier",
    title: "Norvik's foreign minister visits Castel",
    date: "2026-05-12",
    entities: [
      ...norvikAndCastel(),
      {
        id: "orsen",
        kind: "person",
        name: "Pavel Orsen",
        description: "Foreign Minister of Norvik since 2024; veteran lawmaker from Elmport",
      },
    ],
    meetings: [
      {
        id: "2026-05-11-norvik-castel-talks",
        title: "Norvik–Castel foreign ministers' talks",
        date: "2026-05-11",
        place: "Castelmar",
        participants: [...NORVIK_AND_CASTEL, ["orsen", "Foreign Minister of Norvik"]],
        topics: ["fisheries", "ferries"],
        facts: [
          [
            "profile",
            "Pavel Orsen, a veteran lawmaker from Elmport, has been Norvik's Foreign Minister since 2024.",
            ["orsen", "norvik"],
          ],
          [
            "said",
            "Orsen said the ferry between the two countries should run all year round.",
            ["orsen", "norvik", "castel"],
          ],
          [
            "talks",
            "Orsen held talks with Castel's foreign minister on fisheries and ferries in Castelmar.",
            ["orsen", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("which city is he from is where he is from", () => {
  it("answers 'which city is he from?' after a question about him with where he is from", () => {
    const result = askedIn(engine, "which city is he from?", "what did orsen say about the ferry?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("from Elmport");
    expect(result.answer).not.toContain("•");
  });

  it("answers 'what town does X come from?' the same way", () => {
    const result = engine.answer("what town does Orsen come from?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("from Elmport");
  });
});
