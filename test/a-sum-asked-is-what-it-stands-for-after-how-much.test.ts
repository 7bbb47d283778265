/**
 * After "how much will Castel pay per unit under the power sale?", "does it go up over time?" asks
 * whether the sum paid rises, not whether Castel does: "it" after a question of how much someone
 * pays or owes is the sum. After "how big was the clean-up funding gap?", "who covered it?" asks who
 * paid the sum, not which outlet reported the meeting; after a question about a meeting, "who
 * covered it?" still asks for its report.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-power-sale", {
    outlet: "Elm Gazette",
    title: "Castel to buy Norvik power",
    date: "2026-08-20",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-power-sale",
        kind: "initiative",
        name: "Elm power sale agreement",
        description: "An agreement under which Castel buys power from Norvik",
        aliases: ["power sale agreement"],
      },
      {
        id: "elm-harbour-clean-up",
        kind: "initiative",
        name: "Elm harbour clean-up",
        description: "A clean-up of the Elm harbour",
        aliases: ["harbour clean-up"],
      },
    ],
    meetings: [
      {
        id: "2026-08-19-norvik-castel-talks",
        title: "Norvik–Castel talks",
        date: "2026-08-19",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["power", "harbours"],
        facts: [
          [
            "power-sale-price",
            "Under the Elm power sale agreement, Castel will pay 5 cents per unit in 2027, rising by 3 percent a year.",
            ["castel", "elm-power-sale"],
            null,
            ["pay", "price", "per unit", "rising"],
          ],
          [
            "clean-up-gap",
            "The Elm harbour clean-up faced a funding gap of 12 million euros in July.",
            ["elm-harbour-clean-up"],
            "2026-07-15",
            ["funding", "gap", "how big"],
          ],
          [
            "clean-up-gap-paid",
            "Norvik paid for the remaining 12 million euros of the Elm harbour clean-up funding gap in August.",
            ["norvik", "elm-harbour-clean-up"],
            null,
            ["paid", "funding", "gap", "covered"],
          ],
        ],
      },
    ],
  }),
);

describe("a sum asked is what 'it' stands for after 'how much'", () => {
  it("reads 'does it go up?' after how much Castel will pay as the sum paid", () => {
    const result = askedIn(
      engine,
      "does it go up over time?",
      "how much will castel pay per unit under the power sale agreement",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).not.toMatch(/Taking "it" as Castel/);
    expect(result.answer).toMatch(/rising by 3 percent/);
  });

  it("reads 'who covered it?' after the size of a funding gap as who paid it, not who reported it", () => {
    const result = askedIn(
      engine,
      "who covered it in the end?",
      "how big was the elm harbour clean-up funding gap in july",
    );
    expect(result.answer).not.toMatch(/Elm Gazette reported/);
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Norvik paid/);
  });

  it("still reads 'who covered it?' after a question about the talks as who reported them", () => {
    const result = askedIn(engine, "who covered it?", "what happened at the norvik–castel talks?");
    expect(result.answer).toMatch(/Elm Gazette/);
  });
});
