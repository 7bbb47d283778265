/**
 * "What happened to Elin Varga?", "what became of him later?": what became of a person is what the
 * store says of them (a post left, who replaced them), not the overview of the latest meeting;
 * and "he" after it is that person ("who took his place?" is who replaced him).
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("harbour-herald-ferry", {
    outlet: "Harbour Herald",
    title: "Ostria and Veldmark restart the lake ferry",
    date: "2026-09-12",
    entities: [
      { id: "ostria", kind: "country", name: "Ostria", description: "Made-up lake country" },
      { id: "veldmark", kind: "country", name: "Veldmark", description: "Made-up lake country" },
      {
        id: "elin-varga",
        kind: "person",
        name: "Elin Varga",
        description:
          "Ostrian Minister of Transport from 2023 until June 2026, when she was moved to the Ministry of Culture; signed the ferry agreement for Ostria.",
      },
      {
        id: "pavel-dorn",
        kind: "person",
        name: "Pavel Dorn",
        description: "Ostrian Minister of Transport since June 2026.",
      },
      {
        id: "mira-holt",
        kind: "person",
        name: "Mira Holt",
        description: "Veldmark's Minister of Transport.",
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
        id: "2026-03-02-ferry-signing",
        title: "Signing of the Lake Sorn ferry agreement in Kesh",
        date: "2026-03-02",
        place: "Kesh",
        participants: [
          ["elin-varga", "Ostria's Minister of Transport"],
          ["mira-holt", "Veldmark's Minister of Transport"],
        ],
        topics: ["ferry", "transport"],
        facts: [
          [
            "ferry-signed",
            "Elin Varga and Mira Holt signed an agreement to restart the Lake Sorn ferry.",
            ["elin-varga", "mira-holt", "lake-ferry"],
          ],
        ],
      },
      {
        id: "2026-09-10-first-sailing",
        title: "First sailing of the Lake Sorn ferry in Tavi",
        date: "2026-09-10",
        place: "Tavi",
        participants: [
          ["pavel-dorn", "Ostria's Minister of Transport"],
          ["mira-holt", "Veldmark's Minister of Transport"],
        ],
        topics: ["ferry", "transport"],
        facts: [
          [
            "first-sailing",
            "Pavel Dorn and Mira Holt saw off the first Lake Sorn ferry in Tavi.",
            ["pavel-dorn", "mira-holt", "lake-ferry"],
          ],
          [
            "dorn-replaced-varga",
            "Pavel Dorn took office as Ostria's Minister of Transport in June 2026, replacing Elin Varga, who was moved to the Ministry of Culture.",
            ["pavel-dorn", "elin-varga"],
            "2026-06-15",
          ],
        ],
      },
    ],
  }),
);

describe("what happened to a person is what became of them", () => {
  it("answers what happened to a person from what is known of her, not the latest meeting", () => {
    const result = askedIn(engine, "what happened to elin varga?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Ministry of Culture/);
    expect(result.answer).not.toMatch(/first Lake Sorn ferry/);
  });

  it("keeps her as the one a pronoun after it points to", () => {
    const result = askedIn(engine, "who took her place?", "what happened to elin varga?");
    expect(result.answer).toMatch(/Taking "her" as Elin Varga/);
    expect(result.answer).toMatch(/Pavel Dorn/);
  });

  it("reads taking someone's place as replacing them", () => {
    expect(askedIn(engine, "who took elin varga's place?").answer).toMatch(/Pavel Dorn/);
  });

  it("still gives the overview for what happened at a meeting", () => {
    const result = askedIn(engine, "what happened at the first sailing in tavi?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Tavi/);
  });
});
