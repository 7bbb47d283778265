/**
 * "Did they ever settle the pesticide thing?" right after the overview that told how the pesticide
 * dispute was settled: a yes or no of what was just told, answered from that fact when no reading of
 * "they" as the meeting's five people finds one; not when the fact told does not have what it asks.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-locust-pesticide", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel sign a locust deal",
    date: "2026-09-17",
    entities: [
      { id: "norvik", kind: "country", name: "Norvik", description: "A country on the Elm Sea" },
      { id: "castel", kind: "country", name: "Castel", description: "A neighbouring country" },
      { id: "ida-marn", kind: "person", name: "Ida Marn", description: "Norvik's Minister of Agriculture" },
      {
        id: "oskar-vell",
        kind: "person",
        name: "Oskar Vell",
        description: "Castel's Minister of Agriculture",
      },
      {
        id: "pia-lund",
        kind: "person",
        name: "Pia Lund",
        description: "Envoy of Velmar, the patrols' donor",
      },
      { id: "sam-orr", kind: "person", name: "Sam Orr", description: "Governor of Norvik's coastal region" },
      {
        id: "eva-tamm",
        kind: "person",
        name: "Eva Tamm",
        description: "Entomologist who led the locust survey",
      },
      { id: "velmar", kind: "country", name: "Velmar", description: "A country upstream" },
      { id: "tarsa", kind: "country", name: "Tarsa", description: "A country on the Tarn river" },
      {
        id: "locust-patrols",
        kind: "initiative",
        name: "Elm locust patrols",
        description: "Joint patrols against desert locusts",
      },
    ],
    meetings: [
      {
        id: "2026-09-16-locust-signing-vessa",
        title: "Signing of the Norvik–Castel locust agreement in Vessa",
        date: "2026-09-16",
        place: "Vessa",
        participants: [
          ["ida-marn", "Minister of Agriculture of Norvik (host)"],
          ["oskar-vell", "Minister of Agriculture of Castel"],
          ["pia-lund", "donor"],
          ["sam-orr", "speaker"],
          ["eva-tamm", "speaker"],
        ],
        topics: ["locusts", "pesticides"],
        facts: [
          [
            "pesticide-compromise",
            "The pesticide dispute was settled with a compromise: only a fungus pesticide will be sprayed within 25 kilometres of the coast, and chemical ones further inland.",
            ["norvik", "castel", "locust-patrols"],
          ],
          [
            "signed",
            "Norvik and Castel signed an agreement in Vessa to fight desert locusts together.",
            ["norvik", "castel", "locust-patrols"],
          ],
        ],
      },
      {
        id: "2026-05-20-velmar-tarsa-farm-talks-tarn",
        title: "Velmar–Tarsa farm talks in Tarn",
        date: "2026-05-20",
        place: "Tarn",
        participants: [
          ["velmar", "host"],
          ["tarsa", "participant"],
        ],
        topics: ["farming"],
        facts: [
          [
            "tarn-pesticide",
            "Velmar and Tarsa settled their dispute over pesticide spraying along the Tarn river.",
            ["velmar", "tarsa"],
          ],
        ],
      },
    ],
  }),
);

describe("a yes or no of what was just told", () => {
  it("is answered from the fact just shown", () => {
    const result = askedIn(
      engine,
      "did they ever settle the pesticide thing?",
      "what happened at the vessa signing?",
    );
    expect(result.answered).toBe(true);
    expect(result.reading).toContain("what was just said");
    expect(result.answer).toContain("settled with a compromise");
  });

  it("is not answered from it when it asks of something the fact does not tell", () => {
    const result = askedIn(
      engine,
      "did they ever settle the fishing quarrel?",
      "what happened at the vessa signing?",
    );
    expect(result.answered).toBe(false);
  });
});
