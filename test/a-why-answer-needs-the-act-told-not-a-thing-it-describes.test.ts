/**
 * A why-question's act is where the sentence tells it: "the 12 suspended Norland plants" describes
 * plants, and what follows ("…, after its food authority found …") is the reason for the act the
 * sentence does tell (readmitting), not for the suspension. And a why-question answered by a fact
 * that leaves out a word it asks ("shellfish") is corrected by the fact that denies the act for
 * every word asked.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-fish-plants", {
    outlet: "Elm Gazette",
    title: "Veloria lets some Norland fish back in",
    date: "2026-04-20",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "A coastal country", aliases: [] },
      { id: "norland", kind: "country", name: "Norland", description: "A coastal country", aliases: [] },
      {
        id: "ines-marr",
        kind: "person",
        name: "Ines Marr",
        description: "Minister of Fisheries of Veloria",
        aliases: ["Marr"],
      },
    ],
    meetings: [
      {
        id: "2026-04-19-port-elm-fish-talks",
        title: "Veloria–Norland fish trade talks in Port Elm",
        date: "2026-04-19",
        place: "Port Elm",
        participants: [
          ["ines-marr", "Minister of Fisheries of Veloria"],
          ["norland", "participant"],
        ],
        topics: ["fisheries", "trade"],
        facts: [
          [
            "dispute-began",
            "The Veloria–Norland fish dispute dates back to March 2025, when Veloria suspended imports from 12 Norland shellfish and trout processing plants.",
            ["veloria", "norland"],
          ],
          [
            "five-plants-readmitted",
            "Ines Marr announced that Veloria would readmit fish from five of the 12 suspended Norland plants from 1 May 2026, after its food authority found that they met Velorian standards.",
            ["ines-marr", "veloria", "norland"],
          ],
          [
            "seven-plants-refused",
            "Veloria refused to lift the suspension on the other seven Norland plants, all of them shellfish producers, because their inspections will not end before 2027.",
            ["veloria", "norland"],
          ],
        ],
      },
    ],
  }),
);

describe("a why-answer needs the act told, not a thing it describes", () => {
  it("does not give the reason for readmitting 'the suspended plants' as why they were suspended", () => {
    const result = engine.answer("why did Veloria suspend imports from 12 Norland plants?");
    expect(result.answer).not.toContain("food authority");
    expect(result.answered).toBe(false);
  });

  it("gives what the food authority found as why fish from five plants is let back in", () => {
    const result = engine.answer("why is Veloria readmitting fish from five Norland plants?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("food authority found");
  });

  it("corrects a why about the plants it refused to readmit, which the readmission leaves out", () => {
    const result = engine.answer("why did Veloria readmit the Norland shellfish plants?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("refused to lift the suspension");
  });
});
