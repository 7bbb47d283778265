/**
 * "Why did Castelia scrap the cattle fee completely?" when the store says "Castelia refused to scrap
 * the livestock fee, saying the money pays for inspections": the question takes the act for granted,
 * and a fact in which that actor refuses the very act gives the reason for a refusal, not for the
 * act. Where no other fact corrects the premise, the question is refused rather than answered so.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("border-post-fee", {
    outlet: "Border Post",
    title: "Norvia and Castelia upgrade the Olmo border post",
    date: "2026-07-12",
    entities: [
      { id: "norvia", kind: "country", name: "Norvia", description: "Country to the north" },
      { id: "castelia", kind: "country", name: "Castelia", description: "Country to the south" },
      { id: "olmo", kind: "place", name: "Olmo", description: "Border town" },
    ],
    meetings: [
      {
        id: "2026-07-11-olmo-talks",
        title: "Norvia–Castelia border post talks in Olmo",
        date: "2026-07-11",
        place: "Olmo",
        participants: [
          ["norvia", "host"],
          ["castelia", "participant"],
        ],
        topics: ["border post", "livestock fee"],
        facts: [
          [
            "fee-refused",
            "Castelia refused to scrap the livestock-crossing fee at Olmo, saying the money pays for veterinary inspection.",
            ["castelia", "olmo"],
          ],
          [
            "lanes",
            "Norvia and Castelia agreed to open eight new truck lanes at Olmo by December.",
            ["norvia", "castelia", "olmo"],
          ],
        ],
      },
    ],
  }),
);

describe("a why-question is not answered by its actor refusing the act it takes for granted", () => {
  it("does not give the refusal's reason as the reason for the act", () => {
    const result = engine.answer("why did castelia scrap the olmo cattle fee completely?");
    expect(result.answer).not.toContain("veterinary inspection");
  });

  it("still answers why the actor refused", () => {
    const result = engine.answer("why did castelia refuse to scrap the livestock-crossing fee?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("veterinary inspection");
  });
});
