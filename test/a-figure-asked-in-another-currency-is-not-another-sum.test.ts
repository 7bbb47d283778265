/**
 * "How much is that in dollars?" right after a wage told in rupees asks for that wage converted,
 * and the store holds no exchange rates: it is refused, not answered with another sum that happens
 * to be in dollars. Asked in the currency the answer just gave, it is that answer's figure; a
 * question about another sum in dollars that names what it asks is read as it stands.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("seasonal-pay", {
    outlet: "Elm Sea Ledger",
    title: "Norvik and Castel agree on seasonal work",
    date: "2026-03-12",
    entities: [
      ...norvikAndCastel(),
      {
        id: "training-centre",
        kind: "initiative",
        name: "Seasonal training centre",
        description: "Training centre for seasonal workers going from Norvik to Castel",
      },
    ],
    meetings: [
      {
        id: "2026-03-11-seasonal-talks",
        title: "Norvik–Castel seasonal work talks",
        date: "2026-03-11",
        place: "Kolna",
        participants: [
          ["norvik", "participant"],
          ["castel", "host"],
        ],
        topics: ["seasonal work"],
        facts: [
          ["norvik-wage", "Norvik wanted the seasonal workers to earn 17,000 rupees a month.", ["norvik"]],
          [
            "centre-cost",
            "Castel will pay 1 million US dollars for the seasonal training centre.",
            ["castel", "training-centre"],
          ],
          ["castel-fund", "Castel set aside 2 million euros for the workers' housing.", ["castel"]],
        ],
      },
    ],
  }),
);

const WAGE = "how much did norvik want the seasonal workers to earn?";
const HOUSING = "how much did castel set aside for the workers' housing?";

describe("a figure asked again in another currency", () => {
  it("is refused when the figure just told is in another one", () => {
    expect(engine.answer(WAGE).answer).toContain("17,000 rupees");
    const converted = askedIn(engine, "how much is that in dollars?", WAGE);
    expect(converted.answered).toBe(false);
    expect(converted.answer).not.toContain("1 million US dollars");
  });

  it("is the figure just told when that is in the currency asked", () => {
    const same = askedIn(engine, "how much is that in euros?", HOUSING);
    expect(same.answered).toBe(true);
    expect(same.answer).toContain("2 million euros");
  });

  it("leaves a question that names what it asks as it stands", () => {
    const centre = askedIn(engine, "how much will castel pay for the training centre in dollars?", WAGE);
    expect(centre.answer).toContain("1 million US dollars");
  });
});
