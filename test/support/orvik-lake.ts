/**
 * Lake Orvik, shared by Norvik and Castel: a lake council set up, a joint technical committee
 * chaired by Castel's chief building inspector, money that goes to clinics and phosphorus
 * readings in micrograms — a made-up article whose facts hold every word of questions that
 * verify or scoring once missed.
 */
import { engineFrom } from "./engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./made-up-store.ts";

export function orvikLake(name: string) {
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
