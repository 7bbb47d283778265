/**
 * "What did the Bulgarians refuse?": a demonym's plural (from the `world-countries` dataset's
 * demonyms) names the country's people, and stands for the country as the adjective does ("the
 * Bulgarian minister"). A country the store has no entity for is still refused by its people's
 * name ("the Norwegians"), as by its adjective.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("mountain-park", {
    outlet: "Balkan Ledger",
    title: "Bulgaria and Serbia sign a mountain park accord",
    date: "2026-06-03",
    entities: [
      { id: "bulgaria", kind: "country", name: "Bulgaria", description: "Country in the Balkans" },
      { id: "serbia", kind: "country", name: "Serbia", description: "Country in the Balkans" },
      { id: "ruen", kind: "place", name: "Ruen", description: "Peak on the border" },
    ],
    meetings: [
      {
        id: "2026-06-02-park-talks",
        title: "Bulgaria–Serbia mountain park talks",
        date: "2026-06-02",
        place: "Kyustendil",
        participants: [
          ["bulgaria", "host"],
          ["serbia", "participant"],
        ],
        topics: ["park", "border"],
        facts: [
          [
            "bulgaria-refused",
            "Bulgaria refused to open a hikers' crossing at Ruen all year round, saying it had too few border police in winter.",
            ["bulgaria", "ruen"],
          ],
          ["serbia-pays", "Serbia will pay 0.8 million euros for the park's rangers.", ["serbia"]],
        ],
      },
    ],
  }),
);

describe("a demonym's plural is its country's people", () => {
  it("reads 'the Bulgarians' as Bulgaria", () => {
    expect(engine.answer("What did the Bulgarians refuse at Ruen?").answer).toContain("hikers' crossing");
  });

  it("reads 'the Serbians' as Serbia", () => {
    expect(engine.answer("How much are the Serbians paying?").answer).toContain("0.8 million euros");
  });

  it("refuses the people of a country the store does not know", () => {
    expect(engine.answer("What did the Norwegians refuse at Ruen?").answered).toBe(false);
  });
});
