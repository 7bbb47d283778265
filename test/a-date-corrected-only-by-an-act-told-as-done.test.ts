/**
 * "Why did the Dunmore market open in December?" is corrected with another date only by a fact that
 * tells the opening done on that date: not by "is due to open in early 2027", said in April, nor by
 * "the opening has been set for March 2027", said in November (the act named or to come, not done).
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, type MadeUpMeeting, madeUpStore } from "./support/made-up-store.ts";

const entities = [
  ...KULLA_NEIGHBOURS,
  {
    id: "dunmore-market",
    kind: "initiative" as const,
    name: "Dunmore border market",
    description: "Market on the Norvia–Estmark border at Dunmore",
  },
];
const meeting = (id: string, date: string, facts: MadeUpMeeting["facts"]): MadeUpMeeting => ({
  id,
  title: `Norvia–Estmark border talks, ${date}`,
  date,
  place: "Dunmore",
  participants: [
    ["norvia", "participant"],
    ["estmark", "participant"],
  ],
  topics: ["market", "border"],
  facts,
});

const planned = engineFrom(
  madeUpStore("kulla-courier-market-plans", {
    outlet: "Kulla Courier",
    title: "The Dunmore market will wait",
    date: "2026-11-09",
    entities,
    meetings: [
      meeting("2026-04-13-border-talks", "2026-04-13", [
        ["market-due", "The Dunmore border market is due to open in early 2027.", ["dunmore-market"]],
      ]),
      meeting("2026-11-08-border-talks", "2026-11-08", [
        [
          "market-set",
          "The opening of the Dunmore border market has been set for March 2027.",
          ["dunmore-market"],
        ],
      ]),
    ],
  }),
);
const opened = engineFrom(
  madeUpStore("kulla-courier-market-opened", {
    outlet: "Kulla Courier",
    title: "The Dunmore market opens",
    date: "2026-10-10",
    entities,
    meetings: [
      meeting("2026-10-09-border-talks", "2026-10-09", [
        [
          "market-opened",
          "Norvia and Estmark opened the Dunmore border market on 9 October 2026.",
          ["dunmore-market", "norvia", "estmark"],
        ],
      ]),
    ],
  }),
);

describe("a date is corrected only by an act told as done", () => {
  it("does not date an opening by its plan", () => {
    const result = planned.answer("why did the dunmore border market open in december?");
    expect(result.answer).not.toContain("my sources date it");
  });

  it("dates it by the opening done", () => {
    const result = opened.answer(
      "why did norvia and estmark open the dunmore border market in december 2026?",
    );
    expect(result.answer).toContain("9 October 2026");
  });
});
