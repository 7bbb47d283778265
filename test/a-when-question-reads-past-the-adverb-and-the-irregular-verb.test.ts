/**
 * "When did the committee finally meet?" asks the day of the meeting: "finally" says it came late,
 * which the fact tells in its own words ("met … only in August"), and the question's verb is "meet",
 * not the adverb before it. "When did the bank withdraw?" is met by "withdrew", and "when did the
 * storm strike?" by "struck": a verb made with a prefix keeps its verb's irregular forms.
 */
import { describe, expect, it } from "vitest";
import { loadEvalEngine, NINETEENTH_STORE_PARTS } from "../eval/evaluate.ts";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

/** A made-up article: a ferry between two countries, a late committee, a lender leaving. */
const engine = engineFrom(
  madeUpStore("lindora-courier-ferry", {
    outlet: "Lindora Courier",
    title: "The Lindora ferry, late and short of a lender",
    date: "2026-09-02",
    entities: [
      ...norvikAndCastel("A lake country", "Its neighbour across the lake"),
      {
        id: "varn-bank",
        kind: "organization",
        name: "Varn Bank",
        description: "A made-up lender that was to pay for the Lindora ferry",
      },
      {
        id: "storm-odile",
        kind: "event",
        name: "Storm Odile",
        description: "A storm that wrecked the old Lindora ferry pier",
        aliases: ["Odile"],
      },
      {
        id: "ferry-committee",
        kind: "organization",
        name: "joint ferry committee",
        description: "Committee of Norvik and Castel overseeing the Lindora ferry",
      },
    ],
    meetings: [
      {
        id: "2026-09-01-lindora-ferry-talks",
        title: "Norvik–Castel ferry talks in Lindora",
        date: "2026-09-01",
        place: "Lindora",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferry", "transport"],
        facts: [
          [
            "committee-late",
            "The joint ferry committee, which was due to meet in June 2026, met in Lindora only in August 2026.",
            ["ferry-committee"],
          ],
          [
            "bank-left",
            "The Varn Bank withdrew from the ferry project on 8 May 2026.",
            ["varn-bank"],
            "2026-05-08",
          ],
          [
            "storm",
            "Storm Odile struck the Lindora pier on 14 October 2025, destroying the old ferry landing.",
            ["storm-odile"],
            "2025-10-14",
          ],
        ],
      },
    ],
  }),
);

describe("a when-question reads past the adverb before its verb and through irregular verbs", () => {
  it("answers 'when did the committee finally meet?' with the month it met", () => {
    // (The nineteenth story: "the joint technical committee, which was due to meet in June 2026,
    // met in Wadi Halfa only in August 2026".)
    const result = loadEvalEngine(NINETEENTH_STORE_PARTS).answer(
      "when did the technical committee finally meet",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("August 2026");
  });

  it("answers 'when did the Varn Bank withdraw?' from 'withdrew'", () => {
    const result = engine.answer("when did the varn bank withdraw from the ferry project?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("8 May 2026");
  });

  it("answers 'when did Storm Odile strike?' from 'struck'", () => {
    const result = engine.answer("when did storm odile strike?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("14 October 2025");
  });
});
