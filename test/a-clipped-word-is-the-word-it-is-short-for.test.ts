/**
 * "When did the lab technicians leave?": a clipped noun ("lab", "memo", "doc") is the word it is
 * short for, as WordNet has it in the same sense whose commonest sense it is ("laboratory"),
 * not a synonym found more weakly. A word that only begins like another ("cop" and "copper", a
 * metal first) is no clipping of it.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("vaccine-lab", {
    outlet: "Dili Courier",
    title: "Veloria sends laboratory technicians to Norland",
    date: "2026-11-16",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
      { id: "port-sella", kind: "place", name: "Port Sella", description: "Capital of Norland" },
    ],
    meetings: [
      {
        id: "2026-11-15-training",
        title: "Veloria–Norland vaccine training programme",
        date: "2026-11-15",
        place: "Port Sella",
        participants: [
          ["veloria", "participant"],
          ["norland", "host"],
        ],
        topics: ["vaccines", "training"],
        facts: [
          [
            "technicians-left",
            "The first 12 Velorian laboratory technicians left for Port Sella on 15 November 2026 to train on the new vaccine.",
            ["veloria", "port-sella"],
          ],
          [
            "copper-exports",
            "Norland exports copper wire to Veloria for the new clinics.",
            ["norland", "veloria"],
          ],
        ],
      },
    ],
  }),
);

describe("a clipped word is the word it is short for", () => {
  it("reads 'lab' as 'laboratory'", () => {
    expect(engine.answer("When did the first lab technicians leave for Port Sella?").answer).toContain(
      "15 November 2026",
    );
  });

  it("does not read 'cops' as 'copper'", () => {
    expect(engine.answer("How many cops does Norland export to Veloria?").answered).toBe(false);
  });
});
