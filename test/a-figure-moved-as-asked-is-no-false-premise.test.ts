/**
 * "Why were the visas cut from 3,000 to 2,500?" takes for granted what the store says: the figures
 * are read as said, thousands and all, so a move the question has right is never "corrected" by
 * the very fact that tells it. A move the store does not tell ("raised to 5,000") still is.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

/** A made-up article: two countries agree on seasonal work visas, fewer than first planned. */
const engine = engineFrom(
  madeUpStore("elm-gazette-seasonal-visas", {
    outlet: "Elm Gazette",
    title: "Fewer seasonal visas than planned",
    date: "2026-10-15",
    entities: [
      ...norvikAndCastel("A farming country"),
      {
        id: "petra-lund",
        kind: "person",
        name: "Petra Lund",
        description: "Minister of Labour of Norvik",
        aliases: ["Lund"],
      },
    ],
    meetings: [
      {
        id: "2026-10-14-norvik-castel-seasonal-work-talks",
        title: "Norvik–Castel seasonal work talks",
        date: "2026-10-14",
        place: "Port Elm",
        participants: [
          ["petra-lund", "Minister of Labour of Norvik"],
          ["castel", "participant"],
        ],
        summary: "Norvik and Castel agreed on seasonal work visas.",
        topics: ["labour"],
        facts: [
          [
            "visas-cut",
            "Under the October 2026 agreement, the number of seasonal work visas Norvik gives Castel's workers was cut from 3,000 to 2,500 in the first year.",
            ["norvik", "castel"],
          ],
          [
            "hostel-beds",
            "Petra Lund said Norvik's farms had beds for only 2,500 seasonal workers.",
            ["petra-lund", "norvik"],
          ],
        ],
      },
    ],
  }),
);

describe("a figure moved as the question says is no false premise", () => {
  it("does not correct 'cut from 3,000 to 2,500' with the fact that says just that", () => {
    const result = engine.answer("why were the seasonal work visas cut from 3,000 to 2,500?");
    expect(result.answer).not.toMatch(/isn't what my sources say/);
  });

  it("still corrects a move the store does not tell ('raised to 5,000')", () => {
    const result = engine.answer("why were the seasonal work visas raised to 5,000?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^That isn't what my sources say: .*cut from 3,000 to 2,500/);
  });
});
