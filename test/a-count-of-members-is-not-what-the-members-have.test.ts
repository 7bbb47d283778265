/**
 * "How many members does the chamber have?" counts what belongs to it (companies, countries,
 * people): "the chamber's members run about 2,300 trucks" speaks of the members, but its number
 * counts their trucks, so it is no answer. A number of things that may belong ("six member
 * countries", "about 140 haulage firms") still answers, and a number read in two groups
 * ("2,300") counts the noun after its last group.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-freight-chamber", {
    outlet: "Elm Gazette",
    title: "Hauliers back the Elm pass tunnel",
    date: "2026-03-13",
    entities: [
      ...norvikAndCastel("A country on the Elm pass"),
      {
        id: "elmford-freight-chamber",
        kind: "organization",
        name: "Elmford Freight Chamber",
        description: "Chamber of the haulage firms of Elmford",
      },
      {
        id: "elm-pass-council",
        kind: "organization",
        name: "Elm Pass Council",
        description: "Council of the countries on the Elm pass",
      },
      {
        id: "tomas-vell",
        kind: "person",
        name: "Tomas Vell",
        description: "President of the Elmford Freight Chamber",
      },
    ],
    meetings: [
      {
        id: "2026-03-12-elm-pass-tunnel-talks",
        title: "Norvik–Castel talks on the Elm pass tunnel",
        date: "2026-03-12",
        place: "Elmford",
        participants: NORVIK_AND_CASTEL,
        topics: ["tunnel", "Elm pass"],
        facts: [
          [
            "trucks",
            "Tomas Vell, president of the Elmford Freight Chamber, said the chamber's members run about 2,300 trucks.",
            ["tomas-vell", "elmford-freight-chamber"],
          ],
          ["council", "The Elm Pass Council has six member countries.", ["elm-pass-council"], null],
        ],
      },
    ],
  }),
);

describe("a count of members is not what the members have", () => {
  it("does not answer how many members the chamber has with its members' trucks", () => {
    const result = askedIn(
      engine,
      "how many members does it have?",
      "who heads the elmford freight chamber?",
    );
    expect(result.answer).not.toContain("2,300");
    expect(result.answered).toBe(false);
  });

  it("answers with a number of things that may be members", () => {
    const result = engine.answer("how many members does the elm pass council have?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("six member countries");
  });
});
