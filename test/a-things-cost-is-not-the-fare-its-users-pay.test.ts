/**
 * "How much would the Lirac ferry cost?" asks what the ferry costs: "a one-way ferry fare of 18 US
 * dollars" is what its passengers are charged (a fare, fee or toll: WordNet's "charge"), so it
 * does not answer, while the fare asked as a fare still does.
 */
import { describe, expect, it } from "vitest";
import { isChargeNoun } from "../src/engine/language/thesaurus.ts";
import { askedIn, engineFrom } from "./support/engines.ts";
import { LIRAC_COUNTRIES, madeUpStore } from "./support/made-up-store.ts";

const ferry = engineFrom(
  madeUpStore("lirac-fare", {
    outlet: "Lirac Harbour Ledger",
    title: "Côte d'Ambre and Tarsa Faso split over the Lirac ferry fare",
    date: "2026-03-06",
    entities: [
      ...LIRAC_COUNTRIES,
      {
        id: "lirac-ferry",
        kind: "initiative",
        name: "Lirac ferry",
        description: "Planned passenger ferry across the Lirac",
      },
    ],
    meetings: [
      {
        id: "2026-03-04-lirac-ferry-talks",
        title: "Côte d'Ambre–Tarsa Faso talks on the Lirac ferry in Port Ambre",
        date: "2026-03-04",
        place: "Port Ambre",
        participants: [
          ["cote-dambre", "host"],
          ["tarsa-faso", "participant"],
        ],
        facts: [
          [
            "lirac-fare-18",
            "Côte d'Ambre proposed a one-way ferry fare of 18 US dollars so that the Lirac ferry could pay for its own running costs.",
            ["cote-dambre", "lirac-ferry"],
          ],
          [
            "lirac-crossing",
            "The Lirac ferry would make the 30-kilometre crossing in about 80 minutes.",
            ["lirac-ferry"],
          ],
        ],
      },
    ],
  }),
);

describe("a thing's cost is not the fare its users pay", () => {
  it("does not answer what the ferry costs with its fare", () => {
    expect(askedIn(ferry, "how much would the lirac ferry cost?").answered).toBe(false);
  });

  it("answers the fare asked as a fare", () => {
    expect(askedIn(ferry, "how much is the one-way fare on the lirac ferry?").answer).toMatch(
      /18 US dollars/,
    );
  });

  it("reads fares, fees, tolls and taxes as charges, not costs, prices or loans", () => {
    for (const word of ["fare", "fares", "fee", "toll", "tax"]) expect(isChargeNoun(word), word).toBe(true);
    for (const word of ["cost", "price", "budget", "loan", "grant", "ticket"])
      expect(isChargeNoun(word), word).toBe(false);
  });
});
