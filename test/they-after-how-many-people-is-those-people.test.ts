/**
 * "How much are they paid?" right after "how many rangers patrol the Elm lynx corridor?": "they" is the
 * rangers counted, whatever they act on, not the countries of the meeting; with no fact of the
 * rangers' pay it is refused rather than answered with what the countries pay herders.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-forest-rangers", {
    outlet: "Elm Sea Gazette",
    title: "Norvik and Castel protect the Elm forest lynx",
    date: "2026-05-20",
    entities: [
      ...norvikAndCastel(),
      {
        id: "lynx-corridor",
        kind: "initiative",
        name: "Elm lynx corridor",
        description: "Protected corridor for lynx across the border of Norvik and Castel",
      },
    ],
    meetings: [
      {
        id: "2026-05-18-lynx-talks",
        title: "Norvik–Castel talks on the Elm forest lynx",
        date: "2026-05-18",
        place: "Norvik",
        participants: [
          ["norvik", "host"],
          ["castel", "participant"],
        ],
        topics: ["lynx", "forest"],
        facts: [
          [
            "ranger-count",
            "Joint patrols of 40 rangers, 25 from Norvik and 15 from Castel, patrol the Elm lynx corridor.",
            ["lynx-corridor", "norvik", "castel"],
          ],
          ["ranger-start", "The ranger patrols started in May 2026.", ["lynx-corridor"]],
          [
            "herder-pay",
            "Norvik and Castel will pay herders 500 dollars for each cow killed by a lynx.",
            ["norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("'they' after a question counting people is those people", () => {
  it("refuses what the rangers are paid rather than give what the countries pay herders", () => {
    const result = askedIn(
      engine,
      "how much are they paid?",
      "how many rangers patrol the elm lynx corridor?",
    );
    expect(result.answer).not.toMatch(/500 dollars/);
    expect(result.answered).toBe(false);
  });

  it("answers when they started from the rangers' patrols", () => {
    const result = askedIn(engine, "when did they start?", "how many rangers patrol the elm lynx corridor?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/May 2026/);
  });
});
