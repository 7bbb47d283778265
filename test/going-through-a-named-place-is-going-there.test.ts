/**
 * "How many trucks went through Port Elm each day?", "how much cargo goes down the Lorn every
 * year?": after a light verb of going, "through", "down", "over" or "into" before a named thing says
 * where it goes; it is not WordNet's two-word verb ("go through" as enduring, "go down" as declining,
 * "go over" as reviewing), which no fact about traffic says. A question about something else the
 * place has stays refused, and a two-word verb with no name after it is still read as one.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import {
  type MadeUpEntity,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel(),
  { id: "port-elm", kind: "place", name: "Port Elm", description: "Border town on the Lorn" },
  { id: "lorn", kind: "place", name: "Lorn", description: "River between Norvik and Castel" },
];
const dir = madeUpStore("port-elm-traffic", {
  outlet: "Lorn Courier",
  title: "Norvik and Castel talk border traffic",
  date: "2026-03-02",
  entities,
  meetings: [
    {
      id: "2026-03-01-port-elm-talks",
      title: "Norvik–Castel border talks in Port Elm",
      date: "2026-03-01",
      place: "Port Elm",
      participants: NORVIK_AND_CASTEL,
      topics: ["traffic", "river"],
      facts: [
        [
          "trucks",
          "About 1,100 trucks crossed Port Elm every day in 2025, and trucks waited up to nine hours at the border post.",
          ["port-elm", "norvik", "castel"],
        ],
        [
          "cargo",
          "The Lorn carries more than 20 million tonnes of cargo a year, mainly grain.",
          ["lorn", "norvik", "castel"],
        ],
      ],
    },
  ],
});
const engine = engineFrom(dir);

describe("going through a named place is going there", () => {
  it("answers how many went through the place with what crossed it", () => {
    const result = askedIn(engine, "how many trucks went through port elm each day?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/1,100 trucks/);
  });

  it("answers how much goes down the river with what it carries", () => {
    const result = askedIn(engine, "how much cargo goes down the lorn every year?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/20 million tonnes/);
  });

  it("still refuses what the place's facts do not say", () => {
    const result = askedIn(engine, "how many buses went through port elm each day?");
    expect(result.answer).not.toMatch(/1,100 trucks/);
  });
});
