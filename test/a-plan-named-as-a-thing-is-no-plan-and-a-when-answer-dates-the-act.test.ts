/**
 * "When did the Kulla flood talks start?" is answered by "On 3 March 2026 Norvia and Estmark began
 * talks in Dunmore on a joint plan to fight floods": "a joint plan to" names what the talks were
 * about, not a plan the sentence tells instead of an act ("Norvia plans to …" still does).
 * "When did Norvia and Estmark agree to build the Kulla weir?" answered by "The ministers agreed to
 * sign a framework agreement in June 2026 and to start building the weir in 2027" leads with
 * the fact's own day: every time the sentence names is of what is to come.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, madeUpStore } from "./support/made-up-store.ts";

const store = madeUpStore("kulla-courier-flood-talks", {
  outlet: "Kulla Courier",
  title: "Norvia and Estmark talk about Kulla floods",
  date: "2026-03-05",
  entities: [
    ...KULLA_NEIGHBOURS,
    { id: "kulla-weir", kind: "other", name: "Kulla Weir", description: "Flood weir planned on the Kulla" },
  ],
  meetings: [
    {
      id: "2026-03-03-kulla-flood-talks-dunmore",
      title: "Norvia–Estmark Kulla flood talks in Dunmore",
      date: "2026-03-03",
      place: "Dunmore",
      participants: [
        ["norvia", "participant"],
        ["estmark", "participant"],
      ],
      topics: ["floods", "weir"],
      facts: [
        [
          "talks-opened",
          "On 3 March 2026 Norvia and Estmark began talks in Dunmore on a joint plan to fight Kulla floods.",
          ["norvia", "estmark", "dunmore"],
        ],
        [
          "weir-agreed",
          "The ministers agreed to sign a framework agreement in June 2026 and to start building the Kulla Weir in 2027.",
          ["kulla-weir"],
        ],
        [
          "first-round",
          "At the first round of Kulla flood talks in Dunmore in March 2026, Velmar stayed away.",
          ["velmar", "dunmore"],
          null,
        ],
      ],
    },
  ],
});
const engine = engineFrom(store);

describe("a plan named as a thing is no plan, and a when-answer dates the act", () => {
  it("dates the talks' start by the day they began", () => {
    const result = engine.answer("when did the kulla flood talks start?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("3 March 2026");
  });

  it("leads with the day the building was agreed", () => {
    const result = engine.answer("when did norvia and estmark agree to build the kulla weir?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("On 3 March 2026");
  });
});
