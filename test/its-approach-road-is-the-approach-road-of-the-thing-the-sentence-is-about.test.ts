/**
 * "How far is the Norwegian approach road to the Kessel bridge?" is answered by "Norway pays the
 * larger share of the Kessel bridge because its approach road, 3.1 kilometres long, is longer than
 * …": in a sentence about Norway (its subject), "its approach road" is Norway's, as "the Norwegian
 * approach road" is, so the sentence holds the pair the question asks and gives its length; a
 * sentence that only names the road beside the bridge gives none. Another country's "its" is not
 * the one asked.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kessel-bridge", {
    outlet: "River Post",
    title: "Norway and Sweden agree a bridge at Kessel",
    date: "2026-06-20",
    entities: [
      { id: "norway", kind: "country", name: "Norway", description: "Country on the river" },
      { id: "sweden", kind: "country", name: "Sweden", description: "Country on the river" },
      {
        id: "kessel-bridge",
        kind: "other",
        name: "Kessel bridge",
        description: "Road bridge planned at Kessel",
      },
      { id: "kessel", kind: "place", name: "Kessel", description: "River town on the border" },
      { id: "ana-lund", kind: "person", name: "Ana Lund", description: "Mayor of Kessel" },
    ],
    meetings: [
      {
        id: "2026-06-18-kessel-talks",
        title: "Norway–Sweden bridge talks in Kessel",
        date: "2026-06-18",
        place: "Kessel",
        participants: [
          ["norway", "host"],
          ["sweden", "participant"],
        ],
        topics: ["river crossing"],
        facts: [
          [
            "larger-share",
            "Norway pays the larger share of the Kessel bridge because its approach road, 3.1 kilometres long, is longer than the 900-metre road on the Swedish side.",
            ["norway", "sweden", "kessel-bridge"],
          ],
          [
            "landing",
            "Ana Lund said the old ferry landing in Kessel lies on the line of the Norwegian approach road of the Kessel bridge.",
            ["ana-lund", "kessel", "kessel-bridge"],
          ],
          [
            "swedish-ramp",
            "Sweden will rebuild its approach ramp before the Kessel bridge opens.",
            ["sweden", "kessel-bridge"],
          ],
        ],
      },
    ],
  }),
);

describe("'its approach road' is the approach road of the thing the sentence is about", () => {
  it("answers how far the Norwegian approach road runs from the sentence about Norway's share", () => {
    const result = engine.answer("how far is the norwegian approach road to the kessel bridge?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/3\.1 kilometres/);
  });

  it("does not take Sweden's 'its approach ramp' for a Norwegian one", () => {
    const result = engine.answer("when will norway rebuild the norwegian approach ramp?");
    expect(result.answer).not.toMatch(/Sweden will rebuild/);
  });
});
