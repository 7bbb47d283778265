/**
 * "How big" is asked of the thing named right after it (the first run of words): of a group
 * (WordNet's `noun.group`: "fleet", "delegation") it asks how many ("how big is the Kessel patrol
 * fleet now?" by "the pool grows to 19 patrol vessels"); of a possession ("grant") how much; and a
 * word for a sum further on ("… for the customs post": "customs" are duties) no longer makes "how
 * big is the plot" ask a sum, so its area still answers. "How big is the lake?" stays a size.
 */
import { describe, expect, it } from "vitest";
import { understand } from "../src/engine/understand.ts";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kessel-patrols", {
    outlet: "River Post",
    title: "Ostland and Westmark widen the Kessel patrols",
    date: "2026-06-20",
    entities: [
      { id: "ostland", kind: "country", name: "Ostland", description: "Country on the river" },
      { id: "westmark", kind: "country", name: "Westmark", description: "Country on the river" },
      { id: "kessel", kind: "place", name: "Kessel", description: "River town on the border" },
      { id: "lake-orm", kind: "place", name: "Lake Orm", description: "Lake on the border" },
    ],
    meetings: [
      {
        id: "2026-06-18-kessel-talks",
        title: "Ostland–Westmark river talks in Kessel",
        date: "2026-06-18",
        place: "Kessel",
        participants: [
          ["ostland", "host"],
          ["westmark", "participant"],
        ],
        topics: ["river patrols"],
        facts: [
          [
            "fleet",
            "With Westmark's four new boats, the Kessel patrol fleet grows from 15 to 19 vessels.",
            ["kessel", "westmark"],
          ],
          [
            "grant",
            "Ostland will give Westmark a grant of 12 million euros for the patrol boats.",
            ["ostland", "westmark"],
          ],
          [
            "customs-land",
            "The joint customs post will stand at Kessel, where Westmark already owns six hectares of flat land.",
            ["kessel", "westmark"],
          ],
          ["customs-cost", "The customs post at Kessel will cost 3 million euros.", ["kessel"]],
        ],
      },
    ],
  }),
);

describe("how big asks a group's count and a sum's amount", () => {
  it("reads the size of a group as a count, of a possession as a sum, and of a plot as a size", () => {
    const kb = engine.knowledge();
    expect(understand("how big is the kessel patrol fleet now?", kb).plan.text).toMatch(/^how many is/);
    expect(understand("how big is the vietnamese delegation?", kb).plan.text).toMatch(/^how many is/);
    expect(understand("how big is ostland's grant for the patrol boats?", kb).plan.text).toMatch(
      /^how much is/,
    );
    expect(
      understand("how big is the plot the state holds at kessel for the customs post?", kb).plan.text,
    ).toMatch(/^how big is the plot/);
    expect(understand("how big is lake orm?", kb).plan.text).toMatch(/^how big/);
  });

  it("answers how big a fleet is with the count of its vessels", () => {
    const result = engine.answer("how big is the kessel patrol fleet now?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/19 vessels/);
  });

  it("still answers how big a grant is with its sum", () => {
    const result = engine.answer("how big is ostland's grant for the patrol boats?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/12 million euros/);
  });

  it("asks the size of the land, not a sum, when the sum's word comes later", () => {
    const result = engine.answer("how big is the land westmark owns at kessel for the customs post?");
    expect(result.answer).not.toMatch(/3 million euros/);
  });

  it("still refuses the size of a lake the store gives no figure for", () => {
    const result = engine.answer("how big is lake orm?");
    expect(result.answered).toBe(false);
  });
});
