/**
 * "How much are they paid?" right after "how many rangers patrol the Elm jaguar corridor?": "they"
 * are the rangers asked about, and the corridor named after them says whose rangers they are ("the
 * Elm jaguar corridor rangers"), so another park's rangers' pay does not answer, nor do the two
 * countries of the meeting. A person, country or body named after the people ("what did Norvik tell
 * the students?") may be "they" itself, and keeps the reading it had.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-jaguars", {
    outlet: "Elm Sea Ledger",
    title: "Norvik and Castel start joint jaguar patrols",
    date: "2026-05-12",
    entities: [
      ...norvikAndCastel(),
      {
        id: "jaguar-corridor",
        kind: "initiative",
        name: "Elm jaguar corridor",
        description: "Norvik–Castel wildlife corridor for jaguars along the Elm river",
      },
      {
        id: "kolna-park",
        kind: "initiative",
        name: "Kolna bear park",
        description: "Norvik's national park for brown bears",
      },
    ],
    meetings: [
      {
        id: "2026-05-10-jaguar-patrols",
        title: "Launch of the joint jaguar patrols in Kolna",
        date: "2026-05-10",
        place: "Kolna",
        participants: NORVIK_AND_CASTEL,
        topics: ["jaguar patrols"],
        facts: [
          [
            "corridor-rangers",
            "Forty-eight rangers, 24 from each country, patrol the Elm jaguar corridor from 17 camps.",
            ["jaguar-corridor", "norvik", "castel"],
          ],
          [
            "corridor-rangers-trained",
            "The Elm jaguar corridor rangers were trained for six weeks by the Castel wildlife service.",
            ["jaguar-corridor", "castel"],
          ],
          ["bear-rangers-paid", "Rangers of the Kolna bear park are paid 900 euros a month.", ["kolna-park"]],
        ],
      },
    ],
  }),
);

const PREVIOUS = "how many rangers patrol the elm jaguar corridor?";

describe("'they' after how many rangers patrol a corridor", () => {
  it("are that corridor's rangers: another park's rangers' pay does not answer", () => {
    expect(engine.answer(PREVIOUS).answer).toContain("Forty-eight rangers");
    const result = askedIn(engine, "how much are they paid?", PREVIOUS);
    expect(result.reading).toBe('Taking "they" as the elm jaguar corridor rangers');
    expect(result.answer).not.toContain("900 euros");
    expect(result.answered).toBe(false);
  });

  it("answers what is known of those rangers", () => {
    const result = askedIn(engine, "who trained them?", PREVIOUS);
    expect(result.reading).toBe('Taking "them" as the elm jaguar corridor rangers');
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("Castel wildlife service");
  });

  it("may be the country named after them, as before", () => {
    const result = askedIn(engine, "how much are they paid?", "how many rangers does Norvik send?");
    expect(result.reading).toBe('Taking "they" as Norvik');
  });
});
