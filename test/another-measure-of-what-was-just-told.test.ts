/**
 * A follow-up that asks another measure of what the answer just told is answered from that fact:
 * "over how many years?" after "how much will the fund lend?", "out of how many applications?"
 * after "how many students were chosen?", "how many km in the end?" after "how much cable did they
 * think they'd need to replace at first?". The same measure asked again ("how much?") is not. "Out
 * of" and "in the end" name nothing a fact must have; an area in hectares, a volume in litres or
 * a weight in kilograms is an amount ("how much burned?"). "How many of those are in Norvik?" right
 * after a count is the part of what was counted.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-tunnel-loan", {
    outlet: "Elm Gazette",
    title: "A lender for the Elm tunnel",
    date: "2026-11-20",
    entities: [
      ...norvikAndCastel("A country on the Elm pass"),
      {
        id: "elm-fund",
        kind: "organization",
        name: "Elm Infrastructure Fund",
        description: "A regional lender",
        aliases: ["elm fund"],
      },
      {
        id: "elm-tunnel",
        kind: "initiative",
        name: "Elm tunnel",
        description: "Road tunnel between Norvik and Castel",
      },
      {
        id: "elm-fire",
        kind: "other",
        name: "Elm forest fire of 2021",
        description: "A forest fire on the Elm pass in 2021",
        aliases: ["2021 elm fire"],
      },
    ],
    meetings: [
      {
        id: "2026-11-18-elm-tunnel-board",
        title: "Board meeting on the Elm tunnel",
        date: "2026-11-18",
        place: "Elmford",
        participants: NORVIK_AND_CASTEL,
        topics: ["tunnel", "Elm pass"],
        facts: [
          [
            "lend",
            "The Elm Infrastructure Fund will lend 700 million dollars for the Elm tunnel over 25 years.",
            ["elm-fund", "elm-tunnel"],
          ],
          [
            "chosen",
            "In Elmford 236 drivers were chosen for tunnel training from about 1,900 applications.",
            ["elm-tunnel"],
          ],
          [
            "homes",
            "The Elm Infrastructure Fund has finished its first 212 homes, 140 in Norvik and 72 in Castel.",
            ["elm-fund", "norvik", "castel"],
          ],
          [
            "fire",
            "The 2021 Elm forest fire burned about 2,300 hectares on the Castel side of the pass.",
            ["elm-fire", "castel"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("another measure of what was just told", () => {
  it("answers over how many years from the loan just told", () => {
    const result = askedIn(
      engine,
      "over how many years?",
      "how much will the elm infrastructure fund lend for the elm tunnel?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("25 years");
  });

  it("answers out of how many applications from the count just told", () => {
    const result = askedIn(
      engine,
      "out of how many applications?",
      "how many drivers were chosen in elmford?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("1,900");
  });

  it("counts the part of what was just counted that 'those' points back to", () => {
    const result = askedIn(
      engine,
      "how many of those are in norvik?",
      "how many homes has the elm infrastructure fund finished?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("140 in Norvik");
  });

  it("reads 'in the end' as naming nothing", () => {
    const result = engine.answer("how many drivers were chosen for tunnel training in the end?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("236");
  });

  it("answers how much burned with an area", () => {
    const result = askedIn(engine, "how much burned?", "what happened in the 2021 elm fire?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("2,300 hectares");
  });
});
