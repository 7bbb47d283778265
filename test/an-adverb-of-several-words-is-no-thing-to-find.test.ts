/**
 * "How much did the quay repair cost in the end?": an adverb of three or four words WordNet files
 * as one ("in the end", "in the first place", "on the whole") says how things turned out, not a
 * thing ("end", "place") a fact must name, even where no fact has the word; its words weigh as
 * little as "now". A noun the facts lack still names what is asked, so a question about the
 * ferry's repair is still refused. A verb's particle that opens such an adverb ("came *on board*")
 * is no two-word verb ("come on", read as coming near).
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

/** A made-up article: two towns repair a shared quay, its cost revised and finally settled. */
const engine = engineFrom(
  madeUpStore("tern-courier-quay-repair", {
    outlet: "Tern Courier",
    title: "Vellmar and Ostrava Bay settle the quay repair bill",
    date: "2026-09-03",
    entities: [
      { id: "vellmar", kind: "country", name: "Vellmar", description: "A coastal country" },
      { id: "ostria", kind: "country", name: "Ostria", description: "A coastal country" },
      {
        id: "saltmere-quay",
        kind: "place",
        name: "Saltmere Quay",
        description: "A harbour quay shared by Vellmar and Ostria",
      },
    ],
    meetings: [
      {
        id: "2026-09-02-saltmere-quay-talks",
        title: "Vellmar–Ostria talks on the Saltmere Quay repair",
        date: "2026-09-02",
        place: "Saltmere",
        participants: [
          ["vellmar", "participant"],
          ["ostria", "participant"],
        ],
        summary: "Vellmar and Ostria settled the cost of repairing Saltmere Quay.",
        topics: ["ports"],
        facts: [
          [
            "quay-final-cost",
            "The final cost of the Saltmere Quay repair came to 4.2 million euros.",
            ["saltmere-quay"],
          ],
          [
            "ostria-boats",
            "Ostria's patrol boats came near the Saltmere Quay during the repair.",
            ["ostria", "saltmere-quay"],
          ],
          [
            "vellmar-board",
            "Vellmar came on board the Saltmere Quay repair in May 2026.",
            ["vellmar", "saltmere-quay"],
            "2026-05-12",
          ],
          [
            "quay-split",
            "Vellmar and Ostria agreed to share the Saltmere Quay repair bill equally.",
            ["vellmar", "ostria", "saltmere-quay"],
          ],
        ],
      },
    ],
  }),
);

describe("an adverb of several words is no thing to find", () => {
  it("answers 'in the end' with the figure, though the fact says no 'end'", () => {
    const result = engine.answer("how much did the saltmere quay repair cost in the end?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("4.2 million");
  });

  it("reads 'came on board' as coming on board, not as 'come on' (coming near)", () => {
    const result = engine.answer("who came on board in may?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Vellmar came on board");
  });

  it("still refuses when a noun the facts lack names what is asked ('the ferry repair')", () => {
    expect(engine.answer("how much did the saltmere ferry engine repair cost in the end?").answered).toBe(
      false,
    );
  });
});
