/**
 * "And boats?" right after "how many rangers will the reef trust pay for?" asks the same count of
 * boats: "how many boats will the reef trust pay for?", not a question about boats in general
 * nor one refused for naming nothing. A time ("and in 2027?") is not counted things.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { ELM_REEF_TRUST, madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-courier-reef-rangers", {
    outlet: "Elm Courier",
    title: "The reef trust hires rangers",
    date: "2026-07-02",
    entities: [...norvikAndCastel(), ELM_REEF_TRUST],
    meetings: [
      {
        id: "2026-07-01-reef-trust-board",
        title: "Elm Reef Trust Fund board meeting",
        date: "2026-07-01",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["trust", "rangers"],
        facts: [
          [
            "trust-rangers",
            "The Elm Reef Trust Fund will pay for 40 marine rangers over two years.",
            ["reef-trust", "norvik"],
            null,
            ["rangers"],
          ],
          [
            "trust-boats",
            "The Elm Reef Trust Fund will also buy three patrol boats for the rangers.",
            ["reef-trust", "norvik"],
            null,
            ["boats"],
          ],
        ],
      },
    ],
  }),
);

describe("and boats after how many rangers counts the boats", () => {
  it("reads and boats as the same count of boats", () => {
    const result = askedIn(engine, "and boats?", "how many rangers will the reef trust pay for");
    expect(result.reading ?? "").toContain("how many boats will the reef trust pay for");
    expect(result.answer).toContain("three patrol boats");
  });

  it("keeps the question's own words when the noun is of two words", () => {
    const result = askedIn(
      engine,
      "what about patrol boats?",
      "how many rangers will the reef trust pay for",
    );
    expect(result.reading ?? "").toContain("how many patrol boats will the reef trust pay for");
  });

  it("does not read a time as things counted", () => {
    const result = askedIn(engine, "and in 2027?", "how many rangers will the reef trust pay for");
    expect(result.reading ?? "").not.toContain("how many in");
  });
});
