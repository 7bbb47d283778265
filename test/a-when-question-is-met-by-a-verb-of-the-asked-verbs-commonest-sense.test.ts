/**
 * "When was the construction of the Kulla dam finished?" is answered by "Construction of the Kulla
 * Dam … was completed on 2 May 2026", a fact dated that day: "complete" shares "finish"'s commonest
 * sense in WordNet, so the fact says the act its date is of, though in other words. "When will the
 * treaty be extended?" is not answered by a sentence whose only word for it is "go" (a synonym of a
 * rarer sense of "extend").
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, madeUpStore } from "./support/made-up-store.ts";

const store = madeUpStore("kulla-courier-dam-talks", {
  outlet: "Kulla Courier",
  title: "Norvia and Estmark talk about the Kulla dam",
  date: "2026-05-12",
  entities: [
    ...KULLA_NEIGHBOURS,
    { id: "kulla-dam", kind: "other", name: "Kulla Dam", description: "Dam on the Kulla river" },
    {
      id: "kulla-treaty",
      kind: "other",
      name: "Kulla Water Treaty",
      description: "Treaty sharing the Kulla's water between Norvia and Estmark",
    },
  ],
  meetings: [
    {
      id: "2026-05-10-kulla-dam-talks-dunmore",
      title: "Norvia–Estmark dam talks in Dunmore",
      date: "2026-05-10",
      place: "Dunmore",
      participants: [
        ["norvia", "participant"],
        ["estmark", "participant"],
      ],
      topics: ["dam", "water"],
      facts: [
        [
          "dam-history",
          "Construction of the Kulla Dam above Dunmore was completed on 2 May 2026.",
          ["kulla-dam", "dunmore"],
          "2026-05-02",
        ],
        [
          "treaty-money",
          'Estmark\'s minister said: "If there is no signed Kulla Water Treaty by December, the money will go elsewhere."',
          ["kulla-treaty", "estmark"],
        ],
      ],
    },
  ],
});
const engine = engineFrom(store);

describe("a when-question is met by a verb of the asked verb's commonest sense", () => {
  it("dates the dam's finishing by its completion", () => {
    const result = engine.answer("when was the construction of the kulla dam finished?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("2 May 2026");
  });

  it("does not date an extension by a rarer sense's synonym", () => {
    const result = engine.answer("when will the kulla water treaty be extended?");
    expect(result.answered).toBe(false);
  });
});
