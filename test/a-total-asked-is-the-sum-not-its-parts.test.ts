/**
 * "How much will the Kulla levees cost now?" where the best fact gives each bank's part ("the
 * Norvian bank's levees will cost 70 million euros instead of 60 million, and the Estmark bank's 50
 * million instead of 40 million"): the question names no part, so the cost asked is the whole, told
 * by the fact that states the parts' sum (70 + 50 = 120). A question about one bank keeps its part.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, madeUpStore } from "./support/made-up-store.ts";

const store = madeUpStore("kulla-courier-levee-costs", {
  outlet: "Kulla Courier",
  title: "The Kulla levees will cost more",
  date: "2026-11-20",
  entities: [
    ...KULLA_NEIGHBOURS,
    {
      id: "kulla-levees",
      kind: "initiative",
      name: "Kulla levees",
      description: "Levees raised along both banks of the Kulla by Norvia and Estmark",
    },
  ],
  meetings: [
    {
      id: "2026-11-18-kulla-levee-commission",
      title: "Kulla levee commission meeting in Dunmore",
      date: "2026-11-18",
      place: "Dunmore",
      participants: [
        ["norvia", "participant"],
        ["estmark", "participant"],
      ],
      topics: ["levees", "cost"],
      facts: [
        [
          "levee-parts",
          "In November 2026 the Norvian bank's Kulla levees will cost 70 million euros instead of 60 million, and the Estmark bank's 50 million instead of 40 million.",
          ["kulla-levees", "norvia", "estmark"],
        ],
        [
          "levee-total",
          "The cost of the joint Norvian and Estmark flood defences on the Kulla has risen to 120 million euros, up from 100 million euros in March 2026.",
          ["kulla-levees"],
        ],
      ],
    },
  ],
});
const engine = engineFrom(store);

describe("a total asked is the parts' sum", () => {
  it("answers the cost of the levees with the whole, not each bank's part", () => {
    const result = engine.answer("lol so how much r the kulla levees gonna cost now");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("120 million");
  });

  it("keeps a bank's part when the question asks of that bank", () => {
    const result = engine.answer("how much will the norvian bank's kulla levees cost now?");
    expect(result.answer).not.toContain("120 million");
  });
});
