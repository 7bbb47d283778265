/**
 * "Why not?" right after "did Castel get armed rangers on the Orsk patrol?", answered by "Norvik
 * refused Castel's request for armed rangers, saying armed crews would need the approval of both
 * parliaments": the question has no word of its own, only the detail it asks, of what was just
 * told. When the fact told gives that detail (here its reason), it answers; having no words is no
 * reason to refuse a fact that holds what is asked. A fact told that gives no reason leaves it
 * unanswered.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import {
  type MadeUpMeeting,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

function orskPatrol(name: string, facts: MadeUpMeeting["facts"]) {
  return engineFrom(
    madeUpStore(name, {
      outlet: "Elm Sea Ledger",
      title: "Norvik and Castel set up a joint river patrol",
      date: "2026-06-12",
      entities: norvikAndCastel(),
      meetings: [
        {
          id: "2026-06-10-orsk-patrol-talks",
          title: "Norvik–Castel patrol talks in Orsk",
          date: "2026-06-10",
          place: "Orsk",
          participants: NORVIK_AND_CASTEL,
          topics: ["patrol", "rangers"],
          facts,
        },
      ],
    }),
  );
}

const ASKED = "did castel get armed rangers on the orsk patrol?";

describe("a bare 'why not?' right after an answer", () => {
  it("is answered by the reason the fact just told gives", () => {
    const engine = orskPatrol("orsk-patrol-reason", [
      [
        "rangers-refused",
        "Norvik refused Castel's request for armed rangers on the Orsk patrol, saying armed crews from one country in the other's waters would need the approval of both parliaments.",
        ["norvik", "castel"],
      ],
    ]);
    expect(askedIn(engine, ASKED).answer).toContain("refused");
    const result = askedIn(engine, "why not?", ASKED);
    expect(result.answered).toBe(true);
    expect(result.reading).toBe("Reading it as about what was just said");
    expect(result.answer).toContain("approval of both parliaments");
  });

  it("is not answered by a fact told that gives no reason", () => {
    const engine = orskPatrol("orsk-patrol-no-reason", [
      [
        "rangers-refused",
        "Norvik refused Castel's request for armed rangers on the Orsk patrol.",
        ["norvik", "castel"],
      ],
    ]);
    expect(askedIn(engine, ASKED).answer).toContain("refused");
    const result = askedIn(engine, "why not?", ASKED);
    expect(result.answered).toBe(false);
  });
});
