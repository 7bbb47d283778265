/**
 * "How many states belong to the Elm Council?", "how many members sit on the committee?": a verb
 * of being in or part of what is named only says the things counted are its own, which "a body
 * of eleven coastal states", "has nine members" say in other words. A town is no body: "how
 * many people live in Dunmore?" still needs a count of its people, not of its launch owners.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-elm-council", {
    outlet: "Elm Gazette",
    title: "The Elm Council and its committee",
    date: "2026-07-09",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-council",
        kind: "organization",
        name: "Elm Sea Council",
        description: "Regional body of the coastal states of the Elm Sea",
      },
      {
        id: "watch-committee",
        kind: "organization",
        name: "Elm Debt Watch Committee",
        description: "Committee watching the Norvik–Castel debt deal",
      },
      { id: "dunmore", kind: "place", name: "Dunmore", description: "Port town of Castel" },
    ],
    meetings: [
      {
        id: "2026-07-07-elm-council",
        title: "Elm Sea Council meeting",
        date: "2026-07-07",
        place: "Dunmore",
        participants: NORVIK_AND_CASTEL,
        topics: ["council", "debt"],
        facts: [
          [
            "council",
            "The Elm Sea Council is a regional body of eleven coastal states with its secretariat in Dunmore.",
            ["elm-council", "dunmore"],
          ],
          [
            "committee",
            "The Elm Debt Watch Committee has nine members, four named by each government and an independent chair.",
            ["watch-committee"],
          ],
          ["launches", "In Dunmore 63 launch owners could lose their living to the new ferry.", ["dunmore"]],
        ],
      },
    ],
  }),
);

describe("how many belong to a body is told by its count of them", () => {
  it("counts the states that belong to the council", () => {
    const result = engine.answer("how many states belong to the elm sea council?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("eleven coastal states");
  });

  it("counts the members who sit on the committee", () => {
    const result = engine.answer("how many members sit on the elm debt watch committee?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("nine members");
  });

  it("does not count the people living in a town by a number of others there", () => {
    const result = engine.answer("how many people live in dunmore?");
    expect(result.answer).not.toContain("63");
  });
});
