/**
 * "Yes or no: did Castel ratify the accord?", "how many tonnes is the cap? just the number", "in one
 * word, where were the talks?": the form the asker wants the answer in asks nothing of the facts.
 * Read as words, "yes", "number" or "word" are words no fact has, and the engine refused what it
 * answers when asked plainly. A question that asks about a word of that kind ("did Norvik say yes
 * to …") keeps it, and a question about what the store does not have is still refused.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore, norvikAndCastel } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("elm-gazette-herring-form", {
    outlet: "Elm Gazette",
    title: "Norvik and Castel cap the herring catch",
    date: "2026-04-02",
    entities: [
      ...norvikAndCastel("A coastal country", "A coastal country"),
      {
        id: "port-elm-accord",
        kind: "initiative",
        name: "Port Elm Accord",
        description: "A herring fishing accord between Norvik and Castel",
      },
      {
        id: "herring-council",
        kind: "organization",
        name: "Port Elm Herring Council",
        description: "A council that oversees the herring catch of Norvik and Castel",
      },
    ],
    meetings: [
      {
        id: "2026-04-01-port-elm-herring-talks",
        title: "Norvik–Castel herring talks in Port Elm",
        date: "2026-04-01",
        place: "Port Elm",
        participants: [
          ["norvik", "participant"],
          ["castel", "participant"],
        ],
        summary: "Norvik and Castel signed an accord capping the herring catch.",
        topics: ["fisheries"],
        facts: [
          [
            "herring-cap",
            "The Port Elm Accord sets a joint catch cap of 310,000 tonnes of herring for 2027.",
            ["port-elm-accord"],
          ],
          [
            "castel-joined",
            "Castel has joined the Port Elm Herring Council as a full member.",
            ["castel", "herring-council"],
          ],
        ],
      },
    ],
  }),
);

describe("the form an answer is asked in is no word to find", () => {
  it("answers 'yes or no: …' as the question after it", () => {
    const result = engine.answer("yes or no: has castel joined the port elm herring council?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("joined the Port Elm Herring Council");
  });

  it("answers '… just the number' as the question before it", () => {
    const result = engine.answer("how many tonnes of herring is the 2027 catch cap? just the number");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("310,000");
  });

  it("answers 'in one word, …'", () => {
    const result = engine.answer("in one word, how many tonnes of herring is the 2027 catch cap?");
    expect(result.answered).toBe(true);
    expect(result.answer).toContain("310,000");
  });

  it("still refuses what the store does not have, however it is asked", () => {
    expect(engine.answer("yes or no: has castel joined the lagoon salmon council?").answered).toBe(false);
  });
});
