/**
 * "How much is that dredging study supposed to cost?" right after what Castel offered to pay for:
 * "Castel offered to pay a third of the cost of the dredging study" tells a share, not what the
 * study costs; the fact that gives the sum answers, and with none the bot says it has no fact.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const story = (withSum: boolean) =>
  engineFrom(
    madeUpStore(withSum ? "dredging-study-sum" : "dredging-study", {
      outlet: "Elm Sea Gazette",
      title: "Castel offers to share a dredging study",
      date: "2026-07-09",
      entities: [
        ...norvikAndCastel(),
        {
          id: "dredging-study",
          kind: "initiative",
          name: "Elm harbour dredging study",
          description: "Joint study",
        },
      ],
      meetings: [
        {
          id: "2026-07-08-harbour-talks",
          title: "Norvik–Castel harbour talks in Castel",
          date: "2026-07-08",
          place: "Castel",
          participants: [
            ["castel", "host"],
            ["norvik", "participant"],
          ],
          topics: ["harbour", "dredging"],
          facts: [
            [
              "castel-offer",
              "Castel offered to pay a third of the cost of a new dredging study of the Elm harbour at the harbour talks.",
              ["castel", "dredging-study"],
            ],
            ...(withSum
              ? ([
                  [
                    "study-sum",
                    "Castel offered to pay a third of the cost of the Elm harbour dredging study, estimated at 420,000 euros.",
                    ["castel", "dredging-study"],
                  ],
                ] as [string, string, string[]][])
              : []),
          ],
        },
      ],
    }),
  );

describe("what a thing costs is a sum, not a share of it", () => {
  it("answers with the fact that gives the study's sum", () => {
    const result = askedIn(
      story(true),
      "how much is that dredging study supposed to cost?",
      "what did castel offer to pay for at the harbour talks?",
    );
    expect(result.answer).toContain("420,000 euros");
  });

  it("does not give the share as the cost when no fact tells the sum", () => {
    const result = askedIn(story(false), "how much is the dredging study supposed to cost?");
    expect(result.answered).toBe(false);
  });
});
