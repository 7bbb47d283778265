/**
 * "How much will it cost?" right after "how big is the Kolna cold-storage depot?" (which the store
 * cannot answer): "it" doing something is the depot the question was of, even though the store
 * files the depot as a place, and not left unread ("how much will it cost?" of nothing).
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kolna-depot", {
    outlet: "Elm Sea Ledger",
    title: "A cold-storage depot for the Kolna crossing",
    date: "2026-05-20",
    entities: [
      ...norvikAndCastel(),
      {
        id: "kolna-depot",
        kind: "place",
        name: "Kolna cold-storage depot",
        aliases: ["kolna depot"],
        description: "Joint Norvik–Castel cold-storage depot at the Kolna border crossing",
      },
    ],
    meetings: [
      {
        id: "2026-05-19-kolna-depot",
        title: "Norvik–Castel talks on the Kolna crossing",
        date: "2026-05-19",
        place: "Kolna",
        participants: NORVIK_AND_CASTEL,
        topics: ["border crossing"],
        facts: [
          [
            "depot-cost",
            "The Kolna cold-storage depot will cost 18 million euros, shared equally by Norvik and Castel.",
            ["kolna-depot", "norvik", "castel"],
          ],
          [
            "depot-opening",
            "Norvik and Castel agreed to open the Kolna cold-storage depot in 2027.",
            ["kolna-depot", "norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("'it' after a question about a thing the store files as a place", () => {
  it("is that thing when it does something", () => {
    const result = askedIn(engine, "how much will it cost?", "how big is the kolna cold-storage depot?");
    expect(result.reading).toContain('Taking "it" as Kolna cold-storage depot');
    expect(result.answer).toContain("18 million");
  });
});
