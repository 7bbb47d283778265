/**
 * "Which outfit is footing most of the cost of the cold store?": people reach for a vivid verb
 * where an article says the plain one it is a kind of ("foot" is WordNet's way to "pay"). A rare
 * verb was met by the plainer verb only where the store never used the word at all; a store that
 * has "foot" elsewhere (a walk on foot) still says who pays in its own word. The asked act must
 * still be told: a thing no fact says anyone pays for stays refused.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("cold-store", {
    outlet: "Lirac Harbour Ledger",
    title: "A trade fund pays for the Port Lumen cold store",
    date: "2026-07-02",
    entities: [
      { id: "norvane", kind: "country", name: "Norvane", description: "Coastal country" },
      { id: "estria", kind: "country", name: "Estria", description: "Island country" },
      {
        id: "trade-fund",
        kind: "organization",
        name: "Lirac Trade Fund",
        description: "Regional development fund",
      },
      {
        id: "cold-store",
        kind: "initiative",
        name: "Port Lumen cold store",
        description: "Cold store for fish at Port Lumen harbour",
      },
    ],
    meetings: [
      {
        id: "2026-06-30-cold-store-talks",
        title: "Norvane–Estria talks on the Port Lumen cold store",
        date: "2026-06-30",
        place: "Port Lumen",
        participants: [
          ["norvane", "host"],
          ["estria", "participant"],
        ],
        facts: [
          [
            "fund-pays",
            "The Lirac Trade Fund will pay most of the cost of the Port Lumen cold store.",
            ["trade-fund", "cold-store"],
          ],
          [
            "on-foot",
            "The Port Lumen cold store is a ten-minute walk on foot from the fish market.",
            ["cold-store"],
          ],
          ["radar-refused", "Estria refused to place a weather radar on its northern hills.", ["estria"]],
        ],
      },
    ],
  }),
);

describe("a vivid verb is met by the plain verb it is a kind of", () => {
  it("answers which outfit is footing most of the cost with the body that pays it", () => {
    expect(engine.answer("which outfit is footing most of the cost of the cold store?").answer).toContain(
      "Lirac Trade Fund",
    );
  });

  it("answers as which outfit is paying does", () => {
    expect(engine.answer("which outfit is paying most of the cost of the cold store?").answer).toContain(
      "Lirac Trade Fund",
    );
  });

  it("does not find a payer no fact tells", () => {
    expect(engine.answer("which outfit is footing the cost of the weather radar?").answered).toBe(false);
  });
});
