/**
 * "What did the panel ask Castel for?": "ask … for" is one verb with its object between its two
 * words, and the question asks what was asked for, not a reason ("what is the toll for?"). The
 * panel's requests answer it; "what did the panel ask for?" already read so.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("shore-review-panel", {
    outlet: "Shore Review",
    title: "Survey panel sends Castel's harbour plan back",
    date: "2026-05-16",
    entities: [
      ...norvikAndCastel(),
      {
        id: "survey-panel",
        kind: "organization",
        name: "Survey Panel",
        description: "Panel of engineers that reviews harbour plans on the Elm Sea",
      },
    ],
    meetings: [
      {
        id: "2026-05-15-panel-review",
        title: "Survey Panel review of Castel's harbour plan in Brill",
        date: "2026-05-15",
        place: "Brill",
        participants: [
          ["survey-panel", "reviewer"],
          ["castel", "applicant"],
        ],
        topics: ["harbour plan", "review"],
        facts: [
          [
            "asked",
            "The Survey Panel asked Castel for a new tide study and a map of the breakwater.",
            ["survey-panel", "castel"],
          ],
          [
            "why",
            "The Survey Panel sent the plan back because the old tide study dates from 1998.",
            ["survey-panel", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("what someone asked another for is what they asked, not why", () => {
  it("answers with the requests when the one asked stands between the verb and 'for'", () => {
    const result = engine.answer("what did the survey panel ask castel for");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("new tide study and a map of the breakwater");
  });
});
