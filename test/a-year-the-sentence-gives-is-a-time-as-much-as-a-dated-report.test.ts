/**
 * "When did Castel last host a council summit?" is told by "Castel last hosted a Kolna Strait
 * Council summit in 2015", a fact of the story's background with no date of its own: the year in
 * the sentence is as much a time as the date of "before the second round, Castel withdrew
 * Dunmore's bid to host the tenth summit", a different act reported that day.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

describe("a year the sentence gives", () => {
  it("answers when as well as a dated report of another act", () => {
    const engine = engineFrom(
      madeUpStore("kolna-last-hosted", {
        outlet: "Elm Sea Ledger",
        title: "Council chooses the host of its tenth summit",
        date: "2026-05-23",
        entities: [
          ...norvikAndCastel(),
          { id: "dunmore", kind: "place", name: "Dunmore", description: "Capital of Castel" },
          {
            id: "kolna-council",
            kind: "organization",
            name: "Kolna Strait Council",
            description: "Joint body of the Kolna Strait countries",
          },
        ],
        meetings: [
          {
            id: "2026-05-22-host-vote",
            title: "Kolna Strait Council vote on the host of the tenth summit",
            date: "2026-05-22",
            place: "Dunmore",
            participants: NORVIK_AND_CASTEL,
            topics: ["summits", "hosting"],
            facts: [
              [
                "withdrew",
                "Before the second round, Castel withdrew Dunmore's bid to host the tenth Kolna Strait Council summit.",
                ["castel", "dunmore", "kolna-council"],
              ],
              [
                "hosted-2015",
                "Castel last hosted a Kolna Strait Council summit in 2015.",
                ["castel", "kolna-council"],
                null,
              ],
            ],
          },
        ],
      }),
    );
    const result = askedIn(engine, "when did castel last host a kolna strait council summit");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("2015");
  });
});
