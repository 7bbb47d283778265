/**
 * "Where were most of Norvik's damaged homes?" takes no act of Norvik's for granted: "damaged"
 * before "homes", in a question whose verb is "were", describes the homes. So "Norvik still refused
 * to apply the building code to homes" is no correction of it ("That isn't what my sources say").
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-storm-homes", {
    outlet: "Elm Gazette",
    title: "Rebuilding after the storm",
    date: "2026-07-19",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-code",
        kind: "other",
        name: "Elm Building Code",
        description: "Shared building code of Norvik and Castel",
        aliases: ["the code"],
      },
    ],
    meetings: [
      {
        id: "2026-07-17-elm-code-talks",
        title: "Norvik–Castel building code talks in Port Elm",
        date: "2026-07-17",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["building code", "homes"],
        facts: [
          [
            "refused",
            "In July 2026 Norvik still refused to apply the Elm Building Code to homes under 600 square feet.",
            ["norvik", "elm-code"],
          ],
          [
            "storm",
            "The storm damaged some 9,000 homes in Castel and 5,200 in Norvik.",
            ["norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("a past form describing a thing is no act a refusal corrects", () => {
  it("does not correct where the damaged homes were with the refusal to apply the code", () => {
    const result = engine.answer("where were most of norvik's damaged homes?");
    expect(result.answer).not.toContain("That isn't what my sources say");
  });
});
