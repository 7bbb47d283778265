/**
 * "who is nayef al-buqamy?": a slip in a name that stems as the name does ("buqamy" and "buqami"
 * both stem to "buqami") found the person's statements but not the person, so "who is" was read
 * as a question about what he said. The slip is read as the name's word, and the member gets who
 * the person is.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("gulf-drill", {
    outlet: "Corniche Ledger",
    title: "Naval drill ends with a call for a joint command",
    date: "2026-10-15",
    entities: [
      {
        id: "norland",
        kind: "country",
        name: "Norland",
        description: "Coastal country on the Gulf of Sella",
      },
      {
        id: "tariq-al-mardawi",
        kind: "person",
        name: "Tariq Al-Mardawi",
        description: "Rear Admiral, commander of Norland's Western Fleet",
      },
    ],
    meetings: [
      {
        id: "2026-10-14-sella-drill",
        title: "Sella naval drill",
        date: "2026-10-14",
        place: "Port Sella",
        participants: [
          ["norland", "host"],
          ["tariq-al-mardawi", "participant"],
        ],
        topics: ["navy", "drill"],
        facts: [
          [
            "mardawi-command",
            "Tariq Al-Mardawi said Norland would raise the idea of a permanent joint naval command again.",
            ["tariq-al-mardawi", "norland"],
          ],
        ],
      },
    ],
  }),
);

describe("a name misspelt into its own stem is still the person", () => {
  it("answers who the person is", () => {
    expect(engine.answer("who is tariq al-mardawy").answer).toContain("Western Fleet");
  });
});
