/**
 * "When did Castel protest?" is answered by "Castel protested against the naval exercise Tidewatch
 * 2026" with the day the protest was made: the year belongs to the exercise's name and tells no
 * time of the protest, so the answer leads with the fact's own day. And "when did Norvik ask for the
 * sonar data?" is answered by the fact that gives that day, not by one that names the exercise (and
 * with it a year) but says nothing of when the request was made. A year that opens a time ("In 2026",
 * "Since 2021", "the 2026 season") still says when.
 */
import { describe, expect, it } from "vitest";
import { statesTime } from "../src/engine/language/time.ts";
import { engineFrom } from "./support/engines.ts";
import {
  type MadeUpEntity,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A country on the Elm Sea", "Norvik's neighbour across the Lorn"),
  {
    id: "tidewatch-2026",
    kind: "initiative",
    name: "Tidewatch 2026",
    description: "Naval exercise of Norvik and Velland in the Elm Sea",
  },
];

const engine = engineFrom(
  madeUpStore("tidewatch", {
    outlet: "Elm Sea Herald",
    title: "Tidewatch 2026 exercise",
    date: "2026-11-06",
    entities,
    meetings: [
      {
        id: "2026-03-02-tidewatch-first-phase",
        title: "Tidewatch 2026 first phase",
        date: "2026-03-02",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        facts: [
          [
            "castel-protested",
            "Castel protested against the naval exercise Tidewatch 2026.",
            ["castel", "tidewatch-2026"],
            "2026-03-01",
          ],
          [
            "anti-submarine",
            "The first phase of Tidewatch 2026 includes anti-submarine drills.",
            ["tidewatch-2026"],
            null,
          ],
        ],
      },
      {
        id: "2026-11-04-tidewatch-planning",
        title: "Tidewatch planning conference",
        date: "2026-11-04",
        place: "Castelmar",
        participants: NORVIK_AND_CASTEL,
        facts: [
          [
            "request-unanswered",
            "A Norvik request to Castel to share sonar data from Tidewatch 2026 has gone unanswered.",
            ["norvik", "castel", "tidewatch-2026"],
            null,
          ],
          [
            "sonar-request",
            "On 20 September 2026 the Norvik navy asked Castel to share the sonar data that its ships recorded during the Tidewatch 2026 drills.",
            ["norvik", "castel", "tidewatch-2026"],
            "2026-09-20",
          ],
        ],
      },
    ],
  }),
);

describe("a year in a name", () => {
  it("does not say when the act was, so the answer leads with the act's day", () => {
    const result = engine.answer("when did castel protest against tidewatch?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/1 March 2026/);
  });

  it("does not make a fact with no time of its own answer a when-question", () => {
    const result = engine.answer("when did norvik ask for the sonar data?");
    expect(result.answer).toMatch(/20 September 2026/);
  });

  it("is told apart from a year that opens a time", () => {
    expect(statesTime("Castel protested against the naval exercise Tidewatch 2026.")).toBe(false);
    expect(statesTime("In 2026 Castel protested.")).toBe(true);
    expect(statesTime("Since 2021 the two have met yearly.")).toBe(true);
    expect(statesTime("The 2026 season opened late.")).toBe(true);
    expect(statesTime("Tidewatch 2026 began in March.")).toBe(true);
  });
});
