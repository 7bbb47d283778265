/**
 * "What did Eva Tamm say in April?": a fact of a meeting held in April tells what was said in April,
 * though its sentence does not say the month. The month asked counts as met by such a fact, a little
 * below one that says the month in so many words; not by a fact that names another month, nor by one
 * of a meeting held in another month (which the date asked rules out).
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-locust-months", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel on the locust survey",
    date: "2026-09-17",
    entities: [
      { id: "norvik", kind: "country", name: "Norvik", description: "A country on the Elm Sea" },
      { id: "castel", kind: "country", name: "Castel", description: "A neighbouring country" },
      {
        id: "eva-tamm",
        kind: "person",
        name: "Eva Tamm",
        description: "Castel entomologist who led the locust survey",
      },
    ],
    meetings: [
      {
        id: "2026-04-15-locust-talks-vessa",
        title: "First round of Norvik–Castel locust talks in Vessa",
        date: "2026-04-15",
        place: "Vessa, Norvik",
        participants: [
          ["norvik", "host"],
          ["castel", "participant"],
          ["eva-tamm", "speaker"],
        ],
        topics: ["locusts", "survey"],
        facts: [
          [
            "tamm-passports",
            'Eva Tamm said: "The locusts do not carry passports, and neither should our data."',
            ["eva-tamm"],
            null,
          ],
        ],
      },
      {
        id: "2026-09-16-locust-signing-tarn",
        title: "Signing of the Norvik–Castel locust agreement in Tarn",
        date: "2026-09-16",
        place: "Tarn, Castel",
        participants: [
          ["castel", "host"],
          ["norvik", "participant"],
          ["eva-tamm", "speaker"],
        ],
        topics: ["locusts", "survey"],
        facts: [
          [
            "tamm-swarms",
            "Eva Tamm said the survey found swarms on 40 kilometres of coast.",
            ["eva-tamm"],
            null,
          ],
          [
            "survey-planned",
            "The survey agreed in April covered the coast between Vessa and Tarn.",
            ["norvik", "castel"],
            null,
          ],
          ["teams-april", "In April Norvik asked for ten more survey teams.", ["norvik"], null],
          ["data-april", "Castel had promised in April to share its survey data.", ["castel"], null],
          ["budget-april", "The budget set in April was 3 million euros.", ["norvik", "castel"], null],
        ],
      },
    ],
  }),
);

describe("a month asked", () => {
  it("is met by a fact of a meeting held that month", () => {
    const result = engine.answer("what did eva tamm say in april?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("passports");
    expect(result.answer).not.toContain("swarms");
  });

  it("is not met by a meeting of another month", () => {
    const result = engine.answer("what did eva tamm say in june?");
    expect(result.answer).not.toContain("passports");
  });
});
