/**
 * "When did the committee first meet?" of a meeting held "on 13 and 14 October 2026": the answer
 * leads with both days in full, so the day it began is said as a day of its own ("From 13 October
 * 2026 to 14 October 2026: …"), where the sentence's one time is a span of days in one month.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-labour-committee", {
    outlet: "Elm Gazette",
    title: "The Norvik–Castel labour committee meets",
    date: "2026-10-16",
    entities: [
      ...norvikAndCastel("A country sending seasonal workers", "A country taking them"),
      {
        id: "labour-committee",
        kind: "organization",
        name: "Norvik–Castel joint labour committee",
        description: "Committee overseeing seasonal work between Norvik and Castel",
        aliases: ["labour committee"],
      },
    ],
    meetings: [
      {
        id: "2026-10-13-labour-committee-first-meeting",
        title: "First meeting of the Norvik–Castel joint labour committee",
        date: "2026-10-13",
        place: "Castelmar",
        participants: NORVIK_AND_CASTEL,
        topics: ["labour"],
        facts: [
          [
            "first-meeting",
            "The first meeting of the joint labour committee was held in Castelmar on 13 and 14 October 2026 and was chaired by Castel's labour ministry.",
            ["labour-committee", "castel"],
          ],
          [
            "quota",
            "The joint labour committee set a quota of 800 seasonal workers for Castel's farms from 2 to 9 March 2027 and again in October 2027.",
            ["labour-committee", "castel", "norvik"],
          ],
        ],
      },
    ],
  }),
);

describe("a when-answer over several days leads with its first and last day", () => {
  it("gives the first day of a two-day meeting as a day of its own", () => {
    const result = engine.answer("when did the labour committee first meet?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^From 13 October 2026 to 14 October 2026: /);
    expect(result.answer).toContain("13 October");
  });

  it("leaves a sentence with other times besides the span as it is", () => {
    const result = engine.answer("when are the 800 seasonal workers for castel's farms due?");
    expect(result.answer).not.toMatch(/^From 2 March 2027/);
  });
});
