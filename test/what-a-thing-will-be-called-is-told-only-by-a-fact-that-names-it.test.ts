/**
 * "What will the new Elm ferries be called?" asks the name they are to bear: facts about the
 * ferries (when they enter service, what they carry) say none, and the question is refused. A fact
 * that says it ("the new crossing, to be called the Vessa Causeway") still answers.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-ferries", {
    outlet: "Elm Gazette",
    title: "New ferries and a causeway for Elm",
    date: "2026-06-25",
    entities: [
      ...norvikAndCastel(),
      { id: "port-elm", kind: "place", name: "Port Elm", description: "A harbour town in Norvik" },
    ],
    meetings: [
      {
        id: "2026-06-24-norvik-castel-crossing-talks",
        title: "Norvik–Castel crossing talks",
        date: "2026-06-24",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferries", "causeway"],
        facts: [
          [
            "ferries",
            "Norvik and Castel agreed to put two new Elm ferries on the strait, to enter service in May 2028 and carry 48 cars each.",
            ["norvik", "castel", "port-elm"],
          ],
          ["night", "Castel wanted the new Elm ferries to run through the night.", ["castel"]],
          [
            "causeway",
            "Under the plan, the new crossing, to be called the Vessa Causeway, would carry a four-lane motorway.",
            ["norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("what a thing will be called is told only by a fact that names it", () => {
  it("refuses when no fact says what the ferries will be called", () => {
    const result = askedIn(engine, "what will the new elm ferries be called?");
    expect(result.answered).toBe(false);
  });

  it("answers with the fact that says what the crossing is to be called", () => {
    expect(askedIn(engine, "what will the new crossing be called?").answer).toContain("Vessa Causeway");
  });
});
