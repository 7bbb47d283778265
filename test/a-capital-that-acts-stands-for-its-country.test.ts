/**
 * "How much is Thimphu paying?", "did Kathmandu agree?", "what's Kathmandu refusing?": a capital
 * that acts, right after an auxiliary (also one fused into "what's"), stands for its country's
 * government, as news says it (capitals from the `world-countries` dataset). "The Thimphu talks", "held in Thimphu" are still the city.
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("valley-post-exchange", {
    outlet: "Valley Post",
    title: "Bhutan and Nepal agree a scholars exchange",
    date: "2026-06-20",
    entities: [
      { id: "bhutan", kind: "country", name: "Bhutan", description: "Country in South Asia" },
      { id: "nepal", kind: "country", name: "Nepal", description: "Country in South Asia" },
      { id: "thimphu", kind: "place", name: "Thimphu", description: "Capital of Bhutan" },
      {
        id: "scholars-exchange",
        kind: "initiative",
        name: "Valley Scholars Exchange",
        description: "Student exchange between universities of Bhutan and Nepal",
        aliases: ["scholars exchange"],
      },
    ],
    meetings: [
      {
        id: "2026-06-18-thimphu-talks",
        title: "Bhutan–Nepal scholars exchange talks in Thimphu",
        date: "2026-06-18",
        place: "Thimphu",
        participants: [
          ["bhutan", "host"],
          ["nepal", "participant"],
        ],
        topics: ["student exchange", "scholarships"],
        facts: [
          [
            "bhutan-pays",
            "Bhutan will pay 3 million dollars a year for the Valley Scholars Exchange.",
            ["bhutan", "scholars-exchange"],
          ],
          [
            "nepal-refuses",
            "Nepal refused to host the exchange's secretariat.",
            ["nepal", "scholars-exchange"],
          ],
          [
            "talks-venue",
            "The talks on the Valley Scholars Exchange were held at the Dechen Hall in Thimphu.",
            ["thimphu", "scholars-exchange", "bhutan", "nepal"],
          ],
        ],
      },
    ],
  }),
);

describe("a capital that acts stands for its country", () => {
  it("reads the capital as the country paying", () => {
    const result = engine.answer("how much is thimphu paying for the scholars exchange?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/3 million dollars/);
  });

  it("reads the capital as the country refusing", () => {
    const result = engine.answer("what did kathmandu refuse to host?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/secretariat/);
  });

  it('reads the capital after a question word\'s "\'s" ("what\'s" is "what is") as the country', () => {
    const result = engine.answer("what's kathmandu refusing to host?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/secretariat/);
  });

  it('reads the capital after "whats", typed without its apostrophe, as the country', () => {
    const result = engine.answer("whats kathmandu refusing to host?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/secretariat/);
  });

  it("keeps a capital after a preposition as the city", () => {
    const result = engine.answer("where in thimphu were the talks held?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/Dechen Hall/);
  });
});
