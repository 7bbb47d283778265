/**
 * "What's the name of the Norvian official who said Castelia should pay the allowances?": a name is
 * asked of someone a person noun describes ("official", "engineer"); facts that name no person at
 * all ("Castelia has asked Norvia to pay …") do not give it. "The king of Castelia", a title nobody
 * the store knows holds, is someone unknown, not whoever's description has the word inside another
 * thing's name ("signed the King Aldo Bridge agreement").
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("doctors-allowance", {
    outlet: "Harbour Ledger",
    title: "Norvia and Castelia argue over doctors' allowances and open a bridge",
    date: "2026-05-02",
    entities: [
      { id: "norvia", kind: "country", name: "Norvia", description: "Island country" },
      { id: "castelia", kind: "country", name: "Castelia", description: "Country sending doctors" },
      {
        id: "ana-vero",
        kind: "person",
        name: "Ana Vero",
        description: "Castelia's Minister of Works; signed the King Aldo Bridge agreement",
      },
      {
        id: "king-aldo-bridge",
        kind: "initiative",
        name: "King Aldo Bridge",
        description: "Bridge between the two",
      },
    ],
    meetings: [
      {
        id: "2026-05-01-talks",
        title: "Norvia–Castelia talks on doctors and the King Aldo Bridge",
        date: "2026-05-01",
        place: "Port Vela",
        participants: [
          ["norvia", "host"],
          ["castelia", "participant"],
          ["ana-vero", "participant"],
        ],
        topics: ["doctors", "bridge"],
        facts: [
          [
            "allowance-asked",
            "Castelia has asked Norvia to pay a monthly allowance of 1,800 dollars for each doctor.",
            ["castelia", "norvia"],
          ],
          [
            "bridge-quote",
            "Ana Vero said the King Aldo Bridge would carry its first cars in 2028.",
            ["ana-vero", "king-aldo-bridge"],
          ],
        ],
      },
    ],
  }),
);

describe("a person's name asked is not given by facts that name no one", () => {
  it("refuses a name asked of an official when the facts name no person", () => {
    const result = engine.answer(
      "what's the name of the norvian official who said castelia should pay the allowance",
    );
    expect(result.answered).toBe(false);
  });

  it("does not read a king as whoever signed something named after one", () => {
    const result = engine.answer("what did the king of castelia say about the king aldo bridge?");
    expect(result.answered).toBe(false);
  });

  it("still answers what the minister said about the bridge", () => {
    const result = engine.answer("what did ana vero say about the king aldo bridge?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("2028");
  });
});
