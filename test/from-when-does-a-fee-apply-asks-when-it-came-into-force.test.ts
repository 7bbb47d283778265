/**
 * "From when does the lower fee apply?" asks when the fee starts to hold: "came into force on 1
 * September 2026" says so without the verb "apply", which is no word the fact must repeat. "When
 * will the ferry start running?" asks when it starts: "the ferry is to start in May 2027" says it
 * without "running". A question whose act the store does not tell stays refused, and "where was
 * the depot going to be built?" still asks of the plan, not of a deed done.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-fee", {
    outlet: "Elm Gazette",
    title: "The crossing fee",
    date: "2026-11-19",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-fee",
        kind: "initiative",
        name: "Brask livestock crossing fee",
        description: "Fee Norvik charges for each head of cattle crossing at Brask",
      },
      {
        id: "tarn-ferry",
        kind: "initiative",
        name: "Tarn lake ferry",
        description: "Passenger ferry across Lake Tarn planned by Norvik and Castel",
      },
      { id: "elmford", kind: "place", name: "Elmford", description: "Town of Norvik on Lake Tarn" },
      {
        id: "tarn-depot",
        kind: "initiative",
        name: "Tarn cold-storage depot",
        description: "Cold-storage depot for produce planned by Norvik and Castel",
      },
    ],
    meetings: [
      {
        id: "2026-11-18-norvik-castel-crossing-review",
        title: "Norvik–Castel crossing review",
        date: "2026-11-18",
        place: "Brask",
        participants: NORVIK_AND_CASTEL,
        topics: ["crossing", "fee"],
        facts: [
          [
            "fee-in-force",
            "The lower Brask livestock crossing fee of 1,000 shillings came into force on 1 September 2026.",
            ["elm-fee"],
            "2026-09-01",
          ],
          [
            "ferry-start",
            "The Tarn lake ferry is to start in May 2027 with two boats.",
            ["tarn-ferry"],
            null,
          ],
          [
            "depot-plan",
            "Norvik and Castel plan to build the Tarn cold-storage depot at Elmford.",
            ["norvik", "castel", "tarn-depot", "elmford"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("from when does a fee apply asks when it came into force", () => {
  it("answers from when the lower fee applies with the day it came into force", () => {
    const result = askedIn(engine, "from when does the lower brask livestock crossing fee apply?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("1 September 2026");
  });

  it("answers when the ferry will start running with the day it is to start", () => {
    const result = askedIn(engine, "when will the tarn lake ferry start running?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("May 2027");
  });

  it("still refuses when the fee will be scrapped, which no fact tells", () => {
    const result = askedIn(engine, "when will the brask livestock crossing fee be scrapped?");
    expect(result.answered).toBe(false);
  });

  it("still answers where the depot was going to be built from the plan", () => {
    const result = askedIn(engine, "where was the tarn cold-storage depot going to be built?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Elmford");
  });
});
