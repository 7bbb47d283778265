/**
 * "When did the Tarn valley flood happen?" is answered as well by "in July 2025 a glacial lake
 * burst above the Tarn valley, and the flood killed seven people" as by "two lakes above the Tarn
 * valley, where a flood killed seven people in July 2025, need stations first": both give the same
 * month, so they back each other up rather than leave the answer undecided.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("mountain-post-flood", {
    outlet: "Mountain Post",
    title: "Norvane and Estria plan a glacial flood warning system",
    date: "2026-09-24",
    entities: [
      { id: "norvane", kind: "country", name: "Norvane", description: "Mountain country" },
      { id: "estria", kind: "country", name: "Estria", description: "Mountain country" },
      {
        id: "tarn-flood",
        kind: "event",
        name: "Tarn valley flood",
        description: "Glacial lake flood in the Tarn valley in July 2025",
        aliases: ["Tarn flood"],
      },
      { id: "ada-kerim", kind: "person", name: "Ada Kerim", description: "Glaciologist of Estria" },
    ],
    meetings: [
      {
        id: "2026-09-23-flood-talks",
        title: "Norvane–Estria glacial flood talks in Orla",
        date: "2026-09-23",
        place: "Orla",
        participants: [
          ["norvane", "party"],
          ["estria", "party"],
        ],
        topics: ["glacial lakes", "flood warning"],
        facts: [
          [
            "burst",
            "In July 2025 a glacial lake burst above the Tarn valley, and the flood killed seven people and destroyed 40 houses.",
            ["tarn-flood"],
            null,
          ],
          [
            "stations-first",
            "Glaciologist Ada Kerim said two lakes above the Tarn valley, where a flood killed seven people in July 2025, needed stations first.",
            ["tarn-flood", "ada-kerim"],
          ],
        ],
      },
    ],
  }),
);

describe("facts that give the same month back each other up for when", () => {
  it("answers when the flood happened with the month both give", () => {
    const result = engine.answer("when did the tarn valley flood happen?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/July 2025/);
  });
});
