/**
 * "How many paragraphs does the communiqué have?" counts paragraphs: "paragraph 11 of the
 * communiqué" names which paragraph it is and counts none, so it is no answer, where "a
 * 34-paragraph communiqué" is.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-herald-summit-communique", {
    outlet: "Elm Herald",
    title: "Summit ends with a communiqué",
    date: "2026-03-25",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-communique",
        kind: "other",
        name: "Elm communiqué",
        description: "Joint communiqué of the Elm summit",
      },
    ],
    meetings: [
      {
        id: "2026-03-24-elm-summit",
        title: "Elm summit",
        date: "2026-03-24",
        place: "Elmford",
        participants: NORVIK_AND_CASTEL,
        topics: ["summit", "communiqué"],
        facts: [
          [
            "fisheries",
            "Paragraph 11 of the Elm communiqué closes both countries' waters to trawlers for 58 days.",
            ["elm-communique"],
          ],
          [
            "adopted",
            "Leaders of Norvik and Castel adopted the Elm communiqué in Elmford after talks that ran through the night; it has 34 paragraphs.",
            ["elm-communique", "norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("a number after one of the things names which it counts none", () => {
  it("counts the communiqué's paragraphs from the fact that counts them", () => {
    const result = engine.answer("how many paragraphs does the elm communiqué have?");
    expect(result.answer).not.toContain("Paragraph 11");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("34 paragraphs");
  });
});
