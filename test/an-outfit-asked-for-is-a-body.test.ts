/**
 * "Which outfit is bankrolling the storm network?": in chat an outfit is a body (a bank, a fund, a
 * company), asked for as "which organisation" is; WordNet's first "outfit" is clothing, which no
 * article's fact is about. A country is no outfit, and what no body does stays refused.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("storm-network", {
    outlet: "Lirac Harbour Ledger",
    title: "A regional bank lends to the Norvane–Estria storm warning network",
    date: "2026-07-02",
    entities: [
      { id: "norvane", kind: "country", name: "Norvane", description: "Coastal country" },
      { id: "estria", kind: "country", name: "Estria", description: "Island country" },
      {
        id: "storm-network",
        kind: "initiative",
        name: "Lirac Storm Watch Network",
        description: "Hurricane early-warning network built by Norvane and Estria",
        aliases: ["storm warning network"],
      },
      {
        id: "resilience-bank",
        kind: "organization",
        name: "Lirac Resilience Bank",
        description: "Regional development lender",
      },
    ],
    meetings: [
      {
        id: "2026-06-30-storm-network-talks",
        title: "Norvane–Estria talks on the storm warning network in Port Lumen",
        date: "2026-06-30",
        place: "Port Lumen",
        participants: [
          ["norvane", "host"],
          ["estria", "participant"],
        ],
        facts: [
          [
            "bank-lends",
            "The Lirac Resilience Bank agreed to lend 9 million US dollars to the Lirac Storm Watch Network.",
            ["resilience-bank", "storm-network"],
          ],
          [
            "radar-refused",
            "Estria refused to place the network's second radar on its northern hills.",
            ["estria", "storm-network"],
          ],
        ],
      },
    ],
  }),
);

describe("an outfit asked for is a body", () => {
  it("answers which outfit does what a body of the store does", () => {
    expect(engine.answer("which outfit is lending money to the storm warning network?").answer).toContain(
      "Lirac Resilience Bank",
    );
  });

  it("answers as which organisation does", () => {
    expect(
      engine.answer("which organisation is lending money to the storm warning network?").answer,
    ).toContain("Lirac Resilience Bank");
  });

  it("does not take a country for an outfit", () => {
    expect(engine.answer("which outfit refused to place the second radar?").answered).toBe(false);
  });
});
