/**
 * "What happened to her in October?" after a question about a delegate whose only meetings the
 * store tells were in March and April: the latest of them is not what happened in October, so the
 * bot says it has no fact rather than recapping the April meeting. Asked of a month one of her
 * meetings was held in, that meeting is still told.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("salt-marsh-talks", {
    outlet: "Elm Sea Gazette",
    title: "Salt marsh talks go on",
    date: "2026-04-20",
    entities: [
      ...norvikAndCastel(),
      {
        id: "ilse-varga",
        kind: "person",
        name: "Ilse Varga",
        description: "Director of Norvik's wetlands office; led the Norvik delegation",
      },
      {
        id: "tomas-rell",
        kind: "person",
        name: "Tomas Rell",
        description: "Castel's deputy minister of environment; led the Castel delegation",
      },
      {
        id: "brae-marsh",
        kind: "place",
        name: "Brae salt marsh",
        description: "Salt marsh on the Elm Sea coast",
      },
    ],
    meetings: [
      {
        id: "2026-03-12-brae-talks",
        title: "Norvik–Castel talks on the Brae salt marsh in Norvik",
        date: "2026-03-12",
        place: "Norvik",
        participants: [
          ["norvik", "host"],
          ["castel", "participant"],
          ["ilse-varga", "led the Norvik delegation"],
          ["tomas-rell", "led the Castel delegation"],
        ],
        topics: ["salt marsh", "protected area"],
        facts: [
          [
            "brae-first",
            "Ilse Varga and Tomas Rell agreed in Norvik to map the Brae salt marsh together.",
            ["ilse-varga", "tomas-rell", "brae-marsh"],
          ],
        ],
      },
      {
        id: "2026-04-18-brae-second",
        title: "Second round of Norvik–Castel talks on the Brae salt marsh in Castel",
        date: "2026-04-18",
        place: "Castel",
        participants: [
          ["castel", "host"],
          ["norvik", "participant"],
          ["ilse-varga", "led the Norvik delegation"],
          ["tomas-rell", "led the Castel delegation"],
        ],
        topics: ["salt marsh", "protected area"],
        facts: [
          [
            "brae-second-map",
            "At the second round, Ilse Varga presented a map of the Brae salt marsh covering 2,400 hectares.",
            ["ilse-varga", "brae-marsh"],
          ],
        ],
      },
    ],
  }),
);

describe("what happened to someone in a month is not their meeting of another month", () => {
  it("does not recap the April meeting for 'what happened to her in october?'", () => {
    const result = askedIn(engine, "what happened to her in october?", "who led the norvik delegation?");
    expect(result.answer).not.toContain("2,400 hectares");
    expect(result.answered).toBe(false);
  });

  it("still tells the meeting of the month asked", () => {
    const result = askedIn(engine, "what happened to her in april?", "who led the norvik delegation?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("18 April 2026");
  });
});
