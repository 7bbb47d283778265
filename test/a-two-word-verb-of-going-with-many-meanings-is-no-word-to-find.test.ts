/**
 * "Which river is the Tarn dam going up on?", "when will the survey report come out?": a light verb
 * of going or coming paired into a verb of many senses ("go up" is rising, nearing, being built,
 * burning) is read as one guess, and a fact that says the asked thing in its own words ("the dam
 * Castel is building on the Lorn", "to be published in 2027") need not say that guess. The pair
 * weighs as its light verb alone does; what was asked about must still be in the fact.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import {
  type MadeUpEntity,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel(),
  { id: "tarn-dam", kind: "initiative", name: "Tarn dam", description: "Hydropower dam in Castel" },
  { id: "lorn", kind: "place", name: "Lorn", description: "River between Norvik and Castel" },
];
const dir = madeUpStore("tarn-dam-talks", {
  outlet: "Lorn Courier",
  title: "Norvik and Castel talk power from the Tarn dam",
  date: "2026-03-02",
  entities,
  meetings: [
    {
      id: "2026-03-01-tarn-dam-talks",
      title: "Norvik–Castel power talks",
      date: "2026-03-01",
      place: "Port Elm",
      participants: NORVIK_AND_CASTEL,
      topics: ["power", "dam"],
      facts: [
        [
          "dam",
          "A new line would carry power from the Tarn dam, which Castel is building on the Lorn river, to Norvik.",
          ["tarn-dam", "lorn", "norvik", "castel"],
        ],
        [
          "cost",
          "The cost of the new line rose to 90 million euros, and its first figures appeared in the Norvik press.",
          ["norvik", "castel"],
        ],
        [
          "report",
          "The joint survey report on the Lorn's fish stocks is to be published in the first half of 2027.",
          ["lorn", "norvik", "castel"],
        ],
      ],
    },
  ],
});
const engine = engineFrom(dir);

describe("a two-word verb of going with many meanings is no word to find", () => {
  it("answers which river the dam is going up on with where it is being built", () => {
    const result = askedIn(engine, "which river is the tarn dam going up on?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Lorn/);
  });

  it("answers when the report comes out with when it is to be published", () => {
    const result = askedIn(engine, "when will the survey report on the lorn's fish come out?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/2027/);
  });

  it("still refuses what no fact says", () => {
    const result = askedIn(engine, "when will the survey report on the lorn's birds come out?");
    expect(result.answer).not.toMatch(/2027/);
  });
});
