/**
 * "How many mourners came to Kolna Square?": a question that asks a figure often says it with a
 * light verb of going or coming, where the article says the figure with its own ("about 4,000
 * mourners filled Kolna Square"). A fact that states a figure of the kind asked, and says every
 * other word and name of the question, meets that light verb as a synonym would. A verb that
 * means one thing ("live", "carry") is what the question asks of the figure and is still needed,
 * and a fact that lacks another word of the question is still not the answer.
 */
import { describe, expect, it } from "vitest";
import { askedIn, engineFrom } from "./support/engines.ts";
import { madeUpStore, NORVIK_AND_CASTEL, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("kolna-funeral", {
    outlet: "Elm Sea Ledger",
    title: "Norvik and Castel mourn the Kolna bridge builder",
    date: "2026-06-26",
    entities: [
      ...norvikAndCastel(),
      {
        id: "kolna-stadium",
        kind: "place",
        name: "Kolna stadium",
        description: "Football ground of Kolna",
      },
      {
        id: "kolna-square",
        kind: "place",
        name: "Kolna Square",
        description: "Main square of Kolna, on the Norvik–Castel border",
      },
    ],
    meetings: [
      {
        id: "2026-06-24-kolna-funeral",
        title: "Funeral of the Kolna bridge builder",
        date: "2026-06-24",
        place: "Kolna",
        participants: NORVIK_AND_CASTEL,
        topics: ["funeral", "bridge"],
        facts: [
          [
            "mourners",
            "About 4,000 mourners filled Kolna Square for the funeral of the bridge builder.",
            ["kolna-square"],
          ],
          [
            "stadium",
            "The Kolna stadium, which seats 9,000 people, was closed for the day.",
            ["kolna-stadium"],
          ],
          ["tolls", "Castel said the delays at Kolna related to the bridge tolls.", ["castel"]],
        ],
      },
    ],
  }),
);

describe("a figure asked with a light verb of its own", () => {
  it("is met by a fact that states the figure of what is counted", () => {
    expect(askedIn(engine, "how many mourners came to kolna square?").answer).toContain("4,000 mourners");
  });

  it("still needs a verb that means one thing", () => {
    expect(askedIn(engine, "how many mourners live near kolna square?").answered).toBe(false);
  });

  it("still needs every other word of the question", () => {
    expect(askedIn(engine, "how many mourners came to the kolna stadium?").answered).toBe(false);
  });
});
