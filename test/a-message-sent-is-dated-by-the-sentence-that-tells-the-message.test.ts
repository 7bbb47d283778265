/**
 * "When did the guild send its letter?" is told by "the guild wrote to the board on 4 May 2026",
 * and "when did Norvia send the letter asking …?" by "in a letter dated 19 June 2026, Norvia asked …":
 * sending a message is the message itself, which articles tell in their own verb, seldom with
 * "send" (WordNet's `noun.communication` says which nouns are messages). To write to someone is to
 * send them a letter. A fact with no date whose only time names another thing ("over the 2025
 * flood damage") says nothing of when the request was sent.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kulla-courier-guild-letters", {
    outlet: "Kulla Courier",
    title: "Letters across the Kulla",
    date: "2026-07-02",
    entities: [
      ...KULLA_NEIGHBOURS,
      {
        id: "anglers-guild",
        kind: "organization",
        name: "Estmark Anglers' Guild",
        description: "Association of Estmark's river anglers",
      },
      {
        id: "kulla-board",
        kind: "organization",
        name: "Kulla River Board",
        description: "Joint Norvia–Estmark body that manages the Kulla",
      },
      {
        id: "dunmore-ferry",
        kind: "initiative",
        name: "Dunmore ferry",
        description: "Passenger ferry across the Kulla at Dunmore",
      },
    ],
    meetings: [
      {
        id: "2026-07-01-kulla-board",
        title: "Kulla River Board session, 1 July 2026",
        date: "2026-07-01",
        place: "Dunmore",
        participants: [
          ["norvia", "participant"],
          ["estmark", "participant"],
          ["kulla-board", "host"],
        ],
        topics: ["fishing", "ferry"],
        facts: [
          [
            "guild-wrote",
            "The Estmark Anglers' Guild wrote to the Kulla River Board on 4 May 2026 asking for a larger pike quota.",
            ["anglers-guild", "kulla-board"],
            "2026-05-04",
          ],
          [
            "ferry-letter",
            "In a letter dated 19 June 2026, Norvia asked Estmark to reopen the Dunmore ferry.",
            ["norvia", "estmark", "dunmore-ferry"],
            "2026-06-19",
          ],
          [
            "damage-claim",
            "On 2 March 2026 the Estmark Anglers' Guild wrote to the Kulla River Board asking for compensation for the flood damage to its jetties.",
            ["anglers-guild", "kulla-board"],
            "2026-03-02",
          ],
          [
            "claim-unanswered",
            "A request for compensation by the Estmark Anglers' Guild over the 2025 flood damage has gone unanswered.",
            ["anglers-guild"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("a message sent is dated by the sentence that tells the message", () => {
  it("dates a letter sent by the writing to the one it went to", () => {
    const result = engine.answer("when did the estmark anglers' guild send its letter about the pike quota?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("4 May 2026");
  });

  it("dates a letter sent by the sentence that tells what it asked in it", () => {
    const result = engine.answer("when did norvia send its letter about the dunmore ferry?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("19 June 2026");
  });

  it("dates the writing asked about by the letter", () => {
    const result = engine.answer("when did norvia write asking estmark to reopen the dunmore ferry?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("19 June 2026");
  });

  it("does not date a request by the time of the damage it is over", () => {
    const result = engine.answer("when did the estmark anglers' guild send its compensation request?");
    expect(result.answer).not.toContain("2025");
  });
});
