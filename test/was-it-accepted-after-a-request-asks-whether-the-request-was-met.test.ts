/**
 * "Was it accepted?" right after "what did Norvik ask the Elm Forum for?" asks whether that request
 * was met, as "did they get it?" does: the Forum turning the request down answers, not something
 * else Norvik accepted from the Forum. "Was it met?" after a condition, no request, is left as it was.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-forum-host", {
    outlet: "Elm Sea Ledger",
    title: "Who hosts the Elm Forum summit",
    date: "2026-10-14",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-forum",
        kind: "organization",
        name: "Elm Forum",
        description: "Regional forum of the Elm Sea countries",
      },
      { id: "port-elm", kind: "place", name: "Port Elm", description: "Port city in Norvik" },
    ],
    meetings: [
      {
        id: "2026-05-20-elm-forum-vote",
        title: "Elm Forum host vote in Castel City",
        date: "2026-05-20",
        place: "Castel City",
        participants: [...NORVIK_AND_CASTEL, ["elm-forum", "held the vote"]],
        topics: ["summit", "host"],
        facts: [
          [
            "norvik-accepted-vote",
            "Norvik accepted the result of the Elm Forum vote giving the ninth summit to Castel City.",
            ["norvik", "elm-forum", "castel"],
          ],
        ],
      },
      {
        id: "2026-10-12-elm-forum-council",
        title: "Elm Forum council video meeting",
        date: "2026-10-12",
        place: "Castel City",
        participants: [...NORVIK_AND_CASTEL, ["elm-forum", "met by video"]],
        topics: ["summit", "host"],
        facts: [
          [
            "norvik-letter",
            "In a letter dated 15 September 2026, Norvik asked the Elm Forum that Port Elm host the closing session of the ninth summit.",
            ["norvik", "elm-forum", "port-elm"],
            "2026-09-15",
          ],
          [
            "forum-refused",
            "The Elm Forum's council refused Norvik's request that Port Elm host the closing session, saying a summit has only one host.",
            ["elm-forum", "norvik", "port-elm"],
          ],
        ],
      },
    ],
  }),
);

describe("'was it accepted?' after a request asks whether the request was met", () => {
  it("answers with the request turned down, not another acceptance", () => {
    const result = askedIn(engine, "was it accepted?", "what did norvik ask the elm forum for in september");
    expect(result.answer).toContain("refused Norvik's request");
    expect(result.answer).not.toContain("accepted the result");
  });
});
