/**
 * "How many Chileans visited Peru?" is not answered by "18,300 Peruvians entered Chile": the
 * number counts another country's people, named by their country as the ones asked are. A count of
 * the people asked still answers, and so does the other one when it is the one asked.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

// Real countries, for "Chileans" and "Peruvians" are read through the countries dataset's demonyms.
const engine = engineFrom(
  madeUpStore("lima-herald-visa-free", {
    outlet: "Lima Herald",
    title: "Visa-free travel between Chile and Peru",
    date: "2026-11-12",
    entities: [
      { id: "chile", kind: "country", name: "Chile", description: "A country in South America" },
      { id: "peru", kind: "country", name: "Peru", description: "A country in South America" },
    ],
    meetings: [
      {
        id: "2026-11-10-consular-commission",
        title: "Chile–Peru consular commission",
        date: "2026-11-10",
        place: "Arica",
        participants: [
          ["chile", "participant"],
          ["peru", "participant"],
        ],
        topics: ["visas", "travel"],
        facts: [
          [
            "entries",
            "From 15 June to 31 October 2026, 18,300 Peruvians entered Chile visa-free.",
            ["peru", "chile"],
          ],
        ],
      },
    ],
  }),
);

describe("a count of one country's people is not told by another's", () => {
  it("does not count Chileans with a number of Peruvians", () => {
    expect(
      engine.answer("how many chileans travelled to peru between june 15 and october 31?").answer,
    ).not.toMatch(/18,300/);
  });

  it("counts the people asked", () => {
    expect(
      engine.answer("how many peruvians travelled to chile between june 15 and october 31?").answer,
    ).toMatch(/18,300/);
  });
});
