/**
 * "Which years does the aircraft lease cover?" asks a span of years, not names: "for four years,
 * from 2027 to 2030" answers (it is no count of years named), and so does "a budget of 36 million
 * dollars for 2026 to 2030", which never says the word "years". The answer leads with no name.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("forest-herald-lease", {
    outlet: "Forest Herald",
    title: "The Pine Ridge council leases firefighting aircraft",
    date: "2026-11-26",
    entities: [
      {
        id: "pine-ridge-council",
        kind: "organization",
        name: "Pine Ridge Council",
        description: "Forest fire council of Norvane and Estria",
        aliases: ["PRC"],
      },
      { id: "norvane", kind: "country", name: "Norvane", description: "Country of the Pine Ridge" },
      { id: "estria", kind: "country", name: "Estria", description: "Country of the Pine Ridge" },
      {
        id: "ridge-corridor",
        kind: "initiative",
        name: "Pine Ridge wildlife corridor",
        description: "Wildlife corridor across the Pine Ridge",
        aliases: ["wildlife corridor"],
      },
    ],
    meetings: [
      {
        id: "2026-11-24-prc-meeting",
        title: "Pine Ridge Council ministerial meeting",
        date: "2026-11-24",
        place: "Harrow",
        participants: [
          ["norvane", "member"],
          ["estria", "member"],
        ],
        topics: ["forest fires", "aircraft"],
        facts: [
          [
            "lease",
            "The Pine Ridge Council will lease four water-bombing aircraft for four years, from 2027 to 2030, through a joint fund.",
            ["pine-ridge-council"],
          ],
          [
            "budget",
            "The Pine Ridge wildlife corridor has a budget of 36 million dollars for 2026 to 2030, with Norvane paying 20 million and Estria 16 million.",
            ["ridge-corridor", "norvane", "estria"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("which years asks for the span of years", () => {
  it("answers which years a lease covers with its span", () => {
    const result = engine.answer("which years does the prc aircraft lease cover?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/from 2027 to 2030/);
    expect(result.answer).not.toMatch(/^Pine Ridge Council\./);
  });

  it("answers which years a budget covers with a span that never says the word", () => {
    const result = engine.answer("which years does the wildlife corridor's 36 million dollar budget cover?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/2026 to 2030/);
  });
});
