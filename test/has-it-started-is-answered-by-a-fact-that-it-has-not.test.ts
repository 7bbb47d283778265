/**
 * "Has construction started on the Norvik section?" where the store says "Construction of the
 * Norvik section, due to start in October 2026, has not begun": the act is told as to come, but
 * also as not done by now, which answers the yes or no (no, not yet). A plan alone, with nothing
 * said of whether it is done, still does not answer.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("lake-post-power-line", {
    outlet: "Lake Post",
    title: "Norvik and Castel build a power line",
    date: "2026-11-20",
    entities: [
      ...norvikAndCastel("A lake country", "Its neighbour across the lake"),
      {
        id: "lindora-power-line",
        kind: "initiative",
        name: "Lindora power line",
        description: "Power line from Norvik to Castel across Lake Lindora",
        aliases: ["power line"],
      },
      {
        id: "lindora-pier",
        kind: "initiative",
        name: "Lindora pier",
        description: "New pier at Lindora for the lake ferry",
        aliases: ["pier"],
      },
    ],
    meetings: [
      {
        id: "2026-11-19-norvik-castel-power-talks",
        title: "Norvik–Castel power line talks in Port Elm",
        date: "2026-11-19",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["power line", "pier"],
        facts: [
          [
            "section-not-begun",
            "Construction of the Norvik section of the Lindora power line, due to start in October 2026, has not begun.",
            ["norvik", "lindora-power-line"],
            null,
          ],
          [
            "pier-planned",
            "Construction of the Lindora pier is due to start in March 2027.",
            ["lindora-pier"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("'has it started?' is answered by a fact that it has not", () => {
  it("answers from the fact that says the act is not done by now", () => {
    const result = engine.answer("has construction started on the norvik section of the power line?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("has not begun");
  });

  it("does not answer from a plan that says nothing of whether it is done", () => {
    const result = engine.answer("has construction started on the lindora pier?");
    expect(result.answer).not.toMatch(/^Here is what my sources say/);
  });
});
