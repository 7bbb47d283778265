/**
 * "Why did Norvia accept 3.2 kilowatt-hours per cubic metre of gas?" takes Norvia's accepting for
 * granted: "Estmark and Norvia signed a five-year extension of their gas swap, after Norvia agreed
 * to send back 3.2 kWh of electricity for every cubic metre of gas" tells that act, in
 * other words, after "after", as what came before the signing; it is no cause of itself. A clause of
 * someone else's doing after "after" still says what moved an act.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, velmarShores } from "./support/made-up-store.ts";

const store = () =>
  madeUpStore("velmar-courier-gas-swap", {
    outlet: "Velmar Courier",
    title: "Norvia and Estmark extend their gas swap",
    date: "2026-06-24",
    entities: [...velmarShores()],
    meetings: [
      {
        id: "2026-06-23-gas-swap-signing",
        title: "Norvia and Estmark sign the gas swap extension",
        date: "2026-06-23",
        place: "Ostra",
        participants: [
          ["norvia", "signatory"],
          ["estmark", "signatory"],
        ],
        topics: ["gas swap"],
        facts: [
          [
            "swap-extended",
            "Estmark and Norvia signed a five-year extension of their gas-for-electricity swap on 23 June 2026, after Norvia agreed to send back 3.2 kWh of electricity for every cubic metre of Estmark gas.",
            ["estmark", "norvia"],
          ],
          [
            "invitation-accepted",
            "Estmark accepted Norvia's invitation to hold the next round of gas talks in Ostra.",
            ["estmark", "norvia"],
          ],
          [
            "fee-raised",
            "Norvia raised the transit fee for Estmark gas on 1 June 2026 after fuel prices rose sharply.",
            ["norvia", "estmark"],
          ],
        ],
      },
    ],
  });

describe("a clause after 'after' that tells the act asked is no reason for it", () => {
  it("does not give the act asked, told after 'after', as its own reason", () => {
    const result = askedIn(
      engineFrom(store()),
      "why did norvia accept 3.2 kwh per cubic metre of estmark gas?",
    );
    expect(result.answered).toBe(false);
  });

  it("still gives someone else's doing after 'after' as what moved an act", () => {
    const result = askedIn(engineFrom(store()), "why did norvia raise the transit fee for estmark gas?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("fuel prices rose");
  });
});
