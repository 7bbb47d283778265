/**
 * "What happened in Vesk in May?": "may" with no verb after it, closing the question, is the month,
 * not the verb of "when may they sign". Of the meetings held in Vesk, the one of May is meant, not the
 * newest one; the verb is still read as the verb.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("vesk-meetings", {
    outlet: "Skarn Courier",
    title: "A year of talks in Vesk",
    date: "2027-04-20",
    entities: norvikAndCastel(),
    meetings: [
      {
        id: "2026-05-12-vesk-fair",
        title: "Norvik and Castel open a timber fair in Vesk",
        date: "2026-05-12",
        place: "Vesk",
        participants: NORVIK_AND_CASTEL,
        topics: ["timber fair"],
        facts: [
          ["fair", "Norvik and Castel opened a timber fair in Vesk with 40 sawmills.", ["norvik", "castel"]],
        ],
      },
      {
        id: "2027-04-14-vesk-bridge",
        title: "Norvik and Castel sign a bridge accord in Vesk",
        date: "2027-04-14",
        place: "Vesk",
        participants: NORVIK_AND_CASTEL,
        topics: ["bridge accord"],
        facts: [
          [
            "bridge",
            "Norvik and Castel signed an accord in Vesk to build a rail bridge.",
            ["norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("'in May' at the end of a question is the month", () => {
  it("tells the meeting held there that month, not the newest one", () => {
    const result = engine.answer("what happened in vesk in may?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("timber fair");
    expect(result.answer).not.toContain("rail bridge");
  });

  it("still reads the verb as the verb", () => {
    const result = engine.answer("what may norvik and castel build in vesk?");
    expect(result.answer).not.toContain("timber fair");
  });
});
