/**
 * "What does the accord establish?", "which offer did Veloria reject?": articles say the act in
 * two words ("sets up", "turned down") that WordNet has in the same sense as the word asked. A
 * fact with the pair has the word, as it has a one-word synonym; a pair of another sense ("put
 * together" is not "piece") or the pair's verb alone ("set") does not.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("harbour-accord", {
    outlet: "Harbour Gazette",
    title: "Veloria and Norland sign the Tarn river accord",
    date: "2026-05-12",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Country on the Tarn river" },
      { id: "norland", kind: "country", name: "Norland", description: "Country on the Tarn river" },
      {
        id: "tarn-accord",
        kind: "initiative",
        name: "Tarn River Accord",
        description: "Agreement between Veloria and Norland on the Tarn river",
        aliases: ["Tarn accord"],
      },
    ],
    meetings: [
      {
        id: "2026-05-11-tarn-talks",
        title: "Veloria–Norland talks on the Tarn river",
        date: "2026-05-11",
        place: "Port Sella",
        participants: [
          ["veloria", "host"],
          ["norland", "participant"],
        ],
        topics: ["river", "water"],
        facts: [
          [
            "accord-sets-up",
            "The Tarn River Accord sets up a river commission that will count the salmon every spring.",
            ["tarn-accord"],
          ],
          [
            "veloria-turned-down",
            "Veloria turned down a Norland offer to pay for a second dam on the Tarn.",
            ["veloria", "norland"],
          ],
          ["norland-sets-date", "Norland set the date of the next round for September.", ["norland"]],
        ],
      },
    ],
  }),
);

describe("a one-word verb is met by a fact's two-word synonym", () => {
  it("reads 'sets up' as establishing", () => {
    expect(engine.answer("Which commission does the Tarn accord establish?").answer).toContain(
      "river commission",
    );
  });

  it("reads 'turned down' as rejecting", () => {
    expect(engine.answer("Which Norland offer did Veloria reject?").answer).toContain("second dam");
  });

  it("does not take the pair's verb alone for the word", () => {
    expect(engine.answer("What did Norland establish?").answered).toBe(false);
  });
});
