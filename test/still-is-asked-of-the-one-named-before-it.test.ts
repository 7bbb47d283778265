/**
 * "Is the Pell Bank still financing the ferry line?" where the first article says the bank is to lend
 * and the others will pay, and a later one both "Norvik will pay 52 million euros instead of 40 million" and
 * "the Pell Bank withdrew its loan": whether the bank still lends is told by the later fact that
 * names the bank, not by the other payers' raised shares, however many of the first fact's words
 * those share. And "is Castel's request to join the survey still unanswered?" after "the commission
 * had not yet answered Castel's request to join" is answered by the later "Castel joined the survey as
 * an observer": the one asked does the very act it had asked for. A question that names someone else
 * before "still" ("is Norvik still paying 40 million?") is not answered by the bank's withdrawal.
 */
import { describe, expect, it } from "vitest";
import { engineFrom, storesTogether } from "./support/engines.ts";
import {
  type MadeUpEntity,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A lake country", "Its neighbour across the lake"),
  {
    id: "pell-bank",
    kind: "organization",
    name: "Pell Development Bank",
    description: "Made-up lender that was to lend to the Lindora ferry line",
    aliases: ["Pell Bank", "PDB"],
  },
  {
    id: "lindora-ferry-line",
    kind: "initiative",
    name: "Lindora ferry line",
    description: "Ferry line across Lake Lindora planned by Norvik and Castel",
    aliases: ["ferry line"],
  },
  {
    id: "lindora-commission",
    kind: "organization",
    name: "Lindora Lake Commission",
    description: "Joint commission of Norvik and Castel on Lake Lindora",
    aliases: ["commission"],
  },
  {
    id: "lindora-fish-survey",
    kind: "initiative",
    name: "Lindora fish survey",
    description: "Joint count of the fish of Lake Lindora",
    aliases: ["fish survey"],
  },
  {
    id: "estmark",
    kind: "country",
    name: "Estmark",
    description: "A country downstream of Lake Lindora",
  },
];

const first = madeUpStore("lake-post-ferry-deal", {
  outlet: "Lake Post",
  title: "Norvik and Castel agree how to pay for the ferry line",
  date: "2026-03-14",
  entities,
  meetings: [
    {
      id: "2026-03-13-norvik-castel-ferry-talks",
      title: "Norvik–Castel ferry line talks in Port Elm",
      date: "2026-03-13",
      place: "Port Elm",
      participants: NORVIK_AND_CASTEL,
      topics: ["ferry line", "financing", "fish survey"],
      facts: [
        [
          "financing-split",
          "The Pell Development Bank (PDB) is to lend 60 million euros for the Lindora ferry line, Norvik will pay 40 million euros and Castel 30 million euros.",
          ["pell-bank", "lindora-ferry-line", "norvik", "castel"],
        ],
        [
          "estmark-request-open",
          "In March 2026 the Lindora Lake Commission had not yet answered Estmark's request to join the Lindora fish survey.",
          ["lindora-commission", "estmark", "lindora-fish-survey"],
        ],
      ],
    },
  ],
});

const later = madeUpStore("lake-post-ferry-lender-leaves", {
  outlet: "Lake Post",
  title: "The Pell Bank leaves the ferry line",
  date: "2026-11-09",
  entities: [],
  meetings: [
    {
      id: "2026-11-08-norvik-castel-ferry-meeting",
      title: "Norvik–Castel ferry line meeting in Lindora",
      date: "2026-11-08",
      place: "Lindora",
      participants: NORVIK_AND_CASTEL,
      topics: ["ferry line", "financing", "fish survey"],
      facts: [
        [
          "shares-raised",
          "To close the financing gap, Norvik will pay 52 million euros instead of 40 million euros and Castel 38 million euros instead of 30 million euros.",
          ["lindora-ferry-line", "norvik", "castel"],
        ],
        [
          "pdb-withdrew",
          "The Pell Development Bank (PDB) withdrew its 60-million-euro loan, leaving the largest share of the project without a backer.",
          ["pell-bank", "lindora-ferry-line"],
        ],
        [
          "estmark-joined",
          "Estmark joined the Lindora fish survey as an observer on 7 November 2026.",
          ["estmark", "lindora-fish-survey"],
        ],
      ],
    },
  ],
});

const engine = engineFrom(storesTogether(first, later));

describe("'still' is asked of the one named before it", () => {
  it("answers whether the bank still lends with the bank's withdrawal, not the others' raised shares", () => {
    const result = engine.answer("is the pdb still financing the ferry line?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("withdrew its 60-million-euro loan");
    expect(result.answer).not.toContain("instead of 40 million");
  });

  it("answers a request still unanswered with the asker doing what it asked to do", () => {
    const result = engine.answer("is estmark's request to join the fish survey still unanswered?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Estmark joined the Lindora fish survey");
  });

  it("does not answer whether Norvik still pays with the bank's withdrawal", () => {
    const result = engine.answer("is norvik still paying 40 million euros for the ferry line?");
    expect(result.answer).not.toContain("withdrew its 60-million-euro loan");
  });
});
