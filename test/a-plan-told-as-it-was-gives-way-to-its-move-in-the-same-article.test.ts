/**
 * "When is the next regatta now?", "is it still planned for June 2027?": an article that tells a
 * plan as it was ("the next Elm Regatta was to be held off Port Elm in June 2027") and, in another
 * sentence, moves it from that very time ("moving it from June 2027 to May 2028") says where the
 * plan stands: the move, told beside the plan it overtook, not the plan as it was.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-courier-regatta-moved", {
    outlet: "Elm Courier",
    title: "Next Elm Regatta pushed back to 2028",
    date: "2026-10-14",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-regatta-2026",
        kind: "event",
        name: "Elm Regatta 2026",
        description: "Joint Norvik–Castel naval regatta off Port Elm in 2026",
        aliases: ["Elm Regatta"],
      },
      {
        id: "next-elm-regatta",
        kind: "event",
        name: "Second Elm Regatta",
        description: "Next edition of the Norvik–Castel Elm Regatta, moved from June 2027 to May 2028",
        aliases: ["Elm Regatta 2027", "Elm Regatta 2028"],
      },
    ],
    meetings: [
      {
        id: "2026-10-06-next-elm-regatta-postponed",
        title: "Next Elm Regatta postponed",
        date: "2026-10-06",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        facts: [
          [
            "regatta-moved",
            "On 6 October 2026 Norvik and Castel postponed the next Elm Regatta by almost a year, moving it from June 2027 to May 2028.",
            ["next-elm-regatta", "norvik", "castel"],
            undefined,
            ["postponed", "moved", "new date"],
          ],
          [
            "regatta-was-june",
            "The next Elm Regatta was to be held off Port Elm in June 2027, as the two ministers announced when the first regatta ended in April 2026.",
            ["elm-regatta-2026", "next-elm-regatta"],
            null,
          ],
          [
            "regatta-host",
            "Castel will still host the next Elm Regatta in 2028.",
            ["next-elm-regatta", "castel"],
            null,
          ],
        ],
      },
    ],
  }),
);

describe("a plan told as it was gives way to its move in the same article", () => {
  it("answers when the next regatta is now with the move to May 2028", () => {
    const result = engine.answer("when is the next elm regatta now?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/May 2028/);
  });

  it("answers whether it is still planned for June 2027 with the move", () => {
    const result = engine.answer("is the next elm regatta still planned for june 2027?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/May 2028/);
  });

  it("still answers when it was to be held at first with June 2027", () => {
    const result = engine.answer("when was the next elm regatta originally supposed to be held?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/June 2027/);
  });
});
