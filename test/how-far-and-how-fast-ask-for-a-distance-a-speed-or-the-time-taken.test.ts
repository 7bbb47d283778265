/**
 * "How far does the pipeline run?", "how fast will the trains go?", "how quickly does a truck clear
 * customs?": the measure word asks for a figure of its kind, which a fact gives without the word
 * ("runs about 180 kilometres", "at 70 km/h", "in about 50 minutes"). "How far … from X?" needs a
 * distance from (or of) somewhere, not any length; "how fast" with a verb of motion (WordNet's
 * verb.motion) asks a speed, so the hours a trip takes do not answer it.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("river-post-pipeline", {
    outlet: "River Post",
    title: "Norvia and Castelia agree a water pipeline and a border railway",
    date: "2026-09-12",
    entities: [
      { id: "norvia", kind: "country", name: "Norvia", description: "Country upstream" },
      { id: "castelia", kind: "country", name: "Castelia", description: "Country downstream" },
      { id: "olmo", kind: "place", name: "Olmo", description: "Town in Norvia" },
      { id: "brea", kind: "place", name: "Brea", description: "Town in Castelia" },
      {
        id: "olmo-pipeline",
        kind: "initiative",
        name: "Olmo water pipeline",
        description: "Water pipeline from Olmo to Brea",
        aliases: ["the pipeline"],
      },
    ],
    meetings: [
      {
        id: "2026-09-11-olmo-talks",
        title: "Norvia–Castelia water and rail talks in Olmo",
        date: "2026-09-11",
        place: "Olmo",
        participants: [
          ["norvia", "host"],
          ["castelia", "participant"],
        ],
        topics: ["water pipeline", "railway"],
        facts: [
          [
            "pipeline-length",
            "The Olmo water pipeline would run about 180 kilometres from a pumping station at Olmo to the reservoir at Brea.",
            ["olmo-pipeline", "olmo", "brea"],
          ],
          [
            "trains-speed",
            "Under the plan, the border freight trains will run at 70 km/h instead of 40.",
            ["norvia", "castelia"],
          ],
          [
            "trip-time",
            "The passenger trip from Olmo to Brea by rail will take about three hours.",
            ["olmo", "brea"],
          ],
          [
            "customs-time",
            "A truck now clears customs at the Olmo border post in about 50 minutes on average.",
            ["olmo"],
          ],
        ],
      },
    ],
  }),
);

describe("how far and how fast ask for a distance, a speed or the time taken", () => {
  it("answers how far a pipeline runs with the kilometres it runs", () => {
    const result = engine.answer("how far does the olmo water pipeline run from olmo to brea?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("180 kilometres");
  });

  it("answers how fast trains will go with their speed", () => {
    const result = engine.answer("how fast will the border freight trains go under the plan?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("70 km/h");
  });

  it("answers how quickly a truck clears customs with the time it takes", () => {
    const result = engine.answer("how quickly does a truck clear customs at the olmo border post?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("50 minutes");
  });

  it("does not answer how fast a passenger train goes with how long the trip takes", () => {
    expect(engine.answer("how fast will the passenger train from olmo to brea go?").answered).toBe(false);
  });

  it("does not answer how fast the passenger train is with how long the trip takes", () => {
    expect(engine.answer("how fast is the passenger train from olmo to brea?").answered).toBe(false);
  });

  it("does not answer how far Brea is from Olmo with a length that is no distance from anywhere", () => {
    expect(engine.answer("how far is the border freight railway from brea?").answered).toBe(false);
  });
});
