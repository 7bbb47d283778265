/**
 * "What price will Castel buy the reservoir's water at?" asks the sum, as "how much" does: "at a
 * price set each year" names the price but not what it is, so it is no answer; a fact with the
 * sum ("0.42 euros a cubic metre") is.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import {
  type MadeUpMeeting,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

const reservoir = {
  id: "tarn-reservoir",
  kind: "initiative" as const,
  name: "Tarn Reservoir",
  description: "Reservoir Norvik and Castel share on the Tarn river",
};
const setEachYear: MadeUpMeeting["facts"][number] = [
  "spare",
  "Castel will buy the Tarn Reservoir water Norvik does not use at a price set each year.",
  ["norvik", "castel", "tarn-reservoir"],
];
const store = (facts: MadeUpMeeting["facts"]) =>
  engineFrom(
    madeUpStore("tarn-herald-water", {
      outlet: "Tarn Herald",
      title: "Norvik and Castel share the Tarn Reservoir",
      date: "2026-05-21",
      entities: [...norvikAndCastel(), reservoir],
      meetings: [
        {
          id: "2026-05-20-tarn-water-talks",
          title: "Norvik–Castel talks on the Tarn Reservoir",
          date: "2026-05-20",
          place: "Tarnby",
          participants: NORVIK_AND_CASTEL,
          topics: ["water", "reservoir"],
          facts,
        },
      ],
    }),
  );

describe("a price asked is a sum, not a price said to be set", () => {
  it("does not answer what price with a price set each year", () => {
    const result = store([setEachYear]).answer("what price will castel buy the tarn reservoir water at");
    expect(result.answer).not.toMatch(/price set each year/);
  });

  it("answers what price with the sum where the store gives it", () => {
    const result = store([
      [
        "sum",
        "Castel will pay Norvik a price of 0.42 euros a cubic metre for Tarn Reservoir water.",
        ["norvik", "castel", "tarn-reservoir"],
      ],
    ]).answer("what price will castel pay for tarn reservoir water");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/0\.42 euros/);
  });
});
