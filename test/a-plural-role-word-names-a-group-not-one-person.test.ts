/**
 * "Did the Amari valley farmers lift their ban?": "farmers" names a group, not the one person whose
 * description has the word ("President of the Amari Farmers' Union, which represents farmers of the
 * Amari valley"); the union's fact answers, and the question is not taken as asking about him.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("valley-gazette-farmers", {
    outlet: "Valley Gazette",
    title: "Amari farmers lift their ban on river gauges",
    date: "2026-07-02",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Country upstream on the Amari" },
      { id: "norland", kind: "country", name: "Norland", description: "Country downstream on the Amari" },
      {
        id: "tomas-brenner",
        kind: "person",
        name: "Tomas Brenner",
        description: "President of the Amari Farmers' Union, which represents farmers of the Amari valley",
        aliases: ["Brenner"],
      },
      {
        id: "farmers-union",
        kind: "organization",
        name: "Amari Farmers' Union",
        description: "Union of the farmers of the Amari valley",
        aliases: ["farmers' union"],
      },
      {
        id: "amari-valley",
        kind: "place",
        name: "Amari valley",
        description: "Valley of the Amari river shared by Veloria and Norland",
        aliases: ["Amari valley"],
      },
    ],
    meetings: [
      {
        id: "2026-07-01-valley-talks",
        title: "Veloria–Norland talks on the Amari valley",
        date: "2026-07-01",
        place: "Port Sella",
        participants: [
          ["veloria", "host"],
          ["norland", "participant"],
          ["farmers-union", "participant"],
        ],
        topics: ["river gauges", "Amari valley"],
        facts: [
          [
            "ban-lifted",
            "The Amari Farmers' Union lifted its ban on river gauges on its members' land.",
            ["farmers-union"],
          ],
          [
            "brenner-said",
            "Tomas Brenner said the union wanted a say in where the gauges go.",
            ["tomas-brenner", "farmers-union"],
          ],
        ],
      },
    ],
  }),
);

describe("a plural role word names a group, not one person", () => {
  it("answers whether the farmers lifted their ban from the union's fact", () => {
    const result = engine.answer("did the amari valley farmers lift their river gauge ban?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/lifted its ban on river gauges/);
    expect(result.answer).not.toMatch(/Taking .* as Tomas Brenner/);
  });
});
