/**
 * "How much are the Elm park rangers paid?" asks their pay: a fact gives it per head or per spell of
 * time ("1,900 euros a month") or as a wage. A grant to the park ("Castel raised its grant to 7.5
 * million euros") or what a patrol costs as a whole ("48 rangers … at a cost of 2.4 million euros")
 * is no ranger's pay, and the question is refused. Asked in total, the whole cost still answers.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-park-rangers", {
    outlet: "Elm Gazette",
    title: "Castel raises its Elm park grant",
    date: "2026-11-10",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-park",
        kind: "place",
        name: "Elm park",
        description: "A national park on the Norvik–Castel border",
      },
    ],
    meetings: [
      {
        id: "2026-11-09-elm-park-council",
        title: "Elm park council",
        date: "2026-11-09",
        place: "Vessa",
        participants: NORVIK_AND_CASTEL,
        topics: ["park", "rangers"],
        facts: [
          [
            "grant",
            "In November 2026 Castel raised its Elm park grant from 6 million to 7.5 million euros, and Norvik will pay 0.8 million euros.",
            ["castel", "norvik", "elm-park"],
          ],
          [
            "patrol",
            "The Elm park council agreed to pay 48 park rangers to patrol the park every night, at a cost of 2.4 million euros shared equally.",
            ["castel", "norvik", "elm-park"],
          ],
          ["guides", "Norvik will pay each Elm park guide 1,900 euros a month.", ["norvik", "elm-park"]],
        ],
      },
    ],
  }),
);

describe("what people are paid is told by their pay, not by a grant or a whole cost", () => {
  it("does not answer a ranger's pay with a grant or the patrol's cost", () => {
    for (const question of [
      "how much are elm park rangers paid?",
      "how much are the rangers on the elm park patrol paid?",
    ]) {
      const result = askedIn(engine, question);
      expect(result.answer, question).not.toMatch(/7\.5 million|0\.8 million|2\.4 million/);
    }
  });

  it("answers a guide's pay given per month", () => {
    expect(askedIn(engine, "how much are elm park guides paid?").answer).toContain("1,900 euros");
  });
});
