/**
 * "Why was the Orrin clinic dropped?" answered by "the commission agreed to drop the Orrin clinic
 * after its diesel generator house was badly damaged by floods": the misfortune is the agent of what
 * befell the thing ("damaged by floods"), not the head of the words after "after", and it is
 * the reason all the same.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("lumen-weekly-clinics", {
    outlet: "Lumen Weekly",
    title: "The Orrin clinic is dropped",
    date: "2026-11-05",
    entities: [
      ...norvikAndCastel(),
      {
        id: "orrin-clinic",
        kind: "initiative",
        name: "Orrin clinic",
        description: "Border clinic Norvik and Castel planned at Orrin",
      },
    ],
    meetings: [
      {
        id: "2026-11-04-clinic-steering-committee",
        title: "Norvik–Castel clinic steering committee",
        date: "2026-11-04",
        place: "Lumen",
        participants: NORVIK_AND_CASTEL,
        topics: ["health", "clinics"],
        facts: [
          [
            "dropped",
            "The steering committee agreed to drop the Orrin clinic, which had been due to open in March 2027, after its diesel generator house was badly damaged by floods in October 2026.",
            ["orrin-clinic", "norvik", "castel"],
          ],
          [
            "remark",
            "Castel's health minister said dropping the Orrin clinic leaves the border villages without a doctor.",
            ["orrin-clinic", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("a misfortune that befell the thing says why it was dropped", () => {
  it("answers why the clinic was dropped with the floods that damaged it", () => {
    const result = engine.answer("why was the orrin clinic dropped");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/damaged by floods/);
  });
});
