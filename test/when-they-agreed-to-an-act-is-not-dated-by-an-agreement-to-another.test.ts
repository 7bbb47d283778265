/**
 * "When did Norvik and Castel agree to cap sand dredging?" asks when they agreed to that: "agreed on
 * 21 July 2026 to cut the ferry fare …, and Castel dropped its refusal to lower the sand dredging
 * cap" dates an agreement to cut a fare (the cap is only spoken of). The fact that has them agree to
 * cap dredging answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-sand-cap", {
    outlet: "Elm Gazette",
    title: "Sand on the Elm",
    date: "2026-07-22",
    entities: norvikAndCastel(),
    meetings: [
      {
        id: "2026-03-11-norvik-castel-river-talks",
        title: "Norvik–Castel river talks",
        date: "2026-03-11",
        place: "Castel City",
        participants: NORVIK_AND_CASTEL,
        topics: ["sand", "ferries"],
        facts: [
          [
            "limit",
            "Norvik and Castel agreed on 11 March 2026 to cap sand dredging on the Elm river and to open a passenger ferry between their border towns.",
            ["norvik", "castel"],
          ],
        ],
      },
      {
        id: "2026-07-21-norvik-castel-river-session",
        title: "Norvik–Castel river session",
        date: "2026-07-21",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["sand", "ferries"],
        facts: [
          [
            "fare",
            "Norvik and Castel agreed on 21 July 2026 to cut the fare on the Elm passenger ferry from 5 to 3 euros, and Castel dropped its refusal to lower the sand dredging cap.",
            ["norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("when they agreed to an act is not dated by an agreement to another", () => {
  it("answers with the day they agreed to cap dredging", () => {
    const result = engine.answer("when did norvik and castel agree to cap sand dredging?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("11 March 2026");
    expect(result.answer).not.toContain("21 July");
  });
});
