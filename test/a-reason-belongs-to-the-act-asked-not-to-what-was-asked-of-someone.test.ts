/**
 * "Why did the committee invite Castel?" is not answered by "The committee invited Castel on 3 May
 * to join its ferry programme as an observer": after a verb that puts someone before its "to"
 * (invite, ask, urge, allow …), the "to" says what that one is invited or asked to do, not what the
 * inviting is for. And "why did Castel turn down Norvik's request?" is not answered by "Norvik asked
 * Castel to open the post at night, to help night traders, and Castel refused": the refusal asked
 * stands at its own verb, and the request's purpose before it is the asker's reason. A purpose
 * that is one ("invited Norvik to Port Elm to discuss harbour fees") and the asker's own reason still
 * answer.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-ferry-committee", {
    outlet: "Elm Gazette",
    title: "Ferry committee invites Castel; night crossing refused",
    date: "2026-05-04",
    entities: [
      ...norvikAndCastel(),
      {
        id: "elm-ferry-committee",
        kind: "organization",
        name: "Elm Ferry Committee",
        description: "A committee that runs the ferry programme on Lake Elm",
        aliases: ["ferry committee"],
      },
      {
        id: "elm-harbour-board",
        kind: "organization",
        name: "Elm Harbour Board",
        description: "The board of the harbours on Lake Elm",
        aliases: ["harbour board"],
      },
    ],
    meetings: [
      {
        id: "2026-05-03-norvik-castel-ferry-talks",
        title: "Norvik–Castel ferry talks",
        date: "2026-05-03",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferries", "border posts"],
        facts: [
          [
            "committee-invited-castel",
            "The Elm Ferry Committee invited Castel on 3 May 2026 to join its ferry programme as an observer.",
            ["elm-ferry-committee", "castel"],
          ],
          [
            "board-invited-norvik",
            "The Elm Harbour Board invited Norvik to Port Elm to discuss harbour fees.",
            ["elm-harbour-board", "norvik"],
          ],
          [
            "night-post-refused",
            "Norvik asked Castel to open the lakeside border post at night, to help night traders, and Castel refused.",
            ["norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("a reason belongs to the act asked, not to what was asked of someone", () => {
  it("does not give what Castel was invited to do as why it was invited", () => {
    expect(engine.answer("why did the ferry committee invite castel?").answer).not.toMatch(/as an observer/);
  });

  it("still gives an invitation's own purpose", () => {
    const result = engine.answer("why did the harbour board invite norvik?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/discuss harbour fees/);
  });

  it("does not give the asker's purpose as the refuser's reason", () => {
    expect(
      engine.answer("why did castel turn down norvik's request for a night border post?").answer,
    ).not.toMatch(/help night traders/);
  });

  it("still gives the asker's purpose as why it asked", () => {
    const result = engine.answer("why did norvik ask castel to open the border post at night?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/help night traders/);
  });
});
