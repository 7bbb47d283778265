/**
 * "Who is the Fijian housing minister?" where the store says "Fiji's Minister of Infrastructure and
 * Housing": the people's adjective before a title of several words is the country's, as "Fiji's
 * housing minister" would be, and the title's words may stand apart in the post as written.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("reef-housing-fund", {
    outlet: "Pacific Ledger",
    title: "Fiji and Tonga set up a housing fund",
    date: "2026-08-12",
    entities: [
      { id: "fiji", kind: "country", name: "Fiji", description: "Island country in the Pacific" },
      { id: "tonga", kind: "country", name: "Tonga", description: "Island country in the Pacific" },
      { id: "nukualofa", kind: "place", name: "Nuku'alofa", description: "Capital of Tonga" },
      {
        id: "mere-tuilagi",
        kind: "person",
        name: "Mere Tuilagi",
        description:
          "Fiji's Minister of Infrastructure and Housing since June 2026, succeeding Paula Naivalu",
      },
      {
        id: "sione-fifita",
        kind: "person",
        name: "Sione Fifita",
        description: "Tonga's Minister of Lands and Natural Resources",
      },
    ],
    meetings: [
      {
        id: "2026-08-11-nukualofa-housing-talks",
        title: "Fiji–Tonga housing fund talks in Nuku'alofa",
        date: "2026-08-11",
        place: "Nuku'alofa",
        participants: [
          ["fiji", "participant"],
          ["tonga", "participant"],
          ["mere-tuilagi", "head of delegation"],
          ["sione-fifita", "head of delegation"],
        ],
        topics: ["housing", "fund"],
        facts: [
          [
            "tuilagi-signed",
            "Mere Tuilagi signed the reef fund charter for Fiji; she became Minister of Infrastructure and Housing in a cabinet reshuffle in June 2026.",
            ["mere-tuilagi", "fiji"],
          ],
          [
            "fifita-signed",
            "Sione Fifita signed the reef fund charter for Tonga.",
            ["sione-fifita", "tonga"],
          ],
        ],
      },
    ],
  }),
);

describe("a title after a people's adjective", () => {
  it("is the country's post, its words said apart", () => {
    const result = engine.answer("who is the fijian housing minister?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Tuilagi/);
  });

  it("still refuses a post the country's people do not hold", () => {
    expect(engine.answer("who is the tongan housing minister?").answer).not.toMatch(/Tuilagi/);
  });
});
