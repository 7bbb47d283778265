/**
 * "Which Castel newspaper reported the meeting?" is not answered by "a Castel newspaper reported
 * that …", nor "who are the six experts on the survey team?" by "Ana Lind said … a survey team of
 * six experts, three from each country": the fact says there is such a paper, such experts, but
 * not which (and the one who spoke of them is not one of them). Where the fact names
 * them beside it ("a Castel newspaper, the Elm Ledger, reported …") it answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

function storeWith(report: string): ReturnType<typeof engineFrom> {
  return engineFrom(
    madeUpStore("elm-gazette-survey-team", {
      outlet: "Elm Gazette",
      title: "A survey team for the Elm border",
      date: "2026-05-12",
      entities: [
        ...norvikAndCastel(),
        { id: "ana-lind", kind: "person", name: "Ana Lind", description: "Foreign Minister of Norvik" },
        { id: "port-elm", kind: "place", name: "Port Elm", description: "A harbour town in Norvik" },
      ],
      meetings: [
        {
          id: "2026-05-11-norvik-castel-border-talks",
          title: "Norvik–Castel border talks",
          date: "2026-05-11",
          place: "Port Elm",
          participants: NORVIK_AND_CASTEL,
          topics: ["border"],
          facts: [
            [
              "team",
              "Ana Lind said the disputed stretch of the Elm border would go to a joint survey team of six experts, three from Norvik and three from Castel.",
              ["norvik", "castel", "ana-lind"],
            ],
            ["report", report, ["ana-lind", "castel"]],
          ],
        },
      ],
    }),
  );
}

describe("a which-question is not answered by one the fact leaves unnamed", () => {
  it("does not name the experts a fact only counts", () => {
    const engine = storeWith("A Castel newspaper reported that Ana Lind had met Castel's envoy in Port Elm.");
    const reply = engine.answer("who are the six experts on the elm border survey team?");
    expect(reply.answered).toBe(false);
  });

  it("does not answer which newspaper with a fact that says only a newspaper", () => {
    const engine = storeWith("A Castel newspaper reported that Ana Lind had met Castel's envoy in Port Elm.");
    const reply = engine.answer("which castel newspaper reported ana lind's meeting with the envoy?");
    expect(reply.answered).toBe(false);
  });

  it("answers where the fact names it beside the words", () => {
    const engine = storeWith(
      "A Castel newspaper, the Elm Ledger, reported that Ana Lind had met Castel's envoy in Port Elm.",
    );
    const reply = engine.answer("which castel newspaper reported ana lind's meeting with the envoy?");
    expect(reply.answered).toBe(true);
    expect(reply.answer).toMatch(/Elm Ledger/);
  });
});
