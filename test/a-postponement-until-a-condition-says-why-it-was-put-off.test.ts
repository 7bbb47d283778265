/**
 * "Why was the ferry pact postponed?" is answered by "The ferry pact, which was due to be signed in
 * June, has been postponed until Norvik and Castel agree on the fares": what the act waits on is why
 * it was held back. An "until" that only says how long ("until March 2027", "until its next
 * meeting") gives no reason, and the wait past a comma is the postponement's, not the signing's.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { ELM_FERRY_PACT, madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-ferry-pact-postponed", {
    outlet: "Elm Gazette",
    title: "Ferry pact and harbour plan put off",
    date: "2026-06-12",
    entities: [
      ...norvikAndCastel(),
      ELM_FERRY_PACT,
      {
        id: "harbour-plan",
        kind: "initiative",
        name: "Elm Harbour Plan",
        description: "A plan to deepen the harbour at Port Elm",
        aliases: ["harbour plan"],
      },
    ],
    meetings: [
      {
        id: "2026-06-11-norvik-castel-talks",
        title: "Norvik–Castel talks",
        date: "2026-06-11",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferries", "harbours"],
        facts: [
          [
            "pact-postponed",
            "The ferry pact, which was due to be signed by the end of June 2026, has been postponed until Norvik and Castel agree on the fares.",
            ["norvik", "castel", "ferry-pact"],
          ],
          [
            "harbour-postponed",
            "The Elm Harbour Plan has been postponed until March 2027.",
            ["norvik", "castel", "harbour-plan"],
          ],
        ],
      },
    ],
  }),
);

describe("a postponement until a condition says why it was put off", () => {
  it("answers why the pact was postponed with what it waits on", () => {
    const result = engine.answer("why was the ferry pact postponed?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/agree on the fares/);
  });

  it("gives no reason for a postponement until a date", () => {
    expect(engine.answer("why was the harbour plan postponed?").answered).toBe(false);
  });

  it("does not give the postponement's wait as the reason for a signing", () => {
    expect(engine.answer("why was the ferry pact signed?").answer).not.toMatch(/agree on the fares/);
  });
});
