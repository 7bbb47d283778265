/**
 * "What did Vale say at the first board meeting?" asks Vale's words there: the first meeting's
 * overview, which lists him among those present, does not say them, nor does what the chair said.
 * What he is reported saying answers; with nothing he said, the question is refused.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const store = (withQuote: boolean) =>
  madeUpStore("amari-board", {
    outlet: "Port Sella Courier",
    title: "Amari trust board meets for the first time",
    date: "2026-06-23",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Island country" },
      {
        id: "amari-trust",
        kind: "organization",
        name: "Amari Trust",
        description: "Trust fund for the reefs of Lake Amari",
      },
      { id: "oren-vale", kind: "person", name: "Oren Vale", description: "Board member of the Amari Trust" },
      {
        id: "mira-sol",
        kind: "person",
        name: "Mira Sol",
        description: "Chair of the board of the Amari Trust",
      },
    ],
    meetings: [
      {
        id: "2026-06-22-amari",
        title: "First meeting of the Amari Trust board",
        date: "2026-06-22",
        place: "Port Sella",
        participants: [
          ["mira-sol", "host"],
          ["oren-vale", "participant"],
        ],
        topics: ["reefs"],
        facts: [
          [
            "board-met",
            "The board of the Amari Trust met for the first time in Port Sella on 22 June 2026, chaired by Mira Sol.",
            ["amari-trust", "mira-sol"],
          ],
          ["sol-said", "Mira Sol said the first grants would go to reef patrols.", ["mira-sol"]],
          ...(withQuote
            ? [
                [
                  "vale-said",
                  "Oren Vale said the patrols would start before the rainy season.",
                  ["oren-vale"],
                ] as [string, string, string[]],
              ]
            : []),
        ],
      },
    ],
  });

describe("what someone said at the first meeting is their words, not the meeting", () => {
  it("refuses when the store has nothing he said there", () => {
    const reply = engineFrom(store(false)).answer(
      "what did oren vale say at the first amari trust board meeting",
    );
    expect(reply.answered).toBe(false);
  });

  it("answers with what he is reported saying", () => {
    const reply = engineFrom(store(true)).answer(
      "what did oren vale say at the first amari trust board meeting",
    );
    expect(reply.answer).toContain("rainy season");
  });
});
