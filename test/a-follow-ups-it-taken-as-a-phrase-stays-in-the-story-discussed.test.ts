/**
 * "How long is it?" right after "what is the first work planned at the Tarn reservoir?": "it" is
 * taken as "the first work", words that name nothing of the store, yet still the first work of
 * the story being discussed, not another story's "first works" that a fact gives a time for.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("two-works", {
    outlet: "Tarn Valley Courier",
    title: "Works begin on a reservoir and a quay",
    date: "2026-04-12",
    entities: [
      ...norvikAndCastel(),
      { id: "velmar", kind: "country", name: "Velmar", description: "Island country in the Grey Gulf" },
      { id: "estmark", kind: "country", name: "Estmark", description: "Coastal country on the Grey Gulf" },
      {
        id: "tarn-reservoir",
        kind: "place",
        name: "Tarn Reservoir",
        description: "Reservoir on the Tarn river",
      },
      {
        id: "ostra-quay",
        kind: "other",
        name: "Ostra quay",
        description: "Shared quay in Estmark's harbour",
      },
    ],
    meetings: [
      {
        id: "2026-04-10-tarn-start",
        title: "Start of works on the Tarn Reservoir",
        date: "2026-04-10",
        place: "Norvik",
        participants: [
          ["norvik", "host"],
          ["castel", "participant"],
        ],
        topics: ["reservoir", "resettlement"],
        facts: [
          [
            "tarn-first-work",
            "The engineers said the first task at the Tarn Reservoir would be to dig a spillway channel 2.3 kilometres long.",
            ["tarn-reservoir"],
            undefined,
            ["first work", "planned"],
          ],
          [
            "tarn-cost",
            "The Tarn Reservoir will cost 900 million euros.",
            ["tarn-reservoir", "norvik", "castel"],
          ],
        ],
      },
      {
        id: "2026-04-11-ostra-talks",
        title: "Velmar–Estmark talks on the Ostra quay",
        date: "2026-04-11",
        place: "Velmar",
        participants: [
          ["velmar", "host"],
          ["estmark", "participant"],
        ],
        topics: ["quay", "harbour"],
        facts: [
          [
            "ostra-first-works",
            "Under the quay agreement Velmar will send 30 engineers to the first works on the Ostra quay for the first two years.",
            ["ostra-quay", "velmar", "estmark"],
          ],
        ],
      },
    ],
  }),
);

describe("a follow-up's 'it', taken as words that name nothing, stays in the story discussed", () => {
  it("answers 'how long is it?' after the first work at the reservoir from the reservoir's facts", () => {
    const result = askedIn(engine, "how long is it", "what was the first work planned on the tarn reservoir");
    expect(result.answer).not.toContain("Ostra");
    expect(result.answer).toContain("2.3 kilometres");
  });
});
