/**
 * "How much is the fund putting in for the Kessel boats?" is answered by a fact about the Kessel
 * ferries: a made thing, a natural object or a place asked is met by a fact that names a kind of it
 * (WordNet's kinds one step below its commonest sense), as weakly as a synonym. Not where the
 * question counts it ("how many boats"), nor where the question names the kind itself ("ferry
 * boats" is not met by "ferry" twice). And "the cost of the upper river crossing pact now" is
 * "the budget of the upper river ferry crossing agreement": a fact may put more words into a
 * phrase of several, and "now" closing the question is not the phrase's head.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("river-post-ferries", {
    outlet: "River Post",
    title: "Ostland and Westmark agree new ferries at Kessel",
    date: "2026-06-20",
    entities: [
      { id: "ostland", kind: "country", name: "Ostland", description: "Country on the river" },
      { id: "westmark", kind: "country", name: "Westmark", description: "Country on the river" },
      {
        id: "vale-fund",
        kind: "organization",
        name: "Lower Vale Fund",
        description: "Regional development fund of the river countries",
      },
      { id: "kessel", kind: "place", name: "Kessel", description: "River town on the border" },
    ],
    meetings: [
      {
        id: "2026-06-18-kessel-talks",
        title: "Ostland–Westmark ferry talks in Kessel",
        date: "2026-06-18",
        place: "Kessel",
        participants: [
          ["ostland", "host"],
          ["westmark", "participant"],
        ],
        topics: ["river crossing"],
        facts: [
          [
            "fund-grant",
            "The Lower Vale Fund will give 31 million euros as a grant for two hybrid-electric ferries at Kessel.",
            ["vale-fund", "kessel"],
          ],
          [
            "crossing-budget",
            "The budget of the upper river ferry crossing agreement is 12 million euros a year.",
            ["kessel", "ostland", "westmark"],
          ],
        ],
      },
    ],
  }),
);

describe("a boat asked is met by the ferry a fact names", () => {
  it("answers for the boats with the fact about the ferries", () => {
    const result = engine.answer("how much is the lower vale fund giving for the kessel boats?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/31 million euros/);
  });

  it("does not count the ferries as the boats a question counts", () => {
    const result = engine.answer("how many boats does the lower vale fund own?");
    expect(result.answer).not.toMatch(/31 million/);
  });

  it("does not meet 'ferry boats' by the ferry alone", () => {
    const result = engine.answer("how much did the lower vale fund pay for its ferry boats?");
    expect(result.answer).not.toMatch(/31 million/);
  });

  it("finds the cost of a phrase of several words with more words between, asked as of now", () => {
    const result = engine.answer("what's the cost of the upper river crossing pact now?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/12 million euros/);
  });

  it("still refuses the cost of a thing the store does not have", () => {
    const result = engine.answer("what's the cost of the upper river bridge now?");
    expect(result.answer).not.toMatch(/12 million/);
  });
});
