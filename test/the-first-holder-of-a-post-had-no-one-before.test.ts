/**
 * "Who had the secretariat director job before Marlow?" where the store says "the committee named
 * Ines Marlow … as the first director of the secretariat": no one held it before, and the answer
 * says so with the fact that names her the first.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("storm-gazette-secretariat", {
    outlet: "Storm Gazette",
    title: "The storm warning secretariat gets a director",
    date: "2026-07-09",
    entities: [
      { id: "norvane", kind: "country", name: "Norvane", description: "Island country" },
      { id: "estria", kind: "country", name: "Estria", description: "Island country" },
      {
        id: "storm-secretariat",
        kind: "organization",
        name: "Storm Warning Secretariat",
        description: "Joint secretariat of Norvane and Estria for storm warnings",
      },
      {
        id: "ines-marlow",
        kind: "person",
        name: "Ines Marlow",
        description: "Director of the Storm Warning Secretariat",
      },
    ],
    meetings: [
      {
        id: "2026-07-08-steering",
        title: "Storm warning steering committee meeting",
        date: "2026-07-08",
        place: "Orla",
        participants: [
          ["norvane", "party"],
          ["estria", "party"],
        ],
        topics: ["storm warnings"],
        facts: [
          [
            "named-first",
            "The steering committee named Ines Marlow, until then deputy head of Norvane's weather service, as the first director of the Storm Warning Secretariat.",
            ["ines-marlow", "storm-secretariat", "norvane"],
          ],
        ],
      },
    ],
  }),
);

describe("the first holder of a post had no one before", () => {
  it("says no one held the post before the first holder", () => {
    const result = engine.answer("who had the secretariat director job before ines marlow?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^No one before:/);
    expect(result.answer).toMatch(/first director/);
  });
});
