/**
 * "List the crops where the board lifted its quotas": "where" right after the noun a list asks for
 * opens that noun's clause; the crops are asked, not a place. The fact that lists them answers, not
 * the place of its meeting. A noun that is a place itself ("name the towns where …") still asks where.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("crop-quotas", {
    outlet: "Skarn Courier",
    title: "Farm board eases quotas",
    date: "2026-06-03",
    entities: [
      ...norvikAndCastel(),
      {
        id: "farm-board",
        kind: "organization",
        name: "Skarn Farm Board",
        description: "Joint farm board of Norvik and Castel",
        aliases: ["SFB"],
      },
    ],
    meetings: [
      {
        id: "2026-06-01-board-ubra",
        title: "Skarn Farm Board eases its crop quotas in Ubra",
        date: "2026-06-01",
        place: "Ubra",
        participants: [
          ["farm-board", "the board that met"],
          ["norvik", "member"],
          ["castel", "member"],
        ],
        topics: ["crop quotas"],
        facts: [
          [
            "crops",
            "The Skarn Farm Board is lifting its quotas on three crops: barley, flax and rye.",
            ["farm-board"],
          ],
        ],
      },
    ],
  }),
);

describe("a 'where' after the noun a list asks for is no where-question", () => {
  it("lists the crops, not where the board met", () => {
    const result = engine.answer("list the crops where the sfb lifted its quotas");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("barley, flax and rye");
    expect(result.answer).not.toMatch(/^In Ubra/);
  });
});
