/**
 * "Why did the cost of the levees fall below 186 million euros?" when the store says the cost "has
 * risen to 214 million euros, up from 186 million": the rise is read whether the sentence tells the
 * old figure first ("from 64 million to 79 million") or the new one ("to 214 million, up from 186
 * million", "rose to 212 million from the 190 million estimated"), and a bound on the figure
 * ("below", "above") is no word the fact must have; "why did it get cheaper?" needs no figure. The
 * rise is given as a correction; a cost that did fall as asked is not corrected, nor is a share that
 * moved ("a toll of 12 percent, down from 25 percent") taken for an amount asked in tonnes.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-levee-costs", {
    outlet: "Elm Gazette",
    title: "The Elm levees cost more",
    date: "2026-09-02",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-levees",
        kind: "initiative",
        name: "Elm levees",
        description: "Flood defences Norvik and Castel build together on the Elm river",
        aliases: ["levees on the Elm"],
      },
      {
        id: "elm-ferry",
        kind: "initiative",
        name: "Elm ferry",
        description: "A ferry Norvik and Castel run across the Elm river",
        aliases: [],
      },
    ],
    meetings: [
      {
        id: "2026-09-01-port-elm-levee-review",
        title: "Review of the Elm levees in Port Elm",
        date: "2026-09-01",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        summary: "Norvik and Castel reviewed the cost of the Elm levees and of the Elm ferry.",
        topics: ["floods"],
        facts: [
          [
            "levee-cost-rose",
            "The cost of the Elm levees has risen to 214 million euros, up from 186 million euros in March 2026.",
            ["elm-levees", "norvik", "castel"],
          ],
          [
            "ferry-quota-toll",
            "Goods inside the Elm ferry's 650-tonne quota will pay a toll of 12 percent, down from 25 percent.",
            ["elm-ferry"],
          ],
          [
            "ferry-cost-fell",
            "The cost of the Elm ferry has fallen to 12 million euros, down from 15 million euros.",
            ["elm-ferry", "norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("a cost said to fall that rose, corrected however the rise is worded", () => {
  it("gives the rise told new figure first when the question has the cost fall below the old one", () => {
    const result = engine.answer("why did the cost of the Elm levees fall below 186 million euros?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(
      /^That isn't what my sources say: The cost of the Elm levees has risen to 214 million/,
    );
  });

  it("gives the rise when the question has the thing get cheaper, with no figure", () => {
    const result = engine.answer("why did the Elm levees get cheaper?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^That isn't what my sources say: The cost of the Elm levees has risen/);
  });

  it("does not take a share that moved for an amount the question has move", () => {
    const result = engine.answer("why did the Elm ferry's quota drop to 400 tonnes?");
    expect(result.answer ?? "").not.toMatch(/^That isn't what my sources say/);
  });

  it("corrects nothing when the cost fell as the question has it", () => {
    const result = engine.answer("why did the cost of the Elm ferry fall to 12 million euros?");
    expect(result.answer ?? "").not.toMatch(/^That isn't what my sources say/);
  });
});
