/**
 * "How long after Orla did Norvane and Estria sign the agreement?" puts its own verb after the
 * phrase "after Orla", behind the auxiliary "did": the signing came after the Orla talks, as
 * "signed seven months after the talks in Orla" says, which is no reversal of the order asked.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("labour-gazette-visas", {
    outlet: "Labour Gazette",
    title: "Norvane and Estria sign a seasonal work agreement",
    date: "2026-10-16",
    entities: [
      {
        id: "norvane",
        kind: "country",
        name: "Norvane",
        description: "Island country short of cane cutters",
      },
      { id: "estria", kind: "country", name: "Estria", description: "Country sending seasonal workers" },
      { id: "orla", kind: "place", name: "Orla", description: "Capital of Norvane" },
      {
        id: "seasonal-agreement",
        kind: "initiative",
        name: "Norvane–Estria seasonal work agreement",
        description: "Agreement letting workers from Estria do seasonal work in Norvane",
        aliases: ["seasonal work agreement"],
      },
    ],
    meetings: [
      {
        id: "2026-10-14-signing",
        title: "Signing of the Norvane–Estria seasonal work agreement",
        date: "2026-10-14",
        place: "Varn",
        participants: [
          ["norvane", "party"],
          ["estria", "party"],
        ],
        topics: ["seasonal work", "visas"],
        facts: [
          [
            "gap",
            "The seasonal work agreement was signed by Norvane and Estria seven months after the talks in Orla stalled over pay.",
            ["seasonal-agreement", "norvane", "estria", "orla"],
          ],
        ],
      },
    ],
  }),
);

describe("how long after one thing another was done asks the gap", () => {
  it("answers with the gap the fact gives", () => {
    const result = engine.answer("how long after orla did norvane and estria sign the agreement?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/seven months/);
  });
});
