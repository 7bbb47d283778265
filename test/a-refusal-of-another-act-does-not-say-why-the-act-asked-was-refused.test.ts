/**
 * "Why did Castel refuse to sign the power agreement?" is not answered by "Castel, which had
 * refused in February to pay more than 6 cents, will pay 6.4 cents under the power agreement", nor
 * "why did Norvik refuse to sign the building code?" by "Castel refuses a binding deadline for the
 * building code": a refusal with no word for the act asked, not even a synonym, is of another act.
 * A refusal of the act asked still answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-power-deal", {
    outlet: "Elm Gazette",
    title: "A power deal and a building code",
    date: "2026-06-12",
    entities: [
      { id: "norvik", kind: "country", name: "Norvik", description: "A country on the Elm Sea" },
      { id: "castel", kind: "country", name: "Castel", description: "A neighbouring country" },
      {
        id: "power-agreement",
        kind: "initiative",
        name: "Elm power sale agreement",
        description: "Norvik sells power to Castel",
        aliases: ["power agreement"],
      },
      {
        id: "building-code",
        kind: "initiative",
        name: "Elm Building Code",
        description: "A shared building code for homes",
        aliases: ["building code"],
      },
      {
        id: "ferry-pact",
        kind: "initiative",
        name: "Elm ferry pact",
        description: "A ferry between Norvik and Castel",
        aliases: ["ferry pact"],
      },
    ],
    meetings: [
      {
        id: "2026-06-11-norvik-castel-talks",
        title: "Norvik–Castel talks",
        date: "2026-06-11",
        place: "Port Elm",
        participants: [
          ["norvik", "participant"],
          ["castel", "participant"],
        ],
        topics: ["power", "housing"],
        facts: [
          [
            "price",
            "Under the power agreement, Castel, which had refused in February to pay more than 6 cents per unit, will pay 6.4 cents per unit.",
            ["castel", "power-agreement"],
          ],
          [
            "deadline",
            "Norvik wants owners to retrofit their roofs to the Elm Building Code by 2030; Castel refuses a binding deadline, saying retrofits should stay voluntary.",
            ["norvik", "castel", "building-code"],
          ],
          [
            "ferry",
            "Castel refused to sign the ferry pact, saying the fares were too high.",
            ["castel", "ferry-pact"],
          ],
        ],
      },
    ],
  }),
);

describe("a refusal of another act does not say why the act asked was refused", () => {
  it("does not answer why a signing was refused with a refusal to pay", () => {
    expect(engine.answer("why did castel refuse to sign the power agreement?").answer).not.toMatch(
      /6\.4 cents/,
    );
  });

  it("does not answer why a signing was refused with a refused deadline", () => {
    expect(engine.answer("why did norvik refuse to sign the building code?").answer).not.toMatch(/deadline/);
  });

  it("answers with the refusal of the act asked", () => {
    expect(engine.answer("why did castel refuse to sign the ferry pact?").answer).toMatch(
      /fares were too high/,
    );
  });
});
