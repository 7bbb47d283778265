/**
 * "when is mekala-1 launchng now", "how much does the rekha 1 satelite cost", "wut happened w the
 * 2nd payment", "when did marrow stepp down": a name with its number is that name whether its
 * letters slip or the number is typed apart ("Rekha-1" is read "rekha1", as the store writes it);
 * an ordinal in digits is the word the facts write ("second"); a letter struck twice is the word
 * without it ("step", not "steppe"). Names and numbers the store does not have are still refused.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("rekha-satellite", {
    outlet: "Port Sella Herald",
    title: "Veloria and Norland put back the Rekha-1 launch",
    date: "2026-11-16",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
      {
        id: "rekha-1",
        kind: "initiative",
        name: "Rekha-1",
        description: "Earth-observation satellite built by Norland for Veloria",
        aliases: ["Rekha-1 satellite", "Rekha 1"],
      },
      {
        id: "steppe-daily",
        kind: "organization",
        name: "Steppe Daily",
        description: "News outlet of Norland",
      },
      {
        id: "ilse-marrow",
        kind: "person",
        name: "Ilse Marrow",
        description: "Former head of Veloria's space agency",
      },
    ],
    meetings: [
      {
        id: "2026-11-15-rekha",
        title: "Rekha-1 steering committee meeting",
        date: "2026-11-15",
        place: "Port Sella",
        participants: [
          ["veloria", "participant"],
          ["norland", "host"],
        ],
        topics: ["satellite", "space"],
        facts: [
          ["rekha-date", "The new launch date of Rekha-1 is 23 February 2027.", ["rekha-1"]],
          [
            "rekha-cost",
            "Veloria will pay 112 million US dollars of the cost of the Rekha-1 project.",
            ["rekha-1", "veloria"],
          ],
          [
            "second-payment",
            "Veloria has postponed the second payment for Rekha-1 to January 2027.",
            ["veloria", "rekha-1"],
          ],
          [
            "marrow-left",
            "Ilse Marrow stepped down on 30 September 2026 after being appointed to a post in Norland.",
            ["ilse-marrow", "norland"],
            "2026-09-30",
          ],
          ["steppe-report", "The talks were reported by the news outlet Steppe Daily.", ["steppe-daily"]],
        ],
      },
    ],
  }),
);

describe("a numbered name or an ordinal typed loosely is still what the store says", () => {
  it("reads a numbered name whose letters slipped as that name", () => {
    expect(engine.answer("when is rekah-1 launchng now").answer).toContain("23 February 2027");
  });

  it("reads a numbered name typed with a space as that name", () => {
    expect(engine.answer("how much does the rekha 1 satelite cost veloria").answer).toContain("112");
  });

  it("reads an ordinal in digits as the word the facts write", () => {
    expect(engine.answer("wut happened w the 2nd rekha payment lol").answer).toContain("postponed");
  });

  it("reads a letter struck twice as the word without it", () => {
    expect(engine.answer("when did marrow stepp down").answer).toContain("30 September 2026");
  });

  it("still refuses a number or an ordinal the store does not have", () => {
    expect(engine.answer("when is rekah-2 launching now").answered).toBe(false);
    expect(engine.answer("wut happened w the 3rd rekha payment lol").answered).toBe(false);
  });
});
