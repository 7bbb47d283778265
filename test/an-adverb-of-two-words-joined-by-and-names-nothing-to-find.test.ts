/**
 * "How many animals go back and forth across the border each year?": two words joined by "and"
 * that WordNet files as one adverb ("back and forth", "here and there", "by and large") say how or
 * which way, and name nothing a fact must have ("forth" is not even read as a slip for "fourth"):
 * "1.3 million animals cross the border every year" answers. Two names so joined ("Kenya and
 * Tanzania") are still both asked.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("mara-migration", {
    outlet: "Arusha Ledger",
    title: "Kenya and Tanzania agree to count the migration together",
    date: "2026-03-12",
    entities: [
      { id: "kenya", kind: "country", name: "Kenya", description: "Country in East Africa" },
      { id: "tanzania", kind: "country", name: "Tanzania", description: "Country in East Africa" },
      { id: "uganda", kind: "country", name: "Uganda", description: "Country in East Africa" },
    ],
    meetings: [
      {
        id: "2026-03-11-namanga",
        title: "Kenya–Tanzania wildlife talks in Namanga",
        date: "2026-03-11",
        place: "Namanga",
        participants: [
          ["kenya", "participant"],
          ["tanzania", "host"],
        ],
        topics: ["wildlife", "migration"],
        facts: [
          [
            "animals-cross",
            "About 1.3 million animals cross the Kenya–Tanzania border every year during the migration.",
            ["kenya", "tanzania"],
          ],
          ["uganda-observer", "Uganda attended the Namanga talks as an observer.", ["uganda"]],
        ],
      },
    ],
  }),
);

describe("an adverb of two words joined by 'and' names nothing to find", () => {
  it("reads 'go back and forth over the border' as going over it", () => {
    expect(
      engine.answer("how many animals go back and forth over the kenya tanzania border each year?").answer,
    ).toContain("1.3 million");
  });

  it("still asks both of two names joined by 'and'", () => {
    expect(engine.answer("how many animals cross between uganda and tanzania each year?").answered).toBe(
      false,
    );
  });
});
