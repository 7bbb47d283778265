/**
 * "yo who signed the kessa desal deal lol", "whos the norland energy min rn":
 * words clipped in chat ("desal", "enviro", "yr") are the words they stand for, and a clipped
 * "min" stays a minister with "rn" (right now) after it; "velor fishermen" are Veloria's, a
 * country's name clipped as its people say it ("trini"). Questions nearby still get no answer
 * they do not have.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kessa-desalination", {
    outlet: "Port Sella Herald",
    title: "Veloria and Norland sign the Kessa desalination agreement",
    date: "2026-11-16",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
      { id: "kessa", kind: "place", name: "Kessa", description: "Coastal town in Norland" },
      {
        id: "kessa-deal",
        kind: "initiative",
        name: "Kessa desalination agreement",
        description: "Agreement of November 2026 to build a desalination plant at Kessa",
        aliases: ["Kessa deal"],
      },
      {
        id: "ilse-marrow",
        kind: "person",
        name: "Ilse Marrow",
        description: "Norland's Minister of Energy",
      },
      {
        id: "tomas-brenn",
        kind: "person",
        name: "Tomas Brenn",
        description: "Veloria's Minister of Water",
      },
    ],
    meetings: [
      {
        id: "2026-11-15-kessa",
        title: "Signing of the Kessa desalination agreement",
        date: "2026-11-15",
        place: "Kessa",
        participants: [
          ["veloria", "participant"],
          ["norland", "host"],
          ["ilse-marrow", "participant"],
          ["tomas-brenn", "participant"],
        ],
        topics: ["water", "desalination"],
        facts: [
          [
            "kessa-signed",
            "Tomas Brenn, Veloria's Minister of Water, signed the Kessa desalination agreement for Veloria.",
            ["tomas-brenn", "veloria", "kessa-deal"],
          ],
          [
            "energy-minister",
            "Ilse Marrow became Norland's Minister of Energy in October 2026.",
            ["ilse-marrow", "norland"],
            "2026-10-01",
          ],
          [
            "boat-fee",
            "Velorian fishermen pay Norland a licence fee of 400 US dollars per boat per year.",
            ["veloria", "norland"],
          ],
          [
            "plant-output",
            "The Kessa plant will produce 40,000 cubic metres of drinking water a day for Norland and Veloria.",
            ["kessa-deal", "norland", "veloria"],
          ],
        ],
      },
    ],
  }),
);

describe("chat shorthand is read as the words it stands for", () => {
  it("reads a clipped 'desal' as 'desalination'", () => {
    expect(engine.answer("yo who signed the kessa desal deal for veloria lol").answer).toContain("Brenn");
  });

  it("reads 'min rn' as the minister now", () => {
    expect(engine.answer("whos the norland energy min rn").answer).toContain("Marrow");
  });

  it("reads a country's name clipped as its people say it ('velor') as that country", () => {
    expect(engine.answer("how much do velor fishermen pay norland per boat").answer).toContain("400");
  });

  it("still refuses what the store does not say, however it is typed", () => {
    expect(engine.answer("whos the norland health min rn").answered).toBe(false);
    expect(engine.answer("how much did the kessa desal plant cost lol").answered).toBe(false);
    // A clipped name of a country the store does not know is no other country.
    expect(engine.answer("how much do trini fishermen pay norland per boat").answered).toBe(false);
  });
});
