/**
 * "What did Norvik and Castel fail to agree on in Port Elm?" asks, as "what couldn't they agree
 * on?" does, what was not agreed: it is answered by the fact that says they did not agree on the
 * refund, not by what they did agree.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-toll-talks", {
    outlet: "Elm Gazette",
    title: "Toll talks in Port Elm",
    date: "2026-05-14",
    entities: [...norvikAndCastel()],
    meetings: [
      {
        id: "2026-05-13-port-elm-toll-talks",
        title: "Norvik–Castel toll talks in Port Elm",
        date: "2026-05-13",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["toll", "refund"],
        facts: [
          [
            "suspend",
            "Norvik and Castel agreed in Port Elm to suspend the river toll for six months.",
            ["norvik", "castel"],
          ],
          [
            "refund",
            "Norvik and Castel did not agree on Castel's demand that Norvik refund the tolls already paid.",
            ["norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("failing to agree is asked as what was not agreed", () => {
  it("answers with what they did not agree on", () => {
    const result = engine.answer("what did norvik and castel fail to agree on in port elm");
    expect(result.answer).toContain("refund");
    expect(result.answer).not.toContain("suspend the river toll");
  });
});
