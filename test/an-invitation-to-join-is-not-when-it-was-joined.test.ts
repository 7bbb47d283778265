/**
 * "When did Castel join the Elm water panel?" asks when it joined: "agreed on 21 July 2026 to invite
 * Castel to join the Elm water panel" dates an invitation, not the joining; the fact that has Castel
 * join answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const PANEL = {
  id: "water-panel",
  kind: "initiative" as const,
  name: "Elm Water Panel",
  description: "A panel watching the Elm river",
};

const engine = engineFrom(
  madeUpStore("elm-gazette-invited-to-join", {
    outlet: "Elm Gazette",
    title: "The water panel",
    date: "2026-11-12",
    entities: [...norvikAndCastel(), PANEL],
    meetings: [
      {
        id: "2026-07-21-norvik-castel-river-talks",
        title: "Norvik–Castel river talks",
        date: "2026-07-21",
        place: "Castel City",
        participants: NORVIK_AND_CASTEL,
        topics: ["rivers", "water"],
        facts: [
          [
            "invited",
            "The river committee agreed on 21 July 2026 to invite Castel to join the Elm Water Panel; Castel has not yet answered.",
            ["castel", "water-panel"],
          ],
        ],
      },
      {
        id: "2026-11-11-norvik-castel-river-session",
        title: "Norvik–Castel river session",
        date: "2026-11-11",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["rivers", "water"],
        facts: [
          [
            "joined",
            "Castel joined the Elm Water Panel on 11 November 2026, turning it into a two-country body, but said it would not share its gauges.",
            ["castel", "water-panel"],
          ],
        ],
      },
    ],
  }),
);

describe("an invitation to join is not when it was joined", () => {
  it("answers when Castel joined with the day it joined", () => {
    const result = engine.answer("when did castel join the elm water panel?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("11 November 2026");
    expect(result.answer).not.toContain("21 July");
  });
});
