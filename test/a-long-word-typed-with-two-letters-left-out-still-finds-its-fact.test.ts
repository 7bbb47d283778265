/**
 * "How much is the survelance fund?": in a hurry members leave two letters out of a long word,
 * which one slip a side does not reach. It is read as the store's word; a word the store does not
 * have is still refused.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("river-board", {
    outlet: "Delta Ledger",
    title: "River board sets up a flood defence commission",
    date: "2026-10-15",
    entities: [
      { id: "norland", kind: "country", name: "Norland", description: "Country upstream on the Vell river" },
      {
        id: "veloria",
        kind: "country",
        name: "Veloria",
        description: "Country downstream on the Vell river",
      },
      {
        id: "vell-commission",
        kind: "organization",
        name: "Vell Flood Defence Commission",
        description: "Joint flood defence commission of Norland and Veloria for the Vell river",
      },
    ],
    meetings: [
      {
        id: "2026-10-14-vell-board",
        title: "Vell river board meeting",
        date: "2026-10-14",
        place: "Port Sella",
        participants: [
          ["norland", "host"],
          ["veloria", "participant"],
          ["vell-commission", "organizer"],
        ],
        topics: ["floods", "surveillance"],
        facts: [
          [
            "vell-commission-set-up",
            "Norland and Veloria set up the Vell Flood Defence Commission in Port Sella to plan dykes along the Vell river.",
            ["norland", "veloria", "vell-commission"],
          ],
          [
            "vell-surveillance-fund",
            "The two countries created a Riverbank Surveillance Fund of 12 million euros to pay for gauges and patrol boats.",
            ["norland", "veloria"],
          ],
        ],
      },
    ],
  }),
);

describe("a long word typed with two letters left out still finds its fact", () => {
  it("reads 'survelance' as the store's 'surveillance'", () => {
    expect(engine.answer("how much is the survelance fund").answer).toContain("12 million");
  });

  it("still refuses a word the store does not have", () => {
    expect(engine.answer("how much is the reconnaisance fund").answered).toBe(false);
  });
});
