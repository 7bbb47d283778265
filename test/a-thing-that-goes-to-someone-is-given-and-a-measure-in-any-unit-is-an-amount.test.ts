/**
 * Two readings of a question that a fact holding every word of it still missed:
 * - "Why does Castel's money go to clinics?": "go to" is attending in WordNet, which only somebody
 *   does ("Somebody ----s something"); money or market stalls that go to someone are given to
 *   them, and the question's words stand as typed. A delegation still goes to a summit.
 * - "How much phosphorus did the first readings find?": a number before any unit of measurement
 *   WordNet knows ("38 micrograms", "seven metres", "90 million Castel francs") is an amount.
 */
import { describe, expect, it } from "vitest";
import { understand } from "../src/engine/understand.ts";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";
import { orvikLake } from "./support/orvik-lake.ts";

/** A reading given in a unit's short form, as reports often do. */
function orvikNitrate() {
  return engineFrom(
    madeUpStore("orvik-nitrate", {
      outlet: "Elm Sea Ledger",
      title: "Nitrate found in the Orvik river",
      date: "2026-05-20",
      entities: [...norvikAndCastel()],
      meetings: [
        {
          id: "2026-05-20-orvik-readings",
          title: "Orvik river readings",
          date: "2026-05-20",
          place: "Orvik",
          participants: NORVIK_AND_CASTEL,
          topics: ["water"],
          facts: [
            [
              "nitrate",
              "Castel's inspectors found 12 mg of nitrate per litre in the Orvik river, above the shared limit.",
              ["castel"],
            ],
          ],
        },
      ],
    }),
  );
}

describe("things that go to someone are given to them, not attending", () => {
  const engine = orvikLake("orvik-clinics");
  const words = (question: string) => understand(question, engine.base).plan.terms.map((t) => t.word);

  it("reads money that goes to clinics as going, not attending", () => {
    expect(words("why does castel's money go to clinics?")).not.toContain("attend");
    expect(askedIn(engine, "why does castel's money go to clinics?").answer).toContain("most experience");
  });

  it("reads market stalls that went to women as going, not attending", () => {
    expect(words("how many market stalls went to women?")).not.toContain("attend");
  });

  it("still reads a minister who went to the opening as attending it", () => {
    expect(words("did the foreign minister go to the opening?")).toContain("attend");
  });
});

describe("a number in any unit of measurement is an amount", () => {
  it("says how much phosphorus the readings found, in micrograms", () => {
    const engine = orvikLake("orvik-phosphorus");
    expect(
      askedIn(engine, "how much phosphorus did the first readings find in lake orvik?").answer,
    ).toContain("38 micrograms");
  });

  it("says how much nitrate the inspectors found, in a unit's short form right after the number", () => {
    expect(askedIn(orvikNitrate(), "how much nitrate did castel's inspectors find?").answer).toContain(
      "12 mg",
    );
  });
});
