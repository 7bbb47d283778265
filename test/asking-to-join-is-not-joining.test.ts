/**
 * "Did Castel join the council?" is not answered by "Castel asked to join the council": asking,
 * applying or wanting to do an act is a wish, not the deed, as "aimed to sign" is. Where the question
 * asked about the asking itself ("when did Castel ask to join?"), the fact answers it.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const council = {
  id: "herring-council",
  kind: "organization" as const,
  name: "Port Elm Herring Council",
  description: "A council that oversees the herring catch of Norvik and Tarnia",
};

function storeWith(facts: [string, string, string[]][]) {
  return engineFrom(
    madeUpStore("elm-gazette-herring-council", {
      outlet: "Elm Gazette",
      title: "Castel and the herring council",
      date: "2026-11-02",
      entities: [...norvikAndCastel("A coastal country", "A coastal country"), council],
      meetings: [
        {
          id: "2026-11-01-port-elm-council-meeting",
          title: "Port Elm Herring Council meeting",
          date: "2026-11-01",
          place: "Port Elm",
          participants: [
            ["norvik", "participant"],
            ["castel", "participant"],
          ],
          summary: "Castel and the herring council.",
          topics: ["fisheries"],
          facts,
        },
      ],
    }),
  );
}

describe("asking to join is not joining", () => {
  it("does not answer 'did Castel join?' with 'Castel asked to join'", () => {
    const engine = storeWith([
      [
        "asked",
        "Castel asked to join the Port Elm Herring Council on 1 November 2026.",
        ["castel", "herring-council"],
      ],
    ]);
    const result = engine.answer("did castel join the port elm herring council?");
    expect(result.answer).not.toContain("asked to join");
  });

  it("still answers what was asked for ('what did Castel ask?')", () => {
    const engine = storeWith([
      [
        "asked",
        "Castel asked to join the Port Elm Herring Council on 1 November 2026.",
        ["castel", "herring-council"],
      ],
    ]);
    const result = engine.answer("when did castel ask to join the port elm herring council?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("asked to join");
  });
});
