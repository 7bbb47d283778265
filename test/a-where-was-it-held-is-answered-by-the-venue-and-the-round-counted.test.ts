/**
 * "Where was the ferry agreement signed?" is answered by the fact of that meeting that names its
 * venue ("at the Lantern Hall in Port Elm"), where another of its facts names no place finer and
 * covers the question as well. And "where was the second round held?" is not answered by "the
 * third and final round … was to be held in Port Elm", told at the second round: "third and final"
 * counts another round, as "third" alone does.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-venue-and-round", {
    outlet: "Elm Gazette",
    title: "The Elm ferry conference and the ferry talks",
    date: "2026-09-20",
    entities: [
      ...norvikAndCastel(),
      {
        id: "port-elm",
        kind: "place",
        name: "Port Elm",
        description: "Port town of Norvik on the Elm river",
      },
      {
        id: "elm-ferry-agreement",
        kind: "initiative",
        name: "Elm Ferry Agreement",
        description: "Norvik–Castel agreement on a ferry across the Elm river",
      },
    ],
    meetings: [
      {
        id: "2026-03-10-elm-ferry-conference",
        title: "Signing of the Elm Ferry Agreement by Norvik and Castel",
        date: "2026-03-10",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferries", "crossings"],
        facts: [
          [
            "agreement-signed",
            "Norvik and Castel signed the Elm Ferry Agreement on 10 March 2026 to open a ferry across the Elm.",
            ["elm-ferry-agreement", "norvik", "castel"],
          ],
          [
            "agreement-venue",
            "The Elm Ferry Agreement was signed on 10 March 2026 at the Lantern Hall in Port Elm by the two transport ministers, at the second session of the Elm river commission.",
            ["port-elm", "elm-ferry-agreement"],
          ],
        ],
      },
      {
        id: "2026-04-14-elm-ferry-talks-round-one",
        title: "First round of the Norvik–Castel ferry fare talks in Port Elm",
        date: "2026-04-14",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["fares", "ferries"],
        facts: [
          [
            "round-one-held",
            "The first round of the Norvik–Castel ferry fare talks was held in Port Elm on 14 April 2026.",
            ["norvik", "castel"],
          ],
          [
            "round-two-planned",
            "The second round of the Norvik–Castel ferry fare talks was to be held in Castel Town in June 2026.",
            ["norvik", "castel"],
            null,
          ],
        ],
      },
      {
        id: "2026-06-16-elm-ferry-talks-round-two",
        title: "Second round of the Norvik–Castel ferry fare talks in Castel Town",
        date: "2026-06-16",
        place: "Castel Town",
        participants: NORVIK_AND_CASTEL,
        topics: ["fares", "ferries"],
        facts: [
          [
            "round-two-delegation",
            "Norvik's transport minister led the Norvik delegation at the ferry fare talks.",
            ["norvik"],
          ],
          [
            "round-three-planned",
            "The third and final round of the ferry fare talks was to be held in Port Elm in September 2026.",
            ["port-elm"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("where a meeting was held is its venue, and the round counted is the one asked", () => {
  it("answers where the agreement was signed with the fact naming the venue", () => {
    const result = engine.answer("where was the elm ferry agreement signed?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Lantern Hall/);
  });

  it("still answers who signed it with the signatories", () => {
    expect(engine.answer("who signed the elm ferry agreement?").answer).toMatch(/Norvik and Castel/);
  });

  it("answers where the second round was held, not with the third and final round's plan", () => {
    const result = engine.answer("where was the second round of the ferry fare talks held?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Castel Town/);
    expect(result.answer).not.toMatch(/third and final/);
  });

  it("answers where the first round was held with the first round", () => {
    expect(engine.answer("where was the first round of the ferry fare talks held?").answer).toMatch(
      /first round[^.]*Port Elm/,
    );
  });
});
