/**
 * "Who is the Elm Port Authority's new finance director?" is not answered by "Mara Holt was
 * previously the finance director of the Elm Port Authority": the store tells of the one before,
 * not of the new one. A fact that tells of the new one taking the post answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

function storeWith(statement: string, description: string): ReturnType<typeof engineFrom> {
  return engineFrom(
    madeUpStore("elm-gazette-port-authority", {
      outlet: "Elm Gazette",
      title: "The Elm Port Authority's accounts",
      date: "2026-05-12",
      entities: [
        ...norvikAndCastel(),
        {
          id: "elm-port-authority",
          kind: "organization",
          name: "Elm Port Authority",
          description: "The body that runs the port of Elm",
        },
        { id: "mara-holt", kind: "person", name: "Mara Holt", description },
      ],
      meetings: [
        {
          id: "2026-05-11-norvik-castel-port-talks",
          title: "Norvik–Castel port talks",
          date: "2026-05-11",
          place: "Elm",
          participants: NORVIK_AND_CASTEL,
          topics: ["port"],
          facts: [["holt", statement, ["mara-holt", "elm-port-authority"]]],
        },
      ],
    }),
  );
}

describe("a former holder does not answer who the new one is", () => {
  it("does not name the one who was previously in the post", () => {
    const engine = storeWith(
      "Mara Holt was previously the finance director of the Elm Port Authority.",
      "Chief executive of the Elm Port Authority since 1 May 2026; previously its finance director",
    );
    const reply = engine.answer("who is elm port authority's new finance director");
    expect(reply.answered).toBe(false);
  });

  it("names the one the fact calls the new one", () => {
    const engine = storeWith(
      "The Elm Port Authority has a new finance director, Mara Holt.",
      "Finance director of the Elm Port Authority",
    );
    const reply = engine.answer("who is the elm port authority's new finance director?");
    expect(reply.answer).toMatch(/Mara Holt/);
  });
});
