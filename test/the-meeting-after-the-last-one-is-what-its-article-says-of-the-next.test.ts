/**
 * "When will the commission meet after Port Elm?" when the store has no meeting after the Port Elm
 * one: its article tells of the next ("will meet next in Castel City in March 2027"), which answers
 * it, and "where?" after it. Not a fact about the named meeting itself ("at its second meeting").
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-commission", {
    outlet: "Elm Gazette",
    title: "The Elm river commission meets in Port Elm",
    date: "2026-11-19",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-commission",
        kind: "organization",
        name: "Elm River Commission",
        description: "A commission of Norvik and Castel that looks after the Elm river",
        aliases: ["river commission"],
      },
      { id: "port-elm", kind: "place", name: "Port Elm", description: "A port town in Norvik" },
      { id: "castel-city", kind: "place", name: "Castel City", description: "The capital of Castel" },
    ],
    meetings: [
      {
        id: "2026-11-18-elm-commission-port-elm",
        title: "Second meeting of the Elm River Commission in Port Elm",
        date: "2026-11-18",
        place: "Port Elm",
        participants: [...NORVIK_AND_CASTEL, ["elm-commission", "host"]],
        topics: ["rivers", "water"],
        facts: [
          [
            "second-meeting",
            "The Elm River Commission held its second meeting in Port Elm on 18 November 2026.",
            ["elm-commission", "port-elm"],
          ],
          [
            "dredging-agreed",
            "At the second meeting the commission agreed to dredge the lower Elm river in 2027.",
            ["elm-commission"],
          ],
          [
            "next-meeting",
            "The Elm River Commission will meet next in Castel City in March 2027.",
            ["elm-commission", "castel-city"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("the meeting after the last one is what its article says of the next", () => {
  it("answers when with the meeting to come", () => {
    const result = engine.answer("when will the elm river commission meet after port elm?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("March 2027");
  });

  it("answers where after it", () => {
    const first = engine.answer("when will the elm river commission meet after port elm?");
    const result = engine.answer("where?", undefined, first.turn ? { previous: first.turn } : {});
    expect(result.answer).toContain("Castel City");
  });
});
