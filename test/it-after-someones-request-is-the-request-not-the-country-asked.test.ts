/**
 * "Has Norvik answered Castel's request to add work permits to the visa deal?" asks of a request:
 * "who sent it?" right after is who sent that request, not who "sent" Norvik. A possessive name
 * opens the phrase, and the verb asked ("answered") stands before it, so "request" is the phrase's
 * head, not a verb.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("norvik-castel-visas", {
    outlet: "Elm Sea Ledger",
    title: "Work permits and the visa deal",
    date: "2026-08-04",
    entities: [
      ...norvikAndCastel(),
      { id: "ivo-tamm", kind: "person", name: "Ivo Tamm", description: "Castel's Minister of Labour" },
    ],
    meetings: [
      {
        id: "2026-08-03-norvik-castel-visa-talks",
        title: "Norvik–Castel visa talks in Castel City",
        date: "2026-08-03",
        place: "Castel City",
        participants: [...NORVIK_AND_CASTEL, ["ivo-tamm", "led Castel's delegation"]],
        topics: ["visas", "work permits"],
        facts: [
          [
            "request-sent",
            "Ivo Tamm sent the letter in which Castel asked to add work permits to the visa deal.",
            ["ivo-tamm", "castel"],
          ],
          [
            "request-pending",
            "A spokeswoman of Norvik's foreign ministry said the request from Castel City is with the relevant agencies.",
            ["norvik"],
          ],
          [
            "students-sent",
            "Norvik sent forty students to Castel City under the visa deal, the ministry said.",
            ["norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("'it' after someone's request is the request, not the country asked", () => {
  it("reads 'who sent it?' as who sent the request", () => {
    const result = askedIn(
      engine,
      "who sent it?",
      "has norvik answered castel's request to add work permits to the visa deal",
    );
    expect(result.reading ?? "").not.toMatch(/"it" as (?:Norvik|Castel)\b/);
    expect(result.reading).toContain("request");
    expect(result.answer).not.toContain("forty students");
  });
});
