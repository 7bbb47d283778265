/**
 * "When will the radar be up and running?": two adjectives joined by "and" that WordNet puts in
 * one sense (or one cluster of senses: "up" as computers are up, "running" as a machine is, both
 * beside "functioning") say one thing. It is asked once, by either word or the other words of
 * that sense ("operational", "working"); "up" is no word of its own to find.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("storm-radar", {
    outlet: "Leeward Courier",
    title: "Veloria and Norland delay their storm radar",
    date: "2026-10-02",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
      {
        id: "storm-network",
        kind: "initiative",
        name: "Twin Isles Storm Network",
        description: "Shared storm warning network of Veloria and Norland",
        aliases: ["storm network"],
      },
    ],
    meetings: [
      {
        id: "2026-10-01-storm-talks",
        title: "Veloria–Norland storm network talks",
        date: "2026-10-01",
        place: "Port Sella",
        participants: [
          ["veloria", "host"],
          ["norland", "participant"],
        ],
        topics: ["storms", "radar"],
        facts: [
          [
            "radar-late",
            "The storm network's main radar is now expected to be operational by mid-2028.",
            ["storm-network"],
          ],
          [
            "sirens-up",
            "The sirens of the storm network went up on 12 hilltops in September.",
            ["storm-network"],
          ],
        ],
      },
    ],
  }),
);

describe("two adjectives of one sense are asked once", () => {
  it("finds 'up and running' said in another word of that sense", () => {
    expect(engine.answer("When will the storm network radar be up and running?").answer).toContain(
      "mid-2028",
    );
  });

  it("does not read 'up' alone as the question's word", () => {
    expect(engine.answer("When will the storm network sirens be up and running?").answered).toBe(false);
  });
});
