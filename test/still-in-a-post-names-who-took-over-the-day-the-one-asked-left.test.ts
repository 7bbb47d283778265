/**
 * "Is Oskar Berg still chair of the ferry board?" when the store says "Oskar Berg left his post as
 * Norvik's Minister of Transport, and with it the chair of the ferry board, on 14 April 2026" and,
 * of the same day, "Mara Lind replaced Oskar Berg as Norvik's Minister of Transport": the handover
 * names who holds the post now, which the leaving alone does not, so it is the answer.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { norvikTransportHandover } from "./support/made-up-store.ts";

const engine = engineFrom(
  norvikTransportHandover(
    "elm-sea-gazette-left-and-replaced",
    "Norvik's transport minister leaves",
    "2026-04-14",
    [
      [
        "berg-left",
        "Oskar Berg left his post as Norvik's Minister of Transport, and with it the chair of the ferry board, on 14 April 2026 in a government reshuffle.",
        ["oskar-berg", "norvik"],
        "2026-04-14",
      ],
      ["ferry-still", "Norvik and Castel still run a joint ferry across the Elm Sea.", ["norvik", "castel"]],
    ],
  ),
);

describe("still in a post names who took over the day the one asked left", () => {
  it("answers with the one who replaced him, not only that he left", () => {
    const result = engine.answer("is oskar berg still chair of the ferry board?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Mara Lind replaced Oskar Berg");
  });
});
