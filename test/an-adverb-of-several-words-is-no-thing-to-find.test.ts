/**
 * "How much did the quay repair cost on the whole?": an adverb of three or four words WordNet files
 * as one ("on the whole", "in a nutshell", "in the first place") says how the question is put, not
 * a thing ("whole", "place") a fact must name, even where no fact has the word; its words weigh as
 * little as "now". A noun the facts lack still names what is asked, so a question about the
 * ferry's repair is still refused; and an adverb that sets the earlier account against the later
 * ("in the beginning", "in the end") is the time reading's, not a word made light here.
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
  it("answers 'on the whole' with the figure, though no fact says 'whole'", () => {
    const result = engine.answer("how much did the saltmere quay repair cost on the whole?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("4.2 million");
  });

  it("still refuses when a noun the facts lack names what is asked ('the ferry repair')", () => {
    expect(engine.answer("how much did the saltmere ferry engine repair cost on the whole?").answered).toBe(
      false,
    );
  });
});
