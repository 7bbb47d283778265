/**
 * "Is Oskar Berg still Norvik's transport minister?" when the store says both "Oskar Berg had held
 * the post of Norvik's Minister of Transport since 2022" and "Mara Lind replaced Oskar Berg as
 * Norvik's Minister of Transport on 14 April 2026": the handover away from him is the answer, not
 * the post he held.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { norvikTransportHandover } from "./support/made-up-store.ts";

const engine = engineFrom(
  norvikTransportHandover("elm-sea-gazette-handover", "Norvik's transport minister replaced", "2026-04-14", [
    [
      "berg-held",
      "Oskar Berg, Norvik's Minister of Transport since 2022, led Norvik's side at the Harbourg ferry talks.",
      ["oskar-berg", "norvik"],
    ],
    ["ferry-still", "Norvik and Castel still run a joint ferry across the Elm Sea.", ["norvik", "castel"]],
  ]),
);

describe("still in a post is answered by the handover away from it", () => {
  it("answers with the one who replaced him", () => {
    const result = engine.answer("is oskar berg still norvik's minister of transport?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Mara Lind replaced Oskar Berg");
  });
});
