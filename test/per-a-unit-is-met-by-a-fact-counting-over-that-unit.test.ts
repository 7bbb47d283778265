/**
 * "How much drinking water will the border plant make per day?": "per" opens a rate, and a fact
 * that counts over the same unit in its own words ("40,000 cubic metres of drinking water a day",
 * "for every cubic metre", "each year") says it, as "each year" is met by "an annual subsidy". A
 * fact with no rate of that unit does not: "how much is the toll per kilometre?" is not answered
 * by the toll's yearly takings.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kessa-water", {
    outlet: "Port Sella Herald",
    title: "Veloria and Norland agree on a border desalination plant",
    date: "2026-11-16",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
      { id: "kessa", kind: "place", name: "Kessa", description: "Coastal town on the border" },
    ],
    meetings: [
      {
        id: "2026-11-15-kessa",
        title: "Veloria–Norland water talks in Kessa",
        date: "2026-11-15",
        place: "Kessa",
        participants: [
          ["veloria", "participant"],
          ["norland", "host"],
        ],
        topics: ["water", "desalination"],
        facts: [
          [
            "plant-output",
            "The Kessa desalination plant would produce 40,000 cubic metres of drinking water a day, split equally between Veloria and Norland.",
            ["kessa", "veloria", "norland"],
          ],
          [
            "gas-rate",
            "Norland will send Veloria 3 kilowatt-hours of electricity for every cubic metre of water from the plant.",
            ["norland", "veloria"],
          ],
          [
            "toll-takings",
            "The Kessa coast road toll brought in 2 million euros in its first year.",
            ["kessa"],
          ],
        ],
      },
    ],
  }),
);

describe("per a unit is met by a fact counting over that unit", () => {
  it("meets 'per day' with 'a day'", () => {
    expect(engine.answer("how much drinking water will the border plant make per day?").answer).toContain(
      "40,000 cubic metres",
    );
  });

  it("meets 'per cubic metre' with 'for every cubic metre'", () => {
    expect(
      engine.answer("how many kilowatt-hours per cubic metre of plant water will norland send veloria?")
        .answer,
    ).toContain("3 kilowatt-hours");
  });

  it("is not met by a fact with no rate of the unit", () => {
    expect(engine.answer("how much is the kessa coast road toll per kilometre?").answered).toBe(false);
  });
});
