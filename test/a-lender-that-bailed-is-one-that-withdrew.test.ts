/**
 * "Who's paying for the railway after the bank bailed?", "why did the bank bail on the line?": in
 * chat, bailing on something is pulling out of it, so the facts that say the bank withdrew answer.
 * WordNet's "bail" is bail money, water bailed out of a boat or a rescue: "bailed out" and "bail"
 * as money are read as typed.
 */
import { describe, expect, it } from "vitest";
import { understand } from "../src/engine/understand.ts";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("lirac-railway", {
    outlet: "Lirac Harbour Ledger",
    title: "A regional fund replaces the bank that withdrew from the Lirac railway",
    date: "2026-07-02",
    entities: [
      { id: "norvane", kind: "country", name: "Norvane", description: "Coastal country" },
      { id: "estria", kind: "country", name: "Estria", description: "Landlocked country" },
      {
        id: "lirac-railway",
        kind: "initiative",
        name: "Lirac railway upgrade",
        description: "Upgrade of the railway between Norvane and Estria",
        aliases: ["Lirac railway"],
      },
      {
        id: "harbour-bank",
        kind: "organization",
        name: "Harbour Infrastructure Bank",
        description: "Development lender that was to lend 500 million euros to the Lirac railway upgrade",
        aliases: ["HIB"],
      },
      {
        id: "coast-fund",
        kind: "organization",
        name: "West Coast Infrastructure Fund",
        description: "Regional fund backed by pension funds",
      },
    ],
    meetings: [
      {
        id: "2026-06-30-railway-financing",
        title: "Norvane–Estria talks on the Lirac railway financing",
        date: "2026-06-30",
        place: "Port Lumen",
        participants: [
          ["norvane", "host"],
          ["estria", "participant"],
        ],
        facts: [
          [
            "bank-withdrew",
            "The Harbour Infrastructure Bank withdrew its 500-million-euro loan for the Lirac railway upgrade in June 2026, after a review of the project's costs.",
            ["harbour-bank", "lirac-railway"],
          ],
          [
            "fund-lends",
            "The West Coast Infrastructure Fund will lend 350 million euros for the Lirac railway upgrade in place of the Harbour Infrastructure Bank.",
            ["coast-fund", "lirac-railway", "harbour-bank"],
          ],
        ],
      },
    ],
  }),
);

const words = (question: string) => understand(question, engine.base).plan.words;

describe("a lender that bailed is one that withdrew", () => {
  it("reads bailing, and bailing on something, as withdrawing", () => {
    expect(words("the harbour bank bailed?? why")).toContain("withdraw");
    expect(words("why did the harbour bank bail on the lirac railway?")).toEqual(
      expect.arrayContaining(["withdraw", "from"]),
    );
    expect(engine.answer("wait the harbour bank bailed?? why").answer).toMatch(/withdrew|review/);
  });

  it("keeps a rescue and bail money as typed", () => {
    expect(words("was the harbour bank bailed out?")).not.toContain("withdraw");
    expect(words("who paid the bail?")).not.toContain("withdraw");
  });
});
