/**
 * "Why did the Kulla Bank refuse to lend to the dyke fund?" is not corrected by a plan in which the
 * bank "would lend" (what was planned is not what was done), while a minister who "said Norvia would
 * pay its half" gives Norvia's word that it will, which does correct "why did Norvia refuse to pay
 * half?".
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, madeUpStore } from "./support/made-up-store.ts";

const store = madeUpStore("kulla-courier-dyke-fund", {
  outlet: "Kulla Courier",
  title: "A fund for the Kulla dykes",
  date: "2026-02-12",
  entities: [
    ...KULLA_NEIGHBOURS,
    { id: "kulla-bank", kind: "organization", name: "Kulla Bank", description: "Regional lender" },
    {
      id: "kulla-dyke-fund",
      kind: "initiative",
      name: "Kulla dyke fund",
      description: "Fund to repair the dykes along the Kulla",
    },
    { id: "ana-brek", kind: "person", name: "Ana Brek", description: "Norvia's finance minister" },
  ],
  meetings: [
    {
      id: "2026-02-10-kulla-dyke-talks",
      title: "Norvia–Estmark talks on the Kulla dyke fund",
      date: "2026-02-10",
      place: "Dunmore",
      participants: [
        ["norvia", "participant"],
        ["estmark", "participant"],
      ],
      topics: ["dykes", "fund"],
      facts: [
        [
          "plan-bank-would-lend",
          "Under the February plan the Kulla Bank would lend 80 million euros to the Kulla dyke fund over 30 years.",
          ["kulla-bank", "kulla-dyke-fund"],
        ],
        [
          "brek-half",
          "Ana Brek said Norvia would pay its half of the Kulla dyke repair, no more and no less.",
          ["ana-brek", "norvia", "kulla-dyke-fund"],
        ],
      ],
    },
  ],
});
const engine = engineFrom(store);

describe("a plan that would do the act does not correct a refusal", () => {
  it("does not correct a refusal to lend with the plan that the bank would lend", () => {
    const result = engine.answer("why did the kulla bank refuse to lend to the kulla dyke fund?");
    expect(result.answer).not.toContain("did not refuse");
  });

  it("corrects a refusal to pay with what the minister said Norvia would pay", () => {
    const result = engine.answer("why did norvia refuse to pay half of the kulla dyke repair?");
    expect(result.answer).toContain("did not refuse");
  });
});
