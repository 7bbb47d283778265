/**
 * "What doesn't the Elm visa accord cover?" asks what it leaves out: the accord's description (what
 * it lets people do) is the answer to "what does it cover?", not to this. The fact that says what
 * it does not cover answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-visa-accord", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel drop visas",
    date: "2026-06-16",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-visa-accord",
        kind: "initiative",
        name: "Elm visa accord",
        description:
          "Agreement signed in Port Elm on 2 March 2026: Norvikians and Castelians may stay up to 30 days without a visa",
      },
    ],
    meetings: [
      {
        id: "2026-06-15-visa-accord-in-force",
        title: "Elm visa accord enters into force",
        date: "2026-06-15",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["visas", "travel"],
        facts: [
          [
            "in-force",
            "The Elm visa accord entered into force on 15 June 2026.",
            ["elm-visa-accord", "norvik", "castel"],
          ],
          [
            "left-out",
            "The Elm visa accord does not cover paid work or university study.",
            ["elm-visa-accord"],
          ],
        ],
      },
    ],
  }),
);

describe("what a thing does not cover is not what the thing is", () => {
  it("answers what it leaves out, not its description", () => {
    const answer = engine.answer("what doesn't the elm visa accord cover?").answer;
    expect(answer).toMatch(/paid work/);
    expect(answer).not.toMatch(/Agreement signed in Port Elm/);
  });
});
