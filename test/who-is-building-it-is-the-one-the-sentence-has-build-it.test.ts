/**
 * "Who's building the Elm line?" asks for the one a sentence has do the building to that line: not
 * a body that put "the cost of building" it at a figure (the act named as a thing, done by no one
 * named), nor a country building something else that a relative clause is about ("the line will
 * carry power from the Tarn plant, which Castel is building").
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-power-line", {
    outlet: "Elm Gazette",
    title: "A builder for the Elm power line",
    date: "2026-07-10",
    entities: [
      { id: "norvik", kind: "country", name: "Norvik", description: "A country on the Elm river" },
      { id: "castel", kind: "country", name: "Castel", description: "A neighbouring country" },
      {
        id: "elm-line",
        kind: "initiative",
        name: "Elm power line",
        description: "A 200-kilometre power line from the Tarn plant in Castel to Lumen in Norvik",
        aliases: ["Elm line"],
      },
      {
        id: "tarn-plant",
        kind: "initiative",
        name: "Tarn hydropower plant",
        description: "A hydropower plant Castel is building on the Tarn river",
      },
      {
        id: "elm-commission",
        kind: "organization",
        name: "Elm Power Commission",
        description: "Commission set up by Norvik and Castel for the Elm power line",
      },
      {
        id: "vela-grid",
        kind: "organization",
        name: "Vela Grid Works",
        description: "A Lumen firm that builds power lines",
      },
    ],
    meetings: [
      {
        id: "2026-07-08-elm-commission-lumen",
        title: "Second session of the Elm Power Commission in Lumen",
        date: "2026-07-08",
        place: "Lumen, Norvik",
        participants: [
          ["norvik", "host"],
          ["castel", "guest"],
        ],
        topics: ["power", "line"],
        facts: [
          [
            "cost-put",
            "The Elm Power Commission put the cost of building the Elm power line at 90 million euros.",
            ["elm-commission", "elm-line"],
          ],
          [
            "carries-power",
            "The Elm power line would carry power from the Tarn hydropower plant, which Castel is building on the Tarn river, to Lumen.",
            ["elm-line", "tarn-plant", "castel"],
          ],
          [
            "builder-won",
            "Vela Grid Works beat two other bidders for the contract to build the Elm power line.",
            ["vela-grid", "elm-line"],
          ],
        ],
      },
    ],
  }),
);

describe("who is building a thing", () => {
  it("is the one a sentence has build that thing", () => {
    for (const question of ["who's building the elm power line?", "who is building the elm line"]) {
      const result = engine.answer(question);
      expect(result.answer).toMatch(/Vela Grid Works/);
      expect(result.answer).not.toMatch(/^(?:Castel|Elm Power Commission)\b/);
    }
  });

  it("still finds who builds what a relative clause is about", () => {
    const result = engine.answer("who is building the tarn hydropower plant?");
    expect(result.answer).toMatch(/^Castel/);
  });
});
