/**
 * "When was the framework agreement signed?" is not answered by "Mira Holt was appointed … on 2 June
 * 2026, replacing Ivo Dask, who had held the post since March 2024 and signed the framework agreement
 * in Port Elm in February": the signing is told in a clause about Dask whose every time is another
 * than the fact's own day, so the fact's day is the appointment's, not the signing's. A question
 * that asks since when, or of the appointment itself, is answered as before.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import {
  type MadeUpEntity,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A country on the Elm Sea", "Norvik's neighbour across the Lorn"),
  { id: "mira-holt", kind: "person", name: "Mira Holt", description: "Castel's Minister of Transport" },
  { id: "ivo-dask", kind: "person", name: "Ivo Dask", description: "Former Minister of Transport of Castel" },
  { id: "ana-berg", kind: "person", name: "Ana Berg", description: "Norvik's Minister of Transport" },
  {
    id: "lorn-framework",
    kind: "initiative",
    name: "Lorn rail framework agreement",
    description: "Agreement between Norvik and Castel to rebuild the Lorn railway",
  },
];

const engine = engineFrom(
  madeUpStore("lorn-rail", {
    outlet: "Lorn Courier",
    title: "Norvik and Castel railway",
    date: "2026-06-03",
    entities,
    meetings: [
      {
        id: "2026-02-10-lorn-rail-framework",
        title: "Norvik–Castel Lorn railway framework talks",
        date: "2026-02-10",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        facts: [
          [
            "signed-at",
            "The framework agreement was signed at the Ministry of Transport in Port Elm by Ana Berg and Ivo Dask.",
            ["lorn-framework", "ana-berg", "ivo-dask"],
          ],
        ],
      },
      {
        id: "2026-06-02-castel-reshuffle",
        title: "Castel cabinet reshuffle",
        date: "2026-06-02",
        place: "Castelmar",
        participants: [["castel", "participant"]],
        facts: [
          [
            "holt-replaced-dask",
            "Mira Holt was appointed Castel's Minister of Transport on 2 June 2026 in a cabinet reshuffle, replacing Ivo Dask, who had held the post since March 2024 and signed the framework agreement in Port Elm in February.",
            ["mira-holt", "ivo-dask", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("a deed told in a clause about someone", () => {
  it("is not dated by the fact's own day when the clause gives another time", () => {
    const result = engine.answer("when was the framework agreement signed?");
    expect(result.answer).not.toMatch(/2 June 2026/);
  });

  it("still dates what the sentence itself tells", () => {
    const result = engine.answer("when was mira holt appointed?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/2 June 2026/);
  });

  it("still answers since when from the clause", () => {
    const result = engine.answer("since when had ivo dask held the post?");
    expect(result.answer).not.toMatch(/^I don't/);
    expect(result.answer).toMatch(/March 2024/);
  });
});
