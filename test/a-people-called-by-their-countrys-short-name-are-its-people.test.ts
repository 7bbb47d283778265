/**
 * "The Saudis pitched a naval headquarters": a people may be called by the plural of the short name
 * their country also goes by ("Saudi" for Saudi Arabia), and are that country, as "the Saudi
 * Arabians" would be; the question is not about a word "saudis" no fact has. A word of English is
 * no such plural ("islands", though Iceland also goes by "Ísland").
 */
import { describe, expect, it } from "vitest";
import { understand } from "../src/engine/understand.ts";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("red-sea-naval-hq", {
    outlet: "Gulf Ledger",
    title: "Saudi Arabia and Egypt talk about a naval headquarters",
    date: "2026-10-04",
    entities: [
      { id: "saudi-arabia", kind: "country", name: "Saudi Arabia", description: "Country on the Red Sea" },
      { id: "egypt", kind: "country", name: "Egypt", description: "Country on the Red Sea" },
      { id: "iceland", kind: "country", name: "Iceland", description: "Observer at the naval talks" },
      {
        id: "jeddah",
        kind: "place",
        name: "Jeddah",
        description: "Port city in Saudi Arabia where the Saudis keep their western fleet",
      },
    ],
    meetings: [
      {
        id: "2026-10-03-jeddah-naval-talks",
        title: "Saudi–Egyptian naval talks in Jeddah",
        date: "2026-10-03",
        place: "Jeddah",
        participants: [
          ["saudi-arabia", "host"],
          ["egypt", "participant"],
        ],
        topics: ["naval", "headquarters"],
        facts: [
          [
            "hq-proposed",
            "Saudi Arabia proposed a standing naval headquarters in Jeddah with a staff of 60 officers.",
            ["saudi-arabia", "jeddah"],
          ],
          [
            "egypt-asked-sonar",
            "Egypt asked Saudi Arabia to share the sonar data its ships recorded during the drills.",
            ["egypt", "saudi-arabia"],
          ],
          [
            "egypt-refused-command",
            "Egypt refused Saudi Arabia's proposal for a permanent joint naval command.",
            ["egypt", "saudi-arabia"],
          ],
          [
            "egypt-patrols",
            "Egypt proposed a standing naval headquarters in Suez with a staff of 40 officers.",
            ["egypt"],
          ],
        ],
      },
    ],
  }),
);

/** The countries the question names, by the store's ids. */
function countriesNamed(question: string): string[] {
  const { plan } = understand(question, engine.base);
  return plan.mentions.flatMap((m) => m.entityIds);
}

describe("a people called by their country's short name", () => {
  it("name their country", () => {
    expect(countriesNamed("did the saudis answer?")).toEqual(["saudi-arabia"]);
    expect(countriesNamed("what did the saudis propose at jeddah?")).toContain("saudi-arabia");
  });

  it("are no word of English that is also a country's other name (Iceland is also Ísland)", () => {
    expect(countriesNamed("and for people who live on the islands?")).not.toContain("iceland");
  });

  it("are the country's people", () => {
    const result = engine.answer("how many officers would the headquarters the saudis proposed have?");
    expect(result.answered).toBe(true);
    expect(result.answer).toMatch(/60/);
    expect(result.answer).not.toMatch(/40 officers/);
  });

  it("are not a word to find after a question about their country", () => {
    const previous = engine.answer("what did egypt ask saudi arabia for?").turn;
    const result = engine.answer("did the saudis answer?", undefined, { previous });
    expect(result.answer).not.toMatch(/refused Saudi Arabia's proposal/);
  });
});
