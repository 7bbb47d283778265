/**
 * "As of July, when were the first homes expected?" tells from when the question looks, not a
 * month it asks a day within; "until when is enrolment open?" is met by the end the fact states
 * ("extended to 31 March 2027") without the word "open"; and "raise sales to 200 megawatts from
 * June 2027" says where the sales start, not where the deal ends.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-homes-trial", {
    outlet: "Elm Gazette",
    title: "Homes late, a trial extended",
    date: "2026-07-21",
    entities: [
      ...norvikAndCastel("A storm-hit country", "Its neighbour"),
      {
        id: "lindora-trial",
        kind: "initiative",
        name: "Lindora vaccine trial",
        description: "A made-up vaccine trial run by Norvik and Castel",
        aliases: ["Lindora trial"],
      },
    ],
    meetings: [
      {
        id: "2026-07-20-norvik-castel-housing-talks",
        title: "Norvik–Castel housing and health talks in Port Elm",
        date: "2026-07-20",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["housing", "health"],
        facts: [
          [
            "homes-expected",
            "In July 2026 the first rebuilt homes in Norvik were expected by October 2026.",
            ["norvik"],
          ],
          [
            "enrolment-extended",
            "Enrolment in the Lindora vaccine trial, which was due to close at the end of 2026, has been extended to 31 March 2027.",
            ["lindora-trial"],
          ],
          [
            "clinic-opens",
            "A second clinic for the Lindora vaccine trial will open in January 2027.",
            ["lindora-trial"],
          ],
        ],
      },
    ],
  }),
);

describe("until when, and as of a month, ask the time, not the words", () => {
  it("answers 'as of july, when were the first rebuilt homes expected?' with October", () => {
    const result = engine.answer("as of july when were the first rebuilt homes expected?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("October 2026");
  });

  it("answers 'until when is enrolment open?' with the end the trial was extended to", () => {
    const result = engine.answer("until when is enrolment open for the lindora trial?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("31 March 2027");
  });
});
