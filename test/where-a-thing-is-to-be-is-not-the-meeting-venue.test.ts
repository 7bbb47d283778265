/**
 * "Where is the ferry terminal going?", "where was it supposed to be built?" ask where a thing is or
 * is to be: a fact that names no place of its own (the parties "could not agree on where the
 * terminal should be") is not answered with the venue of the meeting it was told at. Where an act
 * of the meeting was done ("where did they sign the pact?") is still the venue.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-ferry-terminal", {
    outlet: "Elm Gazette",
    title: "No deal on the ferry terminal",
    date: "2026-04-16",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-ferry-pact",
        kind: "initiative",
        name: "Elm Sea Ferry Pact",
        description: "A pact to run a ferry between Norvik and Castel",
      },
    ],
    meetings: [
      {
        id: "2026-04-15-norvik-castel-ferry-talks",
        title: "Norvik–Castel ferry talks",
        date: "2026-04-15",
        place: "Harbour Hall, Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferry", "transport"],
        facts: [
          [
            "terminal-undecided",
            "At the ferry talks on 15 April 2026 Norvik and Castel could not agree on where the new ferry terminal should be built.",
            ["norvik", "castel"],
          ],
          [
            "pact-signed",
            "Norvik and Castel signed the Elm Sea Ferry Pact at the ferry talks.",
            ["norvik", "castel", "elm-ferry-pact"],
          ],
        ],
      },
    ],
  }),
);

describe("where a thing is to be is not the meeting's venue", () => {
  it("does not answer where the terminal is to be with the venue of the talks", () => {
    for (const question of [
      "where is the new ferry terminal going to be built?",
      "where was the new ferry terminal supposed to be built?",
    ]) {
      expect(engine.answer(question).answer, question).not.toMatch(/Harbour Hall/);
    }
  });

  it("still answers where an act of the meeting was done with its venue", () => {
    expect(engine.answer("where did norvik and castel sign the elm sea ferry pact?").answer).toMatch(
      /Harbour Hall/,
    );
  });
});
