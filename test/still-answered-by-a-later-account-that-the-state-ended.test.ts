/**
 * "Is the ferry still suspended?" answered from the first article ("suspended since April 2023")
 * would say how it stood then: a later article that tells the state ended ("made its first crossing
 * since April 2023", "released the crew", "has been cancelled") is where it stands now, and the two
 * side by side say what changed. "Is Castel still offering only 90 licences?" likewise, where the
 * facts name only the two countries: their story's later meetings tell what became of the offer.
 */
import { describe, expect, it } from "vitest";
import { engineFrom, storesTogether } from "./support/engines.ts";
import {
  type MadeUpEntity,
  madeUpStore,
  NORVIK_AND_CASTEL,
  norvikAndCastel,
} from "./support/made-up-store.ts";

const entities: MadeUpEntity[] = [
  ...norvikAndCastel("A lake country", "Its neighbour across the lake"),
  {
    id: "lindora-ferry",
    kind: "initiative",
    name: "Lindora ferry",
    description: "Passenger ferry across Lake Lindora between Norvik and Castel",
  },
];

/** The first article: the ferry suspended, an offer of licences. */
const first = madeUpStore("lake-post-ferry-talks", {
  outlet: "Lake Post",
  title: "Norvik and Castel agree to bring back the Lindora ferry",
  date: "2026-04-14",
  entities,
  meetings: [
    {
      id: "2026-04-13-norvik-castel-ferry-talks",
      title: "Norvik–Castel ferry talks in Port Elm",
      date: "2026-04-13",
      place: "Port Elm",
      participants: NORVIK_AND_CASTEL,
      topics: ["ferry", "fishing"],
      facts: [
        [
          "ferry-agreed",
          "On 13 April 2026 Norvik and Castel agreed to restore the Lindora ferry, a route suspended since April 2023.",
          ["norvik", "castel", "lindora-ferry"],
        ],
        [
          "licences-offered",
          "At the April 2026 talks Castel offered 90 fishing licences for Norvik's boats.",
          ["castel", "norvik"],
        ],
      ],
    },
  ],
});

/** The later article: the ferry sails again, the offer raised. */
const later = madeUpStore("lake-post-ferry-sails", {
  outlet: "Lake Post",
  title: "The Lindora ferry sails again",
  date: "2026-11-09",
  // (The entities are the first article's: a store defines each once.)
  entities: [],
  meetings: [
    {
      id: "2026-11-08-norvik-castel-ferry-meeting",
      title: "Norvik–Castel ferry meeting in Lindora",
      date: "2026-11-08",
      place: "Lindora",
      participants: NORVIK_AND_CASTEL,
      topics: ["ferry", "fishing"],
      facts: [
        [
          "ferry-sails",
          "The Lindora ferry, suspended since April 2023, made its first crossing of Lake Lindora since then on 8 November 2026, with 300 passengers.",
          ["lindora-ferry"],
        ],
        [
          "licences-raised",
          "By November 2026 Castel had raised its offer from 90 to 120 fishing licences for Norvik's boats.",
          ["castel", "norvik"],
        ],
      ],
    },
  ],
});

const engine = engineFrom(storesTogether(first, later));

describe("'still' is answered by a later account that tells the state ended", () => {
  it("sets the suspension beside the ferry's first crossing since", () => {
    const result = engine.answer("is the lindora ferry still suspended?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("first crossing");
  });

  it("answers 'still only 90 licences?' with the raised offer, though its facts name only the countries", () => {
    const result = engine.answer("is castel still offering only 90 licences to norvik?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("120");
  });
});
