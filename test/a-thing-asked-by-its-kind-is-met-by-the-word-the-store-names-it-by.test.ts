/**
 * "Which metals will they share know-how on?" where the article names "copper and lithium":
 * people ask by a thing's kind where the store names the thing. A noun is met by the words
 * WordNet files one step below its commonest sense ("copper" is a metal). A kind the fact names
 * nothing of ("which fruits") is still refused, and a count asks for the thing counted: "how many
 * boats" is not answered by a number of ferries.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("ore-accord", {
    outlet: "Highland Courier",
    title: "Veloria and Norland sign a mining accord",
    date: "2026-03-04",
    entities: [
      { id: "veloria", kind: "country", name: "Veloria", description: "Country in the highlands" },
      { id: "norland", kind: "country", name: "Norland", description: "Country on the coast" },
    ],
    meetings: [
      {
        id: "2026-03-03-ore-talks",
        title: "Veloria–Norland talks on mining",
        date: "2026-03-03",
        place: "Port Sella",
        participants: [
          ["veloria", "host"],
          ["norland", "participant"],
        ],
        topics: ["mining", "trade"],
        facts: [
          [
            "ore-expertise",
            "Veloria and Norland will exchange expertise on copper and lithium extraction.",
            ["veloria", "norland"],
          ],
          [
            "ore-trade",
            "Norland has 12 ferries and wants to switch them to electric engines.",
            ["norland", "veloria"],
          ],
        ],
      },
    ],
  }),
);

describe("a thing asked by its kind is met by the word the store names it by", () => {
  it("finds the metals a fact names", () => {
    const answer = engine.answer("Which metals will Veloria and Norland exchange expertise on?").answer;
    expect(answer).toContain("copper");
  });

  it("does not count a kind for the thing counted", () => {
    expect(engine.answer("How many boats does Norland have?").answered).toBe(false);
  });

  it("still refuses a kind the facts name nothing of", () => {
    expect(engine.answer("Which fruits will Veloria and Norland exchange expertise on?").answered).toBe(
      false,
    );
  });
});
