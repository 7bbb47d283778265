/**
 * "how much water does armenia gotta leave in the river", "whats the deal w the tajik data thing":
 * chat writes "gotta" for "have to", "wanna" for "want to" and a lone "w" for "with". They are read
 * as typed in full, and questions nearby still get no answer the store does not have.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("vell-river-flow", {
    outlet: "Port Sella Herald",
    title: "Norland agrees a summer flow in the Vell",
    date: "2026-11-16",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Country downstream on the Vell" },
      { id: "norland", kind: "country", name: "Norland", description: "Country upstream on the Vell" },
      { id: "vell", kind: "place", name: "Vell", description: "River shared by Norland and Veloria" },
      {
        id: "vell-data-exchange",
        kind: "initiative",
        name: "Vell gauge data exchange",
        description: "Exchange of river gauge readings between Norland and Veloria",
      },
    ],
    meetings: [
      {
        id: "2026-11-15-vell",
        title: "Vell river commission meeting",
        date: "2026-11-15",
        place: "Port Sella",
        participants: [
          ["veloria", "participant"],
          ["norland", "host"],
        ],
        topics: ["water", "river"],
        facts: [
          [
            "summer-flow",
            "Norland must leave a minimum summer flow of 4.5 cubic metres per second in the Vell at the border.",
            ["norland", "veloria", "vell"],
          ],
          [
            "data-refused",
            "Norland refused to share its Vell gauge readings with Veloria in real time.",
            ["norland", "veloria", "vell-data-exchange"],
          ],
        ],
      },
    ],
  }),
);

describe("gotta and a lone w are read as have to and with", () => {
  it("reads 'gotta' as 'have to'", () => {
    expect(
      engine.answer("so how much water does norland gotta leave in the vell in summer").answer,
    ).toContain("4.5");
  });

  it("reads a lone 'w' as 'with'", () => {
    expect(engine.answer("ngl whats the deal w the norland data thing").answer).toBe(
      engine.answer("ngl whats the deal with the norland data thing").answer,
    );
  });

  it("still refuses what the store does not say, however it is typed", () => {
    expect(engine.answer("how much money does norland gotta pay veloria").answered).toBe(false);
  });
});
