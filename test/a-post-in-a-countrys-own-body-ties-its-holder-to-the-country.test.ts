/**
 * "Who leads the Chilean side on the monitoring committee?" asks for one of Chile's people: the
 * deputy head of a Chilean state fund is one, though her post's words name the fund and not
 * Chile; the fund's own description says whose it is. A body that only did something for another
 * country ("a fund that lent Bolivia money") does not make its people that country's.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("andes-wire-debt-committee", {
    outlet: "Andes Wire",
    title: "Debt committee meets for the first time",
    date: "2026-07-09",
    entities: [
      { id: "chile", kind: "country", name: "Chile", description: "South American country" },
      { id: "bolivia", kind: "country", name: "Bolivia", description: "South American country" },
      {
        id: "copper-fund",
        kind: "organization",
        name: "Atacama Development Fund",
        description: "Chilean state development fund that lent Bolivia money for roads",
      },
      {
        id: "debt-committee",
        kind: "organization",
        name: "Joint Debt Monitoring Committee",
        description: "Committee of Chile and Bolivia that watches the debt deal",
      },
      {
        id: "ana-rojas",
        kind: "person",
        name: "Ana Rojas",
        description:
          "Deputy Director of the Atacama Development Fund; leads one side of the Joint Debt Monitoring Committee",
      },
    ],
    meetings: [
      {
        id: "2026-07-07-debt-committee",
        title: "First meeting of the Joint Debt Monitoring Committee",
        date: "2026-07-07",
        place: "La Paz",
        participants: [
          ["chile", "party"],
          ["bolivia", "party"],
        ],
        topics: ["debt", "committee"],
        facts: [
          [
            "rojas-leads",
            "The Chilean members of the debt monitoring committee are led by Ana Rojas, Deputy Director of the Atacama Development Fund.",
            ["ana-rojas", "debt-committee", "copper-fund", "chile"],
          ],
        ],
      },
    ],
  }),
);

describe("a post in a country's own body ties its holder to the country", () => {
  it("answers who leads the Chilean side with the fund's deputy director", () => {
    const result = engine.answer("who leads the chilean side on the joint debt monitoring committee?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Ana Rojas");
  });

  it("does not make her one of Bolivia's people", () => {
    const result = engine.answer("who leads the bolivian side on the joint debt monitoring committee?");
    expect(result.answer).not.toMatch(/^Ana Rojas/);
  });

  it("does not make her one of Bolivia's people when the country is capitalised", () => {
    const result = engine.answer("who leads the Bolivian side on the joint debt monitoring committee?");
    expect(result.answer).not.toMatch(/^Ana Rojas/);
  });
});
