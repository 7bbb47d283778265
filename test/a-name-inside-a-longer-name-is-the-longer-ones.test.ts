/**
 * "Who runs the Vell cable?" of "The Vell cable is run by the Osk-Brel Cable Authority, a body owned
 * by the governments of Osk and Brel": who runs it is the authority. "Osk" inside its name is a word
 * of the authority's name, not Osk named as who does anything.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("tide-post-vell-cable", {
    outlet: "Tide Post",
    title: "The Vell cable restored",
    date: "2026-04-20",
    entities: [
      { id: "osk", kind: "country", name: "Osk", description: "An island country" },
      { id: "brel", kind: "country", name: "Brel", description: "Osk's neighbour" },
      {
        id: "vell-cable",
        kind: "initiative",
        name: "Vell cable",
        description: "An undersea cable between Osk and Brel",
      },
      {
        id: "obca",
        kind: "organization",
        name: "Osk-Brel Cable Authority",
        description: "The body that runs the Vell cable",
        aliases: ["OBCA"],
      },
    ],
    meetings: [
      {
        id: "2026-04-19-osk-brel-cable-call",
        title: "Osk–Brel call on the Vell cable",
        date: "2026-04-19",
        place: "Osk",
        participants: [
          ["osk", "participant"],
          ["brel", "participant"],
        ],
        topics: ["cable"],
        facts: [
          [
            "run-by",
            "The Vell cable was laid in 2019 and is run by the Osk-Brel Cable Authority (OBCA), a body owned equally by the governments of Osk and Brel.",
            ["vell-cable", "obca", "osk", "brel"],
          ],
        ],
      },
    ],
  }),
);

describe("a name inside a longer name is the longer one's", () => {
  it("answers who runs it with the body, not a country whose name is inside the body's", () => {
    const result = engine.answer("who runs the vell cable?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/^Osk-Brel Cable Authority\./);
  });
});
