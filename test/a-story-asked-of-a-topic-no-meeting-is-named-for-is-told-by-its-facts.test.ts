/**
 * "What's the story with the unpaid wages in Vesk?": an overview asked of a topic that no meeting's
 * title or topics name is told by the facts that carry the topic's own words (the complaint, the
 * reason the wages were late), not by the one sentence nearest the question. Facts that only share
 * a name ("Vesk") stay out, and a story of a topic the store never speaks of is still refused.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("castel-labour-post", {
    outlet: "Castel Labour Post",
    title: "The first Norvik seasonal workers arrive",
    date: "2026-06-11",
    entities: [
      ...norvikAndCastel(),
      { id: "vesk", kind: "place", name: "Vesk", description: "Farming county of Castel" },
      {
        id: "workers-association",
        kind: "organization",
        name: "Norvik Workers' Association",
        description: "Association of Norvik workers in Castel",
      },
    ],
    meetings: [
      {
        id: "2026-05-08-workers-arrive",
        title: "First Norvik seasonal workers arrive in Castel",
        date: "2026-05-08",
        place: "Harbour Airport",
        participants: [
          ["norvik", "participant"],
          ["castel", "host"],
        ],
        topics: ["arrival", "welfare centre"],
        facts: [
          [
            "association",
            "The unpaid-wage complaint was brought by the Norvik Workers' Association, whose chair said some workers had been lent money for food.",
            ["workers-association"],
            null,
          ],
          [
            "complaint",
            "37 Norvik seasonal workers at a fish farm in Vesk complained that they had not been paid their May wages.",
            ["norvik", "vesk"],
            null,
          ],
          [
            "reason",
            "Castel's labour ministry said the wages were late because the Vesk farm had registered the workers three weeks late.",
            ["castel", "vesk"],
            null,
          ],
          [
            "desk",
            "A second welfare desk for the Norvik workers will open in Vesk in July 2026.",
            ["vesk", "norvik"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("a story asked of a topic no meeting is named for is told by its facts", () => {
  it("tells the complaint and the reason beside the nearest fact", () => {
    const result = engine.answer("what's the story with the unpaid wages of norvik workers in vesk?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("37 Norvik seasonal workers");
    expect(result.answer).toContain("registered the workers three weeks late");
    expect(result.answer).not.toContain("welfare desk");
  });

  it("still answers a plain question with its one fact", () => {
    const result = engine.answer("how many norvik workers complained about their wages in vesk?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("37");
    expect(result.answer).not.toContain("lent money");
  });

  it("still refuses the story of a topic the store never speaks of", () => {
    expect(engine.answer("what's the story with the volcano in vesk?").answered).toBe(false);
  });
});
