/**
 * "Why did Tarn Works raise its stake in the pier company to 40 percent?" is not corrected by
 * "Castel raised its stake in the ferry company from 10 to 12 percent": a stake did move, but it
 * is another holder's, in another company. A figure the question has moving is corrected only by a
 * fact about what the question names.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-stakes", {
    outlet: "Elm Gazette",
    title: "Stakes in the Elm companies",
    date: "2026-11-02",
    entities: [
      ...norvikAndCastel("A coastal country", "A coastal country"),
      { id: "tarn-works", kind: "organization", name: "Tarn Works", description: "A Norvik building firm" },
      {
        id: "pier-company",
        kind: "organization",
        name: "Elm Pier Company",
        description: "A company set up to build a pier at Elm",
      },
      {
        id: "ferry-company",
        kind: "organization",
        name: "Elm Ferry Company",
        description: "A company running ferries from Elm",
      },
    ],
    meetings: [
      {
        id: "2026-11-01-elm-talks",
        title: "Norvik–Castel talks in Elm",
        date: "2026-11-01",
        place: "Elm",
        participants: [
          ["norvik", "participant"],
          ["castel", "participant"],
        ],
        topics: ["ports"],
        facts: [
          [
            "ferry-stake",
            "In November 2026 Castel raised its stake in the Elm Ferry Company from 10 to 12 percent.",
            ["castel", "ferry-company"],
          ],
          [
            "pier-stake",
            "Tarn Works holds 20 percent of the Elm Pier Company.",
            ["tarn-works", "pier-company"],
          ],
        ],
      },
    ],
  }),
);

describe("a figure moved elsewhere corrects only what the question names", () => {
  it("does not correct 'why did Tarn Works raise its pier company stake to 40 percent?' with Castel's ferry stake", () => {
    const result = engine.answer("why did tarn works raise its elm pier company stake to 40 percent?");
    expect(result.answer).not.toContain("Ferry");
  });

  it("still corrects 'why did Castel raise its ferry company stake to 40 percent?'", () => {
    const result = engine.answer("why did castel raise its elm ferry company stake to 40 percent?");
    expect(result.answer).toContain("from 10 to 12 percent");
  });
});
