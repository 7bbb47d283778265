/**
 * "Until when does the power sale agreement run?" is not answered by "the agreement runs from
 * June to November each year, when Norvane sells 150 megawatts": a time of year that comes back every
 * year says when in the year, neither where the agreement ends nor where it starts. The fact that
 * says its years ("covers the five years from 2027 to 2031") answers; and "from when does Norvane sell 200 megawatts?"
 * asks where that starts ("from June 2027"), as "when does it start?" does.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("grid-courier-power", {
    outlet: "Grid Courier",
    title: "Norvane and Estria sign a power sale agreement",
    date: "2026-06-12",
    entities: [
      { id: "norvane", kind: "country", name: "Norvane", description: "Mountain country with hydropower" },
      { id: "estria", kind: "country", name: "Estria", description: "Lowland country short of power" },
      {
        id: "power-sale-agreement",
        kind: "initiative",
        name: "Norvane–Estria power sale agreement",
        description: "Agreement under which Norvane sells hydropower to Estria",
        aliases: ["power sale agreement"],
      },
    ],
    meetings: [
      {
        id: "2026-06-10-power-signing",
        title: "Signing of the Norvane–Estria power sale agreement",
        date: "2026-06-10",
        place: "Lumen",
        participants: [
          ["norvane", "seller"],
          ["estria", "buyer"],
        ],
        topics: ["electricity trade", "hydropower"],
        facts: [
          [
            "season",
            "The power sale agreement runs from June to November each year, when Norvane sells 150 megawatts to Estria.",
            ["norvane", "estria", "power-sale-agreement"],
            null,
          ],
          [
            "years",
            "The power sale agreement covers the five years from 2027 to 2031 and was signed on 10 June 2026 in Lumen.",
            ["power-sale-agreement"],
          ],
          [
            "raise",
            "Norvane and Estria agreed to raise the power sold under the agreement to 200 megawatts from June 2027.",
            ["norvane", "estria", "power-sale-agreement"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("a time of year that comes back each year is no start or end", () => {
  it("answers until when the agreement runs with its years, not the months of each year", () => {
    const result = engine.answer("until when does the power sale agreement run?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/2031/);
    expect(result.answer).not.toMatch(/June to November each year/);
  });

  it("answers from when with where it starts", () => {
    const result = engine.answer("from when does norvane sell 200 megawatts to estria?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/June 2027/);
  });

  it("does not give the months of each year as where selling starts", () => {
    const result = engine.answer("from when does norvane sell 150 megawatts to estria?");
    expect(result.answer).not.toMatch(/June to November each year/);
  });
});
