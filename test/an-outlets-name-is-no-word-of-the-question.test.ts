/**
 * "According to the Elm Daily Ledger, how long is the Kolna bridge?" names the outlet only to say
 * whose account is asked: the words of its name are not words of the question. "Daily" in the name
 * does not ask for a figure counted per day, so the outlet's length of the bridge answers, as it
 * does when no outlet is named; a question that does ask per day still needs a figure per day.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-daily-ledger-kolna-bridge", {
    outlet: "Elm Daily Ledger",
    title: "Norvik and Castel choose a design for the Kolna bridge",
    date: "2026-05-12",
    entities: [
      ...norvikAndCastel(),
      {
        id: "kolna-bridge",
        kind: "place",
        name: "Kolna bridge",
        description: "Road bridge planned between Norvik and Castel",
      },
    ],
    meetings: [
      {
        id: "2026-05-10-kolna-bridge-talks",
        title: "Norvik–Castel bridge commission in Kolna",
        date: "2026-05-10",
        place: "Kolna",
        participants: NORVIK_AND_CASTEL,
        topics: ["bridges", "transport"],
        facts: [
          [
            "bridge-length",
            "The chosen design of the Kolna bridge is a steel arch bridge 418 metres long with two traffic lanes.",
            ["kolna-bridge"],
          ],
          [
            "bridge-contract",
            "Norvik and Castel awarded the contract for the Kolna bridge to a joint venture of two builders.",
            ["norvik", "castel", "kolna-bridge"],
          ],
        ],
      },
    ],
  }),
);

describe("an outlet's name is no word of the question", () => {
  it("answers what the outlet says though its name has a word of a period", () => {
    const answer = askedIn(engine, "according to the elm daily ledger, how long is the kolna bridge?");
    expect(answer.answered).toBe(true);
    expect(answer.answer).toMatch(/418 metres/);
  });

  it("answers the same as the question without the outlet", () => {
    expect(askedIn(engine, "how long is the kolna bridge?").answer).toMatch(/418 metres/);
  });

  it("still refuses a figure per day that the outlet does not give", () => {
    const answer = askedIn(
      engine,
      "according to the elm daily ledger, how many trucks a day will cross the kolna bridge?",
    );
    expect(answer.answer).not.toMatch(/418/);
  });
});
