/**
 * "And what would Castel pay?" right after "what price per cubic metre did Norvik propose
 * for the water?": a what-question of a party and its act, with no noun of its own, asks for the
 * same kind of thing the previous question asked for (the price per cubic metre), not for anything
 * the party will pay (its share of the plant's cost). A follow-up that says what it asks ("what did
 * Castel say?"), or asks of "it", is read as it stands.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("tarn-water-price", {
    outlet: "Elm Sea Gazette",
    title: "Tarn desalination plant talks",
    date: "2026-06-20",
    entities: [
      ...norvikAndCastel(),
      {
        id: "tarn-plant",
        kind: "initiative",
        name: "Tarn desalination plant",
        description: "Planned Norvik–Castel desalination plant on the Tarn coast",
      },
    ],
    meetings: [
      {
        id: "2026-06-18-tarn-plant-talks",
        title: "Norvik–Castel talks on the water price of the Tarn desalination plant",
        date: "2026-06-18",
        place: "Norvik",
        participants: NORVIK_AND_CASTEL,
        topics: ["water price", "desalination"],
        facts: [
          [
            "norvik-price",
            "Norvik proposed a water price of 0.95 euros per cubic metre for the water from the Tarn desalination plant.",
            ["norvik", "tarn-plant"],
          ],
          [
            "castel-price",
            "Castel refused to pay a price of more than 0.70 euros per cubic metre for the water.",
            ["castel", "tarn-plant"],
          ],
          [
            "plant-cost-split",
            "Castel will pay 141 million euros and Norvik 94 million euros of the Tarn desalination plant's cost.",
            ["castel", "norvik", "tarn-plant"],
          ],
          ["castel-said", "Castel said the plant must be finished by 2029.", ["castel", "tarn-plant"]],
        ],
      },
    ],
  }),
);

const PRICE_ASKED = "what price per cubic metre did norvik propose for the water?";

describe("a what-question with no noun of its own asks the kind asked before", () => {
  it("reads 'and what would castel pay?' as the price per cubic metre", () => {
    const result = askedIn(engine, "and what would castel pay?", PRICE_ASKED);
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/0\.70/);
    expect(result.answer).not.toMatch(/141 million/);
  });

  it("still reads a question that says what it asks as it stands", () => {
    const result = askedIn(engine, "what did castel say?", PRICE_ASKED);
    expect(result.answer).not.toMatch(/what price per cubic metre did castel say/);
  });

  it("still reads the question as it stands when asked alone", () => {
    const result = askedIn(engine, "what will castel pay?");
    expect(result.answer).not.toMatch(/Reading it as/);
  });
});
