/**
 * "Which four companies bid for the bridge?" is not answered by "the bridge drew four bids": the
 * curators filed "companies" among that fact's keywords (it is what the bids came from), but the
 * fact names no company. A kind asked for must be named in the answer's own sentence, or by an
 * entity it names, not only among its keywords.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-bridge-bids", {
    outlet: "Elm Gazette",
    title: "Bids for the Elm wildlife bridge",
    date: "2026-11-02",
    entities: [
      ...norvikAndCastel("A forest country", "A forest country"),
      {
        id: "elm-bridge",
        kind: "other",
        name: "Elm wildlife bridge",
        description: "A bridge for deer over the Elm highway",
      },
    ],
    meetings: [
      {
        id: "2026-11-01-elm-bridge-talks",
        title: "Norvik–Castel wildlife talks in Elm",
        date: "2026-11-01",
        place: "Elm",
        participants: [
          ["norvik", "participant"],
          ["castel", "participant"],
        ],
        topics: ["wildlife"],
        facts: [
          [
            "bids",
            "The Elm wildlife bridge, now estimated at 6.9 million dollars, drew four bids in the tender.",
            ["elm-bridge"],
            undefined,
            ["tender", "bids", "companies"],
          ],
        ],
      },
    ],
  }),
);

describe("a kind asked for is named by the answer, not by its keywords", () => {
  it("does not answer 'which four companies bid for the Elm bridge?' with the count of bids", () => {
    const result = engine.answer("which four companies bid for the elm wildlife bridge?");
    expect(result.answer).not.toContain("drew four bids");
  });

  it("still answers 'how many bids did the Elm bridge draw?'", () => {
    const result = engine.answer("how many bids did the elm wildlife bridge draw?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("four bids");
  });
});
