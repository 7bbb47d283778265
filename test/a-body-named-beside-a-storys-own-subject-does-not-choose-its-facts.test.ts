/**
 * "Recap the whole Tarn Cliffs heritage league saga from the start": the Tarn Cliffs take part in
 * each of the story's meetings (the nomination, the listing decision); the Heritage League, named
 * beside them, takes part in none, and only a side remark of the later meeting names it. The
 * story is the cliffs' own: each meeting is told by its news (the decision put off to 2028), not
 * by the one fact that happens to name the body asked beside it.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("ridge-post-cliffs", {
    outlet: "Ridge Post",
    title: "Tarn Cliffs listing decision put off to 2028",
    date: "2026-09-02",
    entities: [
      ...norvikAndCastel(),
      {
        id: "tarn-cliffs",
        kind: "place",
        name: "Tarn Cliffs",
        description: "Sea cliffs with rock carvings in Norvik, nominated for the Heritage League's list",
      },
      {
        id: "heritage-league",
        kind: "organization",
        name: "Heritage League",
        description: "International body that keeps a list of protected landscapes",
      },
      {
        id: "listing-panel",
        kind: "organization",
        name: "Listing Panel",
        description: "Panel that decides which sites are listed",
      },
    ],
    meetings: [
      {
        id: "2026-02-10-nomination",
        title: "Norvik nominates the Tarn Cliffs in Brill",
        date: "2026-02-10",
        place: "Brill",
        participants: [
          ["norvik", "party"],
          ["castel", "objector"],
          ["tarn-cliffs", "the site"],
        ],
        topics: ["Tarn Cliffs", "nomination", "rock carvings"],
        summary: "On 10 February 2026 in Brill Norvik nominated the Tarn Cliffs for protection.",
        facts: [["nominated", "Norvik nominated the Tarn Cliffs for protection.", ["norvik", "tarn-cliffs"]]],
      },
      {
        id: "2026-08-30-decision",
        title: "Listing Panel session on the Tarn Cliffs in Osk",
        date: "2026-08-30",
        place: "Osk",
        participants: [
          ["listing-panel", "met"],
          ["norvik", "party"],
          ["castel", "objector"],
          ["tarn-cliffs", "the site"],
        ],
        topics: ["Tarn Cliffs", "nomination", "decision"],
        summary:
          "On 30 August 2026 in Osk the Listing Panel put off its decision on the Tarn Cliffs to 2028. Castel again objected.",
        facts: [
          [
            "put-off",
            "The Listing Panel put off its decision on the Tarn Cliffs until 2028.",
            ["listing-panel", "tarn-cliffs"],
          ],
          [
            "league-remark",
            "A guide at the Tarn Cliffs said visitors ask about the Heritage League every week.",
            ["tarn-cliffs", "heritage-league"],
          ],
        ],
      },
    ],
  }),
);

describe("a body named beside a story's own subject does not choose its facts", () => {
  it("tells the later meeting by its decision, not by the remark naming the body", () => {
    const result = engine.answer("recap the whole tarn cliffs heritage league saga from the start");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("2 meetings");
    expect(result.answer).toContain("until 2028");
    expect(result.answer).not.toContain("visitors ask");
  });
});
