/**
 * "Where will the dry dock be built?" asks the place of the building: a lender "based in Lorn"
 * that joins the project, or the ministers' plan "to meet again in Lorn to sign the contract to
 * build the dock", places a party or another act, not the building. "Where was the pact signed?"
 * is not answered by the reshuffle in Castel that delayed the signing. A place in the act's own
 * clause still answers, and a seat answers where the seat is asked.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-dry-dock", {
    outlet: "Elm Gazette",
    title: "A dry dock for the Elm Sea",
    date: "2026-04-16",
    entities: [
      ...norvikAndCastel(),
      {
        id: "tarn-fund",
        kind: "organization",
        name: "Tarn Harbour Fund",
        description: "A regional development lender",
      },
      {
        id: "elm-dock-pact",
        kind: "initiative",
        name: "Elm Dry Dock Pact",
        description: "A pact to build a shared dry dock",
      },
    ],
    meetings: [
      {
        id: "2026-04-15-norvik-castel-dock-talks",
        title: "Norvik–Castel dry dock talks",
        date: "2026-04-15",
        place: "Harbour Hall, Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["dry dock", "shipbuilding"],
        facts: [
          [
            "lender-joins",
            "The Tarn Harbour Fund, a regional development lender based in Lorn, joined the dry dock project and will lend 40 million dollars towards the dock.",
            ["tarn-fund"],
          ],
          [
            "meet-again",
            "The ministers planned to meet again in Lorn in May 2026 to sign the contract to build the dry dock.",
            ["norvik", "castel"],
          ],
          [
            "delay",
            "The delay in signing the Elm Dry Dock Pact followed a cabinet reshuffle in Castel in which a new minister took over.",
            ["elm-dock-pact", "castel"],
          ],
          [
            "signed-where",
            "The Elm Dry Dock Pact was signed at Harbour Hall in Port Elm.",
            ["elm-dock-pact"],
          ],
        ],
      },
    ],
  }),
);

describe("a where-answer places the act asked, not a party or another act", () => {
  it("does not answer where the dock will be built with a lender's seat or the next meeting's town", () => {
    expect(engine.answer("where will the dry dock be built?").answer).not.toMatch(/Lorn/);
  });

  it("answers where the pact was signed from the signing's own clause", () => {
    const answer = engine.answer("where was the elm dry dock pact signed?").answer;
    expect(answer).toMatch(/Harbour Hall/);
    expect(answer).not.toMatch(/reshuffle/);
  });

  it("still answers where the lender is based with its seat", () => {
    expect(engine.answer("where is the tarn harbour fund based?").answer).toMatch(/Lorn/);
  });
});
