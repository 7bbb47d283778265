/**
 * "Who is Castel's foreign minister?" is not answered by Castel's Deputy Minister of Foreign
 * Affairs, though his description adds that he directed "the foreign ministry's consular
 * department", nor by the Secretary-General of Castel's Ministry of Foreign Affairs: "foreign" and
 * Castel are in their titles, but the minister asked is not. Norvik's Minister of Foreign Affairs is
 * still its foreign minister, and its Minister of Posts and Telecommunications its telecommunications
 * minister.
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
  {
    id: "tor-lind",
    kind: "person",
    name: "Tor Lind",
    description:
      "Castel's Deputy Minister of Foreign Affairs since 3 March 2026; director of the foreign ministry's consular department from 2022",
  },
  {
    id: "eva-holm",
    kind: "person",
    name: "Eva Holm",
    description: "Secretary-General of Castel's Ministry of Foreign Affairs",
  },
  { id: "ada-vint", kind: "person", name: "Ada Vint", description: "Norvik's Minister of Foreign Affairs" },
  {
    id: "ivo-sand",
    kind: "person",
    name: "Ivo Sand",
    description: "Norvik's Minister of Posts and Telecommunications since 2025",
  },
];
const engine = engineFrom(
  madeUpStore("castel-consular-commission", {
    outlet: "Lorn Courier",
    title: "Norvik and Castel open a consular commission",
    date: "2026-04-02",
    entities,
    meetings: [
      {
        id: "2026-04-01-consular-commission",
        title: "First Norvik–Castel consular commission",
        date: "2026-04-01",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["visas", "consular"],
        facts: [
          ["deputy", "Tor Lind is Castel's Deputy Minister of Foreign Affairs.", ["tor-lind", "castel"]],
          [
            "co-chairs",
            "The consular commission was co-chaired by Tor Lind and Eva Holm, Secretary-General of Castel's Ministry of Foreign Affairs.",
            ["tor-lind", "eva-holm", "castel"],
          ],
          [
            "minister",
            "Ada Vint, Norvik's Minister of Foreign Affairs, opened the consular commission.",
            ["ada-vint", "norvik"],
          ],
          [
            "telecoms",
            "Ivo Sand, Norvik's Minister of Posts and Telecommunications, signed the roaming annex.",
            ["ivo-sand", "norvik"],
          ],
        ],
      },
    ],
  }),
);

describe("a foreign minister asked is no official of the foreign ministry", () => {
  it("does not give a deputy or an official of the ministry as its minister", () => {
    for (const question of ["who is castel's foreign minister?", "who is the foreign minister of castel?"]) {
      expect(askedIn(engine, question).answer, question).not.toMatch(/Tor Lind|Eva Holm/);
    }
  });

  it("still gives the minister whose title says so", () => {
    expect(askedIn(engine, "who is norvik's foreign minister?").answer).toMatch(/Ada Vint/);
    // (However many words the post's name puts between the minister and the word asked.)
    expect(askedIn(engine, "who is norvik's telecommunications minister?").answer).toMatch(/Ivo Sand/);
  });
});
