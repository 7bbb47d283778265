/**
 * "Why does Norvik want the ferry fare cut?" is answered by what Norvik itself said about the fare
 * ("Norvik asked that the ferry fare be cut, saying students crossing daily cannot pay it"). A fact
 * where Norvik only agreed to something with Castel, or where the saying is another's (Castel
 * "said", after a panel "set up by Norvik"), or where Norvik said something about another thing,
 * gives no reason Norvik wants anything.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-why-wanted", {
    outlet: "Elm Gazette",
    title: "Fare, clinics and dredging on the Elm",
    date: "2026-08-20",
    entities: [...norvikAndCastel()],
    meetings: [
      {
        id: "2026-08-19-norvik-castel-river-talks",
        title: "Norvik–Castel river talks",
        date: "2026-08-19",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferries", "health", "dredging"],
        facts: [
          [
            "norvik-fare-cut",
            "Norvik asked that the ferry fare be cut, saying students crossing daily cannot pay it.",
            ["norvik"],
            null,
            ["ferry", "fare"],
          ],
          [
            "clinics-agreed",
            "Norvik and Castel agreed to link the malaria clinics on both banks of the Elm river.",
            ["norvik", "castel"],
            null,
            ["clinics", "malaria"],
          ],
          [
            "dredging-panel",
            "Castel joined the sand panel set up by Norvik, but said it would not accept a cap on sand dredging.",
            ["norvik", "castel"],
            null,
            ["dredging", "panel"],
          ],
        ],
      },
    ],
  }),
);

describe("why something is wanted is what the one asked said about it", () => {
  it("answers why Norvik wants the fare cut with what Norvik said", () => {
    const result = engine.answer("why does Norvik want the ferry fare cut?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/students crossing daily/);
  });

  it("takes no agreement of both sides as one side's reason", () => {
    expect(
      engine.answer("why does Norvik want malaria clinics on both banks of the Elm?").answer,
    ).not.toMatch(/agreed to link/);
  });

  it("takes no saying by another as the reason of the one named after 'by'", () => {
    expect(engine.answer("why does Norvik want a cap on sand dredging?").answer).not.toMatch(
      /would not accept/,
    );
  });
});
