/**
 * "Who pays for that?" right after "how many rangers is Castel sending to the Elm patrols?",
 * answered by "Castel will pay its own costs and will send two rangers a year …": "that" is the act
 * just told, as "them" is, not the corridor the fact also names. A question in the present
 * tense asks no time of its own other than the one told.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-courier-ranger-patrols", {
    outlet: "Elm Courier",
    title: "Castel joins the Elm patrols",
    date: "2026-05-12",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-corridor",
        kind: "place",
        name: "Elm deer corridor",
        description: "A forest corridor for deer across the Norvik–Castel border",
      },
    ],
    meetings: [
      {
        id: "2026-05-11-norvik-castel-elm-patrol-talks",
        title: "Norvik–Castel talks on the Elm patrols",
        date: "2026-05-11",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["patrols", "rangers"],
        facts: [
          [
            "castel-rangers",
            "Castel will pay its own costs and will send two rangers a year to train with the joint Elm anti-poaching patrols.",
            ["castel", "elm-corridor"],
            null,
            ["rangers", "costs", "how many"],
          ],
          [
            "corridor-size",
            "The Elm deer corridor covers 900 square kilometres on both sides of the border.",
            ["elm-corridor", "norvik", "castel"],
            null,
            ["corridor", "size"],
          ],
        ],
      },
    ],
  }),
);

const RANGERS = "how many rangers is castel sending to the elm patrols";

describe("a present-tense that right after an answer is the act it told", () => {
  it("reads who pays for that as of the rangers just told", () => {
    expect(askedIn(engine, RANGERS).answer).toContain("two rangers");
    const result = askedIn(engine, "who pays for that?", RANGERS);
    expect(result.reading ?? "").toContain("what was just said");
    expect(result.answer).toContain("its own costs");
  });
});
