/**
 * "What post did Fouda get in September?", "how many stations go on Small Prespa?": "in", "at" or
 * "on" before a time or a place the store knows says when or where; it does not make WordNet's
 * two-word verb of the verb before it ("get in" is entering, "go on" happening). "To" is kept
 * as WordNet reads it ("go to" is attending: "did X go to Y?" is met by "X attended … in Y").
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("lake-stations", {
    outlet: "Lakes Herald",
    title: "Veloria and Norland share a lake monitoring network",
    date: "2026-09-20",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Country on Lake Amari" },
      { id: "norland", kind: "country", name: "Norland", description: "Country on Lake Amari" },
      {
        id: "small-amari",
        kind: "place",
        name: "Small Amari",
        description: "The smaller of the Amari lakes",
      },
      {
        id: "mira-dosa",
        kind: "person",
        name: "Mira Dosa",
        description: "Velorian diplomat, Minister of Water of Veloria since September 2026",
      },
    ],
    meetings: [
      {
        id: "2026-09-18-lake-talks",
        title: "Veloria–Norland lake talks",
        date: "2026-09-18",
        place: "Port Sella",
        participants: [
          ["veloria", "participant"],
          ["norland", "host"],
        ],
        topics: ["lakes", "water quality"],
        facts: [
          [
            "stations-small",
            "Of the 20 monitoring stations, 8 will stand on Small Amari and 12 on the larger lake.",
            ["small-amari"],
          ],
          [
            "talks-continue",
            "Norland entered the lake talks in 2025, and the talks will continue in Port Sella in March.",
            ["norland"],
          ],
          [
            "dosa-post",
            "Mira Dosa was appointed Minister of Water of Veloria in September 2026.",
            ["mira-dosa", "veloria"],
          ],
        ],
      },
    ],
  }),
);

describe("a preposition before a place or a time is no particle", () => {
  it("reads 'get in September' as getting, in September", () => {
    expect(engine.answer("What post did Mira Dosa get in September?").answer).toContain("Minister of Water");
  });

  it("reads 'go on Small Amari' as going, on the lake", () => {
    expect(engine.answer("How many monitoring stations go on Small Amari?").answer).toContain("8 will stand");
  });
});
