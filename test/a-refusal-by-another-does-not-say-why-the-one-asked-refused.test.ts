/**
 * "Why did Norvik refuse to sign the building code?" is not answered by "Norvik wants owners to
 * retrofit their roofs to the code; Castel refuses a binding deadline": a refusal with no word for
 * the act asked, not even a synonym, by another actor (the store's name nearest before it is not
 * the one asked) is not the refusal asked. A refusal of the act asked still answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { ELM_FERRY_PACT, madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-building-code", {
    outlet: "Elm Gazette",
    title: "A building code and a ferry",
    date: "2026-06-12",
    entities: [
      ...norvikAndCastel(),
      {
        id: "building-code",
        kind: "initiative",
        name: "Elm Building Code",
        description: "A shared building code for homes",
        aliases: ["building code"],
      },
      ELM_FERRY_PACT,
    ],
    meetings: [
      {
        id: "2026-06-11-norvik-castel-talks",
        title: "Norvik–Castel talks",
        date: "2026-06-11",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferries", "housing"],
        facts: [
          [
            "deadline",
            "Norvik wants owners to retrofit their roofs to the Elm Building Code by 2030; Castel refuses a binding deadline, saying retrofits should stay voluntary.",
            ["norvik", "castel", "building-code"],
          ],
          [
            "ferry",
            "Castel refused to sign the ferry pact, saying the fares were too high.",
            ["castel", "ferry-pact"],
          ],
        ],
      },
    ],
  }),
);

describe("a refusal by another does not say why the one asked refused", () => {
  it("does not answer why a signing was refused with a refused deadline", () => {
    expect(engine.answer("why did norvik refuse to sign the building code?").answer).not.toMatch(/deadline/);
  });

  it("answers with the refusal of the act asked", () => {
    expect(engine.answer("why did castel refuse to sign the ferry pact?").answer).toMatch(
      /fares were too high/,
    );
  });
});
