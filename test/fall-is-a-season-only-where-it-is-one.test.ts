/**
 * "Until when is the toll cut?" is not answered by "the toll is cut by half, and waiting times
 * are expected to fall": "to fall" is the verb, no end in autumn. "Fall" is the season after a word
 * that leads a time ("until the fall of 2027", "this fall", "fall 2027"), not before a drop of
 * something ("the fall in fares"), and the season still says where something ends.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("river-post-toll", {
    outlet: "River Post",
    title: "Norvane and Estria cut the river toll",
    date: "2026-04-20",
    entities: [
      { id: "norvane", kind: "country", name: "Norvane", description: "Upstream country on the Sava Nera" },
      { id: "estria", kind: "country", name: "Estria", description: "Downstream country on the Sava Nera" },
      {
        id: "river-toll",
        kind: "other",
        name: "Sava Nera river toll",
        description: "Toll Norvane charges barges on the Sava Nera",
        aliases: ["river toll"],
      },
      {
        id: "ferry-discount",
        kind: "initiative",
        name: "Sava Nera ferry discount",
        description: "Discount on ferry fares for river villagers",
        aliases: ["ferry discount"],
      },
    ],
    meetings: [
      {
        id: "2026-04-18-toll-talks",
        title: "Norvane–Estria talks on the Sava Nera river toll",
        date: "2026-04-18",
        place: "Varn",
        participants: [
          ["norvane", "host"],
          ["estria", "participant"],
        ],
        topics: ["river toll", "ferries"],
        facts: [
          [
            "toll-cut",
            "Under the deal the river toll is cut by half, and waiting times at the locks are expected to fall.",
            ["river-toll", "norvane", "estria"],
          ],
          [
            "discount-end",
            "The ferry discount will last until the fall of 2027, after the fall in fares that followed the deal.",
            ["ferry-discount"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("fall is a season only where it is one", () => {
  it("does not read 'expected to fall' as an end in autumn", () => {
    const result = engine.answer("until when is the river toll cut?");
    expect(result.answer).not.toMatch(/expected to fall/);
  });

  it("reads 'until the fall of 2027' as an end", () => {
    const result = engine.answer("until when will the ferry discount last?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/fall of 2027/);
  });
});
