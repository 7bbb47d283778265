/**
 * "How long's the trip?" right after "nine trains a day will run between Orsk and Castel Port,
 * taking 38 minutes": the fact just told times the run without calling it a trip, and a trip is an
 * act (WordNet's commonest sense of the noun), so the time the fact gives is the trip's and
 * answers. A fact told that gives no time of the run still leaves the question unanswered.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import {
  type MadeUpMeeting,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

function orskFerries(name: string, facts: MadeUpMeeting["facts"]) {
  return engineFrom(
    madeUpStore(name, {
      outlet: "Elm Sea Ledger",
      title: "Norvik and Castel open a ferry line",
      date: "2026-05-12",
      entities: norvikAndCastel(),
      meetings: [
        {
          id: "2026-05-10-orsk-ferry-talks",
          title: "Norvik–Castel ferry talks in Orsk",
          date: "2026-05-10",
          place: "Orsk",
          participants: NORVIK_AND_CASTEL,
          topics: ["transport", "ferries"],
          facts: [
            ...facts,
            // ("Trip" is a word of the store, as it is of any store of many articles.)
            [
              "minister-trip",
              "Castel's transport minister made a trip to Orsk in April 2026 to see the station.",
              ["castel"],
              "2026-04-15",
            ],
          ],
        },
      ],
    }),
  );
}

const HOW_MANY = "how many trains a day will run between orsk and castel port?";

describe("'how long's the trip?' right after the trains were told", () => {
  it("is answered by the time the fact told gives", () => {
    const engine = orskFerries("orsk-ferry-time", [
      [
        "trains-a-day",
        "Nine trains a day will run between Orsk and Castel Port, taking 38 minutes.",
        ["norvik", "castel"],
      ],
    ]);
    expect(askedIn(engine, HOW_MANY).answer).toContain("Nine trains a day");
    const result = askedIn(engine, "how long's the trip?", HOW_MANY);
    expect(result.answered).toBe(true);
    expect(result.reading).toBe("Reading it as about what was just said");
    expect(result.answer).toContain("38 minutes");
  });

  it("is not answered by a fact told that gives no time", () => {
    const engine = orskFerries("orsk-ferry-no-time", [
      [
        "trains-a-day",
        "Nine trains a day will run between Orsk and Castel Port, carrying 300 passengers each.",
        ["norvik", "castel"],
      ],
    ]);
    expect(askedIn(engine, HOW_MANY).answer).toContain("Nine trains a day");
    const result = askedIn(engine, "how long's the trip?", HOW_MANY);
    expect(result.answered).toBe(false);
  });
});
