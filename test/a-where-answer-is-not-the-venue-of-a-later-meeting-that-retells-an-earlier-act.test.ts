/**
 * "Where was the trawler seized?" answered from "The trawler Sea Lark, seized in April 2026 …, was
 * released in July 2026", told at a September session in Kolna: the sentence names no place of its
 * own, and the act it tells was done months before that session, so the session's venue is not
 * where the trawler was seized. The fact of the seizure that names where it happened answers; with
 * no such fact in the store, the question is refused rather than answered with the session's city.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import {
  type MadeUpMeeting,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

const SEIZURE: MadeUpMeeting = {
  id: "2026-04-09-sea-lark-seizure",
  title: "Seizure of the trawler Sea Lark by a Castel patrol boat",
  date: "2026-04-09",
  place: "Pelis Bank",
  participants: NORVIK_AND_CASTEL,
  topics: ["fishing", "trawler"],
  facts: [
    [
      "sea-lark-seized",
      "On 9 April 2026 a Castel patrol boat seized the trawler Sea Lark about 12 nautical miles off Pelis Bank.",
      ["castel", "sea-lark", "pelis-bank"],
    ],
  ],
};

const SESSION: MadeUpMeeting = {
  id: "2026-09-16-fishing-session-kolna",
  title: "Emergency session of the Norvik–Castel fishing commission in Kolna",
  date: "2026-09-16",
  place: "Kolna",
  participants: NORVIK_AND_CASTEL,
  topics: ["fishing", "trawler"],
  facts: [
    [
      "sea-lark-released",
      "The trawler Sea Lark, seized in April 2026 by a Castel patrol boat, was released in July 2026 after its owner paid a fine.",
      ["sea-lark", "castel"],
    ],
    ["quota-cut", "Norvik and Castel cut the 2027 fishing quota by a fifth.", ["norvik", "castel"]],
  ],
};

function storeOf(meetings: MadeUpMeeting[]) {
  return engineFrom(
    madeUpStore("sea-lark", {
      outlet: "Elm Sea Ledger",
      title: "Norvik and Castel settle a fishing row",
      date: "2026-09-17",
      entities: [
        ...norvikAndCastel(),
        { id: "sea-lark", kind: "organization", name: "Sea Lark", description: "Norvik trawler" },
        { id: "pelis-bank", kind: "place", name: "Pelis Bank", description: "Fishing bank off Castel" },
      ],
      meetings,
    }),
  );
}

describe("a where-answer of an act a later meeting retells", () => {
  it("is where the fact of the act says it was done, not the later meeting's venue", () => {
    const result = askedIn(storeOf([SEIZURE, SESSION]), "where was the sea lark seized?");
    expect(result.answer).toContain("Pelis Bank");
    expect(result.answer).not.toContain("Kolna");
  });

  it("is refused when no fact says where, rather than the later meeting's city", () => {
    const result = askedIn(storeOf([SESSION]), "where was the sea lark seized?");
    expect(result.answered).toBe(false);
    expect(result.answer).not.toContain("Kolna");
  });
});
