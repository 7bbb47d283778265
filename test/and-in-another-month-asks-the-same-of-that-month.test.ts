/**
 * "And in October?" right after "how many passengers did the ferry carry in June?", when the story
 * has no meeting that month: the same question of October ("… carry in October?"), not a question
 * of its own about October. "And this year?" after a question of 2025 likewise asks it of this year.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-ferry-counts", {
    outlet: "Elm Sea Ledger",
    title: "The Kolna ferry fills up",
    date: "2026-11-05",
    entities: [
      ...norvikAndCastel(),
      {
        id: "kolna-ferry",
        kind: "initiative",
        name: "Kolna–Brest ferry",
        aliases: ["kolna ferry"],
        description: "Ferry across the Elm Sea between Norvik's Kolna and Castel's Brest",
      },
    ],
    meetings: [
      {
        id: "2026-11-04-ferry-committee",
        title: "Norvik–Castel ferry committee meeting in Kolna",
        date: "2026-11-04",
        place: "Kolna",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferry"],
        facts: [
          [
            "june-passengers",
            "The Kolna–Brest ferry carried 2,140 passengers in June 2026.",
            ["kolna-ferry"],
            "2026-06-30",
          ],
          [
            "october-passengers",
            "The Kolna–Brest ferry carried 5,320 passengers in October 2026.",
            ["kolna-ferry"],
            "2026-10-31",
          ],
          [
            "crossings-2025",
            "The Kolna–Brest ferry made 410 crossings in 2025.",
            ["kolna-ferry"],
            "2025-12-31",
          ],
          [
            "crossings-2026",
            "The Kolna–Brest ferry has made 380 crossings so far this year, the committee said.",
            ["kolna-ferry"],
          ],
        ],
      },
    ],
  }),
);

describe("'and in October?' after a question of June", () => {
  it("asks the same question of October", () => {
    const question = "how many passengers did the kolna ferry carry in june?";
    expect(engine.answer(question).answer).toContain("2,140");
    const result = askedIn(engine, "and in october?", question);
    expect(result.reading).toContain("carry in october");
    expect(result.answer).toContain("5,320");
  });

  it("asks a question of 2025 again of this year", () => {
    const result = askedIn(engine, "and this year?", "how many crossings did the kolna ferry make in 2025?");
    expect(result.reading).toContain("make this year");
  });
});
