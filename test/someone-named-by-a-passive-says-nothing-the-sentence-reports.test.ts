/**
 * "What did Olm say about postponing the hearing?" asks her words: "The tribunal, presided over by
 * Brigitte Olm, said it would postpone the hearing" is the tribunal's saying (or, with "agreed",
 * its doing), she only the agent of "presided". What she is reported saying answers; the
 * tribunal's words alone are refused.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const store = (withQuote: boolean) =>
  madeUpStore("amari-tribunal", {
    outlet: "Port Sella Courier",
    title: "Amari water hearing postponed",
    date: "2026-09-04",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      {
        id: "amari-tribunal",
        kind: "organization",
        name: "Amari Water Tribunal",
        description: "Arbitration tribunal in the Lake Amari water case",
      },
      {
        id: "brigitte-olm",
        kind: "person",
        name: "Brigitte Olm",
        description: "Lawyer presiding over the Amari Water Tribunal",
      },
    ],
    meetings: [
      {
        id: "2026-09-03-amari",
        title: "Amari Water Tribunal sitting",
        date: "2026-09-03",
        place: "Port Sella",
        participants: [["veloria", "host"]],
        topics: ["water"],
        facts: [
          [
            "tribunal-postponed",
            "The Amari Water Tribunal, presided over by Brigitte Olm, said on 3 September 2026 that it would postpone the water hearing.",
            ["amari-tribunal", "brigitte-olm"],
          ],
          ...(withQuote
            ? [
                [
                  "olm-said",
                  "Brigitte Olm said the water hearing was postponed so that both sides could file new evidence.",
                  ["brigitte-olm"],
                ] as [string, string, string[]],
              ]
            : []),
        ],
      },
    ],
  });

describe("someone named by a passive says nothing the sentence reports", () => {
  it("refuses what she said when the store has only the words of the tribunal she presided over", () => {
    const reply = engineFrom(store(false)).answer("what did brigitte olm say about postponing the hearing");
    expect(reply.answered).toBe(false);
  });

  it("answers with what she is reported saying", () => {
    const reply = engineFrom(store(true)).answer("what did brigitte olm say about postponing the hearing");
    expect(reply.answer).toContain("new evidence");
  });
});
