/**
 * "When did Boreal Shield 2026 begin?" of an exercise held in two phases: "the second phase of
 * Boreal Shield 2026 began on 8 June" tells when the second phase started, not the exercise, which
 * starts with its first. Asked of the second phase by its count, that sentence still answers.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("boreal-shield-phases", {
    outlet: "Arctic Courier",
    title: "Norway and Sweden hold the Boreal Shield 2026 naval exercise",
    date: "2026-06-10",
    entities: [
      { id: "norway", kind: "country", name: "Norway", description: "Nordic country" },
      { id: "sweden", kind: "country", name: "Sweden", description: "Nordic country" },
      {
        id: "kari-holm",
        kind: "person",
        name: "Kari Holm",
        description: "Exercise director of Boreal Shield 2026",
      },
      {
        id: "boreal-shield-2026",
        kind: "initiative",
        name: "Boreal Shield 2026",
        aliases: ["Boreal Shield"],
        description: "Joint Norwegian–Swedish naval exercise held in two phases in 2026",
      },
    ],
    meetings: [
      {
        id: "2026-06-08-boreal-shield-second-phase",
        title: "Second phase of the Boreal Shield 2026 naval exercise off Bergen",
        date: "2026-06-08",
        place: "Bergen",
        participants: [["kari-holm", "Exercise director of Boreal Shield 2026"]],
        facts: [
          [
            "second-phase-began",
            "The second phase of Boreal Shield 2026, hosted by Norway, began on 8 June 2026 off Bergen.",
            ["boreal-shield-2026", "norway"],
          ],
        ],
      },
    ],
  }),
);

describe("a thing of several parts does not start when a later part does", () => {
  it("does not answer when the whole started with the start of its second phase", () => {
    expect(askedIn(engine, "when did boreal shield 2026 begin?").answer).not.toMatch(/8 June/);
  });

  it("still answers when the second phase began", () => {
    expect(askedIn(engine, "when did the second phase of boreal shield 2026 begin?").answer).toMatch(
      /8 June/,
    );
  });
});
