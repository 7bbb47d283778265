/**
 * "When did they put out the final report?": a two-word verb whose object is a message or a
 * writing ("report", "statement") means the verbs of telling it may mean ("publish", "issue"),
 * not its commonest sense ("put out" as troubling someone), which would find no fact.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("fisheries-review-report", {
    outlet: "Port Sella Gazette",
    title: "Fisheries review finds fewer boats",
    date: "2026-10-02",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      { id: "norland", kind: "country", name: "Norland", description: "Island country" },
      {
        id: "amari-review",
        kind: "initiative",
        name: "Amari fisheries review",
        description: "Joint Veloria–Norland review of fishing on Lake Amari",
      },
    ],
    meetings: [
      {
        id: "2026-09-30-review",
        title: "Amari fisheries review report",
        date: "2026-09-30",
        place: "Port Sella",
        participants: [
          ["veloria", "participant"],
          ["norland", "participant"],
        ],
        topics: ["fishing", "review"],
        facts: [
          [
            "report-published",
            "The final report of the Amari fisheries review was published on 30 September 2026.",
            ["amari-review"],
          ],
          [
            "fewer-boats",
            "The Amari fisheries review counted 310 fishing boats on Lake Amari, 40 fewer than in 2024.",
            ["amari-review"],
          ],
        ],
      },
    ],
  }),
);

describe("a two-word verb done to a report is read as telling", () => {
  it("reads 'put out the final report' as publishing it", () => {
    const result = engine.answer("when did they put out the final report of the amari fisheries review");
    expect(result.answer).toContain("30 September 2026");
  });
});
