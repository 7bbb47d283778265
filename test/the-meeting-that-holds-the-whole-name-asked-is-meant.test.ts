/**
 * "Which countries are in the Dravo firefighting aircraft pool now?": of the meetings that hold one
 * of the pool's names, those that hold it as long as the question says it are meant (the latest
 * of them), not another story's meeting whose record only says "the aircraft pool". Said in one
 * word ("the committee"), every meeting that has the word is as good as another.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("dravo-herald-aircraft-pool", {
    outlet: "Dravo Herald",
    title: "Lirac joins the Dravo firefighting aircraft pool",
    date: "2026-11-26",
    entities: [
      { id: "norvia", kind: "country", name: "Norvia", description: "Country west of the Dravo hills" },
      { id: "estmark", kind: "country", name: "Estmark", description: "Country east of the Dravo hills" },
      { id: "lirac", kind: "country", name: "Lirac", description: "Country north of the Dravo hills" },
      { id: "tarsh", kind: "country", name: "Tarsh", description: "Country of the Sello mountains" },
      { id: "quell", kind: "country", name: "Quell", description: "Country of the Sello mountains" },
      {
        id: "dravo-pool",
        kind: "initiative",
        name: "Dravo firefighting aircraft pool",
        description:
          "Pool of firefighting aircraft based at Dravo, set up by Norvia and Estmark and joined by Lirac",
        aliases: ["aircraft pool", "Dravo pool"],
      },
      {
        id: "kai-orm",
        kind: "person",
        name: "Kai Orm",
        description: "Commander of the Dravo firefighting aircraft pool",
      },
      { id: "ula-fenn", kind: "person", name: "Ula Fenn", description: "Tarsh's Minister of Forests" },
    ],
    meetings: [
      {
        id: "2026-02-10-dravo-pool-talks",
        title: "Norvia–Estmark talks on the Dravo firefighting aircraft pool in Dravo",
        date: "2026-02-10",
        place: "Dravo",
        participants: [
          ["kai-orm", "Commander of the Dravo firefighting aircraft pool"],
          ["norvia", "host"],
          ["estmark", "participant"],
        ],
        topics: ["firefighting aircraft pool", "wildfires"],
        facts: [
          [
            "pool-set-up",
            "Norvia and Estmark agreed on 10 February 2026 to set up the Dravo firefighting aircraft pool.",
            ["norvia", "estmark", "dravo-pool"],
          ],
        ],
      },
      {
        id: "2026-11-12-dravo-pool-lirac-joins",
        title: "Meeting in Dravo, with Lirac joining the aircraft pool",
        date: "2026-11-12",
        place: "Dravo",
        participants: [
          ["kai-orm", "Commander of the Dravo firefighting aircraft pool"],
          ["norvia", "host"],
          ["estmark", "participant"],
          ["lirac", "new member of the aircraft pool"],
        ],
        topics: ["firefighting aircraft pool", "wildfires"],
        facts: [
          [
            "lirac-joins",
            "Lirac joined the Dravo firefighting aircraft pool on 12 November 2026.",
            ["lirac", "dravo-pool"],
          ],
        ],
      },
      {
        id: "2026-11-24-sello-forest-meeting",
        title: "Sello forest ministers' meeting on firefighting aircraft",
        date: "2026-11-24",
        place: "Sello",
        participants: [
          ["ula-fenn", "Tarsh's Minister of Forests; chaired the meeting"],
          ["tarsh", "host"],
          ["quell", "member; refused to join the aircraft pool"],
        ],
        topics: ["firefighting aircraft", "forests"],
        facts: [
          [
            "sello-lease",
            "The Sello forest ministers agreed to lease four water-bombing aircraft for 2027–2030.",
            ["tarsh", "quell"],
          ],
        ],
      },
    ],
  }),
);

describe("the meeting that holds the whole name asked is meant", () => {
  it("answers with the parties of the pool's latest meeting, not another story's", () => {
    const result = askedIn(engine, "which countries are in the dravo firefighting aircraft pool now?");
    expect(result.answered).toBe(true);
    for (const name of ["Norvia", "Estmark", "Lirac"]) expect(result.answer).toContain(name);
    expect(result.answer).not.toContain("Tarsh");
  });
});
