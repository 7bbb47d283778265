/**
 * "Who is Lena Sorel?" then "what did she do before that?": "that" points back to what was just
 * told, so the question asks what she was earlier, as "what did she do before?" does, and a fact
 * that calls her a former ambassador answers though it never says "before"; what she said of her
 * predecessor is no post she held.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const PREDECESSOR: [string, string, string[]] = [
  "sorel-predecessor",
  "Lena Sorel said her predecessor had started the port survey and she had promised to finish it.",
  ["lena-sorel"],
];

function storeWith(welcomed: string, predecessor = false): ReturnType<typeof engineFrom> {
  return engineFrom(
    madeUpStore("elm-gazette-port-forum-secretary", {
      outlet: "Elm Gazette",
      title: "The Elm Port Forum welcomes its new secretary-general",
      date: "2026-05-12",
      entities: [
        ...norvikAndCastel(),
        {
          id: "elm-port-forum",
          kind: "organization",
          name: "Elm Port Forum",
          description: "Forum of Norvik's and Castel's port authorities",
        },
        {
          id: "lena-sorel",
          kind: "person",
          name: "Lena Sorel",
          description: "Secretary-General of the Elm Port Forum since 1 May 2026",
        },
      ],
      meetings: [
        {
          id: "2026-05-11-elm-port-forum",
          title: "Elm Port Forum council",
          date: "2026-05-11",
          place: "Elm",
          participants: NORVIK_AND_CASTEL,
          topics: ["ports"],
          facts: [
            ["sorel-welcomed", welcomed, ["lena-sorel", "elm-port-forum"]],
            ...(predecessor ? [PREDECESSOR] : []),
            [
              "sorel-survey",
              "Lena Sorel said a survey had found three gaps in the radar coverage of the port of Elm.",
              ["lena-sorel"],
            ],
          ],
        },
      ],
    }),
  );
}

describe("before that about a person asks what they were before", () => {
  it("answers what she did before that with the post the fact calls former", () => {
    const engine = storeWith(
      "The council welcomed Lena Sorel, a Norvik diplomat and former ambassador to Castel, as the Elm Port Forum's new Secretary-General.",
    );
    const first = engine.answer("who is lena sorel?");
    const reply = engine.answer("what did she do before that?", undefined, { previous: first.turn });
    console.log("ANS", reply.answer);
    expect(reply.answer).toMatch(/former ambassador to Castel/);
  });

  it("does not take what she said of her predecessor for a post she held", () => {
    const engine = storeWith(
      "The council welcomed Lena Sorel as the Elm Port Forum's new Secretary-General.",
      true,
    );
    const first = engine.answer("who is lena sorel?");
    const reply = engine.answer("what did she do before that?", undefined, { previous: first.turn });
    expect(reply.answered).toBe(false);
  });
});
