/**
 * "Tell me about Velmar joining the Kulla gauge network": an act asked to be told about is told by
 * the facts of its meeting that name the doer and what it joined (who signed, what it brings), not
 * only by the sentence that says it joined. A question that asks one thing of the act ("when did
 * Velmar join …?") is still answered by that one fact, and facts of the meeting about something
 * else the doer did stay out.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kulla-wire-gauges", {
    outlet: "Kulla Wire",
    title: "Velmar joins the Kulla gauge network",
    date: "2026-11-06",
    entities: [
      ...KULLA_NEIGHBOURS,
      {
        id: "kulla-gauges",
        kind: "initiative",
        name: "Kulla gauge network",
        description: "Shared network of river gauges on the Kulla",
      },
      {
        id: "kulla-ferry",
        kind: "initiative",
        name: "Kulla ferry",
        description: "Ferry across the Kulla at Dunmore",
      },
      {
        id: "ida-roen",
        kind: "person",
        name: "Ida Roen",
        description: "Director-General for Water at Velmar's Ministry of Environment",
      },
    ],
    meetings: [
      {
        id: "2026-11-04-kulla-session",
        title: "Third session of the Norvia–Estmark Kulla commission; Velmar joins the gauge network",
        date: "2026-11-04",
        place: "Dunmore",
        participants: [
          ["norvia", "host"],
          ["estmark", "participant"],
          ["velmar", "joined the gauge network"],
          ["ida-roen", "signed Velmar's accession"],
        ],
        topics: ["gauge network", "accession"],
        facts: [
          [
            "velmar-joins",
            "Velmar joined the Kulla gauge network on 4 November 2026.",
            ["velmar", "kulla-gauges"],
          ],
          [
            "roen-signed",
            "Ida Roen signed Velmar's accession to the gauge network at the Dunmore session.",
            ["ida-roen", "velmar", "kulla-gauges"],
          ],
          [
            "velmar-seven-gauges",
            "Velmar will add seven gauges on its stretch of the Kulla, bringing the network to 29.",
            ["velmar", "kulla-gauges"],
          ],
          [
            "velmar-ferry",
            "Velmar asked for a second ferry at Dunmore, and the request was not answered.",
            ["velmar", "kulla-ferry"],
          ],
        ],
      },
    ],
  }),
);

describe("telling about an act gives what its meeting says of it", () => {
  it("tells who signed and what the joiner brings beside the joining itself", () => {
    const result = engine.answer("tell me about velmar joining the kulla gauge network");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("joined the Kulla gauge network");
    expect(result.answer).toContain("Ida Roen");
    expect(result.answer).toContain("seven gauges");
    // Another thing the joiner asked for at the meeting is not the act told about.
    expect(result.answer).not.toContain("second ferry");
  });

  it("still answers when it joined with the one fact", () => {
    const result = engine.answer("when did velmar join the kulla gauge network?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("4 November 2026");
    expect(result.answer).not.toContain("Ida Roen");
  });
});
