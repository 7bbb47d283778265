/**
 * "How much did they put in?" right after "which phone company joined the repair fund?": money put
 * in is contributed ("paid in 500,000 dollars", "a contribution of 500,000 dollars"), not "put in"
 * as WordNet's "introduce"; and "they" is the one the answer named (the company that joined), past
 * the names the question itself had (the fund), not the countries of the meeting.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-repair-fund", {
    outlet: "Elm Gazette",
    title: "A phone company joins the cable repair fund",
    date: "2026-08-21",
    entities: [
      ...norvikAndCastel("An island country", "A neighbouring island country"),
      {
        id: "elm-repair-fund",
        kind: "initiative",
        name: "Elm Repair Fund",
        description: "Fund paying for the repair of the Elm undersea cable",
        aliases: ["repair fund"],
      },
      {
        id: "wave-mobile",
        kind: "organization",
        name: "Wave Mobile",
        description: "A phone company selling services in Norvik and Castel",
      },
    ],
    meetings: [
      {
        id: "2026-08-20-norvik-castel-cable-talks",
        title: "Norvik–Castel talks on the Elm cable repair",
        date: "2026-08-20",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["cable", "telecommunications"],
        facts: [
          [
            "joined",
            "The Elm Repair Fund was joined in August by Wave Mobile, a phone company.",
            ["elm-repair-fund", "wave-mobile"],
          ],
          [
            "shares",
            "Norvik and Castel will each pay 3.2 million dollars of the Elm cable repair, and Wave Mobile's contribution of 500,000 dollars covers part of the rest.",
            ["norvik", "castel", "wave-mobile"],
          ],
        ],
      },
    ],
  }),
);

describe("money put in is contributed, by the one just answered", () => {
  it("answers how much the company that joined put in", () => {
    const result = askedIn(engine, "how much did they put in?", "who joined the elm repair fund?");
    expect(result.answered).toBe(true);
    expect(result.reading).toContain("Wave Mobile");
    expect(result.answer).toContain("500,000");
  });
});
