/**
 * "Who headed the Norvik customs office before Ida Holm?" with no fact naming anyone before her is
 * refused: "Ida Holm, head of the Norvik customs office, said that for the first time a driver will
 * hand over his papers once" makes no one the first holder of a post ("for the first time" is when,
 * not who).
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const HOLM = {
  id: "ida-holm",
  kind: "person" as const,
  name: "Ida Holm",
  description: "Head of the Norvik customs office",
};

const store = (firstHead: boolean) =>
  engineFrom(
    madeUpStore(`elm-gazette-customs-${firstHead ? "first" : "time"}`, {
      outlet: "Elm Gazette",
      title: "One stop at the border",
      date: "2026-06-17",
      entities: [...norvikAndCastel(), HOLM],
      meetings: [
        {
          id: "2026-06-16-norvik-castel-customs-talks",
          title: "Norvik–Castel customs talks",
          date: "2026-06-16",
          place: "Port Elm",
          participants: NORVIK_AND_CASTEL,
          topics: ["customs", "trucks"],
          facts: [
            [
              "first-time",
              "Ida Holm, head of the Norvik customs office, said that for the first time a driver will hand over his papers once.",
              ["ida-holm", "norvik"],
            ],
            ...(firstHead
              ? [
                  [
                    "first-head",
                    "Ida Holm was named the first director of the Norvik customs office in 2021.",
                    ["ida-holm", "norvik"],
                    null,
                  ] as [string, string, string[], null],
                ]
              : []),
          ],
        },
      ],
    }),
  );

describe("for the first time names no first holder", () => {
  it("refuses who headed it before her when no fact names a first holder", () => {
    const result = store(false).answer("who headed the norvik customs office before ida holm?");
    expect(result.answer).not.toContain("No one before");
  });
});
