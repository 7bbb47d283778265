/**
 * "Who is Ivo Brandt?" then "what did he do before that?": the post he had held since a year,
 * told in the past perfect ("had chaired the safety board since 2019"), is the one he held before
 * the new one, though no word calls it former.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-norvik-transport-minister", {
    outlet: "Elm Gazette",
    title: "Norvik's new transport minister meets Castel",
    date: "2026-05-12",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-port-authority",
        kind: "organization",
        name: "Elm Port Authority",
        description: "The body that runs the port of Elm",
      },
      {
        id: "ivo-brandt",
        kind: "person",
        name: "Ivo Brandt",
        description: "Norvik's Minister of Transport since 3 May 2026",
      },
    ],
    meetings: [
      {
        id: "2026-05-11-norvik-castel-port-talks",
        title: "Norvik–Castel port talks",
        date: "2026-05-11",
        place: "Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["port"],
        facts: [
          [
            "brandt-minister",
            "Ivo Brandt became Norvik's Minister of Transport on 3 May 2026.",
            ["ivo-brandt"],
          ],
          [
            "brandt-background",
            "Ivo Brandt, an engineer, had chaired the Elm Port Authority's safety board since 2019.",
            ["ivo-brandt", "elm-port-authority"],
            null,
            // (As a curator files a person's background.)
            ["background", "before", "previous job", "career"],
          ],
          [
            "brandt-talks",
            "Ivo Brandt led Norvik's side at the port talks with Castel in Elm.",
            ["ivo-brandt"],
          ],
        ],
      },
    ],
  }),
);

describe("what someone did before is the post they had held since a year", () => {
  it("answers what he did before with the post he had chaired since 2019", () => {
    const first = engine.answer("who is ivo brandt?");
    const reply = engine.answer("what did he do before that?", undefined, { previous: first.turn });
    expect(reply.answered).toBe(true);
    expect(reply.answer).toMatch(/safety board since 2019/);
  });
});
