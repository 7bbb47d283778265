/**
 * "How deep is the river at Olmo?", "how high is the tower?": a size asked, met by a figure of that
 * size ("a depth of 12 metres"), not by a fact that has the word without one ("split over how deep
 * the cut should be") nor by a length of something else ("a 70-metre section of the bank"). "How
 * long is the gas pipeline?" of a made thing asks its length, not how long an agreement has been in
 * force; "how long is the loan for?" still asks a time. "How do I make soup at home?" asks how to do
 * something oneself, which no fact of a meeting tells, whatever words it shares with one.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("river-post-sizes", {
    outlet: "River Post",
    title: "Norvia and Castelia agree on dredging the Lora and renew a gas swap",
    date: "2026-09-12",
    entities: [
      { id: "norvia", kind: "country", name: "Norvia", description: "Country upstream" },
      { id: "castelia", kind: "country", name: "Castelia", description: "Country downstream" },
      { id: "olmo", kind: "place", name: "Olmo", description: "River port in Norvia" },
      { id: "brea", kind: "place", name: "Brea", description: "Town in Castelia" },
      { id: "lora", kind: "place", name: "Lora River", description: "River between Norvia and Castelia" },
      { id: "mira", kind: "person", name: "Ana Mira", description: "Norvia's minister of housing" },
    ],
    meetings: [
      {
        id: "2026-09-11-olmo-talks",
        title: "Norvia–Castelia river and gas talks in Olmo",
        date: "2026-09-11",
        place: "Olmo",
        participants: [
          ["norvia", "host"],
          ["castelia", "participant"],
        ],
        topics: ["dredging", "gas"],
        facts: [
          [
            "dredging-split",
            "Norvia and Castelia agreed to limit dredging on the Lora River at Olmo but split over how deep the cut in dredging should be.",
            ["norvia", "castelia", "lora", "olmo"],
          ],
          [
            "bank-collapse",
            "In June a 70-metre section of the Lora River bank collapsed at Olmo.",
            ["lora", "olmo"],
          ],
          [
            "channel-depth",
            "The shipping channel at Brea must be kept at a depth of at least 12 metres.",
            ["brea"],
          ],
          [
            "gas-swap",
            "Under the gas swap agreement, in force since 2009, Castelia supplies gas to Norvia through the pipeline from Brea.",
            ["castelia", "norvia", "brea"],
          ],
          ["loan-term", "The dredging loan runs for 15 years.", ["norvia"]],
          [
            "homes-quote",
            'Ana Mira said: "No rule should make a small home unaffordable for a fisherman."',
            ["mira"],
          ],
        ],
      },
    ],
  }),
);

describe("how deep, how high and how long a thing is ask for its size", () => {
  it("answers how deep a channel is kept with its depth", () => {
    const result = engine.answer("how deep must the shipping channel at brea be kept?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("12 metres");
  });

  it("does not answer how deep a river is with a fact that only says the word", () => {
    expect(engine.answer("how deep is the lora river at olmo?").answered).toBe(false);
  });

  it("does not answer how long a pipeline is with how long an agreement has held", () => {
    expect(engine.answer("how long is the gas pipeline from brea?").answered).toBe(false);
  });

  it("still answers how long a loan is for with its term", () => {
    const result = engine.answer("how long is the dredging loan for?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("15 years");
  });

  it("refuses a how-to question that shares words with a quote", () => {
    expect(engine.answer("how do i make soup at home").answered).toBe(false);
  });
});
