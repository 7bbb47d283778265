/**
 * "Who led the talks in Darra?": a fact of the Darra signing holds what it tells as done in
 * Darra, but not a clause of someone's earlier doings elsewhere in it ("Tam Sik became minister …,
 * replacing Rai Mol, who had held the post since 2024 and led the talks in Lumen in February"):
 * Rai Mol led nothing in Darra.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-power-deal-darra", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel sign a power deal",
    date: "2026-11-19",
    entities: [
      { id: "norvik", kind: "country", name: "Norvik", description: "A country on the Elm Sea" },
      { id: "castel", kind: "country", name: "Castel", description: "A neighbouring country" },
      { id: "lumen", kind: "place", name: "Lumen", description: "Capital of Norvik" },
      { id: "darra", kind: "place", name: "Darra", description: "Capital of Castel" },
      {
        id: "rai-mol",
        kind: "person",
        name: "Rai Mol",
        description: "Castel's Minister of Power from 2024 to April 2026",
      },
      {
        id: "tam-sik",
        kind: "person",
        name: "Tam Sik",
        description: "Castel's Minister of Power since April 2026",
      },
    ],
    meetings: [
      {
        id: "2026-02-10-power-talks-lumen",
        title: "Norvik–Castel power talks in Lumen",
        date: "2026-02-10",
        place: "Lumen, Norvik",
        participants: [
          ["norvik", "host"],
          ["rai-mol", "head of the Castel delegation"],
        ],
        topics: ["power", "tariff"],
        facts: [["mol-led", "Rai Mol led the Castel delegation at the Lumen talks.", ["rai-mol", "castel"]]],
      },
      {
        id: "2026-11-18-power-signing-darra",
        title: "Signing of the Norvik–Castel power agreement in Darra",
        date: "2026-11-18",
        place: "Darra, Castel",
        participants: [
          ["castel", "host"],
          ["tam-sik", "signed for Castel"],
        ],
        topics: ["power", "tariff"],
        facts: [
          [
            "sik-replaced-mol",
            "Tam Sik became Castel's Minister of Power on 9 April 2026, replacing Rai Mol, who had held the post since 2024 and led the talks in Lumen in February.",
            ["tam-sik", "rai-mol", "castel"],
          ],
          ["signed", "Norvik and Castel signed the power agreement in Darra.", ["norvik", "castel"]],
        ],
      },
    ],
  }),
);

describe("a clause of earlier doings elsewhere", () => {
  it("is not held where the question asks", () => {
    const result = engine.answer("who led the talks in darra?");
    expect(result.answer).not.toMatch(/^Rai Mol/);
  });

  it("still leaves the meeting where they were done", () => {
    const result = engine.answer("who led the castel delegation in lumen?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Rai Mol");
  });
});
