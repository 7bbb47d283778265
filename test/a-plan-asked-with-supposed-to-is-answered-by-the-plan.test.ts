/**
 * "When are the weir works supposed to be finished?" asks about a plan (read as "should be
 * finished"), so "the works are due to be finished by the end of 2028" answers it, though the
 * finishing is still to come; and "when is construction of the weir supposed to start?" is
 * answered by "construction of the weir was planned for the first half of 2027": a thing planned
 * for a time starts then.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, madeUpStore } from "./support/made-up-store.ts";

const store = madeUpStore("kulla-courier-weir-plans", {
  outlet: "Kulla Courier",
  title: "Norvia and Estmark plan the Kulla weir",
  date: "2026-03-12",
  entities: [
    ...KULLA_NEIGHBOURS,
    { id: "kulla-weir", kind: "other", name: "Kulla Weir", description: "Flood weir planned on the Kulla" },
  ],
  meetings: [
    {
      id: "2026-03-11-kulla-weir-commission",
      title: "Norvia–Estmark weir commission in Dunmore",
      date: "2026-03-11",
      place: "Dunmore",
      participants: [
        ["norvia", "participant"],
        ["estmark", "participant"],
      ],
      topics: ["weir", "floods"],
      facts: [
        [
          "weir-cost",
          "The commission put the cost of the Kulla Weir at 96 million euros, and the works are due to be finished by the end of 2028.",
          ["kulla-weir"],
        ],
        [
          "weir-construction",
          "Construction of the Kulla Weir near Dunmore was planned for the first half of 2027.",
          ["kulla-weir", "dunmore"],
          null,
        ],
        [
          "floods-began",
          "Norvia and Estmark began talks on the weir after floods in 2024.",
          ["norvia", "estmark"],
        ],
      ],
    },
  ],
});
const engine = engineFrom(store);

describe("a plan asked with 'supposed to' is answered by the plan", () => {
  it("answers when the works are supposed to be finished", () => {
    const result = engine.answer("when are the kulla weir works supposed to be finished?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("end of 2028");
  });

  it("answers when construction is supposed to start by the time it was planned for", () => {
    const result = engine.answer("when is construction of the kulla weir supposed to start?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("first half of 2027");
  });
});
