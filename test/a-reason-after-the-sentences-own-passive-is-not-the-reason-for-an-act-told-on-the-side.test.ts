/**
 * "The trawler Sea Lark, seized in April 2026 by the Norvik patrol boat Tern, was released in July
 * 2026 after its owner paid a fine": the clause after "after" moved what the sentence itself tells
 * ("was released"), not the seizing told on the side between commas. So "why did the Tern seize the
 * trawler?" is not answered with the fine, while "why was the trawler released?" is.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-trawler-released", {
    outlet: "Elm Gazette",
    title: "Seized trawler released",
    date: "2026-07-12",
    entities: [
      ...norvikAndCastel(),
      { id: "tern", kind: "other", name: "Tern", description: "A patrol boat of the Norvik coast guard" },
      { id: "sea-lark", kind: "other", name: "Sea Lark", description: "A Castel fishing trawler" },
    ],
    meetings: [
      {
        id: "fisheries-talks",
        title: "Norvik–Castel fisheries talks in Port Elm",
        date: "2026-07-11",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        facts: [
          [
            "trawler-released",
            "The trawler Sea Lark, seized in April 2026 by the Norvik patrol boat Tern, was released in July 2026 after its owner paid a fine.",
            ["sea-lark", "tern", "norvik"],
          ],
          [
            "talks-held",
            "Norvik and Castel held fisheries talks in Port Elm on 11 July 2026.",
            ["norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("a reason after the sentence's own passive is not the reason for an act told on the side", () => {
  it("does not answer why the trawler was seized with why it was released", () => {
    const result = engine.answer("why did the tern seize the trawler?");
    expect(result.answer).not.toContain("paid a fine");
  });

  it("answers why it was released with it", () => {
    const result = engine.answer("why was the trawler released?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("paid a fine");
  });
});
