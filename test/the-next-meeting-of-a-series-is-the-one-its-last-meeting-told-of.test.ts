/**
 * "When is the next Lindora ministerial meeting?" where "Lindora ministerial meeting" is the name of
 * the meeting just held: that name asks for the meeting to come, which the held meeting's facts tell
 * of ("the Lindora ministers will meet next in Port Elm in June 2027"). "When was the Lindora
 * ministerial meeting?" still asks for the one held.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("lake-post-ministerial", {
    outlet: "Lake Post",
    title: "Lindora ministers agree on a joint fire boat",
    date: "2026-11-25",
    entities: [
      ...norvikAndCastel("A lake country", "Its neighbour across the lake"),
      {
        id: "lindora-council",
        kind: "organization",
        name: "Lindora Lake Council",
        description: "Council of Norvik and Castel for Lake Lindora",
        aliases: ["LLC"],
      },
      {
        id: "lindora-ministerial",
        kind: "event",
        name: "Lindora annual ministerial meeting",
        description:
          "Yearly meeting of the ministers of the Lindora Lake Council; held in Vell on 24 November 2026",
        aliases: ["Lindora ministerial meeting", "Lindora ministerial"],
      },
      {
        id: "vell",
        kind: "place",
        name: "Vell",
        description: "Lake town in Castel",
      },
    ],
    meetings: [
      {
        id: "2026-11-24-lindora-ministerial-vell",
        title: "Lindora annual ministerial meeting in Vell",
        date: "2026-11-24",
        place: "Vell",
        participants: [...NORVIK_AND_CASTEL, ["lindora-council", "host"]],
        topics: ["fire boat", "lake"],
        facts: [
          [
            "fire-boat",
            "At the Lindora ministerial meeting in Vell the ministers agreed to buy a joint fire boat.",
            ["lindora-ministerial", "lindora-council", "norvik", "castel", "vell"],
          ],
          [
            "next-meeting",
            "The Lindora ministers will meet next in Port Elm in June 2027 to choose the boat's builder.",
            ["lindora-council", "norvik", "castel"],
            null,
          ],
          [
            "commission-next",
            "The Lindora Lake Council will next meet in Castelo in March 2027.",
            ["lindora-council"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("the next meeting of a series is the one its last meeting told of", () => {
  it("answers when the next ministerial meeting is with the meeting to come", () => {
    const result = engine.answer("when is the next lindora ministerial meeting?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/June 2027|March 2027/);
  });

  it("still answers when the ministerial meeting was with the one held", () => {
    const result = engine.answer("when was the lindora ministerial meeting?");
    expect(result.answer).not.toMatch(/June 2027|March 2027/);
  });
});
