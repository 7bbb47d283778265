/**
 * "How much will the uni's new lab cost?": an informal word a dictionary lists past the common ones
 * ("uni", "biz", "pic") is meant as typed. Most are clippings, a letter or more short of some word
 * the store uses ("unit"), and reading one as a slip for that word answers about another thing.
 * A word no dictionary has ("unti") is still a slip for the store's word.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("treatment-unit", {
    outlet: "Port Sella Ledger",
    title: "Norland funds a water treatment unit for Veloria",
    date: "2026-11-16",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
    ],
    meetings: [
      {
        id: "2026-11-15-water",
        title: "Veloria–Norland water talks",
        date: "2026-11-15",
        place: "Port Sella",
        participants: [
          ["veloria", "participant"],
          ["norland", "host"],
        ],
        topics: ["water"],
        facts: [
          [
            "unit-cost",
            "The new water treatment unit in Veloria will cost 4 million euros, paid by Norland.",
            ["veloria", "norland"],
          ],
        ],
      },
    ],
  }),
);

describe("an informal word is meant as typed, not a slip", () => {
  it("does not read 'uni' as 'unit'", () => {
    const reply = engine.answer("How much will the new uni in Veloria cost?");
    expect(reply.answered).toBe(false);
    expect(reply.answer).not.toContain("4 million");
  });

  it("does not take 'uni' for a name it has never heard of", () => {
    expect(engine.answer("How much will the new uni in Veloria cost?").answer).not.toContain('"uni"');
  });

  it("still reads a word no dictionary has as the store's word it is a slip for", () => {
    expect(engine.answer("How much will the new water treatment unti in Veloria cost?").answer).toContain(
      "4 million",
    );
  });
});
