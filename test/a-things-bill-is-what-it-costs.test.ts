/**
 * "How big is the bill for the Kessel terminal?" asks what the terminal costs, and "who is paying
 * the repair bill for the bridge?" who pays the cost of repairing it: people call a thing's cost
 * its bill, which an article says as its cost or its budget. As weakly as any word of a family,
 * so a fact must still tell all else the question names, and a count of bills (laws passed) is no
 * sum of money.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("bay-gazette-terminal", {
    outlet: "Bay Gazette",
    title: "Ostland and Westmark agree the Kessel ferry terminal",
    date: "2026-05-14",
    entities: [
      { id: "ostland", kind: "country", name: "Ostland", description: "Country on the bay" },
      { id: "westmark", kind: "country", name: "Westmark", description: "Country on the bay" },
      { id: "kessel", kind: "place", name: "Kessel", description: "Harbour town on the bay" },
    ],
    meetings: [
      {
        id: "2026-05-12-kessel-talks",
        title: "Ostland–Westmark ferry talks in Kessel",
        date: "2026-05-12",
        place: "Kessel",
        participants: [
          ["ostland", "host"],
          ["westmark", "participant"],
        ],
        topics: ["ferry terminal"],
        facts: [
          [
            "terminal-cost",
            "The new Kessel ferry terminal will cost 14 million euros.",
            ["kessel", "ostland", "westmark"],
          ],
          [
            "bridge-repair",
            "Westmark will pay the cost of repairing the old Kessel footbridge.",
            ["westmark", "kessel"],
          ],
        ],
      },
    ],
  }),
);

describe("a thing's bill is what it costs", () => {
  it("answers how big a thing's bill is with its cost", () => {
    const result = engine.answer("how big is the bill for the new kessel ferry terminal?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/14 million euros/);
  });

  it("answers who pays a repair bill with who pays the cost of the repair", () => {
    const result = engine.answer("who is paying the repair bill for the old kessel footbridge?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Westmark/);
  });

  it("does not count bills passed with a sum of money", () => {
    const result = engine.answer("how many bills on the kessel ferry terminal did ostland pass?");
    expect(result.answer).not.toMatch(/14 million/);
  });
});
