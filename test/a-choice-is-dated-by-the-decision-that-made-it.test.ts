/**
 * "When did the commission pick Dunbridge Works?", "how long after the Velby session did it pick a
 * builder for the bridge?" are answered by "Dunbridge Works will build the new Kulla bridge, the
 * Kulla Bridge Commission decided on 2 July 2026": to pick is to choose, and choosing is deciding
 * (WordNet's hypernyms of the verb's commonest sense, while they stay acts of mind), and the plan
 * is what the closing clause tells decided, so the fact dates the choice. Only the day: asked
 * where the builder was picked, the place in the plan is where the bridge will be, not where
 * anyone decided.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, madeUpStore } from "./support/made-up-store.ts";

const store = madeUpStore("kulla-courier-bridge-builder", {
  outlet: "Kulla Courier",
  title: "Dunbridge Works to build the Kulla bridge",
  date: "2026-07-03",
  entities: [
    ...KULLA_NEIGHBOURS,
    {
      id: "kulla-bridge-commission",
      kind: "organization",
      name: "Kulla Bridge Commission",
      description: "Joint commission of Norvia and Estmark for a new Kulla bridge",
    },
    { id: "velby", kind: "place", name: "Velby", description: "Town in Estmark" },
    {
      id: "dunbridge",
      kind: "organization",
      name: "Dunbridge Works",
      description: "Construction firm in Norvia",
    },
  ],
  meetings: [
    {
      id: "2026-03-10-kulla-bridge-commission-first-session",
      title: "First session of the Kulla Bridge Commission",
      date: "2026-03-10",
      place: "Velby",
      participants: [
        ["norvia", "participant"],
        ["estmark", "participant"],
      ],
      topics: ["bridge"],
      facts: [
        [
          "first-session",
          "The Kulla Bridge Commission held its first session in Velby on 10 March 2026.",
          ["kulla-bridge-commission", "velby"],
        ],
      ],
    },
    {
      id: "2026-07-02-kulla-bridge-commission-second-session",
      title: "Second session of the Kulla Bridge Commission",
      date: "2026-07-02",
      place: "Dunmore",
      participants: [
        ["norvia", "participant"],
        ["estmark", "participant"],
      ],
      topics: ["bridge", "builder"],
      facts: [
        [
          "builder-chosen",
          "Dunbridge Works will build the new road bridge over the Kulla between Norvia and Estmark, the Kulla Bridge Commission decided on 2 July 2026.",
          ["dunbridge", "kulla-bridge-commission", "norvia", "estmark"],
        ],
        [
          "tender-won",
          "Dunbridge Works won the tender for the Kulla bridge against four other bidders.",
          ["dunbridge"],
          null,
        ],
      ],
    },
  ],
});
const engine = engineFrom(store);

describe("a choice is dated by the decision that made it", () => {
  it("counts from the first session to the day the commission decided who will build", () => {
    const result = engine.answer(
      "how long after the velby session did the kulla bridge commission pick a builder for the bridge?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("2 July 2026");
  });

  it("dates the pick by the day the commission decided who will build", () => {
    const result = engine.answer("when did the kulla bridge commission pick dunbridge works?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("2 July 2026");
  });

  it("does not take where the bridge will be for where the builder was picked", () => {
    const result = engine.answer("where did the kulla bridge commission pick the builder?");
    expect(result.answer).not.toContain("between Norvia and Estmark");
  });
});
