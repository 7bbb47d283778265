/**
 * "Why did the Tern seize the Gull 4?": the store tells the seizure in one fact ("the patrol boat
 * Tern seized the trawler Gull 4 …") and why in another fact of the same meeting ("… after finding
 * its crew fishing without a licence", filed under "why"). That fact is the answer, cited with the
 * act's own fact, when it gives a reason of its own and names who did the act or what it was done
 * to; so is what its minister said there of the thing joined. A fact of the meeting that gives a
 * reason for another act ("why refused") or names nothing of the act asked is no reason for it.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-trawler-seized", {
    outlet: "Elm Gazette",
    title: "Castel patrol boat seizes Norvik trawler",
    date: "2026-05-12",
    entities: [
      ...norvikAndCastel(),
      {
        id: "tern",
        kind: "organization",
        name: "Tern",
        description: "A patrol boat of Castel's coast guard",
      },
      { id: "gull-4", kind: "organization", name: "Gull 4", description: "A Norvik fishing trawler" },
      {
        id: "elm-harbour",
        kind: "organization",
        name: "Elm harbour",
        description: "The fishing harbour of Port Elm",
      },
      {
        id: "cod-survey",
        kind: "initiative",
        name: "Elm cod survey",
        description: "A count of cod in the Elm Sea",
      },
      {
        id: "ferris-lane",
        kind: "person",
        name: "Ferris Lane",
        description: "Norvik's fisheries minister",
        aliases: ["Lane"],
      },
    ],
    meetings: [
      {
        id: "2026-05-11-tern-seizes-gull-4",
        title: "Seizure of the Gull 4",
        date: "2026-05-11",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["fishing"],
        facts: [
          [
            "tern-seized-gull",
            "On 11 May 2026 the Castel patrol boat Tern seized the Norvik trawler Gull 4 north of Port Elm.",
            ["tern", "gull-4", "castel", "norvik"],
            "2026-05-11",
            ["seized", "captured", "when", "where"],
          ],
          [
            "tern-seized-gull-why",
            "The Castel patrol boat Tern seized the Gull 4 after finding its crew fishing for cod without a licence.",
            ["tern", "gull-4"],
            null,
            ["why", "reason", "licence", "illegal fishing"],
          ],
          [
            "harbour-closed",
            "Castel closed Elm harbour to Norvik boats for a week.",
            ["castel", "elm-harbour", "norvik"],
            "2026-05-11",
            ["closed", "harbour", "ban"],
          ],
          [
            "lane-refused-fine",
            "Ferris Lane said Norvik would not pay the fine, because the Gull 4 was in Norvik waters.",
            ["ferris-lane", "norvik", "gull-4"],
            null,
            ["why refused", "fine", "waters"],
          ],
          [
            "norvik-joined-survey",
            "Norvik joined the Elm cod survey on 11 May 2026.",
            ["norvik", "cod-survey"],
            "2026-05-11",
            ["joined", "member", "when"],
          ],
          [
            "lane-survey-quote",
            "Ferris Lane said the survey counts the fish Norvik boats catch, and that Norvik would rather help count them than argue over the count later.",
            ["ferris-lane", "norvik", "cod-survey"],
            null,
            ["said", "quote", "why", "count"],
          ],
          [
            "castel-quotas",
            "Castel's cod quota is short of what its own boats can catch, so each foreign catch counts.",
            ["castel"],
            null,
            ["why", "quota", "cod"],
          ],
        ],
      },
    ],
  }),
);

describe("a why is answered by the reason told beside the act at its meeting", () => {
  it("answers why the trawler was seized with the fact filed under why that names the boats", () => {
    const result = engine.answer("why did the tern seize the gull 4?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/without a licence/);
  });

  it("answers why a country joined with what its minister said of the thing joined", () => {
    const result = engine.answer("why did norvik join the elm cod survey?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/rather help count them/);
  });

  it("does not give a refusal's reason for an act done", () => {
    // (The harbour's closing has no reason told beside it: Lane's refusal and Castel's quota are
    // reasons of other acts, the one filed under a refusal, the other naming no harbour.)
    const answer = engine.answer("why did castel close elm harbour to norvik boats?").answer;
    expect(answer).not.toMatch(/would not pay the fine/);
    expect(answer).not.toMatch(/without a licence/);
  });
});
