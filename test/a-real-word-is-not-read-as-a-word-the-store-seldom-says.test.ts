/**
 * "Why did Norvik bail on the ferry pact?" asks about bailing out, not about basil: a real English
 * word one keystroke from a word the store says in one fact of many is meant as typed, and the fact
 * about basil does not answer. Nor is a word that ends a letter past another ("router", "route") a
 * slip for it. A slip for a word the store says again and again ("who chars cica" for "chairs") is
 * still read as that word: see answers.test.ts and understanding.test.ts.
 */
import { describe, expect, it } from "vitest";
import { understand } from "../src/engine/understand.ts";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-norvik-basil", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel trade talks",
    date: "2026-11-19",
    entities: [...norvikAndCastel()],
    meetings: [
      {
        id: "2026-11-17-norvik-castel-trade",
        title: "Norvik–Castel trade talks in Port Elm",
        date: "2026-11-17",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["trade", "herbs"],
        facts: [
          ["f1", "Norvik agreed to sell basil to Castel at a lower tariff.", ["norvik", "castel"]],
          // A store of some size, where basil is one fact in many.
          ...Array.from(
            { length: 150 },
            (_, i) =>
              [
                `f${i + 2}`,
                `Castel agreed to buy ${i + 10} tonnes of fish from Norvik along sea route number ${i + 1}.`,
                ["norvik", "castel"],
              ] as [string, string, string[]],
          ),
        ],
      },
    ],
  }),
);

describe("a real word is not read as a word the store seldom says", () => {
  it("keeps 'bail' a real word (read as pulling out, not as basil): the fact about basil does not answer", () => {
    const result = engine.answer("why did norvik bail on castel?");
    expect(result.answer).not.toMatch(/basil/);
    const words = understand("why did norvik bail on castel?", engine.knowledge()).plan.words;
    expect(words).not.toContain("basil");
    expect(words.some((word) => word === "bail" || word === "withdraw")).toBe(true);
  });

  it("keeps 'router' as typed, though the store says 'route' in every fact: the question is refused", () => {
    const result = engine.answer("how do i reset my router");
    expect(understand("how do i reset my router", engine.knowledge()).plan.words).toContain("router");
    expect(result.answered).toBe(false);
    expect(result.answer).not.toMatch(/route/);
  });
});
