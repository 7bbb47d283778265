/**
 * "Who's Indonesia's new chief negotiator in the rice talks?" asks for one of Indonesia's people.
 * Vietnam's negotiator, whose description says the talks are "with Indonesia", is not one of them:
 * a fact that names neither ("the two chief negotiators hoped …") is not answered with her name.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("hanoi-ledger-rice-talks", {
    outlet: "Hanoi Ledger",
    title: "Rice talks open in Hanoi",
    date: "2026-05-22",
    entities: [
      { id: "vietnam", kind: "country", name: "Vietnam", description: "Southeast Asian country" },
      { id: "indonesia", kind: "country", name: "Indonesia", description: "Southeast Asian country" },
      {
        id: "lan-do",
        kind: "person",
        name: "Lan Do",
        description:
          "Deputy Minister of Industry and Trade of Vietnam since August 2024; Vietnam's chief negotiator in the rice talks with Indonesia",
      },
      {
        id: "agus-prasetyo",
        kind: "person",
        name: "Agus Prasetyo",
        description:
          "Director General of Trade Negotiations at Indonesia's Ministry of Trade from March 2023 until 3 August 2026, and until then Indonesia's chief negotiator in the rice talks with Vietnam; replaced by Sri Wulandari",
      },
      {
        id: "sri-wulandari",
        kind: "person",
        name: "Sri Wulandari",
        description:
          "Director General of Trade Negotiations at Indonesia's Ministry of Trade since August 2026, replacing Agus Prasetyo; Indonesia's chief negotiator in the rice talks with Vietnam",
      },
    ],
    meetings: [
      {
        id: "2026-05-20-rice-talks",
        title: "First round of the Vietnam–Indonesia rice talks",
        date: "2026-05-20",
        place: "Hanoi",
        participants: [
          ["vietnam", "party"],
          ["indonesia", "party"],
        ],
        topics: ["rice", "trade"],
        facts: [
          [
            "lan-do-hopes",
            "The two chief negotiators hoped to conclude the rice talks in three rounds.",
            ["lan-do", "agus-prasetyo", "vietnam", "indonesia"],
          ],
        ],
      },
    ],
  }),
);

describe("who is a country's negotiator is one of its people", () => {
  it("names Vietnam's chief negotiator when asked for Vietnam's", () => {
    const result = engine.answer("who is vietnam's chief negotiator in the rice talks?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Lan Do");
  });

  it("does not give Vietnam's chief negotiator as Indonesia's", () => {
    const result = engine.answer("who's indonesia's new chief negotiator in the rice talks?");
    expect(result.answer).not.toMatch(/^Lan Do/);
  });
});
