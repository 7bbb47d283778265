/**
 * "What is the ferry terminal for?" asks its purpose: "the terminal is due to be finished by May
 * 2027" says when it will be done, and "due to", like "ready to" or "able to" after the thing, is
 * the adjective's own complement, no purpose. The fact that says what it is built to do answers.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const terminal = {
  id: "orra-terminal",
  kind: "initiative" as const,
  name: "Orra ferry terminal",
  description: "Ferry terminal Norvik and Castel are building at Orra",
};

const withPurpose = engineFrom(
  madeUpStore("orra-courier-terminal", {
    outlet: "Orra Courier",
    title: "Work starts on the Orra ferry terminal",
    date: "2026-04-09",
    entities: [...norvikAndCastel(), terminal],
    meetings: [
      {
        id: "2026-04-08-orra-terminal-talks",
        title: "Norvik–Castel talks on the Orra ferry terminal",
        date: "2026-04-08",
        place: "Orra",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferry", "terminal"],
        facts: [
          ["due", "The Orra ferry terminal is due to be finished by May 2027.", ["orra-terminal"]],
          [
            "purpose",
            "Norvik and Castel are building the Orra ferry terminal to carry trucks across the Lumen strait.",
            ["norvik", "castel", "orra-terminal"],
          ],
        ],
      },
    ],
  }),
);

const withoutPurpose = engineFrom(
  madeUpStore("orra-courier-terminal-date", {
    outlet: "Orra Courier",
    title: "Work starts on the Orra ferry terminal",
    date: "2026-04-09",
    entities: [...norvikAndCastel(), terminal],
    meetings: [
      {
        id: "2026-04-08-orra-terminal-talks",
        title: "Norvik–Castel talks on the Orra ferry terminal",
        date: "2026-04-08",
        place: "Orra",
        participants: NORVIK_AND_CASTEL,
        topics: ["ferry", "terminal"],
        facts: [["due", "The Orra ferry terminal is due to be finished by May 2027.", ["orra-terminal"]]],
      },
    ],
  }),
);

describe("a thing due to be finished says when, not what for", () => {
  it("answers what the terminal is for with what it is built to do", () => {
    const result = withPurpose.answer("what's the orra ferry terminal for");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/carry trucks/);
  });

  it("does not answer what the terminal is for with when it is due to be finished", () => {
    expect(withoutPurpose.answer("what's the orra ferry terminal for").answer).not.toMatch(/May 2027/);
  });
});
