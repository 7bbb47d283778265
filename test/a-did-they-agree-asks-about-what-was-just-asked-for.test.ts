/**
 * "What did Norvia ask Estmark for?" → "did Estmark agree?": the consent asked is to what the answer
 * just told was asked for. A fact of another thing Estmark agreed to ("agreed to hold the next
 * round of talks") or left unagreed says nothing of it, so the engine refuses rather than offer it;
 * a fact of Estmark agreeing to the very request still answers.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, velmarShores } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("velmar-courier-school-buses", {
    outlet: "Velmar Courier",
    title: "Norvia and Estmark talk buses and ferries",
    date: "2026-10-21",
    entities: [
      ...velmarShores(),
      { id: "tessa-varn", kind: "person", name: "Tessa Varn", description: "Norvia's Minister of Transport" },
      { id: "orin-dahl", kind: "person", name: "Orin Dahl", description: "Estmark's Minister of Transport" },
    ],
    meetings: [
      {
        id: "2026-10-20-velmar-transport-talks",
        title: "Norvia–Estmark transport talks in Velmar Town",
        date: "2026-10-20",
        place: "Velmar Town",
        participants: [
          ["tessa-varn", "Norvia's Minister of Transport"],
          ["orin-dahl", "Estmark's Minister of Transport"],
          ["norvia", "host"],
          ["estmark", "participant"],
        ],
        topics: ["school buses", "lake ferry"],
        facts: [
          [
            "buses-asked",
            "Tessa Varn asked Estmark to pay for twelve school buses for the border villages.",
            ["tessa-varn", "estmark"],
          ],
          [
            "buses-agreed",
            "Estmark agreed to pay for the twelve school buses for the border villages.",
            ["estmark"],
          ],
          [
            "ferry-asked",
            "Orin Dahl asked Norvia to cut the lake ferry's harbour dues by half.",
            ["orin-dahl", "norvia"],
          ],
          [
            "next-round",
            "Norvia and Estmark agreed to hold the next round of transport talks in Estmark in spring 2027.",
            ["norvia", "estmark"],
          ],
        ],
      },
    ],
  }),
);

describe("did they agree? asks about what was just asked for", () => {
  it("refuses when the only agreement told is to another thing", () => {
    const before = askedIn(engine, "what did orin dahl ask norvia for?");
    expect(before.answer).toContain("harbour dues");
    const result = askedIn(engine, "did norvia agree?", "what did orin dahl ask norvia for?");
    expect(result.answer).not.toContain("next round");
    expect(result.answered).toBe(false);
    const toThat = askedIn(engine, "did norvia ever agree to that?", "what did orin dahl ask norvia for?");
    expect(toThat.answer).not.toContain("next round");
    expect(toThat.answered).toBe(false);
  });

  it("answers with the agreement to the very thing asked for", () => {
    const result = askedIn(engine, "did estmark agree?", "what did tessa varn ask estmark for?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("agreed to pay for the twelve school buses");
  });

  it("still answers a question that names what was agreed", () => {
    const result = askedIn(
      engine,
      "did norvia agree to hold the next round of talks in estmark?",
      "what did orin dahl ask norvia for?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("next round");
  });
});
