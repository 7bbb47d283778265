/**
 * "Who chairs the joint technical committee?": "a joint technical committee chaired by Castel's
 * chief building inspector, Ana Petrov" has the committee chaired, not chairing. A past participle
 * right before "by" is passive even with no form of "be" before it, so the one after "by" is who
 * chairs it.
 */
import { describe, expect, it } from "vitest";
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

describe("a participle right before 'by' is passive", () => {
  it("answers who chairs the committee with the one it is chaired by", () => {
    const engine = orvikLake("orvik-committee");
    expect(askedIn(engine, "who chairs the joint technical committee?").answer).toContain("Ana Petrov");
  });
});
