/**
 * "When can ambulances start crossing the border?" asks when it starts: a fact that says so in
 * so many words ("may cross the border from 1 March 2027") answers, though only the day of the
 * signing dates it, over facts dated that day that say no start ("may cross the border", where
 * the modal "may" is no month) or only a span of years.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-ambulances", {
    outlet: "Elm Gazette",
    title: "Ambulances may cross the border",
    date: "2026-11-13",
    entities: norvikAndCastel(),
    meetings: [
      {
        id: "2026-11-12-norvik-castel-border-talks",
        title: "Norvik–Castel border talks",
        date: "2026-11-12",
        place: "Port Elm",
        participants: NORVIK_AND_CASTEL,
        topics: ["health", "borders"],
        facts: [
          [
            "from-march",
            "Ambulance crews from Norvik and Castel may cross the border to take patients to the nearest hospital from 1 March 2027.",
            ["norvik", "castel"],
            null,
          ],
          [
            "fund",
            "Norvik and Castel will pay 4.8 million euros into a joint fund to cover the cost of cross-border ambulance trips in 2027–2029.",
            ["norvik", "castel"],
          ],
        ],
      },
    ],
  }),
);

describe("when does it start is told by a fact that says from when", () => {
  it("answers when ambulances can start crossing with the day they may cross from", () => {
    const result = engine.answer(
      "When can ambulance crews from Norvik and Castel start crossing the border?",
    );
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("1 March 2027");
  });
});
