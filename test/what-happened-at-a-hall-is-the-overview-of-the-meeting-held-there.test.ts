/**
 * "What happened at the Dunmore Riverside Hall in June?" where the meeting's record has only the
 * town, Dunmore, and one of its facts says it was held at the hall: the hall is where the meeting
 * was, so the question asks for that meeting's overview, not for the one fact that names the hall.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, madeUpStore } from "./support/made-up-store.ts";

const store = madeUpStore("kulla-courier-session", {
  outlet: "Kulla Courier",
  title: "Kulla commission meets in Dunmore",
  date: "2026-06-27",
  entities: [
    ...KULLA_NEIGHBOURS,
    {
      id: "dunmore-riverside-hall",
      kind: "place",
      name: "Dunmore Riverside Hall",
      description: "Hall in Dunmore on the Kulla",
    },
    {
      id: "kulla-commission",
      kind: "organization",
      name: "Kulla River Commission",
      description: "Joint commission of Norvia and Estmark on the Kulla",
    },
  ],
  meetings: [
    {
      id: "2026-06-25-kulla-commission-dunmore",
      title: "Fourth session of the Kulla River Commission: flood gauges and a fish ladder",
      date: "2026-06-25",
      place: "Dunmore",
      participants: [
        ["norvia", "participant"],
        ["estmark", "participant"],
        ["kulla-commission", "convener"],
      ],
      topics: ["flood gauges", "fish ladder"],
      summary:
        "At its fourth session the Kulla River Commission agreed on twelve new flood gauges and a fish ladder at the Dunmore weir.",
      facts: [
        [
          "held-at-hall",
          "The Kulla River Commission held its fourth session on 25 June 2026 at the Dunmore Riverside Hall.",
          ["kulla-commission", "dunmore-riverside-hall", "dunmore"],
        ],
        [
          "gauges",
          "Norvia and Estmark agreed to install twelve new flood gauges on the Kulla.",
          ["norvia", "estmark", "kulla-commission"],
        ],
        [
          "ladder",
          "Estmark will pay for a fish ladder at the Dunmore weir.",
          ["estmark", "dunmore", "kulla-commission"],
        ],
      ],
    },
  ],
});
const engine = engineFrom(store);

describe("what happened at a hall is the overview of the meeting held there", () => {
  it("recaps the meeting a fact puts at the hall, in the town its record names", () => {
    const result = engine.answer("what happened at the dunmore riverside hall in june?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Fourth session of the Kulla River Commission");
    expect(result.answer).toContain("twelve new flood gauges");
  });
});
