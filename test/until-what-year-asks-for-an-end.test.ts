/**
 * "Until what year?", "since which month?", "by what date?" ask what "until when?", "since
 * when?" and "by when?" ask: the time word sets the constraint (an end, a beginning), and "what
 * year" is when, not a "what" answered by any fact of the thing. After "how long does the accord
 * run?", "until what year?" is answered by the accord's end, not by another of its terms that
 * speaks of years.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-river-accord", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel sign a river accord",
    date: "2026-06-26",
    entities: [
      ...norvikAndCastel("A country on the Elm river"),
      {
        id: "elm-river-accord",
        kind: "initiative",
        name: "Elm river accord",
        description: "Norvik–Castel accord on flood defences along the Elm river",
        aliases: ["river accord"],
      },
    ],
    meetings: [
      {
        id: "2026-06-25-norvik-castel-river-accord-signing",
        title: "Signing of the Norvik–Castel Elm river accord",
        date: "2026-06-25",
        place: "Elmford",
        participants: NORVIK_AND_CASTEL,
        topics: ["floods", "Elm river"],
        facts: [
          ["runs", "The Elm river accord runs for ten years, from 2027 to 2036.", ["elm-river-accord"], null],
          [
            "engineers",
            "Under the Elm river accord Castel will send 20 engineers to Norvik for the first two years.",
            ["elm-river-accord", "castel", "norvik"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("'until what year?' asks for an end", () => {
  it("answers the question asked in full with the year the accord ends", () => {
    const result = engine.answer("until what year does the elm river accord run?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("2036");
  });

  it("answers the bare follow-up with the end, not with another term of the accord", () => {
    const result = askedIn(engine, "until what year?", "how long does the elm river accord run?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("2036");
    expect(result.answer).not.toContain("engineers");
  });
});
