/**
 * "Castel … has no vote in the commission": a "no" before the very thing a why-question has the
 * actor get or hold ("why does Castel get a vote in the commission?") denies it, so the fact is
 * given as a correction rather than the question refused. A "no" before something else the
 * actor lacks ("no part in the bridge") corrects nothing of what was asked.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-river-commission-observer", {
    outlet: "Elm Gazette",
    title: "Castel joins the river commission's turtle patrol",
    date: "2026-06-11",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-river-commission",
        kind: "organization",
        name: "Elm River Commission",
        description: "A joint commission of Norvik and its neighbours on the Elm river",
        aliases: ["river commission"],
      },
    ],
    meetings: [
      {
        id: "2026-06-10-port-elm-commission",
        title: "Meeting of the Elm River Commission in Port Elm",
        date: "2026-06-10",
        place: "Port Elm",
        participants: [...NORVIK_AND_CASTEL, ["elm-river-commission", "host"]],
        summary: "Castel joined the turtle patrol of the Elm River Commission as an observer.",
        topics: ["rivers"],
        facts: [
          [
            "castel-no-vote",
            "Castel takes part only in the turtle patrol; it has no vote in the Elm River Commission and no part in the bridge.",
            ["castel", "elm-river-commission"],
          ],
          [
            "norvik-funds-patrol",
            "Norvik funds the turtle patrol of the Elm River Commission.",
            ["norvik", "elm-river-commission"],
          ],
        ],
      },
    ],
  }),
);

describe("a premise that someone has what the store says they have none of, corrected", () => {
  it("answers with the fact that says the actor has no vote", () => {
    const result = engine.answer("why does Castel get a vote in the Elm River Commission?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(
      /^That isn't what my sources say: Castel takes part only in the turtle patrol; it has no vote/,
    );
  });

  it("corrects nothing with a 'no' before something else the actor lacks", () => {
    const result = engine.answer("why does Castel fund the turtle patrol of the Elm River Commission?");
    expect(result.answer ?? "").not.toMatch(/^That isn't what my sources say/);
  });
});
