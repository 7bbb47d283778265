/**
 * "What's the latest on the Ubra charter?": the charter is named in the title of the meeting that
 * set out to carry it out, but a later council, of no story the curators tied to that meeting,
 * revised what the charter had agreed. A document or project that takes part in no meeting is
 * where its newest meeting's facts leave it: that council is the latest on it.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("ubra-charter", {
    outlet: "Skarn Courier",
    title: "The Ubra charter's year",
    date: "2026-10-14",
    entities: [
      ...norvikAndCastel(),
      {
        id: "skarn-secretariat",
        kind: "organization",
        name: "Skarn Secretariat",
        description: "Secretariat of the Skarn coast countries",
      },
      {
        id: "skarn-council",
        kind: "organization",
        name: "Skarn Council of Ministers",
        description: "Council of the Skarn coast countries' ministers",
      },
      {
        id: "ubra-charter",
        kind: "initiative",
        name: "Ubra charter",
        description: "Charter of the Skarn coast countries on storm buoys, adopted in Ubra",
        aliases: ["Ubra charter"],
      },
    ],
    meetings: [
      {
        id: "2026-05-19-charter-plan",
        title: "Skarn Secretariat publishes the Ubra charter's plan in Vesk",
        date: "2026-05-19",
        place: "Vesk",
        participants: [
          ["skarn-secretariat", "published the plan"],
          ["norvik", "member"],
        ],
        topics: ["plan", "deadlines"],
        facts: [
          [
            "plan",
            "The Skarn Secretariat published a plan with deadlines for carrying out the Ubra charter.",
            ["skarn-secretariat", "ubra-charter"],
          ],
        ],
      },
      {
        id: "2026-10-13-council",
        title: "Skarn Council of Ministers in Lorn",
        date: "2026-10-13",
        place: "Lorn",
        participants: [
          ["skarn-council", "met"],
          ["castel", "host"],
        ],
        topics: ["buoys", "cost revised"],
        facts: [
          [
            "buoys-raised",
            "The Skarn Council of Ministers raised the number of storm buoys agreed in the Ubra charter to 54 from 48.",
            ["skarn-council", "ubra-charter"],
          ],
        ],
      },
    ],
  }),
);

describe("the latest on a document is the newest meeting that speaks of it", () => {
  it("tells the council that revised the charter, not the meeting whose title names it", () => {
    const result = engine.answer("what's the latest on the ubra charter?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Skarn Council of Ministers in Lorn");
    expect(result.answer).not.toContain("publishes the Ubra charter's plan");
  });

  it("still recaps the meeting whose title names it when the latest is not asked", () => {
    const result = engine.answer("what happened at the meeting on the ubra charter's plan?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("publishes the Ubra charter's plan");
  });
});
