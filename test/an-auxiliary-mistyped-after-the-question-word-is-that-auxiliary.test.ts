/**
 * "how much dose the trial cost now", "when wil the ship be delivered", "how much dos Veloria owe
 * Norland": right after its opening words a question has its auxiliary, and a word one keystroke
 * from one there, with the subject after it, is that auxiliary mistyped. Read as typed, "dose" is
 * a word the fact must have and "wil" leaves the question without its future. A real word read
 * that way must be letters dropped, added or swapped, not a key beside another ("gas" stays gas).
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("amari-vaccine-trial", {
    outlet: "Port Sella Herald",
    title: "Veloria and Norland widen the Amari vaccine trial",
    date: "2026-11-16",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
      {
        id: "amari-trial",
        kind: "initiative",
        name: "Amari vaccine trial",
        description: "Joint trial of a fever vaccine run by Veloria and Norland",
      },
      {
        id: "rv-selka",
        kind: "other",
        name: "RV Selka",
        description: "Research ship Veloria and Norland are having built",
      },
    ],
    meetings: [
      {
        id: "2026-11-15-amari",
        title: "Amari vaccine trial steering meeting",
        date: "2026-11-15",
        place: "Port Sella",
        participants: [
          ["veloria", "host"],
          ["norland", "participant"],
        ],
        topics: ["vaccine", "trial"],
        facts: [
          [
            "trial-budget",
            "The new grant brings the total budget of the Amari vaccine trial to 8.6 million dollars.",
            ["amari-trial"],
          ],
          [
            "trial-doses",
            "Each volunteer of the Amari vaccine trial receives two doses six months apart.",
            ["amari-trial"],
          ],
          [
            "veloria-owes",
            "Veloria still owes Norland about 4.1 million dollars for the trial's laboratory.",
            ["veloria", "norland", "amari-trial"],
          ],
          [
            "selka-delivery",
            "The RV Selka is due to be delivered in the first half of 2028.",
            ["rv-selka"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("an auxiliary mistyped after the question word is that auxiliary", () => {
  it("reads 'how much dose the trial cost' as 'does'", () => {
    expect(engine.answer("how much dose the amari vaccine trial cost now").answer).toContain("8.6 million");
  });

  it("reads 'dos' as 'does' before a name", () => {
    expect(engine.answer("how much dos veloria still owe norland").answer).toContain("4.1 million");
  });

  it("keeps the future of 'when wil …'", () => {
    expect(engine.answer("when wil the rv selka be delivered").answer).toContain("2028");
  });

  it("does not read a key struck beside another as an auxiliary", () => {
    expect(engine.answer("how much gas the amari trial uses").answered).toBe(false);
  });
});
