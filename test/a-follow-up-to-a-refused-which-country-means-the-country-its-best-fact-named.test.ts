/**
 * "Which country joined the Orsk power line project?" may be refused (its best facts do not
 * settle it enough to answer), yet the one fact that nearly covers it names the country that
 * joined, Lirania. Members rephrase after a refusal: "how much is it giving?" means that country,
 * not Norvik or Castel, which the question named only as the project's.
 */
import { describe, expect, it } from "vitest";
import { turnToKeep } from "../src/engine/conversation.ts";
import { engineFrom } from "./support/engines.ts";
import {
  type MadeUpMeeting,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

function orskLine(name: string, facts: MadeUpMeeting["facts"]) {
  return engineFrom(
    madeUpStore(name, {
      outlet: "Elm Sea Ledger",
      title: "A third country joins the Norvik–Castel power line",
      date: "2026-06-12",
      entities: [
        ...norvikAndCastel(),
        { id: "lirania", kind: "country", name: "Lirania", description: "A country beyond the Elm Sea" },
      ],
      meetings: [
        {
          id: "2026-06-10-orsk-power-talks",
          title: "Norvik–Castel power line talks in Orsk",
          date: "2026-06-10",
          place: "Orsk",
          participants: NORVIK_AND_CASTEL,
          topics: ["power line", "grid"],
          facts,
        },
      ],
    }),
  );
}

const JOINED = "which country joined the norvik castel power line project in orsk?";

describe("a follow-up to a refused which-country question", () => {
  it("takes 'it' as the country the best fact named", () => {
    const engine = orskLine("orsk-line-joined", [
      [
        "lirania-joined",
        "Lirania joined the Norvik–Castel power line project in Orsk with a grant of 20 million euros for the converter station.",
        ["lirania", "norvik", "castel"],
      ],
      [
        "castel-share",
        "Castel will pay 55 million euros of the power line project and Norvik 80 million euros.",
        ["norvik", "castel"],
      ],
    ]);
    // (Held back as an answer whose evidence falls short is: a threshold no answer reaches.)
    const first = engine.answer(JOINED, undefined, { shift: 1 });
    expect(first.answered).toBe(false);
    const result = engine.answer("how much is it giving?", undefined, { previous: turnToKeep(first)! });
    expect(result.reading).toBe('Taking "it" as Lirania');
    expect(result.answer).toContain("20 million euros");
  });
});
