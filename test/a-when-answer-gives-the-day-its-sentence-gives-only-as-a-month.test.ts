/**
 * "When were the talks in Dunmore?" answered by "The March 2026 talks … were held at the town hall",
 * a fact dated 10 March 2026: the sentence gives only the month, so the answer leads with the day.
 * A sentence that gives a day, or another month, is left as it is.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, madeUpStore } from "./support/made-up-store.ts";

const store = madeUpStore("kulla-courier-fishing-talks", {
  outlet: "Kulla Courier",
  title: "Norvia and Estmark talk fish in Dunmore",
  date: "2026-03-12",
  entities: [...KULLA_NEIGHBOURS],
  meetings: [
    {
      id: "2026-03-10-kulla-fishing-talks-dunmore",
      title: "Norvia–Estmark fishing talks in Dunmore",
      date: "2026-03-10",
      place: "Dunmore",
      participants: [
        ["norvia", "participant"],
        ["estmark", "participant"],
      ],
      topics: ["fishing"],
      facts: [
        [
          "talks-held",
          "The March 2026 Kulla fishing talks between Norvia and Estmark were held at the town hall in Dunmore.",
          ["norvia", "estmark", "dunmore"],
        ],
        [
          "quota-agreed",
          "Norvia and Estmark agreed a Kulla eel quota on 10 March 2026.",
          ["norvia", "estmark"],
        ],
        [
          "signing-planned",
          "Norvia and Estmark planned to sign a Kulla fishing treaty in June 2026.",
          ["norvia", "estmark"],
        ],
      ],
    },
  ],
});
const engine = engineFrom(store);

describe("a when-answer gives the day its sentence gives only as a month", () => {
  it("leads with the talks' day", () => {
    const result = engine.answer("when were the kulla fishing talks in dunmore?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("10 March 2026");
  });

  it("does not lead a plan for another month with the day it was made", () => {
    const result = engine.answer("when did norvia and estmark plan to sign the kulla fishing treaty?");
    expect(result.answer).not.toContain("On 10 March 2026");
  });
});
