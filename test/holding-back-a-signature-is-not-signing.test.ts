/**
 * "Why didn't Castel sign the Elm Spill Agreement?" where the store says "Castel held back its signature
 * … after lawmakers in Castelburg asked to review the deal": holding back (refraining, in WordNet's
 * words the opposite of acting) denies the act as "did not sign" would, so the fact answers the
 * negated question with its reason. A fact that only says who did sign is no answer to why Castel
 * did not.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-held-back", {
    outlet: "Elm Gazette",
    title: "Norvik signs the Elm Spill Agreement alone",
    date: "2026-03-12",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-accord",
        kind: "initiative",
        name: "Elm Spill Agreement",
        description: "Agreement between Norvik and Castel on oil spills in the Elm river",
      },
    ],
    meetings: [
      {
        id: "elm-signing",
        title: "Signing of the Elm Spill Agreement",
        date: "2026-03-11",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        facts: [
          [
            "castel-held-back",
            "Castel, which hosted the first round of talks in January 2026, held back its signature of the Elm Spill Agreement after lawmakers in Castelburg asked to review the deal.",
            ["castel", "elm-accord"],
          ],
          ["norvik-signed", "Norvik signed the Elm Spill Agreement in Port Elm.", ["norvik", "elm-accord"]],
          [
            "budget",
            "The Elm Spill Agreement sets up a spill response fund of 12 million euros.",
            ["elm-accord"],
          ],
        ],
      },
    ],
  }),
);

describe("holding back a signature is not signing", () => {
  it("answers why a party did not sign with the fact that it held back its signature, and why", () => {
    const result = engine.answer("why didn't castel sign the spill agreement?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("lawmakers in Castelburg");
  });

  it("does not answer it with the party that did sign", () => {
    expect(engine.answer("why didn't castel sign the spill agreement?").answer).not.toContain(
      "Norvik signed",
    );
  });
});
