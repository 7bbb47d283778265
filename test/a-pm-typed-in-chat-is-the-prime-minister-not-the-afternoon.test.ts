/**
 * "Since when has she been pm?": typed in chat, "pm" is the prime minister, so the fact that says
 * since when she has been Prime Minister answers; "the crossing closes at 10 pm" is still a time
 * on the clock, not a prime minister.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-norvik-castel-summit", {
    outlet: "Elm Gazette",
    title: "Norvik hosts Castel for the Elm summit",
    date: "2026-05-12",
    entities: [
      ...norvikAndCastel(),
      { id: "elm-crossing", kind: "place", name: "Elm border crossing", description: "Road crossing at Elm" },
      {
        id: "anna-velt",
        kind: "person",
        name: "Anna Velt",
        description: "Norvik's head of government",
      },
    ],
    meetings: [
      {
        id: "2026-05-11-elm-summit",
        title: "Norvik–Castel summit in Elm",
        date: "2026-05-11",
        place: "Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["border crossing"],
        facts: [
          ["velt-chaired", "The Elm summit was chaired by Anna Velt.", ["anna-velt"]],
          ["velt-since", "Anna Velt has been Prime Minister of Norvik since March 2023.", ["anna-velt"]],
          ["crossing-hours", "The Elm border crossing closes at 10 pm every night.", ["elm-crossing"]],
        ],
      },
    ],
  }),
);

describe("a pm typed in chat is the prime minister, not the afternoon", () => {
  it("answers since when she has been pm with the year she became Prime Minister", () => {
    const first = engine.answer("who chaired the elm summit?");
    const reply = engine.answer("since when has she been pm?", undefined, { previous: first.turn });
    expect(reply.answer).toMatch(/March 2023/);
  });

  it("keeps 10 pm a time on the clock", () => {
    const reply = engine.answer("when does the elm border crossing close?");
    expect(reply.answer).toMatch(/10 pm/);
  });
});
