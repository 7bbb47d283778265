/**
 * "The panel" is an alias of a panel of one story, but "when did the Brisk Fishers Union withdraw
 * from the advisory panel?" names a union of another story that has nothing to do with it: the words are
 * read as words, and the union's own panel answers. A name that goes with the entity keeps it.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-two-panels", {
    outlet: "Elm Gazette",
    title: "Two panels",
    date: "2026-07-12",
    entities: [
      ...norvikAndCastel(),
      { id: "arden", kind: "country", name: "Arden", description: "An inland country" },
      {
        id: "brisk-fishers-union",
        kind: "organization",
        name: "Brisk Fishers Union",
        description: "A union of lake fishermen in Arden",
      },
      {
        id: "tariff-panel",
        kind: "organization",
        name: "Norvik–Castel rail tariff panel",
        description: "Panel of experts on the rail tariff between Norvik and Castel",
        aliases: ["panel", "tariff panel"],
      },
    ],
    meetings: [
      {
        id: "2026-05-11-norvik-castel-rail-talks",
        title: "Norvik–Castel rail talks",
        date: "2026-05-11",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["rail", "tariff"],
        facts: [
          [
            "panel-set-up",
            "The Norvik–Castel rail tariff panel first met in Port Elm on 11 May 2026 and proposed a tariff of 3 euros per tonne.",
            ["tariff-panel", "norvik", "castel"],
          ],
        ],
      },
      {
        id: "2026-06-02-arden-lake-talks",
        title: "Arden lake fishing talks",
        date: "2026-06-02",
        place: "Vell",
        participants: [
          ["arden", "participant"],
          ["brisk-fishers-union", "participant"],
        ],
        topics: ["fishing", "lake"],
        facts: [
          [
            "union-quit",
            "The Brisk Fishers Union withdrew from the advisory panel to the Arden lake talks on 3 June 2026.",
            ["brisk-fishers-union", "arden"],
            "2026-06-03",
          ],
        ],
      },
    ],
  }),
);

describe("an ordinary alias of another story is read as words", () => {
  it("answers about the panel of the story the question's names are of", () => {
    const result = engine.answer("when did the Brisk Fishers Union withdraw from the advisory panel?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/3 June 2026/);
  });

  it("keeps the entity when a name of the question goes with it", () => {
    const result = engine.answer("where did Norvik's panel first meet?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Port Elm/);
  });
});
