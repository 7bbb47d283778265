/**
 * "Why was the museum's opening pushed back from 1 May?": a thing pushed back from a time it was
 * planned for was put off, as one pushed back to a later time is, so the reason it was moved
 * answers ("was moved to 20 May so that the roof could be sealed", filed under "postponed").
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-courier-museum-opening", {
    outlet: "Elm Courier",
    title: "Elm river museum opens late",
    date: "2026-05-22",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-river-museum",
        kind: "place",
        name: "Elm River Museum",
        description: "Museum of the Elm river built jointly by Norvik and Castel",
      },
    ],
    meetings: [
      {
        id: "2026-05-20-elm-museum-opening",
        title: "Opening of the Elm River Museum",
        date: "2026-05-20",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        facts: [
          [
            "museum-moved",
            "The opening of the Elm River Museum had first been planned for 1 May 2026 but was moved to 20 May so that the roof could be sealed.",
            ["elm-river-museum"],
            undefined,
            ["postponed", "why moved", "roof"],
          ],
          ["museum-opened", "The Elm River Museum opened on 20 May 2026.", ["elm-river-museum"]],
        ],
      },
    ],
  }),
);

describe("a day pushed back from is a day put off", () => {
  it("answers why the opening was pushed back from 1 May with the reason it was moved", () => {
    const result = engine.answer("why was the elm river museum's opening pushed back from 1 may?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/so that the roof could be sealed/);
  });
});
