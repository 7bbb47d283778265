/**
 * "Who asked for the satellite data on behalf of Castel?" asks what "who asked for it for Castel?"
 * asks: "on behalf of" says for whom it was done, and its "behalf" is no word the store must have.
 * The answer is the Castel minister who wrote asking, not the committee that refused Castel's
 * request.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-orla-data", {
    outlet: "Elm Gazette",
    title: "Castel asks for Orla-1 flood data",
    date: "2026-07-23",
    entities: [
      ...norvikAndCastel(),
      { id: "orla-1", kind: "other", name: "Orla-1", description: "Earth observation satellite" },
      {
        id: "mira-sand",
        kind: "person",
        name: "Mira Sand",
        description: "Castel's minister of natural resources",
      },
      {
        id: "orla-committee",
        kind: "organization",
        name: "Orla-1 steering committee",
        description: "Joint committee that runs Orla-1",
      },
    ],
    meetings: [
      {
        id: "2026-07-21-orla-committee",
        title: "Orla-1 steering committee meeting",
        date: "2026-07-21",
        place: "Norvik City",
        participants: [...NORVIK_AND_CASTEL, ["orla-committee", "host"]],
        topics: ["space", "data"],
        facts: [
          [
            "sand-letter",
            "In a letter dated 10 July 2026, Mira Sand asked the Norvik space agency to share Orla-1's flood data.",
            ["mira-sand", "castel", "orla-1"],
          ],
          [
            "committee-refused",
            "The Orla-1 steering committee refused the request from Castel to receive Orla-1's flood data.",
            ["orla-committee", "castel", "orla-1"],
          ],
        ],
      },
    ],
  }),
);

describe("who did it on behalf of a country is who did it for that country", () => {
  it("names the country's person who asked", () => {
    const result = askedIn(engine, "who asked for orla-1 data on behalf of castel");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Mira Sand");
    expect(result.answer).not.toMatch(/^The Orla-1 steering committee/);
  });
});
