/**
 * "Why was Norvik refused the cod counts?": the store tells the refusal in one fact ("the survey
 * board refused the request from Norvik to receive the cod counts") and the reason in another
 * ("Vera Holm said the survey's charter does not allow counts to go to a third party …", filed
 * under "why refused"). What the request was for ("to receive the counts") is not why it was
 * refused: the refusal is no answer, its reason is. A "to" that follows a name after the noun of
 * an act ("a request from Norvik to …") says what was asked for, not what for.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-counts-refused", {
    outlet: "Elm Gazette",
    title: "Survey board turns down Norvik's request for cod counts",
    date: "2026-09-14",
    entities: [
      ...norvikAndCastel(),
      {
        id: "survey-board",
        kind: "organization",
        name: "Elm cod survey board",
        description: "The board that runs the joint Elm cod survey of Norvik and Castel",
      },
      {
        id: "cod-survey",
        kind: "initiative",
        name: "Elm cod survey",
        description: "A count of cod in the Elm Sea",
      },
      {
        id: "norvik-count-request",
        kind: "other",
        name: "Norvik's request for the cod counts",
        description: "Norvik's request to receive the Elm cod survey's raw counts",
      },
      {
        id: "vera-holm",
        kind: "person",
        name: "Vera Holm",
        description: "Chair of the Elm cod survey board",
        aliases: ["Holm"],
      },
    ],
    meetings: [
      {
        id: "2026-09-12-survey-board-meeting",
        title: "Meeting of the Elm cod survey board",
        date: "2026-09-12",
        place: "Port Elm",
        participants: [...NORVIK_AND_CASTEL, ["survey-board", "host"]],
        topics: ["fishing", "survey"],
        facts: [
          [
            "board-refused-norvik",
            "The Elm cod survey board refused the request from Norvik to receive the survey's raw cod counts.",
            ["survey-board", "norvik", "norvik-count-request", "cod-survey"],
            "2026-09-12",
            ["rejected", "turned down", "denied", "refusal", "data request"],
          ],
          [
            "holm-refusal-reason",
            "Vera Holm said the Elm cod survey's charter does not allow raw counts to go to a third party during the first two years of the survey.",
            ["vera-holm", "cod-survey", "norvik", "norvik-count-request"],
            null,
            ["why refused", "reason", "rule", "third party", "two years"],
          ],
          [
            "board-next-meeting",
            "The Elm cod survey board will meet again in March 2027.",
            ["survey-board"],
            "2026-09-12",
            ["next meeting", "when"],
          ],
        ],
      },
    ],
  }),
);

describe("a refused request is not the reason it was refused", () => {
  it("does not answer why Norvik was refused the counts with the refusal itself", () => {
    const result = engine.answer("why was norvik refused the cod survey counts?");
    expect(result.answer).not.toMatch(/refused the request from Norvik/);
  });

  it("answers it with the reason told beside the refusal", () => {
    const result = engine.answer("why was norvik refused the cod survey counts?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/third party/);
  });
});
