/**
 * "How long is the trial meant to run?" is not answered by "the trial was to be led by Dr. Varela,
 * a virologist who has run field trials since 2018": the span is said in a relative clause about
 * someone else. Nor is "since when has Orlov had the job?" answered by "talks led by Orlov … and
 * Brandt, Minister of Fisheries since 2023": the time follows another person's name. A clause about
 * the one asked, in the question's words or of their post, still says it ("Brandt, who has chaired
 * the council since 2023"; "replacing Kessel, who had held the post since 2019"), and so does the
 * day of a handover for the one who took over ("succeeded Kessel as minister in March 2024").
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("harbour-ledger-trial", {
    outlet: "Harbour Ledger",
    title: "Norvane and Estria start a fever vaccine trial",
    date: "2026-05-12",
    entities: [
      { id: "norvane", kind: "country", name: "Norvane", description: "Coastal country" },
      { id: "estria", kind: "country", name: "Estria", description: "Island country" },
      {
        id: "fever-trial",
        kind: "initiative",
        name: "Coral fever vaccine trial",
        description: "Joint trial of a coral fever vaccine run by Norvane and Estria",
        aliases: ["fever trial", "vaccine trial"],
      },
      {
        id: "tide-council",
        kind: "organization",
        name: "Tide Council",
        description: "Joint fisheries council of Norvane and Estria",
      },
      { id: "ilse-varela", kind: "person", name: "Ilse Varela", description: "Norvanian virologist" },
      {
        id: "pavel-orlov",
        kind: "person",
        name: "Pavel Orlov",
        description: "Norvane's Minister of the Sea",
      },
      {
        id: "greta-brandt",
        kind: "person",
        name: "Greta Brandt",
        description: "Estria's Minister of Fisheries; chairs the Tide Council",
      },
      {
        id: "marek-kessel",
        kind: "person",
        name: "Marek Kessel",
        description: "Former Minister of Health of Estria",
      },
      {
        id: "lena-sorel",
        kind: "person",
        name: "Lena Sorel",
        description: "Estria's Minister of Health",
      },
    ],
    meetings: [
      {
        id: "2026-05-11-trial-talks",
        title: "Norvane–Estria talks on the coral fever vaccine trial",
        date: "2026-05-11",
        place: "Port Lumen",
        participants: [
          ["pavel-orlov", "Norvane's Minister of the Sea"],
          ["greta-brandt", "Estria's Minister of Fisheries"],
        ],
        topics: ["vaccine trial", "fisheries"],
        facts: [
          [
            "trial-lead",
            "The coral fever vaccine trial was to be led by Ilse Varela, a Norvanian virologist who has run field trials since 2018.",
            ["fever-trial", "ilse-varela"],
            null,
          ],
          [
            "talks-led",
            "The talks were led by Pavel Orlov, Norvane's Minister of the Sea, and Greta Brandt, Estria's Minister of Fisheries since 2023.",
            ["pavel-orlov", "greta-brandt", "norvane", "estria"],
          ],
          [
            "council-chair",
            "The Tide Council met under Greta Brandt, who has chaired the council since 2024.",
            ["tide-council", "greta-brandt"],
            null,
          ],
          [
            "health-minister",
            "Lena Sorel succeeded Marek Kessel as Estria's Minister of Health in March 2024.",
            ["lena-sorel", "marek-kessel", "estria"],
            null,
          ],
          [
            "kessel-post",
            "Estria sent its Minister of Health, Lena Sorel, replacing Marek Kessel, who had held the post since 2019.",
            ["lena-sorel", "marek-kessel", "estria"],
          ],
        ],
      },
    ],
  }),
);

describe("a time in someone else's clause is not the time asked", () => {
  it("does not take a span from a relative clause about someone else for the trial's", () => {
    const result = engine.answer("how long is the fever trial meant to run?");
    expect(result.answer).not.toMatch(/since 2018/);
  });

  it("does not take the time after another person's name for the one asked", () => {
    const result = engine.answer("since when has pavel orlov been minister of the sea?");
    expect(result.answer).not.toMatch(/since 2023/);
  });

  it("still takes a clause about the one asked, in the question's words", () => {
    const result = engine.answer("since when has greta brandt chaired the tide council?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/since 2024/);
  });

  it("still takes a clause that says the post of the one asked", () => {
    const result = engine.answer("since when had marek kessel held the health job?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/since 2019/);
  });

  it("gives the day of a handover to the one who took over", () => {
    const result = engine.answer("how long has lena sorel been estria's minister of health?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/March 2024/);
  });
});
