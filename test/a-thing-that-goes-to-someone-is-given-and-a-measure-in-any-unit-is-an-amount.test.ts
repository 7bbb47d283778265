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

function orvikLake(name: string) {
  return engineFrom(
    madeUpStore(name, {
      outlet: "Elm Sea Ledger",
      title: "Norvik and Castel set up a lake council",
      date: "2026-05-12",
      entities: [
        ...norvikAndCastel(),
        {
          id: "lake-orvik",
          kind: "place",
          name: "Lake Orvik",
          description: "Lake shared by Norvik and Castel",
        },
        {
          id: "technical-committee",
          kind: "organization",
          name: "Joint Technical Committee",
          description: "Norvik–Castel committee drafting a shared building code",
        },
        {
          id: "ana-petrov",
          kind: "person",
          name: "Ana Petrov",
          description: "Chief building inspector of Castel",
        },
      ],
      meetings: [
        {
          id: "2026-05-10-orvik-talks",
          title: "Norvik–Castel lake talks in Orvik",
          date: "2026-05-10",
          place: "Orvik",
          participants: NORVIK_AND_CASTEL,
          topics: ["water", "trade"],
          facts: [
            [
              "clinics",
              "Castel's money for the lakeshore will go to the clinics around Orvik, because health care is where Castel's aid has the most experience, its envoy said.",
              ["castel", "lake-orvik"],
            ],
            [
              "opening",
              "Norvik's foreign minister attended the opening of the Orvik lakeside market.",
              ["norvik", "lake-orvik"],
            ],
            [
              "phosphorus",
              "The first readings of the lake monitoring network found 38 micrograms of phosphorus per litre in Lake Orvik, nearly twice the safe level.",
              ["lake-orvik"],
            ],
            [
              "committee",
              "A joint technical committee chaired by Castel's chief building inspector, Ana Petrov, is to draft a shared building code for the lakeshore by September 2026.",
              ["castel", "ana-petrov", "technical-committee"],
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
});
