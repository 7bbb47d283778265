/**
 * "How long is it?" right after "a 96-kilometre pipeline will be built from Orsk to the coast
 * between 2028 and 2030" (the answer to "what will Norvik and Castel build?"): "it" is the pipeline
 * just told of, and with no noun of its own the question may ask its length as well as a time; the
 * fact told gives the length, so it answers. A fact told that gives no length of what it tells of
 * leaves it unanswered.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import {
  type MadeUpMeeting,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

function orskPipeline(name: string, facts: MadeUpMeeting["facts"]) {
  return engineFrom(
    madeUpStore(name, {
      outlet: "Elm Sea Ledger",
      title: "Norvik and Castel plan a gas pipeline",
      date: "2026-05-12",
      entities: norvikAndCastel(),
      meetings: [
        {
          id: "2026-05-10-orsk-talks",
          title: "Norvik–Castel energy talks in Orsk",
          date: "2026-05-10",
          place: "Orsk",
          participants: NORVIK_AND_CASTEL,
          topics: ["energy", "gas"],
          facts,
        },
      ],
    }),
  );
}

const BUILT = "what will norvik and castel build?";

describe("'how long is it?' right after a thing was told", () => {
  it("is answered by the length the fact told gives", () => {
    const engine = orskPipeline("orsk-length", [
      [
        "pipeline-96",
        "A 96-kilometre Orsk–Castel gas pipeline will be built from Orsk to the Castel coast between 2028 and 2030.",
        ["norvik", "castel"],
      ],
    ]);
    expect(askedIn(engine, BUILT).answer).toContain("96-kilometre");
    const result = askedIn(engine, "how long is it?", BUILT);
    expect(result.answered).toBe(true);
    expect(result.reading).toBe('Taking "it" as what was just said');
    expect(result.answer).toContain("96-kilometre");
  });

  it("is not answered by a fact told that gives no length", () => {
    const engine = orskPipeline("orsk-no-length", [
      [
        "pipeline-built",
        "The Orsk–Castel gas pipeline will be built from Orsk to the Castel coast between 2028 and 2030.",
        ["norvik", "castel"],
      ],
    ]);
    expect(askedIn(engine, BUILT).answer).toContain("2028");
    const result = askedIn(engine, "how long is it?", BUILT);
    expect(result.answered).toBe(false);
  });
});
