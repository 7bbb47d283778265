/**
 * "What did the Finnish diplomat say she would do?" asks about one person: the one the store
 * describes as a Finnish diplomat. "Diplomat", "official", "leader" are words for anyone, but with
 * a country's adjective before them and exactly one person described so, they read as that person,
 * as "the Finnish foreign minister" does: not as any Finn of another story who said something.
 * With nobody described so, the words stay a kind of person, as before.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("saimaa-seal-panel", {
    outlet: "Lakeland Courier",
    title: "A new envoy for the Saimaa seal panel; Finland and Chile talk salmon",
    date: "2026-09-14",
    entities: [
      { id: "finland", kind: "country", name: "Finland", description: "Nordic country" },
      { id: "chile", kind: "country", name: "Chile", description: "South American country" },
      {
        id: "seal-panel",
        kind: "organization",
        name: "Saimaa Seal Panel",
        description: "Panel of lake towns protecting the Saimaa ringed seal",
      },
      {
        id: "aino-rautio",
        kind: "person",
        name: "Aino Rautio",
        description: "Finnish diplomat; envoy of the Saimaa Seal Panel since 1 September 2026",
      },
      {
        id: "veikko-lampinen",
        kind: "person",
        name: "Veikko Lampinen",
        description: "Finland's Minister of Trade",
      },
      {
        id: "ines-saavedra",
        kind: "person",
        name: "Inés Saavedra",
        description: "Chile's Minister of Fisheries",
      },
    ],
    meetings: [
      {
        id: "2026-09-10-seal-panel-envoy",
        title: "Saimaa Seal Panel names a new envoy in Savonlinna",
        date: "2026-09-10",
        place: "Savonlinna",
        participants: [
          ["seal-panel", "named the envoy"],
          ["aino-rautio", "new envoy"],
        ],
        topics: ["seals"],
        facts: [
          [
            "rautio-promise",
            "Aino Rautio said she would walk every shore of the lake before writing a single rule.",
            ["aino-rautio", "seal-panel"],
          ],
        ],
      },
      {
        id: "2026-08-20-salmon-talks",
        title: "Finland and Chile hold salmon trade talks in Turku",
        date: "2026-08-20",
        place: "Turku",
        participants: [
          ["finland", "host"],
          ["chile", "guest"],
          ["veikko-lampinen", "led Finland's side"],
          ["ines-saavedra", "led Chile's side"],
        ],
        topics: ["salmon", "trade"],
        facts: [
          [
            "lampinen-wait",
            "Veikko Lampinen said Finland would wait for the salmon survey before cutting its tariff.",
            ["veikko-lampinen", "finland", "chile"],
          ],
          [
            "saavedra-quote",
            "Inés Saavedra said Chile would send its salmon inspectors to Turku in the spring.",
            ["ines-saavedra", "chile", "finland"],
          ],
        ],
      },
    ],
  }),
);

describe("a demonym and a word for anyone is the one person described so", () => {
  it("answers what the Finnish diplomat said with her own words, not another Finn's", () => {
    const result = askedIn(engine, "what did the finnish diplomat say she would do");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/walk every shore/);
    expect(result.answer).not.toMatch(/salmon survey/);
  });

  it("still asks about any Finn where nobody is described as the Finnish official", () => {
    const result = askedIn(engine, "what did the finnish official say about the salmon survey");
    expect(result.answer).not.toMatch(/walk every shore/);
  });
});
