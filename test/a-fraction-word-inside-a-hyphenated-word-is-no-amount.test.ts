/**
 * "How much was the first payment?" asks for an amount: "the first of 24 half-yearly instalments"
 * has "half" only inside "half-yearly", and "a shortfall in the first quarter of the fiscal year"
 * has a quarter only of a time; neither says how much. "Half of the cost" still does.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { ELM_REEF_TRUST, madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-courier-trust-payments", {
    outlet: "Elm Courier",
    title: "Norvik makes its first payment into the reef trust",
    date: "2026-06-25",
    entities: [...norvikAndCastel(), ELM_REEF_TRUST],
    meetings: [
      {
        id: "2026-06-24-reef-trust-board",
        title: "Elm Reef Trust Fund board meeting",
        date: "2026-06-24",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["trust", "payment"],
        facts: [
          [
            "first-payment-instalments",
            "The first payment into the Elm Reef Trust Fund was the first of 24 half-yearly instalments.",
            ["reef-trust", "norvik"],
            null,
            ["first payment", "instalments"],
          ],
          [
            "second-payment-late",
            "The second payment into the Elm Reef Trust Fund was late because of a shortfall in the first quarter of the fiscal year.",
            ["reef-trust", "norvik"],
            null,
            ["second payment", "late"],
          ],
          [
            "castel-share",
            "Castel will cover half of the cost of the Elm Reef Trust Fund's patrol boat.",
            ["reef-trust", "castel"],
            null,
            ["boat", "cost", "share"],
          ],
        ],
      },
    ],
  }),
);

describe("a fraction word inside a hyphenated word is no amount", () => {
  it("does not answer how much the first payment was with how many instalments there are", () => {
    const result = askedIn(engine, "how much was the first payment into the reef trust?");
    expect(result.answer).not.toContain("half-yearly");
  });

  it("does not answer how much the second payment was with the quarter it fell short in", () => {
    const result = askedIn(engine, "how much was the second payment into the reef trust?");
    expect(result.answer).not.toContain("first quarter");
  });

  it("still answers a share asked with its half", () => {
    const result = askedIn(engine, "how much of the patrol boat's cost will castel cover?");
    expect(result.answer).toContain("half of the cost");
  });
});
