/**
 * "How many members does the growers' union have?" asks how many there are in all: "about 900
 * members of the union marched" counts those who marched, and "the four detained fishermen were
 * taken to Port Elm" those detained, so neither says how many the union or the port has. A fact
 * that says what the body has ("the union has about 2,000 members") still answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const marchOnly = engineFrom(
  madeUpStore("elm-gazette-growers-march", {
    outlet: "Elm Gazette",
    title: "Growers march against the grain quota",
    date: "2026-05-21",
    entities: [
      ...norvikAndCastel(),
      { id: "port-elm", kind: "place", name: "Port Elm", description: "A harbour town in Norvik" },
      {
        id: "growers-union",
        kind: "organization",
        name: "Elm Valley Growers' Union",
        description: "A union of grain growers in Norvik",
      },
    ],
    meetings: [
      {
        id: "2026-05-20-norvik-castel-grain-talks",
        title: "Norvik–Castel grain talks",
        date: "2026-05-20",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["grain"],
        facts: [
          [
            "march",
            "About 900 members of the Elm Valley Growers' Union marched outside the trade ministry in Port Elm against the higher grain quota.",
            ["growers-union", "port-elm"],
          ],
          [
            "detained",
            "The four detained fishermen, the crew of a Norvik boat, were stopped near the sea border and taken to Port Elm.",
            ["norvik", "port-elm"],
          ],
        ],
      },
    ],
  }),
);

const withTotal = engineFrom(
  madeUpStore("elm-gazette-growers-union", {
    outlet: "Elm Gazette",
    title: "Growers' union backs the grain deal",
    date: "2026-06-02",
    entities: [
      ...norvikAndCastel(),
      { id: "port-elm", kind: "place", name: "Port Elm", description: "A harbour town in Norvik" },
      {
        id: "growers-union",
        kind: "organization",
        name: "Elm Valley Growers' Union",
        description: "A union of grain growers in Norvik",
      },
    ],
    meetings: [
      {
        id: "2026-06-01-norvik-castel-grain-talks",
        title: "Norvik–Castel grain talks",
        date: "2026-06-01",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["grain"],
        facts: [
          ["size", "The Elm Valley Growers' Union has about 2,000 members.", ["growers-union"]],
          [
            "backing",
            "The Elm Valley Growers' Union said it backed the grain deal agreed in Port Elm.",
            ["growers-union", "port-elm"],
          ],
        ],
      },
    ],
  }),
);

describe("how many a body has is not how many of them did one thing", () => {
  it("does not answer how many members the union has with how many marched", () => {
    const answer = marchOnly.answer("how many members does the elm valley growers' union have?");
    expect(answer.answer).not.toMatch(/900/);
  });

  it("does not answer how many fishermen a country has with how many were detained", () => {
    const answer = marchOnly.answer("how many fishermen does norvik have in port elm?");
    expect(answer.answer).not.toMatch(/four/i);
  });

  it("still answers how many members marched", () => {
    expect(marchOnly.answer("how many members of the growers' union marched?").answer).toMatch(/900/);
  });

  it("answers with what the union has", () => {
    const answer = withTotal.answer("how many members does the elm valley growers' union have?");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/2,000/);
  });
});
