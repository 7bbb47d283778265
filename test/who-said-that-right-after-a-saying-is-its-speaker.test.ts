/**
 * "Who said that?" right after "Ines Marl said the fund was satisfied with Castel's first
 * payment" is Ines Marl, the one the fact just told names as saying it: not what "that" would be
 * as one of the turn's names (the fund), whose other spokesman said something else. So is "who
 * announced it?" after "… a pledge of 40 million euros, announced by Ola Brenn".
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-fund-payment", {
    outlet: "Elm Gazette",
    title: "Castel makes its first payment to the Lorn Fund",
    date: "2026-07-10",
    entities: [
      ...norvikAndCastel(),
      {
        id: "lorn-fund",
        kind: "organization",
        name: "Lorn Fund",
        description: "Norvik's state development fund",
      },
      {
        id: "ines-marl",
        kind: "person",
        name: "Ines Marl",
        description: "Director-general of the Lorn Fund",
      },
      { id: "piet-vorn", kind: "person", name: "Piet Vorn", description: "Chairman of the Lorn Fund" },
      { id: "ola-brenn", kind: "person", name: "Ola Brenn", description: "Norvik's minister of finance" },
    ],
    meetings: [
      {
        id: "2026-07-09-lorn-fund-payment",
        title: "Castel's first payment to the Lorn Fund",
        date: "2026-07-09",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["debt", "finance"],
        facts: [
          [
            "satisfied",
            "Ines Marl said the Lorn Fund was satisfied with Castel's first payment, made on the day and in full.",
            ["ines-marl", "lorn-fund", "castel"],
          ],
          [
            "slowly",
            "Piet Vorn said the Lorn Fund would rather be repaid slowly than not at all.",
            ["piet-vorn", "lorn-fund"],
          ],
          [
            "pledge",
            "Norvik pledged 40 million euros to the Lorn Fund's new housing programme, announced by Ola Brenn.",
            ["norvik", "lorn-fund", "ola-brenn"],
          ],
        ],
      },
    ],
  }),
);

describe("'who said that?' right after a saying is its speaker", () => {
  it("names the one the fact just told has saying it", () => {
    const result = askedIn(
      engine,
      "who said that?",
      "what did the lorn fund say about castel's first payment?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Ines Marl");
    expect(result.answer).not.toContain("Piet Vorn");
  });

  it("names the one the fact just told has announcing it", () => {
    const result = askedIn(
      engine,
      "who announced it?",
      "how much did norvik pledge for the housing programme?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Ola Brenn");
  });
});
