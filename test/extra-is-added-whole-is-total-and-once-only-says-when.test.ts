/**
 * Everyday words for what a fact says in its own: "the extra gauges" are those Castel "will add",
 * "the whole upgrade" costs what "the total cost" says, its price tag is what its budget
 * says, and "once the line is done" only says when (the fact need not repeat "once"). Each is met
 * as a synonym, less than the word itself: a question about another thing stays refused.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import {
  type MadeUpEntity,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel(),
  { id: "lorn", kind: "place", name: "Lorn", description: "River between Norvik and Castel" },
  { id: "elmford", kind: "place", name: "Elmford", description: "Town on the Lorn" },
  { id: "dunmere", kind: "place", name: "Dunmere", description: "Town on the Lorn" },
];
const dir = madeUpStore("lorn-works", {
  outlet: "Lorn Courier",
  title: "Norvik and Castel agree Lorn works",
  date: "2026-05-12",
  entities,
  meetings: [
    {
      id: "2026-05-11-lorn-talks",
      title: "Norvik–Castel talks on the Lorn works",
      date: "2026-05-11",
      place: "Elmford",
      participants: NORVIK_AND_CASTEL,
      topics: ["river", "rail"],
      facts: [
        [
          "gauges",
          "Castel will add seven water gauges on its bank of the Lorn between Elmford and Dunmere.",
          ["castel", "lorn", "elmford", "dunmere"],
        ],
        [
          "rail-cost",
          "The total cost of the Lorn rail upgrade now stands at 1.2 billion euros.",
          ["norvik", "castel", "lorn"],
        ],
        [
          "speed",
          "Under the plan, freight trains on the Lorn line will run at 70 km/h instead of 40.",
          ["norvik", "castel", "lorn"],
        ],
        [
          "budget",
          "The budget of the Lorn fisheries survey is 12 million euros.",
          ["norvik", "castel", "lorn"],
        ],
      ],
    },
  ],
});
const engine = engineFrom(dir);

describe("extra is added, whole is total, and once only says when", () => {
  it("meets the extra things by what will be added", () => {
    const result = askedIn(engine, "between which towns will the extra lorn gauges go?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Elmford and Dunmere/);
  });

  it("meets the whole cost by the total cost", () => {
    const result = askedIn(engine, "how much will the whole lorn rail upgrade cost?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/1\.2 billion euros/);
  });

  it("meets the price tag of a thing by its budget", () => {
    const result = askedIn(engine, "what's the price tag of the lorn fisheries survey?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/12 million euros/);
  });

  it("reads 'once it is done' as when, not a word to find", () => {
    const result = askedIn(engine, "how fast will the freight trains on the lorn line go once it's done?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/70 km\/h/);
  });

  it("still refuses the cost of a thing the store gives none for", () => {
    const result = askedIn(engine, "how much will the whole lorn ferry cost?");
    expect(result.answer).not.toMatch(/1\.2 billion/);
  });
});
