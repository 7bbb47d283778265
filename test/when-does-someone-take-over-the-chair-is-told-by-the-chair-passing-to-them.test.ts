/**
 * "When does Estria take over the chair of the commission?" is told by "the chair of the commission
 * will pass from Norvane to Estria in March 2027": the one asked stands right after the "to" of a
 * passing on (passed, handed, rotated, transferred to), whoever it is; the one taking over is the
 * verb's subject, so "take over the chair from Estria" is not told by a chair passed to Estria.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("corridor-times-chair", {
    outlet: "Corridor Times",
    title: "The lynx corridor commission meets",
    date: "2026-03-12",
    entities: [
      { id: "norvane", kind: "country", name: "Norvane", description: "Country of the lynx corridor" },
      { id: "estria", kind: "country", name: "Estria", description: "Country of the lynx corridor" },
      { id: "velmora", kind: "country", name: "Velmora", description: "Country of the lynx corridor" },
      {
        id: "ines-marlow",
        kind: "person",
        name: "Ines Marlow",
        description: "Secretary of the Lynx Corridor Commission",
      },
      {
        id: "lynx-commission",
        kind: "organization",
        name: "Lynx Corridor Commission",
        description: "Commission of Norvane, Estria and Velmora that runs the lynx corridor",
      },
    ],
    meetings: [
      {
        id: "2026-03-10-commission",
        title: "First meeting of the Lynx Corridor Commission",
        date: "2026-03-10",
        place: "Orla",
        participants: [
          ["norvane", "chair"],
          ["estria", "member"],
          ["velmora", "member"],
        ],
        topics: ["lynx corridor", "wildlife"],
        facts: [
          [
            "rotation",
            "The chair of the Lynx Corridor Commission will pass from Norvane to Estria in March 2027 and to Velmora in March 2028.",
            ["lynx-commission", "norvane", "estria", "velmora"],
            null,
          ],
          [
            "secretary",
            "Ines Marlow took over as secretary of the Lynx Corridor Commission on 1 February 2026.",
            ["ines-marlow", "lynx-commission"],
            "2026-02-01",
          ],
          [
            "founded",
            "Norvane, Estria and Velmora set up the Lynx Corridor Commission on 10 March 2026 in Orla and adopted a lynx protection plan.",
            ["lynx-commission", "norvane", "estria", "velmora"],
          ],
        ],
      },
    ],
  }),
);

describe("when someone takes over the chair is told by the chair passing to them", () => {
  it("answers with the day the chair passes to the one asked", () => {
    const result = engine.answer("when does estria take over the chair of the lynx corridor commission?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/March 2027/);
  });

  it("does not read a chair passed to someone as taken over from them", () => {
    const result = engine.answer(
      "when did norvane take over the chair of the lynx corridor commission from estria?",
    );
    expect(result.answer).not.toMatch(/pass from Norvane to Estria/);
  });

  it("answers for the next one it passes to as well", () => {
    const result = engine.answer("when does velmora take over the chair of the lynx corridor commission?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/March 2028/);
  });
});
