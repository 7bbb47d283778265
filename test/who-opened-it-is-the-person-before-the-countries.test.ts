/**
 * "Who opened the first round of the student exchange talks?" asks for someone: "Osk and Brel opened
 * talks in Varn on a student exchange …" names countries, while "The Varn talks were opened by Osk's
 * Minister of Education, Ida Mell" names the person who did the act asked. The countries' sentence
 * says more of what the talks were about, yet is not answered with "Osk and Brel." A person's fact
 * that has the act only as a noun ("chaired the talks as mediator") does not take the place of "talks
 * mediated by Brel".
 */
import { describe, expect, it } from "vitest";
import { engineFrom } from "./support/engines.ts";
import { madeUpStore } from "./support/made-up-store.ts";

const engine = engineFrom(
  madeUpStore("varn-courier-student-exchange", {
    outlet: "Varn Courier",
    title: "Osk and Brel open student exchange talks",
    date: "2026-03-19",
    entities: [
      { id: "osk", kind: "country", name: "Osk", description: "A country on the Varn plateau" },
      { id: "brel", kind: "country", name: "Brel", description: "Osk's neighbour" },
      { id: "varn", kind: "place", name: "Varn", description: "The capital of Osk" },
      {
        id: "ida-mell",
        kind: "person",
        name: "Ida Mell",
        description: "Minister of Education of Osk",
        aliases: ["Mell"],
      },
      {
        id: "piet-sorn",
        kind: "person",
        name: "Piet Sorn",
        description: "Foreign Minister of Tarn",
        aliases: ["Sorn"],
      },
      { id: "tarn", kind: "country", name: "Tarn", description: "A third country" },
    ],
    meetings: [
      {
        id: "2026-03-18-osk-brel-student-exchange-talks",
        title: "Osk–Brel student exchange talks in Varn",
        date: "2026-03-18",
        place: "Varn",
        participants: [
          ["osk", "participant"],
          ["brel", "participant"],
          ["ida-mell", "Minister of Education of Osk"],
        ],
        topics: ["student exchange", "universities"],
        facts: [
          [
            "opened",
            "On 18 March 2026 Osk and Brel opened the first round of talks in Varn on a student exchange letting university students from each country study a semester in the other.",
            ["osk", "brel", "varn"],
          ],
          [
            "opened-by",
            "The Varn talks were opened by Osk's Minister of Education, Ida Mell.",
            ["ida-mell", "osk", "varn"],
          ],
          [
            "mediated",
            "The student exchange talks were mediated by Tarn after a year of disputes over fees.",
            ["tarn"],
          ],
          [
            "chaired",
            "Tarn's Foreign Minister Piet Sorn chaired the student exchange talks as mediator.",
            ["piet-sorn", "tarn"],
          ],
        ],
      },
    ],
  }),
);

describe("who opened it is the person before the countries", () => {
  it("is not answered with the countries when a fact says the person who opened it", () => {
    const result = engine.answer("who opened the first round of the osk–brel student exchange talks?");
    expect(result.answer).not.toMatch(/^Osk and Brel\./);
  });

  it("keeps who mediated, said as a verb, over a person who chaired as mediator", () => {
    const result = engine.answer("who mediated the student exchange talks?");
    expect(result.answer).toContain("Tarn");
  });
});
