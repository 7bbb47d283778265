/**
 * "Who got the lighthouse contract?", "who was awarded the tender?", "who received
 * the grant?": the one that received it, not the one that awarded it. "Got" is a light verb that
 * says nothing of which side is asked, so a fact where the parties "awarded the contract" would
 * otherwise answer with the parties themselves.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const story = (facts: [string, string, string[]][]) => ({
  outlet: "Elm Gazette",
  title: "A builder for the Port Elm lighthouse",
  date: "2026-09-02",
  entities: [
    ...norvikAndCastel("A coastal country", "A coastal country"),
    {
      id: "brightwell",
      kind: "organization" as const,
      name: "Brightwell Marine Ltd",
      description: "A Castel building company",
    },
    {
      id: "harbour-fund",
      kind: "organization" as const,
      name: "Harbour Fund",
      description: "A regional fund for ports",
    },
  ],
  meetings: [
    {
      id: "2026-09-01-port-elm-lighthouse-talks",
      title: "Norvik–Castel lighthouse talks in Port Elm",
      date: "2026-09-01",
      place: "Port Elm",
      participants: [
        ["norvik", "participant"],
        ["castel", "participant"],
      ] as const,
      summary: "The lighthouse contract was awarded.",
      topics: ["ports"],
      facts,
    },
  ],
});

const awarded: [string, string, string[]] = [
  "awarded",
  "On 1 September 2026 Norvik and Castel awarded the contract for their shared lighthouse at Port Elm.",
  ["norvik", "castel"],
];

const engine = engineFrom(
  madeUpStore(
    "elm-gazette-lighthouse-contract",
    story([
      awarded,
      [
        "won",
        "Brightwell Marine Ltd won the contract to build the Port Elm lighthouse for 3 million dollars.",
        ["brightwell"],
      ],
    ]),
  ),
);

const awardOnly = engineFrom(madeUpStore("elm-gazette-lighthouse-award", story([awarded])));

describe("who got a contract asks who received it, not who awarded it", () => {
  for (const question of [
    "who got the lighthouse contract?",
    "who received the lighthouse contract",
    "who got the job of building the lighthouse",
    "who was awarded the lighthouse contract?",
  ]) {
    it(`answers '${question}' with the winner of the tender`, () => {
      const result = engine.answer(question);
      expect(result.answered).toBe(true);
      expect(result.answer).toContain("Brightwell");
    });
  }

  it("does not answer 'who got the lighthouse contract?' with those who awarded it", () => {
    const result = awardOnly.answer("who got the lighthouse contract?");
    expect(result.answer).not.toMatch(/^Norvik|^Castel/);
  });
});
