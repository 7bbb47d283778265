/**
 * "Since when is Mara Lind Norvik's transport minister?", "when did Lind become transport
 * minister?" are answered by "Mara Lind replaced Oskar Berg as Norvik's Minister of Transport on 14
 * April 2026": the one who replaces begins then, as one who succeeds does, even where a clause about
 * the one replaced stands between ("replaced Oskar Berg, who had led the Castel talks, as …").
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { norvikTransportHandover } from "./support/made-up-store.ts";

const engine = engineFrom(
  norvikTransportHandover(
    "elm-sea-gazette-ministers",
    "Norvik's new transport minister",
    null,
    [
      [
        "holm-replaced-dahl",
        "Ida Holm replaced Per Dahl, who had led the Harbourg ferry talks, as Castel's Minister of Fisheries in a cabinet reshuffle on 2 March 2026.",
        ["ida-holm", "per-dahl", "castel"],
        null,
      ],
      [
        "ferry-since",
        "Norvik and Castel have run a joint ferry across the Elm Sea since 2019, when the old bridge became unsafe.",
        ["norvik", "castel"],
      ],
    ],
    [
      { id: "ida-holm", kind: "person", name: "Ida Holm", description: "Castel's Minister of Fisheries" },
      {
        id: "per-dahl",
        kind: "person",
        name: "Per Dahl",
        description: "Castel's former Minister of Fisheries",
      },
    ],
  ),
);

describe("since when is met by replacing the one before", () => {
  it("dates the holding from the replacing", () => {
    const result = engine.answer("since when is mara lind norvik's minister of transport?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("14 April 2026");
  });

  it("dates becoming minister from the replacing", () => {
    const result = engine.answer("when did mara lind become norvik's transport minister?");
    expect(result.answer).toContain("14 April 2026");
  });

  it("reads past a clause about the one replaced", () => {
    const result = engine.answer("when did ida holm become castel's fisheries minister?");
    expect(result.answer).toContain("2 March 2026");
  });
});
