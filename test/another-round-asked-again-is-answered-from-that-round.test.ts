/**
 * "And at the second one?" after "how many officials were at the first round of the ferry talks?":
 * the previous question asked again of the story's second round is answered from that round's
 * facts, even when they name nothing the first round's answer named.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("lakeside-ledger-ferry-rounds", {
    outlet: "Lakeside Ledger",
    title: "Ostria and Veldmark sign the lake ferry deal",
    date: "2026-06-12",
    entities: [
      { id: "ostria", kind: "country", name: "Ostria", description: "Made-up lake country" },
      { id: "veldmark", kind: "country", name: "Veldmark", description: "Made-up lake country" },
      { id: "kesh", kind: "place", name: "Kesh", description: "Lakeside town in Ostria" },
      { id: "tavi", kind: "place", name: "Tavi", description: "Lakeside town in Veldmark" },
      {
        id: "amber-hall",
        kind: "place",
        name: "Amber Hall",
        description: "Conference hall in Tavi",
      },
      {
        id: "lake-ferry",
        kind: "initiative",
        name: "Lake Sorn ferry",
        description: "Passenger ferry across Lake Sorn between Ostria and Veldmark",
      },
    ],
    meetings: [
      {
        id: "2026-03-02-first-round",
        title: "First round of Ostria–Veldmark ferry talks in Kesh",
        date: "2026-03-02",
        place: "Kesh",
        participants: [
          ["ostria", "host"],
          ["veldmark", "participant"],
        ],
        topics: ["ferry", "transport"],
        facts: [
          [
            "first-round-people",
            "The first round of the ferry talks was held at the Birch Hall in Kesh and brought together about 70 officials, sailors and engineers.",
            ["ostria", "veldmark", "kesh", "lake-ferry"],
          ],
        ],
      },
      {
        id: "2026-06-10-second-round",
        title: "Second round of Ostria–Veldmark ferry talks in Tavi",
        date: "2026-06-10",
        place: "Tavi",
        participants: [
          ["veldmark", "host"],
          ["ostria", "participant"],
        ],
        topics: ["ferry", "transport"],
        facts: [
          [
            "second-round-people",
            "The second round of the ferry talks, at the Amber Hall, brought together about 90 officials.",
            ["amber-hall"],
          ],
        ],
      },
    ],
  }),
);

describe("another round asked again is answered from that round", () => {
  it("answers the first round's count", () => {
    expect(askedIn(engine, "how many officials were at the first round of the ferry talks?").answer).toMatch(
      /about 70/,
    );
  });

  it("answers the same question of the second round from its own facts", () => {
    const result = askedIn(
      engine,
      "and at the second one?",
      "how many officials were at the first round of the ferry talks?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/about 90/);
    expect(result.answer).not.toMatch(/about 70/);
  });
});
