/**
 * People ask with a noun where the article used another of the same sense: "what's the price of a
 * buoy?" where the article says what each buoy costs. "Price" is also a verb ("to price the
 * buoys"), whose senses say nothing of cost; asked as a noun, after an article or a possessive, it
 * means what its noun means, WordNet's commonest sense ("price", "cost", "monetary value"). A word
 * of that sense stands for it only when the sense is one of that word's own commonest: "cost" is
 * most often a price, but a "place" is seldom a seat and a "grade" seldom a level, so "where is the
 * board's seat?" is not answered by where its session took place.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("tide-ledger-buoy-network", {
    outlet: "Tide Ledger",
    title: "Veloria and Arden agree a shared tide-buoy network",
    date: "2026-05-12",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "A coastal country" },
      { id: "arden", kind: "country", name: "Arden", description: "A coastal country" },
      {
        id: "kess-marlo",
        kind: "person",
        name: "Kess Marlo",
        description: "Minister of Fisheries of Veloria",
        aliases: ["Marlo"],
      },
      {
        id: "ivo-dunsk",
        kind: "person",
        name: "Ivo Dunsk",
        description: "Minister of the Sea of Arden",
        aliases: ["Dunsk"],
      },
    ],
    meetings: [
      {
        id: "2026-05-11-veloria-arden-buoy-talks",
        title: "Veloria–Arden tide-buoy talks in Port Selm",
        date: "2026-05-11",
        place: "Port Selm",
        participants: [
          ["kess-marlo", "head of delegation"],
          ["ivo-dunsk", "head of delegation"],
        ],
        topics: ["tide buoys", "coastal warning"],
        facts: [
          [
            "buoy-network-agreed",
            "Veloria and Arden agreed to set up a shared network of 40 tide buoys along their coast.",
            ["veloria", "arden"],
          ],
          [
            "each-buoy-costs",
            "Each tide buoy of the Veloria–Arden network costs about 1,800 dollars.",
            ["veloria", "arden"],
          ],
          [
            "marlo-warnings",
            "Kess Marlo said the buoys would give fishing villages an hour more warning of storm surges.",
            ["kess-marlo"],
          ],
        ],
      },
    ],
  }),
);

describe("a word asked as a noun means what its noun means", () => {
  it("answers the price of a thing with what the thing costs", () => {
    const result = engine.answer("what's the price of one of the tide buoys");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("1,800");
  });
});

const board = engineFrom(
  madeUpStore("elm-sea-gazette-board-session", {
    outlet: "Elm Sea Gazette",
    title: "Elm Sea Fisheries Board meets in Castelmar",
    date: "2026-05-06",
    entities: [
      ...norvikAndCastel(),
      {
        id: "fisheries-board",
        kind: "organization",
        name: "Elm Sea Fisheries Board",
        description: "Joint fisheries board of Norvik and Castel",
      },
      { id: "ilse-marr", kind: "person", name: "Ilse Marr", description: "Norvik marine economist" },
      { id: "orrin", kind: "place", name: "Orrin", description: "A province of Norvik on the Elm Sea" },
      { id: "kessel-lock", kind: "place", name: "Kessel Lock", description: "Ship lock on the Orrin River" },
    ],
    meetings: [
      {
        id: "2026-05-03-fisheries-board-session",
        title: "Elm Sea Fisheries Board session in Castelmar",
        date: "2026-05-03",
        place: "Castelmar",
        participants: NORVIK_AND_CASTEL,
        topics: ["fisheries", "lock"],
        facts: [
          [
            "session-place",
            "The session of the Elm Sea Fisheries Board took place in Castelmar, in the province of Orrin.",
            ["fisheries-board", "orrin"],
          ],
          [
            "station",
            "The board will open a research station for cod stocks at the Kessel Lock.",
            ["fisheries-board", "kessel-lock"],
          ],
          [
            "grade",
            "Ilse Marr said cod caught near the Kessel Lock would be sold at a higher grade.",
            ["ilse-marr", "kessel-lock"],
          ],
        ],
      },
    ],
  }),
);

describe("a word asked as a noun is not read as a word that seldom means it", () => {
  it("does not answer where a board's seat is with where its session took place", () => {
    expect(board.answer("where is the board's seat?").answered).toBe(false);
  });

  it("does not answer the level of a stock with a station or a grade", () => {
    expect(board.answer("what's the level of cod stocks near the kessel lock?").answered).toBe(false);
  });
});
