/**
 * "How much will they be paid?" right after "how many households must leave for the Tarn
 * reservoir?": "they" is the households counted (a group of people, as "families" or
 * "communities" are), with all the question said of them, not the two countries whose meeting
 * the answer came from.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("tarn-reservoir", {
    outlet: "Tarn Valley Courier",
    title: "Tarn reservoir works begin",
    date: "2026-04-12",
    entities: [
      ...norvikAndCastel(),
      {
        id: "tarn-reservoir",
        kind: "place",
        name: "Tarn Reservoir",
        description: "Reservoir on the Tarn river",
      },
    ],
    meetings: [
      {
        id: "2026-04-10-tarn-start",
        title: "Start of works on the Tarn Reservoir",
        date: "2026-04-10",
        place: "Norvik",
        participants: [
          ["norvik", "host"],
          ["castel", "participant"],
        ],
        topics: ["reservoir", "resettlement"],
        facts: [
          [
            "tarn-households",
            "The resettlement plan says 1,900 households in 22 villages must leave for the Tarn Reservoir.",
            ["tarn-reservoir"],
          ],
          [
            "tarn-compensation",
            "Each household that leaves for the Tarn Reservoir will be paid 9,000 euros in compensation.",
            ["tarn-reservoir"],
          ],
          [
            "tarn-power",
            "Under the Tarn agreement, Norvik will be paid 60 percent of the power sales and Castel 40 percent.",
            ["tarn-reservoir", "norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("'they' after a count of households is those households", () => {
  it("reads 'how much will they be paid?' as the households that must leave", () => {
    const result = askedIn(
      engine,
      "how much will they be paid?",
      "how many households must leave for the tarn reservoir?",
    );
    expect(result.reading).toContain("the households that must leave for the tarn reservoir");
    expect(result.answer).toContain("9,000 euros");
  });

  it("still reads 'they' after a count of countries as the countries", () => {
    const result = askedIn(
      engine,
      "how much will they be paid?",
      "how many countries signed the tarn agreement?",
    );
    expect(result.reading ?? "").not.toContain("the countries that");
  });
});
