/**
 * "Where's he working these days?" asks a person's post. A fact that only has him speak at the
 * talks ("Ivo Brandt said one plant that works beats two that wait"), filed under the city the
 * talks were in, says nothing of where he works: answered, it would lead with that city. Refused,
 * rather than a confident wrong place.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

function storeWith(facts: [string, string, string[]][]) {
  return engineFrom(
    madeUpStore("vaccine-plant", {
      outlet: "Elm Sea Ledger",
      title: "Norvik and Castel argue over a vaccine plant",
      date: "2026-05-13",
      entities: [
        ...norvikAndCastel(),
        { id: "ivo-brandt", kind: "person", name: "Ivo Brandt", description: "Norvik health negotiator" },
        { id: "kolna", kind: "place", name: "Kolna", description: "City in Castel" },
      ],
      meetings: [
        {
          id: "2026-05-12-vaccine-talks-kolna",
          title: "Norvik–Castel talks on a shared vaccine plant in Kolna",
          date: "2026-05-12",
          place: "Kolna",
          participants: [...NORVIK_AND_CASTEL, ["ivo-brandt", "negotiator"]],
          topics: ["vaccine", "plant"],
          facts: [
            [
              "plant-agreed",
              "Norvik and Castel agreed to build one shared vaccine plant.",
              ["norvik", "castel"],
            ],
            ...facts,
          ],
        },
      ],
    }),
  );
}

const SAID = [
  "brandt-one-plant",
  "Ivo Brandt said one plant that works is better than two plants that wait for each other.",
  ["ivo-brandt", "kolna"],
] as [string, string, string[]];

describe("where someone works", () => {
  it("is not the city of the talks they spoke at", () => {
    const result = askedIn(storeWith([SAID]), "where's he working these days", "who is ivo brandt?");
    expect(result.answer).not.toContain("In Kolna");
  });
});
