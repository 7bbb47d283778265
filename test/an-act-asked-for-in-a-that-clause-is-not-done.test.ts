/**
 * "When did the displaced fishermen get their free permits?" is not answered by "Ana Brek asked that
 * fishermen displaced by the dam get free permits": what a "that" clause after a verb of asking says
 * is what was asked for, not what was done. A fact that says it was done does answer.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { KULLA_NEIGHBOURS, madeUpStore } from "./support/made-up-store.ts";

const entities = [
  ...KULLA_NEIGHBOURS,
  {
    id: "ana-brek",
    kind: "person" as const,
    name: "Ana Brek",
    description: "Head of the Kulla Fishers' Forum",
  },
];
const meeting = (facts: [string, string, string[]][]) => ({
  id: "2026-04-13-kulla-dam-talks",
  title: "Norvia–Estmark talks on the Kulla dam",
  date: "2026-04-13",
  place: "Dunmore",
  participants: [
    ["norvia", "participant"],
    ["estmark", "participant"],
  ] as [string, string][],
  topics: ["dam", "fishing"],
  facts,
});

const asked = engineFrom(
  madeUpStore("kulla-courier-dam-permits", {
    outlet: "Kulla Courier",
    title: "Fishers want permits",
    date: "2026-04-14",
    entities,
    meetings: [
      meeting([
        [
          "brek-asked",
          "Ana Brek asked that fishermen displaced by the Kulla dam get free fishing permits.",
          ["ana-brek"],
        ],
      ]),
    ],
  }),
);
const done = engineFrom(
  madeUpStore("kulla-courier-dam-permits-given", {
    outlet: "Kulla Courier",
    title: "Fishers get permits",
    date: "2026-04-14",
    entities,
    meetings: [
      meeting([
        [
          "permits-given",
          "On 13 April 2026 fishermen displaced by the Kulla dam got free fishing permits from Norvia.",
          ["norvia"],
        ],
      ]),
    ],
  }),
);

describe("an act asked for in a 'that' clause is not done", () => {
  it("does not date the permits by the request for them", () => {
    const result = asked.answer("when did the displaced fishermen get their free fishing permits?");
    expect(result.answered).toBe(false);
  });

  it("dates them by the fact that says they were given", () => {
    const result = done.answer("when did the displaced fishermen get their free fishing permits?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("13 April 2026");
  });
});
