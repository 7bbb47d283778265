/**
 * "When did they last hold energy talks before February 2026?" is answered by "the February 2026
 * talks were the first energy talks between Norvik and Castel since 2023", however many words name
 * the talks, and by "the first … in nine years": "hold" only makes the talks its object, and a month
 * the question puts after "before" is no month it asks a day within.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-energy-talks", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel talk power again",
    date: "2026-02-17",
    entities: [
      ...norvikAndCastel("A hydropower country", "Its neighbour, short of power"),
      { id: "ostmark", kind: "country", name: "Ostmark", description: "A fishing country" },
      { id: "westry", kind: "country", name: "Westry", description: "Ostmark's neighbour" },
    ],
    meetings: [
      {
        id: "2026-02-16-norvik-castel-energy-talks",
        title: "Norvik–Castel energy talks in Port Elm",
        date: "2026-02-16",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["energy"],
        facts: [
          [
            "first-since",
            "The Port Elm talks of 16 February 2026 were the first ministerial energy talks between Norvik and Castel since 2023.",
            ["norvik", "castel"],
          ],
        ],
      },
      {
        id: "2026-02-10-ostmark-westry-fisheries-talks",
        title: "Ostmark–Westry fisheries talks in Westport",
        date: "2026-02-10",
        place: "Westport",
        participants: [
          ["ostmark", "participant"],
          ["westry", "participant"],
        ],
        topics: ["fishing"],
        facts: [
          [
            "first-in-years",
            "The February 2026 Westport talks were the first formal fisheries negotiations between the governments of Ostmark and Westry in nine years.",
            ["ostmark", "westry"],
          ],
        ],
      },
    ],
  }),
);

describe("'when did they last meet before <a date>?' is told by 'the first … since'", () => {
  it("answers from 'the first ministerial energy talks between Norvik and Castel since 2023'", () => {
    const result = engine.answer(
      "when did norvik and castel last hold ministerial energy talks before february 2026?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("since 2023");
  });

  it("answers from 'the first formal fisheries negotiations … in nine years'", () => {
    const result = engine.answer(
      "when did ostmark and westry last have formal fisheries talks before february 2026?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("nine years");
  });
});
