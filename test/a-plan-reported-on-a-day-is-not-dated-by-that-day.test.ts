/**
 * "Why did the border market open in December?" is not corrected with "my sources date it 13 April
 * 2026" from "the border market is due to open in early 2027", reported that day: a sentence that
 * tells a time of its own (here what is to come) is not dated by the day it was reported. A fact
 * dated by its act still corrects the date asked.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const story = (facts: [string, string, string[]][]) =>
  engineFrom(
    madeUpStore("elm-gazette-border-market", {
      outlet: "Elm Gazette",
      title: "A border market",
      date: "2026-04-14",
      entities: [
        ...norvikAndCastel("A country on the Elm river"),
        {
          id: "elm-market",
          kind: "initiative",
          name: "Elm border market",
          description: "A market on the Norvik–Castel border",
          aliases: ["border market"],
        },
      ],
      meetings: [
        {
          id: "2026-04-13-norvik-castel-trade-talks",
          title: "Norvik–Castel trade talks",
          date: "2026-04-13",
          place: "Port Elm",
          participants: NORVIK_AND_CASTEL,
          topics: ["trade", "border"],
          facts,
        },
      ],
    }),
  );

describe("a plan reported on a day is not dated by that day", () => {
  it("does not date a plan's act by the day it was reported", () => {
    const engine = story([["due", "The Elm border market is due to open in early 2027.", ["elm-market"]]]);
    expect(engine.answer("why did the elm border market open in december?").answer).not.toMatch(
      /date it 13 April 2026/,
    );
  });

  it("corrects the date with a fact dated by its act", () => {
    const engine = story([["opened", "The Elm border market opened in Port Elm.", ["elm-market"]]]);
    expect(engine.answer("why did the elm border market open in december?").answer).toMatch(
      /date it 13 April 2026/,
    );
  });
});
