/**
 * "How many people were at the signing?", "how many folks did the first sailing carry?": people in
 * general (WordNet's "people", and "folks", a kind of it) are counted by whatever the fact calls
 * them, a kind of person ("412 passengers", "about 80 delegates"). "The population" is a figure of
 * its own, not people counted.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("lake-courier-ferry-people", {
    outlet: "Lake Courier",
    title: "The Elm ferry sails again",
    date: "2026-11-10",
    entities: [
      ...norvikAndCastel("A country on Lake Elm"),
      {
        id: "elm-ferry",
        kind: "initiative",
        name: "Elm ferry",
        description: "Passenger ferry across Lake Elm between Norvik and Castel",
      },
    ],
    meetings: [
      {
        id: "2026-11-08-first-sailing",
        title: "First sailing of the Elm ferry",
        date: "2026-11-08",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferry", "transport"],
        facts: [
          [
            "first-sailing",
            "The Elm ferry left Port Elm on 8 November 2026 with 412 passengers on board.",
            ["elm-ferry"],
          ],
          [
            "castel-people",
            "Castel's transport minister said the ferry would carry fruit and medicines free of charge.",
            ["castel", "elm-ferry"],
          ],
        ],
      },
    ],
  }),
);

describe("how many people is a count of any kind of person", () => {
  it("answers people with the passengers counted", () => {
    const result = engine.answer("how many people did the elm ferry carry when it left port elm?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/412 passengers/);
  });

  it("answers folks with the passengers counted", () => {
    const result = engine.answer("how many folks did the elm ferry carry when it left port elm?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/412 passengers/);
  });

  it("does not read the population as people counted", () => {
    const result = engine.answer("what's the population of castel?");
    expect(result.answered).toBe(false);
  });
});
