/**
 * "And what was it at first?" right after "what's the quota for Castel's seasonal workers from
 * 2027?" asks that question of the earlier account, as it does after "what is the quota …?": "what's"
 * is a question word like "what is", not a word that leaves "it" to stand for "the quota" of
 * anything in the store.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-seasonal-quota", {
    outlet: "Elm Gazette",
    title: "Norvik raises Castel's seasonal worker quota",
    date: "2026-10-16",
    entities: [
      ...norvikAndCastel(),
      {
        id: "seasonal-scheme",
        kind: "initiative",
        name: "Castel seasonal worker scheme",
        description: "Scheme under which Castel's seasonal workers work on Norvik's farms",
      },
    ],
    meetings: [
      {
        id: "2026-10-14-elm-labour-talks",
        title: "Norvik–Castel labour talks",
        date: "2026-10-14",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["labour", "migration"],
        facts: [
          [
            "quota-raised",
            "Norvik and Castel agreed on 14 October 2026 to raise the yearly quota of Castel's seasonal workers from 3,000 to 4,500 from 2027.",
            ["norvik", "castel", "seasonal-scheme"],
          ],
          [
            "rice-quota",
            "Castel offered Norvik a yearly rice quota of 500,000 tonnes at a lower tariff.",
            ["castel", "norvik"],
          ],
        ],
      },
    ],
  }),
);

describe("'what was it at first?' after 'what's …' asks the earlier account", () => {
  it("reads it as the previous question, at first", () => {
    const result = askedIn(
      engine,
      "and what was it at first?",
      "what's the quota for castel's seasonal workers from 2027?",
    );
    expect(result.reading).toContain("at first and now");
    expect(result.answer).toContain("3,000");
    expect(result.answer).not.toContain("rice");
  });
});
